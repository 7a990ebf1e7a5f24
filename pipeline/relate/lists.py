"""The names listed after a name: "тренировал клубы «Аль-Джазира», «Генк» и брюссельский
«Андерлехт»", "нападающий «Реала» и сборной Португалии", "Неймар («Барселона»/«ПСЖ»)"."""

from __future__ import annotations

import re

from pipeline.records import Mention
from pipeline.relate.link_text import LIST_GAP, LinkText
from pipeline.relate.workplaces import KINDS, next_name

CLAUSE_VERBS = frozenset({"VERB", "GRND", "INFN"})  # not "данный": "на данный момент"
JOINERS = frozenset({"и", "а", "также"})


def listed_after(name: Mention, linking: LinkText, kinds: bool = False) -> list[Mention]:
    """Names of the same type joined to `name` by a comma, "и", "а также" or "/", each with
    at most an adjective before it ("«Барселоны» и мадридского «Реала»"); with `kinds`, also
    a name of any type after a kind of organisation ("«Реала» и сборной Португалии")."""
    out = []
    while (following := next_name(linking, name.end)) is not None:
        if not LIST_GAP.fullmatch(linking.text[name.end : following.start]):
            break
        words = [w for w in linking.words(name.end, following.start) if w.lemma not in JOINERS]
        kind = kinds and len(words) == 1 and words[0].text.islower() and words[0].lemma in KINDS
        if not kind and (
            following.type != name.type
            or not all(w.text.islower() and w.pos == "ADJF" for w in words)
        ):
            break
        out.append(following)
        name = following
    return out


def verb_right_after(name: Mention, linking: LinkText) -> bool:
    """Whether a verb follows the name with no punctuation between, making it its subject:
    "«Роснефть» подписали"; a verb past a comma is another clause's ("Кубы, объявил")."""
    following = linking.words(name.end, name.end + 40)[:1]
    if not following or re.search(r"[^\w\s«»\"“”]", linking.text[name.end : following[0].start]):
        return False
    return following[0].pos in CLAUSE_VERBS | {"PRTS"}
