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

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from pipeline.records import Entity, Fact, Mention, Occupation


def placed_by_facts(
    occupations: Sequence[Occupation],
    facts: Sequence[Fact],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
) -> list[Occupation]:
    """Links with no organisation take their fact's place, when its sentence names it
    before the title (the mention nearest the title)."""
    out = list(occupations)
    # each place's mentions by start, read by bisection: a long document names a country
    # thousands of times and holds thousands of links
    in_order: dict[int, tuple[list[Mention], list[int]]] = {}
    for fact in facts:
        if fact.org is None:
            continue
        if fact.org not in in_order:
            places = sorted((mentions[i] for i in entities[fact.org].mentions), key=by_start)
            in_order[fact.org] = places, [m.start for m in places]
        places, starts = in_order[fact.org]
        for index in fact.occupations:
            link = out[index]
            if link.org is not None or link.title is None or link.sentence is None:
                continue
            start, title = link.sentence[0], mentions[link.title]
            lo, hi = bisect_left(starts, start), bisect_right(starts, title.start)
            nearest = next((m for m in reversed(places[lo:hi]) if m.end <= title.start), None)
            if nearest is not None:
                out[index] = replace(link, org=nearest.id)
    return out


def by_start(mention: Mention) -> int:
    return mention.start
