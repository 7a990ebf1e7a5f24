"""The organisation of a link that only its fact gives: a mention of the fact's place
before the title in the title's sentence, or the organisation a title of its kind refers
back to.

"В Италии премьер-министр Сильвио Берлускони признал поражение": the link names no place
(Италия is no organisation opening the sentence), but its fact does (Берлускони is known as
"премьер-министр Италии", `elsewhere.py`), and the sentence names Италия before the post:
that mention is where the post is held. A place named only after the title ("прибыл в
Италию") or in another sentence stays the fact's, not the link's: which mention a reader
ties the post to is not said.

A title that names an organisation by its kind ("президент клуба", "сотрудниками
компании") says which: the one club or company named before it (`antecedents.py`), at its
mention in the title's sentence ("генерального директора нового клуба Николая Волошкина,
днем рождения ФК «Тамбов»"), else at the last one before ("клуб «Арарат» закрывается. ...
президент клуба Валерий Оганесян"). A country's or a city's post of its kind ("президент
страны") is not: NEREL-train ties those to the mention in their own sentence only (of 19
"страны", "государства", "города" posts placed by a country or city named in another
sentence, 4 are so annotated).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from pipeline.records import Entity, Fact, Mention, Occupation
from pipeline.relate.antecedents import ORGANISATION_KINDS, title_kind
from pipeline.relate.occupations import last_ending_by
from pipeline.text.morphology import Morphology


def placed_by_facts(
    occupations: Sequence[Occupation],
    facts: Sequence[Fact],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    morph: Morphology,
) -> list[Occupation]:
    """Links with no organisation take their fact's place, when its sentence names it
    before the title (the mention nearest the title), or when the title names it by its
    kind (`referred_place`)."""
    out = list(occupations)
    # each place's mentions in text order, once: a long document names a country thousands
    # of times and holds thousands of links
    in_order: dict[int, list[Mention]] = {}
    for fact in facts:
        if fact.org is None:
            continue
        if fact.org not in in_order:
            of_place = (mentions[i] for i in entities[fact.org].mentions)
            in_order[fact.org] = sorted(of_place, key=lambda m: m.start)
        for index in fact.occupations:
            link = out[index]
            if link.org is not None or link.title is None or link.sentence is None:
                continue
            title = mentions[link.title]
            nearest = last_ending_by(in_order[fact.org], title.start)
            if nearest is not None and nearest.start >= link.sentence[0]:
                out[index] = replace(link, org=nearest.id)
            elif names_by_kind(title, entities[fact.org], morph):
                referred = referred_place(in_order[fact.org], title, link.sentence)
                if referred is not None:
                    out[index] = replace(link, org=referred.id)
    return out


def names_by_kind(title: Mention, place: Entity, morph: Morphology) -> bool:
    """Whether the title ends with the kind of organisation its place is: "президент
    клуба" of «Арарат»."""
    return place.type == "ORG" and title_kind(title, morph) in ORGANISATION_KINDS


def referred_place(
    place: Sequence[Mention], title: Mention, sentence: tuple[int, int]
) -> Mention | None:
    """The mention of the place a title ending with its kind refers to: the first after the
    title in its sentence, else the last before the title in the document."""
    after = bisect_left(place, title.end, key=lambda m: m.start)
    if after < len(place) and place[after].end <= sentence[1]:
        return place[after]
    return last_ending_by(place, title.start)
