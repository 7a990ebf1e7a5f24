"""Persons the document names in full and the tagger passes over where it names them again:
news gives a person's first name and surname once, then the surname alone, and repeats the
full name in captions and headlines."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pipeline.ner.page import (
    QUOTES,
    Page,
    is_common_word,
    is_cyrillic_word,
    is_punctuation,
    span_of,
    span_words,
    stems,
    word_stem,
)
from pipeline.records import Span, Token
from pipeline.text.sounds import LEAST, cyrillic_consonants, latin_consonants

# a shorter lone word is an initial or a particle more often than a surname ("По", "Ли")
MIN_SURNAME = 3


def tag_repeated_names(spans: Sequence[Span], page: Page) -> list[Span]:
    """A run of capitalised words the tagger left untagged that repeats, up to case
    endings, a person of two words or more is that person ("Рами Хамдалла" in a caption
    after "премьер-министр Рами Хамдалла"); a lone word is that person's surname ("Фаяда"
    after "Салам Фаяд", "Кински" after "Настасья Кински"). A run that a capitalised word
    extends ("«Клан Сопрано»") or that quotes enclose ("«Доктор Лиза»") is the title of a
    work; a run of common words that are never names ("Патриархом Болгарским", "Белый")
    repeats a misread title or a word, and a lone word the gazetteer knows as another kind
    of name ("Форд") is that thing. A run in Latin letters that sounds like such a person's
    name or, alone, surname (`text.sounds`) is that person written in the original, as
    tweets and captions quote it: "Theresa May" after "Тереза Мэй", "Davis" after "Дэвид
    Дэвис"."""
    persons = [span_words(s) for s in spans if s.type == "PER"]
    full_names = {stems(p) for p in persons if len(p) > 1}
    if not full_names:  # no one named in full: nothing repeats one
        return list(spans)
    surnames = {word_stem(p[-1].text) for p in persons if len(p) > 1}
    sounds = Sounds.of([p for p in persons if len(p) > 1])
    taken = {t.start for s in spans for t in s.tokens}
    added = []
    for run in capitalised_runs(page):
        # whether the run repeats a name first, a look-up of its stems: the dictionary is
        # asked about the words of the few runs that do, not of every capitalised word
        if (
            not (repeats(run, full_names, surnames, page) or sounds.repeated_by(run, page))
            or any(t.start in taken for t in run)
            or is_quoted(run, page)
            or all(is_common_word(t, page.morph) for t in run)
        ):
            continue
        added.append(span_of(run, "PER"))
    return [*spans, *added]


def repeats(
    run: Sequence[Token], full_names: set[tuple[str, ...]], surnames: set[str], page: Page
) -> bool:
    """Whether the run is a full name of the document or, alone, a surname of one."""
    if len(run) > 1:
        return stems(run) in full_names
    return word_stem(run[0].text) in surnames and may_be_surname(run[0], page)


# a Latin word: letters, maybe hyphenated ("Jean-Claude")
LATIN_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# what glues a Latin run to a handle, a tag, an address or a file ("@BorisJohnson",
# "#Brexit", "twitter.com/Davis"): no name the text writes for its reader
GLUED = frozenset("@#/._\\")


@dataclass(frozen=True, slots=True)
class Sounds:
    """The consonants of the persons named in full (`text.sounds`): each name's, and
    each surname's."""

    names: frozenset[str]
    surnames: frozenset[str]

    @classmethod
    def of(cls, persons: Sequence[Sequence[Token]]) -> Sounds:
        cyrillic = [p for p in persons if all(is_cyrillic_word(t.text) for t in p)]
        return cls(
            frozenset(cyrillic_consonants(" ".join(t.text for t in p)) for p in cyrillic),
            frozenset(cyrillic_consonants(p[-1].text) for p in cyrillic),
        )

    def repeated_by(self, run: Sequence[Token], page: Page) -> bool:
        """Whether a run of Latin words, standing apart, sounds like a person's name or,
        alone, a surname, of three consonants or more ("Davis": тфс)."""
        if not all(LATIN_WORD.fullmatch(t.text) for t in run):
            return False
        before = page.text[run[0].start - 1 : run[0].start]
        after = page.text[run[-1].end : run[-1].end + 1]
        if before in GLUED or after in GLUED:
            return False
        sounds = latin_consonants(" ".join(t.text for t in run))
        if len(sounds.replace(" ", "")) < LEAST:
            return False
        return sounds in (self.names if len(run) > 1 else self.surnames)


def may_be_surname(token: Token, page: Page) -> bool:
    """Whether a word that repeats a person's surname may stand for the person alone."""
    word = token.text
    if len(word) < MIN_SURNAME or not is_cyrillic_word(word) or not word.istitle():
        return False
    return not any(entry.type != "PER" for entry in page.gazetteer.lookup(word))


def is_quoted(run: Sequence[Token], page: Page) -> bool:
    """Whether quotes stand right before and right after the run."""
    index = page.position[run[0].start]
    after = index + len(run)
    return (
        index > 0
        and after < len(page.tokens)
        and page.tokens[index - 1].text in QUOTES
        and page.tokens[after].text in QUOTES
    )


def capitalised_runs(page: Page) -> Iterator[tuple[Token, ...]]:
    """The longest runs of capitalised words one space apart on one line: of tokens next
    to each other among the capitalised ones (`Page.capitals`)."""
    run: list[Token] = []
    tokens, last = page.tokens, -1
    for index in page.capitals:
        token = tokens[index]
        if is_punctuation(token):
            continue  # never one: a capital is a letter
        if run and (index != last + 1 or page.text[run[-1].end : token.start] != " "):
            yield tuple(run)
            run = []
        run.append(token)
        last = index
    if run:
        yield tuple(run)
