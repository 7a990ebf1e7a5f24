import pytest

from pipeline.ner.street_persons import retype_street_persons


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Авария произошла на пересечении улицы Лобачевского и проспекта.",
            [("Лобачевского", "LOC")],
            [("Лобачевского", "PER")],
        ),
        (
            "На набережную канала Грибоедова вышли трое.",
            [("Грибоедова", "LOC")],
            [("Грибоедова", "PER")],
        ),
        (
            "Отель стоит на пересечении бульвара Тараса Шевченко и Пушкинской улицы.",
            [("Тараса Шевченко", "LOC")],
            [("Тараса Шевченко", "PER")],
        ),
        # an abbreviated street noun, a surname the dictionary does not know
        (
            "Центр находится в Санкт-Петербурге, ул. Аккуратова, 2.",
            [("Санкт-Петербурге", "LOC"), ("Аккуратова", "LOC")],
            [("Санкт-Петербурге", "LOC"), ("Аккуратова", "PER")],
        ),
        # a common word, a city, no street noun, an airport's name
        ("Митинг прошёл на площади Победы.", [("Победы", "LOC")], [("Победы", "LOC")]),
        ("По улицам Ростова ходят трамваи.", [("Ростова", "LOC")], [("Ростова", "LOC")]),
        ("Дом Лобачевского стоит в Казани.", [("Казани", "LOC")], [("Казани", "LOC")]),
        (
            "Самолёт сел в аэропорту Кеннеди.",
            [("Кеннеди", "LOC")],
            [("Кеннеди", "LOC")],
        ),
    ],
)
def test_retype_street_persons(apply, text, tagged, expected):
    assert apply(retype_street_persons, text, tagged) == expected
