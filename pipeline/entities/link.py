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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.entities.resolve import candidates, country_of
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.lexicons.gazetteer_files import QID, Entry
from pipeline.normalize.names import GENERATION, PersonName, compatible, name_words, read_person
from pipeline.records import Entity, Mention
from pipeline.text.keys import fold


class People:
    """The person entries of a gazetteer (those with a QID) by folded surname, with their
    names taken apart, and by the lone surnames their aliases list as short forms
    ("Путин", not "Иванов"). An entry's names are taken apart when a word of them is
    first asked for (the words index the entries), not all at start-up: a run over short
    news (216 dev texts) reads 132 of 1,087, and the index takes 0.012 s to make where
    reading them all took 0.023 s."""

    def __init__(
        self, entries: Iterable[Entry], patronymic: Callable[[str], bool] | None = None
    ) -> None:
        self.patronymic = patronymic
        self.by_word: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            words = (w for name in entry.names for w in surname_candidates(name))
            for word in dict.fromkeys(words):
                self.by_word[word].append(entry)
        self.read: dict[str, tuple[PersonName, ...]] = {}  # an entry's id: its names

    def names(self, entry: Entry) -> tuple[PersonName, ...]:
        """The entry's names taken apart (`read_person`), each reading once."""
        if entry.id not in self.read:
            read = (read_person(n, self.patronymic) for n in entry.names)
            self.read[entry.id] = tuple(dict.fromkeys(read))
        return self.read[entry.id]

    def by_surname(self, surname: str) -> list[tuple[Entry, tuple[PersonName, ...]]]:
        """The entries a name of theirs has this surname, with their names, by id."""
        found = []
        for entry in self.by_word.get(surname, ()):
            names = self.names(entry)
            if any(n.surname == surname for n in names):
                found.append((entry, names))
        return found

    def by_lone(self, word: str) -> list[Entry]:
        """The entries a name of theirs is this lone word ("Путин"), by id."""
        return [e for e in self.by_word.get(word, ()) if any(n.lone == word for n in self.names(e))]


def surname_candidates(name: str) -> list[str]:
    """The words the surname or the lone word `read_person` finds in a name can be: its
    folded words (`name_words`), a word that bears a generation also without it
    ("буш-младший": "буш")."""
    words = name_words(name)
    return words + [found[1] for w in words if (found := GENERATION.match(w)) is not None]


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
    """The persons with a QID among the entries, by id."""
    persons = [e for e in entries.values() if e.type == "PER" and e.wikidata]
    return People(sorted(persons, key=lambda e: e.id), patronymic)


def person_entry(name: PersonName, titles: Sequence[str], people: People) -> Entry | None:
    """The one known person a name can be; a lone word only by a short form listed."""
    if name.lone is not None:
        entries = people.by_lone(name.lone)
    else:
        candidates = people.by_surname(name.surname or "")
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
