"""The one comparison key of names: both sides of every gazetteer and name comparison
are folded by it."""

from __future__ import annotations


def fold(name: str) -> str:
    """The comparison key of a name: case, ё and spacing folded."""
    return " ".join(name.casefold().replace("ё", "е").split())
