import pytest

from pipeline.ner.repeated_names import tag_repeated_names


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a lone surname in another case, at a paragraph's start
        (
            "Его сменил премьер-министр Салам Фаяд.\n\nФаяда в Палестине критиковали.",
            [("Салам Фаяд", "PER"), ("Палестине", "LOC")],
            [("Салам Фаяд", "PER"), ("Фаяда", "PER"), ("Палестине", "LOC")],
        ),
        (
            "В фильме снялась Настасья Кински. Кински знакома с русской культурой.",
            [("Настасья Кински", "PER")],
            [("Настасья Кински", "PER"), ("Кински", "PER")],
        ),
        # the full name again, in a caption
        (
            "Новый премьер Рами Хамдалла подал в отставку.\nРами Хамдалла\nОн возглавлял "
            "университет.",
            [("Рами Хамдалла", "PER")],
            [("Рами Хамдалла", "PER"), ("Рами Хамдалла", "PER")],
        ),
        # a capitalised word extends the run: a work's title, not the person
        (
            "Роль Тони Сопрано в сериале «Клан Сопрано» принесла ему славу.",
            [("Тони Сопрано", "PER")],
            [("Тони Сопрано", "PER")],
        ),
        # a full name in quotes is a work's title
        (
            "Продюсер Борис Годунов показал фильм «Борис Годунов».",
            [("Борис Годунов", "PER")],
            [("Борис Годунов", "PER")],
        ),
        # a common word that is never a name
        (
            "Писатель Андрей Белый жил в Москве. Белый дом ответил.",
            [("Андрей Белый", "PER"), ("Москве", "LOC")],
            [("Андрей Белый", "PER"), ("Москве", "LOC")],
        ),
        # a word the gazetteer knows as a place
        (
            "Актёр Джек Лондон приехал. Лондон встретил его дождём.",
            [("Джек Лондон", "PER")],
            [("Джек Лондон", "PER")],
        ),
        # a lone first name is not taken
        (
            "Певец Хулио Иглесиас выступил. Хулио поблагодарил публику.",
            [("Хулио Иглесиас", "PER")],
            [("Хулио Иглесиас", "PER")],
        ),
        # a name in Latin letters that sounds like a person named in full: a tweet quoted
        (
            "Премьер Тереза Мэй приняла отставку Бориса Джонсона.\n\n"
            '"A little surprised" Theresa May to Boris Johnson pic.twitter.com/1zUpFfbHX9',
            [("Тереза Мэй", "PER"), ("Бориса Джонсона", "PER")],
            [
                ("Тереза Мэй", "PER"),
                ("Бориса Джонсона", "PER"),
                ("Theresa May", "PER"),
                ("Boris Johnson", "PER"),
            ],
        ),
        # alone, the surname of one
        (
            "Министр Дэвид Дэвис ушёл в отставку. Here is PM’s response to Davis punchy letter.",
            [("Дэвид Дэвис", "PER")],
            [("Дэвид Дэвис", "PER"), ("Davis", "PER")],
        ),
        # glued to a handle or an address, too few consonants, another sound: not taken
        (
            "Министр Дэвид Дэвис ушёл. Пишите @Davis или на site.com/Davis сегодня.",
            [("Дэвид Дэвис", "PER")],
            [("Дэвид Дэвис", "PER")],
        ),
        (
            "Премьер Тереза Мэй уехала. Слово May в тексте и Theresa Mayer тоже.",
            [("Тереза Мэй", "PER")],
            [("Тереза Мэй", "PER")],
        ),
    ],
)
def test_tag_repeated_names(apply, text, tagged, expected):
    assert apply(tag_repeated_names, text, tagged) == expected
