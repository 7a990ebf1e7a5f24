import pytest

from pipeline import extract
from pipeline.ner.boundaries import drop_positional_kinds
from pipeline.ner.illnesses import drop_illness_persons, drop_illnesses
from pipeline.ner.key_names import drop_key_combinations
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
        # a caption's kind noun before an abbreviation or a Latin name at a line's start
        (
            "Дизайнеру ИГИЛ предъявлены обвинения в Индии\n\nФлаг ИГИЛ\n\nАгентство сообщило.",
            [("ИГИЛ", "ORG"), ("Индии", "LOC"), ("Флаг ИГИЛ", "ORG")],
            [("ИГИЛ", "ORG"), ("Индии", "LOC"), ("ИГИЛ", "ORG")],
        ),
        (
            "Марк Цукерберг стал Человеком года\n\nЖурнал Time назвал его человеком года.",
            [("Марк Цукерберг", "PER"), ("Журнал Time", "ORG")],
            [("Марк Цукерберг", "PER"), ("Time", "ORG")],
        ),
        # not mid-line, nor before the place a body belongs to
        (
            "Сообщили в пресс-службе «Киностудии КИТ».",
            [("Киностудии КИТ", "ORG")],
            [("Киностудии КИТ", "ORG")],
        ),
        (
            "Смерть генерала расследуют.\nСенат США утвердил Джину Хаспел.",
            [("Сенат США", "ORG"), ("Джину Хаспел", "PER")],
            [("Сенат США", "ORG"), ("Джину Хаспел", "PER")],
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


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Премьер-министр заболел COVID-19 и ушёл на самоизоляцию.",
            [("COVID-19", "ORG")],
            [],
        ),
        # one such reading clears the name elsewhere, where no such word stands before it
        (
            "Вакцина от COVID-19 поступила в продажу. Число больных COVID-19 растёт.",
            [("COVID-19", "ORG")],
            [],
        ),
        (
            "Многие жалуются на симптомы КОВИД. В больницах не хватает мест для больных.",
            [("КОВИД", "ORG")],
            [],
        ),
        # a maker after "от", a company after another word, a longer name
        (
            "Вакцина от Pfizer поступила в продажу.",
            [("Pfizer", "ORG")],
            [("Pfizer", "ORG")],
        ),
        (
            "В случае Apple штраф составит миллиард.",
            [("Apple", "ORG")],
            [("Apple", "ORG")],
        ),
        # a body the gazetteer or the dictionary knows may open a clause after one
        (
            "Во время пандемии Аэрофлот сократил число рейсов.",
            [("Аэрофлот", "ORG")],
            [("Аэрофлот", "ORG")],
        ),
        (
            "Из-за эпидемии ФРС снизила ставку.",
            [("ФРС", "ORG")],
            [("ФРС", "ORG")],
        ),
        (
            "Число больных растёт, сообщил Центр по борьбе со СПИДом.",
            [("Центр по борьбе со СПИДом", "ORG")],
            [("Центр по борьбе со СПИДом", "ORG")],
        ),
    ],
)
def test_drop_illnesses(apply, text, tagged, expected):
    assert apply(drop_illnesses, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Если вы заметили ошибку, выделите её мышкой и нажмите Ctrl+Enter.",
            [("Ctrl+Enter", "ORG")],
            [],
        ),
        (
            "Чтобы закрыть окно, нажмите Esc. Выделите текст и нажмите Ctrl + Enter.",
            [("Esc", "ORG"), ("Ctrl + Enter", "ORG")],
            [],
        ),
        # a word that is not a key makes a name
        (
            "Enter Group провела конференцию.",
            [("Enter Group", "ORG")],
            [("Enter Group", "ORG")],
        ),
        (
            "Телеканал «Канал+» сменил владельца.",
            [("Канал+", "ORG")],
            [("Канал+", "ORG")],
        ),
    ],
)
def test_drop_key_combinations(apply, text, tagged, expected):
    assert apply(drop_key_combinations, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # an eponym of a disease, and its lone mentions elsewhere in the text
        (
            "В 1995 году у Рено была диагностирована болезнь Паркинсона. Паркинсон отступил.",
            [("Рено", "PER"), ("Паркинсона", "PER"), ("Паркинсон", "PER")],
            [("Рено", "PER")],
        ),
        (
            "Она умерла после продолжительной борьбы с болезнью Альцгеймера.",
            [("Альцгеймера", "PER")],
            [],
        ),
        # the illness of a person the text names in full
        (
            "Уго Чавес перенёс операцию. Болезнь Чавеса вносит неопределенность.",
            [("Уго Чавес", "PER"), ("Чавеса", "PER")],
            [("Уго Чавес", "PER"), ("Чавеса", "PER")],
        ),
        # a person of two words after an illness is the subject of the clause
        (
            "Из-за кишечной инфекции Елизавета II отменила поездку.",
            [("Елизавета II", "PER")],
            [("Елизавета II", "PER")],
        ),
        # not after a word for an illness
        ("Паркинсона наградили орденом.", [("Паркинсона", "PER")], [("Паркинсона", "PER")]),
        # a drug after a word for a medicine, and its every lone mention
        (
            "Больных лечат препаратом Авифавир. Авифавир снижает нагрузку на клинику.",
            [("Авифавир", "PER"), ("Авифавир", "PER")],
            [],
        ),
        (
            "Врачи отказались от лечения Гидроксихлорохином, сообщил Трамп.",
            [("Гидроксихлорохином", "PER"), ("Трамп", "PER")],
            [("Трамп", "PER")],
        ),
        # the maker's name after a vaccine: the centre named after him
        (
            "Российская вакцина Гамалеи прошла испытания.",
            [("Гамалеи", "PER")],
            [],
        ),
        # a person named in full stays, whatever is named after him
        (
            "Александр Гинцбург рассказал о препарате. Вакцина Гинцбурга безопасна.",
            [("Александр Гинцбург", "PER"), ("Гинцбурга", "PER")],
            [("Александр Гинцбург", "PER"), ("Гинцбурга", "PER")],
        ),
    ],
)
def test_drop_illness_persons(apply, text, tagged, expected):
    assert apply(drop_illness_persons, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        (
            "Судья Европейского суда по правам человека от России Дмитрий Дедов выступил.",
            ["Европейского суда по правам человека"],
        ),
        (
            "27 ноября 2018 года Европейский суд по правам человека вынес решение по делу.",
            ["Европейский суд по правам человека"],
        ),
        # a case before the court is no remit of it
        ("Приговор Верховного суда по делу Асии Биби не подлежит пересмотру.", ["Верховного суда"]),
        # a name the tagger ended inside its remit takes the rest of it
        (
            "По запросу Комиссия по вопросам гражданства при президенте приняла решение.",
            ["Комиссия по вопросам гражданства"],
        ),
        (
            "По данным представителя Агентства Организации Объединённых наций по делам "
            "беженцев Адриана Эдвардса, катастрофа унесла сотни жизней.",
            ["Агентства Организации Объединённых наций по делам беженцев"],
        ),
        # the remit ends where its genitives do
        (
            "Председатель Комитета по иностранным делам стал первым представителем властей.",
            ["Комитета по иностранным делам"],
        ),
    ],
)
def test_an_agency_takes_its_remit(text, organisations):
    found = [m.text for m in extract(text).mentions if m.type == "ORG"]
    assert found == organisations


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        (
            "Об этом сообщил представитель Следственного комитета при прокуратуре Владимир Маркин.",
            ["Следственного комитета при прокуратуре"],
        ),
        (
            "Член президиума Экспертно-консультативного общественного совета при главном "
            "архитекторе Москвы выступил против.",
            ["Экспертно-консультативного общественного совета при главном архитекторе Москвы"],
        ),
    ],
)
def test_a_committee_takes_the_body_it_is_attached_to(text, organisations):
    found = [m.text for m in extract(text).mentions if m.type == "ORG"]
    assert found == organisations


def test_a_bracketed_abbreviation_after_a_name_ending_in_a_place_is_that_name():
    text = "Бастрыкин возглавил Следственный комитет при прокуратуре РФ (СКП). СКП создан в 2007."
    named = ("СКП", "Следственный комитет при прокуратуре РФ")
    mentions = [m for m in extract(text).mentions if m.text in named]
    assert len(mentions) == 3 and len({m.entity for m in mentions}) == 1
