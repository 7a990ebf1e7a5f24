"""The organisation a title names by its kind, in lower case: "директор ростовского цирка",
"глава пресс-службы посольства США", "главы правительства". NEREL marks it as an
organisation nested in the title; the occupation links take it as the post's workplace
where no name does."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from pipeline.lexicons.titles import TitleLexicon
from pipeline.records import Span, Token

MODIFIERS = frozenset({"ADJF", "PRTF"})
# "члена парламента Великобритании от округа Южный Портсмут": whom the member represents is
# not the body
REPRESENTING = frozenset({"от"})


def bodies_in_titles(
    titles: Sequence[Span], named: Sequence[Span], lexicon: TitleLexicon
) -> Iterator[Span]:
    """Of each outermost title, the complement that begins with a kind of organisation (its
    noun and the adjectives before it) and runs to the title's end or to whom it represents
    ("от"), when its first word is in lower case and it holds no organisation the tagger
    named: "ежемесячной газеты «Радикальная политика»" is the newspaper's name's business."""
    organisations = sorted((span for span in named if span.type == "ORG"), key=lambda s: s.start)
    starts = [span.start for span in organisations]
    reach = -1  # the furthest end of the titles before, which may hold the next
    for title in sorted(titles, key=lambda s: (s.start, -s.end)):
        if title.end <= reach:
            continue  # the longer title's complement decides: "директор департамента" inside
            # "директор департамента Минобрнауки" names the ministry's department
        reach = title.end
        body = body_of(title.tokens, lexicon)
        if not body or not body[0].text[0].islower():
            continue
        start, end = body[0].start, body[-1].end
        inside = organisations[bisect_left(starts, start) : bisect_left(starts, end)]
        if not any(o.end <= end for o in inside):
            yield Span(start, end, "ORG", body)


def body_of(tokens: Sequence[Token], lexicon: TitleLexicon) -> tuple[Token, ...]:
    """The tokens of the body a title's complement names, or none."""
    lemmas = [token.lemma for token in tokens]
    nouns = [i for i, token in enumerate(tokens) if token.pos == "NOUN"]
    kind = next((i for i in nouns[1:] if lemmas[i] in lexicon.bodies), None)
    if kind is None:
        return ()
    first = kind
    while first > 0 and tokens[first - 1].pos in MODIFIERS:
        first -= 1
    last = next((i for i in range(kind, len(tokens)) if lemmas[i] in REPRESENTING), len(tokens))
    return tuple(tokens[first:last])
