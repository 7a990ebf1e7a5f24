"""Stage 3b: mentions of one entity within a document share an entity id.

Persons are clustered by their name parts ("Борис Николаевич Ельцин", "Ельцин",
"Борис Николаевич", "Б. Ельцин" are one man); organisations and places are one
entity when a gazetteer resolves them to one entry ("РК", "Казахстан"), when they have
one normal form, or when one is the other's abbreviation ("Движение против нелегальной
иммиграции" and "ДПНИ"; "Телерадиокомплекс Президента РК (ТРК)") or its contraction
("Министерство здравоохранения" and "Минздрав").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from pipeline.entities.contractions import contracted_pairs
from pipeline.entities.heads import Heads, lone_keys
from pipeline.entities.kinds import kind_pairs
from pipeline.entities.qualified import (
    ABBREVIATION,
    Container,
    Qualified,
    abbreviations,
    containers,
    initials_of,
    qualified_mentions,
)
from pipeline.entities.transliterations import transliterated_pairs
from pipeline.entities.variants import reordered_pairs, without_legal_form
from pipeline.normalize.names import (
    PersonName,
    compatible,
    lone_fits,
    other_generation,
    person_readings,
    read_person,
    same_word,
)
from pipeline.records import Entity, Mention, entity_type
from pipeline.text.keys import CYRILLIC, fold, organisation_key
from pipeline.text.lookalikes import Text

if TYPE_CHECKING:
    from pipeline.lexicons.gazetteer_files import Entry

__all__ = ["ABBREVIATION", "fold", "group", "initials_of"]

Key = tuple[str, str]
T = TypeVar("T")


class Keys:
    """Union-find over entity keys."""

    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def find(self, key: Key) -> Key:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: Key, b: Key) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def abbreviation_links(
    mentions: Sequence[Mention],
    keys: list[Key],
    text: Text,
    found: Keys,
    countries: Mapping[int, str] | None = None,
    bare: Collection[int] = (),
) -> None:
    """Join an organisation's abbreviation with its full name, defined or spelled out; not
    a name of one country's with another's (`countries`: of the names that name theirs,
    and of the bodies nested in them: the "МИД" of "МИД Великобритании" is not the
    "Министерство иностранных дел" of "Министерство иностранных дел Ирана"). A `bare`
    body is left to `qualified_links`."""
    countries = countries or {}
    full_names: dict[str, set[Key]] = {}
    for mention, key in zip(mentions, keys, strict=True):
        if mention.type == "ORG":
            for initials in initials_of(mention.normal):
                full_names.setdefault(initials, set()).add(key)
    country_of_key = {keys[i]: country for i, country in countries.items()}
    for index, (mention, key) in enumerate(zip(mentions, keys, strict=True)):
        if mention.type != "ORG" or not ABBREVIATION.match(mention.normal) or index in bare:
            continue
        country = countries.get(index, "")
        holders = {
            holder
            for holder in full_names.get(fold(mention.normal).replace("-", ""), ())
            if not country or country_of_key.get(holder, country) == country
        }
        if len(holders) == 1:
            found.union(key, next(iter(holders)))
            continue
        # "Телерадиокомплекс Президента РК (ТРК)": defined in brackets right after the name
        opened = last_visible(text, mention.start) == "("
        if opened and text[mention.end : mention.end + 1] == ")" and index:
            # the name right before the bracket, past the places nested at its end
            # ("Следственного комитета при прокуратуре РФ (СКП)": "РФ" is the last mention)
            before = index - 1
            while before > 0 and mentions[before].type == "LOC":
                before -= 1
            previous = mentions[before]
            between = text[previous.end : mention.start].strip()
            if previous.type == "ORG" and between == "(":
                found.union(key, keys[before])


LATIN = re.compile(r"[a-z]", re.IGNORECASE)
# what may stand between a name and its bracketed gloss: «Пфайзер» (Pfizer)
GLUE = re.compile(r"^[\s»\"”']*\(\s*$")


def gloss_links(mentions: Sequence[Mention], keys: list[Key], text: Text, found: Keys) -> None:
    """Join a name and its Latin spelling in brackets right after it: "Юрген Клинсман
    (Jürgen Klinsmann)", «Пфайзер» (Pfizer); a gloss of another type is another entity."""
    for previous, mention, key, before in zip(mentions, mentions[1:], keys[1:], keys, strict=False):
        if (
            mention.type in {"PER", "ORG"}
            and previous.type == mention.type
            and LATIN.search(mention.text)
            and not CYRILLIC.search(mention.text)
            and CYRILLIC.search(previous.text)
            and GLUE.match(text[previous.end : mention.start])
            and text[mention.end : mention.end + 1] == ")"
        ):
            found.union(before, key)


def contained_links(
    mentions: Sequence[Mention],
    keys: list[Key],
    resolved: Sequence[Entry | None],
    found: Keys,
    bare: Collection[int] = (),
) -> None:
    """Join a short organisation name to the one longer name of the document that holds
    it ("Сбербанк" and "Сбербанк России", "Роскосмос" and "Госкорпорация Роскосмос"), at
    its start or, for a name that is not an abbreviation ("ЕС" in "Совет ЕС"), its end;
    none when two longer names hold it. A `bare` body some names qualify with a country
    is left to `qualified_links` ("британский МИД" holds "МИД" too)."""
    names: dict[Key, tuple[str, ...]] = {}
    for mention, key in zip(mentions, keys, strict=True):
        if mention.type == "ORG":
            words = tuple(organisation_key(w) for w in fold(mention.normal).split())
            if len(words) > len(names.get(key, ())):  # "МИД" shares the key of "МИД России"
                names[key] = words
    # each longer name filed under its shorter beginnings and endings, not scanned for each
    # short one: a long document names thousands of organisations
    beginnings: dict[tuple[str, ...], list[Key]] = defaultdict(list)
    endings: dict[tuple[str, ...], list[Key]] = defaultdict(list)
    for other, words in names.items():
        for size in range(1, len(words)):
            beginnings[words[:size]].append(other)
            endings[words[-size:]].append(other)
    for index, (mention, key, entry) in enumerate(zip(mentions, keys, resolved, strict=True)):
        if mention.type != "ORG" or entry is not None or index in bare:
            continue
        short = names[key]
        holding = beginnings.get(short, [])
        if not ABBREVIATION.match(mention.normal):
            holding = [*holding, *endings.get(short, ())]
        holders = {found.find(other) for other in holding}
        if len(holders) == 1:
            found.union(key, holders.pop())


# the kinds of state a place's name may open with: "Королевство Свазиленд" is Свазиленд
STATE_KINDS = frozenset(
    {"республика", "королевство", "княжество", "государство", "султанат", "эмират", "штат"}
)


def state_kind_links(mentions: Sequence[Mention], keys: list[Key], found: Keys) -> None:
    """Join a place named with its kind of state ("Королевства Свазиленд", "Республики
    Аргентина") to the place the document names without it ("Свазиленд"), written alike,
    hyphen or space aside ("Сазерленд-Спрингс", "Сазерленд Спрингс")."""
    named = [
        (place_key(mention.normal), key)
        for mention, key in zip(mentions, keys, strict=True)
        if mention.type == "LOC"
    ]
    places: dict[str, Key] = {}
    for name, key in named:
        places.setdefault(name, key)
    for name, key in named:
        kind, _, rest = name.partition(" ")
        same = places.get(rest) if kind in STATE_KINDS and rest else None
        for other in (places[name], same):
            if other is not None and other != key:
                found.union(other, key)


def place_key(normal: str) -> str:
    """A place's normal folded, its hyphens read as spaces."""
    return " ".join(fold(normal).replace("-", " ").split())


def last_visible(text: Text, end: int) -> str:
    """The last character before `end` that is not white space ("" if none), read back
    from `end` rather than off a copy of everything before it: a huge document has
    thousands of abbreviations."""
    end = min(end, len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > 0 else ""


def person_clusters(
    names: dict[Key, list[PersonName]],
    sizes: Counter,
    found: Keys,
    diminutives: Mapping[str, frozenset[str]] | None = None,
    first: Mapping[Key, int] | None = None,
) -> None:
    """Join person names that can be one person's; a lone word joins the one name it fits.

    A name may be read several ways ("Бесселя Кока": Бессель Кок, or a woman's Бесселя
    Кока); any reading that fits will do. Where a name fits several people, the one
    mentioned most (with every mention already joined to them) takes it; with a tie,
    nobody, but for a lone word the person named in full first (`first`: the index of
    each name's first mention), whom a news story is about. A lone word fits a surname
    before a first name, and one spelt alike before one a letter away. Candidates are
    looked up by surname or first name, not scanned. A lone short form of a first name
    ("Саша") joins a full one ("Александр Петров") only when no name fits it as written.
    """
    full = sorted(
        (key for key, readings in names.items() if readings[0].lone is None),
        # a name with a surname first: "Владимир Путин" and "Владимир Сидоров" are heads
        # before "Владимир Кириллович", which may then join one of them, never tie them
        key=lambda k: (names[k][0].surname is None, -names[k][0].richness, -sizes[k], k),
    )
    heads: Heads[Key] = Heads()
    order: dict[Key, int] = {}
    # every full name a head's cluster holds: "Виктор Фёдорович" and "Виктор Янукович"
    held: dict[Key, list[PersonName]] = {}

    def fits_head(head: Key, readings: Sequence[PersonName]) -> bool:
        """Whether the readings fit the head's name, and no name its cluster holds is of
        another generation."""
        return any(compatible(a, b) for a in names[head] for b in readings) and not any(
            other_generation(a, b) for a in held[head] for b in readings
        )

    for key in full:
        near = heads.near(names[key])
        fitting = [h for h in sorted(near, key=order.__getitem__) if fits_head(h, names[key])]
        if len(fitting) > 1 and all(n.surname is None for n in names[key]):
            fitting = []  # "Владимир Кириллович" beside two Владимиры is neither's
        chosen = most_mentioned(fitting, sizes, found)
        if chosen is None:
            order[key] = len(order)
            chosen = key
        else:
            join(chosen, key, sizes, found)
        held.setdefault(chosen, []).extend(names[key])
        surnameless = any(n.surname is None for n in names[chosen])
        for reading in names[key]:
            heads.file(chosen, reading, surnameless)
    named_first = first_named(names, found, first or {})
    for key in sorted(k for k, readings in names.items() if readings[0].lone is not None):
        words = {reading.lone for reading in names[key] if reading.lone}
        near = {h for w in words for k in lone_keys(w) for h in heads.get(k)}
        # "Хинкли-младший" is Джон Хинкли, if no other generation of his is named
        fitting = [
            h
            for h in sorted(near, key=order.__getitem__)
            if any(lone_fits(w, n) for w in words for n in held[h])
            and not any(other_generation(r, n) for r in names[key] for n in held[h])
        ]
        # a surname over a first name ("Томас": Роберт Томас, not Томас Уильямс), then spelt
        # alike over one letter away ("Завьялова": Александра Завьялова, not Пётр Завьялов,
        # however often he is named)
        for fits in (surname_of, spelt_in):
            narrowed = [h for h in fitting if any(fits(w, n) for w in words for n in held[h])]
            fitting = narrowed or fitting
        if not fitting and diminutives:
            given = {f for w in words for f in diminutives.get(w, ())}
            near = {h for f in given for h in heads.get("f:" + f)}
            # the one person of such a first name, however often the others are named
            fitting = [h for h in near if any(n.given and n.given[0] in given for n in held[h])]
            fitting = fitting if len(fitting) == 1 else []
        split = [reading for reading in names[key] if reading.lone is None]
        if not fitting and split:
            # a first name and a surname a hyphen joined: "Азия-Биби" is Азия Биби
            fitting = [
                h for h in sorted(heads.near(split), key=order.__getitem__) if fits_head(h, split)
            ]
        chosen = most_mentioned(fitting, sizes, found, named_first)
        if chosen is not None:
            join(chosen, key, sizes, found)
            # its generation is the cluster's: "Лукашенко-старшего" is then another man
            held[chosen].extend(n for n in names[key] if n.generation)


def written_out(
    readings: Sequence[PersonName], diminutives: Mapping[str, frozenset[str]]
) -> list[PersonName]:
    """A full name's readings with a short first name written out, each way it may be
    ("Юля Липницкая": Юлия Липницкая, whom the document names so too)."""
    found: list[PersonName] = []
    for reading in readings:
        if reading.lone is None and reading.given:
            for full in sorted(diminutives.get(reading.given[0], ())):
                other = replace(reading, given=(full, *reading.given[1:]))
                if other not in readings and other not in found:
                    found.append(other)
    return found


def surname_of(word: str, name: PersonName) -> bool:
    """Whether a lone word is a fuller name's surname, spelt alike or one edit away."""
    return name.surname is not None and same_word(word, name.surname)


def spelt_in(word: str, name: PersonName) -> bool:
    """Whether a lone word is a fuller name's surname or first name as spelt."""
    return word == name.surname or (bool(name.given) and word == name.given[0])


def first_named(
    names: Mapping[Key, list[PersonName]], found: Keys, first: Mapping[Key, int]
) -> dict[Key, int]:
    """Where each full name's person is first named in full, by any name joined to it."""
    earliest: dict[Key, int] = {}
    for key, readings in names.items():
        if readings[0].lone is None and key in first:
            root = found.find(key)
            earliest[root] = min(earliest.get(root, first[key]), first[key])
    return {
        key: earliest[found.find(key)]
        for key, readings in names.items()
        if readings[0].lone is None and found.find(key) in earliest
    }


def join(chosen: Key, key: Key, sizes: Counter, found: Keys) -> None:
    """Union two clusters, their mention counts summed on whichever key becomes the root
    (a lone "Виктор" joining "Виктор Бут" must not leave the cluster counted as 1)."""
    total = sizes[found.find(chosen)] + sizes[found.find(key)]
    found.union(chosen, key)
    sizes[found.find(key)] = total


def most_mentioned(
    heads: list[Key], sizes: Counter, found: Keys, first: Mapping[Key, int] | None = None
) -> Key | None:
    """The head mentioned most; with a tie, the one named first where `first` tells."""
    if not heads:
        return None
    ranked = sorted(heads, key=lambda h: -sizes[found.find(h)])
    if len(ranked) > 1 and sizes[found.find(ranked[0])] == sizes[found.find(ranked[1])]:
        if not first:
            return None
        top = sizes[found.find(ranked[0])]
        tied = [h for h in ranked if sizes[found.find(h)] == top and h in first]
        return min(tied, key=first.__getitem__, default=None)
    return ranked[0]


# a woman's title and the man's, one post: "чиновница" (чиновник), "журналистка", "поэтесса"
FEMININE_TITLE = re.compile(r"^(\w+?)(?:(ни)ца|ка|есса)\b")


@lru_cache(maxsize=100_000)
def masculine_title(normal: str) -> str:
    """A title's normal with its first word in the masculine, to join the two genders of one
    post in a document: "сотрудница полиции" -> "сотрудник полиции" (cached: keyed twice a
    document, and titles recur)."""
    return FEMININE_TITLE.sub(lambda m: m[1] + ("ник" if m[2] else ""), normal, count=1)


def title_key(normal: str, titles: Mapping[str, str]) -> str:
    """A title's key: the Wikidata item NEREL-train links its nominative to, so that one
    post's words are one entity ("премьер", "премьер-министр"; "Папа", "понтифик";
    "генсек", "генеральный секретарь"), else its normal with the post in the masculine."""
    folded = fold(masculine_title(normal))
    qid = titles.get(folded) or titles.get(fold(normal))
    return "wikidata:" + qid if qid else folded


def fullest_name(normals: list[str], patronymic: Callable[[str], bool] | None = None) -> str:
    """A person's name: in Cyrillic if it has one, in its usual order, with a surname
    ("Евгений Петров", not "Евгений Юрьевич"), with most words, and ending in the word its
    mentions use most ("Виктор Янукович" and "Виктор Фёдорович": the surname, which stands
    alone elsewhere, decides), then the longest; a name read as `patronymic` says ("Слободан
    Милошевич" has a surname)."""
    words = Counter(w for n in normals for w in fold(n).split())

    def rank(normal: str) -> tuple[bool, bool, bool, int, int, int]:
        folded = fold(normal).split()
        name = read_person(normal, patronymic)
        surname_first = len(folded) > 1 and name.surname == folded[0]
        cyrillic = bool(CYRILLIC.search(normal))
        named = name.surname is not None
        return (cyrillic, not surname_first, named, len(folded), words[folded[-1]], len(normal))

    return max(normals, key=rank)


def group(
    mentions: Sequence[Mention],
    text: Text = "",
    resolved: Sequence[Entry | None] | None = None,
    readings_of: Mapping[int, Sequence[str]] | None = None,
    bodies: Mapping[int, tuple[str, str]] | None = None,
    diminutives: Mapping[str, frozenset[str]] | None = None,
    generic: Collection[int] = (),
    titles: Mapping[str, str] | None = None,
    patronymic: Callable[[str], bool] | None = None,
) -> tuple[list[int], list[Entity]]:
    """Entity id of each mention, and the entities, numbered by first mention.

    `resolved` gives the gazetteer entry of each mention; `readings_of` other ways to
    read a person mention's name, any of which may join it to a person; `bodies` the
    normal form of a mention without the country adjective it begins with, and that
    country ("британский МИД": МИД, GB), which make it one with "МИД Великобритании";
    `diminutives` the full first names of short forms (Саша: Александр); `titles` the
    Wikidata items of job titles by their folded nominative; `patronymic` whether a word
    ending as patronymics do is one ("Янукович" is not)."""
    resolved = resolved or [None] * len(mentions)
    held, named, resolved, apart = nesting(mentions, resolved, bodies, generic)
    # only once normal forms are settled: "Удальцова заявила" has then been read as
    # Анастасия Удальцова's name, not Сергей Удальцов's in the genitive
    entity_of = ids_of(
        mentions,
        text,
        resolved,
        held,
        named,
        readings_of,
        diminutives,
        apart,
        titles,
        patronymic,
        ties_to_first=True,
    )
    return entity_of, entities_of(mentions, resolved, entity_of, named, patronymic)


def entity_ids(
    mentions: Sequence[Mention],
    text: Text,
    resolved: Sequence[Entry | None],
    readings_of: Mapping[int, Sequence[str]] | None = None,
    bodies: Mapping[int, tuple[str, str]] | None = None,
    diminutives: Mapping[str, frozenset[str]] | None = None,
    generic: Collection[int] = (),
    titles: Mapping[str, str] | None = None,
    patronymic: Callable[[str], bool] | None = None,
) -> list[int]:
    """The entity id of each mention, as `group` numbers them, without building the
    entities: a provisional grouping (`run.settle_entities`) reads the ids alone."""
    held, named, resolved, apart = nesting(mentions, resolved, bodies, generic)
    return ids_of(
        mentions, text, resolved, held, named, readings_of, diminutives, apart, titles, patronymic
    )


def nesting(
    mentions: Sequence[Mention],
    resolved: Sequence[Entry | None],
    bodies: Mapping[int, tuple[str, str]] | None,
    generic: Collection[int],
) -> tuple[list[Container], dict[int, Qualified], Sequence[Entry | None], frozenset[int]]:
    """The organisations holding others at their start, those that name their country,
    the entries with each nested one resolved as its container, and the nested ones that
    stay apart: a `generic` body ("МИД" of "МИД России", a name each country's ministry
    bears) is that kind of body, not the container, while "ФСБ" of "ФСБ России" is it."""
    held = containers(mentions, resolved)
    named = qualified_mentions(mentions, held, bodies)
    apart = frozenset(
        i
        for container in held
        if resolved[container.index] is not None
        for i in container.nested
        if i in generic
    )
    if apart:
        held = [
            replace(container, nested=tuple(i for i in container.nested if i not in apart))
            for container in held
        ]
    resolved = as_contained(resolved, held)
    if apart:
        resolved = [None if i in apart else entry for i, entry in enumerate(resolved)]
    return held, named, resolved, apart


def ids_of(
    mentions: Sequence[Mention],
    text: Text,
    resolved: Sequence[Entry | None],
    held: Sequence[Container],
    named: Mapping[int, Qualified],
    readings_of: Mapping[int, Sequence[str]] | None,
    diminutives: Mapping[str, frozenset[str]] | None,
    apart: Collection[int] = frozenset(),
    titles: Mapping[str, str] | None = None,
    patronymic: Callable[[str], bool] | None = None,
    ties_to_first: bool = False,
) -> list[int]:
    """`entity_ids` once the organisations nested in others (`held`, their entries already
    the containers'), those that name their country (`named`) and the nested bodies that
    are not their containers (`apart`) are known. With `ties_to_first`, a lone name that
    fits several people named as often goes to the one named first."""
    titles = titles or {}
    # equal keys are one object: a long document has hundreds of thousands of mentions
    # and some thousands of keys
    distinct: dict[Key, Key] = {}
    keys: list[Key] = [
        distinct.setdefault(key, key)
        for key in (
            (
                entity_type(m.type),  # "британский" (LOC_ADJ) and "Великобритании": one place
                entry.id
                if entry
                else without_legal_form(m.normal)
                if m.type == "ORG"
                else title_key(m.normal, titles)
                if m.type == "TITLE"
                else fold(m.normal),
            )
            for m, entry in zip(mentions, resolved, strict=True)
        )
    ]
    keys = with_containers_keys(keys, resolved, held, named)
    found = Keys()
    nested = {index for container in held for index in container.nested} | set(apart)
    bare = bare_bodies(mentions, resolved, nested, named)
    countries = {index: name.country for index, name in named.items()}
    countries |= {
        index: name.country
        for container in held
        if (name := named.get(container.index))
        for index in container.nested
    }
    abbreviation_links(mentions, keys, text, found, countries, bare)
    gloss_links(mentions, keys, text, found)
    contained_links(mentions, keys, resolved, found, {*bare, *apart})
    state_kind_links(mentions, keys, found)
    qualified_links(keys, bare, named, found)
    for short, longer in reordered_pairs(mentions, keys, resolved, found.find):
        found.union(keys[longer], keys[short])
    for short, longer in contracted_pairs(mentions, keys, found.find):
        found.union(keys[longer], keys[short])
    for latin, cyrillic in transliterated_pairs(mentions, keys, found.find):
        found.union(keys[cyrillic], keys[latin])
    # once the names of one organisation are joined, however they word it ("Комиссия по
    # ценным бумагам США", "Комиссия США по ценным бумагам"), a lone "Комиссия" is theirs
    for lone, holder in kind_pairs(mentions, keys, resolved, found.find, {*nested, *bare}):
        found.union(keys[holder], keys[lone])
    people: dict[Key, list[PersonName]] = {}
    for index, (mention, key) in enumerate(zip(mentions, keys, strict=True)):
        if mention.type == "PER":
            if key not in people:
                people[key] = person_readings(mention.normal, patronymic)
            readings = people[key]
            for other in (readings_of or {}).get(index, ()):
                for reading in person_readings(other, patronymic):
                    if reading not in readings:
                        readings.append(reading)
    if diminutives:
        for readings in people.values():
            readings.extend(written_out(readings, diminutives))
    first: dict[Key, int] = {}
    if ties_to_first:
        for index, key in enumerate(keys):
            first.setdefault(key, index)
    person_clusters(people, person_sizes(keys, people, found), found, diminutives, first)

    ids: dict[Key, int] = {}
    return [ids.setdefault(found.find(key), len(ids)) for key in keys]


def person_sizes(keys: Sequence[Key], people: Collection[Key], found: Keys) -> Counter:
    """Mentions of each person's name, and of each name already joined to others (by a
    Latin gloss: "Джон Макафи (John McAfee)") the mentions of all of them on whichever key
    is their root, which `most_mentioned` reads: the gloss must not leave Джон Макафи
    counted as once named, tied with another Макафи for a lone "Макафи"."""
    sizes = Counter(k for k in keys if k in people)
    for root, total in Counter(found.find(k) for k in keys if k in people).items():
        sizes[root] = total
    return sizes


def as_contained(
    resolved: Sequence[Entry | None], held: Sequence[Container]
) -> Sequence[Entry | None]:
    """The entries, each organisation nested at the start of a longer one resolved as that
    one is: "Минздрав" in "Минздрав Карелии" is no ministry of Russia's, whatever the
    gazetteer makes of it alone."""
    return as_containers(resolved, held) if held else resolved


def as_containers(values: Sequence[T], held: Sequence[Container]) -> list[T]:
    """The values, each mention nested at the start of a longer one taking that one's."""
    out = list(values)
    for container in held:
        for index in container.nested:
            out[index] = out[container.index]
    return out


def with_containers_keys(
    keys: list[Key],
    resolved: Sequence[Entry | None],
    held: Sequence[Container],
    named: Mapping[int, Qualified],
) -> list[Key]:
    """An organisation named at the start of a longer organisation's name is that one: "МИД"
    in "МИД России" takes its key, not the key it shares with "МИД" in "МИД Украины". One
    the gazetteer does not know that names its country is keyed by its body and the
    country, so that "МИД Великобритании", "МИД Британии" and "британский МИД" are one."""
    keys = list(keys)
    for index, name in named.items():
        if resolved[index] is None:
            keys[index] = ("ORG", name.identity)
    return as_containers(keys, held)


def bare_bodies(
    mentions: Sequence[Mention],
    resolved: Sequence[Entry | None],
    nested: Collection[int],
    named: Mapping[int, Qualified],
) -> dict[int, str]:
    """The unresolved organisations named by a body alone that the document names with a
    country too ("МИД" beside "британский МИД"), with that body."""
    bodies = {name.body for name in named.values()}
    found = {}
    for index, mention in enumerate(mentions):
        if mention.type != "ORG" or index in named or index in nested or resolved[index]:
            continue
        body = Qualified.of(mention.normal, "").body
        if body in bodies:
            found[index] = body
    return found


def qualified_links(
    keys: list[Key], bare: Mapping[int, str], named: Mapping[int, Qualified], found: Keys
) -> None:
    """Join the organisations that name one body of one country ("МИД России" the
    gazetteer knows and "российский МИД" it does not), an abbreviated body and its full
    form with the same country ("МИД Великобритании", "министерства иностранных дел
    Великобритании"), and a `bare` body to the one country's it is in the document
    ("МИД" beside "британский МИД"; not beside "МИД Ирана" too)."""
    if not named:
        return
    keys_of: dict[Qualified, list[Key]] = defaultdict(list)
    for index, name in sorted(named.items()):
        keys_of[name].append(keys[index])
    for full, short in abbreviations(keys_of).items():
        keys_of[short].extend(keys_of.pop(full))
    countries: dict[str, set[Qualified]] = defaultdict(set)
    for name, joined in keys_of.items():
        for key in joined[1:]:
            found.union(joined[0], key)
        countries[name.body].add(name)
    for index, body in bare.items():
        fitting = countries.get(body, set())
        if len(fitting) == 1:
            found.union(keys[index], keys_of[next(iter(fitting))][0])


def entities_of(
    mentions: Sequence[Mention],
    resolved: Sequence[Entry | None],
    entity_of: Sequence[int],
    named: Mapping[int, Qualified] | None = None,
    patronymic: Callable[[str], bool] | None = None,
) -> list[Entity]:
    """The entities `entity_ids` numbered, each named by its gazetteer entry or its
    fullest normal form, an organisation that names its country with its body and
    country (`Qualified`: one identity across documents)."""
    members: list[list[int]] = [[] for _ in range(max(entity_of, default=-1) + 1)]
    for index, entity_id in enumerate(entity_of):
        members[entity_id].append(index)
    entities = []
    for entity_id, indices in enumerate(members):
        entries = sorted({e.id: e for i in indices if (e := resolved[i])}.items())
        first = mentions[indices[0]]
        if entries:
            entry = entries[0][1]
            canonical, kb_id, known_id = entry.canonical, entry.kb_id or None, entry.id
        else:
            normals = [mentions[i].normal for i in indices]
            # a name that says whose body it is, where one does ("Минздрав Украины", not
            # "Министерство здравоохранения"): other documents' bodies bear the bare name
            qualified = [mentions[i].normal for i in indices if named and i in named]
            canonical = (
                fullest_name(normals, patronymic)
                if first.type == "PER"
                else max(qualified or normals, key=lambda n: (len(n.split()), len(n)))
            )
            kb_id = known_id = None
        entities.append(
            Entity(
                entity_id,
                entity_type(first.type),
                canonical,
                kb_id,
                tuple(indices),
                gazetteer_id=known_id,
                identity=identity_of(indices, named or {}),
            )
        )
    return entities


def identity_of(indices: Sequence[int], named: Mapping[int, Qualified]) -> str | None:
    """The body and country an entity's mentions name ("GB:мид"), the shortest body where
    they name several; none where they name two countries."""
    names = {named[i] for i in indices if i in named}
    if len({name.country for name in names}) != 1:
        return None
    return min(names, key=lambda n: (len(n.body), n.body)).identity
