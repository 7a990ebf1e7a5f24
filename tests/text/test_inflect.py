"""What the dictionary tells of a name word."""

import pytest

from pipeline.text.inflect import first_name_gender, mention_form


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Хана", "femn"),  # хан, the common noun, is no first name
        ("Анна", "femn"),
        ("Лев", "masc"),
        ("Петра", None),  # Пётр's genitive
        ("Альфа", None),  # Альф's genitive; альфа is a letter
        ("Ивана", None),  # Иван's genitive, no nominative
        ("Джесси", None),  # a foreign name that does not decline is often either
        ("Андреа", None),
        ("Саша", None),  # a man's and a woman's
        ("Шпана", None),  # no first name
    ],
)
def test_a_first_name_written_in_the_nominative_gives_its_gender(resources, word, gender):
    assert first_name_gender(word, resources.morph) == gender


@pytest.mark.parametrize(
    ("words", "cases"),
    [
        # unknown to the dictionary and guessed as a thing ("аятолл"): a man's noun in -а too
        (["аятолла"], {"nomn", "gent"}),
        (["аятоллы"], {"nomn", "accs", "gent"}),
        (["аятолле"], {"datv", "loct"}),
        # the dictionary's own readings stand
        (["министра"], {"gent", "accs"}),
        (["мулла"], {"nomn"}),
        (["шейха"], {"gent", "accs"}),
    ],
)
def test_a_title_word_guessed_as_a_thing_may_be_a_mans_noun_in_a(resources, words, cases):
    assert mention_form(words, resources.morph, person=False).cases == cases
