"""The adjectives that name a region or a city ("владимирский": Владимир, "римский": Рим),
derived from the gazetteer's places: a city's one-word name with a suffix of place
adjectives ("Рим": римский, "Москва": московский, "Петербург": петербургский) where
pymorphy3's dictionary knows that adjective, and the adjective that names a region of the
form "Владимирская область", "Алтайский край", or a region's noun in "-ье" ("Подмосковье":
подмосковный, "Приднестровье": приднестровский). An adjective two places share is left out
(лениногорский), unless one of them is named by the noun it derives from (московский is
Москва's, not Московская область's) in the region's country (свердловский is Свердловская
область's, not that of Свердловск in Ukraine). Countries have their own adjectives
(`countries.load_country_adjectives`)."""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator, Mapping

from pipeline.data import cache_folder, kept_in_cache
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.text.morphology import Morphology, source_digest

NO_PLACES: Mapping[str, str] = {}
SUFFIXES = ("ский", "овский", "евский", "инский")
REGION_KINDS = frozenset({"область", "край"})


def place_adjectives(gazetteer: Gazetteer, morph: Morphology) -> dict[str, str]:
    """Adjective lemma -> the gazetteer id of the region or city it names."""
    derived: dict[str, set[str]] = defaultdict(set)  # from a place's own name
    regional: dict[str, set[str]] = defaultdict(set)  # "Владимирская область"
    for key in sorted(gazetteer.entries):
        entry = gazetteer.entries[key]
        if entry.type != "LOC" or not key.startswith(("city-", "region-")):
            continue
        for name in entry.names:
            words = name.lower().split()
            if len(words) == 2 and words[1] in REGION_KINDS:
                lemma, pos = morph.lemma_and_pos(words[0])
                if pos == "ADJF":
                    regional[lemma].add(key)
            elif len(words) == 1 and words[0].isalpha():
                for adjective in candidates(words[0]):
                    if known_adjective(adjective, morph):
                        derived[adjective].add(key)
                if key.startswith("region-"):
                    for adjective in region_noun_adjectives(words[0]):
                        if known_adjective(adjective, morph):
                            regional[adjective].add(key)
    found: dict[str, str] = {}
    for lemma in sorted({*derived, *regional}):
        ids = derived.get(lemma) or regional[lemma]
        region = regional.get(lemma, set())
        if len(region) == 1 and {gazetteer.entries[i].country for i in ids | region} != {
            gazetteer.entries[next(iter(region))].country
        }:
            ids = region  # свердловский: Свердловская область, not Свердловск in Ukraine
        if len(ids) == 1:
            found[lemma] = next(iter(ids))
    return found


class PlaceAdjectives(Mapping[str, str]):
    """`place_adjectives` of a gazetteer, derived when first read: a document that holds no
    adjective before a post never reads it, and deriving it (some 5,600 dictionary look-ups)
    took 0.025 s of a one-sentence run's start. A run with a pool reads it before it forks
    the pool's workers (`batch.execute.run_pool`), so that each does not derive it again."""

    __slots__ = ("_found", "_gazetteer", "_morph")

    def __init__(self, gazetteer: Gazetteer, morph: Morphology) -> None:
        self._gazetteer, self._morph = gazetteer, morph
        self._found: dict[str, str] | None = None

    def _table(self) -> dict[str, str]:
        if self._found is None:
            self._found = kept_adjectives(self._gazetteer, self._morph)
        return self._found

    def __getitem__(self, lemma: str) -> str:
        return self._table()[lemma]

    def __contains__(self, lemma: object) -> bool:
        return lemma in self._table()

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


def kept_adjectives(gazetteer: Gazetteer, morph: Morphology) -> dict[str, str]:
    """`place_adjectives`, kept in the cache folder beside the index of the gazetteer they
    derive from, under its key and this module's source (which the dictionary's version and
    the morphology's source are in): deriving them took 0.02 s of the first document that
    reads them. Derived each time for a gazetteer kept nowhere (no cache folder)."""
    folder = cache_folder() if gazetteer.key else None
    if folder is None:
        return place_adjectives(gazetteer, morph)
    digest = source_digest([sys.modules[__name__]])
    digest.update(gazetteer.key.encode())
    name = f"place-adjectives-{digest.hexdigest()[:24]}.pickle"
    return kept_in_cache(name, lambda: place_adjectives(gazetteer, morph), dict, folder)


def candidates(name: str) -> list[str]:
    """The adjectives a place's name may give: "рим": римский, "москва": московский."""
    stems = [name, name[:-1]] if name[-1] in "аяеоиыьй" else [name]
    if name.endswith(("ва", "ск")):
        stems.append(name[:-2])  # москва: московский, иркутск: иркутский
    return [stem + suffix for stem in stems for suffix in SUFFIXES if len(stem) >= 3]


def region_noun_adjectives(name: str) -> list[str]:
    """The adjectives a region's name in "-ье" may give: "подмосковье": подмосковный,
    "приморье": приморский."""
    if not name.endswith("ье") or len(name) < 6:
        return []
    return [name[:-2] + suffix for suffix in ("ский", "ный")]


def known_adjective(word: str, morph: Morphology) -> bool:
    """Whether the dictionary knows the word as an adjective whose lemma it is."""
    return morph.is_known(word) and morph.lemma_and_pos(word) == (word, "ADJF")
