"""Persons a street is named after: "улице Лобачевского", "канала Грибоедова", "бульвара
Тараса Шевченко". The tagger reads the name as the place; NEREL marks the person. The
other corpora mark no person's name after such a noun as a place: the places they mark
there are cities ("улицы Лондона": the streets of London), which stay places."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.ner.page import Page
from pipeline.ner.retyping import is_known_place, name_forms, surname_forms
from pipeline.records import Span, Token

# Lemmas of the nouns for a street, a square or an embankment, and their abbreviations;
# not "аэропорт" or "станция", whose names also stand for the place ("аэропорт Рейган").
STREET_NOUNS = frozenset({
    "улица", "проспект", "переулок", "бульвар", "набережная", "канал", "площадь", "шоссе",
    "проезд", "ул", "пр-т", "просп", "пер", "пл",
})  # fmt: skip


def retype_street_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """A place right after a noun for a street that is a person's name in the genitive
    (a surname, or a first name and a surname) is that person: "на улице Раевского".
    A common word stays a place ("площади Победы", "улице Советской"), and so does a
    word the gazetteer knows only as a place ("улицам Ростова", though Ростов is a surname too)."""
    return [
        replace(s, type="PER") if s.type == "LOC" and names_street(s, page) else s for s in spans
    ]


def names_street(span: Span, page: Page) -> bool:
    """Whether the span follows a street noun and is a person's name in the genitive."""
    index = page.position[span.tokens[0].start]
    before = [t for t in page.tokens[max(0, index - 2) : index] if t.text != "."]
    if not before or not is_street_noun(before[-1]):
        return False
    words = [t for t in span.tokens if t.text[:1].isalpha()]
    if not 1 <= len(words) <= 2 or not all(t.text.istitle() for t in words):
        return False
    *first, surname = words
    if not first and is_known_place(surname, page):
        return False
    return is_genitive_surname(surname, page) and all(
        any(case == "gent" for case, _ in name_forms(t, page.morph, "Name")) for t in first
    )


def is_street_noun(token: Token) -> bool:
    return token.text.lower() in STREET_NOUNS or token.lemma in STREET_NOUNS


def is_genitive_surname(token: Token, page: Page) -> bool:
    """A surname in the genitive, known to the dictionary or shaped like a Russian one."""
    return any(case == "gent" for case, _ in surname_forms(token, page))
