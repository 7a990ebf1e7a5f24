"""What the dictionary tells of a name word."""

import pytest

from pipeline.text.inflect import first_name_gender, inflect, mention_form


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


# grammemes a run asks forms in: each case, each case with a number or a gender, the rare
# cases pymorphy3 falls back from (loc2 -> loct, voct -> nomn) and a set of no form
INFLECTIONS = [
    *({case} for case in ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "loc2", "gen2")),
    *({case, number} for case in ("nomn", "gent", "accs", "loct") for number in ("sing", "plur")),
    {"nomn", "femn", "sing"},
    {"gent", "masc"},
    {"loc2", "plur"},
    {"VERB", "past"},
]


@pytest.mark.parametrize(
    ("word", "grammemes", "form"),
    [
        ("министрам", {"nomn", "sing"}, "министр"),
        ("России", {"nomn"}, "россия"),
        ("лесу", {"loct"}, "лесе"),
        ("лес", {"loc2"}, "лесу"),
        ("ёлки", {"nomn", "plur"}, "ёлки"),  # the ё the dictionary has, not the written е
        ("елки", {"datv", "sing"}, "ёлке"),
        ("Песковым", {"nomn"}, "песков"),
        ("Черкесову", {"nomn", "femn"}, "черкесова"),
        ("лучшей", {"nomn"}, "наихорошая"),  # the lexeme files superlatives together
        ("кикбоксерам", {"nomn", "sing"}, "кикбоксёр"),  # guessed: pymorphy3's own inflect
        ("санкт-петербурга", {"nomn"}, "санкт-петербург"),
        ("стола", {"VERB", "past"}, None),
    ],
)
def test_inflect_gives_pymorphy3s_form(resources, word, grammemes, form):
    parse = resources.morph.parse(word)[0]
    found = inflect(parse, grammemes)
    assert (found and found.word) == form
    assert found == parse.inflect(grammemes)


@pytest.mark.parametrize(
    "word",
    [
        "министра", "президентом", "России", "Москве", "Песков", "заявил", "журналистам",
        "выборы", "лучшей", "ёлке", "елке", "генерального", "директора", "Черкесову",
        "Анны", "Петра", "сша", "путь", "мать", "времени", "людей", "лесу", "аятолле",
        "Жан-Батиста", "пресс-секретарь", "Санкт‑Петербурга", "Кандагаре",
    ],
)  # fmt: skip
def test_inflect_is_pymorphy3s_for_every_reading_of_a_word(resources, word):
    """Every reading, in every set of grammemes: the same form, tag, reading and method."""
    for parse in resources.morph.parse(word):
        for grammemes in INFLECTIONS:
            found, expected = inflect(parse, grammemes), parse.inflect(grammemes)
            assert found == expected
            assert found is None or found.methods_stack == expected.methods_stack
