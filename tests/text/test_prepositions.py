"""One table of the cases prepositions govern, read by persons, places and organisations."""

import pytest

from pipeline.normalize.persons import PREPOSITION_CASES
from pipeline.normalize.place_kinds import LOCATIVE_PREPOSITIONS
from pipeline.normalize.place_names import GENITIVE_PREPOSITIONS
from pipeline.text.prepositions import governing, governing_only


@pytest.mark.parametrize(
    ("preposition", "person_case", "genitive_only", "locative"),
    [
        ("у", "gent", True, False),  # "у Джо Байдена"
        ("вне", "gent", True, False),
        ("о", "loct", False, True),  # "о Джо Байдене", "о Казахстане"
        ("к", "datv", False, False),
        ("с", "ablt", False, False),  # "встреча с Си Цзиньпином", hardly "с Кремля"
        ("в", None, False, True),  # "в Москве" and "в Москву": no one case of a person
        ("на", None, False, True),
    ],
)
def test_each_stage_reads_the_one_table(preposition, person_case, genitive_only, locative):
    assert PREPOSITION_CASES.get(preposition) == person_case
    assert (preposition in GENITIVE_PREPOSITIONS) is genitive_only
    assert (preposition in LOCATIVE_PREPOSITIONS) is locative


def test_a_preposition_of_two_cases_governs_only_neither():
    assert "с" in governing("gent") and "с" not in governing_only("gent")
    assert "в" in governing("accs") and "в" not in governing_only("accs")
