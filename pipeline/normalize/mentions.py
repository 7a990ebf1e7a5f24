"""The nominative normal form of every mention of a window: persons through their
name forms (`person_forms.py`), titles through their head word, organisations and places
through their head phrase (`phrases.py`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pipeline.normalize.person_forms import (
    PersonForms,
    known_name_words,
    normal_of_name,
    person_forms_of,
)
from pipeline.normalize.phrases import as_read, detached
from pipeline.normalize.place_kinds import (
    apposition_nominative,
    kind_case,
    preposition_case,
    street_kinds_written_out,
)
from pipeline.normalize.place_names import genitive_of_a_noun
from pipeline.records import Span
from pipeline.text.morphology import Morphology


def normalize(
    text: str,
    spans: Sequence[Span],
    morph: Morphology,
    people: Sequence[PersonForms | None] | None = None,
) -> tuple[str, ...]:
    """The normal form of each span, in order; `people` are the spans' `person_forms_of`,
    when the caller has them already.

    A lone surname takes the reading that matches a fuller mention of the same
    document: "Путина" after "Владимир Путин" is "Путин", after "Анна Путина" "Путина".
    """
    if people is None:
        people = person_forms_of(text, spans, morph)
    known = known_name_words(people)
    normals = []
    for span, forms in zip(spans, people, strict=True):
        if forms is not None:
            normals.append(forms.choose(None, Counter(), known))
        else:
            if span.type != "LOC":
                normal = normal_of_name(span.type, *detached(text, span), morph)
                if span.type == "ORG":
                    normal = genitive_of_a_noun(text, span, normal, morph)
                normals.append(normal)
                continue
            case = kind_case(text, span.start, morph)
            governed = case is None and (case := preposition_case(text, span.start)) is not None
            normal = normal_of_name(span.type, *detached(text, span), morph, case, governed)
            normal = genitive_of_a_noun(text, span, normal, morph)
            written = text[span.start : span.end]
            normal = apposition_nominative(text, span.start, written, normal, morph)
            normals.append(street_kinds_written_out(text, span.start, span.end, normal))
    return tuple(map(as_read, normals))
