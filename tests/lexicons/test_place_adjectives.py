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
    ],
)
def test_derived_place_adjectives(resources, adjective, place):
    key = resources.place_adjectives[adjective]
    assert resources.gazetteer.entries[key].canonical == place


@pytest.mark.parametrize(
    "adjective",
    [
        "лениногорский",  # Лениногорск's, and Риддер's of old (Лениногорск in Kazakhstan)
        "российский",  # a country's, in country_adjectives.tsv
        "автономный",  # no place's own word ("Ненецкий автономный округ")
        "великий",
    ],
)
def test_not_place_adjectives(resources, adjective):
    assert adjective not in resources.place_adjectives


def test_they_are_derived_when_first_read_and_once(resources, monkeypatch):
    from pipeline.lexicons import place_adjectives as module
    from pipeline.lexicons.place_adjectives import PlaceAdjectives

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
