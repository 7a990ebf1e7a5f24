"""The adjectives of regions and cities, derived from the gazetteer's places."""

import pytest


@pytest.mark.parametrize(
    ("adjective", "place"),
    [
        ("римский", "Рим"),  # a city's name with a suffix
        ("московский", "Москва"),  # the city, not Московская область
        ("иркутский", "Иркутск"),
        ("петербургский", "Санкт-Петербург"),  # from an alias
        ("владимирский", "Владимир"),
        ("брянский", "Брянск"),  # the city over the region it is the centre of
        ("костромской", "Костромская область"),  # the region's own adjective
        ("свердловский", "Свердловская область"),  # not Свердловск, a town of Ukraine
        ("кировский", "Кировская область"),  # Киров's, and Кропивницкий's of old
        ("подмосковный", "Московская область"),  # from the region's noun, "Подмосковье"
        ("приднестровский", "Приднестровье"),
    ],
)
def test_derived_place_adjectives(resources, adjective, place):
    key = resources.place_adjectives[adjective]
    assert resources.gazetteer.entries[key].canonical == place


@pytest.mark.parametrize(
    "adjective",
    [
        "лениногорский",  # Лениногорск's, and Риддер's of old (Лениногорск in Kazakhstan)
        "скопинский",  # not from "Скопье", a city
        "российский",  # a country's, in country_adjectives.tsv
        "автономный",  # no place's own word ("Ненецкий автономный округ")
        "великий",
    ],
)
def test_not_place_adjectives(resources, adjective):
    assert adjective not in resources.place_adjectives


def test_they_are_derived_when_first_read_and_once(resources, monkeypatch, tmp_path):
    from pipeline.lexicons import place_adjectives as module
    from pipeline.lexicons.place_adjectives import PlaceAdjectives

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # none kept yet
    monkeypatch.delenv("RU_OCCUPATIONS_NO_CACHE", raising=False)

    derived = []
    real = module.place_adjectives

    def counted(gazetteer, morph):
        derived.append(1)
        return real(gazetteer, morph)

    monkeypatch.setattr(module, "place_adjectives", counted)
    lazy = PlaceAdjectives(resources.gazetteer, resources.morph)
    assert derived == []  # nothing at load: a start does not pay for it
    assert resources.gazetteer.entries[lazy["римский"]].canonical == "Рим"
    assert "лениногорский" not in lazy and len(lazy) == len(
        real(resources.gazetteer, resources.morph)
    )
    assert derived == [1]


def test_they_are_kept_in_the_cache_folder_under_the_gazetteers_key(
    resources, monkeypatch, tmp_path
):
    """Derived once for a gazetteer's key and read back after, by a later run too; another
    gazetteer (another key), or one kept nowhere, derives its own."""
    from dataclasses import replace

    from pipeline.lexicons import place_adjectives as module
    from pipeline.lexicons.place_adjectives import PlaceAdjectives

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("RU_OCCUPATIONS_NO_CACHE", raising=False)
    derived = []
    real = module.place_adjectives

    def counted(gazetteer, morph):
        derived.append(gazetteer.key)
        return real(gazetteer, morph)

    monkeypatch.setattr(module, "place_adjectives", counted)
    gazetteer = replace(resources.gazetteer, key="a")
    first = dict(PlaceAdjectives(gazetteer, resources.morph))
    (kept,) = (tmp_path / "ru-occupations").glob("place-adjectives-*.pickle")
    assert dict(PlaceAdjectives(gazetteer, resources.morph)) == first  # read back
    assert derived == ["a"] and first["римский"] == "city-3169070"  # Рим
    kept.write_bytes(b"not a pickle")
    assert dict(PlaceAdjectives(gazetteer, resources.morph)) == first  # derived again
    other = replace(resources.gazetteer, key="b")
    assert dict(PlaceAdjectives(other, resources.morph)) == first
    nowhere = replace(resources.gazetteer, key="")
    assert dict(PlaceAdjectives(nowhere, resources.morph)) == first
    assert derived == ["a", "a", "b", ""]
