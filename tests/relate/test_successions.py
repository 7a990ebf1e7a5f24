"""A name after "сменить" or "вместо" holds the post named before it."""

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
    ],
)
def test_the_name_after_a_succession_holds_the_post(resources, text, holder, title):
    assert (holder, title) in held(text, resources)


@pytest.mark.parametrize(
    "text",
    [
        # a player replaced on the pitch holds no one's title
        "Главный тренер Иван Петров заменил Сергея Сидорова на 60-й минуте.",
        # no title before the succession
        "На 60-й минуте дебютировал 29-летний немец Марко Ройс, заменив Сами Хедиру.",
    ],
)
def test_no_succession(resources, text):
    assert not {person for person, _ in held(text, resources)} - {"Иван Петров"}
