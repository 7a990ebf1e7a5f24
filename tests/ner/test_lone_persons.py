import pytest

from pipeline.ner.lone_persons import retype_lone_persons


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a caption's town the text names as a town
        (
            "Стрельба в Бельгии\nЛьеж\nВ бельгийском городе Льеж мужчина напал на полицейских.",
            [("Бельгии", "LOC"), ("Льеж", "PER"), ("Льеж", "LOC")],
            [("Бельгии", "LOC"), ("Льеж", "LOC"), ("Льеж", "LOC")],
        ),
        # another case of the name, more often a place than a person
        (
            "Джефф Сешнс представляет Алабаму в Сенате. Губернатор Алабамы и сенаторы "
            "Алабамы поддержали его.",
            [("Джефф Сешнс", "PER"), ("Алабаму", "PER"), ("Алабамы", "LOC"), ("Алабамы", "LOC")],
            [("Джефф Сешнс", "PER"), ("Алабаму", "LOC"), ("Алабамы", "LOC"), ("Алабамы", "LOC")],
        ),
        # as often, and the dictionary knows no such name
        (
            "Хань Гоюй стал кандидатом Гоминьдана. Партия Гоминьдан победила.",
            [("Хань Гоюй", "PER"), ("Гоминьдана", "PER"), ("Гоминьдан", "ORG")],
            [("Хань Гоюй", "PER"), ("Гоминьдана", "ORG"), ("Гоминьдан", "ORG")],
        ),
        # as often, and a surname: the person stays
        (
            "Жители Королёва голосовали. Королёв выступил перед ними.",
            [("Королёва", "LOC"), ("Королёв", "PER")],
            [("Королёва", "LOC"), ("Королёв", "PER")],
        ),
        # a word of a person named in full
        (
            "Джордж Вашингтон родился в Виргинии. Вашингтон стал генералом. Его именем "
            "назван Вашингтон, в Вашингтоне работает Конгресс.",
            [
                ("Джордж Вашингтон", "PER"),
                ("Виргинии", "LOC"),
                ("Вашингтон", "PER"),
                ("Вашингтон", "LOC"),
                ("Вашингтоне", "LOC"),
                ("Конгресс", "ORG"),
            ],
            [
                ("Джордж Вашингтон", "PER"),
                ("Виргинии", "LOC"),
                ("Вашингтон", "PER"),
                ("Вашингтон", "LOC"),
                ("Вашингтоне", "LOC"),
                ("Конгресс", "ORG"),
            ],
        ),
    ],
)
def test_retype_lone_persons(apply, text, tagged, expected):
    assert apply(retype_lone_persons, text, tagged) == expected
