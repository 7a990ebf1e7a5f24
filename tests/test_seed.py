"""The golden test: the bundled seed article end to end."""

import pytest

from pipeline import extract

SEED_PERSONS = [
    "Лилия Сыздыкова",
    "Ерлан Карин",
    "Дмитрий Песков",
    "Аида Балаева",
    "Раушан Кажибаева",
    "Аскар Умаров",
    "Никита Шаталов",
    "Айбек Смадияров",
    "Марина Ким",
    "Бэлла Черкесова",
    "Андрей Кондрашов",
    "Касым-Жомарт Токаев",
    "Владимир Путин",
]


@pytest.fixture(scope="module")
def seed_doc(seed_text, resources):
    return extract(seed_text, doc_id="000_07b8981729e01021", resources=resources)


def test_every_person_is_found_once_as_an_entity(seed_doc):
    persons = [e.canonical for e in seed_doc.entities if e.type == "PER"]
    for name in SEED_PERSONS:
        assert persons.count(name) == 1, name


@pytest.mark.parametrize("place", ["Алматы", "Москва"])
def test_places(seed_doc, place):
    assert any(m.type == "LOC" and m.normal == place for m in seed_doc.mentions)


def test_inflected_person_mentions_are_normalised_and_merged(seed_doc):
    by_text = {m.text: m for m in seed_doc.mentions}
    peskov = by_text["Дмитрия Пескова"]
    assert peskov.normal == "Дмитрий Песков"
    assert seed_doc.entities[peskov.entity].canonical == "Дмитрий Песков"
    assert by_text["Казахстане"].normal == "Казахстан"
    assert by_text["Службы центральных коммуникаций"].normal == "Служба центральных коммуникаций"


def test_offsets_point_into_the_text(seed_doc, seed_text):
    starts = [m.start for m in seed_doc.mentions]
    assert starts == sorted(starts)
    assert [m.id for m in seed_doc.mentions] == list(range(len(seed_doc.mentions)))
    for mention in seed_doc.mentions:
        assert seed_text[mention.start : mention.end] == mention.text
        assert mention.id in seed_doc.entities[mention.entity].mentions
