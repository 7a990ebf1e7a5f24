"""Facts: one per person entity, post and organisation, out of the mention-level links.

A link says "this title mention is this person mention's" ("министр культуры и информации
РК Аида Балаева" ... "подчеркнула министр"); a fact says "Аида Балаева is министр культуры
и информации of Казахстан". Each link gets its post and organisation (`placed`): the
organisation mention the link names, else the organisation the post's own words name ("депутат
Мажилиса", "заместитель министра цифрового развития ..."), else a country adjective before it
("российский президент"), else, for a title ending with a kind of place ("президент
страны", "глава партии"), the one place of that kind named before (`antecedents.py`).
Links of one person with the same post and organisation make one fact; a shorter title that
the longer one contains or abbreviates ("министр", "госсоветник") joins the longer fact.

A fact needs a place, as FactRuEval's Occupation facts do: "писатель Дмитрий Быков" or a
"президент" whose country the text does not give stays a link (and a title of its person)
but states no fact of who holds what where.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from pipeline.entities.link import People
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.lexicons.gazetteer_files import Entry
from pipeline.normalize.patronymics import patronymic_judge
from pipeline.records import Entity, Fact, Mention, Occupation
from pipeline.relate.adjective_places import country_adjective, is_state_post
from pipeline.relate.antecedents import PLACE_KINDS, KindIndex, antecedent
from pipeline.relate.elsewhere import KnownPosts, country_of_other_post
from pipeline.relate.link_text import LIST_GAP, outermost, within
from pipeline.relate.workplaces import KINDS
from pipeline.text.keys import fold
from pipeline.text.lookalikes import Text
from pipeline.text.morphology import Morphology

# nouns that say what kind of organisation the name after them is: "директор агентства
# ИТАР-ТАСС" is the director of ИТАР-ТАСС
ORG_KINDS = frozenset(
    {"агентство", "компания", "корпорация", "концерн", "холдинг", "партия", "организация",
     "банк", "фонд", "телеканал", "газета", "издание", "клуб", "группа", "движение",
     "университет", "институт", "театр", "комиссия", "фирма", "объединение", "союз",
     "канал", "телекомпания", "радиостанция", "радио", "журнал", "издательство", "галерея",
     "предприятие", "блок"}
)  # fmt: skip
# a company's legal form before its name: "гендиректор ОАО «Башкирэнерго»"
LEGAL_FORMS = frozenset({"ООО", "ОАО", "ЗАО", "ПАО", "АО", "ФГУП", "ГУП", "МУП"})
# and of place: "сенатор от штата Вермонт", "министр финансов земли Гессен"
NAMED_KINDS = ORG_KINDS | frozenset(PLACE_KINDS) | {"штат", "земля", "провинция"}
QUOTES = re.compile(r"[«»\"“”„]")
PREPOSITIONS = frozenset({"от", "в", "во", "при", "из", "на"})
CONJUNCTIONS = frozenset({"и", ","})
MINISTER = "министр"
MINISTRY = "Министерство"
JOINT = re.compile(r"\s*(?:,|и|,\s*и)\s*")


@dataclass(frozen=True, slots=True)
class Place:
    """Where a post is held: an entity of the document, or a name the gazetteer knows or the
    post spells out ("Министерство цифрового развития ...") with no mention of its own."""

    entity: int | None
    canonical: str
    kb_id: str | None
    words: int = 0  # the words at the end of the title that name it, left out of the post

    @property
    def key(self) -> tuple[str, str]:
        if self.entity is not None:
            return ("entity", str(self.entity))
        return ("name", fold(self.canonical))


@dataclass(frozen=True, slots=True)
class Placed:
    """One link with its person entity, its post and where the post is held."""

    index: int  # in the document's occupations
    person: int
    title: Mention
    post: str
    place: Place | None


@dataclass(frozen=True, slots=True)
class FactInputs:
    """What consolidating a document's links reads."""

    text: Text  # read with look-alikes made Cyrillic
    mentions: Sequence[Mention]  # with their entities
    entities: Sequence[Entity]
    occupations: Sequence[Occupation]
    gazetteer: Gazetteer
    country_adjectives: Mapping[str, str]
    morph: Morphology
    people: People  # the known persons and their posts (gazetteers/persons.tsv)
    names: tuple[Mention, ...] = field(init=False)  # organisations and places, in text order
    kinds: KindIndex = field(init=False)  # the places of each kind ("страны", "партии")

    def __post_init__(self) -> None:
        names = tuple(m for m in self.mentions if m.type in ("ORG", "LOC"))
        object.__setattr__(self, "names", names)
        kinds = KindIndex(self.text, self.mentions, self.entities, self.morph, self.gazetteer)
        object.__setattr__(self, "kinds", kinds)


@dataclass(frozen=True, slots=True)
class Consolidated:
    """A document's consolidated links in the order first stated: the facts, and the posts
    of each person that state none (no place known)."""

    stated: tuple[Fact, ...]  # every one, placed or not

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(fact for fact in self.stated if fact.org_canonical is not None)

    @property
    def unplaced(self) -> tuple[tuple[int, str], ...]:
        """(person entity, post) of each with no place, in text order."""
        return tuple((f.person, f.title) for f in self.stated if f.org_canonical is None)


def occupation_facts(inputs: FactInputs) -> Consolidated:
    """The facts of a document, in the order they are first stated."""
    # a link with no title ("возглавляет Газпром") has no post to place: untitled_facts
    placed = [
        place_link(inputs, i, o) for i, o in enumerate(inputs.occupations) if o.title is not None
    ]
    groups: dict[tuple, list[Placed]] = {}
    for link in placed:
        key = (link.person, fold(link.post), link.place and link.place.key)
        groups.setdefault(key, []).append(link)
    merged = sorted(join_shorter(list(groups.values())), key=lambda links: links[0].index)
    facts = placed_elsewhere(inputs, [fact_of(inputs, links) for links in merged])
    facts.extend(untitled_facts(inputs, facts))
    return Consolidated(tuple(facts))


def untitled_facts(inputs: FactInputs, facts: Sequence[Fact]) -> list[Fact]:
    """A fact with no post for each person and organisation that only a verb ties
    ("Миллер возглавляет Газпром"), where no post of the person is held there already."""
    held = {(fact.person, fact.org) for fact in facts}
    posts: dict[int, list[Fact]] = {}  # each person's facts with a post, in their order
    for fact in facts:
        if fact.titles:
            posts.setdefault(fact.person, []).append(fact)
    out = []
    for index, occupation in enumerate(inputs.occupations):
        if occupation.title is not None or occupation.org is None:
            continue
        person = inputs.mentions[occupation.person].entity
        org = inputs.entities[inputs.mentions[occupation.org].entity]
        if (person, org.id) in held:
            continue
        held.add((person, org.id))
        head = list_head(inputs, occupation, posts.get(person, ()))
        post, titles = ("", ()) if head is None else (head.title, head.titles)
        out.append(
            Fact(
                person,
                post,
                org.id,
                org.canonical,
                org.kb_id,
                titles,
                (index,),
                occupation.sentence,
            )
        )
    return out


def list_head(inputs: FactInputs, occupation: Occupation, posts: Sequence[Fact]) -> Fact | None:
    """The fact, of the person's facts with a post (`posts`), of a post held in the
    organisation a list opens, where the link's organisation goes on with the list in its
    sentence: "директор «Росбанка» и «ВТБ-Капитала»" is director of both."""
    assert occupation.org is not None
    mention = inputs.mentions[occupation.org]
    # a list stands in one sentence: a head before it is not read (nor the text up to it)
    start = 0 if occupation.sentence is None else occupation.sentence[0]
    for fact in posts:
        for index in fact.occupations:
            head = inputs.occupations[index].org
            if head is not None and listed_before(inputs, inputs.mentions[head], mention, start):
                return fact
    return None


def listed_before(inputs: FactInputs, head: Mention, mention: Mention, start: int) -> bool:
    """Whether only names and what joins a list stand between two names of a sentence
    opening at `start`: "«Росбанка» и «ВТБ-Капитала»", "Sun, Novell и Oracle", "«Реала» и
    сборной Португалии"."""
    if head.start < start or head.end > mention.start:
        return False
    end = head.end
    for name in outermost(within(inputs.names, head.end, mention.start)):
        if LIST_GAP.fullmatch(inputs.text[end : name.start]) is None:
            return False
        end = name.end
    return LIST_GAP.fullmatch(inputs.text[end : mention.start]) is not None


def place_link(inputs: FactInputs, index: int, occupation: Occupation) -> Placed:
    """A link's person entity, post and place."""
    assert occupation.title is not None  # occupation_facts passes titled links only
    title = inputs.mentions[occupation.title]
    place = (
        mentioned_place(inputs, title, occupation.org, "ORG")
        or named_place(inputs, title)
        or mentioned_place(inputs, title, occupation.org, "LOC")
        or ministry_place(inputs, title)
        or adjective_place(inputs, title)
        or antecedent_place(inputs, title)
    )
    return Placed(
        index,
        inputs.mentions[occupation.person].entity,
        title,
        post_of(inputs, title, place),
        place,
    )


def entity_place(inputs: FactInputs, entity: Entity, words: int) -> Place:
    return Place(entity.id, entity.canonical, entity.kb_id, words)


def mentioned_place(inputs: FactInputs, title: Mention, org: int | None, kind: str) -> Place | None:
    """The organisation mention the link names, of the given type; its words leave the post
    when it ends the title ("министр культуры и информации РК")."""
    if org is None:
        return None
    mention = inputs.mentions[org]
    entity = inputs.entities[mention.entity]
    if entity.type != kind:  # a country's adjective (LOC_ADJ) is its country's, a LOC
        return None
    first = run_start(inputs, title, mention)
    ending = title.start < first and names_only(inputs, mention.end, title.end)
    words = len(inputs.text[first : title.end].split()) if ending else 0
    return entity_place(inputs, entity, words)


def antecedent_place(inputs: FactInputs, title: Mention) -> Place | None:
    """ "мэр города", "глава партии": the one city or party the document named before; the
    kind ("города") leaves the post."""
    entity = antecedent(title, inputs.kinds)
    return None if entity is None else entity_place(inputs, entity, 1)


def run_start(inputs: FactInputs, title: Mention, mention: Mention) -> int:
    """Where the coordinated names a mention ends inside a title begin: "министры
    иностранных дел России и Казахстана" lists its countries from "России"."""
    names = within(inputs.names, title.start + 1, mention.start)
    start = mention.start
    for name in sorted(names, key=lambda m: -m.end):
        if not JOINT.fullmatch(inputs.text[name.end : start]):
            break
        start = name.start
    return start


def names_only(inputs: FactInputs, start: int, end: int) -> bool:
    """Whether only names of organisations and places, and what joins them, stand between
    two offsets: "депутат Государственной Думы РФ" ends with its organisation, РФ only
    says whose; the quotes around a name are its own."""
    covered = within(inputs.names, start, end)
    rest = list(inputs.text[start:end])
    for mention in covered:
        rest[mention.start - start : mention.end - start] = " " * (mention.end - mention.start)
    unnamed = QUOTES.sub(" ", "".join(rest))  # the quotes of a name: 'глава "Движения ..."'
    return not re.sub(r"\s(?:и|,)\s", " ", f" {unnamed} ").strip()


def named_place(inputs: FactInputs, title: Mention) -> Place | None:
    """An organisation the gazetteer knows, named by the words that end the title:
    "директор Телерадиокомплекса Президента РК", "депутат Мажилиса Парламента РК"."""
    words = title.text.split()
    for start in range(1, len(words)):
        entries = [e for e in inputs.gazetteer.lookup(" ".join(words[start:])) if e.type == "ORG"]
        if len(entries) == 1:
            return gazetteer_place(inputs, entries[0], len(words) - start)
    return None


def gazetteer_place(inputs: FactInputs, entry: Entry, words: int) -> Place:
    """The document's entity that resolved to `entry`, if any, else the entry itself."""
    same = [e for e in inputs.entities if e.gazetteer_id == entry.id]
    if same:
        return entity_place(inputs, max(same, key=lambda e: len(e.mentions)), words)
    return Place(None, entry.canonical, entry.kb_id or None, words)


def ministry_place(inputs: FactInputs, title: Mention) -> Place | None:
    """ "заместитель министра цифрового развития, связи и массовых коммуникаций": a minister
    of something names the ministry of it."""
    words = title.normal.split()
    for i, word in enumerate(words[:-1]):
        if inputs.morph.lemma_and_pos(word.lower())[0] == MINISTER:
            name = f"{MINISTRY} {' '.join(words[i + 1 :])}"
            entry = ministry_entry(inputs, name)
            if entry is not None:
                return gazetteer_place(inputs, entry, 0)
            return Place(None, name, None, 0)
    return None


def ministry_entry(inputs: FactInputs, name: str) -> Entry | None:
    """The gazetteer's ministry of that name, maybe with its country after it ("...
    коммуникаций России"), if exactly one."""
    found = [e for e in inputs.gazetteer.lookup(name) if e.type == "ORG"]
    if not found:
        key = fold(name) + " "
        found = [
            e
            for e in inputs.gazetteer.entries.values()
            if e.type == "ORG" and fold(e.canonical).startswith(key)
        ]
    return found[0] if len(found) == 1 else None


def adjective_place(inputs: FactInputs, title: Mention) -> Place | None:
    """ "российский президент", "Британского премьера": an adjective naming a country
    begins the title of a state's post or stands right before it (`country_adjective`)."""
    found = country_adjective(inputs.text, title, inputs.morph, inputs.country_adjectives)
    if found is None:
        return None
    entry = inputs.gazetteer.entries.get(found[2])
    return None if entry is None else gazetteer_place(inputs, entry, 0)


def post_of(inputs: FactInputs, title: Mention, place: Place | None) -> str:
    """The title's normal form without the organisation that ends it, and without the kind
    of organisation before that ("генеральный директор агентства ИТАР-ТАСС": генеральный
    директор); "главный тренер команды", placed in the team named before, is a главный
    тренер."""
    words = title.normal.split()
    cut = place.words if place is not None else 0
    if (
        cut == 0
        and place is not None
        and place.entity is not None
        and len(words) > 1
        and words[-1].islower()
        and inputs.morph.lemma_and_pos(words[-1])[0] in KINDS
    ):
        return " ".join(without_loose_end(inputs, without_kind(inputs, words, KINDS)))
    if not 0 < cut < len(words):
        return " ".join(without_loose_end(inputs, words))
    return " ".join(without_loose_end(inputs, without_kind(inputs, words[:-cut], NAMED_KINDS)))


def without_loose_end(inputs: FactInputs, words: list[str]) -> list[str]:
    """The post without what belonged to the organisation cut after it: a preposition
    ("депутат парламента от Консервативной партии"), "и", a legal form ("ОАО"), or an
    adjective in another case than the post's nominative ("полузащитник испанской
    «Барселоны»": полузащитник; "главный управляющий" keeps its nominative participle)."""
    while len(words) > 1 and (
        words[-1] in PREPOSITIONS
        or words[-1] in CONJUNCTIONS
        or words[-1] in LEGAL_FORMS
        or dangles(inputs, words[-1])
    ):
        words = words[:-1]
    return words


def dangles(inputs: FactInputs, word: str) -> bool:
    """Whether a word is an adjective or participle, never a noun, and never a nominative:
    it agrees with a noun no longer there."""
    if not word.islower():
        return False
    parses = inputs.morph.parse(word)
    return bool(parses) and all(
        p.tag.POS in ("ADJF", "PRTF") and p.tag.case != "nomn" for p in parses
    )


def without_kind(inputs: FactInputs, words: list[str], kinds: frozenset[str]) -> list[str]:
    """The words before the last kind of organisation that only adjectives follow, and
    before the adjectives that describe it: "совладелец креативного агентства"."""
    found = [
        i
        for i, word in enumerate(words)
        if i > 0 and word.islower() and inputs.morph.lemma_and_pos(word)[0] in kinds
    ]
    if found and all(
        inputs.morph.lemma_and_pos(word)[1] in ("ADJF", "PRTF") for word in words[found[-1] + 1 :]
    ):
        kind = found[-1]
        while kind > 1 and inputs.morph.lemma_and_pos(words[kind - 1])[1] in ("ADJF", "PRTF"):
            kind -= 1
        return words[:kind]
    return words


def join_shorter(groups: list[list[Placed]]) -> list[list[Placed]]:
    """Groups whose post another group of the same person contains or abbreviates, at the
    same place or none, joined to the longest such group."""
    order = sorted(range(len(groups)), key=lambda i: -len(groups[i][0].post.split()))
    of_person: dict[int, list[int]] = {}  # a long document holds thousands of people's posts
    for i in order:
        of_person.setdefault(groups[i][0].person, []).append(i)
    target: dict[int, int] = {}
    for i in order:
        short = groups[i][0]
        best = None
        for j in of_person[short.person]:
            long = groups[j][0]
            if (
                j == i
                or j in target
                or not compatible(short.place, long.place)
                or not (
                    shorter_form(short.post, long.post)
                    or short.place is None
                    and long.place is not None
                    and fold(short.post) == fold(long.post)
                )
            ):
                continue
            if best is None or len(long.post.split()) > len(groups[best][0].post.split()):
                best = j
        if best is not None and best != i:
            target[i] = best
    out: dict[int, list[Placed]] = {}
    for i, group in enumerate(groups):
        root = i
        while root in target:
            root = target[root]
        out.setdefault(root, []).extend(group)
    return [sorted(links, key=lambda link: link.index) for links in out.values()]


def compatible(short: Place | None, long: Place | None) -> bool:
    return short is None or long is None or short.key == long.key


def shorter_form(short: str, long: str) -> bool:
    """ "министр" in "министр культуры и информации", "госсоветник" for "государственный
    советник", "премьер" for "премьер-министр"; never "президент" for "вице-президент"."""
    a, b = fold(short).split(), fold(long).split()
    if len(a) < len(b) and any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1)):
        return True
    return (
        len(a) == 1
        and len(b) > 1
        and abbreviates(a[0], b)
        or (len(a) == 1 == len(b) and b[0].startswith(a[0] + "-"))
    )


def abbreviates(word: str, words: Sequence[str]) -> bool:
    """Whether `word` is the beginnings of `words` run together, the last one whole:
    "госсоветник" of "государственный советник", "генсек" of "генеральный секретарь"."""
    *heads, last = words
    rest = word
    for head in heads:
        size = next((n for n in range(len(head), 2, -1) if rest.startswith(head[:n])), 0)
        if not size:
            return False
        rest = rest[size:]
    return rest == last or len(rest) >= 3 and last.startswith(rest)


def fact_of(inputs: FactInputs, links: list[Placed]) -> Fact:
    """A fact of its links: the fullest post, the place any of them gives."""
    fullest = max(links, key=lambda link: (len(link.post.split()), -link.index))
    place = next((link.place for link in links if link.place is not None), None)
    first = inputs.occupations[links[0].index]
    return Fact(
        person=links[0].person,
        title=fullest.post,
        org=None if place is None else place.entity,
        org_canonical=None if place is None else place.canonical,
        org_kb_id=None if place is None else place.kb_id,
        titles=tuple(sorted({link.title.id for link in links})),
        occupations=tuple(link.index for link in links),
        sentence=first.sentence,
    )


def placed_elsewhere(inputs: FactInputs, facts: list[Fact]) -> list[Fact]:
    """Facts of a state's post with no place take the country the document ties to their
    person elsewhere (`elsewhere.py`): the person's known post of that name, else the one
    country of the person's other state posts."""
    posts: dict[int, list[str]] = {}
    held: dict[int, list[tuple[str, Entity | None]]] = {}  # each person's posts and places
    for fact in facts:
        posts.setdefault(fact.person, []).append(fact.title)
        place = None if fact.org is None else inputs.entities[fact.org]
        held.setdefault(fact.person, []).append((fact.title, place))
    other_posts: dict[int, Entity | None] = {}  # each person's, sought once

    def other_post_country(person: int) -> Entity | None:
        if person not in other_posts:
            other_posts[person] = country_of_other_post(
                held[person], lambda post: is_state_post(inputs.morph, post)
            )
        return other_posts[person]

    known = KnownPosts(
        posts,
        inputs.people,
        inputs.gazetteer,
        inputs.entities,
        lambda post: is_state_post(inputs.morph, post),
        patronymic_judge(inputs.morph),
    )
    out = []
    for fact in facts:
        if fact.org_canonical is None and is_state_post(inputs.morph, fact.title):
            place = (
                known.place(fact.person, fact.title)
                or other_post_country(fact.person)
                or known.country(fact.person)
            )
            if place is not None:
                fact = replace(
                    fact, org=place.id, org_canonical=place.canonical, org_kb_id=place.kb_id
                )
        out.append(fact)
    return out
