import pytest

from pipeline.entities.transliterations import cyrillic_consonants, latin_consonants
from tests.entities.test_merge import grouped


@pytest.mark.parametrize(
    ("latin", "cyrillic", "same"),
    [
        ("Swaziland", "Свазиленд", True),
        ("Wellington", "Веллингтон", True),
        ("Volkswagen", "Фольксваген", True),
        ("Carson Yeung", "Карсон Юнг", True),
        ("Jay Z", "Джей Зи", True),
        ("Louisville", "Луисвилль", True),
        ("Wellington", "Вашингтон", False),
        ("Carson Yeung", "Карсон Ян", False),
    ],
)
def test_consonants_a_name_sounds_in_either_alphabet(latin, cyrillic, same):
    assert (latin_consonants(latin) == cyrillic_consonants(cyrillic)) is same


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # a place or person written in Latin joins its Cyrillic spelling elsewhere
        ([("LOC", "Свазиленд"), ("LOC", "Лондон"), ("LOC", "Swaziland")], [0, 1, 0]),
        ([("PER", "Карсон Юнг"), ("LOC", "Гонконг"), ("PER", "Carson Yeung")], [0, 1, 0]),
        ([("LOC", "Веллингтон"), ("LOC", "Wellington")], [0, 0]),
        # another name, another type, an organisation, too few consonants: apart
        ([("LOC", "Вашингтон"), ("LOC", "Wellington")], [0, 1]),
        ([("PER", "Свазиленд"), ("LOC", "Swaziland")], [0, 1]),
        ([("ORG", "Пфайзер"), ("ORG", "Pfizer")], [0, 1]),
        ([("PER", "Джей Зи"), ("PER", "Jay Z")], [0, 1]),
        # a Latin surname alone joins the one person named in full it sounds, past lone
        # words of other forms ("Ефимов" beside "Ефимова") that join that person later
        ([("PER", "Дэвид Дэвис"), ("PER", "Davis")], [0, 0]),
        (
            [("PER", "Юлия Ефимова"), ("PER", "Ефимов"), ("PER", "Ефимова"), ("PER", "Efimova")],
            [0, 0, 0, 0],
        ),
        # but not two persons with that surname, nor a place by a person's surname
        ([("PER", "Дэвид Дэвис"), ("PER", "Анна Дэвис"), ("PER", "Davis")], [0, 1, 2]),
        ([("PER", "Дэвид Дэвис"), ("LOC", "Davis")], [0, 1]),
        # two Cyrillic names it sounds: neither
        (
            [("PER", "Карсон Юнг"), ("PER", "Карсон Йенг"), ("PER", "Carson Yeung")],
            [0, 1, 2],
        ),
    ],
)
def test_a_latin_name_joins_the_one_cyrillic_name_it_sounds(pairs, expected):
    assert grouped(pairs) == expected
