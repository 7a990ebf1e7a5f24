"""The adjectives that name a region or a city ("владимирский": Владимир, "римский": Рим),
derived from the gazetteer's places: a city's one-word name with a suffix of place
adjectives ("Рим": римский, "Москва": московский, "Петербург": петербургский) where
pymorphy3's dictionary knows that adjective, and the adjective that names a region of the
form "Владимирская область", "Алтайский край". An adjective two places share is left out
(лениногорский), unless one of them is named by the noun it derives from (московский is
Москва's, not Московская область's) in the region's country (свердловский is Свердловская
область's, not that of Свердловск in Ukraine). Countries have their own adjectives
(`countries.load_country_adjectives`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.text.morphology import Morphology

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


def candidates(name: str) -> list[str]:
    """The adjectives a place's name may give: "рим": римский, "москва": московский."""
    stems = [name, name[:-1]] if name[-1] in "аяеоиыьй" else [name]
    if name.endswith(("ва", "ск")):
        stems.append(name[:-2])  # москва: московский, иркутск: иркутский
    return [stem + suffix for stem in stems for suffix in SUFFIXES if len(stem) >= 3]


def known_adjective(word: str, morph: Morphology) -> bool:
    """Whether the dictionary knows the word as an adjective whose lemma it is."""
    return morph.is_known(word) and morph.lemma_and_pos(word) == (word, "ADJF")
