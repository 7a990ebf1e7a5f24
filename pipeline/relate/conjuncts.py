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

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from pipeline.records import Mention
from pipeline.relate.link_text import LinkText
from pipeline.relate.lists import listed_after, verb_right_after
from pipeline.relate.patterns import Pair
from pipeline.relate.workplaces import held_at


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
        listed = listed_after(first, linking, kinds=True)
        # "«Газпрома», «Роснефть» и «Лукойл» подписали": the verb's subjects, no workplaces
        if listed and verb_right_after(listed[-1], linking):
            continue
        found.extend(
            (person, other)
            for other in listed
            if (other.type == "ORG" or is_country(other)) and held_at(title, other, linking)
        )
    return found
