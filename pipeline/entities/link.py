"""Stage 3c: the Wikidata item an entity is, where a gazetteer says so without doubt.

Places and organisations take the QID of the gazetteer entry they resolved to; one that
resolved to none may be an organisation or place known only by its QID (the names of
nerel_entities.tsv, which do not take part in resolving, so that NEREL's conventions do not
retype a "Белый дом" other corpora call a place). Persons are
matched by the parts of their name against the person entries: "Владимир Путин",
"В. Путин" and a lone "Путин" find Владимир Владимирович Путин; a lone surname that
several known people share ("Иванов") finds one only when the posts the document gives
the person leave one of them. A job title takes the item NEREL-train links its nominative
to ("премьер" and "премьер-министр": Q14212), where it does so without doubt.
Precision first: a wrong id is worse than none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.entities.resolve import candidates, country_of
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.lexicons.gazetteer_files import QID, Entry
from pipeline.normalize.names import PersonName, compatible, read_person
from pipeline.records import Entity, Mention
from pipeline.text.keys import fold


@dataclass(frozen=True, slots=True)
class People:
    """The person entries of a gazetteer by folded surname, with their names taken apart,
    and by the lone surnames their aliases list as short forms ("Путин", not "Иванов")."""

    by_surname: dict[str, tuple[tuple[Entry, tuple[PersonName, ...]], ...]]
    by_lone: dict[str, tuple[Entry, ...]]


@dataclass(frozen=True, slots=True)
class Known:
    """What links entities to Wikidata besides the entries they resolved to."""

    people: People
    names: Gazetteer  # organisations and places known only by their QID
    titles: Mapping[str, str]  # folded nominative of a job title -> its QID


def known_of(
    gazetteer: Gazetteer,
    wikidata: Gazetteer,
    titles: Mapping[str, str],
    patronymic: Callable[[str], bool] | None = None,
) -> Known:
    """The persons of both gazetteers (the shipped persons.tsv, the user's PER rows; the
    user's win on a shared id), the QID-only names and the titles' QIDs; `patronymic` says
    which names end in a patronymic ("Слободан Милошевич" does not)."""
    people = people_of({**wikidata.entries, **gazetteer.entries}, patronymic)
    return Known(people, wikidata, titles)


def load_title_ids(path: Path) -> dict[str, str]:
    """title_wikidata.tsv: folded title -> QID (`#` comments, then a header line)."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [row for row in rows if row[0] and not row[0].startswith("#")][1:]
    return {row[0]: row[1] for row in rows if QID.fullmatch(row[1])}


def people_of(entries: dict[str, Entry], patronymic: Callable[[str], bool] | None = None) -> People:
    found: dict[str, list[tuple[Entry, tuple[PersonName, ...]]]] = defaultdict(list)
    lone: dict[str, list[Entry]] = defaultdict(list)
    for entry in sorted(entries.values(), key=lambda e: e.id):
        if entry.type != "PER" or not entry.wikidata:
            continue
        names = tuple(dict.fromkeys(read_person(n, patronymic) for n in entry.names))
        for surname in sorted({n.surname for n in names if n.surname}):
            found[surname].append((entry, names))
        for word in sorted({n.lone for n in names if n.lone}):
            lone[word].append(entry)
    return People(
        {surname: tuple(entries) for surname, entries in found.items()},
        {word: tuple(entries) for word, entries in lone.items()},
    )


def person_entry(name: PersonName, titles: Sequence[str], people: People) -> Entry | None:
    """The one known person a name can be; a lone word only by a short form listed."""
    if name.lone is not None:
        entries = list(people.by_lone.get(name.lone, ()))
    else:
        candidates = people.by_surname.get(name.surname or "", ())
        entries = [e for e, names in candidates if any(compatible(name, n) for n in names)]
    if len(entries) > 1 and titles:  # "пресс-секретарь Песков": the one who held that post
        held = {head_word(t) for t in titles}
        entries = [e for e in entries if held & {head_word(p) for p in e.posts}]
    return entries[0] if len(entries) == 1 else None


def head_word(title: str) -> str:
    """The word a title starts with, folded: "пресс-секретарь Президента РФ" -> the first."""
    return fold(title).split(" ", 1)[0]


def wikidata_of(entry: Entry | None, kind: str) -> str | None:
    """An entry's QID, from its wikidata column or a kb_id that is one; none across types."""
    if entry is None or entry.type != kind:
        return None
    if entry.wikidata:
        return entry.wikidata
    return entry.kb_id if QID.fullmatch(entry.kb_id) else None


def named_entry(
    entity: Entity, mentions: Sequence[Mention], names: Gazetteer, places: Gazetteer
) -> Entry | None:
    """The one QID-only entry of the entity's type that all its mentions found are of. A
    name with its country ("МИД Пакистана") finds only an entry of that country, or one
    whose own name ends in it ("Военно-воздушные силы США" for "ВВС США"), and so does
    the body nested in it: "Министерство иностранных дел" (Q20901295) is no one country's
    ministry."""
    found_of = []
    country_at: dict[int, str] = {}
    for index in entity.mentions:
        mention = mentions[index]
        entries, country = candidates(names, mention)
        country = country or country_at_end(places, mention.normal)
        if country:
            country_at[mention.start] = country
        found_of.append((mention, entries))
    found = set()
    for mention, entries in found_of:
        # the name with its country, and the body nested in it: of that country
        named = country_at.get(mention.start)
        found |= {
            e.id
            for e in entries
            if e.type == entity.type
            and (named is None or (e.country or country_at_end(places, e.canonical)) == named)
        }
    return names.entries[found.pop()] if len(found) == 1 else None


def country_at_end(places: Gazetteer, name: str) -> str:
    """The country a name ends in ("Военно-воздушные силы США": US), or ""."""
    words = name.split()
    for size in (1, 2, 3):
        if len(words) <= size:
            break
        country = country_of(places, " ".join(words[-size:]))
        if country:
            return country
    return ""


def title_qid(entity: Entity, mentions: Sequence[Mention], known: Known) -> str | None:
    """A job title's QID; none where a capitalised mention is also the name of a known
    organisation or place ("Пилот", the airline, read as a title)."""
    if entity.type != "TITLE":
        return None
    for index in entity.mentions:
        mention = mentions[index]
        if mention.text[:1].isupper() and known.names.lookup(mention.text):
            return None
    return known.titles.get(fold(entity.canonical))


def link_entities(
    entities: Sequence[Entity],
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    known: Known,
    patronymic: Callable[[str], bool] | None = None,
) -> tuple[Entity, ...]:
    """The entities, each with the QID it is known to have, or None; a person's name read
    as `patronymic` says ("Новак Джокович": a surname, not a patronymic)."""
    linked = []
    for entity in entities:
        if entity.type == "PER":
            name = read_person(entity.canonical, patronymic)
            entry = person_entry(name, entity.titles, known.people)
        elif entity.gazetteer_id:
            entry = gazetteer.entries.get(entity.gazetteer_id)
        elif entity.type in ("ORG", "LOC"):
            entry = named_entry(entity, mentions, known.names, gazetteer)
        else:
            linked.append(with_qid(entity, title_qid(entity, mentions, known)))
            continue
        linked.append(with_qid(entity, wikidata_of(entry, entity.type)))
    return tuple(linked)


def with_qid(entity: Entity, wikidata: str | None) -> Entity:
    """The entity with its QID; itself when that is what it has (most have none)."""
    return entity if entity.wikidata == wikidata else replace(entity, wikidata=wikidata)
