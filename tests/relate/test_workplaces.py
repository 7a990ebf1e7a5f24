"""Where a linked post is held, read off its sentence by the rules of workplaces.py."""

from dataclasses import replace

import pytest

from pipeline import extract
from pipeline.relate.linker import NO_MODEL


def places(doc):
    m = doc.mentions
    return [(m[o.person].text, None if o.org is None else m[o.org].text) for o in doc.occupations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "от" an organisation right after the title
        (
            "Законопроект внесла депутат от «Единой России» Ирина Яровая.",
            [("Ирина Яровая", "Единой России")],
        ),
        # the sentence opens with "в" and the organisation, the title and its holder follow
        (
            "В Газпроме председатель правления Алексей Миллер заявил, что цены вырастут.",
            [("Алексей Миллер", "Газпроме")],
        ),
        # ... also across a clause set off by commas ("где", "который", "куда")
        (
            "В Сенате, где демократам удалось сохранить большинство, спикер Гарри Рид заявил"
            " о победе.",
            [("Гарри Рид", "Сенате")],
        ),
        (
            "В Газпроме, который отчитался о рекордной прибыли, председатель правления Алексей"
            " Миллер заявил о новых планах.",
            [("Алексей Миллер", "Газпроме")],
        ),
        (
            "В Госдуме, куда внесён законопроект, председатель Вячеслав Володин высказался против.",
            [("Вячеслав Володин", "Госдуме")],
        ),
        # not when the clause is followed by a verb, nor for a city
        (
            "В Сенате, где демократы сохранили большинство, заявил спикер Гарри Рид.",
            [("Гарри Рид", None)],
        ),
        ("В Москве, где прошёл митинг, министр Иван Петров выступил.", [("Иван Петров", None)]),
        # an envoy whose title names no country serves where he is sent
        (
            "Трамп назначил Джона Хантсмена послом в России.",
            [("Джона Хантсмена", "России")],
        ),
        (
            "Встреча с полпредом в СКФО Александром Хлопониным прошла в Пятигорске.",
            [("Александром Хлопониным", "СКФО")],
        ),
        # where an envoy travels to (the accusative) is no workplace
        ("Посол Иван Петров приехал в Россию на переговоры.", [("Иван Петров", None)]),
        # a minister is sent nowhere: "в" a place after his title is a visit
        ("Визит министра Ивана Петрова в Казахстан отложен.", [("Ивана Петрова", None)]),
        # a plural title over a list of names and a list of countries: each its own
        (
            "Главы МИД России, Казахстана и Белоруссии Сергей Лавров, Мурат Нуртлеу и "
            "Максим Рыженков провели переговоры.",
            [
                ("Сергей Лавров", "России"),
                ("Мурат Нуртлеу", "Казахстана"),
                ("Максим Рыженков", "Белоруссии"),
            ],
        ),
        (
            "Министры иностранных дел России и Казахстана Сергей Лавров и Мурат Нуртлеу "
            "встретились в Москве.",
            [("Сергей Лавров", "России"), ("Мурат Нуртлеу", "Казахстана")],
        ),
        # a list of names, each after its place in the genitive
        (
            "Поста могут лишиться губернаторы нескольких регионов - Приморского края С.Дарькин,"
            " Саратовской области Павел Ипатов и Кировской области Никита Белых.",
            [
                ("С.Дарькин", "Приморского края"),
                ("Павел Ипатов", "Саратовской области"),
                ("Никита Белых", "Кировской области"),
            ],
        ),
        (
            "На встрече были министры иностранных дел России Сергей Лавров и Казахстана Мурат"
            " Нуртлеу.",
            [("Сергей Лавров", "России"), ("Мурат Нуртлеу", "Казахстана")],
        ),
        # the organisation of the title, named once, is every holder's
        (
            "Депутаты Госдумы Адальби Шхагошев и Александр Грибов внесли законопроект.",
            [("Адальби Шхагошев", "Госдумы"), ("Александр Грибов", "Госдумы")],
        ),
        # "его", "её" before a title: the organisation named before it
        (
            "Национальная ассамблея избрала 31 члена Госсовета, назначив Рауля Кастро его "
            "председателем.",
            [("Рауля Кастро", "Госсовета")],
        ),
        (
            "Компания Apple сообщила, что ее генеральный директор Тим Кук уходит в отпуск.",
            [("Тим Кук", "Apple")],
        ),
        # a lawyer is a person's, not the organisation's
        (
            "Газпром оштрафовали, но его адвокат Сергей Смирнов обжалует решение.",
            [("Сергей Смирнов", None)],
        ),
        # "работал в" an organisation right before the title in the instrumental
        (
            "37-летняя Марисса Майер до 2012 года 13 лет работала в Google инженером.",
            [("Марисса Майер", "Google")],
        ),
        (
            "До этого Дмитрий Патрушев работал в банке ВТБ старшим вице-президентом.",
            [("Дмитрий Патрушев", "ВТБ")],
        ),
        (
            "Иван Петров занимал в компании «Роснефть» пост вице-президента.",
            [("Иван Петров", "Роснефть")],
        ),
        # a city one works in is no organisation
        ("Иван Петров работал в Москве инженером.", [("Иван Петров", None)]),
        # a name in quotes right after the title
        (
            "Суд не дал разрешение на арест руководителя ''Samsung Electronics'' Сан Джин "
            "Пака, который также является фигурантом.",
            [("Сан Джин Пака", "Samsung Electronics")],
        ),
        # "от" inside a title names whom the holder represents; the post is held in the first
        (
            "Министр финансов Таро Асо, занимавший пост премьер-министра Японии от ЛДП, выступил.",
            [("Таро Асо", None), ("Таро Асо", "Японии")],
        ),
        (
            "Депутат Госдумы от партии «Единая Россия» Ирина Яровая внесла законопроект.",
            [("Ирина Яровая", "Госдумы")],
        ),
        # a place the holder goes to is no workplace
        ("Министр Иван Петров приехал в Казахстан.", [("Иван Петров", None)]),
        # nor the place of an honorary title; its organisation is, and a post
        ("В больнице умер народный артист СССР Лев Дуров.", [("Лев Дуров", None)]),
        ("Заслуженная артистка России Анна Смирнова выступила.", [("Анна Смирнова", None)]),
        ("Заслуженный профессор МГУ Иван Петров выступил.", [("Иван Петров", "МГУ")]),
        ("Народный депутат Украины Иван Петров заявил.", [("Иван Петров", "Украины")]),
        # not when something stands between the organisation and the title
        (
            "В Газпроме сообщили, что председатель правления Алексей Миллер заболел.",
            [("Алексей Миллер", None)],
        ),
    ],
)
def test_workplace_rules(resources, text, expected):
    # the rules alone: the learned workplace linker places some of what they leave
    # (test_workplace_linker.py)
    rules = replace(resources, workplace_model=NO_MODEL)
    assert places(extract(text, resources=rules)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fact's place (Берлускони known as "премьер-министр Италии"; the one country
        # named before "президент страны") named before the title in its sentence
        (
            "В Италии премьер-министр Сильвио Берлускони признал поражение.",
            [("Сильвио Берлускони", "Италии")],
        ),
        (
            "Выборы прошли в Венесуэле, и президент страны Уго Чавес признал победу оппозиции.",
            [("Уго Чавес", "Венесуэле")],
        ),
        # named after the title, or in another sentence: the fact's place, not the link's
        (
            "Премьер-министр Сильвио Берлускони прибыл в Италию.",
            [("Сильвио Берлускони", None)],
        ),
        (
            "Выборы прошли в Италии. Премьер-министр Сильвио Берлускони признал поражение.",
            [("Сильвио Берлускони", None)],
        ),
    ],
)
def test_places_of_the_fact(resources, text, expected):
    assert places(extract(text, resources=resources)) == expected
