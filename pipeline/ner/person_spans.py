"""Repairs of the tagger's persons that the words themselves undo: a lone capitalised
word that cannot be a name."""

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


def words(span: Span) -> list[Token]:
    return [t for t in span.tokens if not is_punctuation(t)]
