"""A title's body: the organisation its complement names by kind, in lower case, as NEREL
marks it ("директор ростовского цирка"), kept as the workplace of a link only."""

import pytest

from pipeline import extract


def organisations(text, resources):
    doc = extract(text, resources=resources)
    return [(m.text, m.normal) for m in doc.mentions if m.type == "ORG"]


def facts(text, resources):
    doc = extract(text, resources=resources)
    return [(doc.entities[f.person].canonical, f.title, f.org_canonical) for f in doc.facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Директор ростовского цирка Дмитрий Резниченко уточнил, что артист скончался дома.",
            [("ростовского цирка", "ростовский цирк")],
        ),
        (
            "Как сообщил глава пресс-службы посольства США Джон Смит, визит отложен.",
            [("пресс-службы посольства США", "пресс-служба посольства США")],
        ),
        (
            "Глава правительства Израиля Биньямин Нетаньяху прилетел в Вашингтон.",
            [("правительства Израиля", "правительство Израиля")],
        ),
        # whom a deputy represents is no part of the body
        (
            "Леван Гачечиладзе является депутатом парламента от партии «Новые правые».",
            [("парламента", "парламент"), ("Новые правые", "Новые правые")],
        ),
        # the longer title names the ministry's department: no body of the shorter one
        (
            "Руководителем ведомства стал директор департамента Минобрнауки Сергей Кравцов.",
            [("Минобрнауки", "Минобрнауки")],
        ),
        # a name the tagger found is the workplace: no body around it
        (
            "Генеральный директор «Газпрома» Алексей Миллер заявил об этом.",
            [("Газпрома", "Газпром")],
        ),
        # no one holds a post there: no body
        ("Сотрудники полиции задержали подозреваемого.", []),
        ("Представитель полиции заявил, что задержанный отпущен.", []),
    ],
)
def test_bodies_named_in_titles(text, expected, resources):
    assert organisations(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Директор ростовского цирка Дмитрий Резниченко уточнил, что артист скончался дома.",
            [("Дмитрий Резниченко", "директор", "ростовский цирк")],
        ),
        (
            "Глава правительства Израиля Биньямин Нетаньяху прилетел в Вашингтон.",
            [("Биньямин Нетаньяху", "глава", "правительство Израиля")],
        ),
    ],
)
def test_a_body_is_the_workplace_of_the_fact(text, expected, resources):
    assert facts(text, resources) == expected
