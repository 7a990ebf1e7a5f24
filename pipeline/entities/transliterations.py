"""A name written in Latin letters and in Cyrillic within a document, away from each other:
"Swaziland" and "Свазиленд", "Carson Yeung" and "Карсон Юнг". Both are read as the
consonants they sound, vowels, "h" and "й" left out and a doubled letter once
("Wellington", "Веллингтон": флнктн), which transliteration keeps. Places and persons
only: an organisation's name in either alphabet is its identity across documents, which
other documents write one way ("Pfizer"; "Техрик-э-Лабаик"), and one entity bears one."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import TypeVar

from pipeline.records import Mention

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
LATIN_NAME = re.compile(r"[A-Za-z]+(?:[\s-][A-Za-z]+)*")
CYRILLIC_NAME = re.compile(r"[А-Яа-яЁё]+(?:[\s-][А-Яа-яЁё]+)*")
# the consonants a name must have to be told from others by them
LEAST = 3
KINDS = frozenset({"PER", "LOC"})
K = TypeVar("K", bound=Hashable)


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


def transliterated_pairs(
    mentions: Sequence[Mention], keys: Sequence[K], root: Callable[[K], K]
) -> Iterator[tuple[int, int]]:
    """(Latin, Cyrillic) names of a person or place, of one type, in the document with the
    same consonants, three or more; the Latin one joins the Cyrillic when that is the one
    name of the document it sounds ("Swaziland", "Свазиленд"). The Cyrillic names are
    read only in a document with a Latin one (16 of the 216 texts of short news)."""
    cyrillic: dict[tuple[str, str], dict[K, int]] = defaultdict(dict)
    latin: dict[K, tuple[int, str, str]] = {}
    written: list[tuple[int, Mention, K]] = []  # the Cyrillic names, in order
    for index, (mention, key) in enumerate(zip(mentions, keys, strict=True)):
        if mention.type not in KINDS:
            continue
        if CYRILLIC_NAME.fullmatch(mention.normal):
            written.append((index, mention, key))
        elif LATIN_NAME.fullmatch(mention.normal) and key not in latin:
            latin[key] = (index, mention.type, latin_consonants(mention.normal))
    if not latin:
        return
    for index, mention, key in written:
        sounds = cyrillic_consonants(mention.normal)
        cyrillic[(mention.type, sounds)].setdefault(key, index)
    for index, kind, sounds in latin.values():
        if len(sounds.replace(" ", "")) < LEAST:
            continue
        found = {root(key): other for key, other in cyrillic.get((kind, sounds), {}).items()}
        if len(found) == 1:
            yield index, next(iter(found.values()))
