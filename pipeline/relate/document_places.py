"""The place of a fact that its own sentence does not give but the rest of the document
does: facts only, read after the links have taken their places.

"В нём постоянно занимается около 700 человек. ... Руководитель центра Э. Чернова": the
one centre the document named before ("русского развивающего центра «Кин-Топ»") is where
she heads it. The mention-level links stay as they are: NEREL ties a post to an
organisation of its own sentence only, and `where` reads the links.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.records import Fact, Mention
from pipeline.relate.antecedents import ORGANISATION_KINDS, antecedent
from pipeline.relate.facts import ORG_KINDS, Consolidated, FactInputs, entity_place, post_of
from pipeline.text.keys import fold

# kinds of organisation a title may end with whose one organisation named before only a
# fact takes ("руководитель центра", "барабанщик группы", "директор музея"): those the
# links read, those facts cut off a post, and these
MORE_KINDS = frozenset(
    {"центр", "музей", "служба", "комитет", "совет", "суд", "школа", "больница", "завод",
     "академия", "лаборатория", "федерация", "ассоциация", "министерство", "ведомство"}
)  # fmt: skip
FACT_KINDS = ORGANISATION_KINDS | ORG_KINDS | MORE_KINDS
# a name right after a title: capitalised, or in quotes (its start is the match's end)
NAME_AFTER = re.compile(r"\s*(?=[«\"„“A-ZА-ЯЁ])")
NEAR = 8  # characters after a title in which that name begins


def placed_in_document(inputs: FactInputs, consolidated: Consolidated) -> Consolidated:
    """The facts, those with no place placed where the rest of the document says."""
    stated = list(consolidated.stated)
    for index, fact in enumerate(stated):
        if fact.org_canonical is None and fact.title:
            stated[index] = named_before(inputs, fact)
    return Consolidated(tuple(stated))


def named_before(inputs: FactInputs, fact: Fact) -> Fact:
    """The fact placed in the one organisation of the kind its title ends with that the
    document named before it ("руководитель центра": the centre), the kind left out of the
    post; else as it was."""
    for mention in fact.titles:
        title = inputs.mentions[mention]
        if named_after(inputs, title, fact.person):
            continue
        entity = antecedent(title, inputs.kinds, FACT_KINDS)
        if entity is None:
            continue
        place = entity_place(inputs, entity, 1)
        post = fact.title
        if fold(post) == fold(post_of(inputs, title, None)):
            post = post_of(inputs, title, place)  # the fullest post is this title's
        return replace(
            fact, title=post, org=entity.id, org_canonical=entity.canonical, org_kb_id=entity.kb_id
        )
    return fact


def named_after(inputs: FactInputs, title: Mention, person: int) -> bool:
    """Whether a name other than the holder's follows the title's kind: "Директор центра
    Гамалеи Александр Гинцбург" heads the centre of that name, not the one named before."""
    after = NAME_AFTER.match(inputs.text[title.end : title.end + NEAR])
    if after is None:
        return False
    own = (inputs.mentions[i].start for i in inputs.entities[person].mentions)
    return title.end + after.end() not in own
