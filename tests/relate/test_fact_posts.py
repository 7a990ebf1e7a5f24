"""The post of a fact is the post itself, whole and in the nominative, and a masculine post
noun is held by a woman too: real sentences with their facts and links."""

import pytest

from pipeline import extract


def facts(doc):
    return [(doc.entities[f.person].canonical, f.title, f.org_canonical) for f in doc.facts]


def links(doc):
    return [
        (doc.mentions[o.title].text, doc.mentions[o.person].text)
        for o in doc.occupations
        if o.title is not None
    ]


@pytest.mark.parametrize(
    ("text", "link"),
    [
        # a foreign woman's name the dictionary reads as a dative ("Лике": Лика's), made a
        # nominative by the verb agreeing with it
        (
            "Полузащитник «Барселоны» Лике Мартенс забила гол.",
            ("Полузащитник «Барселоны", "Лике Мартенс"),
        ),
        # a masculine post noun held by a woman
        (
            "Министр образования Ольга Васильева заявила об этом.",
            ("Министр образования", "Ольга Васильева"),
        ),
    ],
)
def test_woman_holds_a_masculine_post(resources, text, link):
    assert link in links(extract(text, resources=resources))


@pytest.mark.parametrize(
    "text",
    [
        # no verb says the name is a subject: "Лике" stays a dative
        "Полузащитник «Барселоны» Лике Мартенс подарили цветы.",
        # the genitive after a title is the title's holder's, not the title's holder
        "Адвокат Асии Биби заявил, что она покинула страну.",
        # a woman's title does not go to a man
        "Муж актрисы Сергей Сенин заявил об этом.",
    ],
)
def test_no_link(resources, text):
    doc = extract(text, resources=resources)
    person = next(m.text for m in doc.mentions if m.type == "PER")
    assert all(holder != person for _, holder in links(doc))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the adjective of the organisation cut after the post leaves with it
        (
            "Полузащитник испанской «Барселоны» и сборной Нидерландов Лике Мартенс забила гол.",
            ("Лике Мартенс", "полузащитник", "Барселона"),
        ),
        (
            "Главный тренер мадридского «Реала» Зинедин Зидан стал лучшим тренером 2017 года.",
            ("Зинедин Зидан", "главный тренер", "Реал"),
        ),
        (
            "Лидер оппозиционного Блока демократического единства Энрике Каприлес проиграл выборы.",
            ("Энрике Каприлес", "лидер", "Блок демократического единства"),
        ),
        (
            "Екатерина Хотинова, старший научный сотрудник сочинского Художественного музея,"
            " рассказала об этом.",
            ("Екатерина Хотинова", "старший научный сотрудник", "Художественный музей"),
        ),
        # so does the preposition before it
        (
            "Депутат парламента от Консервативной партии Питер Бон приветствовал отставку.",
            ("Питер Бон", "депутат парламента", "парламент"),
        ),
        # a quoted organisation leaves whole
        (
            "Генеральный директор «Российской газеты» Павел Негоица выступил.",
            ("Павел Негоица", "генеральный директор", "Российская газета"),
        ),
        (
            "Об этом сообщил директор «Росбанка» Иван Петров.",
            ("Иван Петров", "директор", "Росбанк"),
        ),
        # a name in straight quotes leaves with its quotes
        (
            'Глава оппозиционного "Движения за демократические перемены" Морган Цвангираи'
            " заявил об этом.",
            ("Морган Цвангираи", "глава", "Движение за демократические перемены"),
        ),
        (
            'Член правления "Газпрома" Александр Медведев заявил об этом.',
            ("Александр Медведев", "член правления", "Газпром"),
        ),
        # the kind of organisation or place before the name, and a legal form, leave too
        (
            "Главный редактор радиостанции «Эхо Москвы» Алексей Венедиктов заявил об этом.",
            ("Алексей Венедиктов", "главный редактор", "Эхо Москвы"),
        ),
        (
            "Губернатор штата Юта Гэри Херберт подписал закон.",
            ("Гэри Херберт", "губернатор", "Юта"),
        ),
        (
            "Министр финансов земли Гессен Томас Шефер покончил с собой.",
            ("Томас Шефер", "министр финансов", "Гессен"),
        ),
        (
            'Гендиректор ОАО "Башкирэнерго" Иван Петров заявил об этом.',
            ("Иван Петров", "гендиректор", "Башкирэнерго"),
        ),
        # an adverb opening the sentence is lowercase in the post, as the rest of it
        (
            "Временно исполняющим обязанности президента Туниса стал спикер парламента Фуад"
            " Мебаза.",
            ("Фуад Мебаза", "временно исполняющий обязанности президента", "Тунис"),
        ),
        # a nominative participle is the post itself, kept
        (
            "Главным управляющим General Motors назначен Эд Уитакер.",
            ("Эд Уитакер", "главный управляющий", "General Motors"),
        ),
    ],
)
def test_post_is_the_post_itself(resources, text, fact):
    assert fact in facts(extract(text, resources=resources))
