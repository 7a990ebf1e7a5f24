from dataclasses import replace

import pytest

from pipeline import extract
from pipeline.relate.lone_titles import NO_FILTER
from pipeline.titles.tagger import person_readings, title_word_forms


def titles(text, resources):
    """The titles the tagger finds: the filter of lone titles, which judges them in their
    text (tests/relate/test_lone_titles.py), is off for these one-sentence texts."""
    doc = extract(text, resources=replace(resources, title_filter=NO_FILTER))
    return [(m.text, m.normal) for m in doc.mentions if m.type == "TITLE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Форум открыл Государственный советник Ерлан Карин.",
            [("Государственный советник", "государственный советник")],
        ),
        ("Госсоветник также рассказал о реформах.", [("Госсоветник", "госсоветник")]),
        # a time in the genitive is no part of the post
        (
            "Таким образом, первый вратарь сборной последних лет, Оливер Кан будет запасным.",
            [
                ("вратарь сборной", "вратарь сборной"),
                ("вратарь", "вратарь"),
            ],
        ),
        # a deputy's "зам-" before a post the lexicon holds; it declines no further
        (
            "Замгубернатора Иван Петров подал в отставку.",
            [("Замгубернатора", "замгубернатора")],
        ),
        # ...and the adjectives before it agree with the person
        (
            "Встреча с первым замгубернатора Иваном Петровым прошла вчера.",
            [("первым замгубернатора", "первый замгубернатора")],
        ),
        (
            "Встреча с первой замминистра Ольгой Петровой прошла вчера.",
            [("первой замминистра", "первая замминистра")],
        ),
        (
            "Выступил бывший замгендиректора «Аэрофлота» Николай Глушков.",
            [
                ("замгендиректора «Аэрофлота", "замгендиректора «Аэрофлота»"),
                ("замгендиректора", "замгендиректора"),
            ],
        ),
        (
            "Выступил министр культуры и информации РК Аида Балаева.",
            [
                ("министр культуры и информации РК", "министр культуры и информации РК"),
                ("министр", "министр"),
            ],
        ),
        (
            "Встреча с заместителем министра иностранных дел прошла вчера.",
            [
                ("заместителем министра иностранных дел", "заместитель министра иностранных дел"),
                # the title it governs is one too, as NEREL marks it
                ("министра иностранных дел", "министр иностранных дел"),
            ],
        ),
        (
            "Президенты Касым-Жомарт Токаев и Владимир Путин встретились.",
            [("Президенты", "президент")],
        ),
        # a word the dictionary holds only under a prefix follows that word's paradigm
        (
            "Тренер Алексей Иванов рассказал кикбоксерам о турнире.",
            [("Тренер", "тренер"), ("кикбоксерам", "кикбоксёр")],
        ),
        (
            "Раньше Анна Петрова была фотомоделью.",
            [("фотомоделью", "фотомодель")],
        ),
        (
            "Выступил директор Службы центральных коммуникаций при Президенте РК Аскар Умаров.",
            [
                (
                    "директор Службы центральных коммуникаций при Президенте РК",
                    "директор Службы центральных коммуникаций при Президенте РК",
                ),
                ("Президенте РК", "президент РК"),
                ("Президенте", "президент"),
            ],
        ),
        (
            "Экс-президент Татарстана Минтимер Шаймиев приехал в Казань.",
            [("президент Татарстана", "президент Татарстана"), ("президент", "президент")],
        ),
        # "глава" is a title only with what it heads
        ("Глава государства выступил с обращением.", [("Глава государства", "глава государства")]),
        ("Журналисты обсудили новости.", [("Журналисты", "журналист")]),
        # a profession by its suffix, with no lexicon entry
        ("Концерт дал известный пианист.", [("пианист", "пианист")]),
        # "по ..." complements, modifiers before the title
        (
            "Тренер сборной России по фехтованию Ильгар Мамедов рассказал о турнире.",
            [
                ("Тренер сборной России по фехтованию", "тренер сборной России по фехтованию"),
                ("Тренер", "тренер"),
            ],
        ),
        (
            "Первым заместителем командующего войсками Ленинградского военного округа назначен"
            " генерал-майор Иван Бувальцев.",
            [
                (
                    "Первым заместителем командующего войсками Ленинградского военного округа",
                    "первый заместитель командующего войсками Ленинградского военного округа",
                ),
                (
                    "командующего войсками Ленинградского военного округа",
                    "командующий войсками Ленинградского военного округа",
                ),
                ("генерал-майор", "генерал-майор"),
            ],
        ),
        ("Погода была хорошей, дождя не ожидается.", []),
        # the verb of a participle title names no post
        ("Берлускони не способен управлять большой страной.", []),
        ("Он управлял страной немногим более года.", []),
        (
            "Управляющий делами президента Александр Колпаков заявил.",
            [
                ("Управляющий делами президента", "управляющий делами президента"),
                ("Управляющий делами", "управляющий делами"),
                ("президента", "президент"),
            ],
        ),
        # a title word in an adjective's form that agrees with the noun after it
        ("Медведев совершил рабочую поездку в Сочи.", []),
        ("Учёный совет собрался во вторник.", []),
        ("Полицейские машины перекрыли улицу.", []),
        ("Полицейские задержали подозреваемого.", [("Полицейские", "полицейский")]),
        ("Выступил учёный Иван Павлов.", [("учёный", "учёный")]),
        ("Она родилась в семье китайских рабочих в Наньпине.", [("рабочих", "рабочий")]),
        (
            "Один из ведущих управляющих корпорации ушёл.",
            [
                ("управляющих корпорации", "управляющий корпорации"),
                ("управляющих", "управляющий"),
            ],
        ),
        # a participle heading a title is put in the nominative, its complement is not
        (
            "Главным управляющим General Motors назначен Эдвард Уитакер.",
            [
                ("Главным управляющим General Motors", "главный управляющий General Motors"),
                ("Главным управляющим", "главный управляющий"),
            ],
        ),
        (
            "Заведующей кафедрой назначена Анна Петрова.",
            [("Заведующей кафедрой", "заведующая кафедрой"), ("Заведующей", "заведующая")],
        ),
        # ...and so does its abbreviation, past the full stop
        (
            "Выступит Виктор Майклсон - зав. кафедрой социальных коммуникаций РГГУ.",
            [
                (
                    "зав. кафедрой социальных коммуникаций РГГУ",
                    "зав. кафедрой социальных коммуникаций РГГУ",
                ),
                ("зав.", "зав."),
            ],
        ),
        # an age is the person's, not the post's
        (
            "Убийство полицейским 29-летнего британца Марка Дуггана вызвало протесты.",
            [("полицейским", "полицейский")],
        ),
        # a title inside a lexicon entry, governed by its noun; an adjective governs none
        (
            "Абызов стал советником президента России.",
            [
                ("советником президента России", "советник президента России"),
                ("советником президента", "советник президента"),
                ("президента России", "президент России"),
                ("президента", "президент"),
            ],
        ),
        (
            "Он стал председателем совета директоров банка.",
            [
                ("председателем совета директоров банка", "председатель совета директоров банка"),
                ("председателем совета директоров", "председатель совета директоров"),
            ],
        ),
        # a common-gender noun takes a man's adjective
        (
            "Дело передано федеральному судье. Приговор вынес старшим судьёй Иван Петров.",
            [("федеральному судье", "федеральный судья"), ("старшим судьёй", "старший судья")],
        ),
        # a straight closing quote belongs to the title, a guillemet does not; the normal
        # form closes its quotes
        (
            'Выступил председатель партии "Кадима" Ципи Ливни.',
            [
                ('председатель партии "Кадима"', 'председатель партии "Кадима"'),
                ("председатель партии", "председатель партии"),
            ],
        ),
        (
            "Выступил генеральный директор «Газпрома» Алексей Миллер.",
            [
                ("генеральный директор «Газпрома", "генеральный директор «Газпрома»"),
                ("генеральный директор", "генеральный директор"),
            ],
        ),
        # "г." before a city inside the complement
        (
            "Сообщил начальник пресс-службы ГУ МВД по г. Москве Андрей Галиакберов.",
            [
                (
                    "начальник пресс-службы ГУ МВД по г. Москве",
                    "начальник пресс-службы ГУ МВД по г. Москве",
                )
            ],
        ),
        # a headline's line break ends the complement
        (
            "Мухаммед Мурси стал президентом Египта\nВ Каире прошли протесты.",
            [("президентом Египта", "президент Египта"), ("президентом", "президент")],
        ),
        # the remit is the outer title's; "по поводу" begins no remit
        (
            "Выступил помощник президента по экономике Андрей Белоусов.",
            [
                ("помощник президента по экономике", "помощник президента по экономике"),
                ("помощник президента", "помощник президента"),
                ("президента", "президент"),
            ],
        ),
        (
            "Это заявление президента РФ по поводу реформы.",
            [("президента РФ", "президент РФ"), ("президента", "президент")],
        ),
        # an idiom and a body named after its members name no post
        ("Оппозиционный блок во главе с социал-демократами победил.", []),
        ("Совет директоров уволил его. Кабинет министров ушёл в отставку.", []),
        # "нападавший" is an attacker, not a forward: participles of "нападать" are no title
        ("Нападавший скрылся с места преступления.", []),
        # a word pymorphy3 reads as a thing is a person's title when the text says so
        ("Срок бывшего итальянского премьера уменьшен.", [("премьера", "премьер")]),
        (
            "Бардо написала премьеру России письмо.",
            [("премьеру России", "премьер России"), ("премьеру", "премьер")],
        ),
        ("У 94-летнего политика воспаление лёгких.", [("политика", "политик")]),
        ("Состоится российская премьера спектакля.", []),
        # a deputy's title pymorphy3 reads first as a gerund ("замсекретарить")
        (
            "Президент освободил Юрия Балуевского от должности замсекретаря Совбеза РФ.",
            [
                ("Президент", "президент"),
                ("замсекретаря Совбеза РФ", "замсекретаря Совбеза РФ"),
                ("замсекретаря", "замсекретаря"),
            ],
        ),
        ("Замечая ошибки, он молчал.", []),
        ("Внешняя политика страны изменится.", []),
        # an acting holder: the prefix is part of the post, which stays a title of its own
        (
            "Сергей Постоловский назначен и. о. министра транспорта.",
            [
                ("и. о. министра транспорта", "и. о. министра транспорта"),
                ("министра транспорта", "министр транспорта"),
            ],
        ),
        (
            "Он стал временно исполняющим обязанности губернатора края.",
            [
                (
                    "временно исполняющим обязанности губернатора края",
                    "временно исполняющий обязанности губернатора края",
                ),
                (
                    "временно исполняющим обязанности губернатора",
                    "временно исполняющий обязанности губернатора",
                ),
                ("губернатора края", "губернатор края"),
                ("губернатора", "губернатор"),
            ],
        ),
        (
            "Прибыл врио министра.",
            [("врио министра", "врио министра"), ("министра", "министр")],
        ),
        # a group noun's plural is a post only beside a name (title_words.tsv)
        ("Эксперты обсудили новости.", []),
        ("Наблюдатели не нашли нарушений.", []),
        (
            "Эксперты Иван Петров и Анна Смирнова обсудили новости.",
            [("Эксперты", "эксперт")],
        ),
        ("Новости обсудил эксперт.", [("эксперт", "эксперт")]),
        # a participle is a post where it stands for a noun, beside a name or its team
        ("Нападающий Квинси Промес забил гол.", [("Нападающий", "нападающий")]),
        (
            "Нападающий «Спартака» Квинси Промес забил гол.",
            [("Нападающий «Спартака", "нападающий «Спартака»")],
        ),
        ("Хулиганы, нападающие на прохожих, задержаны.", []),
        ("Нападающие на прохожих собаки опасны.", []),
        ("Нападавший Иван Петров скрылся.", []),
        # ranks, compounds by their last part, feminine forms by their masculine
        ("Звание получил старший лейтенант.", [("старший лейтенант", "старший лейтенант")]),
        ("Выставку открыл арт-директор.", [("арт-директор", "арт-директор")]),
        ("Выставку открыла художница.", [("художница", "художница")]),
        ("Выставку открыла журналистка.", [("журналистка", "журналистка")]),
        ("Выставку открыла рука.", []),
        # a title adjective stands for the post it names, before the noun it qualifies
        ("Начались президентские выборы.", [("президентские", "президент")]),
        ("Он получил депутатский мандат.", [("депутатский", "депутат")]),
    ],
)
def test_titles(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("lemmas", "length"),
    [
        (["министр", "оборона"], 2),  # an entry
        (["пианист"], 1),  # a profession by its suffix
        (["экс-министр", "оборона"], 2),  # a "former" prefix
        (["журналистка"], 1),  # a feminine form
        (["арт-директор"], 1),  # a compound by its last part
        (["первый", "заместитель"], 2),  # a modifier
        (["рука", "министр"], 0),  # no title starts with "рука": ruled out in one look-up
        (["выборы"], 0),
    ],
)
def test_where_a_title_starts(resources, lemmas, length):
    from pipeline.lexicons.titles import match_with_modifiers

    lexicon = resources.titles
    assert match_with_modifiers(lexicon, lemmas, 0) == length
    assert lexicon.starts_no_title(lemmas[0]) == (length == 0)
    assert match_with_modifiers(lexicon, lemmas, len(lemmas)) == 0  # no title past the end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heads that NEREL-train marks in most of their occurrences, seldom twice alike
        (
            "Обязанности главы Комиссии будет исполнять Комиссар SEC Эллис Уолтер.",
            [
                ("главы Комиссии", "глава Комиссии"),
                ("Комиссар SEC", "комиссар SEC"),
                ("Комиссар", "комиссар"),
            ],
        ),
        ("Его отец был хранителем Эрмитажа.", [("хранителем Эрмитажа", "хранитель Эрмитажа")]),
        (
            "Свыше 28 последних лет вождь прилагает много усилий.",
            [("вождь", "вождь")],
        ),
        (
            "Казес являлся администратором торговой площадки.",
            [("администратором торговой площадки", "администратор торговой площадки")],
        ),
        # ...and not those it marks in half of them or fewer
        ("Один агент сказал о кастинге: бардак.", []),
        ("По мнению музыкальных критиков, песни посвящены смерти.", []),
    ],
)
def test_a_head_learned_from_nerel_train_is_a_title(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both parts of a compound decline: the lexicon's entry and the normal form agree
        (
            "Памяти лётчика-космонавта Алексея Леонова.",
            [("лётчика-космонавта", "лётчик-космонавт")],
        ),
        (
            "Встреча с лётчиком-испытателем Иваном Петровым прошла в Москве.",
            [("лётчиком-испытателем", "лётчик-испытатель")],
        ),
        (
            "Тренера-преподавателя Ивана Петрова наградили.",
            [("Тренера-преподавателя", "тренер-преподаватель")],
        ),
        # the first part of these stays as it is
        (
            "Премьер-министра Михаила Мишустина встретили.",
            [("Премьер-министра", "премьер-министр")],
        ),
    ],
)
def test_a_compound_title_declines_both_its_parts(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NEREL-train seldom marks these heads alone inside their titles (title_words.tsv)
        (
            "Обязанности исполняет директор ФБР Джеймс Коми.",
            [("директор ФБР", "директор ФБР")],
        ),
        (
            "Об этом сообщил советник посольства Иван Петров.",
            [("советник посольства", "советник посольства")],
        ),
        (
            "Заявление сделал секретарь комиссии Иван Петров.",
            [("секретарь комиссии", "секретарь комиссии")],
        ),
        # ...and mark others alone as well: a title inside the title
        (
            "Об этом заявил губернатор Подмосковья Андрей Воробьёв.",
            [("губернатор Подмосковья", "губернатор Подмосковья"), ("губернатор", "губернатор")],
        ),
        (
            "Об этом заявил посол США Джон Теффт.",
            [("посол США", "посол США"), ("посол", "посол")],
        ),
        # alone, a relational head is still a title
        ("Об этом сообщил директор.", [("директор", "директор")]),
    ],
)
def test_a_relational_head_is_no_title_inside_its_own(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Не могу понять, почему Адвокат так поздно вмешался в игру.", "Адвокат"),
        ("Меня настораживает позиция Адвоката, который особо любим.", "Адвоката"),
    ],
)
def test_a_surname_that_is_a_title_word_stays_a_person(resources, text, name):
    doc = extract(text, resources=resources)
    assert [(m.type, m.text) for m in doc.mentions if m.text == name] == [("PER", name)]


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Замгубернатора Иван Петров подал в отставку.", ("Иван Петров", "Замгубернатора")),
        ("Встреча с замминистра Иваном Петровым прошла вчера.", ("Иваном Петровым", "замминистра")),
    ],
)
def test_a_deputys_title_agrees_with_a_name_in_any_case(resources, text, link):
    doc = extract(text, resources=resources)
    mentions = doc.mentions
    assert link in [(mentions[o.person].text, mentions[o.title].text) for o in doc.occupations]


def test_title_word_tagged_as_person_at_sentence_start_is_a_title(resources):
    doc = extract("Карин выступил. Госсоветник также рассказал о реформах.", resources=resources)
    assert [(m.type, m.text) for m in doc.mentions if m.text == "Госсоветник"] == [
        ("TITLE", "Госсоветник")
    ]


def test_title_is_cut_off_a_person_span(resources):
    doc = extract("Принц Гарри прибыл в Лондон.", resources=resources)
    assert [(m.type, m.text) for m in doc.mentions][:2] == [("TITLE", "Принц"), ("PER", "Гарри")]


def test_a_name_running_past_the_sentence_ends_the_complement_with_it(resources):
    """A named span the repairs left longer than the sentence (a headline run on) must not
    end the document with an error: the complement ends at the sentence's last token."""
    from pipeline.records import Span
    from pipeline.text.tokenize import analyse
    from pipeline.titles.complements import complement_end

    text = "Министр культуры Республики Казахстан"
    tokens = analyse(text, resources.morph).tokens
    republic = tokens[2]
    named = {republic.start: Span(republic.start, len(text) + 40, "LOC", tokens[2:])}
    assert complement_end(tokens, 1, {}, named, resources.morph) == len(tokens)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a comma list of places in the genitive, closed by "и", belongs to the title
        (
            "Главы МИД России, Казахстана и Белоруссии Сергей Лавров, Мурат Нуртлеу и "
            "Максим Рыженков провели переговоры.",
            "Главы МИД России, Казахстана и Белоруссии",
        ),
        # a nominative after the comma starts another clause
        ("Об этом сообщил глава МИД России, Казахстан пока молчит.", "глава МИД России"),
        # so does a holder's name in apposition
        ("Глава МИД России, Сергей Лавров, прибыл в Астану.", "Глава МИД России"),
    ],
)
def test_a_list_of_places_ends_a_title(resources, text, title):
    doc = extract(text, resources=resources)
    assert max((m.text for m in doc.mentions if m.type == "TITLE"), key=len) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # "№" and its number go on with the complement, and so does the name after them
        (
            "Секретарь директора школы № 1 Махачкалы Ирина Бандурина подтвердила это.",
            "Секретарь директора школы № 1 Махачкалы",
        ),
        (
            "Заведующий отделением киевской больницы №17 Иван Петров рассказал о раненых.",
            "Заведующий отделением киевской больницы №17",
        ),
        # after a name the complement is over
        ("Директор «Газпрома» № 1 в списке Иван Петров.", "Директор «Газпрома"),
    ],
)
def test_a_number_sign_and_its_number_stay_in_a_title(resources, text, title):
    found = [text for text, _ in titles(text, resources)]
    assert max(found, key=len) == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another post joined by "и" or a comma, maybe after an adjective, is a title of its
        # own, not the first one's complement
        (
            "Суд лишил губернатора Одесской области и бывшего Президента Грузии Михаила "
            "Саакашвили украинского гражданства.",
            ["губернатора Одесской области", "Президента Грузии"],
        ),
        (
            "Барак был начальником Генштаба, главой МВД Израиля, министром иностранных дел.",
            ["начальником Генштаба", "главой МВД Израиля", "министром иностранных дел"],
        ),
        (
            "Он работал послом США в ООН, директора ЦРУ и конгрессмена не помнит.",
            ["послом США в ООН", "директора ЦРУ"],
        ),
        # a genitive that is no post stays in the complement
        (
            "Выступил министр промышленности и энергетики Катара Мухаммед ас-Сада.",
            ["министр промышленности и энергетики Катара"],
        ),
        (
            "Выступил председатель Госсовета и Совета министров Кубы Рауль Кастро.",
            ["председатель Госсовета и Совета министров Кубы"],
        ),
    ],
)
def test_a_post_joined_to_a_title_is_no_part_of_it(resources, text, expected):
    found = [text for text, _ in titles(text, resources)]
    assert all(title in found for title in expected)
    longest = max(found, key=len)
    assert longest in expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # an adverb grading the genitive adjective after it
        (
            "Выступил глава наиболее влиятельной партии страны Иван Петров.",
            "глава наиболее влиятельной партии страны",
        ),
        # an adverb before anything else ends the title
        ("Министр финансов крайне резко ответил журналистам.", "Министр финансов"),
    ],
)
def test_an_adverb_grading_an_adjective_stays_in_a_title(resources, text, title):
    doc = extract(text, resources=resources)
    assert max((m.text for m in doc.mentions if m.type == "TITLE"), key=len) == title


@pytest.mark.parametrize(
    ("text", "title", "org"),
    [
        # "лидер движения" is one lexicon entry, but here "Движения" starts an organisation
        (
            "Об этом сообщил лидер Движения против нелегальной иммиграции Александр Белов.",
            "лидер Движения против нелегальной иммиграции",
            "Движения против нелегальной иммиграции",
        ),
        (
            "Лидер партии «Единая Россия» Дмитрий Медведев выступил на съезде.",
            "Лидер партии «Единая Россия",
            "Единая Россия",
        ),
        # an adverb grading a genitive adjective stays in the complement
        (
            "Во втором туре лидер французского крайне правого Национального фронта (FN) "
            "Марин Ле Пен набрала 34 процента.",
            "лидер французского крайне правого Национального фронта",
            "Национального фронта",
        ),
    ],
)
def test_a_lexicon_title_ends_where_a_name_starts(resources, text, title, org):
    doc = extract(text, resources=resources)
    m = doc.mentions
    assert [(m[o.title].text, m[o.org].text) for o in doc.occupations if o.title is not None] == [
        (title, org)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name at the start of a sentence that reads as a title by its last part ("шейх")
        ("Шарм-эш-Шейх принял первых туристов.", ("LOC", "Шарм-эш-Шейх")),
        ("Туристов принял Шарм-эш-Шейх.", ("LOC", "Шарм-эш-Шейх")),
        # a deputy's "зам-" before an entry is a title, not a name
        ("Замгубернатора Иван Петров подал в отставку.", ("TITLE", "Замгубернатора")),
    ],
)
def test_only_an_entry_or_a_deputys_title_is_no_name(resources, text, name):
    doc = extract(text, resources=resources)
    mentions = [(m.type, m.text) for m in doc.mentions if m.text == name[1]]
    assert name in mentions and ("ORG", "Замгубернатора") not in mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pymorphy3 reads "главного" first as the noun "главное": before a title word that
        # it agrees with, it is the title's adjective
        (
            "Отставка главного тренера Карпина удивила всех.",
            [("главного тренера", "главный тренер")],
        ),
        (
            "Он пожаловался главному врачу больницы.",
            [
                ("главному врачу больницы", "главный врач больницы"),
                ("главному врачу", "главный врач"),
            ],
        ),
        # the noun it is elsewhere stays out of titles
        ("Главное в жизни - семья.", []),
        ("Это было главным событием года.", []),
    ],
)
def test_an_adjective_read_as_a_noun_begins_a_title(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an entry of several words that begins with a title of its own holds that title too,
        # as a complement does ("губернатор Подмосковья": "губернатор")
        (
            "Министр финансов США Джек Лью подтвердил это.",
            [
                ("Министр финансов США", "министр финансов США"),
                ("Министр финансов", "министр финансов"),
                ("Министр", "министр"),
            ],
        ),
        (
            "Об этом сообщил пресс-секретарь президента Дмитрий Песков.",
            [
                ("пресс-секретарь президента", "пресс-секретарь президента"),
                ("пресс-секретарь", "пресс-секретарь"),
                ("президента", "президент"),
            ],
        ),
        # not a relational head, nor a title inside another, nor an acting one
        ("Глава государства выступил с речью.", [("Глава государства", "глава государства")]),
        (
            "Встреча с заместителем министра иностранных дел прошла вчера.",
            [
                ("заместителем министра иностранных дел", "заместитель министра иностранных дел"),
                ("министра иностранных дел", "министр иностранных дел"),
            ],
        ),
        (
            "Сергей Постоловский назначен и. о. министра транспорта.",
            [
                ("и. о. министра транспорта", "и. о. министра транспорта"),
                ("министра транспорта", "министр транспорта"),
            ],
        ),
    ],
)
def test_an_entry_holds_the_title_it_begins_with(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "исполнять обязанности" leaves the post, marked alone as well...
        (
            "Исполняющим обязанности президента назначен Иван Петров.",
            [
                ("Исполняющим обязанности президента", "исполняющий обязанности президента"),
                ("президента", "президент"),
            ],
        ),
        # ...and the verb, no participle, no part of it
        (
            "Он будет временно исполнять обязанности главы государства.",
            [("главы государства", "глава государства")],
        ),
        ("Амадо Будо исполняет обязанности президента.", [("президента", "президент")]),
    ],
)
def test_the_acting_phrase_leaves_the_post_a_title(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal ranks a deputy, and is part of the post...
        (
            "Об этом сообщил первый заместитель министра обороны.",
            [
                ("первый заместитель министра обороны", "первый заместитель министра обороны"),
                ("министра обороны", "министр обороны"),
            ],
        ),
        (
            "Первым вице-президентом Кубы избран Мигель Диас-Канель.",
            [
                ("Первым вице-президентом Кубы", "первый вице-президент Кубы"),
                ("Первым вице-президентом", "первый вице-президент"),
            ],
        ),
        ("Первая леди посетила школу.", [("Первая леди", "первая леди")]),
        # ...before another post it counts the post's holders
        (
            "Ли Куан Ю стал первым премьер-министром Сингапура.",
            [
                ("премьер-министром Сингапура", "премьер-министр Сингапура"),
                ("премьер-министром", "премьер-министр"),
            ],
        ),
        ("Об этом рассказал его первый тренер Валерий Шарапов.", [("тренер", "тренер")]),
    ],
)
def test_an_ordinal_is_part_of_a_deputys_post_only(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound whose first part names a person, no post, holds the post in its last part
        (
            "Джанет Рено — первая женщина-генпрокурор США.",
            [("генпрокурор США", "генпрокурор США"), ("генпрокурор", "генпрокурор")],
        ),
        ("Он напал на двух женщин-полицейских.", [("полицейских", "полицейский")]),
        # a compound of two posts, or of a word that may name no person, stays whole
        (
            "Лучшую работу художника-постановщика отметили.",
            [("художника-постановщика", "художник-постановщик")],
        ),
        ("Выставку открыл арт-директор.", [("арт-директор", "арт-директор")]),
        ("Концерт поп-певицы Юлии Савичевой отменён.", [("поп-певицы", "поп-певица")]),
    ],
)
def test_a_person_before_a_post_in_a_compound_is_no_part_of_it(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorary adjective makes an award of a title: the profession in it stands alone
        ("Скончался народный артист России Алексей Жарков.", [("артист", "артист")]),
        ("Скончалась народная артистка СССР Елена Образцова.", [("артистка", "артистка")]),
        ("Её наградили как заслуженного врача России.", [("врача", "врач")]),
        # a post keeps its place
        (
            "Скончался известный артист Большого театра Иван Петров.",
            [("артист Большого театра", "артист Большого театра"), ("артист", "артист")],
        ),
    ],
)
def test_an_honorary_title_is_its_profession_alone(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the post a candidate runs for is a title inside the candidacy
        (
            "Кандидатом в президенты стал Франсуа Олланд.",
            [("Кандидатом в президенты", "кандидат в президенты"), ("президенты", "президент")],
        ),
        (
            "Выдвинут кандидат в мэры Москвы.",
            [
                ("кандидат в мэры Москвы", "кандидат в мэры Москвы"),
                ("кандидат в мэры", "кандидат в мэры"),
                ("мэры Москвы", "мэр Москвы"),
                ("мэры", "мэр"),
            ],
        ),
        # whom the candidate runs from is the candidacy's, not the post's
        (
            "Кандидат в президенты США от Демократической партии Хиллари Клинтон заболела.",
            [
                (
                    "Кандидат в президенты США от Демократической партии",
                    "кандидат в президенты США от Демократической партии",
                ),
                ("Кандидат в президенты", "кандидат в президенты"),
                ("президенты США", "президент США"),
                ("президенты", "президент"),
            ],
        ),
        # a place after "в" is none: "посол Японии в России"
        (
            "Об этом заявил посол Японии в России.",
            [("посол Японии в России", "посол Японии в России"), ("посол", "посол")],
        ),
    ],
)
def test_a_candidacy_holds_the_post_it_is_for(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "пост", "должность" the genitive names a post: "премьера" is the premier's
        ("Кремль обещал ему пост премьера после выборов.", [("премьера", "премьер")]),
        ("Женщина на посту премьера смягчила эффект.", [("премьера", "премьер")]),
        # elsewhere it is the film's
        ("Премьера фильма состоялась вчера.", []),
        ("Он пришёл на премьеру фильма.", []),
    ],
)
def test_a_post_noun_reads_its_genitive_as_a_post(resources, text, expected):
    assert titles(text, resources) == expected


@pytest.mark.parametrize(
    ("word", "lemmas"),
    [
        ("премьера", {"премьер"}),  # the film's премьера is the likeliest reading
        ("Премьера", {"премьер"}),
        ("боксера", {"боксёр"}),  # written with "е": the dictionary reads it as "боксёр"
        ("тренеров", {"тренер"}),
        ("вице\u2011премьера", {"вице-премьер"}),  # a non-breaking hyphen
        ("экс-премьера", set()),  # "экс-премьер" begins no title of the lexicon
        ("стола", set()),
        ("выборы", set()),
    ],
)
def test_a_word_has_readings_of_the_title_words_it_is_a_form_of(resources, word, lemmas):
    found = person_readings(word, "", resources.titles.first_words, resources.morph)
    assert {p.normal_form for p in found} == lemmas


def test_every_form_of_a_title_word_is_listed_with_e_for_yo(resources):
    forms = title_word_forms(resources.titles.first_words, resources.morph)
    assert {"премьерами", "боксёрами", "боксерами", "министру"} <= forms
    assert "стола" not in forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a player of a league or team: NEREL-train marks 11 of 16 such
        (
            "Игрок НФЛ Аарон Эрнандес приговорён судом к пожизненному заключению.",
            [("Аарон Эрнандес", "Игрок НФЛ", "НФЛ")],
        ),
        # of a match or a season: NEREL-train marks 8 of 33 elsewhere
        ("Лучшим игроком матча стал Юя Осако.", []),
        ("Тренер никогда не ставил игроков в состав лишь из-за репутации.", []),
    ],
)
def test_a_player_is_a_post_only_before_an_organisation(resources, text, expected):
    doc = extract(text, resources=resources)
    m = doc.mentions
    found = [(m[o.person].text, m[o.title].text, m[o.org].text) for o in doc.occupations]
    assert found == expected
    if not expected:
        assert all(not x.text.lower().startswith("игрок") for x in m if x.type == "TITLE")


def test_the_forms_of_title_words_are_kept_in_the_cache_folder(tmp_path, monkeypatch, resources):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("RU_OCCUPATIONS_NO_CACHE", raising=False)
    words = frozenset({"премьер", "министр"})
    made = title_word_forms.__wrapped__(words, resources.morph)  # past the process's memo
    (stored,) = (tmp_path / "ru-occupations").glob("title-forms-*.pickle")
    assert {"премьера", "министрами", "премьерам"} <= made
    assert "стола" not in made and "президента" not in made
    assert title_word_forms.__wrapped__(words, resources.morph) == made  # read back
    stored.write_bytes(b"not a pickle")
    assert title_word_forms.__wrapped__(words, resources.morph) == made  # made again
    other = title_word_forms.__wrapped__(frozenset({"президент"}), resources.morph)
    assert "президента" in other and "премьера" not in other


def persons_and_titles(text, resources):
    """(type, text) of the text's persons and titles, in text order."""
    doc = extract(text, resources=replace(resources, title_filter=NO_FILTER))
    return [(m.type, m.text) for m in doc.mentions if m.type in ("PER", "TITLE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a former post at the start of a sentence, its person after it
            "Экс-советник Трампа Майкл Флинн признал вину.",
            [("TITLE", "советник"), ("PER", "Трампа"), ("PER", "Майкл Флинн")],
        ),
        (  # "агент", a title head the lexicon holds with a complement only
            "Пресс-агент Гибсона подтвердил эту информацию.",
            [("PER", "Гибсона")],
        ),
        (
            "Зам-министра Петров подал в отставку.",
            [("TITLE", "Зам-министра"), ("PER", "Петров")],
        ),
        (  # a compound whose last part is no title is a name
            "Жан-Батист Ндахиндурва был крещён.",
            [("PER", "Жан-Батист Ндахиндурва")],
        ),
    ],
)
def test_a_hyphenated_title_leaves_the_person_span(resources, text, expected):
    assert persons_and_titles(text, resources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Путин наградил режиссёра Эмира Кустурицу орденом.",
            [("PER", "Путин"), ("TITLE", "режиссёра"), ("PER", "Эмира Кустурицу")],
        ),
        ("Встречались Путин и Эмир Кустурица.", [("PER", "Путин"), ("PER", "Эмир Кустурица")]),
        # at the start of a sentence, where the document reads the word so mid-sentence
        (
            "Эмир Кустурица снял фильм. Путин наградил режиссёра Эмира Кустурицу.",
            [
                ("PER", "Эмир Кустурица"),
                ("PER", "Путин"),
                ("TITLE", "режиссёра"),
                ("PER", "Эмира Кустурицу"),
            ],
        ),
        # not a title the document never reads as a first name
        (
            "Президент Макрон заявил о поддержке. Встреча с Макроном прошла.",
            [("TITLE", "Президент"), ("PER", "Макрон"), ("PER", "Макроном")],
        ),
        # a first name after the title
        ("Встреча с Принцем Гарри прошла в Лондоне.", [("TITLE", "Принцем"), ("PER", "Гарри")]),
        # a surname the dictionary knows
        (
            "Встреча с Министром Лавровым прошла в Москве.",
            [("TITLE", "Министром"), ("PER", "Лавровым")],
        ),
        # the title's complement
        ("Он сыграл роль Шерифа Ноттингема.", [("TITLE", "Шерифа"), ("PER", "Ноттингема")]),
        # the document writes the word as a common noun
        (
            "Звонил эмир Катара. Фильм Эмира Кустурицы вышел в прокат.",
            [("TITLE", "эмир Катара"), ("TITLE", "эмир"), ("TITLE", "Эмира"), ("PER", "Кустурицы")],
        ),
    ],
)
def test_a_title_word_before_an_unknown_surname_mid_sentence_is_a_first_name(
    resources, text, expected
):
    assert persons_and_titles(text, resources) == expected
