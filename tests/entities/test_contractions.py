import pytest

from pipeline import extract
from pipeline.entities.contractions import contraction_of


@pytest.mark.parametrize(
    ("short", "longer", "expected"),
    [
        ("Минздрав", "Министерство здравоохранения", True),
        ("Минпромторг", "Министерство промышленности и торговли", True),
        ("Совбез", "Совет Безопасности", True),
        ("Госсовет Кубы", "Государственный совет Кубы", True),
        ("Минздрав Тверской области", "Министерство здравоохранения Тверской области", True),
        # another body, another country, one letter a word (an abbreviation, not this)
        ("Минфин", "Министерство юстиции", False),
        ("Минздрав России", "Министерство здравоохранения", False),
        ("Госсовет Кубы", "Государственный совет Китая", False),
        ("МИД", "Министерство иностранных дел", False),
        # one word cut short is no contraction of two
        ("Министер", "Министерство", False),
    ],
)
def test_contraction_of(short, longer, expected):
    assert contraction_of(short.lower().split(), longer.lower().split()) is expected


@pytest.mark.parametrize(
    ("text", "together", "apart"),
    [
        (
            "Министерство здравоохранения Тверской области сообщило о новых случаях. "
            "По данным Минздрава Тверской области, заболели 12 человек.",
            ["Министерство здравоохранения Тверской области", "Минздрава Тверской области"],
            [],
        ),
        (
            "Заседание Совета Безопасности прошло в Кремле. Совбез обсудил ситуацию на границе.",
            ["Совета Безопасности", "Совбез"],
            ["Кремле"],
        ),
        (
            "Министерство финансов опубликовало отчёт. Минфин ожидает роста доходов. "
            "Министерство юстиции не согласилось.",
            ["Министерство финансов", "Минфин"],
            ["Министерство юстиции"],
        ),
        # the staff of one country is not the other's
        (
            "Генеральный штаб ВС Украины сообщил о потерях. Генштаб России это опроверг.",
            ["Генштаб России"],
            ["Генеральный штаб"],
        ),
    ],
)
def test_a_contracted_name_joins_its_full_name(text, together, apart):
    entity = {m.text: m.entity for m in extract(text).mentions if m.type == "ORG"}
    assert len({entity[name] for name in together}) == 1
    assert not {entity[name] for name in apart} & {entity[together[0]]}


def test_a_body_joined_to_its_full_name_keeps_the_name_that_says_whose_it_is():
    text = (
        "Минздрав Украины сообщил о 500 новых случаях. В Минздраве отметили рост "
        "заболеваемости. Министерство здравоохранения призвало граждан оставаться дома."
    )
    doc = extract(text)
    entity = {m.text: m.entity for m in doc.mentions if m.type == "ORG"}
    assert entity["Министерство здравоохранения"] == entity["Минздрав Украины"]
    assert doc.entities[entity["Минздрав Украины"]].canonical == "Минздрав Украины"
