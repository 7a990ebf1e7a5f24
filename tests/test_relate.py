"""Who holds which title: the seed article's table and one sentence per pattern."""

import pytest

from pipeline import extract

SEED_TITLES = {
    "Ерлан Карин": {"государственный советник", "государственный советник РК", "госсоветник"},
    "Дмитрий Песков": {
        "заместитель руководителя Администрации Президента",
        "пресс-секретарь Президента РФ",
    },
    "Аида Балаева": {"министр культуры и информации РК", "министр"},
    "Раушан Кажибаева": {"директор Телерадиокомплекса Президента РК", "директор ТРК"},
    "Аскар Умаров": {"директор Службы центральных коммуникаций при Президенте РК"},
    "Никита Шаталов": {"депутат Мажилиса Парламента РК"},
    "Айбек Смадияров": {"председатель Комитета международной информации МИД РК"},
    "Марина Ким": {"депутат Государственной Думы РФ"},
    "Бэлла Черкесова": {"заместитель министра цифрового развития, связи и массовых коммуникаций"},
    "Андрей Кондрашов": {
        "генеральный директор агентства ИТАР-ТАСС",
        "генеральный директор ИТАР-ТАСС",
    },
    "Касым-Жомарт Токаев": {"президент"},
    "Владимир Путин": {"президент"},
}


def links(doc):
    m = doc.mentions
    return [
        (
            doc.entities[m[o.person].entity].canonical,
            m[o.title].normal,
            None if o.org is None else m[o.org].text,
        )
        for o in doc.occupations
    ]


def test_seed_persons_and_their_titles(seed_text, resources):
    doc = extract(seed_text, resources=resources)
    held: dict[str, set[str]] = {}
    for person, title, _ in links(doc):
        held.setdefault(person, set()).add(title)
    assert held == SEED_TITLES
    persons = {e.canonical: e for e in doc.entities if e.type == "PER"}
    assert persons["Дмитрий Песков"].titles == (
        "заместитель руководителя Администрации Президента",
        "пресс-секретарь Президента РФ",
    )
    assert persons["Лилия Сыздыкова"].titles == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title before the name, organisation inside the title
        (
            "На форуме выступил министр культуры и информации РК Аида Балаева.",
            [("Аида Балаева", "министр культуры и информации РК", "РК")],
        ),
        # an inflected chain
        (
            "По словам пресс-секретаря Президента РФ Дмитрия Пескова, визит готовится.",
            [("Дмитрий Песков", "пресс-секретарь Президента РФ", "РФ")],
        ),
        # apposition after the name
        (
            "Аида Балаева, министр культуры, открыла форум.",
            [("Аида Балаева", "министр культуры", None)],
        ),
        # a dash
        (
            "Дмитрий Песков – пресс-секретарь Президента РФ.",
            [("Дмитрий Песков", "пресс-секретарь Президента РФ", "РФ")],
        ),
        # a plural title with coordinated names gives two links
        (
            "Президенты Касым-Жомарт Токаев и Владимир Путин провели переговоры.",
            [("Касым-Жомарт Токаев", "президент", None), ("Владимир Путин", "президент", None)],
        ),
        # predicates
        (
            "Иван Петров назначен министром финансов.",
            [("Иван Петров", "министр финансов", None)],
        ),
        (
            "Мэром Детройта избран Дэйв Бинг.",
            [("Дэйв Бинг", "мэр Детройта", "Детройта")],
        ),
        # a title referring back to an earlier person
        (
            "Государственный советник Ерлан Карин открыл форум. Госсоветник также рассказал о"
            " реформах.",
            [
                ("Ерлан Карин", "государственный советник", None),
                ("Ерлан Карин", "госсоветник", None),
            ],
        ),
        # a pronoun refers to the subject, not to the last name before it
        (
            "Джефф Сешнс представляет Алабаму в Сенате, до этого он был генеральным прокурором"
            " штата.",
            [("Джефф Сешнс", "генеральный прокурор штата", None)],
        ),
        # a pronoun
        (
            "Игорь Юсуфов покинул правительство. Сейчас он работает советником президента.",
            [("Игорь Юсуфов", "советник президента", None)],
        ),
    ],
)
def test_patterns(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Журналисты обсудили итоги форума.",
        "Сейчас российская сторона готовится к визиту Президента Казахстана.",
        "Владимир Путин прилетел в Москву. Министр финансов выступил позже.",
        # the name after the title is in another case: it belongs to the organisation
        "Выступила представитель фонда Анны Франк.",
        # a plural title after one name is not that person's
        "Встречу посетили Дмитрий Медведев, депутаты Законодательного собрания края.",
    ],
)
def test_no_link(resources, text):
    assert links(extract(text, resources=resources)) == []
