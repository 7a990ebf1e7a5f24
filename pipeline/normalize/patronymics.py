"""Whether a word ending as patronymics do ("-ович", "-евна") is one, by the dictionary."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache, partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.text.morphology import Morphology

# the patronymic suffix, and what a first name may end in before it: "Тимур|ович",
# "Игор|евич" (Игорь), "Серге|евич" (Сергей), "Васил|ьич" (Василий), "Ильинична"'s "Иль|инична"
# (Илья); a soft sign before the suffix stands for the name's "-ий": "Евсевь|евич" (Евсевий)
SUFFIX = re.compile(r"(ович|евич|ьич|ич|овна|евна|ична|инична)$")
NAME_ENDINGS = ("", "й", "ий", "ь", "а", "я")


def is_patronymic(word: str, morph: Morphology) -> bool:
    """A word the dictionary tags a patronymic ("Иванович", "Юрьевна"), or, unknown to it,
    one built on a first name it knows ("Рамзанович": Рамзан); "Янукович", a surname the
    dictionary knows, and "Рабинович", on no first name, are not."""
    folded = word.lower().replace("ё", "е")
    if morph.is_known(folded):
        return any("Patr" in p.tag for p in morph.parse(folded))
    stem = SUFFIX.sub("", folded)
    names = [stem + ending for ending in NAME_ENDINGS]
    if stem.endswith("ь"):
        names.append(stem[:-1] + "ий")
    return len(stem) > 2 and any(
        "Name" in p.tag and "nomn" in p.tag and p.normal_form == name
        for name in names
        for p in morph.parse(name)
    )


@cache
def patronymic_judge(morph: Morphology) -> Callable[[str], bool]:
    """`is_patronymic` with the morphology bound, for the stages that read names apart: one
    judge per morphology, its answers kept, whichever stage (merging, Wikidata links, facts)
    asks it first."""
    judge = lru_cache(maxsize=100_000)(partial(is_patronymic, morph=morph))
    if not JUDGES:
        JUDGES.append(judge)
    return judge


# the first judge made in this process (only it is asked: later ones' caches are not kept)
JUDGES: list[Callable[[str], bool]] = []


def dictionary_patronymic(word: str) -> bool:
    """`is_patronymic` for the corpus step, which asks only when a name ends as a
    patronymic where a surname stands ("Аркадий Дворкович"): by the first morphology this
    process judged with (every one reads the same dictionary), that of the models a run in
    one process or a pool's batch process computes with; or, where no document's stages
    loaded one (a Dask client), by one of its own, loaded at the first question. Loading it
    took 0.06 s of the end of a run over short news, once every document was done."""
    return (JUDGES[0] if JUDGES else own_judge())(word)


@cache
def own_judge() -> Callable[[str], bool]:
    from pipeline.text.morphology import load_morphology  # here: a Dask client

    return patronymic_judge(load_morphology())
