"""A possessive before a title refers to the organisation of the sentence before
(possessors.py): the link and its fact are placed there."""

from dataclasses import replace

import pytest

from pipeline import extract
from pipeline.relate.linker import NO_MODEL


@pytest.mark.parametrize(
    ("text", "holder", "org", "fact"),
    [
        (
            "Компания «Яндекс» открыла офис в Берлине. Ее генеральный директор Аркадий Волож "
            "заявил, что компания наймет сто инженеров.",
            "Аркадий Волож",
            "Яндекс",
            ("генеральный директор", "Яндекс"),
        ),
        # the noun before a quoted name says its gender; a title coordinated after another
        (
            "Российский независимый музыкальный лейбл «Геометрия» образован в 2001 году в "
            "Москве. Его основателем и директором стал Павел Кострикин.",
            "Павел Кострикин",
            "Геометрия",
            ("директор", "Геометрия"),
        ),
        # an adjective between the possessive and the title; the name's own noun, "Службе"
        (
            "Исполняющий обязанности главы государства произвёл перестановки в Службе общей "
            "разведки Египта. Её новым главой стал генерал Мухаммед ат-Тахами.",
            "Мухаммед ат-Тахами",
            "Службе общей разведки Египта",
            ("глава", "Служба общей разведки Египта"),
        ),
        # "Ее" may be Мария Ивановой's: no organisation is taken
        (
            "Мария Иванова перешла в компанию «Мегафон». Ее директором стал Иван Петров.",
            "Иван Петров",
            None,
            None,
        ),
        # two companies before: which one is not said
        (
            "Компания «Яндекс» купила долю в компании «Авито». Ее генеральный директор Аркадий "
            "Волож заявил, что сделка закрыта.",
            "Аркадий Волож",
            None,
            None,
        ),
        # "Его" does not agree with "компания"
        (
            "Компания «Яндекс» открыла офис в Берлине. Его генеральный директор Аркадий Волож "
            "заявил, что компания наймет сто инженеров.",
            "Аркадий Волож",
            None,
            None,
        ),
        # a post held for a person, not in an organisation
        (
            "Компания «Яндекс» открыла офис в Берлине. Ее адвокат Иван Петров заявил, что "
            "компания наймет сто инженеров.",
            "Иван Петров",
            None,
            None,
        ),
    ],
)
def test_possessive_of_the_sentence_before(resources, text, holder, org, fact):
    # the rules alone: the learned workplace linker reads the sentence before too
    doc = extract(text, resources=replace(resources, workplace_model=NO_MODEL))
    m = doc.mentions
    links = [o for o in doc.occupations if o.title is not None and m[o.person].text == holder]
    assert links
    orgs = {None if o.org is None else m[o.org].text for o in links}
    # "генерал" of "Её новым главой стал генерал ..." is held nowhere the text says
    assert org in orgs if org else orgs == {None}
    facts = [(f.title, f.org_canonical) for f in doc.facts if f.titles]
    assert facts == ([fact] if fact else [])
