import pytest

from pipeline.ner.lone_adjectives import drop_lone_adjectives


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("Клиническое исследование показало хороший результат.", [("Клиническое", "ORG")], []),
        (
            "Официальный представитель МИД ответил.",
            [("Официальный", "ORG"), ("МИД", "ORG")],
            [("МИД", "ORG")],
        ),
        # a name that ends in its noun, a word that may be a surname, a list of adjectives
        (
            "Федеральное собрание приняло закон.",
            [("Федеральное собрание", "ORG")],
            [("Федеральное собрание", "ORG")],
        ),
        (
            "Московские ветеринары привили животных.",
            [("Московские", "ORG")],
            [("Московские", "ORG")],
        ),
        (
            "Бойцы Ленинградского и Волховского фронтов встретились.",
            [("Ленинградского", "ORG")],
            [("Ленинградского", "ORG")],
        ),
        # a place stays: the repair reads organisations only
        ("Клиническое исследование показало.", [("Клиническое", "LOC")], [("Клиническое", "LOC")]),
    ],
)
def test_drop_lone_adjectives(apply, text, tagged, expected):
    assert apply(drop_lone_adjectives, text, tagged) == expected
