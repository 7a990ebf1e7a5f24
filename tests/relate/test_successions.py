"""A name after "сменить" or "вместо" holds the post named before it; the subject of
"сменить на посту" holds the post after it."""

import pytest

from pipeline import extract


def held(text, resources):
    doc = extract(text, resources=resources)
    m = doc.mentions
    return {(m[o.person].text, m[o.title].text) for o in doc.occupations if o.title is not None}


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "Геннадий Кернес стал мэром Харькова в марте 2010 году, сменив на этом посту "
            "своего знакомого Михаила Добкина.",
            "Михаила Добкина",
            "мэром Харькова",
        ),
        (
            "Сергей Постоловский назначен министром транспорта Пермского края вместо "
            "подследственного Алмаза Закиева.",
            "Алмаза Закиева",
            "министром транспорта Пермского края",
        ),
        (
            "Он добавил, что на посту генерального директора Apple его сменит Тим Кук.",
            "Тим Кук",
            "генерального директора Apple",
        ),
        # "его место занял", "на этот пост был назначен": the name after takes the post
        (
            "Премьер-министр Италии Сильвио Берлускони отправлен в отставку, его место занял "
            "Марио Монти.",
            "Марио Монти",
            "Премьер-министр Италии",
        ),
        (
            "После отставки Спиро Агню с поста вице-президента США, в 1973 году, на этот пост "
            "был назначен Джеральд Форд.",
            "Джеральд Форд",
            "вице-президента США",
        ),
        # the subject of "сменить на посту" before the title holds it too
        (
            "61-летняя Джина Хаспел сменила на посту главы ЦРУ Майка Помпео.",
            "Джина Хаспел",
            "главы ЦРУ",
        ),
        (
            "Рауль Кастро, который в 2008 году сменил на посту председателя Госсовета Кубы "
            "своего брата Фиделя, уйдёт в отставку.",
            "Рауль Кастро",
            "председателя Госсовета Кубы",
        ),
        # a participle after the name and a comma
        (
            "Парламент выразил доверие Мамуке Бахтадзе, сменившему на посту премьер-министра "
            "страны Георгия Квирикашвили.",
            "Мамуке Бахтадзе",
            "премьер-министра страны",
        ),
    ],
)
def test_a_succession_names_the_holder(resources, text, holder, title):
    assert (holder, title) in held(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        # a player replaced on the pitch holds no one's title
        "Главный тренер Иван Петров заменил Сергея Сидорова на 60-й минуте.",
        # no title before the succession
        "На 60-й минуте дебютировал 29-летний немец Марко Ройс, заменив Сами Хедиру.",
        # a place on the pitch is no post
        "Главный тренер Иван Петров сказал, что его место на поле занял Сергей Сидоров.",
    ],
)
def test_no_succession(resources, text):
    assert not {person for person, _ in held(text, resources)} - {"Иван Петров"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name before a comma is the speaker's, not the verb's subject
        ("Как сказал Иван Петров, вскоре сменит на посту министра Кузнецова.", "Иван Петров"),
        # too far before the verb
        (
            "Как рассказал Иван Петров в интервью газете на прошлой неделе скоро сменит на "
            "посту министра Кузнецова.",
            "Иван Петров",
        ),
    ],
)
def test_a_name_not_the_subject_takes_no_post(resources, text, speaker):
    assert speaker not in {person for person, _ in held(text, resources)}
