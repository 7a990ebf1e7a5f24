"""Organisations the text names by their kind: "компания «Вектор»", "движения «Левый
фронт»". Russian news writes a body's own name in quotes after the noun for what it is;
the tagger misses some of these names, mostly ones made of common words or Latin ones
("институт «Коллективное действие»", "партии «Dog with two tails»")."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.ner.page import CLOSING_QUOTES, OPENING_QUOTES, Page, has_word, span_of
from pipeline.records import Span, Token

# Nouns for a body that has members or staff; a quoted name right after one is its name.
# Lemmas; no venue, work or product ("стадион", "фильм", "вакцина": see THING_NOUNS), nor
# "центр", "театр" or "группа", which also name a building, a stage or a set of things.
KIND_NOUNS = frozenset({
    "компания", "фирма", "фонд", "партия", "организация", "движение", "банк", "концерн",
    "холдинг", "агентство", "издание", "газета", "журнал", "телеканал", "телекомпания",
    "радиостанция", "корпорация", "предприятие", "завод", "фабрика", "комбинат", "клуб",
    "общество", "объединение", "ассоциация", "союз", "институт", "университет",
})  # fmt: skip
# "«" and "„" open a name; a straight quote both opens and closes one.
STRAIGHT_QUOTES = frozenset({'"'})
# a quoted name runs over a few words at most; a longer quote is speech
MAX_NAME_TOKENS = 8


def tag_quoted_kind_names(spans: Sequence[Span], page: Page) -> list[Span]:
    """A capitalised quoted name right after a noun for a body, on one line, is that
    organisation where the tagger passed over it: "институт «Коллективное действие»",
    "фирма «Спейс адвентчерс»". Every corpus marks the name inside the quotes."""
    taken = {t.start for s in spans for t in s.tokens}
    tokens = page.tokens
    added = []
    for index, token in enumerate(tokens[:-2]):
        if token.text.islower() and token.lemma in KIND_NOUNS:
            name = quoted_name(tokens, index + 1, page.text)
            if name and not any(t.start in taken for t in name):
                added.append(span_of(name, "ORG"))
                # a kind noun inside the name adds no second span: "газета «Новая газета «Ъ»»"
                taken.update(t.start for t in name)
    return [*spans, *added]


def quoted_name(tokens: Sequence[Token], opening: int, text: str) -> tuple[Token, ...]:
    """The capitalised words between the quote at `opening` and its closing quote on the
    same line, or () where there is no such name."""
    quote = tokens[opening].text
    if quote not in OPENING_QUOTES | STRAIGHT_QUOTES:
        return ()
    closing = CLOSING_QUOTES if quote in OPENING_QUOTES else STRAIGHT_QUOTES
    end = opening + 1
    while end < len(tokens) and end - opening <= MAX_NAME_TOKENS + 1:
        if tokens[end].text in closing:
            name = tuple(tokens[opening + 1 : end])
            line_break = "\n" in text[tokens[opening].end : tokens[end].start]
            first = name[0].text[:1] if name else ""
            usable = name and has_word(name) and (first.isupper() or first.isdigit())
            return name if usable and not line_break else ()
        end += 1
    return ()
