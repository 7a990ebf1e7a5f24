"""Repairs of the tagger's persons that the words themselves undo: a lone capitalised
word that cannot be a name, a compound naming a thing."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.ner.page import Page, is_common_word, is_punctuation, word_stem
from pipeline.records import Span, Token


def drop_non_noun_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person of one word the dictionary knows only as a verb, adjective, adverb or
    pronoun is a capital the tagger misread ("Узнавай только о главном", "Таким образом",
    "Подана первая заявка", "принц Кембриджский"): a name is a noun, and none of the
    corpora annotates such a word as a person. A word that is also part of a longer name
    in the document stays. Nouns stay: "Стинг", "Глюкоза" and "Мадонна" are persons too."""
    named = {
        word_stem(t.text) for s in spans if s.type == "PER" and len(words(s)) > 1 for t in words(s)
    }

    def misread(span: Span) -> bool:
        found = words(span)
        if span.type != "PER" or len(found) != 1:
            return False
        word = found[0]
        return (
            is_common_word(word, page.morph)
            and word_stem(word.text) not in named
            and not any(p.tag.POS == "NOUN" for p in page.morph.parse(word.text))
        )

    return [span for span in spans if not misread(span)]


# shorter lowercase parts may be honorifics the dictionary reads as things ("Туркмен-баши")
MIN_THING_PART = 5


def drop_thing_compounds(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person with a hyphenated word whose lowercase part is a thing names the thing
    ("мРНК-технология", "Т-лимфоцитов", "Антиковидную мРНК-вакцину"): a person's hyphenated
    name is of names and of words for people ("Буш-младший", "аль-Багдади")."""

    def is_thing_part(part: str) -> bool:
        parses = page.morph.parse(part)
        return (
            len(part) >= MIN_THING_PART
            and part.islower()
            and page.morph.is_known(part)
            and all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in parses)
        )

    def names_thing(span: Span) -> bool:
        return span.type == "PER" and any(
            is_thing_part(part) for t in words(span) for part in t.text.split("-")[1:]
        )

    return [span for span in spans if not names_thing(span)]


def words(span: Span) -> list[Token]:
    return [t for t in span.tokens if not is_punctuation(t)]
