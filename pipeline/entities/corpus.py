"""One identity across the documents of a run: each entity's corpus_id.

An entity linked to Wikidata is its QID. Any other is a key of its type and folded
canonical name ("PER:ерлан карин"), except where the run settles it: a name some documents
link to one QID and others leave unlinked takes that QID; a person's full name that can be
one person's with exactly one other, more often named ("Азия Биби" and "Асия Биби", "В.
Путин" and Владимир Путин) joins it; a lone surname ("Обама") joins the one person of the
run it fits ("Барак Обама"), an abbreviation ("ДПНИ") the one full organisation name it
abbreviates; organisations that name one body of one country ("МИД Великобритании",
"британский МИД": `Entity.identity`) are one, and a body named alone ("Верховный суд")
is the one country's the run names it of. Decided once the whole
run is known, from the multiset of entities alone: the same whatever the order of the
documents or the number of workers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import NamedTuple

from pipeline.entities.heads import spellings
from pipeline.entities.merge import ABBREVIATION, initials_of
from pipeline.entities.qualified import Qualified, abbreviations
from pipeline.frozen import quick_init
from pipeline.lexicons.gazetteer_files import QID
from pipeline.normalize.names import (
    PersonName,
    compatible,
    hyphenated_name,
    other_generation,
    parse_person,
    read_person,
    same_word,
)
from pipeline.normalize.patronymics import dictionary_patronymic
from pipeline.records import Document, Entity
from pipeline.text.keys import fold


class Key(NamedTuple):
    """What decides an entity's corpus_id: its type, canonical name, QID ("" if none) and
    the body and country it names ("GB:мид"; "" if none). A tuple: hashed, compared and
    ordered in C, field by field, where a frozen dataclass's `__hash__`, `__eq__` and
    `__lt__` were calls in Python (settling the corpus_ids looks keys up thousands of
    times)."""

    type: str
    canonical: str
    wikidata: str = ""
    identity: str = ""

    @classmethod
    def of(cls, entity: Entity) -> Key:
        return cls(entity.type, entity.canonical, entity.wikidata or "", entity.identity or "")


@quick_init
@dataclass(frozen=True, slots=True)
class CorpusEntity:
    """One entity of the whole run: a row of corpus_entities.csv."""

    corpus_id: str
    type: str
    canonical: str
    wikidata: str
    kb_id: str
    documents: int
    mentions: int
    posts: tuple[str, ...]


def own_id(key: Key) -> str:
    return key.wikidata or f"{key.type}:{fold(key.canonical)}"


NameReader = Callable[[str], PersonName]


def corpus_ids(
    counts: Mapping[Key, int], patronymic: Callable[[str], bool] = dictionary_patronymic
) -> dict[Key, str]:
    """The corpus_id of each key, given how often each is mentioned (see the module's
    docstring). A person's name is read apart as the run and the dictionary say: a word
    the run names alone or as a surname ("Дворкович", "Аркадий Владимирович Дворкович"), or
    one `patronymic` (the dictionary) denies ("Янукович"), is a surname where it stands
    second ("Аркадий Дворкович"); "Роман Аркадьевич" is a first name and a patronymic."""
    keys = sorted(counts)
    surnames = run_surnames(keys)
    read = lru_cache(maxsize=None)(
        partial(read_person, patronymic=lambda w: fold(w) not in surnames and patronymic(w))
    )
    ids = {key: own_id(key) for key in keys}
    linked: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in keys:
        if key.wikidata:
            linked[(key.type, fold(key.canonical))].add(key.wikidata)
    for key in keys:
        qids = linked.get((key.type, fold(key.canonical)), set())
        # "Путин" unlinked here, Q7747 elsewhere; not "министерство иностранных дел" of
        # one country's (identity), which other documents may link to the generic body
        if not key.wikidata and not key.identity and len(qids) == 1:
            ids[key] = next(iter(qids))
    join_qualified(keys, counts, ids)
    join_full_names(keys, counts, ids, read)
    by_surname: dict[str, list[Key]] = defaultdict(list)  # full names, by surname spelling
    by_initials: dict[str, list[Key]] = defaultdict(list)  # organisations, by initialism
    for key in keys:
        name = read(key.canonical) if key.type == "PER" else None
        if name is not None and name.lone is None and name.surname:
            for spelling in spellings(name.surname):
                by_surname[spelling].append(key)
        elif key.type == "ORG":
            for initials in initials_of(key.canonical):
                by_initials[initials].append(key)
    settled = dict(ids)
    for key in keys:
        if key.wikidata:
            continue
        if key.type == "PER":
            targets = surname_targets(key, by_surname, ids, read)
        elif key.type == "ORG" and ABBREVIATION.match(key.canonical):
            targets = {ids[o] for o in by_initials[fold(key.canonical).replace("-", "")]}
        else:
            continue
        if len(targets) == 1:
            settled[key] = targets.pop()
    return settled


def run_surnames(keys: Iterable[Key]) -> set[str]:
    """The words (folded) the run names a person by alone, or as the surname of a name that
    gives a first name, a patronymic and a surname."""
    found = set()
    for key in keys:
        if key.type == "PER":
            name = parse_person(key.canonical)
            if name.lone is not None:
                found.add(name.lone)
            elif name.surname and name.patronymic:
                found.add(name.surname)
    return found


def join_qualified(keys: list[Key], counts: Mapping[Key, int], ids: dict[Key, str]) -> None:
    """One id for the organisations that name one body of one country, whatever their words
    ("МИД Великобритании", "британский МИД", "министерство иностранных дел Великобритании"):
    the QID one of them has, if only one is had, else the id of the most mentioned; and
    that id for an unlinked organisation named by that body alone ("Верховный суд") where
    the run names it of one country only ("Верховный суд Пакистана")."""
    named: dict[Qualified, list[Key]] = defaultdict(list)
    for key in keys:
        if key.identity:
            named[Qualified.parse(key.identity)].append(key)
    if not named:
        return
    for full, short in abbreviations(named).items():
        named[short].extend(named.pop(full))
    by_body: dict[str, list[str]] = defaultdict(list)
    for name, members in sorted(named.items()):
        qids = {ids[k] for k in members if QID.fullmatch(ids[k])}
        head = min(members, key=lambda k: (-counts[k], k))
        shared = qids.pop() if len(qids) == 1 else "" if qids else ids[head]
        if shared:
            for key in members:
                if not key.wikidata:
                    ids[key] = shared
        by_body[name.body].append(shared or ids[head])
    for key in keys:
        if key.type == "ORG" and not key.identity and not QID.fullmatch(ids[key]):
            fitting = by_body.get(Qualified.of(key.canonical, "").body, ())
            if len(fitting) == 1:
                ids[key] = fitting[0]


def join_full_names(
    keys: list[Key], counts: Mapping[Key, int], ids: dict[Key, str], read: NameReader
) -> None:
    """Join an unlinked full name to the one person, named more often, it can be.

    A name with a surname joins the one person of that surname (spelt alike or one edit
    away) it is `compatible` with. A first name and patronymic alone ("Роман Аркадьевич")
    can be anyone of that first name whose patronymic the run does not give: it joins the
    one person named with both ("Роман Аркадьевич Абрамович"), or the one such partial name
    named more often, and no name of a surname ever takes its id ("Роман Селезнёв" is no
    Роман Аркадьевич of another document). Names with a surname go first; heads are filed by
    the spellings of their surname, and of their first name where they give a patronymic, so
    that a name meets only those it may be one with: a run of thousands of documents never
    compares every pair."""
    people = [k for k in keys if k.type == "PER" and read(k.canonical).lone is None]
    people.sort(
        key=lambda k: (
            read(k.canonical).surname is None,
            -read(k.canonical).richness,
            -counts[k],
            k,
        )
    )
    by_surname: dict[str, list[Key]] = defaultdict(list)
    by_given: dict[str, list[Key]] = defaultdict(list)  # heads that give a patronymic
    for key in people:
        name = read(key.canonical)
        givens = spellings(name.given[0]) if name.given else frozenset()
        if name.surname:
            surnames = spellings(name.surname)
            near = {h for s in surnames for h in by_surname.get(s, ())}
        else:
            surnames = frozenset()
            near = {h for g in givens for h in by_given.get(g, ())}
        fitting = {ids[h] for h in near if one_person(read(h.canonical), name)}
        if not key.wikidata and len(fitting) == 1:
            ids[key] = fitting.pop()
            continue
        for s in surnames:
            by_surname[s].append(key)
        for g in givens if name.patronymic else ():
            by_given[g].append(key)
    # a first name and a surname a hyphen joined ("Азия-Биби") joins the one such person
    # (and files no head: "Диас-Канель" alone is a surname)
    for key in keys:
        parts = hyphenated_name(key.canonical) if key.type == "PER" and not key.wikidata else None
        if parts is not None:
            name = parse_person(parts)
            near = {h for s in spellings(name.surname or "") for h in by_surname.get(s, ())}
            fitting = {ids[h] for h in near if one_person(read(h.canonical), name)}
            if len(fitting) == 1:
                ids[key] = fitting.pop()


def one_person(head: PersonName, name: PersonName) -> bool:
    """Whether a name is the person a head of the run names: `compatible`, and a name
    without a surname only a head that gives its patronymic too ("Роман Аркадьевич" is not
    Роман Селезнёв, whose patronymic nobody gives)."""
    return compatible(head, name) and (name.surname is not None or head.patronymic is not None)


def surname_targets(
    key: Key, by_surname: Mapping[str, list[Key]], ids: dict[Key, str], read: NameReader
) -> set[str]:
    """The corpus_ids of the full names a lone surname fits: those that spell it alike,
    if any do ("Гинцбург" is Александр Гинцбург, not Виталий Гинзбург), else those
    one edit away ("Ельцын")."""
    name = read(key.canonical)
    lone = name.lone
    if lone is None:
        return set()
    near = {
        other
        for s in spellings(lone)
        for other in by_surname.get(s, ())
        if not other_generation(name, read(other.canonical))
    }
    surnames = {other: read(other.canonical).surname or "" for other in near}
    exact = {ids[other] for other, surname in surnames.items() if surname == lone}
    return exact or {ids[other] for other, surname in surnames.items() if same_word(lone, surname)}


Fields = tuple[str, str, str, str]  # a key's fields, as a `Key` holds them


@dataclass
class Tally:
    """The run's entities, counted as documents are added (one pass, in any order).

    Each key is numbered as it first comes, and its counts kept under its number: a row
    of the entities table is counted with one lookup of its fields (a tuple, hashed in C),
    not one for each count."""

    numbers: dict[Fields, int] = field(default_factory=dict)
    keys: list[Key] = field(default_factory=list)
    documents: list[set[str]] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    kb_ids: list[Counter | None] = field(default_factory=list)
    posts: list[Counter | None] = field(default_factory=list)

    def add(self, doc_id: str, key: Fields, kb_id: str, mentions: int, posts: Iterable[str]) -> int:
        """Count one entity of a document; returns its key's number."""
        number = self.numbers.get(key)
        if number is None:
            number = self.numbers[key] = len(self.keys)
            self.keys.append(Key(*key))
            self.documents.append(set())
            self.mentions.append(0)
            self.kb_ids.append(None)
            self.posts.append(None)
        self.documents[number].add(doc_id)
        self.mentions[number] += mentions
        if kb_id:
            kb_ids = self.kb_ids[number]
            if kb_ids is None:
                kb_ids = self.kb_ids[number] = Counter()
            kb_ids[kb_id] += 1
        if posts:
            counted = self.posts[number]
            if counted is None:
                counted = self.posts[number] = Counter()
            counted.update(posts)
        return number

    def add_document(self, doc: Document) -> None:
        for entity in doc.entities:
            key, mentions = Key.of(entity), len(entity.mentions)
            self.add(doc.doc_id, key, entity.kb_id or "", mentions, entity.titles)

    def identities(self) -> dict[Key, str]:
        return corpus_ids(dict(zip(self.keys, self.mentions, strict=True)))

    def entities(self, ids: dict[Key, str]) -> list[CorpusEntity]:
        """One row per person, organisation and place (titles are no entities an analyst
        counts), named by its most mentioned canonical; ordered by the number of documents,
        then mentions, then id. A group of one key (most are) is read off its counts as
        they are: 11 -> 5 ms over short news (216 dev texts, 1,600 groups)."""
        groups: dict[str, list[int]] = {}  # numbers of keys, in keys' order
        for key, number in sorted(self.numbers.items()):
            if key[0] != "TITLE":
                corpus_id = ids[self.keys[number]]
                if (group := groups.get(corpus_id)) is None:
                    groups[corpus_id] = [number]
                else:
                    group.append(number)
        keys, documents, mentions = self.keys, self.documents, self.mentions
        rows = []
        for corpus_id, numbers in groups.items():
            if len(numbers) == 1:
                number = numbers[0]
                named, wikidata = keys[number], keys[number].wikidata
                kb_ids, posts = self.kb_ids[number], self.posts[number]
                count, mentioned = len(documents[number]), mentions[number]
            else:
                named = keys[max(numbers, key=self.naming)]
                wikidata = next((w for n in numbers if (w := keys[n].wikidata)), "")
                kb_ids = summed(self.kb_ids[n] for n in numbers)
                posts = summed(self.posts[n] for n in numbers)
                count = len(set().union(*(documents[n] for n in numbers)))
                mentioned = sum(mentions[n] for n in numbers)
            rows.append(
                CorpusEntity(
                    corpus_id,
                    named.type,
                    named.canonical,
                    wikidata,
                    min(kb_ids, key=lambda i: (-kb_ids[i], i)) if kb_ids else "",
                    count,
                    mentioned,
                    tuple(sorted(posts, key=lambda p: (-posts[p], p))) if posts else (),
                )
            )
        return sorted(rows, key=lambda r: (-r.documents, -r.mentions, r.corpus_id))

    def naming(self, number: int) -> tuple[int, int, Fields]:
        """How a key of a group is chosen to name it: most mentioned, then the longest."""
        key = self.keys[number]
        return (self.mentions[number], len(key.canonical), key)


def summed(counters: Iterable[Counter | None]) -> Counter:
    """The counters added up (counts are positive: `+` would drop none of them); a group of
    one key (most are) has its own counter back, as it is."""
    present = [counter for counter in counters if counter]
    if len(present) == 1:
        return present[0]
    total: Counter = Counter()
    for counter in present:
        total.update(counter)
    return total
