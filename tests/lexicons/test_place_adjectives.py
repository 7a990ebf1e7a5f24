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
