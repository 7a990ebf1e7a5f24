import pytest

from pipeline.normalize.patronymics import is_patronymic


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
