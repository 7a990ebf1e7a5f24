"""The kind nouns of places: the case a place's name stands in by the kind noun right
before it ("в городе Волжском" is a locative like "городе", so Волжский, not the
instrumental of Волжск), and a street's kind written out where the text abbreviates it
("Вознесенский пр." is Вознесенский проспект)."""

from __future__ import annotations

import re

from pipeline.text.inflect import case_of
from pipeline.text.morphology import Morphology
from pipeline.text.prepositions import governing

# nouns that name a kind of place and stand beside its name in the same case
PLACE_KIND_NOUNS = frozenset({
    "город", "село", "деревня", "посёлок", "поселок", "станица", "хутор", "аул", "кишлак",
    "район", "область", "край", "округ", "республика", "провинция", "штат", "графство",
    "река", "озеро", "остров", "полуостров",
})  # fmt: skip
SPACES = " \t\xa0"
REACH = 40  # how far before a name `word_before` looks


def word_before(text: str, start: int) -> str | None:
    """The word of letters right before `start`, one or more spaces between them and
    nothing else, within `REACH` characters ("в городе Волжском": "городе"): what
    `re.search(r"([^\\W\\d_]+)[ \\t\\xa0]+$", text, start - REACH, start)` finds, read
    backwards from `start`; the search tried every position of the stretch (0.02 s over
    short news, 216 dev texts). As its `$` does, a line break that ends the stretch is
    passed over first."""
    low = max(0, start - REACH)
    end = start - 1 if start > low and text[start - 1] == "\n" else start
    word_end = end
    while word_end > low and text[word_end - 1] in SPACES:
        word_end -= 1
    if word_end == end:  # no space before `start`
        return None
    word_start = word_end
    while word_start > low:
        letter = text[word_start - 1]
        if not letter.isalnum() or letter.isdecimal():  # [^\W\d_]: no digit, no "_"
            break
        word_start -= 1
    return text[word_start:word_end] if word_start < word_end else None


def kind_case(text: str, start: int, morph: Morphology) -> str | None:
    """The case of a lower-case place-kind noun in the singular right before `start`, when
    all its readings give one ("городе": the locative; "города" is a genitive singular)."""
    word = word_before(text, start)
    if word is None or not word.islower():
        return None
    parses = morph.parse(word)
    if parses[0].normal_form not in PLACE_KIND_NOUNS:  # "селе" is село's, not сель's
        return None
    cases = {
        case_of(p.tag)
        for p in parses
        if p.normal_form in PLACE_KIND_NOUNS and p.tag.POS == "NOUN" and p.tag.number == "sing"
    }
    return cases.pop() if len(cases) == 1 else None


def after_kind_noun(text: str, start: int, morph: Morphology) -> bool:
    """Whether a place-kind noun stands right before `start` that a name in -а agreeing
    with it cannot follow ("в штатах", "провинции", "Река"; not "города", whose genitive a
    man's name shares: "города Мармариса" is Мармарис's)."""
    word = word_before(text, start)
    if word is None:
        return False
    parses = morph.parse(word)
    if parses[0].normal_form not in PLACE_KIND_NOUNS:  # "селе" is село's, not сель's
        return False
    parses = [p for p in parses if p.normal_form in PLACE_KIND_NOUNS]
    return parses[0].tag.POS == "NOUN" and not any(
        p.tag.gender in ("masc", "neut") and p.tag.number == "sing" and case_of(p.tag) == "gent"
        for p in parses
    )


def apposition_nominative(
    text: str, start: int, written: str, normal: str, morph: Morphology
) -> str:
    """A foreign place name in -а or -я the dictionary does not know, right after its kind
    noun, as written: it stands beside the noun in the nominative ("в итальянской провинции
    Феррара", "в штатах Невада", "в городе Мачерата"), where the guess by its ending reads
    a man's genitive (Феррар, Невад); "в Неваде", "из Феррары" as before."""
    if (
        " " in written
        or written[-1:] not in ("а", "я")
        or normal != written[:-1]
        or morph.is_known(written)
        or not after_kind_noun(text, start, morph)
    ):
        return normal
    return written


# prepositions of place after which a name stands in the locative, unless it is a direction
# ("в Москву": no locative reading, and the name is read in any case)
LOCATIVE_PREPOSITIONS = governing("loct")


def preposition_case(text: str, start: int) -> str | None:
    """The locative after a preposition of place right before `start` ("в Сан Луисе": Сан
    Луис, not the woman's name Луиса, whose dative looks the same)."""
    word = word_before(text, start)
    if word is None or word.lower() not in LOCATIVE_PREPOSITIONS:
        return None
    return "loct"


# abbreviated kinds of streets, as addresses write them, followed by a period
STREET_ABBREVIATIONS = {
    "ул": "улица", "пр": "проспект", "просп": "проспект", "пр-т": "проспект",
    "пр-кт": "проспект", "наб": "набережная", "пл": "площадь", "пер": "переулок",
    "б-р": "бульвар", "ш": "шоссе",
}  # fmt: skip
ABBREVIATED_KIND = re.compile(r"(?<![\w-])([\w-]+)(?=\.)")


def street_kinds_written_out(text: str, start: int, end: int, normal: str) -> str:
    """The normal form of the place text[start:end] with each abbreviated street kind
    that a period follows in the text written out: "Вознесенский пр" -> "Вознесенский
    проспект", "Тверская ул" -> "Тверская улица"."""
    found = {
        match.group(1)
        for match in ABBREVIATED_KIND.finditer(text, start, min(len(text), end + 1))
        if match.group(1) in STREET_ABBREVIATIONS and match.end() <= end
    }
    if not found:
        return normal
    return " ".join(
        STREET_ABBREVIATIONS.get(word, word) if word in found else word
        for word in normal.split(" ")
    )
