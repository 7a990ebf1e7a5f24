"""The organisation of a link that only its fact gives: a mention of the fact's place
before the title in the title's sentence.

"В Италии премьер-министр Сильвио Берлускони признал поражение": the link names no place
(Италия is no organisation opening the sentence), but its fact does (Берлускони is known as
"премьер-министр Италии", `elsewhere.py`), and the sentence names Италия before the post:
that mention is where the post is held. A place named only after the title ("прибыл в
Италию") or in another sentence stays the fact's, not the link's: which mention a reader
ties the post to is not said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.records import Entity, Fact, Mention, Occupation
from pipeline.relate.occupations import last_ending_by


def placed_by_facts(
    occupations: Sequence[Occupation],
    facts: Sequence[Fact],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
) -> list[Occupation]:
    """Links with no organisation take their fact's place, when its sentence names it
    before the title (the mention nearest the title)."""
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
            nearest = last_ending_by(in_order[fact.org], mentions[link.title].start)
            if nearest is not None and nearest.start >= link.sentence[0]:
                out[index] = replace(link, org=nearest.id)
    return out
