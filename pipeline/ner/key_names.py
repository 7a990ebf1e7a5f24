"""Keys of a keyboard the tagger takes for a name: news sites end an article with "нажмите
Ctrl+Enter", and a capitalised Latin word joined by "+" looks to it like a brand."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.ner.page import Page
from pipeline.records import Span

# the keys a site names, lower-cased
KEYS = frozenset({"ctrl", "alt", "shift", "enter", "esc", "tab", "del", "delete", "cmd"})
KEY_SEPARATOR = re.compile(r"[+\s]+")


def drop_key_combinations(spans: Sequence[Span], page: Page) -> list[Span]:
    """A combination of keys ("выделите текст и нажмите Ctrl+Enter") is no person,
    organisation or place: none of the five gold files marks one, and the
    tagger types "Ctrl+Enter" ORG. Every word of the span must name a key ("Enter
    Group" stays)."""

    def is_keys(span: Span) -> bool:
        words = [w for w in KEY_SEPARATOR.split(page.text[span.start : span.end].lower()) if w]
        return bool(words) and all(w in KEYS for w in words)

    return [s for s in spans if not is_keys(s)]
