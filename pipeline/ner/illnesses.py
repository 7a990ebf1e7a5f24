"""Names of illnesses the tagger takes for an organisation ("COVID-19", "Covid", "КОВИД")
or, named after someone, for a person ("болезни Паркинсона"). A code-like name in
capitals looks to it like an agency's abbreviation; the words around one of its mentions
("больных COVID-19", "симптомов КОВИД") say what it is."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from pipeline.ner.page import Page, full_name_stems, word_stem
from pipeline.records import Span

# Words right before the name of an illness: the illness itself, catching it, having it,
# its signs. Lemmas; not "случай" ("в случае Apple"), nor "от" or "против", which
# `drop_things` reads after a cure and which also name a maker ("вакцина от Pfizer").
ILLNESS_WORDS = frozenset({
    "болезнь", "заболевание", "инфекция", "пандемия", "эпидемия", "вирус", "коронавирус",
    "штамм", "заражение", "диагноз", "симптом", "вспышка", "больной", "заболеть",
    "переболеть", "заразиться",
})  # fmt: skip
# Words for a medicine: a one-word name right after one is a drug's ("препаратом
# Авифавир", "лечение Ремдесивиром") or, in the genitive, its maker's, a centre named
# after someone ("вакцина Гамалеи"). Lemmas.
MEDICINE_WORDS = frozenset({
    "препарат", "лекарство", "медикамент", "антибиотик", "таблетка", "лечение", "вакцина",
})  # fmt: skip


def drop_illnesses(spans: Sequence[Span], page: Page) -> list[Span]:
    """A one-word name that the document writes, tagged or not, right after a word for an
    illness ("больных COVID-19", "переболевших Covid", "симптомов КОВИД") names that
    illness wherever the document writes it, and is no organisation. NEREL types such
    names DISEASE; FactRuEval, BSNLP and SlavicNER leave them out. In a document that
    says "заболел COVID-19" once, "Covid-19" tagged elsewhere goes too; a name the
    document never writes after such a word stays ("вакцина от Pfizer"), and so does a body
    the gazetteer or the dictionary knows, which may open a clause after one ("Из-за
    пандемии ВОЗ рекомендовала", "во время эпидемии Аэрофлот сократил рейсы")."""
    return drop_named_illnesses(
        spans,
        page,
        "ORG",
        lambda span: not is_known_body(span.tokens[0].text, page),
        ILLNESS_WORDS,
    )


def drop_illness_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """A one-word person right after a word for an illness is the illness named after
    someone ("болезни Паркинсона", "болезнью Альцгеймера", "штамма Дельта"), and so is
    every lone mention of that word in the document: none of the corpora tags an eponym
    of a disease as a person. A word of a person the document names in two words or more
    is that person's ("Болезнь Чавеса" beside "Уго Чавес", "диагноз Клинтон" beside
    "Хиллари Клинтон"). So is a one-word person right after a word for a medicine: a drug
    ("препаратом Авифавир", "лечение Ремдесивиром") or its maker, a centre named after
    someone ("вакцина Гамалеи"); no corpus tags a drug as a person, nor, outside the
    nested names of NEREL, a body's namesake."""
    named = full_name_stems(spans)
    return drop_named_illnesses(
        spans,
        page,
        "PER",
        lambda span: word_stem(span.tokens[0].text) not in named,
        ILLNESS_WORDS | MEDICINE_WORDS,
    )


def drop_named_illnesses(
    spans: Sequence[Span],
    page: Page,
    kind: str,
    may_be_illness: Callable[[Span], bool],
    after: frozenset[str],
) -> list[Span]:
    """The spans less the one-word names of this type that the document writes right
    after one of the words `after` (lemmas), with every other one-word mention of those
    names."""

    def lone(span: Span) -> bool:
        return span.type == kind and len(span.tokens) == 1

    words = {word_stem(s.tokens[0].text) for s in spans if lone(s) and may_be_illness(s)}
    if not words:
        return list(spans)
    tokens = page.tokens
    illnesses = {
        word_stem(token.text)
        for previous, token in pairwise(tokens)
        if previous.lemma in after and word_stem(token.text) in words
    }
    return [s for s in spans if not (lone(s) and word_stem(s.tokens[0].text) in illnesses)]


def is_known_body(word: str, page: Page) -> bool:
    """Whether the gazetteer knows the word or the dictionary reads it as an organisation's
    name ("ВОЗ", "ФРС", "Аэрофлот"); "COVID-19" and "КОВИД" are neither."""
    if page.gazetteer.lookup(word):
        return True
    return any("Orgn" in p.tag.grammemes for p in page.morph.parse(word))
