"""The organisation a title names by its kind, in lower case: "директор ростовского цирка",
"глава пресс-службы посольства США", "главы правительства". NEREL marks it as an
organisation nested in the title; the occupation links take it as the post's workplace
where no name does. So does a verb of heading or working: "Сагитов возглавил башкирскую
администрацию", "Младич командовал армией боснийских сербов", "принц Гарри служил в
британской армии" (`relate/untitled.py` takes it as where its subject works)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence

from pipeline.lexicons.titles import TitleLexicon
from pipeline.lexicons.workplace_verbs import HEADING, IN, WORKING
from pipeline.records import Span, Token, overlaps_any
from pipeline.text.inflect import case_of
from pipeline.text.morphology import Morphology

MODIFIERS = frozenset({"ADJF", "PRTF"})
# "члена парламента Великобритании от округа Южный Портсмут": whom the member represents is
# not the body
REPRESENTING = frozenset({"от"})
VERB_FORMS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
# the genitive that says whose body it is ("администрацию города", "армией боснийских
# сербов"), not how long one headed it ("возглавлял правительство два года")
DESCRIPTORS = frozenset({"NOUN", "ADJF", "PRTF"})
IN_AFTER_POST = frozenset({"в", "во"})
TIME_NOUNS = frozenset({"год", "лето", "месяц", "неделя", "день", "время", "срок", "период"})


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


def bodies_after_verbs(
    tokens: Sequence[Token],
    named: Sequence[Span],
    titles: Sequence[Span],
    lexicon: TitleLexicon,
    morph: Morphology,
) -> Iterator[Span]:
    """The body in lower case that a verb of heading has as its object ("возглавил
    башкирскую администрацию") or a verb of working after "в" or "на" ("служил в британской
    армии"), also past the post it names, after "в" ("работал министром финансов в
    правительстве Земана"): the adjectives before its noun, the noun, the genitive after it ("армией
    боснийских сербов"). Not where a name the tagger found stands in it or right after it:
    "возглавлял правительство Италии" is Италия's business. Nor after a title's own head
    ("заведующая кафедрой"): what a title names is `bodies_in_titles`' business."""
    starts = {span.start for span in named if span.type in ("ORG", "LOC")}
    covered = [(span.start, span.end) for span in named]
    in_titles = overlaps_any(titles)  # a window holds thousands of titles and of verbs
    title_ends: dict[int, int] = {}  # the end of the longest title starting at an offset
    for title in titles:
        title_ends[title.start] = max(title.end, title_ends.get(title.start, title.end))
    for index, verb in enumerate(tokens):
        if verb.pos not in VERB_FORMS or verb.text.lower().startswith("правящ"):
            continue  # "правящая партия" rules nothing here
        if in_titles(verb.start, verb.start + 1):
            continue
        if verb.lemma in WORKING:
            after = past_title(tokens, index + 1, title_ends)
            # after a post, "на" names a medium or a venue more often than an employer:
            # "работал диктором на телевидении"
            if after >= len(tokens) or tokens[after].text.lower() not in (
                IN if after == index + 1 else IN_AFTER_POST
            ):
                continue
            first = after + 1
        elif verb.lemma in HEADING:
            first = index + 1
        else:
            continue
        last = body_end(tokens, first, lexicon, morph)
        if last == first or last < len(tokens) and tokens[last].start in starts:
            continue
        start, end = tokens[first].start, tokens[last - 1].end
        if not any(a < end and start < b for a, b in covered):
            yield Span(start, end, "ORG", tuple(tokens[first:last]))


def past_title(tokens: Sequence[Token], index: int, title_ends: Mapping[int, int]) -> int:
    """The token index after the title that starts at `index` ("работал министром финансов
    в правительстве Земана": the working verb's "в" comes after the post), else `index`."""
    end = title_ends.get(tokens[index].start) if index < len(tokens) else None
    if end is None:
        return index
    return next((i for i in range(index, len(tokens)) if tokens[i].start >= end), len(tokens))


def body_end(tokens: Sequence[Token], first: int, lexicon: TitleLexicon, morph: Morphology) -> int:
    """Where the lower-case body that starts at `first` ends (modifiers, a body noun, its
    genitive), as a token index; `first` where none starts there."""
    index = first
    while index < len(tokens) and is_lower(tokens[index]) and tokens[index].pos in MODIFIERS:
        index += 1
    if index >= len(tokens) or not is_lower(tokens[index]):
        return first
    if tokens[index].pos != "NOUN" or tokens[index].lemma not in lexicon.bodies:
        return first
    last = index + 1
    while last < len(tokens) and is_genitive(tokens[last], morph):
        last += 1
    return last


def is_lower(token: Token) -> bool:
    return token.text.islower()


def is_genitive(token: Token, morph: Morphology) -> bool:
    """A lower-case noun or adjective that may be in the genitive, and no span of time."""
    if not is_lower(token) or token.pos not in DESCRIPTORS or token.lemma in TIME_NOUNS:
        return False
    return any(case_of(p.tag) == "gent" for p in morph.parse(token.text))
