"""Lone adjectives the tagger takes for an organisation: "Клиническое исследование",
"Официальный представитель", "Воскресное заседание". A capitalised adjective that opens a
sentence looks to the tagger like the first word of "Федеральное собрание"."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.ner.page import Page, is_common_word
from pipeline.records import Span

ADJECTIVES = frozenset({"ADJF", "PRTF"})


def drop_lone_adjectives(spans: Sequence[Span], page: Page) -> list[Span]:
    """An organisation that is one adjective followed by a lowercase noun it leaves out
    ("Клиническое исследование показало") is no name: an organisation's name ends in its
    noun ("Федеральное собрание"), so the adjective alone is the capital of a sentence's
    first word. No corpus marks such an adjective as an organisation. A word that may also
    be a name ("Московские", a surname too) is left to the other repairs."""
    tokens = page.tokens

    def is_lone_adjective(span: Span) -> bool:
        if span.type != "ORG" or len(span.tokens) != 1:
            return False
        word = span.tokens[0]
        if word.pos not in ADJECTIVES or not is_common_word(word, page.morph):
            return False
        index = page.position[span.start] + 1
        following = tokens[index] if index < len(tokens) else None
        return (
            following is not None
            and page.text[span.end : following.start] == " "
            and following.text.islower()
            and following.pos == "NOUN"
        )

    return [s for s in spans if not is_lone_adjective(s)]
