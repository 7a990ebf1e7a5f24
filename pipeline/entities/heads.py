"""Where a document's person names meet the heads of the clusters they may join: indexed by
surname spelling, first letter and first-name spelling, by first name, never scanned
(`merge.person_clusters`).

A long document names thousands of people, hundreds of them of one first name ("Игорь") and
dozens of one surname spelling: a name with a surname is one with a head of a surname only
by that surname and a shared first letter ("Игорь Смирнов" is neither Олег Смирнов nor
Игорь Крылов), so it meets those and the few heads read without a surname ("Виктор
Фёдорович") that may be anyone's of its first name. Among the heads of one surname and
first letter (a document naming a hundred Ивановых: Игорь, Илья, Иннокентий ...), a name
whose first names are all written out meets only those sharing a spelling of one of them
(`given_keys`) and those with an initial or no first name, which may be anyone's.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from functools import lru_cache
from typing import Generic, TypeVar

from pipeline.normalize.names import PersonName, without_e

K = TypeVar("K", bound=Hashable)
SURNAME = "s:"
ALONE = "-"  # the letter under which the heads read without a surname are filed


@lru_cache(maxsize=50_000)
def spellings(word: str) -> frozenset[str]:
    """Index keys of a word: itself and each one-letter deletion, so that two words one
    edit apart ("Ельцин"/"Ельцын") share a key, and so for the word with "э" written "е"
    ("Бэкхем", "Бекхэм": `same_word`). Cached: a surname's are asked for again for each
    of its names, in each document and in settling the run's corpus_ids (4,200 asks of
    1,300 words over short news)."""
    plain = without_e(word)
    found = {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}
    if plain != word:  # with "э": the keys of the word with "е" too
        found |= {plain} | {plain[:i] + plain[i + 1 :] for i in range(len(plain))}
    return frozenset(found)


# a name's keys are read for each of its mentions' names and each name joined to its head:
# kept for the names of a document and the next
@lru_cache(maxsize=50_000)
def index_keys(name: PersonName) -> frozenset[str]:
    """Where a full name is filed and looks its fellows up: by surname, by first name, and
    by its spellings when a patronymic stands beside it (a name without a surname can only
    match on its first name)."""
    out = {SURNAME + s for s in spellings(name.surname)} if name.surname else set()
    if name.given:
        out |= {"f:" + name.given[0], "f:" + without_e(name.given[0])}
        if name.patronymic:
            out |= {"g:" + s for s in spellings(name.given[0])}
    return frozenset(out)


def lone_keys(word: str) -> set[str]:
    """Where a lone word looks its fuller names up: a surname's spellings, a first name."""
    return {SURNAME + s for s in spellings(word)} | {"f:" + word, "f:" + without_e(word)}


@lru_cache(maxsize=50_000)
def given_letters(name: PersonName) -> frozenset[str]:
    """The first letters of a name's first names, or of its first initial: two names of one
    surname are one person's only where they share one ("Игорь Смирнов", "И. Смирнов")."""
    return frozenset(given[0] for given in name.given or name.initials[:1])


@lru_cache(maxsize=50_000)
def given_keys(name: PersonName) -> frozenset[str] | None:
    """The spellings of a name's first names, where every one of them is written out: two
    such names are `given_compatible` only if one first name of each is spelt alike, one
    letter away or a short name and its case form ("Кир", "Кира"), and those share a
    spelling. None for a name with an initial or without a first name, which may be
    anyone's of its first letter."""
    if not name.given or any(len(given) < 2 for given in name.given):
        return None
    return frozenset(key for given in name.given for key in spellings(given))


# a letter's heads are indexed by first name once they are more than this many: most
# buckets hold one or two heads, and an index for each would cost more than it saves
CROWDED = 16


class Letter(Generic[K]):
    """The heads filed under one surname spelling and one first letter: all of them, and
    once they are `CROWDED`, apart those filed by a name with first names written out (by
    their spellings) and those filed by any other (`loose`)."""

    __slots__ = ("by_given", "filings", "heads", "loose")

    def __init__(self) -> None:
        self.heads: dict[K, None] = {}
        self.filings: list[tuple[K, frozenset[str] | None]] = []  # until crowded
        self.loose: dict[K, None] | None = None  # the index, once crowded
        self.by_given: dict[str, dict[K, None]] | None = None

    def file(self, head: K, given: frozenset[str] | None) -> None:
        self.heads[head] = None
        if self.loose is None or self.by_given is None:
            self.filings.append((head, given))
            if len(self.heads) <= CROWDED:
                return
            self.loose, self.by_given = {}, {}
            for filed, spelt in self.filings:
                index(self.loose, self.by_given, filed, spelt)
            self.filings = []
            return
        index(self.loose, self.by_given, head, given)

    def near(self, given: frozenset[str] | None) -> Iterable[K]:
        """The heads a name of first-name spellings `given` may be one with: all of them
        for a name with an initial or none or while they are few, else the loose ones and
        those sharing a spelling."""
        if given is None or self.loose is None or self.by_given is None:
            return self.heads
        found = set(self.loose)
        for key in given:
            found.update(self.by_given.get(key, ()))
        return found


def index(
    loose: dict[K, None],
    by_given: dict[str, dict[K, None]],
    head: K,
    given: frozenset[str] | None,
) -> None:
    """File `head` in a crowded letter's index by the first-name spellings of one name."""
    if given is None:
        loose[head] = None
    else:
        for key in given:
            by_given.setdefault(key, {})[head] = None


class Heads(Generic[K]):
    """The heads filed under the keys of their members' names (`index_keys`), a surname's
    spellings apart by first letter ("" for none, `ALONE` for a head read without a
    surname), and the heads read without a surname by their first-name keys once more."""

    def __init__(self) -> None:
        self.by_key: dict[str, dict[K, None]] = {}  # a set in a dict: insertion order kept
        self.by_surname: dict[str, dict[str, Letter[K]]] = {}
        self.alone: dict[str, dict[K, None]] = {}

    def file(self, head: K, name: PersonName, surnameless: bool) -> None:
        """File `head` under the keys of one of its members' names; `surnameless` when the
        head's own name is read somewhere without a surname."""
        letters = given_letters(name) or ("",)
        given = given_keys(name)
        for key in index_keys(name):
            if key.startswith(SURNAME):
                spelt = self.by_surname.setdefault(key[len(SURNAME) :], {})
                for letter in (*letters, ALONE) if surnameless else letters:
                    filed = spelt.get(letter)
                    if filed is None:
                        filed = spelt[letter] = Letter()
                    filed.file(head, given)
            else:
                self.by_key.setdefault(key, {})[head] = None
                if surnameless:
                    self.alone.setdefault(key, {})[head] = None

    def get(self, key: str) -> Iterable[K]:
        """The heads filed under one of `index_keys` or `lone_keys`."""
        if key.startswith(SURNAME):
            spelt = self.by_surname.get(key[len(SURNAME) :], {})
            return {head for heads in spelt.values() for head in heads.heads}
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
            given = given_keys(name)
            for key in index_keys(name):
                if key.startswith(SURNAME):
                    spelt = self.by_surname.get(key[len(SURNAME) :])
                    if spelt is None:
                        continue
                    if not letters:
                        found.update(*(heads.heads for heads in spelt.values()))
                        continue
                    for letter in letters:
                        if letter in spelt:
                            found.update(spelt[letter].near(given))
                    for letter in ("", ALONE):
                        if letter in spelt:
                            found.update(spelt[letter].heads)
                else:
                    found.update(self.alone.get(key, ()))
        return found
