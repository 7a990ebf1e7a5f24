import pytest

from pipeline import extract
from pipeline.entities.merge import group, masculine_title
from pipeline.lexicons.gazetteer_files import Entry
from pipeline.normalize.names import parse_person, same_word
from pipeline.records import Mention
from pipeline.text.keys import fold


def mentions_of(pairs: list[tuple[str, str]]) -> list[Mention]:
    """Mentions laid out one after another in a text: (type, normal) each."""
    out, cursor = [], 0
    for index, (kind, normal) in enumerate(pairs):
        out.append(Mention(index, cursor, cursor + len(normal), normal, kind, normal, -1))
        cursor += len(normal) + 1
    return out


def grouped(pairs: list[tuple[str, str]]) -> list[int]:
    mentions = mentions_of(pairs)
    return group(mentions, " ".join(m.text for m in mentions))[0]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # inflected forms of one name share an entity
        ([("PER", "Дмитрий Песков"), ("PER", "Дмитрий Песков")], [0, 0]),
        # a lone surname or first name joins the one full name that contains it
        ([("PER", "Дмитрий Песков"), ("LOC", "Москва"), ("PER", "Песков")], [0, 1, 0]),
        ([("PER", "Ерлан Карин"), ("PER", "Ерлан")], [0, 0]),
        # ... and, when two people have it, equally often mentioned, the one named first,
        # whom the story is about
        (
            [("PER", "Сергей Скрипаль"), ("PER", "Юлия Скрипаль"), ("PER", "Скрипаль")],
            [0, 1, 0],
        ),
        (
            [("PER", "Юлия Скрипаль"), ("PER", "Сергей Скрипаль"), ("PER", "Скрипаль")],
            [0, 1, 0],
        ),
        # ... and goes to the one mentioned most when they are not
        (
            [("PER", "Виктор Бут"), ("PER", "Виктор Бут"), ("PER", "Алла Бут"), ("PER", "Бут")],
            [0, 0, 1, 0],
        ),
        # two relatives of one surname: the lone first name joining the father must
        # leave his cluster counted with every mention, so the lone surname is his too
        (
            [
                ("PER", "Алекс Шварц"),
                ("PER", "Алекс Шварц"),
                ("PER", "Алекс Шварц"),
                ("PER", "Мария Шварц"),
                ("PER", "Мария Шварц"),
                ("PER", "Алекс"),
                ("PER", "Шварц"),
            ],
            [0, 0, 0, 1, 1, 0, 0],
        ),
        # initials, first name and patronymic, a doubled letter: one man
        (
            [
                ("PER", "Борис Николаевич Ельцин"),
                ("PER", "Б. Ельцин"),
                ("PER", "Борис Николаевич"),
                ("PER", "Ельцин"),
                ("PER", "Борис Ельцын"),
            ],
            [0, 0, 0, 0, 0],
        ),
        ([("PER", "Дэвид Дэвис"), ("PER", "Д.Дэвис")], [0, 0]),
        # other first names, or another initial, are other people
        ([("PER", "Дэвид Дэвис"), ("PER", "Майлз Дэвис")], [0, 1]),
        ([("PER", "Дэвид Дэвис"), ("PER", "М. Дэвис")], [0, 1]),
        # same words, different types: different entities
        ([("ORG", "Россия"), ("LOC", "Россия")], [0, 1]),
        # ё and case are folded
        ([("LOC", "Соединённые Штаты"), ("LOC", "соединенные штаты")], [0, 0]),
        # an abbreviation joins the one organisation it abbreviates
        (
            [("ORG", "Движение против нелегальной иммиграции"), ("ORG", "ДПНИ")],
            [0, 0],
        ),
        ([("ORG", "Всемирная организация здравоохранения"), ("ORG", "ВОЗ")], [0, 0]),
        ([("ORG", "Газпром"), ("ORG", "ДПНИ")], [0, 1]),
        # one-letter words are no letters of it: "э" of the Urdu name
        ([("ORG", "Техрик-э-Лабаик Пакистан"), ("ORG", "ТЛП")], [0, 0]),
        ([("ORG", "Техрик-э-Лабаик Пакистан"), ("ORG", "ТП")], [0, 1]),
    ],
)
def test_group(pairs, expected):
    assert grouped(pairs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Телерадиокомплекс Президента РК (ТРК) сообщил", [0, 0]),
        # white space inside the bracket, a line break before the abbreviation
        ("Телерадиокомплекс Президента РК (\n ТРК) сообщил", [0, 0]),
        # not defined in brackets: two organisations
        ("Телерадиокомплекс Президента РК и ТРК сообщили", [0, 1]),
        ("Телерадиокомплекс Президента РК (и ТРК) сообщили", [0, 1]),
        ("Телерадиокомплекс Президента РК (ТРК, Астана)", [0, 1]),
    ],
)
def test_abbreviation_defined_in_brackets(text, expected):
    name, short = "Телерадиокомплекс Президента РК", text.index("ТРК")
    first = Mention(0, 0, len(name), name, "ORG", name, -1)
    second = Mention(1, short, short + 3, "ТРК", "ORG", "ТРК", -1)
    entity_of, entities = group([first, second], text)
    assert entity_of == expected
    assert entities[0].canonical == "Телерадиокомплекс Президента РК"


def test_gazetteer_entries_merge_and_name_entities():
    kazakhstan = Entry("country-kz", "LOC", "Казахстан", ("РК",), "KZ", "KZ")
    mentions = mentions_of([("LOC", "РК"), ("LOC", "Казахстан"), ("LOC", "Алматы")])
    entity_of, entities = group(mentions, "", [kazakhstan, kazakhstan, None])
    assert entity_of == [0, 0, 1]
    assert (entities[0].canonical, entities[0].kb_id, entities[0].gazetteer_id) == (
        "Казахстан",
        "KZ",
        "country-kz",
    )
    assert (entities[1].canonical, entities[1].kb_id, entities[1].gazetteer_id) == (
        "Алматы",
        None,
        None,
    )


def test_entity_canonical_is_fullest_name():
    mentions = mentions_of([("PER", "Песков"), ("PER", "Дмитрий Песков"), ("PER", "Песков")])
    entity_of, entities = group(mentions, "")
    assert entity_of == [0, 0, 0]
    assert entities[0].canonical == "Дмитрий Песков"
    assert entities[0].mentions == (0, 1, 2)


@pytest.mark.parametrize(
    ("name", "given", "patronymic", "surname", "initials", "lone"),
    [
        ("Борис Николаевич Ельцин", ("борис",), "николаевич", "ельцин", (), None),
        ("Иванова А. С.", (), None, "иванова", ("а", "с"), None),
        ("Д.Дэвис", (), None, "дэвис", ("д",), None),
        ("Реджеп Тайип Эрдоган", ("реджеп", "тайип"), None, "эрдоган", (), None),
        ("Мэй", (), None, None, (), "мэй"),
    ],
)
def test_parse_person(name, given, patronymic, surname, initials, lone):
    parsed = parse_person(name)
    assert (parsed.given, parsed.patronymic, parsed.surname, parsed.initials, parsed.lone) == (
        given,
        patronymic,
        surname,
        initials,
        lone,
    )


def test_same_word_allows_one_slip_in_longer_words_only():
    assert same_word("асия", "азия") and same_word("саакашвили", "сааакашвили")
    # a mis-read gender is one letter too: "Юлия"/"Юлий" Скрипаль is one person
    assert same_word("юлия", "юлий")
    assert not same_word("ким", "кем") and not same_word("асия", "мария")


def test_fold():
    assert fold("  Соединённые   Штаты ") == "соединенные штаты"


def test_a_country_adjective_joins_the_unresolved_name_it_qualifies():
    ru_mid = Entry("org-ru-mid", "ORG", "МИД России", ("МИД",), "", "RU")
    mentions = mentions_of(
        [("ORG", "британский МИД"), ("ORG", "МИД"), ("ORG", "МИД"), ("ORG", "британский Кабмин")]
    )
    # the second МИД is Russia's, by the gazetteer: only the unresolved one is Britain's
    resolved = [None, None, ru_mid, None]
    entity_of, entities = group(
        mentions, "", resolved, bodies={0: ("МИД", "GB"), 3: ("Кабмин", "GB")}
    )
    assert entity_of == [0, 0, 1, 2]
    assert entities[0].canonical == "британский МИД"


@pytest.mark.parametrize(
    ("normal", "expected"),
    [
        ("сотрудница полиции", "сотрудник полиции"),
        ("чиновница", "чиновник"),
        ("журналистка", "журналист"),
        ("поэтесса", "поэт"),
        ("министр", "министр"),
        ("председатель комитета", "председатель комитета"),
    ],
)
def test_a_womans_title_joins_the_mans(normal, expected):
    assert masculine_title(normal) == expected


def located(text: str, spans: list[tuple[str, str]]) -> list[Mention]:
    """Mentions of a text, (type, words) each, found left to right; normal = words."""
    out, cursor = [], 0
    for index, (kind, words) in enumerate(spans):
        start = text.index(words, cursor)
        out.append(Mention(index, start, start + len(words), words, kind, words, -1))
        cursor = start + len(words)
    return out


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "Тренер Юрген Клинсман (Jürgen Klinsmann) покинул сборную.",
            [("PER", "Юрген Клинсман"), ("PER", "Jürgen Klinsmann")],
            [0, 0],
        ),
        (
            "Вакцину разработали американская «Пфайзер» (Pfizer) и «Байонтек».",
            [("ORG", "Пфайзер"), ("ORG", "Pfizer"), ("ORG", "Байонтек")],
            [0, 0, 1],
        ),
        # a gloss of another type is another entity
        (
            "Основатель Марк Цукерберг (Facebook) ответил.",
            [("PER", "Марк Цукерберг"), ("ORG", "Facebook")],
            [0, 1],
        ),
        # not in brackets, or not right after the name: other people
        (
            "Встретились Юрген Клинсман и Joachim Löw.",
            [("PER", "Юрген Клинсман"), ("PER", "Joachim Löw")],
            [0, 1],
        ),
        (
            "Встретились Юрген Клинсман (тренер, Joachim Löw) и другие.",
            [("PER", "Юрген Клинсман"), ("PER", "Joachim Löw")],
            [0, 1],
        ),
    ],
)
def test_a_latin_gloss_in_brackets_joins_the_name_before_it(text, spans, expected):
    entity_of, entities = group(located(text, spans), text)
    assert entity_of == expected
    # the entity is named in Cyrillic
    assert entities[0].canonical == spans[0][1]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # the surname first, as official lists write it
        (
            [("PER", "Владислав Юрьевич Сурков"), ("PER", "Сурков Владислав Юрьевич")],
            [0, 0],
        ),
        # a surname ending like a patronymic is still a surname
        ([("PER", "Виктор Янукович"), ("PER", "Янукович")], [0, 0]),
        ([("PER", "Виктор Шендерович"), ("LOC", "Москва"), ("PER", "Шендерович")], [0, 1, 0]),
        # a first name and patronymic join the one person of that first name
        ([("PER", "Евгений Тимаков"), ("PER", "Евгений Юрьевич")], [0, 0]),
        (
            [
                ("PER", "Виктор Янукович"),
                ("PER", "Янукович"),
                ("PER", "Виктор Фёдорович"),
                ("PER", "Людмила Янукович"),
            ],
            [0, 0, 0, 1],
        ),
        # ... and none when two people of that first name are mentioned as often
        (
            [("PER", "Евгений Тимаков"), ("PER", "Евгений Петров"), ("PER", "Евгений Юрьевич")],
            [0, 1, 2],
        ),
        # other patronymics are other people
        ([("PER", "Алла Николаевна Дробинская"), ("PER", "Алла Петровна")], [0, 1]),
    ],
)
def test_names_with_patronymics(pairs, expected):
    assert grouped(pairs) == expected


@pytest.mark.parametrize(
    ("normals", "expected"),
    [
        (["Виктор Фёдорович", "Виктор Янукович", "Янукович"], "Виктор Янукович"),
        (["Сурков Владислав Юрьевич", "Владислав Юрьевич Сурков"], "Владислав Юрьевич Сурков"),
        (["Песков", "Дмитрий Песков"], "Дмитрий Песков"),
    ],
)
def test_a_persons_canonical_name(normals, expected):
    entity_of, entities = group(mentions_of([("PER", n) for n in normals]))
    assert entity_of == [0] * len(normals)
    assert entities[0].canonical == expected


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # look-alike letters, hyphens, quotes and spaces folded on both sides
        ([("ORG", "Аэрофлот"), ("ORG", "Аэро-флот")], [0, 0]),
        ([("ORG", "«Газпром»"), ("ORG", "Газпром")], [0, 0]),
        ([("ORG", "MТС"), ("ORG", "МТС")], [0, 0]),
        # a short name and the one longer name that holds it
        ([("ORG", "Сбербанк России"), ("ORG", "Сбербанк")], [0, 0]),
        ([("ORG", "Госкорпорация Роскосмос"), ("LOC", "Москва"), ("ORG", "Роскосмос")], [0, 1, 0]),
        # one word is not a part of another; another type is another entity
        ([("ORG", "Газпром"), ("ORG", "Газпромбанк")], [0, 1]),
        ([("ORG", "Сбербанк России"), ("LOC", "Сбербанк")], [0, 1]),
        # two longer names hold it: none; an abbreviation only at the start
        (
            [("ORG", "Лига Севера"), ("ORG", "Лига чемпионов"), ("ORG", "Лига")],
            [0, 1, 2],
        ),
        ([("ORG", "Совет ЕС"), ("ORG", "ЕС")], [0, 1]),
        # a company's legal form, before or after its name, in capitals or not
        ([("ORG", "АКБ ПЕРЕСВЕТ АО"), ("ORG", "Пересвет")], [0, 0]),
        ([("ORG", "ООО «Ромашка»"), ("ORG", "Ромашка")], [0, 0]),
        ([("ORG", "ПАО Сбербанк"), ("ORG", "Сбербанк")], [0, 0]),
        ([("ORG", "Apple Inc."), ("ORG", "Apple")], [0, 0]),
        # a word that is no legal form makes another company; a legal form alone is itself
        ([("ORG", "ПАО «Газпром нефть»"), ("ORG", "Газпром")], [0, 1]),
        ([("ORG", "ООО «Ромашка»"), ("ORG", "ООО «Лютик»")], [0, 1]),
        ([("ORG", "АО"), ("ORG", "ООО")], [0, 1]),
        # the same words in another order, the longer adding only lower-case words
        (
            [
                ("ORG", "Комиссия по ценным бумагам США"),
                ("ORG", "Комиссия США по ценным бумагам и биржам"),
            ],
            [0, 0],
        ),
        # another country is another body; a word put in, in order, may make one
        (
            [
                ("ORG", "Комиссия по ценным бумагам Японии"),
                ("ORG", "Комиссия США по ценным бумагам и биржам"),
            ],
            [0, 1],
        ),
        ([("ORG", "комитет по политике"), ("ORG", "комитет по парламентской политике")], [0, 1]),
        # two longer names hold its words: none
        (
            [
                ("ORG", "Комиссия по ценным бумагам США"),
                ("ORG", "Комиссия США по ценным бумагам и биржам"),
                ("ORG", "Комиссия США по ценным бумагам и фьючерсам"),
            ],
            [0, 1, 2],
        ),
    ],
)
def test_organisation_variants(pairs, expected):
    assert grouped(pairs) == expected


DIMINUTIVES = {"саша": frozenset({"александр", "александра"}), "маша": frozenset({"мария"})}


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # a lone short form joins the one person of its full first name
        ([("PER", "Александр Петров"), ("PER", "Саша")], [0, 0]),
        ([("PER", "Мария Алёхина"), ("PER", "Алёхина"), ("PER", "Маша")], [0, 0, 0]),
        # two Александр, however often named: none
        (
            [
                ("PER", "Александр Петров"),
                ("PER", "Александр Петров"),
                ("PER", "Александр Сидоров"),
                ("PER", "Саша"),
            ],
            [0, 0, 1, 2],
        ),
        # a person named by the short form itself takes it
        ([("PER", "Александр Петров"), ("PER", "Саша Грей"), ("PER", "Саша")], [0, 1, 1]),
        # no such full name: alone
        ([("PER", "Михаил Петров"), ("PER", "Саша")], [0, 1]),
    ],
)
def test_a_lone_diminutive(pairs, expected):
    mentions = mentions_of(pairs)
    assert group(mentions, "", diminutives=DIMINUTIVES)[0] == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a first name and patronymic beside two namesakes with surnames is neither's, and
        # never ties the two together, whichever comes first
        (
            "Владимир Путин встретился с Владимиром Сидоровым. Затем выступил Владимир Кириллович.",
            [["Владимир Путин"], ["Владимиром Сидоровым"], ["Владимир Кириллович"]],
        ),
        (
            "Владимир Кириллович выступил. Владимир Путин встретился с Владимиром Сидоровым.",
            [["Владимир Кириллович"], ["Владимир Путин"], ["Владимиром Сидоровым"]],
        ),
        # beside one namesake it joins, and the name with the surname is the canonical
        ("Евгений Петров пришёл. Евгений Юрьевич сказал.", [["Евгений Петров", "Евгений Юрьевич"]]),
    ],
)
def test_a_name_without_a_surname_joins_one_namesake_at_most(resources, text, people):
    doc = extract(text, resources=resources)
    found = [[doc.mentions[i].text for i in e.mentions] for e in doc.entities if e.type == "PER"]
    assert found == people
    assert doc.entities[doc.mentions[0].entity].canonical == doc.mentions[0].text


@pytest.mark.parametrize(
    ("text", "name", "normal"),
    [
        # a short first name the dictionary does not know, in the genitive beside the
        # surname: one person with the nominative the document writes
        (
            "Правительство Кира Стармера ушло в отставку. Кир Стармер заявил об этом.",
            "Кира Стармера",
            "Кир Стармер",
        ),
        (
            "Кир Стармер прибыл в Париж. Визит Кира Стармера продлится день.",
            "Кира Стармера",
            "Кир Стармер",
        ),
    ],
)
def test_a_short_first_name_in_a_case_joins_its_nominative(text, name, normal):
    doc = extract(text)
    people = [m for m in doc.mentions if m.type == "PER"]
    assert len({m.entity for m in people}) == 1
    assert next(m.normal for m in people if m.text == name) == normal


def test_short_first_names_that_differ_stay_apart():
    assert grouped([("PER", "Лев Толстой"), ("PER", "Лео Толстой")]) == [0, 1]
    assert grouped([("PER", "Ян Новак"), ("PER", "Яна Новак")]) == [0, 1]


@pytest.mark.parametrize(
    ("text", "together", "apart"),
    [
        # one post's words are one entity: the Wikidata item NEREL-train links them to
        (
            "Папа Римский Франциск прибыл в Ирак. Понтифик встретился с верховным аятоллой.",
            ["Папа Римский", "Понтифик"],
            [],
        ),
        (
            "Генеральный секретарь Антониу Гутерриш выступил в Нью-Йорке. Генсек призвал к миру.",
            ["Генеральный секретарь", "Генсек"],
            [],
        ),
        (
            "Премьер-министр Борис Джонсон заявил о локдауне. Ранее премьер говорил иное.",
            ["Премьер-министр", "премьер"],
            [],
        ),
        (
            "Актриса Анна Петрова и актёр Иван Сидоров сыграли в спектакле.",
            ["Актриса", "актёр"],
            [],
        ),
        # other posts stay apart
        (
            "Премьер-министр Борис Джонсон встретился с президентом Эммануэлем Макроном.",
            ["Премьер-министр"],
            ["президентом"],
        ),
        (
            "Генсек Антониу Гутерриш встретился с послом Василием Небензей.",
            ["Генсек"],
            ["послом"],
        ),
    ],
)
def test_titles_of_one_post_share_an_entity(text, together, apart):
    doc = extract(text)
    entity = {m.text: m.entity for m in doc.mentions if m.type == "TITLE"}
    assert len({entity[t] for t in together}) == 1
    assert all(entity[t] != entity[together[0]] for t in apart)


@pytest.mark.parametrize(
    ("text", "lone_joins"),
    [
        # a Latin gloss makes "Джон Макафи" named twice: the lone surname is his
        (
            "Джон Макафи (John McAfee) скрывается в Белизе. Его однофамилец Дэвид Макафи "
            "молчит. Макафи заявил о своей невиновности.",
            "Джон Макафи",
        ),
        # without it the two are named once each: the lone surname is the first named's
        (
            "Джон Макафи скрывается в Белизе. Его однофамилец Дэвид Макафи молчит. Макафи "
            "заявил о своей невиновности.",
            "Джон Макафи",
        ),
        (
            "Дэвид Макафи молчит. Его однофамилец Джон Макафи скрывается в Белизе. Макафи "
            "заявил о своей невиновности.",
            "Дэвид Макафи",
        ),
    ],
)
def test_a_glossed_name_counts_its_gloss_for_a_lone_surname(text, lone_joins):
    doc = extract(text)
    entity = {m.text: m.entity for m in doc.mentions if m.type == "PER"}
    joined = [name for name in ("Джон Макафи", "Дэвид Макафи") if entity[name] == entity["Макафи"]]
    assert joined == ([lone_joins] if lone_joins else [])


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # "Янукович" ends as a patronymic but is a surname: he is not Виктор Ющенко
        (
            "Виктор Янукович встретился с Виктором Ющенко. Позже Виктор Янукович уехал в Донецк.",
            [["Виктор Янукович", "Виктор Янукович"], ["Виктором Ющенко"]],
        ),
        # a real patronymic still joins the one namesake with a surname
        (
            "Владимир Владимирович Путин прибыл в Казань. Владимир Владимирович осмотрел завод.",
            [["Владимир Владимирович Путин", "Владимир Владимирович"]],
        ),
        (
            "Евгений Петров пришёл. Евгений Юрьевич сказал.",
            [["Евгений Петров", "Евгений Юрьевич"]],
        ),
    ],
)
def test_a_surname_ending_as_a_patronymic_joins_no_namesake(resources, text, people):
    doc = extract(text, resources=resources)
    found = [[doc.mentions[i].text for i in e.mentions] for e in doc.entities if e.type == "PER"]
    assert found == people


@pytest.mark.parametrize(
    ("text", "joins"),
    [
        # the one agency of the document, by the name its abbreviation stands for
        (
            "Ушёл из жизни генеральный директор МАГАТЭ Юкия Амано. Об этом 22 июля сообщил "
            "секретариат Агентства на сайте организации.",
            "МАГАТЭ",
        ),
        # the one service, by the noun its name is built on
        (
            "Директор Федеральной службы безопасности выступил в Москве. Об этом сообщил "
            "секретариат Службы на сайте организации.",
            "Федеральной службы безопасности",
        ),
        # two agencies: the word is neither's
        (
            "Глава МАГАТЭ Рафаэль Гросси и глава Международного агентства по возобновляемой "
            "энергии Франческо Ла Камера встретились. Об этом сообщил секретариат Агентства на "
            "сайте организации.",
            None,
        ),
    ],
)
def test_a_lone_kind_word_joins_the_one_organisation_of_its_kind(text, joins):
    doc = extract(text)
    orgs = [m for m in doc.mentions if m.type == "ORG"]
    lone = next(m for m in orgs if m.text in ("Агентства", "Службы"))
    joined = [m.text for m in orgs if m is not lone and m.entity == lone.entity]
    assert joined == ([joins] if joins else [])


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # a lone word is a surname before a first name: "Томас" is Роберт Томас
        (
            [("PER", "Роберт Томас"), ("PER", "Томас Уильямс"), ("PER", "Томас")],
            [0, 1, 0],
        ),
        # ... and a first name where no surname fits it
        ([("PER", "Томас Уильямс"), ("PER", "Томас")], [0, 0]),
        # a surname spelt alike beats one a letter away, however often that one is named
        (
            [
                ("PER", "Пётр Завьялов"),
                ("PER", "Пётр Завьялов"),
                ("PER", "Александра Завьялова"),
                ("PER", "Завьялова"),
            ],
            [0, 0, 1, 1],
        ),
        (
            [
                ("PER", "Пётр Завьялов"),
                ("PER", "Александра Завьялова"),
                ("PER", "Александра Завьялова"),
                ("PER", "Завьялов"),
            ],
            [0, 1, 1, 0],
        ),
        # two namesakes spelt alike, named as often: the first named's
        (
            [("PER", "Сергей Удальцов"), ("PER", "Алексей Удальцов"), ("PER", "Удальцов")],
            [0, 1, 0],
        ),
        (
            [("PER", "Алексей Удальцов"), ("PER", "Сергей Удальцов"), ("PER", "Удальцов")],
            [0, 1, 0],
        ),
    ],
)
def test_a_lone_name_among_namesakes(pairs, expected):
    assert grouped(pairs) == expected


@pytest.mark.parametrize(
    ("text", "lone", "person"),
    [
        # relatives sharing a surname: the lone name goes to the one spelt as it is
        (
            "Сергей Удальцов вышел на площадь. Его жена Анастасия Удальцова пришла позже. "
            "Удальцова заявила журналистам, что акция продолжится.",
            "Удальцова",
            "Анастасия Удальцова",
        ),
        (
            "Сергей Удальцов вышел на площадь. Его жена Анастасия Удальцова пришла позже. "
            "Удальцов заявил журналистам, что акция продолжится.",
            "Удальцов",
            "Сергей Удальцов",
        ),
        (
            "Роберт Томас прибыл в Лондон. Его адвокат Томас Уильямс отказался от "
            "комментариев. Томас заявил, что невиновен.",
            "Томас",
            "Роберт Томас",
        ),
    ],
)
def test_a_lone_surname_joins_the_namesake_it_spells(text, lone, person):
    doc = extract(text)
    entity = {m.text: m.entity for m in doc.mentions if m.type == "PER"}
    others = [name for name in entity if name not in (lone, person)]
    assert entity[lone] == entity[person]
    assert all(entity[other] != entity[lone] for other in others)


# a crowd: every first name with every surname, as a long document names its people
CROWD_FIRST = ("Алексей", "Борис", "Виктор", "Григорий", "Дмитрий", "Евгений")
CROWD_SURNAMES = ("Волков", "Зайцев", "Калинин", "Лебедев", "Морозов", "Никитин", "Орлов")


def crowd() -> tuple[list[tuple[str, str]], list[str]]:
    """Mentions of the crowd and whose each is: every full name once, the first of each
    surname's people ("Алексей Волков", "Борис Зайцев" ...) thrice; each lone surname, an
    initial with each surname, a first name and patronymic of a man alone of his first name
    ("Аркадий Петрович") and of the most named of seven Борисы (Борис Зайцев)."""
    pairs, whose = [], []
    for i, surname in enumerate(CROWD_SURNAMES):
        for first in CROWD_FIRST:
            pairs.append(("PER", f"{first} {surname}"))
            whose.append(f"{first} {surname}")
        named = f"{CROWD_FIRST[i % len(CROWD_FIRST)]} {surname}"
        pairs += [("PER", named), ("PER", named), ("PER", surname)]  # the most named's
        whose += [named, named, named]
        first = CROWD_FIRST[(i + 2) % len(CROWD_FIRST)]
        pairs.append(("PER", f"{first[0]}. {surname}"))
        whose.append(f"{first} {surname}")
    pairs += [("PER", "Аркадий Шестаков"), ("PER", "Аркадий Петрович"), ("PER", "Борис Петрович")]
    whose += ["Аркадий Шестаков", "Аркадий Шестаков", f"Борис {CROWD_SURNAMES[1]}"]
    return pairs, whose


def test_a_crowd_of_namesakes_groups_as_its_names_say():
    """Forty-odd people sharing first names and surnames, looked up by index, not pairwise:
    a lone surname is the most named of its people, an initial the one it begins, a first
    name and patronymic the one man of that first name, or the most named of several."""
    pairs, whose = crowd()
    ids = grouped(pairs)
    assert {i: ids[whose.index(w)] for i, w in enumerate(whose)} == dict(enumerate(ids))
    assert len(set(ids)) == len(set(whose))


# committees of one parliament, every word of their names common to many
COMMITTEE_TOPICS = [
    f"{adjective} {noun}"
    for adjective in ("экономической", "социальной", "региональной", "бюджетной", "аграрной")
    for noun in ("политике", "безопасности", "поддержке", "защите")
]
ADDED = ("развитию", "контролю", "реформам")


def committees() -> tuple[list[tuple[str, str]], list[str]]:
    """Each topic's committee named with the parliament after its topic ("Комитет по
    экономической политике Госдумы") and before it, adding a lower-case topic ("Комитет
    Госдумы по экономической политике и развитию"); every fifth topic has two such longer
    names. Whose is each: the longer name's own, the shorter one the longer one's where
    there is one."""
    pairs, whose = [], []
    for number, topic in enumerate(COMMITTEE_TOPICS):
        shorter = f"Комитет по {topic} Госдумы"
        longer = [f"Комитет Госдумы по {topic} и {ADDED[number % 3]}"]
        if number % 5 == 0:
            longer.append(f"Комитет Госдумы по {topic} и {ADDED[(number + 1) % 3]}")
        pairs += [("ORG", shorter)] + [("ORG", name) for name in longer]
        whose += [longer[0] if len(longer) == 1 else shorter, *longer]
    return pairs, whose


def test_committees_whose_every_word_is_common_join_their_one_reordered_name():
    """Twenty committees of one parliament, their words shared by many names: each shorter
    name joins the one longer name holding its words in another order, none of two."""
    pairs, whose = committees()
    ids = grouped(pairs)
    assert {i: ids[whose.index(w)] for i, w in enumerate(whose)} == dict(enumerate(ids))
    assert len(set(ids)) == len(set(whose))


# two dozen men named Иванов, every first name of them beginning with "И": more than a
# surname's first letter holds before its heads are looked up by first name
IVANOVS = (
    "Ибрагим", "Иван", "Игнат", "Игорь", "Изяслав", "Измаил", "Иларион", "Ильдар", "Ильнур",
    "Илья", "Иннокентий", "Иоанн", "Иов", "Иосиф", "Ипполит", "Ираклий", "Ириней", "Исаак",
    "Искандер", "Ислам", "Ингвар", "Итиль", "Иуда", "Ихтиандр",
)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "whose"),
    [
        ("Исак Иванов", "Исаак Иванов"),  # one letter away
        ("Инокентий Иванов", "Иннокентий Иванов"),
        ("Иова Иванов", "Иов Иванов"),  # a short name in a case the dictionary lacks
        ("Илья Иванов", "Илья Иванов"),
        ("И. Иванов", "Илья Иванов"),  # an initial: the most named of its letter
        ("Иванов", "Илья Иванов"),  # a lone surname: the most named
        ("Ихтиандр Иванов", "Ихтиандр Иванов"),
    ],
)
def test_a_name_among_a_crowd_of_namesakes_of_one_letter(name, whose):
    """Among namesakes of one surname and first letter, a first name one letter away or in
    a case joins its own man, an initial or a lone surname the one named most (Илья, thrice),
    and no two first names of the crowd join."""
    pairs = [("PER", f"{first} Иванов") for first in IVANOVS]
    pairs += [("PER", "Илья Иванов"), ("PER", "Илья Иванов"), ("PER", name)]
    ids = grouped(pairs)
    assert len(set(ids[: len(IVANOVS)])) == len(IVANOVS)
    assert ids[-1] == ids[pairs.index(("PER", whose))]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # a short first name beside a surname is the full one's ("Юля Липницкая")
        ([("PER", "Юлия Липницкая"), ("PER", "Юля Липницкая"), ("PER", "Юля")], [0, 0, 0]),
        ([("PER", "Александр Петров"), ("PER", "Саша Петров")], [0, 0]),
        # not another surname's, nor another first name's
        ([("PER", "Юлия Липницкая"), ("PER", "Юля Сотникова")], [0, 1]),
        ([("PER", "Мария Петрова"), ("PER", "Саша Петрова")], [0, 1]),
    ],
)
def test_a_diminutive_in_a_full_name(pairs, expected):
    mentions = mentions_of(pairs)
    diminutives = {**DIMINUTIVES, "юля": frozenset({"юлия"})}
    assert group(mentions, "", diminutives=diminutives)[0] == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Трамп помиловал Джо Арпайо. Шериф Джозеф Арпайо известен жёсткими методами. "
            "Арпайо поблагодарил президента.",
            [["Трамп"], ["Джо Арпайо", "Джозеф Арпайо", "Арпайо"]],
        ),
        # a lone short form the shipped list writes out joins the one person of that name
        (
            "Умерла Елизавета Глинка. Друзья называли её Лизой. Лиза помогала бездомным.",
            [["Елизавета Глинка", "Лизой", "Лиза"]],
        ),
    ],
)
def test_a_shipped_short_form(resources, text, people):
    doc = extract(text, resources=resources)
    found = [[doc.mentions[i].text for i in e.mentions] for e in doc.entities if e.type == "PER"]
    assert found == people


@pytest.mark.parametrize(
    ("text", "kind", "one", "other"),
    [
        # the lone kind word joins the one organisation its reworded names make
        (
            "Глава Комиссии по ценным бумагам США М.Шапиро покидает свой пост.\n\nМэри "
            "Шапиро, возглавившая Комиссию США по ценным бумагам и биржам (SEC) после "
            "кризиса, покинет свой пост. На днях Комиссия проинформировала Белый Дом.",
            "ORG",
            "Комиссия",
            "Комиссии по ценным бумагам США",
        ),
        # a place named with its kind of state is the place the document names without it
        (
            "Король Свазиленда Мсвати III переименовал страну. Теперь Королевство Свазиленд "
            "называется иначе.",
            "LOC",
            "Королевство Свазиленд",
            "Свазиленда",
        ),
        (
            "Посол Республики Аргентина прибыл в Москву. Аргентина готова к переговорам.",
            "LOC",
            "Республики Аргентина",
            "Аргентина",
        ),
    ],
)
def test_one_organisation_or_place_by_other_words(resources, text, kind, one, other):
    doc = extract(text, resources=resources)
    entity = {m.text: m.entity for m in doc.mentions if m.type == kind}
    assert entity[one] == entity[other]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # a surname's generation is read apart: "Лоуренс-младший" is Роберт Лоуренс
        (
            [
                ("PER", "Роберт Генри Лоуренс-младший"),
                ("PER", "Роберт Лоуренс"),
                ("PER", "Лоуренс"),
            ],
            [0, 0, 0],
        ),
        ([("PER", "Джон Хинкли"), ("PER", "Хинкли-младший")], [0, 0]),
        ([("PER", "Ингвар Кампрад"), ("PER", "Кампрад-старший")], [0, 0]),
        # ...and the other generation is another person (the one named more often joins
        # first)
        (
            [
                ("PER", "Джордж Герберт Уокер Буш"),
                ("PER", "Джордж Буш-старший"),
                ("PER", "Джордж Буш-старший"),
                ("PER", "Джордж Буш-младший"),
            ],
            [0, 0, 0, 1],
        ),
        (
            [
                ("PER", "Виктор Лукашенко"),
                ("PER", "Лукашенко-младший"),
                ("PER", "Лукашенко-старший"),
            ],
            [0, 0, 1],
        ),
        # a first name and a surname a hyphen joined, which fit no name as one word
        ([("PER", "Асия Биби"), ("PER", "Азия-Биби"), ("PER", "Биби")], [0, 0, 0]),
        # a hyphenated surname alone is the surname first
        ([("PER", "Мигель Диас-Канель"), ("PER", "Диас-Канель")], [0, 0]),
        ([("PER", "Мигель Диас"), ("PER", "Диас-Канель")], [0, 1]),
        # and a hyphenated first name alone is no surname
        ([("PER", "Жан-Поль Бельмондо"), ("PER", "Жан-Поль")], [0, 0]),
        # "э" written "е" is one name, however short
        ([("PER", "Тереза Мэй"), ("PER", "Тереза Мей"), ("PER", "Мей")], [0, 0, 0]),
        ([("PER", "Дэвид Бекхэм"), ("PER", "Бэкхем")], [0, 0]),
        ([("PER", "Дэвид Дэвис"), ("PER", "Девид Девис"), ("PER", "Девид")], [0, 0, 0]),
        # another vowel is another name
        ([("PER", "Тереза Мэй"), ("PER", "Тереза Май")], [0, 1]),
        # a place's hyphen and space are one spelling
        ([("LOC", "Сазерленд-Спрингс"), ("LOC", "Сазерленд Спрингс")], [0, 0]),
        ([("LOC", "Королевство Свазиленд"), ("LOC", "Свазиленд")], [0, 0]),
        # a kind that is no state's keeps its place apart ("город Москва" aside)
        ([("LOC", "Тверская область"), ("LOC", "Тверь")], [0, 1]),
        # "Дж." is an initial, of a first name in Дж-
        ([("PER", "Джереми Хант"), ("PER", "Дж.Хант"), ("PER", "Дж. Хант")], [0, 0, 0]),
        ([("PER", "Джереми Хант"), ("PER", "А.Хант")], [0, 1]),
    ],
)
def test_a_name_written_otherwise(pairs, expected):
    assert grouped(pairs) == expected
