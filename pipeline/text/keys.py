"""The one comparison key of names: both sides of every gazetteer and name comparison
are folded by it."""

from __future__ import annotations

import re
from functools import lru_cache

# Latin letters drawn like Cyrillic ones, typed by mistake inside a Cyrillic name ("MТС")
LOOKALIKES = str.maketrans("aceopxykmtbh", "асеорхукмтвн")
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# what a brand may be written with or without: quotes, spaces, hyphens («Аэро-флот»)
SEPARATORS = re.compile(r"[\s\"'«»„“”‘’`\-‐‑–—]+")
# hyphens other than the plain one that may join the parts of a word: "Санкт‑Петербург"
# with a non-breaking hyphen (U+2011), as some sites type it
UNUSUAL_HYPHENS = "\u2010\u2011\u2012"
PLAIN_HYPHENS = str.maketrans(UNUSUAL_HYPHENS, "-" * len(UNUSUAL_HYPHENS))


@lru_cache(maxsize=100_000)
def fold(name: str) -> str:
    """The comparison key of a name: case, ё and spacing folded. Cached, as the next: a
    document's names are compared many times over (56,000 folds of 7,600 names over short
    news)."""
    return " ".join(name.casefold().replace("ё", "е").split())


@lru_cache(maxsize=100_000)
def organisation_key(name: str) -> str:
    """The comparison key of an organisation's name: folded, without quotes, spaces and
    hyphens, and with the Latin look-alike letters of a Cyrillic name read as Cyrillic
    ("«Аэро-флот»", "Аэрофлот"; "MТС" with a Latin M, "МТС")."""
    folded = fold(name)
    if CYRILLIC.search(folded):
        folded = folded.translate(LOOKALIKES)
    return SEPARATORS.sub("", folded)


def plain_hyphens(word: str) -> str:
    """The word with its unusual hyphens made plain ones, for the dictionary to read it."""
    return word.translate(PLAIN_HYPHENS)
