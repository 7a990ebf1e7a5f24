"""Workplaces a sentence states with no title (relate/untitled.py): links whose title is
None, in the documents' occupations, the tables and the facts."""

import pytest

from pipeline import extract
from pipeline.tables import TABLES


def links(doc):
    m = doc.mentions
    return [
        (
            m[o.person].text,
            None if o.title is None else m[o.title].text,
            None if o.org is None else m[o.org].text,
        )
        for o in doc.occupations
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of heading: the subject, the organisation right after it
        (
            "Алексей Миллер с 2001 года возглавляет Газпром.",
            [("Алексей Миллер", None, "Газпром")],
        ),
        (
            "Михаил Ходорковский руководил ЮКОСом до 2003 года.",
            [("Михаил Ходорковский", None, "ЮКОСом")],
        ),
        # managing one, a participle after the name included
        (
            "Свой пост покинет Любовь Глебова, управлявшая Рособрнадзором пять лет.",
            [("Любовь Глебова", None, "Рособрнадзором")],
        ),
        ("Иван Петров управляет компанией «Ромашка».", [("Иван Петров", None, "Ромашка")]),
        # a legal form before the name
        (
            "Мамука Бахтадзе четыре года возглавлял ЗАО «Грузинская железная дорога».",
            [("Мамука Бахтадзе", None, "Грузинская железная дорога")],
        ),
        ("Иван Петров управлял автомобилем в Москве.", []),
        # "который" after the holder; a name after a preposition is no subject
        (
            "Кокрел, который при Килпатрике возглавлял городской совет Детройта, вернется.",
            [("Кокрел", None, "Детройта")],
        ),
        # a name glossed in parentheses: the name, not the gloss, is the one "который" is
        (
            "«Экспедиция будет долгой», сказал Скотт Хоровитц (Scott Horowitz), бывший "
            "астронавт, который в настоящий момент продолжает работать в НАСА.",
            [("Скотт Хоровитц", "астронавт", None), ("Скотт Хоровитц", None, "НАСА")],
        ),
        # working "в" an organisation, after a verb of beginning
        ("62-летний Грин начал работать в HSBC в 1992 году.", [("Грин", None, "HSBC")]),
        # the post a verb of working names in the instrumental, untagged, before where
        (
            "Андрей Могучий, который сейчас работает режиссером-постановщиком в "
            "Александринском театре, возглавит БДТ.",
            [("Андрей Могучий", None, "Александринском театре"), ("Андрей Могучий", None, "БДТ")],
        ),
        # no post: how long is no instrumental ("долгое время"), a town no workplace
        ("Иван Петров работал долгое время в «Газпроме».", []),
        ("Иван Петров работал учителем в Москве.", [("Иван Петров", "учителем", None)]),
        # a title already linked keeps its row; the verb adds the organisation
        (
            "Генеральный директор Алексей Миллер возглавляет Газпром.",
            [("Алексей Миллер", "Генеральный директор", None), ("Алексей Миллер", None, "Газпром")],
        ),
        # playing for a club; not "выступает за" a cause
        (
            "Юрий Жирков, выступающий за махачкалинский «Анжи», не сможет играть.",
            [("Юрий Жирков", None, "Анжи")],
        ),
        # playing "в" a club or a theatre, maybe "в составе" one; not in a final, not
        # speaking in a parliament
        (
            "После ухода из «Шаркс» Нолан играл в «Торонто Мейпл Лифс».",
            [("Нолан", None, "Торонто Мейпл Лифс")],
        ),
        (
            "Алексей Жарков много лет играл в Театре имени Ермоловой.",
            [("Алексей Жарков", None, "Театре имени Ермоловой")],
        ),
        ("Иван Петров играл в составе «Спартака» десять лет.", [("Иван Петров", None, "Спартака")]),
        # past the post one plays in
        (
            "Бекхэм играл полузащитником за «Пари Сен-Жермен» два сезона.",
            [("Бекхэм", None, "Пари Сен-Жермен")],
        ),
        ("Иван Петров играл полузащитником в финале НХЛ.", []),
        # another verb of playing between the name and the verb
        (
            "Коби Брайант играл на позиции атакующего защитника и выступал за «Лос-Анджелес"
            " Лейкерс».",
            [("Коби Брайант", None, "Лос-Анджелес Лейкерс")],
        ),
        (
            "Коби Брайант играл в баскетбол, а Иван Петров выступал за «Спартак».",
            [("Иван Петров", None, "Спартак")],
        ),
        ("Иван Петров играл в финале НХЛ.", []),
        ("Иван Петров выступал в Палате общин.", []),
        ("Депутат Иван Петров выступает за отмену налога.", [("Иван Петров", "Депутат", None)]),
        # a foreign name that reads as a genitive, subject at the opening of the sentence
        (
            "63-летний Марио Драги на данный момент возглавляет Центральный банк Италии.",
            [("Марио Драги", None, "Центральный банк Италии")],
        ),
        # the organisation first, the holder after the verb
        (
            "С 2010 года South Stream Transport возглавляет Марсель Крамер.",
            [("Марсель Крамер", None, "South Stream Transport")],
        ),
        (
            "Партия «Пхыа Тхаи», которую возглавляет Йинглак Чинават, занимает 265 мест.",
            [("Йинглак Чинават", None, "Пхыа Тхаи")],
        ),
        # the one who speaks is not the one who heads
        (
            "Иван Петров заявил, что Газпром возглавит Алексей Миллер.",
            [("Алексей Миллер", None, "Газпром")],
        ),
        # "во главе", "под руководством", "под управлением"
        (
            "Гейдар Алиев, который стоял во главе Азербайджана, умер.",
            [("Гейдар Алиев", None, "Азербайджана")],
        ),
        # the full name, not its abbreviation in brackets
        (
            "Российский союз правообладателей (РСП) во главе с Никитой Михалковым "
            "адресовал письмо.",
            [("Никитой Михалковым", None, "Российский союз правообладателей")],
        ),
        (
            "Московский драматический театр под руководством Армена Джигарханяна выступил.",
            [("Армена Джигарханяна", None, "Московский драматический театр")],
        ),
        # "под управлением" as "под руководством"; a vehicle one drives is no organisation
        (
            "Оркестр Мариинского театра под управлением Валерия Гергиева исполнил симфонию.",
            [("Валерия Гергиева", None, "Оркестр Мариинского театра")],
        ),
        ("Самолёт под управлением Ивана Петрова совершил посадку.", []),
        # a passive participle of heading: the organisation before, the holder after
        (
            "Напомним, РСП, возглавляемый Никитой Михалковым, уполномочен собирать сборы.",
            [("Никитой Михалковым", None, "РСП")],
        ),
        ("Автомобиль, управляемый Иваном Петровым, врезался в столб.", []),
        # a ranking one heads is no organisation; a name after "вместе с" no subject
        ("Ранее Усманов возглавил ежегодный рейтинг журнала Forbes.", []),
        ("Газпром возглавил рейтинг вместе с Иваном Петровым.", []),
        # a few adverbials between the holder and the verb; not a whole clause
        (
            "При этом Иван Петров до августа 2016 года около 13 месяцев служил в Росгвардии.",
            [("Иван Петров", None, "Росгвардии")],
        ),
        (
            "Иван Петров, по словам его знакомых, с 2001 года и до самой своей отставки в "
            "2010 году возглавлял Газпром.",
            [],
        ),
        # ruling a country, commanding a force, coaching a club, teaching at a school
        ("75-летний Салех правил Йеменом более тридцати лет.", [("Салех", None, "Йеменом")]),
        (
            "Его старший брат Фидель, правивший Кубой на протяжении 50 лет, ушёл.",
            [("Фидель", None, "Кубой")],
        ),
        (
            "До назначения Давид Петреус командовал контингентом НАТО в Афганистане.",
            [("Давид Петреус", None, "НАТО")],
        ),
        (
            "Жозе Моуринью, тренирующий мадридский «Реал», доволен.",
            [("Жозе Моуринью", None, "Реал")],
        ),
        (
            "62-летний Писсаридис преподает в Лондонской школе экономики.",
            [("Писсаридис", None, "Лондонской школе экономики")],
        ),
        # rules are no verb, a ruling party no one's post, a parade no body, a city no school
        ("Иван Петров изучил правила Газпрома.", []),
        ("Иван Петров критикует правящую партию «Единая Россия».", []),
        ("Иван Петров командовал парадом на Красной площади.", []),
        ("Иван Петров преподает в Москве.", []),
        # coming to an organisation, staying in it, invited into it (the one invited)
        ("Рэй Оззи попал в команду Microsoft в 2005 году.", [("Рэй Оззи", None, "Microsoft")]),
        ("В 1997 году Стив Джобс вернулся в Apple.", [("Стив Джобс", None, "Apple")]),
        (
            "Первым выбором стал 40-летний Тодд Комбс, приглашенный в Berkshire в 2010 году.",
            [("Тодд Комбс", None, "Berkshire")],
        ),
        ("Уоррен Баффет пригласил Тодда Комбса в Berkshire.", []),
        # a city one returns to, a university one enters to study
        ("Иван Петров вернулся в Москву.", []),
        ("Иван Петров поступил в Московский государственный университет.", []),
        # "он" refers back to the last name of the sentence before
        (
            "Стивен Грин пришёл в банк в 1992 году. С 2006 года он возглавляет HSBC.",
            [("Стивен Грин", None, "HSBC")],
        ),
        # no subject: the one in the nominative the sentence before names
        (
            "Иван Петров родился в 1955 году. С 1973 года служил в Росгвардии.",
            [("Иван Петров", None, "Росгвардии")],
        ),
        (
            "Иван Петров учился у Анны Смирновой. Затем работал в «Газпроме».",
            [("Иван Петров", None, "Газпроме")],
        ),
        # sentences that name no one between: the one of the verb's gender they go on about
        (
            "Лев Дуров родился в 1931 году в Москве. В 1954 году окончил школу-студию МХАТ. "
            "С 1967 года работал в Московском драматическом театре на Малой Бронной.",
            [("Лев Дуров", None, "Московском драматическом театре на Малой Бронной")],
        ),
        (
            "Мария Иванова родилась в Туле. Выпускница МГУ. С 2001 года возглавляла «Газпром».",
            [("Мария Иванова", None, "Газпром")],
        ),
        ("Иван Петров родился в Туле. В 1990 году окончил МГУ. Затем работала в «Газпроме».", []),
        (
            "Мария Иванова родилась в Туле. Город большой. Дома низкие. Улицы узкие. С 2001 "
            "года работала в «Газпроме».",
            [],
        ),
        # a subject of its own, a plural verb: not the name before
        ("Иван Петров родился в 1955 году. Компания работала в Газпроме.", []),
        ("Иван Петров родился в 1955 году. Затем работали в Газпроме.", []),
        # an organisation one comes from, after the name
        ("Сергей Петров из «Спартака» забил гол.", [("Сергей Петров", None, "Спартака")]),
        ("Иван Петров (ТАСС) сообщил о переговорах.", [("Иван Петров", None, "ТАСС")]),
        # a kind of organisation before its name in the brackets; not a party
        (
            "На вечере выступил Юрий Царёв (проект «Метро»).",
            [("Юрий Царёв", None, "Метро")],
        ),
        ("Андрей Красов (партия «Единая Россия») заявил о поправках.", []),
        (
            "Он опередил Лионеля Месси («Барселона») и Неймара («Барселона»/«ПСЖ»).",
            [
                ("Лионеля Месси", None, "Барселона"),
                ("Неймара", None, "Барселона"),
                ("Неймара", None, "ПСЖ"),
            ],
        ),
        # each organisation of a list, an adjective before one of them
        (
            "Иван Петров тренировал клубы «Спартак», «Зенит» и казанский «Рубин».",
            [
                ("Иван Петров", None, "Спартак"),
                ("Иван Петров", None, "Зенит"),
                ("Иван Петров", None, "Рубин"),
            ],
        ),
        # not the subject of the next clause, nor a place
        (
            "Иван Петров возглавляет «Спартак», «Зенит» проиграл.",
            [("Иван Петров", None, "Спартак")],
        ),
        # a verb past a comma or in the next sentence is another clause's
        (
            "Иван Петров тренировал «Спартак» и «Зенит», выиграв кубок.",
            [("Иван Петров", None, "Спартак"), ("Иван Петров", None, "Зенит")],
        ),
        (
            "Иван Петров тренировал «Спартак» и «Зенит». Уехал он в 2010 году.",
            [("Иван Петров", None, "Спартак"), ("Иван Петров", None, "Зенит")],
        ),
        ("Иван Петров работал в Газпроме и в Москве.", [("Иван Петров", None, "Газпроме")]),
        # with a title, the title's link takes it, a kind of organisation between
        (
            "Баскетболист Деррик Роуз из команды Chicago Bulls признан лучшим.",
            [("Деррик Роуз", "Баскетболист", "Chicago Bulls")],
        ),
        # negated, a city: no workplace
        ("Иван Петров не работал в Газпроме.", []),
        ("Иван Петров работал в Москве.", []),
        # a country one works in is a workplace: a correspondent's, an envoy's
        (
            "Сюзанна Остхофф работает в Ираке с 1991 года.",
            [("Сюзанна Остхофф", None, "Ираке")],
        ),
        (
            "Ранее Фриден в течение пяти лет работал в Индии.",
            [("Фриден", None, "Индии")],
        ),
        # a gerund: its clause's subject, past the main verb
        (
            "Орешкин имеет десятилетний стаж в коммерческой сфере, поработав в «Росбанке».",
            [("Орешкин", None, "Росбанке")],
        ),
        ("Петров уехал, проработав в «Газпроме» год.", [("Петров", None, "Газпроме")]),
        # ... not past a clause of its own, nor when the name is no subject
        ("Иван Петров заявил, что, поработав в «Газпроме», понял многое.", []),
        ("Президент наградил Ивана Петрова, поработав с ним в «Газпроме».", []),
        # the last of the subject's predicates in the past, of its gender and number
        (
            "Иван Петров родился в 1955 году в Киеве, окончил училище и служил в Советской Армии.",
            [("Иван Петров", None, "Советской Армии")],
        ),
        # ... past a name in a phrase after a preposition, which is no subject
        (
            "Мейв Кеннеди родилась в семье вице-губернатора штата Кэтлин Кеннеди Таунсенд, "
            "окончила университет, работала в Госдепартаменте.",
            [
                ("Кэтлин Кеннеди Таунсенд", "вице-губернатора штата", None),
                ("Мейв Кеннеди", None, "Госдепартаменте"),
            ],
        ),
        # ... a phrase opening the sentence is a circumstance, its subject after it
        (
            "После окончания университета Колин работала в Королевской больнице Северного "
            "побережья.",
            [("Колин", None, "Королевской больнице Северного побережья")],
        ),
        # ... not a verb of another gender, nor past a clause of its own
        ("Иван Петров окончил институт, а жена работала в «Газпроме».", []),
        ("Иван Петров родился в Москве, когда его мать работала в «Газпроме».", []),
        # ... not one one comes back to, nor a city
        ("Иван Петров вернулся в Россию.", []),
        ("Иван Петров трудился в Казани.", []),
    ],
)
def test_untitled_workplaces(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected


def test_an_untitled_link_is_a_fact_and_a_row_with_no_title(resources):
    doc = extract("Алексей Миллер с 2001 года возглавляет Газпром.", resources=resources)
    assert [(f.title, f.org_canonical, f.titles) for f in doc.facts] == [("", "Газпром", ())]
    assert doc.facts[0].to_dict()["title"] is None  # no post known: null in documents.jsonl
    row = dict(zip(TABLES["occupations"].names, TABLES["occupations"].rows(doc)[0], strict=True))
    assert (row["person"], row["title_mention"], row["title"], row["org"]) == (
        "Алексей Миллер",
        "",
        "",
        "Газпром",
    )
    # the person lists no empty post
    assert doc.entities[doc.facts[0].person].titles == ()


@pytest.mark.parametrize(
    "text",
    [
        # a country one comes from is no workplace
        "Журналисты из России Иван Петров и Анна Смирнова приехали в Минск.",
        "Иван Петров из Казахстана выиграл турнир.",
        # a place a minister visits neither
        "Визит министра Ивана Петрова в Казахстан отложен.",
    ],
)
def test_no_workplace_of_a_country_one_comes_from_or_goes_to(resources, text):
    assert [o for o in extract(text, resources=resources).occupations if o.org is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken on to work somewhere: the subject, or the object of the verb before
        (
            "Иван Петров был приглашён на работу в «Газпром» в 2005 году.",
            [("Иван Петров", None, "Газпром")],
        ),
        (
            "В 2010 году Анну Смирнову перевели на работу в Сбербанк.",
            [("Анну Смирнову", None, "Сбербанк")],
        ),
        (
            "Иван Петров пригласил Анну Смирнову на работу в Сбербанк.",
            [("Анну Смирнову", None, "Сбербанк")],
        ),
        # one's work there, the name in the genitive
        (
            "Аналитики считают, что продолжение работы Джеймса Мердока в BSkyB несёт риски.",
            [("Джеймса Мердока", None, "BSkyB")],
        ),
        # not a town, not after "не"
        ("Иван Петров переехал на работу в Москву.", []),
        ("Иван Петров не поступил на работу в «Газпром».", []),
        # no work at all: a club's supporters
        ("Болельщики «Спартака» встретили Ивана Петрова в аэропорту.", []),
    ],
)
def test_taken_on_to_work_in_an_organisation(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb's subject stands before a relative clause closed by a comma
        (
            "Бекхэм, который до недавнего времени играл полузащитником за французский клуб "
            "«Пари Сен-Жермен», на протяжении карьеры выступал за клубы «Манчестер Юнайтед», "
            "«Реал Мадрид» и «Милан».",
            [
                ("Бекхэм", None, "Пари Сен-Жермен"),  # past the post he played in
                ("Бекхэм", None, "Манчестер Юнайтед"),
                ("Бекхэм", None, "Реал Мадрид"),
                ("Бекхэм", None, "Милан"),
            ],
        ),
        (
            "Алексей Миллер, который в 1990-е годы работал в мэрии Петербурга, с 2001 года "
            "возглавляет Газпром.",
            [("Алексей Миллер", None, "Газпром")],
        ),
        # not the name inside the clause
        (
            "Иван Петров, которого уволил Сергей Сидоров, возглавлял «Газпром».",
            [("Иван Петров", None, "Газпром")],
        ),
        # the clause's own verb still places him; "не" past the clause states nothing
        (
            "Иван Петров, который работал в ТАСС, не возглавлял «Газпром».",
            [("Иван Петров", None, "ТАСС")],
        ),
        # past the clause, another clause: someone's plan
        ("Сергей Сидоров, который уволил Ивана Петрова, заявил, что возглавит «Газпром».", []),
    ],
)
def test_the_subject_before_a_relative_clause(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish or a decision to take the post or stay in it
        ("Стив Джобс пожелал остаться в Apple.", [("Стив Джобс", None, "Apple")]),
        ("Иван Петров решил возглавить «Роснефть».", [("Иван Петров", None, "Роснефть")]),
        # a mere possibility, someone's words: no post stated
        ("Иван Петров может возглавить «Роснефть».", []),
        ("Иван Петров заявил, что возглавит «Роснефть».", []),
    ],
)
def test_a_wish_to_take_a_post(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # teammates "по" an organisation, listed after it, and the one named right after
        # the noun whose teammates they are
        (
            "На свадьбе можно было увидеть коллег Месси по «Барселоне»: Луиса Суареса,"
            " Неймара и Жерара Пике.",
            [
                ("Месси", None, "Барселоне"),
                ("Луиса Суареса", None, "Барселоне"),
                ("Неймара", None, "Барселоне"),
                ("Жерара Пике", None, "Барселоне"),
            ],
        ),
        # a national team, named by its country
        (
            "Среди них был Тевес, а также его партнеры по сборной Аргентины Хуан Себастьян"
            " Верон и Диего Милито.",
            [("Хуан Себастьян Верон", None, "Аргентины"), ("Диего Милито", None, "Аргентины")],
        ),
        # not a party one is a member of, nor what is no organisation
        ("Его поддержал коллега по партии «Единая Россия» Иван Петров.", []),
        ("Об этом сообщил коллега Петрова по работе Иван Сидоров.", []),
    ],
)
def test_teammates_in_an_organisation(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post "в" an organisation, held by the subject
        (
            "Гергиев также сохранит за собой должность в Мариинском театре.",
            [("Гергиев", None, "Мариинском театре")],
        ),
        (
            "С 2002 по 2006 год Г.Лопатин замещал руководящие должности в Министерстве юстиции РФ.",
            [("Г.Лопатин", None, "Министерстве юстиции РФ")],
        ),
        # not a city, nor a name that is no subject
        ("Иван Петров занимал должность в Москве.", []),
        ("Кто именно заменит Грина на посту в HSBC, пока неизвестно.", []),
    ],
)
def test_a_post_in_an_organisation(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund opening the sentence: its subject after the clause
        (
            "Выступая за «Сибирь» на протяжении трех сезонов, Тарасенко забросил в ворота "
            "соперников 30 шайб.",
            [("Тарасенко", None, "Сибирь")],
        ),
        (
            "Работая в «Газпроме», 43-летний Иван Петров получил квартиру.",
            [("Иван Петров", None, "Газпроме")],
        ),
        # speaking somewhere is no work there; a pronoun is no name
        ("Выступая на церемонии в Белом доме, Обама назвал Керри наилучшей кандидатурой.", []),
        ("Выступая за «Сибирь», он забросил 30 шайб, а Иван Петров ни одной.", []),
        # a cause one speaks for is no club one plays for
        ("Выступая за отмену санкций «Газпрома», Иван Петров заявил о своей позиции.", []),
        ("Иван Петров, выступающий за отмену санкций «Газпрома», заявил о позиции.", []),
        ("Шумахер выступал за команду «Феррари».", [("Шумахер", None, "Феррари")]),
        # a colon after the kind of team opens the list of them
        (
            "В 2012 году Шумахер закончил карьеру. Выступал за команды: «Джордан», «Бенеттон», "
            "«Феррари».",
            [
                ("Шумахер", None, "Джордан"),
                ("Шумахер", None, "Бенеттон"),
                ("Шумахер", None, "Феррари"),
            ],
        ),
        # a member of a team or a band: the subject of the verb before "в составе"
        (
            "Тихонов выходил на поле в составе «Спартака» более 10 лет назад.",
            [("Тихонов", None, "Спартака")],
        ),
        (
            "Руссос записал более 40 сольных дисков и три в составе группы Aphrodite’s Child.",
            [("Руссос", None, "Aphrodite’s Child")],
        ),
        # a delegation, the object of the verb, one brought into a body: none
        ("Иван Петров прибыл в Минск в составе делегации России.", []),
        ("Путин видел Петрова в составе «Зенита».", []),
        ("Путин ввёл Ивана Петрова в состав Совета Безопасности.", []),
        # leaving an organisation, not a country nor a party's ranks
        (
            "Слухи о том, что Примаков вскоре покинет Торгово-промышленную палату, начали "
            "ходить в декабре.",
            [("Примаков", None, "Торгово-промышленную палату")],
        ),
        ("Стив Джобс покинул Apple в 1985 году.", [("Стив Джобс", None, "Apple")]),
        ("Иван Петров покинул Россию в 2015 году.", []),
        ("В январе 2010 года Руснок покинул ряды ЧСДП.", []),
    ],
)
def test_playing_belonging_and_leaving(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "под руководством" a name, the organisation or country right after it its subject
        (
            "Напомним, что в 2010 году под руководством Хосепа Гвардиолы «Барселона» "
            "завоевала свой очередной титул.",
            [("Хосепа Гвардиолы", None, "Барселона")],
        ),
        (
            "Путин выразил уверенность, что под руководством Мадуро Венесуэла будет и впредь "
            "укреплять отношения.",
            [("Мадуро", None, "Венесуэла")],
        ),
        # an organisation "с" a name "во главе"; not the head of a table
        (
            "Apple с Джобсом во главе даже изменила наш подход к слушанию музыки.",
            [("Джобсом", None, "Apple")],
        ),
        ("Делегация встретилась с Путиным во главе стола.", []),
        # one's leaving an organisation, not a town
        (
            "По данным американской прессы, в качестве причины ухода Р.Оззи из Microsoft "
            "можно назвать разногласия.",
            [("Р.Оззи", None, "Microsoft")],
        ),
        ("Уход Петрова из Москвы удивил всех.", []),
        # a verb of heading after "и" shares the holder of the workplace verb before it
        (
            "Андрей Могучий, который в настоящее время работает режиссером-постановщиком в "
            "Александринском театре и руководит собственным «Формальным театром», приедет.",
            [
                ("Андрей Могучий", None, "Александринском театре"),
                ("Андрей Могучий", None, "Формальным театром"),
            ],
        ),
        (
            "Иван Петров работает в «Газпроме», а Сидоров возглавляет «Роснефть».",
            [("Иван Петров", None, "Газпроме"), ("Сидоров", None, "Роснефть")],
        ),
    ],
)
def test_led_headed_and_left(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one's work or service "в" an organisation, the one named before it in the nominative
        (
            "Дмитрий Аленичев принял решение о завершении работы в «Спартаке».",
            [("Дмитрий Аленичев", None, "Спартаке")],
        ),
        (
            "Роберт Лоуренс во время службы в ВВС познакомился с будущей женой.",
            [("Роберт Лоуренс", None, "ВВС")],
        ),
        # posts held "в" an organisation, an adverb between, by "он" of the sentence before
        (
            "С 2010 года South Stream Transport возглавляет Марсель Крамер. До этого в разные "
            "годы он занимал руководящие посты сначала в норвежской компании Statoil.",
            [
                ("Марсель Крамер", None, "South Stream Transport"),
                ("Марсель Крамер", None, "Statoil"),
            ],
        ),
        ("Иван Петров работает сейчас в «Газпроме».", [("Иван Петров", None, "Газпроме")]),
        ("Иван Петров работал долго в Москве.", []),
        # work offered, sought or not found, or in a town: none
        ("Липницкой предложили работу в «Бургер Кинг».", []),
        ("Иван Петров искал работу в «Газпроме».", []),
        ("Иван Петров не нашёл работу в «Газпроме».", []),
        ("Иван Петров искал работу в Москве.", []),
    ],
)
def test_ones_work_in_an_organisation(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected
