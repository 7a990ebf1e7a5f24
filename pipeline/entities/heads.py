"""Where a document's person names meet the heads of the clusters they may join: indexed by
surname spelling and first letter, by first name, never scanned (`merge.person_clusters`).

A long document names thousands of people, hundreds of them of one first name ("Игорь") and
dozens of one surname spelling: a name with a surname is one with a head of a surname only
by that surname and a shared first letter ("Игорь Смирнов" is neither Олег Смирнов nor
Игорь Крылов), so it meets those and the few heads read without a surname ("Виктор
Фёдорович") that may be anyone's of its first name.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from functools import lru_cache
from typing import Generic, TypeVar

from pipeline.normalize.names import PersonName

K = TypeVar("K", bound=Hashable)
SURNAME = "s:"
ALONE = "-"  # the letter under which the heads read without a surname are filed


def spellings(word: str) -> set[str]:
    """Index keys of a word: itself and each one-letter deletion, so that two words one
    edit apart ("Ельцин"/"Ельцын") share a key."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


# a name's keys are read for each of its mentions' names and each name joined to its head:
# kept for the names of a document and the next
@lru_cache(maxsize=50_000)
def index_keys(name: PersonName) -> frozenset[str]:
    """Where a full name is filed and looks its fellows up: by surname, by first name, and
    by its spellings when a patronymic stands beside it (a name without a surname can only
    match on its first name)."""
    out = {SURNAME + s for s in spellings(name.surname)} if name.surname else set()
    if name.given:
        out.add("f:" + name.given[0])
        if name.patronymic:
            out |= {"g:" + s for s in spellings(name.given[0])}
    return frozenset(out)


def lone_keys(word: str) -> set[str]:
    """Where a lone word looks its fuller names up: a surname's spellings, a first name."""
    return {SURNAME + s for s in spellings(word)} | {"f:" + word}


@lru_cache(maxsize=50_000)
def given_letters(name: PersonName) -> frozenset[str]:
    """The first letters of a name's first names, or of its first initial: two names of one
    surname are one person's only where they share one ("Игорь Смирнов", "И. Смирнов")."""
    return frozenset(given[0] for given in name.given or name.initials[:1])


class Heads(Generic[K]):
    """The heads filed under the keys of their members' names (`index_keys`), a surname's
    spellings apart by first letter ("" for none, `ALONE` for a head read without a
    surname), and the heads read without a surname by their first-name keys once more."""

    def __init__(self) -> None:
        self.by_key: dict[str, dict[K, None]] = {}  # a set in a dict: insertion order kept
        self.by_surname: dict[str, dict[str, dict[K, None]]] = {}
        self.alone: dict[str, dict[K, None]] = {}

    def file(self, head: K, name: PersonName, surnameless: bool) -> None:
        """File `head` under the keys of one of its members' names; `surnameless` when the
        head's own name is read somewhere without a surname."""
        letters = given_letters(name) or ("",)
        for key in index_keys(name):
            if key.startswith(SURNAME):
                spelt = self.by_surname.setdefault(key[len(SURNAME) :], {})
                for letter in (*letters, ALONE) if surnameless else letters:
                    spelt.setdefault(letter, {})[head] = None
            else:
                self.by_key.setdefault(key, {})[head] = None
                if surnameless:
                    self.alone.setdefault(key, {})[head] = None

    def get(self, key: str) -> Iterable[K]:
        """The heads filed under one of `index_keys` or `lone_keys`."""
        if key.startswith(SURNAME):
            spelt = self.by_surname.get(key[len(SURNAME) :], {})
            return {head for heads in spelt.values() for head in heads}
        return self.by_key.get(key, ())

    def near(self, readings: Sequence[PersonName]) -> set[K]:
        """The heads a full name read as `readings` may be one with: those sharing a key,
        and for a name with a surname in every reading, of those filed by surname only the
        ones with a first letter of its or none, and by first name (and its spellings beside
        a patronymic) only the heads read without a surname."""
        if not all(name.surname for name in readings):
            return {head for name in readings for key in index_keys(name) for head in self.get(key)}
        found: set[K] = set()
        for name in readings:
            letters = given_letters(name)
            for key in index_keys(name):
                if key.startswith(SURNAME):
                    spelt = self.by_surname.get(key[len(SURNAME) :])
                    if spelt is None:
                        continue
                    if not letters:
                        found.update(*spelt.values())
                        continue
                    for letter in (*letters, "", ALONE):
                        found.update(spelt.get(letter, ()))
                else:
                    found.update(self.alone.get(key, ()))
        return found
