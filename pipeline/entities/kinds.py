"""A capitalised word for a kind of organisation standing alone for the one organisation of
that kind the document names: "МАГАТЭ ... Агентство заявило"."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Hashable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from pipeline.records import Mention
from pipeline.text.keys import fold

if TYPE_CHECKING:
    from pipeline.lexicons.gazetteer_files import Entry

# a nominative adjective before the head noun: "Международное агентство", "Федеральная служба"
ADJECTIVE = re.compile(r"\w+(ый|ий|ой|ая|яя|ое|ее|ые|ие)$")
WORD = re.compile(r"^[^\W\d_]+$")
K = TypeVar("K", bound=Hashable)


def head_noun(name: str) -> str | None:
    """The noun a nominative organisation name is built on: its first word that is no
    adjective ("Международное агентство по атомной энергии": агентство)."""
    for word in fold(name).split():
        if not ADJECTIVE.match(word):
            return word if WORD.match(word) else None
    return None


def kind_word(mention: Mention) -> str | None:
    """The folded word of an organisation named by one capitalised lower-case word
    ("Агентство", "Комиссия"), not an abbreviation ("МИД")."""
    words = fold(mention.normal).split()
    text = mention.normal.strip()
    if len(words) != 1 or not WORD.match(words[0]) or not text[:1].isupper():
        return None
    return words[0] if text[1:].islower() else None


def kind_pairs(
    mentions: Sequence[Mention],
    keys: Sequence[K],
    resolved: Sequence[Entry | None],
    root: Callable[[K], K],
    skip: Collection[int] = (),
) -> Iterator[tuple[int, int]]:
    """Pairs of a lone kind word and a mention of the one organisation of the document
    whose name, or whose gazetteer entry's name (МАГАТЭ: Международное агентство по атомной
    энергии), is built on that word; none when two organisations are ("Агентство" beside
    МАГАТЭ and the Международное энергетическое агентство)."""
    lone = {
        index: word
        for index, (mention, entry) in enumerate(zip(mentions, resolved, strict=True))
        if mention.type == "ORG" and entry is None and index not in skip
        if (word := kind_word(mention))
    }
    holders: dict[str, dict[K, int]] = {}
    # a long document names one organisation thousands of times: each name is read once
    read: set[tuple[K, str, str | None]] = set()
    for index, (mention, entry) in enumerate(zip(mentions, resolved, strict=True)):
        if mention.type != "ORG" or index in lone:
            continue
        seen = (keys[index], mention.normal, entry.id if entry else None)
        if seen in read:
            continue
        read.add(seen)
        names = (mention.normal, *(entry.names if entry else ()))
        for noun in {head_noun(name) for name in names if len(name.split()) > 1}:
            if noun:
                holders.setdefault(noun, {}).setdefault(root(keys[index]), index)
    for index, word in lone.items():
        found = holders.get(word, {})
        if len(found) == 1:
            yield index, next(iter(found.values()))
