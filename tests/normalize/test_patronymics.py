import pytest

from pipeline import extract
from pipeline.entities.merge import fullest_name
from pipeline.normalize import patronymics
from pipeline.normalize.names import read_person
from pipeline.normalize.patronymics import is_patronymic, patronymic_judge


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # the dictionary tags these patronymics
        ("Владимирович", True),
        ("Юрьевна", True),
        ("Ильинична", True),
        # unknown to it, built on a first name it knows
        ("Рамзанович", True),
        ("Зурабович", True),
        # a soft sign before "-евич" for the name's "-ий": Евсевий
        ("Евсевьевич", True),
        ("Евсевьевна", True),
        # surnames with the ending: the dictionary knows them as surnames only ...
        ("Янукович", False),
        ("Милошевич", False),
        ("Шушкевич", False),
        # ... or they are built on no first name
        ("Рабинович", False),
        ("Вучич", False),
        ("Ющенко", False),
    ],
)
def test_a_patronymic_is_what_the_dictionary_or_a_first_name_makes_one(resources, word, expected):
    assert is_patronymic(word, resources.morph) is expected


@pytest.mark.parametrize(
    ("word", "expected"), [("Владимирович", True), ("Рамзанович", True), ("Милошевич", False)]
)
def test_the_corpus_step_judges_by_the_morphology_the_run_loaded(
    resources, monkeypatch, word, expected
):
    """A run's corpus step (`entities.corpus`) asks the judge of the models the process
    computed with, and loads no morphology of its own."""
    monkeypatch.setattr(patronymics, "JUDGES", [patronymic_judge(resources.morph)])
    monkeypatch.setattr(patronymics, "own_judge", lambda: pytest.fail("loaded its own"))
    assert patronymics.dictionary_patronymic(word) is expected


@pytest.mark.parametrize(
    ("normal", "given", "patronymic", "surname"),
    [
        # a surname ending as patronymics do
        ("Слободан Милошевич", ("слободан",), None, "милошевич"),
        ("Новак Джокович", ("новак",), None, "джокович"),
        # a real patronymic
        ("Виктор Фёдорович", ("виктор",), "федорович", None),
        ("Рамзан Ахматович", ("рамзан",), "ахматович", None),
    ],
)
def test_a_name_is_read_as_the_dictionary_says(resources, normal, given, patronymic, surname):
    name = read_person(normal, patronymic_judge(resources.morph))
    assert (name.given, name.patronymic, name.surname) == (given, patronymic, surname)


@pytest.mark.parametrize(
    ("normals", "expected"),
    [
        # "Виктор Янукович" has a surname, and it is the word named alone
        (["Янукович Виктор", "Виктор Янукович", "Янукович"], "Виктор Янукович"),
        (["Виктор Фёдорович", "Виктор Янукович", "Янукович"], "Виктор Янукович"),
    ],
)
def test_the_canonical_name_reads_patronymics_by_the_dictionary(resources, normals, expected):
    assert fullest_name(normals, patronymic_judge(resources.morph)) == expected


@pytest.mark.parametrize(
    ("text", "person", "qid"),
    [
        ("Новак Джокович выиграл турнир в Мельбурне. Джокович доволен.", "Новак Джокович", "Q5812"),
        (
            "Виктор Янукович прилетел в Москву. Янукович встретился с журналистами.",
            "Виктор Янукович",
            "Q1459658",
        ),
    ],
)
def test_a_surname_ending_as_patronymics_do_links(resources, text, person, qid):
    doc = extract(text, resources=resources)
    assert {(e.canonical, e.wikidata) for e in doc.entities if e.type == "PER"} == {(person, qid)}
