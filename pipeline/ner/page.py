"""What the NER repairs read of a text: tokens, where clauses start, the resources, and
the small word tests they share."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.records import Analysis, Span, Token
from pipeline.text.morphology import Morphology

OPENING_QUOTES = frozenset("«„")
CLOSING_QUOTES = frozenset("»“”")
QUOTES = OPENING_QUOTES | CLOSING_QUOTES | {'"', "''", "'"}
# After these a capital letter says nothing about the word: a clause opens there.
# The non-breaking hyphen, figure dash and horizontal bar stand for a dash too
# ("Филатова Ирина Маршутина. ‑ Прививку надо делать").
CLAUSE_OPENERS = frozenset(
    {*OPENING_QUOTES, '"', "—", "–", "-", "\u2011", "\u2012", "\u2015", ":", "("}
)
# Readings that make a word a possible name rather than a common word.
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
# particles of a name that never decline: "Хана Эль Сали" (not эль, the ale), "Людвиг ван
# Бетховен", "Мухаммед бен Салман", "Хамад бен Джасем Аль Тани", "Урсула фон дер Ляйен"
NAME_PARTICLES = frozenset(
    {"эль", "аль", "ибн", "бен", "бин", "фон", "ван", "дер", "де", "ди", "дель", "ла", "ле"}
)
# a letter or a digit, as str.isalnum reads one (every code point checked): one search
# instead of a generator over the characters, for the 30,000 tokens short news asks about
ALPHANUMERIC = re.compile(r"[^\W_]")
HAS_ALPHANUMERIC = ALPHANUMERIC.search
# an age in one word, "-летний" in any case and gender: never a name
AGED = re.compile(r"летн(?:ий|яя|ее|его|ей|ему|им|ем|юю|ие|их|ими)$")
CASE_ENDING = re.compile(r"(?:ами|ями|ом|ем|ой|ей|ым|им|ах|ях|ам|ям|[аяуюоеыиьй])$")


NO_ADJECTIVES: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Page:
    """What the repairs consult: the text, its tokens, where clauses start, the resources."""

    text: str
    tokens: tuple[Token, ...]
    position: dict[int, int]  # a token's start -> its index in `tokens`
    clause_starts: frozenset[int]  # starts of the tokens whose capital is positional
    mid_capitals: tuple[int, ...]  # indices of the capitalised tokens inside a clause
    # indices of all the capitalised tokens (`is_capitalised`), where the passes that look
    # for names start: a tenth of a news text's tokens
    capitals: tuple[int, ...]
    morph: Morphology
    gazetteer: Gazetteer
    country_adjectives: Mapping[str, str]  # "японский": JP


def page_of(
    analysis: Analysis,
    morph: Morphology,
    gazetteer: Gazetteer,
    country_adjectives: Mapping[str, str] = NO_ADJECTIVES,
) -> Page:
    """The repairs' view of a text: a clause starts a sentence, a line or follows a quote,
    a dash, a colon or a bracket."""
    text, starts = analysis.text, set()
    for sentence in analysis.sentences:
        # a line break between two tokens is one in the sentence (most have none)
        lines = "\n" in text[sentence.start : sentence.end]
        previous: Token | None = None
        for token in sentence.tokens:
            if (
                previous is None
                or previous.text in CLAUSE_OPENERS
                or (lines and "\n" in text[previous.end : token.start])
            ):
                starts.add(token.start)
            previous = token
    tokens = analysis.tokens
    position = {t.start: i for i, t in enumerate(tokens)}
    capitals = tuple(i for i, t in enumerate(tokens) if t.text[:1].isupper())  # is_capitalised
    mid_capitals = tuple(i for i in capitals if tokens[i].start not in starts)
    return Page(
        text,
        tokens,
        position,
        frozenset(starts),
        mid_capitals,
        capitals,
        morph,
        gazetteer,
        country_adjectives,
    )


def span_of(tokens: Sequence[Token], kind: str) -> Span:
    return Span(tokens[0].start, tokens[-1].end, kind, tuple(tokens))


def is_punctuation(token: Token) -> bool:
    return ALPHANUMERIC.search(token.text) is None


def span_words(span: Span) -> tuple[Token, ...]:
    """The span's tokens but punctuation ("Жан-Батист", not its quotes or dots): those
    `is_punctuation` says no of, the search made here, in a list (the repairs ask 35,000
    times over short news, 216 dev texts; a generator calling the test took twice as long)."""
    return tuple([t for t in span.tokens if HAS_ALPHANUMERIC(t.text) is not None])


def full_name_stems(spans: Sequence[Span]) -> set[str]:
    """The stems of the words of every person named in two words or more: such a word
    alone is that person's ("Вашингтон" after "Джордж Вашингтон")."""
    return {
        word_stem(t.text)
        for s in spans
        if s.type == "PER" and len(found := span_words(s)) > 1
        for t in found
    }


def has_word(tokens: Sequence[Token]) -> bool:
    return not all(is_punctuation(t) for t in tokens)


def strip_punctuation(tokens: Sequence[Token]) -> tuple[Token, ...]:
    return strip_edges(tokens, is_punctuation)


def strip_edges(tokens: Sequence[Token], unwanted: Callable[[Token], bool]) -> tuple[Token, ...]:
    """The tokens without the `unwanted` ones at either end."""
    start, end = 0, len(tokens)
    while start < end and unwanted(tokens[start]):
        start += 1
    while end > start and unwanted(tokens[end - 1]):
        end -= 1
    return tuple(tokens[start:end])


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def is_cyrillic_word(word: str) -> bool:
    return "а" <= word[:1].lower() <= "я" and word.replace("-", "").isalpha()


def is_common_word(token: Token, morph: Morphology) -> bool:
    """A Cyrillic word the dictionary knows, none of whose readings is a name; an age it
    does not know ("Шестидесятивосьмилетняя"); or a compound of such words the dictionary
    does not know whole ("Врач-эпидемиолог", "Смертник-талиб", "Соседки-мусульманки"):
    no part of it names anyone."""
    word = token.text
    if not is_cyrillic_word(word):
        return False
    if morph.is_known(word):
        return is_common_text(word, morph)
    if AGED.search(word):  # "Шестидесятивосьмилетняя", which the dictionary lacks whole
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(part and is_common_text(part, morph) for part in parts)


def is_common_text(word: str, morph: Morphology) -> bool:
    """Whether the dictionary knows a word and none of its readings is a name."""
    if not morph.is_known(word):
        return False
    return not any(NAME_GRAMMEMES & set(p.tag.grammemes) for p in morph.parse(word))


def may_be_person(token: Token, morph: Morphology) -> bool:
    return any(PERSON_GRAMMEMES & set(p.tag.grammemes) for p in morph.parse(token.text))


@lru_cache(maxsize=100_000)
def word_stem(word: str) -> str:
    """A word less its case ending, to compare the forms of a name ("Дэвиса", "Дэвис").
    Cached: the repairs stem every capitalised word of a document, some twice."""
    return CASE_ENDING.sub("", word.lower().replace("ё", "е"))


def stems(tokens: Sequence[Token]) -> tuple[str, ...]:
    return tuple(word_stem(t.text) for t in tokens)


def split_parts(tokens: Sequence[Token], separators: frozenset[str]) -> list[tuple[Token, ...]]:
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.text in separators:
            parts.append([])
        else:
            parts[-1].append(token)
    return [tuple(part) for part in parts]
