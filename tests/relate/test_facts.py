"""One fact per person, post and place: the seed article's table and one sentence per
construction that says where a post is held."""

import pytest

from pipeline import extract

# (person, post, place) of every fact of the seed article, in the order first stated
SEED_FACTS = [
    ("Ерлан Карин", "государственный советник", "Казахстан"),
    ("Дмитрий Песков", "заместитель руководителя", "Администрация Президента России"),
    ("Дмитрий Песков", "пресс-секретарь Президента", "Россия"),
    ("Аида Балаева", "министр культуры и информации", "Казахстан"),
    ("Раушан Кажибаева", "директор", "Телерадиокомплекс Президента Казахстана"),
    (
        "Аскар Умаров",
        "директор Службы центральных коммуникаций при Президенте РК",
        "Служба центральных коммуникаций",
    ),
    ("Никита Шаталов", "депутат", "Мажилис"),
    ("Айбек Смадияров", "председатель", "Комитет международной информации"),
    ("Марина Ким", "депутат", "Государственная Дума"),
    (
        "Бэлла Черкесова",
        "заместитель министра цифрового развития, связи и массовых коммуникаций",
        "Министерство цифрового развития, связи и массовых коммуникаций России",
    ),
    ("Андрей Кондрашов", "генеральный директор", "ТАСС"),
    # "Президенты Касым-Жомарт Токаев и Владимир Путин": Путин is known as "президент
    # России", and the article mentions Россия
    ("Владимир Путин", "президент", "Россия"),
]


def facts(doc):
    return [(doc.entities[f.person].canonical, f.title, f.org_canonical) for f in doc.facts]


@pytest.fixture(scope="module")
def seed_doc(seed_text, resources):
    return extract(seed_text, resources=resources)


def test_seed_facts(seed_doc):
    assert facts(seed_doc) == SEED_FACTS


@pytest.mark.parametrize(
    ("person", "titles"),
    [
        # three titles, one post
        ("Ерлан Карин", ["Государственный советник", "Государственный советник РК", "Госсоветник"]),
        (
            "Аида Балаева",
            ["министр культуры и информации РК", "Министр культуры и информации РК", "министр"],
        ),  # fmt: skip
        # "ТРК" resolves to the organisation the longer title names
        ("Раушан Кажибаева", ["директор Телерадиокомплекса Президента РК", "Директор ТРК"]),
        (
            "Андрей Кондрашов",
            ["генеральный директор агентства ИТАР-ТАСС", "Генеральный директор ИТАР-ТАСС"],
        ),  # fmt: skip
    ],
)
def test_seed_titles_of_one_fact(seed_doc, person, titles):
    held = [f for f in seed_doc.facts if seed_doc.entities[f.person].canonical == person]
    assert len(held) == 1
    assert [seed_doc.mentions[i].text for i in held[0].titles] == titles
    occupations = [seed_doc.occupations[i] for i in held[0].occupations]
    assert sorted(o.title for o in occupations) == list(held[0].titles)


def test_seed_places_carry_entity_and_ids(seed_doc):
    by_person = {seed_doc.entities[f.person].canonical: f for f in seed_doc.facts}
    balaeva = by_person["Аида Балаева"]
    assert seed_doc.entities[balaeva.org].canonical == "Казахстан" and balaeva.org_kb_id == "KZ"
    # named by the post alone: no mention of its own, the gazetteer's name
    assert by_person["Никита Шаталов"].org is None
    assert by_person["Бэлла Черкесова"].org is None
    # "директор Телерадиокомплекса Президента РК" takes the entity "ТРК" resolved to
    trk = seed_doc.entities[by_person["Раушан Кажибаева"].org]
    assert [seed_doc.mentions[i].text for i in trk.mentions] == ["ТРК"]
    line = seed_doc.to_dict()["facts"][0]
    keys = ["person", "title", "org", "org_canonical", "org_kb_id", "titles", "occupations"]
    assert list(line) == keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title's genitive complement
        (
            "Посол Италии в Грузии Марио Рини вручил верительные грамоты.",
            [("Марио Рини", "посол Италии в Грузии", "Италия")],
        ),
        (
            "Депутат Мажилиса Никита Шаталов выступил на форуме.",
            [("Никита Шаталов", "депутат", "Мажилис")],
        ),
        # a minister of something names the ministry
        (
            "Министр финансов Иван Петров выступил.",
            [("Иван Петров", "министр финансов", "Министерство финансов")],
        ),
        # a country adjective before a state's post
        (
            "Российский президент Дмитрий Медведев прибыл в Пекин.",
            [("Дмитрий Медведев", "президент", "Россия")],
        ),
        (
            "Британского премьера Бориса Джонсона госпитализировали.",
            [("Борис Джонсон", "премьер", "Великобритания")],
        ),
        # punctuation earlier in the sentence does not hide the adjective right before
        (
            "Впервые обещал быть председатель КНР Ху Цзиньтао, а вот британский премьер Гордон"
            " Браун отказался от участия.",
            [
                ("Ху Цзиньтао", "председатель", "Китай"),
                ("Гордон Браун", "премьер", "Великобритания"),
            ],
        ),
        # the organisation after the title, its kind left out of the post
        (
            "Генеральный директор агентства ИТАР-ТАСС Андрей Кондрашов подчеркнул это.",
            [("Андрей Кондрашов", "генеральный директор", "ТАСС")],
        ),
        # "президент" and "президент Украины" of one person: one fact
        (
            "Президент Украины Виктор Янукович прибыл в Анкару. Переговоры с президентом Виктором"
            " Януковичем продлились три часа.",
            [("Виктор Янукович", "президент", "Украина")],
        ),
    ],
)
def test_places_named_in_the_sentence(resources, text, expected):
    assert facts(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list: each person with the country named in the same place
        (
            "Министры иностранных дел России и Казахстана Сергей Лавров и Мурат Нуртлеу провели"
            " переговоры.",
            [
                ("Сергей Лавров", "министр иностранных дел", "Россия"),
                ("Мурат Нуртлеу", "министр иностранных дел", "Казахстан"),
            ],
        ),
        # "из" after the holder's name
        ("Директор Иван Петров из ТАСС выступил.", [("Иван Петров", "директор", "ТАСС")]),
        # the organisation in brackets after the name
        ("Директор Иван Петров (ТАСС) выступил.", [("Иван Петров", "директор", "ТАСС")]),
        # the organisation that appoints
        (
            "Минобрнауки назначило Ивана Петрова ректором.",
            [("Иван Петров", "ректор", "Министерство науки и высшего образования России")],
        ),
        # "в" an organisation after the title
        (
            "В 2019 году Тимур Шаймиев занял пост генерального директора в нефтедобывающей"
            ' компании ООО "МНКТ".',
            [("Тимур Шаймиев", "генеральный директор", "МНКТ")],
        ),
        # "в" an organisation opening the sentence
        (
            "В «Газпроме» Иван Петров занимает пост директора.",
            [("Иван Петров", "директор", "Газпром")],
        ),
        # a kind of organisation ending the title: the one named before in its sentence
        (
            "ФК «Спартак» объявил об отставке главного тренера команды Дмитрия Аленичева.",
            [("Дмитрий Аленичев", "главный тренер", "ФК «Спартак»")],
        ),
        (
            "Как сообщает пресс-служба МВД, это решение принял глава ведомства Рашид Нургалиев.",
            [("Рашид Нургалиев", "глава", "МВД")],
        ),
        # not across a dash that opens another person's statement
        (
            "Угбома - руководитель проекта Mushroom works, Гергей Ковач - лидер партии.",
            [("Угбома", "руководитель проекта", "Mushroom works")],
        ),
        # "от" a party, inside the title
        (
            "Депутат от партии «Единая Россия» Иван Петров выступил.",
            [("Иван Петров", "депутат", "Единая Россия")],
        ),
        # the genitive complement names the organisation
        (
            "Пресс-секретарь Кремля Дмитрий Песков ответил журналистам.",
            [("Дмитрий Песков", "пресс-секретарь", "Администрация Президента России")],
        ),
    ],
)
def test_workplaces(resources, text, expected):
    assert facts(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # where one comes from is a place, not an organisation: no workplace
        "Журналист Иван Петров из России выступил.",
        # a place one goes to is no workplace
        "Визит министра Ивана Петрова в Казахстан завершился.",
        # no person: no fact
        "Журналисты из России прибыли в Алматы.",
        # a nationality, not a workplace
        "Немецкий режиссёр Георг Жено показал спектакль.",
        # a post with no place stays a link
        "Писатель Дмитрий Быков выступил.",
        # a kind of organisation with no organisation named before it
        "Главный тренер команды Дмитрий Аленичев ушёл в отставку.",
    ],
)
def test_no_fact(resources, text):
    assert facts(extract(text, resources=resources)) == []


@pytest.mark.parametrize(
    ("short", "long", "joins"),
    [
        ("министр", "министр культуры и информации", True),
        ("госсоветник", "государственный советник", True),
        ("генсек", "генеральный секретарь", True),
        ("премьер", "премьер-министр", True),
        ("директор", "генеральный директор", True),
        ("президент", "вице-президент", False),
        ("министр", "заместитель министра", False),
        ("советник", "секретарь", False),
    ],
)
def test_shorter_form(short, long, joins):
    from pipeline.relate.facts import shorter_form

    assert shorter_form(short, long) is joins


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person's known post (gazetteers/persons.tsv: "президент Беларуси") and a
        # Беларусь the text mentions in another sentence
        (
            "Андрей Санников — бывший заместитель министра иностранных дел Беларуси. В 1996 году"
            " он ушел в отставку в знак протеста против действий президента Александра"
            " Лукашенко.",
            [
                ("Андрей Санников", "заместитель министра иностранных дел", "Беларусь"),
                ("Александр Лукашенко", "президент", "Беларусь"),
            ],
        ),
        (
            "Выборы прошли в Италии. Премьер-министр Сильвио Берлускони признал поражение.",
            [("Сильвио Берлускони", "премьер-министр", "Италия")],
        ),
        # the one country of the person's other state post
        (
            "Премьер-министр Молдавии Иван Петров прибыл в Москву. Ранее президент Иван Петров"
            " распустил парламент.",
            [
                ("Иван Петров", "премьер-министр", "Молдова"),
                ("Иван Петров", "президент", "Молдова"),
            ],
        ),
        # the one country all the person's known state posts are held in ("президент
        # России"), when the text names it
        (
            "Премьер-министр Владимир Путин провёл совещание в Москве. Россия готова к"
            " переговорам.",
            [("Владимир Путин", "премьер-министр", "Россия")],
        ),
        (
            "Сенатор Джон Керри выступил в Вашингтоне. США готовы к переговорам.",
            [("Джон Керри", "сенатор", "США")],
        ),
        # a city's post says nothing of the person's other posts
        (
            "Мэр Москвы Сергей Собянин открыл парк. Депутат Сергей Собянин выступил.",
            [("Сергей Собянин", "мэр", "Москва")],
        ),
    ],
)
def test_places_named_elsewhere(resources, text, expected):
    assert facts(extract(text, resources=resources)) == expected


def test_places_named_elsewhere_for_many_known_people(resources):
    """Seven statesmen of one document, each known for a post of his country, which the
    document names in another sentence: each post is placed in his own country, read from
    his known posts and the document's places once, not per post."""
    text = (
        "Выборы прошли в Италии. Премьер-министр Сильвио Берлускони признал поражение. "
        "Президент Джорджо Наполитано принял его отставку. "
        "Беларусь закрыла границу. Президент Александр Лукашенко провёл совещание. "
        "Япония готова к переговорам. Премьер-министр Синдзо Абэ выступил в парламенте. "
        "Зимбабве переживает кризис. Президент Роберт Мугабе обратился к нации. "
        "Россия готова к переговорам. Премьер-министр Владимир Путин провёл совещание. "
        "Президент Иван Петров тоже провёл совещание."
    )
    assert facts(extract(text, resources=resources)) == [
        ("Сильвио Берлускони", "премьер-министр", "Италия"),
        ("Джорджо Наполитано", "президент", "Италия"),
        ("Александр Лукашенко", "президент", "Беларусь"),
        ("Синдзо Абэ", "премьер-министр", "Япония"),
        ("Роберт Мугабе", "президент", "Зимбабве"),
        ("Владимир Путин", "премьер-министр", "Россия"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a known post whose country the text does not mention
        "Президент Александр Лукашенко провёл совещание.",
        # no state post: a country mentioned elsewhere is not its place
        "Компания работает в России. Директор Иван Петров уволился.",
        # a known person's post of another name ("президент Беларуси" is no "тренер")
        "Беларусь сыграла вничью. Тренер Александр Лукашенко доволен.",
        "Россия выиграла матч. Тренер Владимир Путин доволен.",
        # the known country is not named in the text
        "Премьер-министр Владимир Путин прибыл в Китай.",
    ],
)
def test_no_place_elsewhere(resources, text):
    assert facts(extract(text, resources=resources)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one country, city, party or company named before a title ending with its kind
        (
            "Выборы прошли в Венесуэле. Президент страны Уго Чавес признал победу оппозиции.",
            [("Уго Чавес", "президент", "Венесуэла")],
        ),
        (
            "В Казани прошёл митинг. Мэр города Ильсур Метшин выступил перед горожанами.",
            [("Ильсур Метшин", "мэр", "Казань")],
        ),
        # a city that is a region of its own (the gazetteer's "Город Москва")
        (
            "В Москве открылась первая велодорожка. Мэр города Сергей Собянин проехал по ней"
            " первым.",
            [("Сергей Собянин", "мэр", "Москва")],
        ),
        (
            "Санкт-Петербург отметил День города. Губернатор города Александр Беглов поздравил"
            " жителей.",
            [("Александр Беглов", "губернатор", "Санкт-Петербург")],
        ),
        (
            "Партия «Яблоко» провела съезд в Москве. Глава партии Николай Рыбаков выступил с"
            " докладом.",
            [("Николай Рыбаков", "глава", "Яблоко")],
        ),
        # a republic is a country or a region
        (
            "В Татарстане открылся новый завод. Президент республики Рустам Минниханов"
            " осмотрел цеха.",
            [("Рустам Минниханов", "президент", "Татарстан")],
        ),
        (
            "В Азербайджане прошли выборы. Президент республики Ильхам Алиев проголосовал в Баку.",
            [("Ильхам Алиев", "президент", "Азербайджан")],
        ),
        # the kind the text names before the organisation's name
        (
            "Акционеры компании «Газпром» собрались в Москве. Глава компании Алексей Миллер"
            " доволен.",
            [("Алексей Миллер", "глава", "Газпром")],
        ),
        (
            "Новый стадион клуба «Зенит» открыт. Президент клуба Александр Медведев доволен.",
            [("Александр Медведев", "президент", "Зенит")],
        ),
    ],
)
def test_places_of_a_kind_named_before(resources, text, expected):
    assert facts(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two countries, or two cities, before: which one is not said
        "Россия и Китай подписали соглашение. Президент страны Иван Петров прибыл в Пекин.",
        "Москва и Санкт-Петербург готовятся к празднику. Мэр города Иван Петров выступил.",
        "Москва и Казань подписали соглашение. Мэр города Иван Петров выступил.",
        # a region is no city
        "В Московской области открылась велодорожка. Мэр города Иван Петров проехал по ней.",
        "Татарстан и Башкирия подписали договор. Президент республики Рустам Минниханов доволен.",
        # nothing of the kind named before; a country is no city
        "Мэр города Иван Петров выступил на митинге.",
        "В Германии прошли выборы. Мэр города Иван Петров проголосовал.",
        # clubs the text never calls so
        "«Зенит» обыграл «Спартак». Президент клуба Александр Медведев доволен.",
    ],
)
def test_no_place_of_a_kind(resources, text):
    assert facts(extract(text, resources=resources)) == []


@pytest.mark.parametrize(
    ("place", "city"),
    [
        ("region-ru-mow", True),  # Москва
        ("region-ru-spe", True),  # Санкт-Петербург
        ("region-by-hm", True),  # Минск
        ("region-kz-71", True),  # Астана
        ("region-ru-mos", False),  # Московская область
        ("region-ru-ta", False),  # Татарстан
        ("country-ru", False),
    ],
)
def test_regions_that_are_cities(resources, place, city):
    from pipeline.relate.antecedents import is_city

    assert is_city(place, resources.gazetteer) is city
