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
from pipeline.text.sounds import LEAST, cyrillic_consonants, latin_consonants

LATIN_NAME = re.compile(r"[A-Za-z]+(?:[\s-][A-Za-z]+)*")
CYRILLIC_NAME = re.compile(r"[А-Яа-яЁё]+(?:[\s-][А-Яа-яЁё]+)*")
KINDS = frozenset({"PER", "LOC"})
K = TypeVar("K", bound=Hashable)


def transliterated_pairs(
    mentions: Sequence[Mention], keys: Sequence[K], root: Callable[[K], K]
) -> Iterator[tuple[int, int]]:
    """(Latin, Cyrillic) names of a person or place, of one type, in the document with the
    same consonants, three or more; the Latin one joins the Cyrillic when that is the one
    name of the document it sounds ("Swaziland", "Свазиленд"). A Latin person of one word
    may sound the surname of a person named in full ("Davis", "Дэвид Дэвис"). The
    Cyrillic names are read only in a document with a Latin one (16 of the 216 texts of
    short news)."""
    cyrillic: dict[tuple[str, str], dict[K, int]] = defaultdict(dict)
    surnames: dict[str, dict[K, int]] = defaultdict(dict)  # of the persons named in full
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
        if mention.type == "PER" and " " in sounds:
            surnames[sounds.rpartition(" ")[2]].setdefault(key, index)
    for index, kind, sounds in latin.values():
        if len(sounds.replace(" ", "")) < LEAST:
            continue
        found = {root(key): other for key, other in cyrillic.get((kind, sounds), {}).items()}
        if len(found) != 1 and kind == "PER" and " " not in sounds:
            # the surname alone: the persons named in full it may be, not the lone words
            # ("Ефимов", "Ефимова") that later join one of them
            found = {root(key): other for key, other in surnames.get(sounds, {}).items()}
        if len(found) == 1:
            yield index, next(iter(found.values()))
