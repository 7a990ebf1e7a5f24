"""A lone word the tagger reads as a person in one sentence and as a place or an
organisation in others: the document's own reading decides. News names a town, a club or
a party again and again, and the tagger, which sees a sentence's words only, misreads it
where the words around it would suit a person ("Полиция Шарлотта опубликовала",
"Форвард Реала написал")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from pipeline.ner.page import Page, full_name_stems, may_be_person, span_words, word_stem
from pipeline.records import Span

OTHER_KINDS = ("LOC", "ORG")


def retype_lone_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person of one word is the place or organisation the document names with that
    word (up to case endings) more often than it names a person with it, or as often
    where the dictionary reads the word as no person's name: "Льеж" under a photo is the
    city of "в бельгийском городе Льеж", "Гоминьдана" the party of "партия Гоминьдан". A
    word of a person named in full stays a person ("Вашингтон" after "Джордж
    Вашингтон")."""
    named = full_name_stems(spans)
    counts: Counter[tuple[str, str]] = Counter(
        (word_stem(found[0].text), s.type) for s in spans if len(found := span_words(s)) == 1
    )

    def other_kind(span: Span) -> str | None:
        found = span_words(span)
        if span.type != "PER" or len(found) != 1 or word_stem(found[0].text) in named:
            return None
        stem = word_stem(found[0].text)
        persons = counts[stem, "PER"]
        (most, kind), (second, _) = sorted(
            ((counts[stem, other], other) for other in OTHER_KINDS), reverse=True
        )
        if most == second:
            return None
        if most > persons or (most == persons and not may_be_person(found[0], page.morph)):
            return kind
        return None

    return [replace(s, type=kind) if (kind := other_kind(s)) else s for s in spans]
