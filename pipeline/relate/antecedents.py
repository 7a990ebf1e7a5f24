"""The place of a post whose title ends with a kind of place instead of its name: the one
place of that kind the document named before it.

"В Москве открылся ... Мэр города Сергей Собянин" is the mayor of Москва; "партия «Яблоко»
... глава партии Николай Рыбаков" heads «Яблоко»; "Казахстан ... президент страны" holds
his post in Казахстан. The kind is read off the place: a country, a city or a region the
gazetteer knows it as, or an organisation the text itself calls so ("партия «Яблоко»",
"компании «Газпром»"). Only when exactly one place of that kind was named before the title
is it taken: "Россия и Китай ... президент страны" says nothing of which.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence

from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.records import Entity, Mention
from pipeline.text.keys import fold
from pipeline.text.lookalikes import Text
from pipeline.text.morphology import Morphology

# kinds of place a gazetteer id tells: "страна" of a country; "республика" of a country or
# a region ("президент республики" of Азербайджан or of Татарстан)
PLACE_KINDS = {
    "страна": ("country-",),
    "государство": ("country-",),
    "город": ("city-",),
    "область": ("region-",),
    "край": ("region-",),
    "регион": ("region-",),
    "республика": ("country-", "region-"),
}
# kinds of organisation the text names before a name: "партия «Яблоко»"
ORGANISATION_KINDS = frozenset(
    {"партия", "компания", "корпорация", "концерн", "холдинг", "банк", "клуб", "команда",
     "агентство", "театр", "университет", "газета", "телеканал", "фонд", "движение"}
)  # fmt: skip
CITY = "город"
REGION = "region-"
WORD = re.compile(r"[\w-]+")
KIND_BEFORE = re.compile(r"([\w-]+)[\s«\"“„]*$")


class KindIndex:
    """The document's organisations and places of each kind, by where it first names them:
    built once a kind is asked for, so that each title reads it by bisection (a long
    document names thousands of places and holds thousands of titles)."""

    def __init__(
        self,
        text: Text,
        mentions: Sequence[Mention],
        entities: Sequence[Entity],
        morph: Morphology,
        gazetteer: Gazetteer,
    ) -> None:
        self.text, self.mentions, self.entities, self.morph = text, mentions, entities, morph
        self.gazetteer = gazetteer
        first_end: dict[int, int] = {}
        for m in mentions:
            if m.type in ("ORG", "LOC"):
                first_end[m.entity] = min(first_end.get(m.entity, m.end), m.end)
        self.first_end = first_end
        self.by_kind: dict[str, tuple[list[int], list[int]]] = {}

    def named_before(self, kind: str, offset: int) -> list[int]:
        """The entities of `kind` the document names before `offset` (two at most: one
        is all a title needs to know)."""
        if kind not in self.by_kind:
            named = sorted(
                (end, entity)
                for entity, end in self.first_end.items()
                if is_of_kind(
                    self.entities[entity],
                    kind,
                    self.text,
                    self.mentions,
                    self.morph,
                    self.gazetteer,
                )
            )
            self.by_kind[kind] = ([end for end, _ in named], [entity for _, entity in named])
        ends, of_kind = self.by_kind[kind]
        return of_kind[: min(2, bisect_right(ends, offset))]


def antecedent(
    title: Mention, index: KindIndex, kinds: Collection[str] = ORGANISATION_KINDS
) -> Entity | None:
    """The one place of the kind that ends the title ("президент страны", "глава партии")
    named before the title in the document, if there is exactly one; of organisations,
    `kinds` are read."""
    kind = title_kind(title, index.morph)
    if kind is None or kind not in PLACE_KINDS and kind not in kinds:
        return None
    found = index.named_before(kind, title.start)
    return index.entities[found[0]] if len(found) == 1 else None


def title_kind(title: Mention, morph: Morphology) -> str | None:
    """The lemma of the lower-case noun a title of two words or more ends with, the kind
    of place it names instead of its name: "страна" of "президент страны"."""
    words = WORD.findall(title.text)
    if len(words) < 2 or not words[-1].islower():
        return None
    return morph.lemma_and_pos(words[-1].lower())[0]


def is_of_kind(
    entity: Entity,
    kind: str,
    text: Text,
    mentions: Sequence[Mention],
    morph: Morphology,
    gazetteer: Gazetteer,
) -> bool:
    """Whether the gazetteer knows the entity as a place of that kind, or the text names the
    kind right before one of the entity's mentions ("партии «Яблоко»") or in its name
    ("Партия «Яблоко»")."""
    if kind in PLACE_KINDS:
        known = entity.gazetteer_id or ""
        return known.startswith(PLACE_KINDS[kind]) or kind == CITY and is_city(known, gazetteer)
    if entity.type != "ORG":
        return False
    first = WORD.match(entity.canonical)
    if first and morph.lemma_and_pos(first.group().lower())[0] == kind:
        return True  # "Партия «Яблоко»"
    for index in entity.mentions:
        start = mentions[index].start
        before = KIND_BEFORE.search(text[max(0, start - 40) : start])
        if before and morph.lemma_and_pos(before.group(1).lower())[0] == kind:
            return True
    return False


def is_city(known: str, gazetteer: Gazetteer) -> bool:
    """Whether a region (its gazetteer id) is a city of its own, which the gazetteer calls
    "Город Москва": Москва, Санкт-Петербург, Минск, Астана (ISO 3166-2 lists them as
    regions, not in one)."""
    entry = gazetteer.entries.get(known) if known.startswith(REGION) else None
    if entry is None:
        return False
    name = fold(f"{CITY} {entry.canonical}")
    return any(fold(alias) == name for alias in entry.aliases)
