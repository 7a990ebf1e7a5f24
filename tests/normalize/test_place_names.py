"""An organisation or place named by a word the dictionary does not know takes the
nominative its forms across the document fit."""

import pytest

from pipeline import extract
from pipeline.text.declension import forms_of, nominatives_of


def place_normals(text: str, resources) -> dict[str, str]:
    doc = extract(text, resources=resources)
    return {m.text: m.normal for m in doc.mentions if m.type in ("ORG", "LOC")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Хезболлы" and "Хезболле" fit only a noun in -а: each is Хезболла
        (
            "Хезболла объявила о победе. Представитель Хезболлы отказался от комментариев. "
            "Удары по Хезболле продолжились.",
            {"Хезболла": "Хезболла", "Хезболлы": "Хезболла", "Хезболле": "Хезболла"},
        ),
        # the dictionary reads "Миннесоте" as a word that does not decline
        (
            "Он живёт в Миннесоте. Миннесота известна своими озёрами.",
            {"Миннесоте": "Миннесота", "Миннесота": "Миннесота"},
        ),
        # "Лахора" and "Лахоре" fit Лахор as well as a Лахора: the name keeps its reading
        (
            "В Лахоре прошли акции протеста. Жители Лахора вышли на улицы.",
            {"Лахоре": "Лахор", "Лахора": "Лахор"},
        ),
        # words that do not decline stay as written
        (
            "Делегация Зимбабве прибыла в Кабо-Верде. В Зимбабве прошли выборы.",
            {"Зимбабве": "Зимбабве", "Кабо-Верде": "Кабо-Верде"},
        ),
        (
            "Губернатор Огайо приехал в Огайо.",
            {"Огайо": "Огайо"},
        ),
        # the guesser reads "Ракке" only as Ракка's locative, "Канкуне" as Канкун's too
        (
            "Бои идут в Ракке. Отдых в Канкуне подорожал. Память жертв в Сребренице.",
            {"Ракке": "Ракка", "Канкуне": "Канкун", "Сребренице": "Сребреница"},
        ),
        # the dictionary's organisation Алрос: the document's forms fit only Алроса
        (
            'Фонд купил долю в российской "Алросе". "Алросу" возглавляет сын министра. '
            'Сделка с "Алросой" сорвалась. Продажа акций "Алросы" была крупнейшей.',
            {"Алросе": "Алроса", "Алросу": "Алроса", "Алросой": "Алроса", "Алросы": "Алроса"},
        ),
        # ...but one form does not respell the dictionary's name
        (
            "Боевики Аль-Кайды атаковали базу. В Аль-Кайде заявили, что лидер погиб.",
            {"Аль-Кайды": "Аль-Каида", "Аль-Кайде": "Аль-Каида"},
        ),
    ],
)
def test_a_name_takes_the_nominative_its_forms_fit(text, expected, resources):
    normals = place_normals(text, resources)
    assert {name: normals[name] for name in expected} == expected


def test_the_forms_of_one_name_make_one_entity(resources):
    text = (
        "Хезболла объявила о победе. Представитель Хезболлы отказался от комментариев. "
        "Удары по Хезболле продолжились."
    )
    doc = extract(text, resources=resources)
    places = [m for m in doc.mentions if m.type == "LOC"]
    assert [m.normal for m in places] == ["Хезболла", "Хезболла", "Хезболла"]
    assert len({m.entity for m in places}) == 1


@pytest.mark.parametrize(
    ("nominative", "form", "fits"),
    [
        ("хезболла", "хезболлы", True),
        ("хезболла", "хезболле", True),
        ("хезболл", "хезболлы", False),
        ("лахор", "лахором", True),
        ("гагаузия", "гагаузии", True),
        ("огайо", "огайе", False),
    ],
)
def test_forms_of_a_name(nominative, form, fits):
    assert (form in forms_of(nominative)) is fits
    assert (nominative in nominatives_of(form)) is fits


@pytest.mark.parametrize(
    ("text", "name", "normal"),
    [
        # pymorphy3 guesses only a plural "хезболл"; a person noun or "из" before the
        # name puts it in the genitive, of a noun in -а
        ("Представитель Хезболлы заявил об этом.", "Хезболлы", "Хезболла"),
        ("Это сделали боевики Хезболлы.", "Хезболлы", "Хезболла"),
        # a place's name after the noun of its kind is not its genitive: Гимры is plural
        ("Произошла драка между жителями селений Гимры и Унцукуль.", "Гимры", "Гимры"),
        # a foreign name in -и does not decline
        ("Сенатор Рэнд Пол из Кентукки выступил против.", "Кентукки", "Кентукки"),
        # "Луисе" is the locative of Луис and the dative or locative of Луиса: after "в"
        # only the locatives count, and they tie for the man's name
        ("Он родился в 2005 году в Сан Луисе (Аргентина).", "Сан Луисе", "Сан Луис"),
        ("Пресс-конференция прошла в Киле.", "Киле", "Киль"),
        # after a preposition a name is not a plural nominative
        ("В Вирджинии скончался последний король Руанды.", "Вирджинии", "Вирджиния"),
        # a direction: no locative, the name is read in any case
        ("Делегация приехала в Москву.", "Москву", "Москва"),
        ("Он вернулся в Зимбабве.", "Зимбабве", "Зимбабве"),
        ("Выборы прошли в Огайо.", "Огайо", "Огайо"),
        ("Судно зашло в порт на Кабо-Верде.", "Кабо-Верде", "Кабо-Верде"),
    ],
)
def test_a_lone_name_read_in_the_case_of_the_word_before(text, name, normal, resources):
    assert place_normals(text, resources)[name] == normal


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("в городе Волжском", "городе"),
        ("в\xa0Волжском", "в"),  # a non-breaking space
        ("в городе \t Волжском", "городе"),
        ("городе \nВолжском", "городе"),  # a line break right before the name
        ("в городе\nВолжском", None),  # a line break alone is no space
        ("1990 Волжском", None),  # digits are no word
        ("в «Волжском", None),  # a quote between
        ("Волжском", None),  # nothing before
        ("о" + "б" * 45 + " Волжском", "б" * 39),  # no further than 40 characters back
    ],
)
def test_the_word_before_a_name(text, word):
    import re

    from pipeline.normalize.place_kinds import word_before

    start = text.rindex("Волжском")
    assert word_before(text, start) == word
    # what a search of the 40 characters before the name finds
    found = re.search(r"([^\W\d_]+)[ \t\xa0]+$", text[max(0, start - 40) : start])
    assert (found and found.group(1)) == word
