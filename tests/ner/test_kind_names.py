import pytest

from pipeline.ner.kind_names import tag_quoted_kind_names


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Доклад подготовил институт «Коллективное действие».",
            [],
            [("Коллективное действие", "ORG")],
        ),
        (
            "Её возглавил лидер субкультурной партии «Dog with two tails».",
            [],
            [("Dog with two tails", "ORG")],
        ),
        (
            'Она руководила благотворительным фондом "Дорога будущего".',
            [],
            [("Дорога будущего", "ORG")],
        ),
        # a name the tagger found keeps its type and bounds
        (
            "Акции продала компания «Вектор».",
            [("Вектор", "ORG")],
            [("Вектор", "ORG")],
        ),
        # a kind noun inside a quoted name makes no second, nested name
        (
            "Об этом написала газета «Новая газета «Правда»» утром.",
            [],
            [("Новая газета «Правда", "ORG")],
        ),
        # no noun for a body before the quote, a lowercase quote, a quote over a line break
        ("Он посмотрел фильм «Время первых».", [], []),
        ("Компания назвала это «новой нормой».", [], []),
        ("Об этом сообщила компания «Вектор\nСегодня» днём.", [], []),
    ],
)
def test_tag_quoted_kind_names(apply, text, tagged, expected):
    assert apply(tag_quoted_kind_names, text, tagged) == expected
