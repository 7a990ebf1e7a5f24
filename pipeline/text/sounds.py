"""A name read as the consonants it sounds, in Latin letters or in Cyrillic: vowels, "h"
and "й" left out, voiced and voiceless alike and a doubled letter once, which
transliteration keeps ("Wellington", "Веллингтон": флнктн; "Theresa May", "Тереза Мэй")."""

from __future__ import annotations

import re

# Latin letters and groups, longest first, as the Cyrillic consonant they are written with
LATIN_SOUNDS = (
    ("sch", "ш"), ("sh", "ш"), ("ch", "ч"), ("th", "т"), ("ph", "ф"), ("ck", "к"),
    ("qu", "кф"), ("x", "кс"), ("b", "б"), ("c", "к"), ("d", "т"), ("f", "ф"), ("g", "к"),
    ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("p", "п"), ("q", "к"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("v", "ф"), ("w", "ф"), ("z", "с"),
)  # fmt: skip
LATIN_GROUPS = re.compile("|".join(latin for latin, _ in LATIN_SOUNDS) + r"|[\s-]")
LATIN_SOUND = dict(LATIN_SOUNDS)
# Cyrillic consonants as the ones above: voiced and voiceless alike, as loans are spelt
CYRILLIC_SOUNDS = str.maketrans(
    {"в": "ф", "г": "к", "д": "т", "з": "с", "щ": "ш", "ц": "тс", "-": " "}
)
CYRILLIC_GROUPS = re.compile(r"[бжклмнпрстфчш]|\s")
# the consonants a name must have to be told from others by them
LEAST = 3


def once(sounds: list[str]) -> str:
    """Consonants with each run of one written once, words kept apart by a space."""
    out: list[str] = []
    for sound in sounds:
        if (sound != " " or (out and out[-1] != " ")) and (not out or out[-1] != sound):
            out.append(sound)
    return "".join(out).strip()


def latin_consonants(name: str) -> str:
    """The consonants a Latin name sounds ("Volkswagen": флксфкн)."""
    groups = LATIN_GROUPS.findall(name.lower())
    return once([" " if g.isspace() or g == "-" else LATIN_SOUND[g] for g in groups])


def cyrillic_consonants(name: str) -> str:
    """The consonants a Cyrillic name is written with, as `latin_consonants` reads them
    ("Фольксваген": флксфкн)."""
    written = name.lower().replace("дж", "ж").translate(CYRILLIC_SOUNDS)
    return once(CYRILLIC_GROUPS.findall(written))
