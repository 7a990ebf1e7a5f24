"""The one comparison key of names: both sides of every gazetteer and name comparison
are folded by it."""

from __future__ import annotations

import re

# Latin letters drawn like Cyrillic ones, typed by mistake inside a Cyrillic name ("MТС")
LOOKALIKES = str.maketrans("aceopxykmtbh", "асеорхукмтвн")
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# what a brand may be written with or without: quotes, spaces, hyphens («Аэро-флот»)
SEPARATORS = re.compile(r"[\s\"'«»„“”‘’`\-‐‑–—]+")


def fold(name: str) -> str:
    """The comparison key of a name: case, ё and spacing folded."""
    return " ".join(name.casefold().replace("ё", "е").split())


def organisation_key(name: str) -> str:
    """The comparison key of an organisation's name: folded, without quotes, spaces and
    hyphens, and with the Latin look-alike letters of a Cyrillic name read as Cyrillic
    ("«Аэро-флот»", "Аэрофлот"; "MТС" with a Latin M, "МТС")."""
    folded = fold(name)
    if CYRILLIC.search(folded):
        folded = folded.translate(LOOKALIKES)
    return SEPARATORS.sub("", folded)
