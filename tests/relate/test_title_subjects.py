"""A title as the subject of a predicate stating another title: "будущий премьер-министр
работала адвокатом" gives the second to the holder of the first."""

import pytest

from pipeline import extract

from .test_workplace_linker import workplaces as links

THATCHER = (
    "Квартира бывшего премьер-министра Великобритании Маргарет Тэтчер выставлена на продажу. "
    "В этих апартаментах Маргарет и её супруг, Денис, жили в 1950-х годах. "
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (THATCHER + "Тогда будущий премьер-министр работала адвокатом.", "адвокатом"),
        (THATCHER + "Тогда будущий премьер-министр стала членом партии.", "членом партии"),
    ],
)
def test_predicate_title_goes_to_the_subject_titles_holder(resources, text, title):
    found = links(extract(text, resources=resources))
    assert ("Маргарет", "премьер-министр", None) in found
    assert ("Маргарет", title, None) in found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a bare noun, not modified: a profession more than the post referred to
        (THATCHER + "Тогда премьер-министр работала адвокатом.", "адвокатом"),
        # not one clause
        (
            THATCHER + "Тогда будущий премьер-министр, по словам соседей, работала адвокатом.",
            "адвокатом",
        ),
        # a plural subject
        (THATCHER + "Тогда будущие премьер-министры работали адвокатами.", "адвокатами"),
    ],
)
def test_no_holder_from_a_title_that_is_not_the_subject(resources, text, title):
    doc = extract(text, resources=resources)
    assert title in {m.text for m in doc.mentions}
    assert title not in {t for _, t, _ in links(doc)}
