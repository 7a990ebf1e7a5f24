"""Which mention of a fact's place a link takes when its own sentence names none before the
title: the organisation a title of its kind ("президент клуба") refers back to."""

import pytest

from pipeline import extract


def placed_links(doc):
    """(person as written, title as written, org as written, where the org starts)."""
    m = doc.mentions
    return [
        (
            m[o.person].text,
            m[o.title].text,
            None if o.org is None else m[o.org].text,
            None if o.org is None else m[o.org].start,
        )
        for o in doc.occupations
    ]


def nth(text, phrase, n):
    """The offset of the n-th (from 0) occurrence of a phrase."""
    start = -1
    for _ in range(n + 1):
        start = text.index(phrase, start + 1)
    return start


@pytest.mark.parametrize(
    ("text", "person", "title", "org", "occurrence"),
    [
        # the club, company or party named in an earlier sentence
        (
            "Клуб «Арарат» закрывается. Президент клуба Валерий Оганесян написал заявление"
            " об уходе.",
            "Валерий Оганесян",
            "Президент клуба",
            "Арарат",
            0,
        ),
        (
            "Акционеры компании «Газпром» собрались в Москве. Глава компании Алексей Миллер"
            " доволен.",
            "Алексей Миллер",
            "Глава компании",
            "Газпром",
            0,
        ),
        (
            "Партия «Яблоко» провела съезд в Москве. Глава партии Николай Рыбаков выступил с"
            " докладом.",
            "Николай Рыбаков",
            "Глава партии",
            "Яблоко",
            0,
        ),
        # named again after the title in its sentence: that mention
        (
            "Клуб «Тамбов» не прошёл аттестацию. По словам генерального директора клуба"
            " Николая Волошкина, «Тамбов» сыграет в лиге.",
            "Николая Волошкина",
            "генерального директора клуба",
            "Тамбов",
            1,
        ),
    ],
)
def test_title_of_a_kind_takes_the_mention_it_refers_to(
    resources, text, person, title, org, occurrence
):
    found = placed_links(extract(text, resources=resources))
    assert (person, title, org, nth(text, org, occurrence)) in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a country's or a city's post of its kind: the fact's place, no mention of the link
        ("Выборы прошли в Венесуэле. Президент страны Уго Чавес признал победу оппозиции.",
         "Уго Чавес"),
        ("В Казани прошёл митинг. Мэр города Ильсур Метшин выступил перед горожанами.",
         "Ильсур Метшин"),
        # two clubs before: which one is not said
        ("Клуб «Зенит» обыграл клуб «Спартак». Президент клуба Александр Медведев доволен.",
         "Александр Медведев"),
        # a state post whose country another sentence names (Путин is known as "президент
        # России"): the fact's, not the link's
        ("Россия выиграла чемпионат мира. Премьер-министр Владимир Путин поздравил сборную.",
         "Владимир Путин"),
    ],
)  # fmt: skip
def test_no_mention_from_another_sentence(resources, text, person):
    found = placed_links(extract(text, resources=resources))
    assert [org for holder, _, org, _ in found if holder == person] == [None]
