import pytest

from pipeline.merge import fold, group


@pytest.mark.parametrize(
    ("types", "normals", "expected"),
    [
        # inflected forms of one name share an entity
        (["PER", "PER"], ["Дмитрий Песков", "Дмитрий Песков"], [0, 0]),
        # a lone surname or first name joins the one full name that contains it
        (["PER", "LOC", "PER"], ["Дмитрий Песков", "Москва", "Песков"], [0, 1, 0]),
        (["PER", "PER"], ["Ерлан Карин", "Ерлан"], [0, 0]),
        # ... but not when two full names contain it
        (
            ["PER", "PER", "PER"],
            ["Сергей Скрипаль", "Юлия Скрипаль", "Скрипаль"],
            [0, 1, 2],
        ),
        # same words, different types: different entities
        (["ORG", "LOC"], ["Россия", "Россия"], [0, 1]),
        # ё and case are folded
        (["LOC", "LOC"], ["Соединённые Штаты", "соединенные штаты"], [0, 0]),
    ],
)
def test_group(types, normals, expected):
    entity_of, _ = group(types, normals)
    assert entity_of == expected


def test_entity_canonical_is_fullest_name():
    entity_of, entities = group(["PER", "PER", "PER"], ["Песков", "Дмитрий Песков", "Песков"])
    assert entity_of == [0, 0, 0]
    assert entities[0].canonical == "Дмитрий Песков"
    assert entities[0].mentions == (0, 1, 2)


def test_fold():
    assert fold("  Соединённые   Штаты ") == "соединенные штаты"
