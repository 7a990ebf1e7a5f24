"""Who holds which title: the seed article's table and one sentence per pattern."""

from dataclasses import replace

import pytest

from pipeline import extract
from pipeline.relate.linker import NO_MODEL
from pipeline.relate.occupations import last_ending_by

from .test_workplace_linker import workplaces

SEED_TITLES = {
    "Ерлан Карин": {"государственный советник", "государственный советник РК", "госсоветник"},
    "Дмитрий Песков": {
        "заместитель руководителя Администрации Президента",
        "пресс-секретарь Президента РФ",
    },
    "Аида Балаева": {"министр культуры и информации РК", "министр"},
    "Раушан Кажибаева": {"директор Телерадиокомплекса Президента РК", "директор ТРК"},
    "Аскар Умаров": {"директор Службы центральных коммуникаций при Президенте РК"},
    "Никита Шаталов": {"депутат Мажилиса Парламента РК"},
    "Айбек Смадияров": {"председатель Комитета международной информации МИД РК"},
    "Марина Ким": {"депутат Государственной Думы РФ"},
    "Бэлла Черкесова": {"заместитель министра цифрового развития, связи и массовых коммуникаций"},
    "Андрей Кондрашов": {
        "генеральный директор агентства ИТАР-ТАСС",
        "генеральный директор ИТАР-ТАСС",
    },
    "Касым-Жомарт Токаев": {"президент"},
    "Владимир Путин": {"президент"},
}


def links(doc):
    m = doc.mentions
    return [
        (
            doc.entities[m[o.person].entity].canonical,
            m[o.title].normal,
            None if o.org is None else m[o.org].text,
        )
        for o in doc.occupations
    ]


def holders_and_first_words(text, resources):
    """(the holder's name as written, the title's first word): where the post starts,
    whatever the tagger takes after it."""
    doc = extract(text, resources=resources)
    m = doc.mentions
    return [(m[o.person].text, m[o.title].text.split()[0]) for o in doc.occupations]


def test_seed_persons_and_their_titles(seed_text, resources):
    doc = extract(seed_text, resources=resources)
    held: dict[str, set[str]] = {}
    for person, title, _ in links(doc):
        held.setdefault(person, set()).add(title)
    assert held == SEED_TITLES
    persons = {e.canonical: e for e in doc.entities if e.type == "PER"}
    # a person's titles are the posts of its facts (the organisation is the fact's), then
    # the posts no place is known of
    assert persons["Дмитрий Песков"].titles == (
        "заместитель руководителя",
        "пресс-секретарь Президента",
    )
    assert persons["Ерлан Карин"].titles == ("государственный советник",)
    assert persons["Владимир Путин"].titles == ("президент",)
    assert persons["Лилия Сыздыкова"].titles == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title before the name, organisation inside the title
        (
            "На форуме выступил министр культуры и информации РК Аида Балаева.",
            [("Аида Балаева", "министр культуры и информации РК", "РК")],
        ),
        # an inflected chain
        (
            "По словам пресс-секретаря Президента РФ Дмитрия Пескова, визит готовится.",
            [("Дмитрий Песков", "пресс-секретарь Президента РФ", "РФ")],
        ),
        # apposition after the name
        (
            "Аида Балаева, министр культуры, открыла форум.",
            [("Аида Балаева", "министр культуры", None)],
        ),
        # a dash
        (
            "Дмитрий Песков – пресс-секретарь Президента РФ.",
            [("Дмитрий Песков", "пресс-секретарь Президента РФ", "РФ")],
        ),
        # a plural title with coordinated names gives two links
        (
            "Президенты Касым-Жомарт Токаев и Владимир Путин провели переговоры.",
            [("Касым-Жомарт Токаев", "президент", None), ("Владимир Путин", "президент", None)],
        ),
        # predicates
        (
            "Иван Петров назначен министром финансов.",
            [("Иван Петров", "министр финансов", None)],
        ),
        (
            "Мэром Детройта избран Дэйв Бинг.",
            [("Дэйв Бинг", "мэр Детройта", "Детройта")],
        ),
        # a title referring back to an earlier person
        (
            "Государственный советник Ерлан Карин открыл форум. Госсоветник также рассказал о"
            " реформах.",
            [
                ("Ерлан Карин", "государственный советник", None),
                ("Ерлан Карин", "госсоветник", None),
            ],
        ),
        # a pronoun refers to the subject, not to the last name before it
        (
            "Джефф Сешнс представляет Алабаму в Сенате, до этого он был генеральным прокурором"
            " штата.",
            [("Джефф Сешнс", "генеральный прокурор штата", None)],
        ),
        # a pronoun
        (
            "Игорь Юсуфов покинул правительство. Сейчас он работает советником президента.",
            [("Игорь Юсуфов", "советник президента", None)],
        ),
        # the list of places a post covers between the title and the name
        (
            "Об этом сообщила директор по развитию бизнеса Philips в России, на Украине, в "
            "Белоруссии и Казахстане Елена Сябренко.",
            [("Елена Сябренко", "директор по развитию бизнеса Philips в России", "Philips")],
        ),
        # not a place in parentheses after the name of the one before
        (
            "Выступят Крис Хелмбрехт - совладелец агентства Kollektiv (Германия, США), Ннека "
            "Угбома - руководитель проекта Mushroom works (Великобритания).",
            [
                ("Крис Хелмбрехт", "совладелец агентства Kollektiv", "Kollektiv"),
                ("Ннека Угбома", "руководитель проекта Mushroom works", "Mushroom works"),
            ],
        ),
        # the name after a plural title that is not one of them holds the title in the
        # genitive that ends it; one of them holds the plural title
        (
            "Об этом сообщает газета со ссылкой на неназванных представителей администрации"
            " президента США Барака Обамы.",
            [("Барак Обама", "президент США", "США")],
        ),
        (
            "Помощники президента Владимира Путина отказались от комментариев.",
            [("Владимир Путин", "президент", None)],
        ),
        (
            "Один из адвокатов президента Иван Петров отказался от комментариев.",
            [("Иван Петров", "адвокат президента", None)],
        ),
    ],
)
def test_patterns(resources, text, expected):
    # the rules alone: the learned workplace linker places some of what they leave
    # (test_workplace_linker.py)
    rules = replace(resources, workplace_model=NO_MODEL)
    assert links(extract(text, resources=rules)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spaced hyphen is a dash; titles in a row after it all belong to the name
        (
            "В том числе выступит Крис Хелмбрехт - управляющий директор и совладелец"
            " креативного агентства Kollektiv.",
            [
                ("Крис Хелмбрехт", "управляющий директор"),
                ("Крис Хелмбрехт", "совладелец креативного агентства Kollektiv"),
            ],
        ),
        # an apposition after another apposition, agreeing with the name
        (
            "Досталось и его оппоненту Александру Броду, известному борцу с ксенофобией,"
            " члену Общественной палаты.",
            [("Александр Брод", "член Общественной палаты")],
        ),
        # a name completing a noun of an apposition is not the one the next title is of
        (
            "В Пекине умер Ли Пэн, соратник Цзян Цзэминя, премьер Государственного совета Китая.",
            [("Ли Пэн", "премьер Государственного совета Китая")],
        ),
        (
            "Умер Иван Петров, друг Сергея Смирнова, министр обороны России.",
            [("Иван Петров", "министр обороны России")],
        ),
        (
            "Встреча с Иваном Петровым, другом Сергея Смирнова, министром обороны, прошла в Туле.",
            [("Иван Петров", "министр обороны")],
        ),
        # a title that agrees with the complement only stays its
        (
            "Умер Иван Петров, сын Сергея Смирнова, министра обороны России.",
            [("Сергей Смирнов", "министр обороны России")],
        ),
        # the years of a title in apposition before the next one
        (
            "Умер Иван Петров, министр обороны России в 1990—1996 годах, председатель Совета "
            "Федерации в 1996—2001 годах.",
            [
                ("Иван Петров", "министр обороны России"),
                ("Иван Петров", "председатель Совета Федерации"),
            ],
        ),
        (
            "Приехали Сергей Шойгу, министр обороны с 2012 года, и глава МИД Сергей Лавров.",
            [("Сергей Шойгу", "министр обороны"), ("Сергей Лавров", "глава МИД")],
        ),
        # "один из" and a plural title
        (
            "Гонщики отдали дань погибшему Эдуарду Мишлену, одному из президентов группы"
            " компаний Michelin.",
            [("Эдуард Мишлен", "президент группы компаний Michelin")],
        ),
        # a modifier of the title after the dash
        (
            "Андрей Санников — бывший заместитель министра иностранных дел Беларуси.",
            [("Андрей Санников", "заместитель министра иностранных дел Беларуси")],
        ),
        # words describing the person between the title and the name
        (
            "В интервью «Голосу Америки» наблюдатель от ОБСЕ португальский парламентарий"
            " Хуан Суареш сообщил о нарушениях.",
            [("Хуан Суареш", "наблюдатель от ОБСЕ"), ("Хуан Суареш", "парламентарий")],
        ),
        (
            "Посол Евросоюза на Южном Кавказе Питер Семнеби призвал к диалогу.",
            [("Питер Семнеби", "посол Евросоюза")],
        ),
        # coordinated titles before one name
        (
            "Писатель, поэт и журналист Дмитрий Быков родился в Москве.",
            [
                ("Дмитрий Быков", "писатель"),
                ("Дмитрий Быков", "поэт"),
                ("Дмитрий Быков", "журналист"),
            ],
        ),
        # a plural title, a colon and a list with years in parentheses
        (
            "В Перу под расследование попали пять экс-президентов: Альберто Фухимори"
            " (1990—2000 годы), Алехандро Толедо (2001—2006 годы) и Алан Гарсия.",
            [
                ("Альберто Фухимори", "президент"),
                ("Алехандро Толедо", "президент"),
                ("Алан Гарсия", "президент"),
            ],
        ),
        # a name in parentheses after another name
        (
            "Юрген Клинсман, Йоахим Лёв (второй тренер) и Андреас Кёпке сообщили это решение.",
            [("Йоахим Лёв", "тренер")],
        ),
        # a title, a dash, the name
        (
            "Адвокат потерпевшего — Матвей Цзена.",
            [("Матвей Цзена", "адвокат потерпевшего")],
        ),
        # a name in the genitive completes the title, the next name holds it
        (
            "Адвокат Александра Кокорина Андрей Ромашов прокомментировал приговор.",
            [("Андрей Ромашов", "адвокат")],
        ),
        # after a relative's noun, a name in the genitive is the title's holder
        (
            "Под контроль сына президента страны Александра Лукашенко перешли силовые структуры.",
            [("Александр Лукашенко", "президент страны")],
        ),
        # the predicate's subject, not the name before the comma
        (
            "Вместо Оливера Кана, капитаном стал Михаель Баллак.",
            [("Михаель Баллак", "капитан")],
        ),
        # an appointing verb: its object holds the post, not its subject
        (
            "Бундестренер Юрген Клинсман назвал Йенса Лемана первым вратарём сборной.",
            [("Юрген Клинсман", "бундестренер"), ("Йенс Леман", "вратарь сборной")],
        ),
        (
            "Премьер-министр России Дмитрий Медведев назначил руководителем Рособрнадзора"
            " Ивана Муравьева.",
            [
                ("Дмитрий Медведев", "премьер-министр России"),
                ("Иван Муравьёв", "руководитель Рособрнадзора"),
            ],
        ),
        # a rank, a name of a body of the title's between it and the name
        (
            "Президент Виктор Янукович назначил начальником Генерального штаба вооруженных сил"
            " Украины генерал-лейтенанта Григория Педченко.",
            [
                ("Виктор Янукович", "президент"),
                ("Григорий Педченко", "начальник Генерального штаба"),
                ("Григорий Педченко", "генерал-лейтенант"),
            ],
        ),
        # the gerund of an appointing verb, as the verb
        (
            "Президент Владимир Путин подписал указ, назначив Сергея Шойгу министром обороны.",
            [("Владимир Путин", "президент"), ("Сергей Шойгу", "министр обороны")],
        ),
        # a clause that leaves the appointing verb out after "а", "и"
        (
            "Президент назначил Сергея Шойгу министром обороны, а Антона Силуанова — министром "
            "финансов.",
            [("Сергей Шойгу", "министр обороны"), ("Антон Силуанов", "министр финансов")],
        ),
        # a post noun before the title, a verb of taking it
        (
            "Место спикера Палаты представителей занял республиканец Джон Бенер.",
            [("Джон Бенер", "спикер Палаты представителей")],
        ),
        # a signature closing the text
        (
            "Пусть победит сильнейший!\n\nКирсан Илюмжинов Президент ФИДЕ",
            [("Кирсан Илюмжинов", "президент ФИДЕ")],
        ),
        # a plural title holds one person when the text makes them one of many...
        (
            "Один из адвокатов Андрей Ромашов заявил, что подаст жалобу.",
            [("Андрей Ромашов", "адвокат")],
        ),
        # ...or when it holds a list
        (
            "Адвокаты Андрей Ромашов и Сергей Сидоров обжаловали приговор.",
            [("Андрей Ромашов", "адвокат"), ("Сергей Сидоров", "адвокат")],
        ),
        # an acting holder, the abbreviation agreeing in any case
        (
            "Указ подписал и.о. президента Украины Александр Турчинов.",
            [("Александр Турчинов", "и.о. президента Украины")],
        ),
        # a title that may be one person's heads a list in the nominative
        (
            "Об этом заявили актрисы Гвинет Пэлтроу, Анджелина Джоли и Ума Турман.",
            [
                ("Гвинет Пэлтроу", "актриса"),
                ("Анджелина Джоли", "актриса"),
                ("Ума Турман", "актриса"),
            ],
        ),
        ("Это слова актрисы Анны Петровой и Ивана Иванова.", [("Анна Петрова", "актриса")]),
        (
            "Он работал с такими режиссёрами, как Квентин Тарантино и Мартин Скорсезе.",
            [("Квентин Тарантино", "режиссёр"), ("Мартин Скорсезе", "режиссёр")],
        ),
        # "в качестве", "в роли" put the title after them, as a post noun does
        (
            "Эммерсон Мнангагва принёс присягу в качестве нового президента Зимбабве.",
            [("Эммерсон Мнангагва", "президент Зимбабве")],
        ),
        ("Керри Фишер неоднократно выступала в роли продюсера.", [("Керри Фишер", "продюсер")]),
        # ...and so does "исполнять обязанности", left out of the title
        (
            "Сейчас Амадо Будо исполняет обязанности президента.",
            [("Амадо Будо", "президент")],
        ),
        (
            "Ларс Расмуссен будет исполнять обязанности главы правительства Дании.",
            [("Ларс Расмуссен", "глава правительства Дании")],
        ),
        # a genitive name after a title it cannot hold is the inner title's holder
        (
            "Михаил Абызов назначен советником президента России Дмитрия Медведева.",
            [
                ("Михаил Абызов", "советник президента России"),
                ("Дмитрий Медведев", "президент России"),
            ],
        ),
        # a bracketed alias is the name's: the title goes to the name before it
        (
            "Брайан Орсер (Brian Orser) — канадский фигурист.",
            [("Брайан Орсер", "фигурист")],
        ),
        # an adverb of time before a title in apposition
        (
            "Владимир Долгих, некогда секретарь ЦК КПСС, скончался.",
            [("Владимир Долгих", "секретарь ЦК КПСС")],
        ),
        # a name in quotes ends the first of two titles
        (
            "Лидер группы «Ленинград», музыкант Сергей Шнуров выступил.",
            [("Сергей Шнуров", "лидер группы «Ленинград»"), ("Сергей Шнуров", "музыкант")],
        ),
        # a bracketed abbreviation between two titles of one holder
        (
            'В Хараре глава оппозиционного "Движения за демократические перемены" (MDC) '
            "премьер-министр Морган Цвангираи заявил о победе.",
            [
                (
                    "Морган Цвангираи",
                    'глава оппозиционного "Движения за демократические перемены"',
                ),
                ("Морган Цвангираи", "премьер-министр"),
            ],
        ),
        # ... but a title in another case is someone else's
        (
            'Награду вручили главе оппозиционного "Движения за демократические перемены" '
            "(MDC) премьер-министр Морган Цвангираи и президент.",
            [("Морган Цвангираи", "премьер-министр")],
        ),
        # a dash and an age, or a name set off by commas
        ("Министр финансов — 72-х летний Таро Асо.", [("Таро Асо", "министр финансов")]),
        ("Президент России, Владимир Путин, заявил.", [("Владимир Путин", "президент России")]),
        # a title word capitalised mid-sentence, before its organisation and a name
        (
            "Обязанности главы Комиссии будет исполнять Комиссар SEC Эллис Уолтер.",
            [("Эллис Уолтер", "комиссар SEC")],
        ),
        # a relative clause between the title and its holder's name
        (
            "Руководитель пресс-службы «Новой газеты», где работала Политковская, Надежда "
            "Прусенкова отметила, что это важно.",
            [("Надежда Прусенкова", "руководитель пресс-службы «Новой газеты»")],
        ),
        # a participle clause, a gerund clause
        (
            "Спикер Госдумы, объявивший перед началом минуту молчания, Сергей Нарышкин "
            "заявил о трагедии.",
            [("Сергей Нарышкин", "спикер Госдумы")],
        ),
        (
            "Президент России, выступая на форуме, Владимир Путин заявил о планах.",
            [("Владимир Путин", "президент России")],
        ),
        # a relative between the post and the rank: the name is the relative's
        (
            "Министр назначил помощником Генерального штаба сына генерал-лейтенанта Ивана Петрова.",
            [("Иван Петров", "генерал-лейтенант")],
        ),
        # a guard: a title in apposition to the name before it is that name's, not the
        # name's after the clause
        (
            "Мария Фомушина, пресс-секретарь красноярского суда, который принял решение о его "
            "освобождении, Данилов уже отбыл срок.",
            [("Мария Фомушина", "пресс-секретарь красноярского суда")],
        ),
    ],
)
def test_more_patterns(resources, text, expected):
    assert [(person, title) for person, title, _ in links(extract(text, resources=resources))] == (
        expected
    )


@pytest.mark.parametrize(
    "text",
    [
        "Журналисты обсудили итоги форума.",
        # a comma after the title and no comma closing the name: a new clause
        "Как сказал министр, Сергей Лавров был прав.",
        "Сейчас российская сторона готовится к визиту Президента Казахстана.",
        "Владимир Путин прилетел в Москву. Министр финансов выступил позже.",
        # the name after the title is in another case: it belongs to the organisation
        "Выступила представитель фонда Анны Франк.",
        # a plural title after one name is not that person's
        "Встречу посетили Дмитрий Медведев, депутаты Законодательного собрания края.",
        # a woman's title and a man's name
        "Это подтвердил муж актрисы Сергей Сенин.",
        # a plural title in the instrumental, a singular subject
        "Фигура Свиридова стала использоваться многими политиками.",
        # a candidacy is not a post held
        "Марин Ле Пен стала кандидатом на пост главы Франции.",
        # nor the post an election is for
        "Бюро поддержало кандидатуру Марин Ле Пен на выборах президента Республики.",
        "На выборы мэра Кличко будет идти от демократической партии.",
        # after a relative's noun, a name not in the genitive is the relative's
        "Гостями были дочь действующего президента Иванка Трамп и её муж.",
        # a plural title before one name: the name is whose lawyers or doctors they are
        "Адвокаты Сильвио Берлускони обжаловали приговор.",
        "Адвокаты Берлускони не отрицают, что их клиент знал об этом.",
        # no title in the genitive ends the plural one
        "Со ссылкой на сотрудников посольства США Барака Обамы.",
        # a name spelt again in brackets makes no list
        "Адвокаты Сильвио Берлускони (Silvio Berlusconi) обжаловали приговор.",
        "Суд не нашёл вины врачей Агафонова в смерти пациента.",
        # "Джорджа" in a man's genitive: a man's verb says so
        "Глава компании Джорджа Мелони заявил о поддержке.",
        # a name inside the clause after a title is not its holder
        "Глава МИД, встретившийся с Иваном Петровым, заявил, что переговоры прошли успешно.",
        # a title in the genitive, a clause, and a name that is the subject
        "Об этом рассказала жена бизнесмена, обвиняемого в незаконной торговле оружием, Алла Бут.",
    ],
)
def test_no_link(resources, text):
    assert links(extract(text, resources=resources)) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Госсоветник Ерлан Карин открыл форум. Затем Карин встретился с журналистами. "
            "Госсоветник также рассказал о планах.",
            "Карин",
        ),
        (
            "Премьер-министр Великобритании Борис Джонсон прибыл в Брюссель. Переговоры с "
            "Джонсоном продлились три часа. После встречи премьер заявил, что сделка возможна.",
            "Джонсоном",
        ),
    ],
)
def test_title_in_a_later_sentence_goes_to_the_nearest_mention(resources, text, holder):
    doc = extract(text, resources=resources)
    *_, last = doc.occupations
    person = doc.mentions[last.person]
    assert (person.text, person.start) == (holder, text.rindex(holder))
    assert doc.mentions[last.title].start > person.start
    # the link inside the first sentence keeps the full name
    assert doc.mentions[doc.occupations[0].person].start < text.index(".")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gloss in the other language, in the sentence and after it
        (
            "Дэвид Уэстин (David Westin), в течение 13 лет занимавший пост президента "
            "телекомпании ABC News, объявил об уходе в отставку.",
            [("Дэвид Уэстин", "президента телекомпании ABC News", "ABC News")],
        ),
        (
            "Англичанин Рич Ким (Rich Keam) попробует себя в качестве дегустатора.",
            [("Рич Ким", "дегустатора", None)],
        ),
        # a Ukrainian gloss, which is an entity of its own
        (
            "Владимир Борисович Гройсман (Володимир Борисович Гройсман) родился в Виннице. "
            "В 2002 году избран депутатом Винницкого городского совета.",
            [
                (
                    "Владимир Борисович Гройсман",
                    "депутатом Винницкого городского совета",
                    "Винницкого городского совета",
                )
            ],
        ),
        # not a gloss: the parenthesis says more than a name
        (
            "Соглашение подписали Иван Петров (Пётр Сидоров не приехал) и министр финансов "
            "Антон Силуанов.",
            [("Антон Силуанов", "министр финансов", None)],
        ),
        (
            "На встрече присутствовали Иван Петров (директор завода «Тулачермет») и Сергей "
            "Смирнов.",
            [("Иван Петров", "директор завода «Тулачермет", "Тулачермет")],
        ),
    ],
)
def test_a_link_to_a_gloss_goes_to_the_name_it_glosses(resources, text, expected):
    assert workplaces(extract(text, resources=resources)) == expected


def test_the_last_mention_ending_by_an_offset_is_found_by_bisection(resources):
    text = (
        "Премьер-министр Великобритании Борис Джонсон прибыл в Брюссель. Переговоры с "
        "Джонсоном продлились три часа. После встречи Джонсон заявил, что сделка возможна."
    )
    doc = extract(text, resources=resources)
    johnson = [m for m in doc.mentions if m.type == "PER" and "Джонсон" in m.text]
    assert [m.text for m in johnson] == ["Борис Джонсон", "Джонсоном", "Джонсон"]
    for offset in range(len(text) + 1):
        ended = [m for m in doc.mentions if m.end <= offset]
        assert last_ending_by(doc.mentions, offset) == (ended[-1] if ended else None)
        ended = [m for m in johnson if m.end <= offset]
        assert last_ending_by(johnson, offset) == (ended[-1] if ended else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after a closing quote and a colon
        (
            "Олимпийцами стали гандболистки волгоградского клуба «Динамо»: Ольга Левина, "
            "Анна Седойкина и Татьяна Хмырова.",
            {"Ольга Левина", "Анна Седойкина", "Татьяна Хмырова"},
        ),
        # names spelt again in brackets
        (
            "Его жертвами стали сотрудники полиции Люсиль Гарсия (Lucile Garcia) и Сорайя "
            "Белкакеми (Soraya Belkacemi).",
            {"Люсиль Гарсия", "Сорайя Белкакеми"},
        ),
        # each name after its place
        (
            "Могут лишиться постов губернаторы нескольких регионов - Саратовской области "
            "Павел Ипатов, Кировской области Никита Белых и Пермского края Олег Чиркунов.",
            {"Павел Ипатов", "Никита Белых", "Олег Чиркунов"},
        ),
        # "первым" may be an instrumental singular, but in the dative only a plural
        (
            "Госдума выразила благодарность Вячеславу Володину, первым зампредам Александру "
            "Жукову и Ивану Мельникову, а также депутатам.",
            {"Александр Жуков", "Иван Мельников"},
        ),
        # "актрисы" in the genitive is one actress's: the second name is no actress here
        (
            "Фильм снят по сценарию актрисы Анны Михалковой и Марии Мироновой.",
            {"Анна Михалкова"},
        ),
    ],
)
def test_plural_title_lists(resources, text, expected):
    assert {person for person, _, _ in links(extract(text, resources=resources))} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Korean name's case is shown by its last word alone, "Чен" being a place to the
        # dictionary: after a relative's noun the leader is the genitive name
        (
            "Ким Чен Нам, старший брат лидера КНДР Ким Чен Ына, скончался 13 февраля.",
            [("Ким Чен Ына", "лидера КНДР")],
        ),
        (
            "Ким Чен Нам, внебрачный сын бывшего лидера Северной Кореи Ким Чен Ира, умер.",
            [("Ким Чен Ира", "лидера Северной Кореи")],
        ),
    ],
)
def test_names_whose_last_word_shows_the_case(resources, text, expected):
    doc = extract(text, resources=resources)
    m = doc.mentions
    assert [(m[o.person].text, m[o.title].text) for o in doc.occupations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a woman's name the dictionary reads only as a man's genitive ("Джорджа": Джордж)
        # agrees with a nominative title unless the words around it say a man
        (
            "Президент Франции Эммануэль Макрон и премьер-министр Италии Джорджа Мелони"
            " обсудили миграцию.",
            [
                ("Эммануэль Макрон", "президент Франции"),
                ("Джорджа Мелони", "премьер-министр Италии"),
            ],
        ),
        (
            "Премьер-министр Италии Джорджа Мелони прибыла в Рим.",
            [("Джорджа Мелони", "премьер-министр Италии")],
        ),
    ],
)
def test_a_womans_name_read_as_a_mans_genitive(resources, text, expected):
    found = [(person, title) for person, title, _ in links(extract(text, resources=resources))]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality or an honorific in the title's case between it and the name
        (
            "Его назвали в честь первого генсека ООН норвежца Трюгве Ли.",
            [("Трюгве Ли", "генсек ООН")],
        ),
        (
            "Командир экипажа канадец Кристофер Хэдфилд вернулся на Землю.",
            [("Кристофер Хэдфилд", "командир экипажа")],
        ),
        # a title, "и", a phrase about the same person, the name
        (
            "Вчера гитарист и сооснователь группы «Ляпис Трубецкой» Руслан Владыко попал в "
            "больницу.",
            [("Руслан Владыко", "гитарист")],
        ),
        (
            "Бывшему водителю автобуса и профсоюзному активисту Мадуро 50 лет.",
            [("Мадуро", "водитель автобуса")],
        ),
        # titles joined by "и" and an adjective
        (
            "Власти передали письмо президенту и военному лидеру страны Первезу Мушаррафу.",
            [("Первез Мушарраф", "президент"), ("Первез Мушарраф", "лидер страны")],
        ),
    ],
)
def test_a_phrase_between_the_title_and_the_name(resources, text, expected):
    assert [(person, title) for person, title, _ in links(extract(text, resources=resources))] == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank or an honorific between the post and the name: both are the holder's (the
        # holder's name in the text, the title's first word)
        (
            "После инаугурации Роухани, верховный лидер Ирана аятолла Али Хаменеи провёл "
            "церемонию.",
            [("Али Хаменеи", "верховный"), ("Али Хаменеи", "аятолла")],
        ),
        (
            "Эмир Катара шейх Хамад бен Халифа Аль Тани объявил о передаче власти.",
            [("Хамад бен Халифа Аль Тани", "Эмир"), ("Хамад бен Халифа Аль Тани", "шейх")],
        ),
        # the rank after the organisation that completes the post
        (
            "Глава правящего в Египте Высшего совета вооруженных сил маршал Хусейн Тантави "
            "поручил сформировать правительство.",
            [("Хусейн Тантави", "Глава"), ("Хусейн Тантави", "маршал")],
        ),
        # no rank after the organisation: the post is another's
        (
            'Россия предложила на пост генсека "газовой ОПЕК" бывшего министра энергетики '
            "Игоря Юсуфова.",
            [("Игоря Юсуфова", "министра")],
        ),
    ],
)
def test_a_rank_between_the_title_and_the_name(resources, text, expected):
    assert holders_and_first_words(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in the nominative, titles in a row past a comma and adjectives, or past the place
        # completing the first
        (
            "В Москве скончался актёр театра и кино, народный артист России Алексей Жарков.",
            [("Алексей Жарков", "актёр"), ("Алексей Жарков", "артист")],
        ),
        (
            "Их ряды пополнили народный артист России, сценарист и кинорежиссер Владимир "
            "Бортко и звезда сериалов.",
            [
                ("Владимир Бортко", "артист"),
                ("Владимир Бортко", "сценарист"),
                ("Владимир Бортко", "кинорежиссер"),
            ],
        ),
    ],
)
def test_titles_in_a_row_of_the_subject(resources, text, expected):
    assert holders_and_first_words(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post noun, the title, a verb of appointing or becoming, the name
        (
            "На пост главы правительства большинством голосов была избрана 42-летняя Аленка "
            "Братушек.",
            [("Аленка Братушек", "главы")],
        ),
        ("На пост директора ФСБ назначен Иван Петров.", [("Иван Петров", "директора")]),
        # a candidacy, or a name in the genitive: no holder
        ("На пост мэра претендует Иван Петров.", []),
        ("На пост мэра выдвинут Иван Петров.", []),
        ("На пост мэра назначен заместитель Ивана Петрова.", []),
        # the title in the genitive that "пост" governs, right before the name: the name's
        (
            "Занимающая с июня 2016 года пост премьер-министра Великобритании Тереза Мэй "
            "выступила против.",
            [("Тереза Мэй", "премьер-министра")],
        ),
        (
            "Занимающий пост министра финансов Антон Силуанов выступил.",
            [("Антон Силуанов", "министра")],
        ),
        # ... not a post sought
        ("Выдвинула на пост директора бюро Ивана Петрова партия.", []),
    ],
)
def test_the_name_appointed_to_a_post_after_it(resources, text, expected):
    assert holders_and_first_words(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject after the copula is the name in the nominative, past a possessor's
        # name and a name in an oblique case
        (
            "Президентом, по всей вероятности, станет старший сын Баффета Говард.",
            [("Говард", "Президентом")],
        ),
        (
            "Главным чекистом страны стал близкий друг В.Лукашенко экс-пограничник Вадим Зайцев.",
            [("Вадим Зайцев", "Главным"), ("Вадим Зайцев", "пограничник")],
        ),
        (
            "Новым руководителем Рособрнадзора вместо отправленного в отставку Ивана Муравьева"
            " стал директор департамента Минобрнауки Сергей Кравцов.",
            [
                ("Ивана Муравьева", "руководителем"),
                ("Сергей Кравцов", "руководителем"),
                ("Сергей Кравцов", "директор"),
            ],
        ),
        # a title's word before the name governs no genitive of it
        (
            "Первым вице-президентом Кубы избран экс-министр образования Мигель Диас-Канель.",
            [("Мигель Диас-Канель", "Первым"), ("Мигель Диас-Канель", "министр")],
        ),
    ],
)
def test_the_subject_after_a_copula_holds_the_title_before_it(resources, text, expected):
    assert sorted(holders_and_first_words(text, resources)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in the genitive completes the title, whatever case it is in; the name after
        # it holds the title
        (
            "Адвокат Алёхиной Оксана Дарова заявила о политической ангажированности.",
            [("Оксана Дарова", "Адвокат")],
        ),
        ("Врач Путина Иван Петров ушёл в отставку.", [("Иван Петров", "Врач")]),
        # no name right after the genitive one: no holder
        ("Адвокат Алёхиной заявила, что Оксана Дарова не придёт.", []),
    ],
)
def test_the_name_after_a_genitive_name_holds_the_title(resources, text, expected):
    assert holders_and_first_words(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # in the genitive the title after a comma may be another's: the general is not the
        # prosecutor general
        (
            "Крест на карьере 45-летнего генерала, ближайшего помощника генпрокурора Юрия "
            "Чайки, поставил скандал.",
            "генерала",
        ),
        (
            "Отставка полковника, бывшего советника губернатора Олега Кожемяко, вызвала вопросы.",
            "полковника",
        ),
        # a title agreeing with the one before only as a plural is its genitive complement:
        # Систани is the ayatollah, not the adviser
        ("Советник аятоллы Али Систани заявил о протестах.", "Советник"),
    ],
)
def test_a_genitive_title_before_another_is_not_chained(resources, text, title):
    doc = extract(text, resources=resources)
    assert title not in [doc.mentions[o.title].text for o in doc.occupations]


@pytest.mark.parametrize(
    "text",
    [
        # a relative, a pronoun, a form of address: another person
        "На церемонию пришли министр и его жена Анна Петрова.",
        "Президент и госпожа Обама сегодня объявили, что их дочь начнет учиться в Гарварде.",
        # the phrase's own complement is a name, the holder's name follows it
        "Шансы есть у Рэймонда Келли, а также транспортного чиновника и бывшего заместителя "
        "Мюллера Джона Пистоля.",
    ],
)
def test_no_link_past_a_phrase_about_another_person(resources, text):
    assert links(extract(text, resources=resources)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles joined to a linked one by a comma, "и" or "а также" are the same person's
        (
            "Кроме того, Э.Барак ранее занимал множество других важных постов: был начальником "
            "Генштаба, главой МВД Израиля, министром иностранных дел, премьер-министром и др.",
            [
                ("Э.Барак", "начальником"),
                ("Э.Барак", "главой"),
                ("Э.Барак", "министром"),
                ("Э.Барак", "премьер-министром"),
            ],
        ),
        (
            "«Назначить Небензю Василия Алексеевича постоянным представителем РФ при ООН в "
            "Нью-Йорке, США, и представителем РФ в Совете Безопасности ООН», — говорится в "
            "документе.",
            [
                ("Небензю Василия Алексеевича", "постоянным"),
                ("Небензю Василия Алексеевича", "представителем"),
            ],
        ),
        (
            "Марисса Майер 13 лет работала в Google инженером, дизайнером, менеджером по "
            "продукции и руководителем.",
            [
                ("Марисса Майер", "инженером"),
                ("Марисса Майер", "дизайнером"),
                ("Марисса Майер", "менеджером"),
                ("Марисса Майер", "руководителем"),
            ],
        ),
        (
            "Вячеслав Тимченко занимает должность руководителя координационного совета "
            "«Единой России», а также заместителя председателя комитета Совета Федерации.",
            [("Вячеслав Тимченко", "руководителя"), ("Вячеслав Тимченко", "заместителя")],
        ),
        # another name between the titles, or a plural title after: not the same person's
        (
            "Президент назначил Сергея Шойгу министром обороны, а Антона Силуанова — министром "
            "финансов.",
            [("Сергея Шойгу", "министром"), ("Антона Силуанова", "министром")],
        ),
        ("Иванов стал министром, и губернаторы поддержали его.", [("Иванов", "министром")]),
        (
            "Карин Кортманн — член бундестага и, одновременно, вице-президент Центрального "
            "комитета немецких католиков.",
            [("Карин Кортманн", "член"), ("Карин Кортманн", "вице-президент")],
        ),
        # in apposition, past nouns listed with the titles in the holder's case
        (
            "31-летняя Дарья Жукова — дизайнер, основатель и директор Центра современной "
            "культуры «Гараж».",
            [("Дарья Жукова", "дизайнер"), ("Дарья Жукова", "директор")],
        ),
        # not past a noun in another case
        (
            "Иван Петров — дизайнер, друга и директора Центра «Гараж» он не знал.",
            [("Иван Петров", "дизайнер")],
        ),
    ],
)
def test_titles_joined_to_a_linked_one(resources, text, expected):
    assert holders_and_first_words(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after ", а" or ", и" with a predicate and a name of its own: its holder
        (
            "Иванов был министром, а губернатором был назначен Петр Сидоров.",
            [("Иванов", "министром"), ("Петр Сидоров", "губернатором")],
        ),
        (
            "Руссефф будет отстранена от должности, и исполняющим обязанности президента станет"
            " вице-президент Мишел Темер.",
            [("Мишел Темер", "исполняющим"), ("Мишел Темер", "вице-президент")],
        ),
        # the same subject goes on past ", а также" when no name follows the title
        (
            "Шварц работал над Open Library, а также являлся членом Change Congress.",
            [("Шварц", "членом")],
        ),
        # ... or when the name after it stands past a comma, in a clause of its own
        (
            "Роуз стал самым молодым игроком НБА, и первым игроком Chicago Bulls, ставшим"
            " лучшим после того, как это звание получил Майкл Джордан.",
            [("Роуз", "игроком"), ("Роуз", "игроком")],
        ),
    ],
)
def test_a_predicate_past_a_clause_joint(resources, text, expected):
    assert holders_and_first_words(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma and "и" close a title apposed to a name: the next title is another's
        (
            "На встрече были Антон Силуанов, министр финансов, и глава ЦБ Эльвира Набиуллина.",
            [("Антон Силуанов", "министр"), ("Эльвира Набиуллина", "глава")],
        ),
        (
            "Сергей Шойгу, министр обороны, и глава МИД обсудили ситуацию.",
            [("Сергей Шойгу", "министр")],
        ),
        # without the comma before "и", or in a list of the name's titles, they are his
        (
            "Иван Петров, писатель, поэт и журналист, выступил в Москве.",
            [("Иван Петров", "писатель"), ("Иван Петров", "поэт"), ("Иван Петров", "журналист")],
        ),
        (
            "Писатель, поэт и журналист Дмитрий Быков выступил в Москве.",
            [
                ("Дмитрий Быков", "Писатель"),
                ("Дмитрий Быков", "поэт"),
                ("Дмитрий Быков", "журналист"),
            ],
        ),
    ],
)
def test_an_apposition_ends_at_a_comma_and_i(resources, text, expected):
    assert holders_and_first_words(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive of becoming aims at a post not held (NEREL links none of them)
        (
            "Бывший боксёр Виталий Кличко хочет стать мэром Киева.",
            [("Виталий Кличко", "боксёр")],
        ),
        (
            "Лидер либеральных демократов Ник Клегг должен стать вице-премьером.",
            [("Ник Клегг", "Лидер")],
        ),
        ("Сам Аман Тулеев может стать первым «президентским» сенатором.", []),
        ("Восьмидесятилетний Джон Маккейн надеется в шестой раз стать сенатором от Аризоны.", []),
        # so does a candidacy for a post ("на пост", "за пост")
        ("Президент выдвинул на пост главы ФБР Джеймса Коми.", []),
        ("Марио Монти готов вновь бороться за пост главы правительства.", []),
        # a finite "станет", "стал" and a post held ("на посту", "занимал пост") still link
        ("Дэвид Мойес станет тренером «Манчестер Юнайтед».", [("Дэвид Мойес", "тренером")]),
        ("Сергей Собянин стал мэром Москвы в 2010 году.", [("Сергей Собянин", "мэром")]),
        ("Алексей Кудрин занимал пост министра финансов.", [("Алексей Кудрин", "министра")]),
        (
            "Кандидатом в сменщики Роберта Мюллера на посту директора ФБР назвали Майкла Мэйсона.",
            [("Роберта Мюллера", "директора")],
        ),
        # the title as the subject of "может стать" is held
        (
            "Председателем правления может стать заместитель министра финансов Алексей Моисеев.",
            [("Алексей Моисеев", "Председателем"), ("Алексей Моисеев", "заместитель")],
        ),
    ],
)
def test_a_post_sought_is_not_held(resources, text, expected):
    assert holders_and_first_words(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, a comma and an age before the name: the name holds the title, in any case
        (
            "Нападение совершил сотрудник парижской префектуры полиции, 45-летний Микаэль Арпон.",
            [("Микаэль Арпон", "сотрудник парижской префектуры полиции", "полиции")],
        ),
        (
            "Обвинения предъявлены старшему эксперту Камского филиала Российского речного "
            "регистра, 62-летнему Якову Ивашову.",
            [
                (
                    "Якову Ивашову",
                    "старшему эксперту Камского филиала Российского речного регистра",
                    "Камского филиала",
                )
            ],
        ),
        # a plural title: the one "из" them
        (
            "Суд распорядился освободить одного из самых влиятельных боссов «Коза Ностры», "
            "78-летнего Франческо Бонура.",
            [("Франческо Бонура", "боссов «Коза Ностры", "Коза Ностры")],
        ),
        # a title apposed to the name before it stays that name's
        (
            "Глава государства выделил гибель сына Рустама Минниханова, главы Татарстана, "
            "23-летнего Ирека Минниханова.",
            [("Рустама Минниханова", "главы Татарстана", "Татарстана")],
        ),
    ],
)
def test_an_age_after_a_comma_opens_the_holders_name(resources, text, expected):
    assert workplaces(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plural title with no "один из": the name is no one of them
        "Суд распорядился освободить боссов «Коза Ностры», 78-летнего Франческо Бонура.",
        # no age: a comma after the title and an open name start a new clause
        "Как сказал сотрудник полиции, Микаэль Арпон был прав.",
    ],
)
def test_no_link_past_a_comma_without_an_age(resources, text):
    assert workplaces(extract(text, resources=resources)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase about the person, headed by a person's noun, set off by a comma
        (
            "Умер итальянский режиссёр, лауреат Нобелевской премии по литературе 1997 года, "
            "Дарио Фо.",
            [("Дарио Фо", "режиссёр", None)],
        ),
        # ... with a place or an organisation inside it
        (
            "Премию получил общественный деятель, уроженец города Орска Юрий Васильевич Бондарев.",
            [("Юрий Васильевич Бондарев", "общественный деятель", None)],
        ),
        (
            "Умер рок-музыкант, основатель группы Talk Talk Марк Холлис.",
            [("Марк Холлис", "рок-музыкант", None)],
        ),
        # in the dative, after the organisation the title names
        (
            "В 2019 году исполнилось 85 лет художественному руководителю Московского "
            "академического театра Сатиры, полному кавалеру ордена «За заслуги перед "
            "Отечеством» Александру Ширвиндту.",
            [
                (
                    "Александру Ширвиндту",
                    "художественному руководителю Московского академического театра Сатиры",
                    "Московского академического театра Сатиры",
                )
            ],
        ),
    ],
)
def test_a_phrase_about_the_person_after_a_comma(resources, text, expected):
    assert workplaces(extract(text, resources=resources)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the phrase names a post of its own, whose holder the name is
        "На церемонии выступили министр, его заместитель Иван Петров и губернатор.",
        "На премьере был режиссёр, муж актрисы Анна Петрова.",
        # a relative's noun heads the phrase: the name is the relative's
        "На премьере был режиссёр, брат жены Иван Петров.",
        # a verb: the comma opens a clause, and the name is its subject
        "Как сказал режиссёр, победитель конкурса определён Иван Петров.",
        # the name in another case than the title
        "Президент встретился с министром, другом Ивана Петрова.",
    ],
)
def test_no_link_past_a_phrase_about_someone_else(resources, text):
    doc = extract(text, resources=resources)
    m = doc.mentions
    assert not [
        o for o in doc.occupations if m[o.title].text in ("министр", "режиссёр", "министром")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comma after the title closes an apposition inside it, and the name holds it
        (
            "Мэр Казани, столицы Татарстана, Ильсур Метшин выступил на сессии.",
            [("Ильсур Метшин", "Мэр Казани, столицы Татарстана", "Казани")],
        ),
        (
            "Глава Абакана, столицы Хакасии, Николай Булакин подал в отставку.",
            [("Николай Булакин", "Глава Абакана, столицы Хакасии", "Абакана")],
        ),
        # with no comma inside the title, the comma after it ends a clause
        ("Как сказал мэр Казани, Ильсур Метшин был прав.", []),
    ],
)
def test_a_comma_after_a_title_with_an_apposition(resources, text, expected):
    assert workplaces(extract(text, resources=resources)) == expected


PLURAL_TITLES = {
    "Со ссылкой на представителей администрации президента США Барака Обамы.": [
        ("Барака Обамы", "президента США")
    ],
    "Помощники президента Владимира Путина отказались от комментариев.": [
        ("Владимира Путина", "президента")
    ],
}


@pytest.mark.parametrize("text", sorted(PLURAL_TITLES))
def test_the_plural_title_holds_no_one(resources, text):
    """The name after a plural title holds the genitive title that ends it, never the plural
    title ("Помощники президента"): whether that stays a mention is the filter's (learned)
    call on lone titles."""
    doc = extract(text, resources=resources)
    m = doc.mentions
    assert [(m[o.person].text, m[o.title].text) for o in doc.occupations] == PLURAL_TITLES[text]
