"""A body in lower case, as NEREL marks it: the organisation a title's complement names by
kind ("директор ростовского цирка"), or a verb of heading or working ("командовал армией
боснийских сербов"); kept as the workplace of a link only."""

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
        # the body a verb of working names, in its nominative
        (
            "Принц Гарри служил в британской армии.",
            [("британской армии", "британская армия")],
        ),
        # no one holds a post there: no body
        ("Сотрудники полиции задержали подозреваемого.", []),
        ("Служить в армии он не хотел.", []),
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


def workplaces(text, resources):
    doc = extract(text, resources=resources)
    m = doc.mentions
    return [(m[o.person].text, m[o.org].text) for o in doc.occupations if o.org is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of a verb of heading, its genitive included
        (
            "Младич командовал армией боснийских сербов во время войны в Боснии.",
            [("Младич", "армией боснийских сербов")],
        ),
        (
            "Вчера он уволил Азамата Сагитова, который возглавил башкирскую администрацию год "
            "назад.",
            [("Азамата Сагитова", "башкирскую администрацию")],
        ),
        # how long one headed it is no part of the body
        (
            "Малышков руководил департаментом потребрынка с 1993 года.",
            [("Малышков", "департаментом потребрынка")],
        ),
        # working "в" a body
        (
            "Принц Гарри служил в британской армии и летал на вертолётах.",
            [("Гарри", "британской армии")],
        ),
        # working as a post "в" a body: the post's workplace
        (
            "Руснок в 2001-2002 годах работал министром финансов в правительстве Земана.",
            [("Руснок", "правительстве")],
        ),
        (
            "Иржи Руснок работал министром финансов в чешском правительстве.",
            [("Иржи Руснок", "чешском правительстве")],
        ),
        # after a post, "на" names a medium, not an employer
        ("С 1960 года Айрат Арсланов работал диктором на телевидении.", []),
        # a name right after the body is the workplace: no body around it
        ("Иван Петров возглавлял правительство Италии.", [("Иван Петров", "Италии")]),
        # no one works there: no body
        ("Служить в армии он не хотел.", []),
        # a title's own head is no verb: what the title names is the title's business
        ("— уточняет заведующая кафедрой профессор Ольга Карпова.", []),
        ("Правительство возглавит новый премьер.", []),
        # not a body: a town one works in, a chart one tops
        ("Иван Петров работал в Москве.", []),
        ("Иван Петров возглавил рейтинг журнала.", []),
    ],
)
def test_a_body_a_verb_names_is_where_its_subject_works(text, expected, resources):
    assert workplaces(text, resources) == expected
