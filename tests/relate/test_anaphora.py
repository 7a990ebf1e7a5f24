"""A post stated with no subject, or with "он"/"она" for one: the one person of the verb's or
pronoun's gender the sentences before name in the nominative holds it."""

from dataclasses import replace

import pytest

from pipeline import extract
from pipeline.relate.linker import NO_MODEL

from .test_workplace_linker import workplaces as links


@pytest.fixture(scope="module")
def rules(resources):
    """The rules alone: the learned linker would link some titles across sentences too."""
    return replace(resources, links=NO_MODEL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Соня Сотомайор родилась в Нью-Йорке. Работала прокурором в Манхэттене.",
            [("Соня Сотомайор", "прокурором", None)],
        ),
        # the organisation of the title's own sentence comes with it
        (
            "Иван Петров родился в Туле. С 2005 года был директором завода «Тулачермет».",
            [("Иван Петров", "директором завода «Тулачермет", "Тулачермет")],
        ),
        # a sentence that goes on about him ("окончил") does not break the chain
        (
            "Евгений Душко родился в Загорске. В 2002 году окончил аспирантуру МГУ. В разное "
            "время работал экспертом в компании «Свой Дом».",
            [("Евгений Душко", "экспертом", "Свой Дом")],
        ),
        # a woman of two: the verb's gender tells which
        (
            "Мария Иванова и Иван Петров окончили МГУ. В 2005 году была назначена прокурором Тулы.",
            [("Мария Иванова", "прокурором Тулы", "Тулы")],
        ),
        (
            "Мария Иванова окончила МГУ. Она работала прокурором Тулы.",
            [("Мария Иванова", "прокурором Тулы", "Тулы")],
        ),
        # a present tense shows no gender: the one person named in the sentence before
        (
            "В 1988 году Брайан Орсер нёс флаг страны на открытии Олимпийских игр. В "
            "настоящее время работает тренером.",
            [("Брайан Орсер", "тренером", None)],
        ),
        (
            "Анна Петрова окончила МГУ. Сейчас работает адвокатом в Москве.",
            [("Анна Петрова", "адвокатом", None)],
        ),
        (
            "С декабря 2006 года Сергей Воробьев живет в Орле. По настоящее время занимает "
            "должность прокурора Орловской области.",
            [("Сергей Воробьев", "прокурора Орловской области", "Орловской области")],
        ),
    ],
)
def test_subjectless_post_goes_to_the_person_before(rules, text, expected):
    assert links(extract(text, resources=rules)) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the verb's or the pronoun's gender is not his
        ("Иван Петров окончил МГУ. Работала прокурором Тулы.", "прокурором Тулы"),
        ("Иван Петров окончил МГУ. Она работала прокурором Тулы.", "прокурором Тулы"),
        # the only woman is no subject
        (
            "Иван Петров встретился с Марией Ивановой. Работала прокурором Тулы.",
            "прокурором Тулы",
        ),
        # two men: no telling which
        (
            "Иван Петров и Сергей Смирнов окончили МГУ. Был назначен прокурором Тулы.",
            "прокурором Тулы",
        ),
        # a new name in between, a woman: the chain is broken
        (
            "Иван Петров окончил МГУ в 1990 году. Через год Мария Иванова уехала в Москву. "
            "Был назначен прокурором Тулы.",
            "прокурором Тулы",
        ),
        # a name with no verb it is the subject of
        (
            "Иван Петров окончил МГУ. Его учитель — академик Виктор Виноградов. Был "
            "директором института.",
            "директором института",
        ),
        # the clause has a subject of its own
        ("Мария Иванова окончила МГУ. Позже коллега работал прокурором Тулы.", "прокурором Тулы"),
        # a present tense: two persons before, a name with no verb, a subject of its own,
        # or no name in the sentence right before
        (
            "Анна Петрова встретилась с Иваном Смирновым. Сейчас работает адвокатом в Москве.",
            "адвокатом",
        ),
        (
            "Анна Петрова окончила МГУ в 1990 году. Её муж — Иван Смирнов. Сейчас работает "
            "адвокатом в Москве.",
            "адвокатом",
        ),
        ("Анна Петрова окончила МГУ. Сейчас её брат работает адвокатом в Москве.", "адвокатом"),
        (
            "Анна Петрова окончила МГУ. Переехала в Тулу. Сейчас работает адвокатом в Москве.",
            "адвокатом",
        ),
    ],
)
def test_no_holder_when_gender_or_salience_says_no(rules, text, title):
    doc = extract(text, resources=rules)
    assert title in {m.text for m in doc.mentions}
    assert title not in {t for _, t, _ in links(doc)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line of a biography: a date, a dash, the post; no verb tells a gender
        (
            "Владимир Булавин родился в 1953 году в Липецкой области. Службу проходил в "
            "Нижегородской области. С 1992 года — начальник УМБ-УФСК-УФСБ РФ по Нижегородской "
            "области. С 2008 года — первый замсекретаря Совета Безопасности РФ.",
            [
                (
                    "Владимир Булавин",
                    "начальник УМБ-УФСК-УФСБ РФ по Нижегородской области",
                    "УМБ-УФСК-УФСБ РФ",
                ),
                (
                    "Владимир Булавин",
                    "первый замсекретаря Совета Безопасности РФ",
                    "Совета Безопасности РФ",
                ),
            ],
        ),
        (
            "Галина Волчек окончила школу-студию МХАТ. С 1971 года — главный режиссёр театра.",
            [("Галина Волчек", "главный режиссёр театра", None)],
        ),
        (
            "Евгений Примаков родился в Киеве. В 1996 году — глава МИД России.",
            [("Евгений Примаков", "глава МИД России", "МИД России")],
        ),
        # a name in an aside is not whom the text goes on about
        (
            "Иван Петров окончил МГУ. В 1991—1996 годах работал в банке «Менатеп» (его "
            "возглавлял Михаил Ходорковский). В 1998—1999 годах — директор ОАО «ОРТ».",
            [("Иван Петров", "директор ОАО «ОРТ", "ОРТ")],
        ),
    ],
)
def test_a_biography_line_goes_to_the_person_it_is_about(rules, text, expected):
    assert links(extract(text, resources=rules)) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # two persons before: no telling whose biography
        (
            "Иван Петров и Мария Смирнова окончили МГУ. С 1992 года — директор завода «Арсенал».",
            "директор завода «Арсенал",
        ),
        # no date before the dash: no line of a biography
        (
            "Иван Петров окончил МГУ. Его друг — директор завода «Арсенал».",
            "директор завода «Арсенал",
        ),
    ],
)
def test_no_biography_holder(rules, text, title):
    doc = extract(text, resources=rules)
    assert title in {m.text for m in doc.mentions}
    assert title not in {t for _, t, _ in links(doc)}
