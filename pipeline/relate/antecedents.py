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
from collections.abc import Sequence

from pipeline.records import Entity, Mention
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
WORD = re.compile(r"[\w-]+")
KIND_BEFORE = re.compile(r"([\w-]+)[\s«\"“„]*$")


def antecedent(
    title: Mention,
    text: str,
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    morph: Morphology,
) -> Entity | None:
    """The one place of the kind that ends the title ("президент страны", "глава партии")
    named before the title in the document, if there is exactly one."""
    words = WORD.findall(title.text)
    if len(words) < 2 or not words[-1].islower():
        return None
    kind = morph.lemma_and_pos(words[-1].lower())[0]
    if kind not in PLACE_KINDS and kind not in ORGANISATION_KINDS:
        return None
    found = {
        m.entity
        for m in mentions
        if m.end <= title.start
        and m.type in ("ORG", "LOC")
        and is_of_kind(m, kind, text, entities, mentions, morph)
    }
    return entities[found.pop()] if len(found) == 1 else None


def is_of_kind(
    mention: Mention,
    kind: str,
    text: str,
    entities: Sequence[Entity],
    mentions: Sequence[Mention],
    morph: Morphology,
) -> bool:
    """Whether the gazetteer knows the mention's entity as a place of that kind, or the text
    names the kind right before one of the entity's mentions ("партии «Яблоко»") or in its
    name ("Партия «Яблоко»")."""
    entity = entities[mention.entity]
    if kind in PLACE_KINDS:
        return (entity.gazetteer_id or "").startswith(PLACE_KINDS[kind])
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
