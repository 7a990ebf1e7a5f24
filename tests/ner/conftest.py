import pytest

from pipeline.ner.repairs import repair_spans
from pipeline.text.tokenize import analyse


@pytest.fixture(scope="session")
def apply(resources, make_span):
    """One repair over the tagger's spans, given as (phrase, type): the (text, type) after."""

    def run(repair, text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
        spans, after = [], 0
        for phrase, kind in tagged:
            span = make_span(text, phrase, kind, after)
            spans.append(span)
            after = span.end
        analysis = analyse(text, resources.morph)
        repaired = repair_spans(
            analysis,
            spans,
            resources.morph,
            resources.gazetteer,
            (repair,),
            country_adjectives=resources.country_adjectives,
        )
        return [(text[s.start : s.end], s.type) for s in repaired]

    return run
