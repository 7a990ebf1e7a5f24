"""Every organisation of a list a post names is a workplace of its holder: "Нападающий
«Реала» и сборной Португалии Криштиану Роналду", "топ-менеджера Citigroup и Bank of America
Салли Кравчек", "председатель Госсовета и Совета министров Кубы", "работал аналитиком в
«Росбанке», «Альфа-банке» и «ВТБ-Капитале»". The first is the link's own organisation
(`workplaces.py`); each one after it is a link with no title, as NEREL has them, and its
fact takes the post of the first (`facts.list_head`).

Not for a title several persons hold: "министры иностранных дел России и Казахстана Сергей
Лавров и Мурат Нуртлеу" hands one country to each (`workplaces.listed_place`). A place
joins the list only as a country after a country, or after a kind of organisation ("сборной
Португалии"): "прокурор Москвы и Московской области" works in Moscow. Names a verb right
after makes its subjects ("председателя правления «Газпрома», «Роснефть» и «Лукойл»
подписали") are no list of workplaces.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from pipeline.records import Mention
from pipeline.relate.link_text import LinkText
from pipeline.relate.patterns import Pair
from pipeline.relate.untitled import CLAUSE_VERBS, JOINERS, LIST_GAP
from pipeline.relate.workplaces import KINDS, held_at, next_name


def conjunct_workplaces(
    pairs: Sequence[Pair],
    placed: Mapping[tuple[int, int], int],
    linking: LinkText,
    is_country: Callable[[Mention], bool],
) -> list[tuple[Mention, Mention]]:
    """(person, organisation) for each organisation listed after the one a placed (title,
    person) link names, in the order of the links."""
    holders = Counter(title.id for title, _ in pairs)
    names = {name.id: name for name in linking.names}
    found: list[tuple[Mention, Mention]] = []
    for title, person in pairs:
        first = names.get(placed.get((title.id, person.id), -1))
        if first is None or holders[title.id] > 1:
            continue
        if first.type == "LOC" and not is_country(first):
            continue
        found.extend(
            (person, other)
            for other in listed_after(first, linking)
            if (other.type == "ORG" or is_country(other)) and held_at(title, other, linking)
        )
    return found


def listed_after(name: Mention, linking: LinkText) -> list[Mention]:
    """Names of the same type joined to `name` by a comma, "и", "а также" or "/", each with
    at most an adjective before it ("«Барселоны» и мадридского «Реала»") or a kind of
    organisation ("и сборной Португалии", of any type); none when a verb right after makes
    them its subjects ("«Газпром» и «Роснефть» подписали"). A verb past a
    comma is the clause's own: "Кастро, председатель Госсовета и Совмина Кубы, объявил"."""
    out = []
    while (following := next_name(linking, name.end)) is not None:
        if not LIST_GAP.fullmatch(linking.text[name.end : following.start]):
            break
        words = [w for w in linking.words(name.end, following.start) if w.lemma not in JOINERS]
        # "«Реала» и сборной Португалии": a kind of organisation makes the place one
        kind = len(words) == 1 and words[0].text.islower() and words[0].lemma in KINDS
        if not kind and (
            following.type != name.type
            or not all(w.text.islower() and w.pos == "ADJF" for w in words)
        ):
            break
        out.append(following)
        name = following
    if out and verb_right_after(out[-1], linking):
        return []
    return out


def verb_right_after(name: Mention, linking: LinkText) -> bool:
    """Whether a verb follows the name with no punctuation between: "«Роснефть» подписали"."""
    following = linking.words(name.end, name.end + 40)[:1]
    if not following or re.search(r"[^\w\s«»\"“”]", linking.text[name.end : following[0].start]):
        return False
    return following[0].pos in CLAUSE_VERBS | {"PRTS"}
