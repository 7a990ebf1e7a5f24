"""A list of names stands in one case: "участвуют Петр Сидоров, Таня Фишерова и Зузана
Ройтова" names three subjects, and the last, which alone may be a man's genitive (Зузан
Ройтов), is a nominative as the others surely are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.normalize.persons import JOINED_NAME, GrammarCue, PersonEvidence
from pipeline.records import Span


def name_lists(text: str, spans: Sequence[Span]) -> list[list[int]]:
    """The runs of two or more person spans joined by commas or "и" (indices in `spans`)."""
    starts = {s.start: i for i, s in enumerate(spans) if s.type == "PER"}
    following: dict[int, int] = {}
    for i, span in enumerate(spans):
        joined = JOINED_NAME.match(text, span.end) if span.type == "PER" else None
        if joined is not None and joined.end() > span.end and joined.end() in starts:
            following[i] = starts[joined.end()]
    runs = []
    for first in sorted(set(following) - set(following.values())):
        run = [first]
        while run[-1] in following:
            run.append(following[run[-1]])
        runs.append(run)
    return runs


def with_list_cases(
    text: str, spans: Sequence[Span], people: Sequence[PersonEvidence | None]
) -> tuple[PersonEvidence | None, ...]:
    """The people, with the case their lists tell (`nominative_list_items`, then
    `oblique_list_items`) where nothing else tells a name's."""
    runs = name_lists(text, spans)
    return oblique_list_items(runs, nominative_list_items(runs, people))


def nominative_list_items(
    runs: Sequence[Sequence[int]], people: Sequence[PersonEvidence | None]
) -> tuple[PersonEvidence | None, ...]:
    """The people, with a name that nothing around tells the case of made a nominative
    where every other name of its list is surely one ("Таня Фишерова и Зузана Ройтова":
    not Зузан Ройтов's genitive), or is such a name itself, one at least being sure
    ("Пшемысл Соботка, Яна Бобошикова, Таня Фишерова и Зузана Ройтова": Яна and Зузана
    both); the line-start cue aside, a list said nothing."""
    out = list(people)
    for run in runs:
        sure = {i for i in run if (e := people[i]) is not None and e.is_surely_nominative(None)}
        untold = {i for i in run if (e := people[i]) is not None and may_be_listed(e)}
        for index in run:
            evidence = people[index]
            if evidence is None or evidence.cue is not None:
                continue
            others = [other for other in run if other != index]
            if all(o in sure or o in untold for o in others) and any(o in sure for o in others):
                out[index] = replace(evidence, cue=GrammarCue(None, nominative=True))
    return tuple(out)


def may_be_listed(evidence: PersonEvidence) -> bool:
    """Whether nothing around the name tells its case and it can be a nominative."""
    return evidence.cue is None and bool(evidence.forms.nominative)


def oblique_list_items(
    runs: Sequence[Sequence[int]], people: Sequence[PersonEvidence | None]
) -> tuple[PersonEvidence | None, ...]:
    """The people, with a name that nothing around tells the case of put in the one
    oblique case every other name of its list surely stands in ("американцам Мартину
    Карплусу, Майклу Левитту и Арье Варшелю": Варшель's dative, not a Варшелю)."""
    out = list(people)
    for run in runs:
        cases = {i: sure_case(e) for i in run if (e := people[i]) is not None}
        for index in run:
            evidence = people[index]
            if evidence is None or evidence.cue is not None:
                continue
            others = {cases.get(other) for other in run if other != index}
            case = next(iter(others)) if len(others) == 1 else None
            if case is not None and evidence.forms.may_be_in(case, None):
                out[index] = replace(evidence, cue=GrammarCue(None, nominative=False, case=case))
    return tuple(out)


def sure_case(evidence: PersonEvidence) -> str | None:
    """The one oblique case every likeliest reading of the name stands in, if one
    ("Мартину Карплусу": the dative)."""
    cases = {case for _, option in evidence.forms.best(None) for case in option.cases}
    if len(cases) != 1 or "nomn" in cases or len(evidence.forms.words) < 2:
        return None
    return next(iter(cases))
