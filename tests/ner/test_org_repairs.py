import pytest

from pipeline.ner.boundaries import drop_positional_kinds
from pipeline.ner.retyping import drop_things


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Концерн «Майкрософт» представил антимонопольной комиссии свои предложения.",
            [("Концерн «Майкрософт»", "ORG")],
            [("Майкрософт", "ORG")],
        ),
        (
            "Движение «Техрик-е Талибан Пакистан» избрало нового эмира.",
            [("Движение «Техрик-е Талибан Пакистан»", "ORG")],
            [("Техрик-е Талибан Пакистан", "ORG")],
        ),
        # after a line break, a dash or a colon a clause opens too
        (
            "Уфа, 5 мая.\nМедиахолдинг «Башинформ» заявил о готовности к диалогу.",
            [("Медиахолдинг «Башинформ»", "ORG")],
            [("Башинформ", "ORG")],
        ),
        # mid-sentence the capital makes the noun part of the name
        (
            "Деньги перечислили в Фонд «Подари жизнь» ещё весной.",
            [("Фонд «Подари жизнь»", "ORG")],
            [("Фонд «Подари жизнь»", "ORG")],
        ),
        # a word the document also capitalises mid-sentence is part of the name
        (
            "Фонд «Подари жизнь» собрал деньги. Отчёт опубликовал Фонд «Подари жизнь».",
            [("Фонд «Подари жизнь»", "ORG"), ("Фонд «Подари жизнь»", "ORG")],
            [("Фонд «Подари жизнь»", "ORG"), ("Фонд «Подари жизнь»", "ORG")],
        ),
        # an adjective, an abbreviation, no quote, a name with quotes of its own
        (
            "Международное агентство «Россия сегодня» сообщило об этом.",
            [("Международное агентство «Россия сегодня»", "ORG")],
            [("Международное агентство «Россия сегодня»", "ORG")],
        ),
        (
            "ФК «Спартак» объявил об отставке тренера.",
            [("ФК «Спартак»", "ORG")],
            [("ФК «Спартак»", "ORG")],
        ),
        (
            "Счётная палата проверила расходы.",
            [("Счётная палата", "ORG")],
            [("Счётная палата", "ORG")],
        ),
        (
            "Компания «ПКФ „Свой дом“» обанкротилась.",
            [("Компания «ПКФ „Свой дом“»", "ORG")],
            [("Компания «ПКФ „Свой дом“»", "ORG")],
        ),
        # a person or a place is left to the other repairs
        (
            "Город «Припять» опустел.",
            [("Город «Припять»", "LOC")],
            [("Город «Припять»", "LOC")],
        ),
    ],
)
def test_drop_positional_kinds(apply, text, tagged, expected):
    assert apply(drop_positional_kinds, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Шаттл «Дискавери» завершил свой последний полёт.",
            [("Дискавери", "ORG")],
            [],
        ),
        # one such reading clears the name's other forms in the document
        (
            "Запуск ракеты «Ангара» перенесли. Старт «Ангары» намечен на пятницу.",
            [("Ангара", "ORG"), ("Ангары", "ORG")],
            [],
        ),
        (
            "На орбиту вывели спутник «Глонасс-М».",
            [("Глонасс-М", "ORG")],
            [],
        ),
        # a body's noun before the quotes: the organisation stays
        (
            "Завод «Ракета» выпустил новые часы.",
            [("Ракета", "ORG")],
            [("Ракета", "ORG")],
        ),
        (
            "Концерн «Калашников» получил заказ на вертолёты.",
            [("Калашников", "ORG")],
            [("Калашников", "ORG")],
        ),
    ],
)
def test_drop_things_crafts(apply, text, tagged, expected):
    assert apply(drop_things, text, tagged) == expected
