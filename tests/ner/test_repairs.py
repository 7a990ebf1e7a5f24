from dataclasses import replace

import pytest

from pipeline.ner.boundaries import (
    close_open_quotes,
    cut_at_run_on_sentences,
    drop_digits_from_names,
    drop_leading_verbs,
    drop_positional_capitals,
    split_at_line_breaks,
    split_bracketed_aliases,
    split_enumerations,
    split_leading_names,
    strip_legal_forms,
    take_country_adjectives,
    trim_edge_punctuation,
)
from pipeline.ner.person_spans import (
    drop_doubted_persons,
    drop_lifeless_persons,
    drop_lowercase_persons,
    drop_non_noun_persons,
    drop_thing_compounds,
    drop_wavering_persons,
    join_parted_names,
    take_first_names,
)
from pipeline.ner.person_splits import (
    split_disagreeing_persons,
    split_named_apart,
    split_run_together_persons,
    split_trailing_persons,
)
from pipeline.ner.repairs import repair_spans
from pipeline.ner.retyping import (
    drop_common_noun_abbreviations,
    drop_exit_blends,
    drop_facilities,
    drop_platforms_as_media,
    drop_services,
    drop_things,
    retype_company_names,
    retype_known_persons,
    retype_names_after_person_nouns,
    retype_organisation_aliases,
    retype_street_names,
    tag_known_organisations,
    tag_known_places,
    tag_latin_aliases,
    tag_missed_full_names,
    tag_persons_after_person_nouns,
)
from pipeline.ner.tagger import find_named_entities
from pipeline.records import Span
from pipeline.text.tokenize import analyse


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # an organisation the dictionary knows, a place the gazetteer knows, then a name
        (
            "США объявили о гибели лидера Аль-Кайды Усамы бин Ладена.",
            [("Аль-Кайды Усамы бин Ладена", "PER")],
            [("Аль-Кайды", "ORG"), ("Усамы бин Ладена", "PER")],
        ),
        (
            "Он сын мвами Руанды Йюхи V Мусинги.",
            [("Руанды Йюхи V Мусинги", "PER")],
            [("Руанды", "LOC"), ("Йюхи V Мусинги", "PER")],
        ),
        # a first name that is also a town's ("Владимир") or a surname ("Иванова") stays
        (
            "Указ подписал Владимир Владимирович Путин.",
            [("Владимир Владимирович Путин", "PER")],
            [("Владимир Владимирович Путин", "PER")],
        ),
        (
            "Встречу провела Иванова Анна Сергеевна.",
            [("Иванова Анна Сергеевна", "PER")],
            [("Иванова Анна Сергеевна", "PER")],
        ),
        # the dictionary's places are no evidence: "Бешара" is a town and a first name
        (
            "Маронитский патриарх Бешара Бутрос ар-Раи прибыл.",
            [("Бешара Бутрос ар-Раи", "PER")],
            [("Бешара Бутрос ар-Раи", "PER")],
        ),
        # one word after the place may be the surname of a name in the genitive
        (
            "Это сын Бруклина Джозефа.",
            [("Бруклина Джозефа", "PER")],
            [("Бруклина Джозефа", "PER")],
        ),
    ],
)
def test_split_leading_names(apply, text, tagged, expected):
    assert apply(split_leading_names, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Отставка Бориса Джонсона\n\nКурс фунта стерлингов упал.",
            [("Бориса Джонсона\n\nКурс", "PER")],
            [("Бориса Джонсона", "PER"), ("Курс", "PER")],
        ),
        (
            "Скончался Кшиштоф Пендерецкий\nКшиштоф Пендерецкий умер в Кракове.",
            [("Кшиштоф Пендерецкий\nКшиштоф Пендерецкий", "PER")],
            [("Кшиштоф Пендерецкий", "PER"), ("Кшиштоф Пендерецкий", "PER")],
        ),
        ("Борис Джонсон ушёл в отставку.", [("Борис Джонсон", "PER")], [("Борис Джонсон", "PER")]),
    ],
)
def test_split_at_line_breaks(apply, text, tagged, expected):
    assert apply(split_at_line_breaks, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Об этом заявил Бернд Пишетсридер (Bernd Pischetsrieder) на ярмарке.",
            [("Бернд Пишетсридер (Bernd Pischetsrieder)", "PER")],
            [("Бернд Пишетсридер", "PER"), ("Bernd Pischetsrieder", "PER")],
        ),
        (
            'Сторонники партии "Техрик-э-Лабаик Пакистан" (ТЛП) блокировали дороги.',
            [('Техрик-э-Лабаик Пакистан" (ТЛП)', "ORG")],
            [("Техрик-э-Лабаик Пакистан", "ORG"), ("ТЛП", "ORG")],
        ),
        (
            'Его выдвинула партия "Объединение за Мали" (Rassemblement pour le Mali, RPM).',
            [('Объединение за Мали" (Rassemblement pour le Mali, RPM)', "ORG")],
            [
                ("Объединение за Мали", "ORG"),
                ("Rassemblement pour le Mali", "ORG"),
                ("RPM", "ORG"),
            ],
        ),
        (
            "Студентка Ма Лин (马凌) собрала команду авторов.",
            [("Ма Лин (马凌)", "PER")],
            [("Ма Лин", "PER"), ("马凌", "PER")],
        ),
        # a bracket inside the name, and a lowercase explanation, are no alias
        (
            "Пожар случился в Кировоградской (Кропивницкой) области.",
            [("Кировоградской (Кропивницкой) области", "LOC")],
            [("Кировоградской (Кропивницкой) области", "LOC")],
        ),
        (
            "Их зарегистрировали Общественные объединения (организации) Москвы.",
            [("Общественные объединения (организации)", "ORG")],
            [("Общественные объединения", "ORG")],
        ),
    ],
)
def test_split_bracketed_aliases(apply, text, tagged, expected):
    assert apply(split_bracketed_aliases, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Поддержали: Мальта • Монако • Намибия.",
            [("Монако • Намибия", "LOC")],
            [("Монако", "LOC"), ("Намибия", "LOC")],
        ),
        (
            "Шайбу забросил Сёмин, ассистировали Овечкин, Фёдоров.",
            [("Овечкин, Фёдоров", "PER")],
            [("Овечкин", "PER"), ("Фёдоров", "PER")],
        ),
        # a comma inside the long name of an organisation stays
        (
            "Сайт заблокировала Федеральная служба по надзору в сфере связи, информационных "
            "технологий и массовых коммуникаций.",
            [
                (
                    "Федеральная служба по надзору в сфере связи, информационных технологий "
                    "и массовых коммуникаций",
                    "ORG",
                )
            ],
            [
                (
                    "Федеральная служба по надзору в сфере связи, информационных технологий "
                    "и массовых коммуникаций",
                    "ORG",
                )
            ],
        ),
    ],
)
def test_split_enumerations(apply, text, tagged, expected):
    assert apply(split_enumerations, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("Сессия ПАСЕ (в Страсбурге) открылась.", [("ПАСЕ (", "ORG")], [("ПАСЕ", "ORG")]),
        (
            "Судьи: Коффи Коджа (Бенин) • Эссам Фатах (Египет).",
            [("Бенин) •", "LOC")],
            [("Бенин", "LOC")],
        ),
        (
            'Лидер партии "Техрик-э-Лабаик Пакистан" выступил.',
            [('Техрик-э-Лабаик Пакистан"', "ORG")],
            [("Техрик-э-Лабаик Пакистан", "ORG")],
        ),
        # a closing quote that balances an opening one inside stays
        ('Об этом сообщает РИА "Новости".', [('РИА "Новости"', "ORG")], [('РИА "Новости"', "ORG")]),
        # the period of a legal form written with dots is the name's, taken or not
        (
            "Компания Telefonica S.A. заявила.",
            [("Telefonica S.A.", "ORG")],
            [("Telefonica S.A.", "ORG")],
        ),
        ("Концерн Philips N.V. вырос.", [("Philips N.V", "ORG")], [("Philips N.V.", "ORG")]),
        # ... a sentence's period after a word is not
        (
            "Акции купила Apple Inc. Затем рынок вырос.",
            [("Apple Inc.", "ORG")],
            [("Apple Inc", "ORG")],
        ),
        # the period of a surname's last initial is the person's, taken or not
        (
            "Главный редактор: Гаврилова А.В. Адрес электронной почты редакции.",
            [("Гаврилова А.В", "PER")],
            [("Гаврилова А.В.", "PER")],
        ),
        (
            "Указ об освобождении Михальчука И. Ф. о досрочном прекращении полномочий.",
            [("Михальчука И. Ф.", "PER")],
            [("Михальчука И. Ф.", "PER")],
        ),
        # ... not of a one-letter name, a Latin regnal number, nor of initials alone
        ("Ответ дал Ли Куан Ю. Потом все ушли.", [("Ли Куан Ю", "PER")], [("Ли Куан Ю", "PER")]),
        (
            "На трон взошёл Харальд V. Абелевская премия вручена.",
            [("Харальд V", "PER")],
            [("Харальд V", "PER")],
        ),
        (
            "Заявление (автор – В.Л.) подал по личной инициативе.",
            [("В.Л.", "PER")],
            [("В.Л", "PER")],
        ),
    ],
)
def test_trim_edge_punctuation(apply, text, tagged, expected):
    assert apply(trim_edge_punctuation, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ('Об этом сообщает РИА "Новости".', [('РИА "Новости', "ORG")], [('РИА "Новости"', "ORG")]),
        (
            "Издание ООО «Фокус медиа» закрыто.",
            [("ООО «Фокус медиа", "ORG")],
            [("ООО «Фокус медиа»", "ORG")],
        ),
        ("Об этом сообщили «Новости».", [("Новости", "ORG")], [("Новости", "ORG")]),
    ],
)
def test_close_open_quotes(apply, text, tagged, expected):
    assert apply(close_open_quotes, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Накануне глава ОАО «Газпром» Алексей Миллер пообещал скидку.",
            [("ОАО «Газпром»", "ORG")],
            [("Газпром", "ORG")],
        ),
        (
            "Гендиректор ООО УК «Металлоинвест» Андрей Варичев умер.",
            [("ООО УК «Металлоинвест»", "ORG")],
            [("Металлоинвест", "ORG")],
        ),
        # a brand's abbreviation is no legal form
        (
            "Как сообщает РИА «Новости», матч отменён.",
            [("РИА «Новости»", "ORG")],
            [("РИА «Новости»", "ORG")],
        ),
        (
            "Тренер ФК «Спартак» ушёл в отставку.",
            [("ФК «Спартак»", "ORG")],
            [("ФК «Спартак»", "ORG")],
        ),
    ],
)
def test_strip_legal_forms(apply, text, tagged, expected):
    assert apply(strip_legal_forms, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Христианка Асия Биби вышла из тюрьмы.",
            [("Христианка Асия Биби", "PER")],
            [("Асия Биби", "PER")],
        ),
        (
            "Смертный приговор отменён. Приговоренную к смерти христианку освободили.",
            [("Приговоренную", "PER")],
            [],
        ),
        ("Город Павия закрыт на карантин.", [("Город Павия", "LOC")], [("Павия", "LOC")]),
        ("Пакистанские исламисты вышли на улицы.", [("Пакистанские", "LOC")], []),
        (
            "Комментарии закрыты. Если Вы заметили ошибку, выделите её.",
            [("Если Вы", "PER")],
            [],
        ),
        # a compound of common words the dictionary does not know whole
        ("Смертник-талиб протаранил колонну.", [("Смертник-талиб", "PER")], []),
        ("Соседки-мусульманки обвинили ее.", [("Соседки-мусульманки", "PER")], []),
        ("Врач-эпидемиолог рассказала о вакцине.", [("Врач-эпидемиолог", "PER")], []),
        ("Экс-министр Иванов заявил.", [("Экс-министр Иванов", "PER")], [("Иванов", "PER")]),
        # a compound with a name in it, or one the dictionary knows whole as a place, stays
        (
            "Жан-Поль Бельмондо умер.",
            [("Жан-Поль Бельмондо", "PER")],
            [("Жан-Поль Бельмондо", "PER")],
        ),
        ("Буш-младший приехал.", [("Буш-младший", "PER")], [("Буш-младший", "PER")]),
        ("Гусь-Хрустальный ждёт.", [("Гусь-Хрустальный", "LOC")], [("Гусь-Хрустальный", "LOC")]),
        # a particle that opens a person's name is the name's own
        (
            "Фон дер Ляйен заявила о санкциях.",
            [("Фон дер Ляйен", "PER")],
            [("Фон дер Ляйен", "PER")],
        ),
        ("Ле Пен проиграла выборы.", [("Ле Пен", "PER")], [("Ле Пен", "PER")]),
        ("Ди Каприо получил премию.", [("Ди Каприо", "PER")], [("Ди Каприо", "PER")]),
        # mid-sentence, an organisation, a word the text also capitalises mid-sentence
        ("Освободили христианку Асию Биби.", [("Асию Биби", "PER")], [("Асию Биби", "PER")]),
        ("Яблоко выдвинуло кандидата.", [("Яблоко", "ORG")], [("Яблоко", "ORG")]),
        (
            "Концерт дала Мадонна. Мадонна спела старые хиты.",
            [("Мадонна", "PER"), ("Мадонна", "PER")],
            [("Мадонна", "PER"), ("Мадонна", "PER")],
        ),
        ("Северная Корея провела пуск.", [("Северная Корея", "LOC")], [("Северная Корея", "LOC")]),
        # a non-breaking hyphen as a dash opens a clause
        (
            "Рассказывает пациентка Ирина Маршутина. \u2011 Прививку надо делать всем.",
            [("Ирина Маршутина", "PER"), ("Прививку", "PER")],
            [("Ирина Маршутина", "PER")],
        ),
        # an age in one word the dictionary lacks whole
        (
            "Выборы пройдут в 2014 году. Шестидесятивосьмилетняя Руссефф заявила об участии.",
            [("Шестидесятивосьмилетняя Руссефф", "PER")],
            [("Руссефф", "PER")],
        ),
        ("Семидесятишестилетний президент УЕФА ушёл.", [("Семидесятишестилетний", "PER")], []),
    ],
)
def test_drop_positional_capitals(apply, text, tagged, expected):
    assert apply(drop_positional_capitals, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "В отставку ушёл Борис Джонсон Совсем скоро будет объявлено, кто его заменит.",
            [("Борис Джонсон Совсем", "PER")],
            [("Борис Джонсон", "PER")],
        ),
        ("Казино принадлежит Стэнли Хо.", [("Стэнли Хо", "PER")], [("Стэнли Хо", "PER")]),
    ],
)
def test_cut_at_run_on_sentences(apply, text, tagged, expected):
    assert apply(cut_at_run_on_sentences, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Опекуном детей был назначен 34-летний ТиДжей, сын Тито Джексона.",
            [("34-летний ТиДжей", "PER"), ("Тито Джексона", "PER")],
            [("ТиДжей", "PER"), ("Тито Джексона", "PER")],
        ),
        (
            "Алонсо в первый раз в карьере пилота Формулы-1 выиграл Гран-при Монако.",
            [("Алонсо", "PER"), ("Формулы-1", "PER"), ("Монако", "LOC")],
            [("Алонсо", "PER"), ("Монако", "LOC")],
        ),
        (
            "Королева Елизавета II открыла сессию.",
            [("Елизавета II", "PER")],
            [("Елизавета II", "PER")],
        ),
        ("Матч 2018 года в Москве.", [("Москве", "LOC")], [("Москве", "LOC")]),
    ],
)
def test_drop_digits_from_names(apply, text, tagged, expected):
    assert apply(drop_digits_from_names, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Дэвид Дэвис ушёл в отставку. Уход Дэвиса удивил Лондон.",
            [("Дэвид Дэвис", "PER"), ("Дэвиса", "LOC"), ("Лондон", "LOC")],
            [("Дэвид Дэвис", "PER"), ("Дэвиса", "PER"), ("Лондон", "LOC")],
        ),
        (
            "Умер Ли Пэн. Ли Пэн руководил правительством Китая.",
            [("Ли Пэн", "PER"), ("Ли Пэн", "LOC"), ("Китая", "LOC")],
            [("Ли Пэн", "PER"), ("Ли Пэн", "PER"), ("Китая", "LOC")],
        ),
        # a place the gazetteer knows keeps its type
        (
            "Памятник Джорджу Вашингтону открыли в Вашингтоне.",
            [("Джорджу Вашингтону", "PER"), ("Вашингтоне", "LOC")],
            [("Джорджу Вашингтону", "PER"), ("Вашингтоне", "LOC")],
        ),
        # a word the dictionary knows only as an adjective is no surname; one it also
        # knows as a surname is
        (
            "Скончался патриарх Максим Болгарский. В Болгарской церкви объявлен траур.",
            [("Максим Болгарский", "PER"), ("Болгарской", "LOC")],
            [("Максим Болгарский", "PER"), ("Болгарской", "LOC")],
        ),
        (
            "Лев Толстой жил в усадьбе. Здесь Толстой написал роман.",
            [("Лев Толстой", "PER"), ("Толстой", "LOC")],
            [("Лев Толстой", "PER"), ("Толстой", "PER")],
        ),
    ],
)
def test_retype_known_persons(apply, text, tagged, expected):
    assert apply(retype_known_persons, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "В заявлении Даунинг-стрит говорится, что премьер здоров.",
            [("Даунинг-стрит", "PER")],
            [("Даунинг-стрит", "LOC")],
        ),
        ("Выступил Дэвид Кэмерон.", [("Дэвид Кэмерон", "PER")], [("Дэвид Кэмерон", "PER")]),
    ],
)
def test_retype_street_names(apply, text, tagged, expected):
    assert apply(retype_street_names, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("Вакцину создала Пфайзер Инк.", [("Пфайзер Инк", "PER")], [("Пфайзер Инк", "ORG")]),
        (
            "Препарат выпускает Джонсон энд Джонсон Компани.",
            [("Джонсон энд Джонсон Компани", "PER")],
            [("Джонсон энд Джонсон Компани", "ORG")],
        ),
        ("Заказ получила Сименс АГ.", [("Сименс АГ", "PER")], [("Сименс АГ", "ORG")]),
        ("Выступил Джон Джонсон.", [("Джон Джонсон", "PER")], [("Джон Джонсон", "PER")]),
    ],
)
def test_retype_company_names(apply, text, tagged, expected):
    assert apply(retype_company_names, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("Её обвинили в оскорблении пророка Мухаммеда.", [], [("Мухаммеда", "PER")]),
        # followed by another capitalised word, the name is longer than one word
        ("Бой выиграл ученик Мухаммеда Али.", [], []),
        # no person noun before it, or no name reading
        ("Её обвинили в оскорблении Мухаммеда.", [], []),
        ("Она прилетела к министру Москвы.", [], []),
        # a capitalised title and its capitalised adjective, as a church writes its heads
        (
            "Патриарх Кирилл вслед за Папой Римским Франциском обратился к президенту.",
            [("Кирилл", "PER")],
            [("Кирилл", "PER"), ("Франциском", "PER")],
        ),
        (
            "Предыдущий Предстоятель — Святейший Патриарх Болгарский Максим.",
            [],
            [("Максим", "PER")],
        ),
        # a capitalised noun alone may open a work's or a nickname's title
        ("Съёмки фильма «Доктор Лиза» начались в четверг.", [], []),
        # a capitalised adjective after a word that is no title
        ("Он учился в Московском Государственном Университете.", [], []),
    ],
)
def test_tag_persons_after_person_nouns(apply, text, tagged, expected):
    assert apply(tag_persons_after_person_nouns, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Богослужение провёл архиепископ Лонгин Клинский (РПЦ МП).",
            [("Лонгин Клинский", "ORG"), ("РПЦ МП", "ORG")],
            [("Лонгин Клинский", "PER"), ("РПЦ МП", "ORG")],
        ),
        # no person noun before it, or no first name opening it
        (
            "Богослужение провёл Лонгин Клинский.",
            [("Лонгин Клинский", "ORG")],
            [("Лонгин Клинский", "ORG")],
        ),
        # a word the dictionary only guesses to be a first name
        (
            "Снимок сделал фотограф Ассошиэйтед Пресс.",
            [("Ассошиэйтед Пресс", "ORG")],
            [("Ассошиэйтед Пресс", "ORG")],
        ),
        (
            "Капитан клуба Тоттенхэм Хотспур вышел на поле.",
            [("Тоттенхэм Хотспур", "ORG")],
            [("Тоттенхэм Хотспур", "ORG")],
        ),
    ],
)
def test_retype_names_after_person_nouns(apply, text, tagged, expected):
    assert apply(retype_names_after_person_nouns, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a byline's surname in capitals, a surname in the first name's case
        (
            "Прививку сделали первым. \n\nФото: Олег ЗОЛОТО \n\nКАК ЗАПИСАТЬСЯ",
            [],
            [("Олег ЗОЛОТО", "PER")],
        ),
        ("Концерт прошёл в зале имени Петра Чайковского.", [], [("Петра Чайковского", "PER")]),
        ("Премию вручили Анне Ахматовой посмертно.", [], [("Анне Ахматовой", "PER")]),
        # a surname the dictionary does not know, guessed from its ending
        (
            "Со ссылкой на директора центра имени Чумакова Айдара Ишмухаметова.",
            [("Чумакова", "PER")],
            [("Чумакова", "PER"), ("Айдара Ишмухаметова", "PER")],
        ),
        ("После ухода Радия Хабирова всё изменилось.", [], [("Радия Хабирова", "PER")]),
        # a common word capitalised as a surname or byname, mid-sentence
        (
            "Она считает себя последовательницей Иисуса Христа.",
            [],
            [("Иисуса Христа", "PER")],
        ),
        (
            "Альберт II — младший сын Леопольда III и Астрид Шведской.",
            [("Альберт II", "PER"), ("Леопольда III", "PER")],
            [("Альберт II", "PER"), ("Леопольда III", "PER"), ("Астрид Шведской", "PER")],
        ),
        # at a clause start, a verb, a capitalised word before the pair
        ("Надежда Победа пришла первой.", [], []),
        ("Они верили, что Вера Победит.", [], []),
        ("Его назвали Принц Джордж Кембриджский.", [], []),
        # a guessed surname in a case the first name cannot take, an unknown word not
        # ending as a surname
        ("Письмо пришло Айдару Ишмухаметова.", [], []),
        ("Пришёл Айдар Ишмухаметзянкул.", [], []),
        # a one-letter word, a work's title in quotes, cases that do not agree
        ("А КАК НА ПРАКТИКЕ?", [], []),
        ("В опере «Борис Годунов» пела Образцова.", [], []),
        ("Пошёл к Петру Чайковского.", [], []),
        # an abbreviation the gazetteer knows, a word the tagger took
        ("Базирующаяся в Риме ФАО предупредила.", [("Риме", "LOC")], [("Риме", "LOC")]),
        (
            "Выступил Иван Петров.",
            [("Иван", "PER")],
            [("Иван", "PER")],
        ),
    ],
)
def test_tag_missed_full_names(apply, text, tagged, expected):
    assert apply(tag_missed_full_names, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Россия сыграла в отборочном цикле чемпионата Европы.",
            [("Россия", "LOC")],
            [("Россия", "LOC"), ("Европы", "LOC")],
        ),
        ("Фестиваль прошёл на Алтае.", [], [("Алтае", "LOC")]),
        # a surname that is also a town, a word of a longer name
        ("Оркестр исполнил симфонию Чайковского.", [], []),
        ("Суд освободил Азии Биби.", [], []),
    ],
)
def test_tag_known_places(apply, text, tagged, expected):
    assert apply(tag_known_places, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("Об этом сообщили пакистанские СМИ.", [("СМИ", "ORG")], []),
        ("Об этом сообщил МИД.", [("МИД", "ORG")], [("МИД", "ORG")]),
        ("Видео разошлось по Сети за час.", [("Сети", "ORG")], []),
        ("Запись появилась в Сети.", [("Сети", "ORG")], []),
        # a longer name with the word stays
        (
            "Сеть магазинов «Пятёрочка» открылась.",
            [("Пятёрочка", "ORG")],
            [("Пятёрочка", "ORG")],
        ),
        (
            "Открылась Торговая сеть Ашан.",
            [("Торговая сеть Ашан", "ORG")],
            [("Торговая сеть Ашан", "ORG")],
        ),
    ],
)
def test_drop_common_noun_abbreviations(apply, text, tagged, expected):
    assert apply(drop_common_noun_abbreviations, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("Министр по делам Брексита подал в отставку.", [("Брексита", "PER")], []),
        ("Переговоры по Brexit зашли в тупик.", [("Brexit", "ORG")], []),
        # the party of that name is an organisation
        ("Победила Brexit Party.", [("Brexit Party", "ORG")], [("Brexit Party", "ORG")]),
    ],
)
def test_drop_exit_blends(apply, text, tagged, expected):
    assert apply(drop_exit_blends, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сегодня бундестренер Юрген Клинсман (Jürgen Klinsmann) назвал Йенса Лемана "
            "первым вратарём.",
            [("PER", "Юрген Клинсман"), ("PER", "Jürgen Klinsmann"), ("PER", "Йенса Лемана")],
        ),
        (
            "Об этом сообщили пакистанские СМИ. Глава ОАО «Газпром» Алексей Миллер прибыл в Минск.",
            [("ORG", "Газпром"), ("PER", "Алексей Миллер"), ("LOC", "Минск")],
        ),
        ("Приговоренную к смерти христианку освободили.", []),
        ("Отставка Бориса Джонсона\n\nКурс фунта стерлингов упал.", [("PER", "Бориса Джонсона")]),
    ],
)
def test_repair_spans_after_the_tagger(resources, text, expected):
    analysis = analyse(text, resources.morph)
    spans = find_named_entities(analysis, resources.ner)
    repaired = repair_spans(analysis, spans, resources.morph, resources.gazetteer)
    assert [(s.type, text[s.start : s.end]) for s in repaired] == expected


def test_repair_spans_keeps_spans_ordered_and_apart(resources, seed_text):
    analysis = analyse(seed_text, resources.morph)
    spans = find_named_entities(analysis, resources.ner)
    repaired = repair_spans(analysis, spans, resources.morph, resources.gazetteer)
    assert all(a.end <= b.start for a, b in zip(repaired, repaired[1:], strict=False))
    assert all(isinstance(s, Span) and s.tokens[0].start == s.start for s in repaired)
    assert all(s.tokens[-1].end == s.end for s in repaired)


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Таяни подтвердил в Twitter, что Асия Биби находится в безопасности.",
            [("Таяни", "PER"), ("Twitter", "ORG"), ("Асия Биби", "PER")],
            [("Таяни", "PER"), ("Асия Биби", "PER")],
        ),
        (
            "Об этом Мария Захарова написала на своей странице в Facebook.",
            [("Мария Захарова", "PER"), ("Facebook", "ORG")],
            [("Мария Захарова", "PER")],
        ),
        (
            "Компания DST купила ещё 5% акций Facebook, и доля DST в Facebook достигла 10%.",
            [("DST", "ORG"), ("Facebook", "ORG"), ("DST", "ORG"), ("Facebook", "ORG")],
            [("DST", "ORG"), ("Facebook", "ORG"), ("DST", "ORG"), ("Facebook", "ORG")],
        ),
        (
            "Facebook купил мессенджер WhatsApp.",
            [("Facebook", "ORG"), ("WhatsApp", "ORG")],
            [("Facebook", "ORG"), ("WhatsApp", "ORG")],
        ),
        (
            "Борис Джонсон написал об этом в своём Twitter.",
            [("Борис Джонсон", "PER"), ("Twitter", "ORG")],
            [("Борис Джонсон", "PER")],
        ),
        ("Певица сообщила в своем Твиттере о свадьбе.", [("Твиттере", "ORG")], []),
        # a possessive without the preposition is no medium: the company is hers
        (
            "Она продала свой Facebook инвесторам.",
            [("Facebook", "ORG")],
            [("Facebook", "ORG")],
        ),
    ],
)
def test_drop_platforms_as_media(apply, text, tagged, expected):
    assert apply(drop_platforms_as_media, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Клип корейского рэпера PSY поставил абсолютный рекорд на YouTube.",
            [("PSY", "PER"), ("YouTube", "ORG")],
            [("PSY", "PER")],
        ),
        (
            "Он получал инструкции в мессенджерах Telegram и WhatsApp.",
            [("Telegram", "ORG"), ("WhatsApp", "ORG")],
            [("Telegram", "ORG")],
        ),
        (
            "Режиссёр общался с коллегами по Skype из Токио.",
            [("Skype", "ORG"), ("Токио", "LOC")],
            [("Токио", "LOC")],
        ),
        (
            "Альбом попал в топ онлайн-магазина iTunes, Amazon и других рейтингов.",
            [("iTunes", "ORG"), ("Amazon", "ORG")],
            [("Amazon", "ORG")],
        ),
        ("Видео разошлось в Инстаграме за час.", [("Инстаграме", "ORG")], []),
        # the companies stay, and so does a longer name with the service in it
        (
            "Основатель Facebook Марк Цукерберг и глава Google встретились.",
            [("Facebook", "ORG"), ("Марк Цукерберг", "PER"), ("Google", "ORG")],
            [("Facebook", "ORG"), ("Марк Цукерберг", "PER"), ("Google", "ORG")],
        ),
        (
            "Премию вручили на церемонии YouTube Music Awards.",
            [("YouTube Music Awards", "ORG")],
            [("YouTube Music Awards", "ORG")],
        ),
        # a person's name is not the service's
        (
            "Песню исполнил Skype Williams.",
            [("Skype Williams", "PER")],
            [("Skype Williams", "PER")],
        ),
    ],
)
def test_drop_services(apply, text, tagged, expected):
    assert apply(drop_services, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Матч «Спартак» — «Краснодар» прошёл 20 апреля на стадионе «Лужники».",
            [("Спартак", "ORG"), ("Краснодар", "ORG"), ("Лужники", "ORG")],
            [("Спартак", "ORG"), ("Краснодар", "ORG")],
        ),
        (
            "Кевина Спейси лишили премии «Эмми» на фоне обвинений.",
            [("Кевина Спейси", "PER"), ("«Эмми»", "ORG")],
            [("Кевина Спейси", "PER")],
        ),
        (
            'Эффективность вакцины "Спутник V" — 92 процента, заявили в РФПИ.',
            [("Спутник V", "ORG"), ("РФПИ", "ORG")],
            [("РФПИ", "ORG")],
        ),
        (
            "Самолёт «Суперджет» совершил первый полёт.",
            [("Суперджет", "ORG")],
            [],
        ),
        # one reading as a thing clears the name's other forms in the document
        (
            "Россия зарегистрировала вакцину «Спутник V». Поставки «Спутника V» начнутся в"
            " январе, сообщил РФПИ.",
            [("Россия", "LOC"), ("Спутник V", "ORG"), ("Спутника V", "ORG"), ("РФПИ", "ORG")],
            [("Россия", "LOC"), ("РФПИ", "ORG")],
        ),
        (
            "В Москве началась вакцинация против COVID-19. Заболеваемость COVID-19 растёт.",
            [("Москве", "LOC"), ("COVID-19", "ORG"), ("COVID-19", "ORG")],
            [("Москве", "LOC")],
        ),
        # "от" after a cure names its maker
        (
            "Первая партия вакцины от Pfizer поступила в Израиль.",
            [("Pfizer", "ORG"), ("Израиль", "LOC")],
            [("Pfizer", "ORG"), ("Израиль", "LOC")],
        ),
        # an organisation after a noun for one, or a thing's name without quotes, stays
        (
            "Об этом сообщает газета «Коммерсант» со ссылкой на стадион Динамо.",
            [("Коммерсант", "ORG"), ("Динамо", "ORG")],
            [("Коммерсант", "ORG"), ("Динамо", "ORG")],
        ),
        (
            "Лауреат премии Российского союза писателей выступил в «Газпроме».",
            [("Российского союза писателей", "ORG"), ("Газпроме", "ORG")],
            [("Российского союза писателей", "ORG"), ("Газпроме", "ORG")],
        ),
        # a title in Latin letters dated in brackets is an album's or a film's
        (
            "Альбомы группы: The Fat Of The Land (1997), Invaders Must Die (2009).",
            [("The Fat Of The Land", "ORG"), ("Invaders Must Die", "ORG")],
            [],
        ),
        (
            "Лучшим стал фильм «Amour» (2012) Михаэля Ханеке.",
            [("Amour", "ORG"), ("Михаэля Ханеке", "PER")],
            [("Михаэля Ханеке", "PER")],
        ),
        # a Cyrillic name with a year, a Latin name with a year's words after it
        (
            "В составе «Спартака» (2001) он выиграл чемпионат.",
            [("Спартака", "ORG")],
            [("Спартака", "ORG")],
        ),
        (
            "Компания Apple (с 2007 года Apple Inc.) выпустила iPhone.",
            [("Apple", "ORG"), ("Apple Inc.", "ORG")],
            [("Apple", "ORG"), ("Apple Inc.", "ORG")],
        ),
    ],
)
def test_drop_things(apply, text, tagged, expected):
    assert apply(drop_things, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Исаакиевский собор в Санкт-Петербурге передадут РПЦ.",
            [("Исаакиевский собор", "ORG"), ("Санкт-Петербурге", "LOC"), ("РПЦ", "ORG")],
            [("Санкт-Петербурге", "LOC"), ("РПЦ", "ORG")],
        ),
        (
            "Следствие по делу об аварии на Саяно-Шушенской ГЭС завершено.",
            [("Саяно-Шушенской ГЭС", "ORG")],
            [],
        ),
        (
            "Героям войны, погребённым на Братском кладбище, открыли памятник.",
            [("Братском кладбище", "ORG")],
            [],
        ),
        (
            "Уведомление было доставлено в Букингемский дворец.",
            [("Букингемский дворец", "ORG")],
            [],
        ),
        # the head is the first noun: a museum named after a cathedral, a hospital stay
        (
            "Музей «Исаакиевский собор» возглавил Николай Буров.",
            [("Музей «Исаакиевский собор»", "ORG"), ("Николай Буров", "PER")],
            [("Музей «Исаакиевский собор»", "ORG"), ("Николай Буров", "PER")],
        ),
        (
            "Колин работала в Королевской больнице, а затем в Дворцовом театре.",
            [("Колин", "PER"), ("Королевской больнице", "ORG"), ("Дворцовом театре", "ORG")],
            [("Колин", "PER"), ("Королевской больнице", "ORG"), ("Дворцовом театре", "ORG")],
        ),
    ],
)
def test_drop_facilities(apply, text, tagged, expected):
    assert apply(drop_facilities, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Верховный суд России (ВС) отменил приговор.",
            [("Верховный суд", "ORG"), ("России", "LOC"), ("ВС", "LOC")],
            [("Верховный суд", "ORG"), ("России", "LOC"), ("ВС", "ORG")],
        ),
        (
            "Антидопинговое агентство США (USADA) лишит велогонщика титулов.",
            [("Антидопинговое агентство", "ORG"), ("США", "LOC"), ("USADA", "LOC")],
            [("Антидопинговое агентство", "ORG"), ("США", "LOC"), ("USADA", "ORG")],
        ),
        # a country's own alias, or a bracket after a place alone, stays a place
        (
            "Посольство Великобритании (Лондон) ответило.",
            [("Посольство", "ORG"), ("Великобритании", "LOC"), ("Лондон", "LOC")],
            [("Посольство", "ORG"), ("Великобритании", "LOC"), ("Лондон", "LOC")],
        ),
        (
            "Жители Соединённых Штатов Америки (США) проголосовали.",
            [("Соединённых Штатов Америки", "LOC"), ("США", "LOC")],
            [("Соединённых Штатов Америки", "LOC"), ("США", "LOC")],
        ),
    ],
)
def test_retype_organisation_aliases(apply, text, tagged, expected):
    assert apply(retype_organisation_aliases, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Об этом сообщила газета «Хьюстон Кроникл» (Houston Chronicle) в пятницу.",
            [("Хьюстон Кроникл", "ORG")],
            [("Хьюстон Кроникл", "ORG"), ("Houston Chronicle", "ORG")],
        ),
        (
            "Сообщила Кубинская федерация (Federación Cubana de Atletismo; FCA).",
            [("Кубинская федерация", "ORG")],
            [("Кубинская федерация", "ORG"), ("Federación Cubana de Atletismo", "ORG")],
        ),
        # a person's bracket, a Cyrillic or lowercase one, and a name the text writes alone stay
        ("Мы говорили с Ши Тао (Shi Tao) вчера.", [("Ши Тао", "PER")], [("Ши Тао", "PER")]),
        (
            "Концерн «Фольксваген» (англ. Volkswagen) строит завод.",
            [("Фольксваген", "ORG")],
            [("Фольксваген", "ORG")],
        ),
        (
            "Акции Pfizer выросли: вакцину сделала «Пфайзер» (Pfizer).",
            [("Pfizer", "ORG"), ("Пфайзер", "ORG")],
            [("Pfizer", "ORG"), ("Пфайзер", "ORG")],
        ),
    ],
)
def test_tag_latin_aliases(apply, text, tagged, expected):
    assert apply(tag_latin_aliases, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Глава японского МИДа Сэйдзи Маэхара отметил это.",
            [("МИДа", "ORG")],
            [("японского МИДа", "ORG")],
        ),
        ("Так решили в российском Минфине.", [("Минфине", "ORG")], [("российском Минфине", "ORG")]),
        ("Он был пилотом американских ВВС.", [("ВВС", "ORG")], [("американских ВВС", "ORG")]),
        ("Британскому МИДу стало известно.", [("МИДу", "ORG")], [("Британскому МИДу", "ORG")]),
        # a Latin brand is not declined with its adjective (NEREL leaves it out), a word
        # between them breaks the phrase, and a place keeps its own bounds
        ("Он перешёл в нидерландской Gasunie.", [("Gasunie", "ORG")], [("Gasunie", "ORG")]),
        ("Визит в российскую Москву.", [("Москву", "LOC")], [("Москву", "LOC")]),
        ("Помощь японского правительства МИДу.", [("МИДу", "ORG")], [("МИДу", "ORG")]),
    ],
)
def test_take_country_adjectives(apply, text, tagged, expected):
    assert apply(take_country_adjectives, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a verb, an adjective, a short participle: no name
        ("Нажми «Разрешить». Узнавай только о главных событиях.", [("Узнавай", "PER")], []),
        (
            "Таким образом, Биби могла уехать.",
            [("Таким", "PER"), ("Биби", "PER")],
            [("Биби", "PER")],
        ),
        ("Кремль всех опередил. Подана первая заявка.", [("Подана", "PER")], []),
        ("Ребёнок будет носить титул принц Кембриджский.", [("Кембриджский", "PER")], []),
        # nouns stay, common or not: a stage name is one
        (
            "Среди гостей были Дженнифер Лопес и Стинг.",
            [("Дженнифер Лопес", "PER"), ("Стинг", "PER")],
            [("Дженнифер Лопес", "PER"), ("Стинг", "PER")],
        ),
        ("На свадьбе пела певица Глюкоза.", [("Глюкоза", "PER")], [("Глюкоза", "PER")]),
        # a name of two words keeps each of its words elsewhere in the text
        (
            "Выступил Андрей Белый. Позже Белый уехал.",
            [("Андрей Белый", "PER"), ("Белый", "PER")],
            [("Андрей Белый", "PER"), ("Белый", "PER")],
        ),
        ("Сказал Путин.", [("Путин", "PER")], [("Путин", "PER")]),
    ],
)
def test_drop_non_noun_persons(apply, text, tagged, expected):
    assert apply(drop_non_noun_persons, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a lifeless common noun with nothing round it that says a person: a thing
        (
            "Решение обильно цитирует Коран и исламскую историю.",
            [("Коран", "PER")],
            [],
        ),
        (
            "Пациентам дают препарат Хлорохин, сообщил Дидье Рауль.",
            [("Хлорохин", "PER"), ("Дидье Рауль", "PER")],
            [("Дидье Рауль", "PER")],
        ),
        (
            "Больным назначили Дексаметазон. Врачи хвалят Дексаметазон.",
            [("Дексаметазон", "PER"), ("Дексаметазон", "PER")],
            [],
        ),
        ("Неизвестный автор, Гравюра по меди, 1569 год.", [("Гравюра", "PER")], []),
        # a longer name, a noun before it, a list of persons, a bracket, a verb: a person
        (
            "Ведущим был Сергей Шнуров. Шнуров познакомился с ней в 2010 году.",
            [("Сергей Шнуров", "PER"), ("Шнуров", "PER")],
            [("Сергей Шнуров", "PER"), ("Шнуров", "PER")],
        ),
        ("На свадьбе пела певица Глюкоза.", [("Глюкоза", "PER")], [("Глюкоза", "PER")]),
        (
            "Он возглавил войну против режима Батисты.",
            [("Батисты", "PER")],
            [("Батисты", "PER")],
        ),
        (
            "Среди гостей были Дженнифер Лопес, Стинг и Энрике Иглесиас.",
            [("Дженнифер Лопес", "PER"), ("Стинг", "PER"), ("Энрике Иглесиас", "PER")],
            [("Дженнифер Лопес", "PER"), ("Стинг", "PER"), ("Энрике Иглесиас", "PER")],
        ),
        (
            "Умер Арсен Павлов (Моторола).",
            [("Арсен Павлов", "PER"), ("Моторола", "PER")],
            [("Арсен Павлов", "PER"), ("Моторола", "PER")],
        ),
        (
            "Он до сих пор предпочитает, когда его называют Горба.",
            [("Горба", "PER")],
            [("Горба", "PER")],
        ),
        (
            "Я не поручился бы, что Краник выиграл бы турнир.",
            [("Краник", "PER")],
            [("Краник", "PER")],
        ),
        # names the dictionary knows as names stay
        ("Сказал Путин.", [("Путин", "PER")], [("Путин", "PER")]),
    ],
)
def test_drop_lifeless_persons(apply, text, tagged, expected):
    assert apply(drop_lifeless_persons, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("Они доказали, что мРНК-технология работает.", [("мРНК-технология", "PER")], []),
        ("Иммунитет формируется на основании Т-лимфоцитов.", [("Т-лимфоцитов", "PER")], []),
        (
            "Антиковидную мРНК-вакцину одобрили в Британии.",
            [("Антиковидную мРНК-вакцину", "PER"), ("Британии", "LOC")],
            [("Британии", "LOC")],
        ),
        # words for people and name particles stay
        (
            "Выступил Джордж Буш-младший.",
            [("Джордж Буш-младший", "PER")],
            [("Джордж Буш-младший", "PER")],
        ),
        (
            "Погиб Абу Бакр аль-Багдади.",
            [("Абу Бакр аль-Багдади", "PER")],
            [("Абу Бакр аль-Багдади", "PER")],
        ),
        (
            "Полномочия почившего Туркмен-баши.",
            [("Туркмен-баши", "PER")],
            [("Туркмен-баши", "PER")],
        ),
        # a thing compound typed as an organisation is not this repair's
        ("Акции купил Тинькофф-банк.", [("Тинькофф-банк", "ORG")], [("Тинькофф-банк", "ORG")]),
    ],
)
def test_drop_thing_compounds(apply, text, tagged, expected):
    assert apply(drop_thing_compounds, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a headline's or a sentence's first word that the text writes in lower case too
        (
            "Мельдоний\nВАДА запретило приём мельдония в январе.",
            [("Мельдоний", "PER"), ("ВАДА", "ORG")],
            [("ВАДА", "ORG")],
        ),
        (
            "Акции Bayer упали.\n\nГлифосат, в качестве средства от сорняков, продают везде. "
            "Суд признал глифосат опасным.",
            [("Bayer", "ORG"), ("Глифосат", "PER")],
            [("Bayer", "ORG")],
        ),
        # mid-sentence the capital is the writer's choice
        (
            "Представитель от имени Церкви простил его. В церкви молились.",
            [("Церкви", "PER")],
            [("Церкви", "PER")],
        ),
        # animate words and names stay
        (
            "Пророка оскорбили. Слова пророка святы.",
            [("Пророка", "PER")],
            [("Пророка", "PER")],
        ),
        (
            "Надежда родила сына. Надежда умирает последней, а надежда есть.",
            [("Надежда", "PER")],
            [("Надежда", "PER")],
        ),
        # no lower-case form in the text: a name
        ("Мельдоний\nВАДА запретило препарат.", [("Мельдоний", "PER")], [("Мельдоний", "PER")]),
        # a person of two words is not this repair's
        (
            "Глифосат Ткачук выступил. Он продаёт глифосат.",
            [("Глифосат Ткачук", "PER")],
            [("Глифосат Ткачук", "PER")],
        ),
    ],
)
def test_drop_lowercase_persons(apply, text, tagged, expected):
    assert apply(drop_lowercase_persons, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # nominative and dative: two persons
        (
            '"Вакцина доработана?" - говорил Собянин Путину в начале сентября.',
            [("Собянин Путину", "PER")],
            [("Собянин", "PER"), ("Путину", "PER")],
        ),
        (
            "Позже Путин Эрдогану позвонил сам.",
            [("Путин Эрдогану", "PER")],
            [("Путин", "PER"), ("Эрдогану", "PER")],
        ),
        # a first name may be the case form of one the dictionary does not know (Эд)
        (
            "В твиттере шерифа Эда Гонсалеса появилось сообщение.",
            [("Эда Гонсалеса", "PER")],
            [("Эда Гонсалеса", "PER")],
        ),
        (
            "Начато расследование убийства Людмилы Касьян.",
            [("Людмилы Касьян", "PER")],
            [("Людмилы Касьян", "PER")],
        ),
        # the words of one name share a case
        (
            "Встреча с Марией Захаровой прошла.",
            [("Марией Захаровой", "PER")],
            [("Марией Захаровой", "PER")],
        ),
        ("Письмо Иосифа Сталина нашли.", [("Иосифа Сталина", "PER")], [("Иосифа Сталина", "PER")]),
        # a name that may not decline agrees with any case
        ("Президент Майя Санду заявила.", [("Майя Санду", "PER")], [("Майя Санду", "PER")]),
        # an oblique surname agrees with a declining one only as a woman's fixed surname:
        # the name of an institute and its director
        (
            "Директор НИИ Гамалеи Гинзбург отметил.",
            [("Гамалеи Гинзбург", "PER")],
            [("Гамалеи", "PER"), ("Гинзбург", "PER")],
        ),
        (
            "Лекцию в институте Петровой Гинзбург прочёл вчера.",
            [("Петровой Гинзбург", "PER")],
            [("Петровой", "PER"), ("Гинзбург", "PER")],
        ),
        # a surname that may be a woman's nominative may be her double surname
        (
            "Выступила Шевченко Гинзбург.",
            [("Шевченко Гинзбург", "PER")],
            [("Шевченко Гинзбург", "PER")],
        ),
        # a place and a person in cases that cannot agree: two objects of one verb
        (
            "Сравнил его с Чемберленом, отдавшим Чехословакию Гитлеру на растерзание.",
            [("Чемберленом", "PER"), ("Чехословакию Гитлеру", "PER")],
            [("Чемберленом", "PER"), ("Чехословакию", "LOC"), ("Гитлеру", "PER")],
        ),
        # a place that may share the surname's case (Франции: dative too) stays, and so
        # does a word that is no place
        (
            "Выступил Франции Гитлеру.",
            [("Франции Гитлеру", "PER")],
            [("Франции Гитлеру", "PER")],
        ),
        (
            "Встреча с Мадонной Ивановой прошла.",
            [("Мадонной Ивановой", "PER")],
            [("Мадонной Ивановой", "PER")],
        ),
    ],
)
def test_split_disagreeing_persons(apply, text, tagged, expected):
    assert apply(split_disagreeing_persons, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "После ухода Радия Хабирова администрация ослабла.",
            [("Радия", "PER"), ("Хабирова", "PER")],
            [("Радия Хабирова", "PER")],
        ),
        (
            "Это дочь Фёдора Емельяненко, одна из авторов.",
            [("Фёдора", "PER"), ("Емельяненко", "PER")],
            [("Фёдора Емельяненко", "PER")],
        ),
        # a surname the dictionary does not know, a patronymic, a surname first
        (
            "Об этом рассказала подруга супруги Джигарханяна Виталины Цымбалюк-Романовской.",
            [("Джигарханяна", "PER"), ("Виталины", "PER"), ("Цымбалюк-Романовской", "PER")],
            [("Джигарханяна", "PER"), ("Виталины Цымбалюк-Романовской", "PER")],
        ),
        (
            "Умерла Марина Филипповна Ходорковская.",
            [("Марина Филипповна", "PER"), ("Ходорковская", "PER")],
            [("Марина Филипповна Ходорковская", "PER")],
        ),
        (
            "Соболезнования выразили внучке Тихоновой Татьяне Васильевне.",
            [("Тихоновой", "PER"), ("Татьяне Васильевне", "PER")],
            [("Тихоновой Татьяне Васильевне", "PER")],
        ),
        # a surname that may be a genitive with nothing before it to own it, or after
        # "имени": the nominative of one person
        (
            "По некоторым данным, как и мать — Суркова Зоя Антоновна работал учителем.",
            [("Суркова", "PER"), ("Зоя Антоновна", "PER")],
            [("Суркова Зоя Антоновна", "PER")],
        ),
        (
            "В машине находилась девушка по имени Юлдашева Кристина Камиловна.",
            [("Юлдашева", "PER"), ("Кристина Камиловна", "PER")],
            [("Юлдашева Кристина Камиловна", "PER")],
        ),
        (
            "Дочь Ельцина Татьяна Борисовна выступила на вечере.",
            [("Ельцина", "PER"), ("Татьяна Борисовна", "PER")],
            [("Ельцина", "PER"), ("Татьяна Борисовна", "PER")],
        ),
        # a possessor in the genitive and a person; a surname and a first name alone
        (
            "В церемонии участвовала вдова Ельцина Наина Иосифовна.",
            [("Ельцина", "PER"), ("Наина Иосифовна", "PER")],
            [("Ельцина", "PER"), ("Наина Иосифовна", "PER")],
        ),
        (
            "На фото дочь Путина Мария Владимировна.",
            [("Путина", "PER"), ("Мария Владимировна", "PER")],
            [("Путина", "PER"), ("Мария Владимировна", "PER")],
        ),
        (
            "Сегодня моя подружка Фриске Жанна родила сына.",
            [("Фриске", "PER"), ("Жанна", "PER")],
            [("Фриске", "PER"), ("Жанна", "PER")],
        ),
        # cases that do not agree, two surnames, a comma between, a place
        (
            "Письмо Петру Чайковского передали.",
            [("Петру", "PER"), ("Чайковского", "PER")],
            [("Петру", "PER"), ("Чайковского", "PER")],
        ),
        (
            "Говорил Собянин Путину.",
            [("Собянин", "PER"), ("Путину", "PER")],
            [("Собянин", "PER"), ("Путину", "PER")],
        ),
        (
            "Пришли Анна, Петрова и другие.",
            [("Анна", "PER"), ("Петрова", "PER")],
            [("Анна", "PER"), ("Петрова", "PER")],
        ),
        (
            "Встретил Ивана Петрова.",
            [("Ивана", "PER"), ("Петрова", "LOC")],
            [("Ивана", "PER"), ("Петрова", "LOC")],
        ),
        # an initial and the surname right after its period
        (
            "Б.Обама охарактеризовал Дж.Коми как высококвалифицированного сотрудника.",
            [("Б.Обама", "PER"), ("Дж", "PER"), ("Коми", "PER")],
            [("Б.Обама", "PER"), ("Дж.Коми", "PER")],
        ),
        # not a word that is no initial, nor after a space or a sentence's end
        (
            "Сказал Джон.Коми ответил.",
            [("Джон", "PER"), ("Коми", "PER")],
            [("Джон", "PER"), ("Коми", "PER")],
        ),
        (
            "Пришёл Х. Коми ответил.",
            [("Х", "PER"), ("Коми", "PER")],
            [("Х", "PER"), ("Коми", "PER")],
        ),
    ],
)
def test_join_parted_names(apply, text, tagged, expected):
    assert apply(join_parted_names, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "Экспонаты можно брать в руки.\n\nГеннадий Фисун прокомментировал выставку.",
            [("Фисун", "PER")],
            [("Геннадий Фисун", "PER")],
        ),
        (
            "Он угрожал применением насилия.\n\nАйдар Наилевич Губайдулин родился в 1993 году.",
            [("Наилевич Губайдулин", "PER")],
            [("Айдар Наилевич Губайдулин", "PER")],
        ),
        # a preposition, a word tagged as a place, a first name in another case
        (
            "Совместных детей у них не было.\n\nУ Шнурова есть дочь.",
            [("Шнурова", "PER")],
            [("Шнурова", "PER")],
        ),
        (
            "Во время визита в Израиль Владимир Путин посетил Иерусалим.",
            [("Израиль", "LOC"), ("Владимир Путин", "PER"), ("Иерусалим", "LOC")],
            [("Израиль", "LOC"), ("Владимир Путин", "PER"), ("Иерусалим", "LOC")],
        ),
        (
            "Письмо Петру Чайковского передали.",
            [("Чайковского", "PER")],
            [("Чайковского", "PER")],
        ),
    ],
)
def test_take_first_names(apply, text, tagged, expected):
    assert apply(take_first_names, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # the tagger's place is a broadcaster's name, whole or passed over
        (
            "Мустафа Джемилев ответил.\n\nГолос Америки: Спасибо за интервью!",
            [("Мустафа Джемилев", "PER"), ("Америки", "LOC")],
            [("Мустафа Джемилев", "PER"), ("Голос Америки", "ORG")],
        ),
        (
            "Об этом он рассказал Голосу Америки в среду.",
            [],
            [("Голосу Америки", "ORG")],
        ),
        # a body and its country stay apart, for `ner.qualified` to nest
        (
            "Правительство России не смогло найти кандидатуру.",
            [("России", "LOC")],
            [("России", "LOC")],
        ),
        (
            "В форуме участвовал депутат Мажилиса Парламента РК Никита Шаталов.",
            [("РК", "LOC"), ("Никита Шаталов", "PER")],
            [("РК", "LOC"), ("Никита Шаталов", "PER")],
        ),
        (
            "Медиафорум организовал директор Телерадиокомплекса Президента РК.",
            [("РК", "LOC")],
            [("РК", "LOC")],
        ),
        # a place alone, and a name the tagger found, stay as they are
        (
            "Он уехал в Северную Америку.",
            [("Северную Америку", "LOC")],
            [("Северную Америку", "LOC")],
        ),
        (
            "Интервью дали Русской службе «Голоса Америки».",
            [("Русской службе «Голоса Америки»", "ORG")],
            [("Русской службе «Голоса Америки»", "ORG")],
        ),
    ],
)
def test_tag_known_organisations(apply, text, tagged, expected):
    assert apply(tag_known_organisations, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a caption's two persons run together
        (
            "Джо Байден в окружении военнослужащих США Рафаэль Корреа Эдвард Сноуден",
            [("Джо Байден", "PER"), ("США", "LOC"), ("Рафаэль Корреа Эдвард Сноуден", "PER")],
            [
                ("Джо Байден", "PER"),
                ("США", "LOC"),
                ("Рафаэль Корреа", "PER"),
                ("Эдвард Сноуден", "PER"),
            ],
        ),
        # one person's long name: a second first name right after the first, an
        # indeclinable first name, three words
        (
            "Бежать пришлось президенту страны Абду Рабу Мансура Хади.",
            [("Абду Рабу Мансура Хади", "PER")],
            [("Абду Рабу Мансура Хади", "PER")],
        ),
        (
            "Об этом заявил Хосе Мануэль Баррозу.",
            [("Хосе Мануэль Баррозу", "PER")],
            [("Хосе Мануэль Баррозу", "PER")],
        ),
        (
            "Главную роль сыграла Сара Джессика Паркер.",
            [("Сара Джессика Паркер", "PER")],
            [("Сара Джессика Паркер", "PER")],
        ),
        (
            "Убит Джон Фицджеральд Кеннеди.",
            [("Джон Фицджеральд Кеннеди", "PER")],
            [("Джон Фицджеральд Кеннеди", "PER")],
        ),
        # a first name in a case the first one cannot share: a second person
        (
            "До этого трое сыновей Ингвара Кампрада Петер (Peter), Юнас и Маттиас ушли.",
            [("Ингвара Кампрада Петер", "PER")],
            [("Ингвара Кампрада", "PER"), ("Петер", "PER")],
        ),
        # first names that may share a case stay one person
        (
            "Вчера Анна Мария Петрова уехала.",
            [("Анна Мария Петрова", "PER")],
            [("Анна Мария Петрова", "PER")],
        ),
        # a surname the dictionary also reads as a first name's plural ("Керимов")
        (
            "47 летний Сулейман Абусаидович Керимов — российский предприниматель.",
            [("Сулейман Абусаидович Керимов", "PER")],
            [("Сулейман Абусаидович Керимов", "PER")],
        ),
        # a word after a first name, patronymic and surname: a second person
        (
            "Командующий войсками Нацгвардии РФ Сергей Анатольевич Лебедев Путин назначил его.",
            [("Сергей Анатольевич Лебедев Путин", "PER")],
            [("Сергей Анатольевич Лебедев", "PER"), ("Путин", "PER")],
        ),
        (
            "Правнук Николая Павловича Романова Дмитрий уехал.",
            [("Николая Павловича Романова Дмитрий", "PER")],
            [("Николая Павловича Романова", "PER"), ("Дмитрий", "PER")],
        ),
    ],
)
def test_split_run_together_persons(apply, text, tagged, expected):
    assert apply(split_run_together_persons, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a see's adjective and its bishop, run together
        (
            "В заседании приняли участие митрополит Средне- и Западноевропейский Симеон.",
            [("Западноевропейский Симеон", "LOC")],
            [("Западноевропейский", "LOC"), ("Симеон", "PER")],
        ),
        (
            "Это годовщина со дня рождения митрополита Ленинградского и Новгородского Никодима.",
            [("Новгородского Никодима", "LOC")],
            [("Новгородского", "LOC"), ("Никодима", "PER")],
        ),
        # a plural adjective agrees with a place, not with one person
        (
            "Лидеры собрались на саммите по развитию Западных Балкан в Лондоне.",
            [("Западных Балкан", "LOC")],
            [("Западных Балкан", "LOC")],
        ),
        # a saint names a square or a hospital
        (
            "Церемония канонизации прошла на площади Святого Петра в Ватикане.",
            [("Святого Петра", "LOC")],
            [("Святого Петра", "LOC")],
        ),
        # a kind noun before the name: a body named after a person
        (
            "Он умер в реанимации Института Склифосовского в Москве.",
            [("Института Склифосовского", "ORG")],
            [("Института Склифосовского", "ORG")],
        ),
        # a last word that is also a common word is no person's name alone
        (
            "Он живёт на Красной Горке под Москвой.",
            [("Красной Горке", "LOC")],
            [("Красной Горке", "LOC")],
        ),
        # a person of a territorial title's adjective and a name: a place and the person
        (
            "Письмо адресовано принцу-регенту Баварскому Луитпольду с просьбой.",
            [("Баварскому Луитпольду", "PER")],
            [("Баварскому", "LOC"), ("Луитпольду", "PER")],
        ),
        # a surname that is an adjective too stays the person's ("Луговой Андрей")
        (
            "В списке значится Луговой Андрей.",
            [("Луговой Андрей", "PER")],
            [("Луговой Андрей", "PER")],
        ),
    ],
)
def test_split_trailing_persons(apply, text, tagged, expected):
    assert apply(split_trailing_persons, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # two surnames of persons the document names in full, run together
        (
            "Тереза Мэй приняла Бориса Джонсона. В своем обращении к Мэй Джонсон "
            "предупредил, что Британия станет колонией.",
            [("Тереза Мэй", "PER"), ("Бориса Джонсона", "PER"), ("Мэй Джонсон", "PER")],
            [
                ("Тереза Мэй", "PER"),
                ("Бориса Джонсона", "PER"),
                ("Мэй", "PER"),
                ("Джонсон", "PER"),
            ],
        ),
        # two full names in a caption
        (
            "Эдвард Сноуден попросил убежища, его поддержал Эво Моралес.\n"
            "Эво Моралес Эдвард Сноуден\nПрезидент Боливии выступил.",
            [
                ("Эдвард Сноуден", "PER"),
                ("Эво Моралес", "PER"),
                ("Эво Моралес Эдвард Сноуден", "PER"),
            ],
            [
                ("Эдвард Сноуден", "PER"),
                ("Эво Моралес", "PER"),
                ("Эво Моралес", "PER"),
                ("Эдвард Сноуден", "PER"),
            ],
        ),
        # a surname and the first name of one person, as lists write it: one person
        (
            "Анна Иванова выступила. Слово взяла Иванова Анна, а затем Анна Петрова.",
            [("Анна Иванова", "PER"), ("Иванова Анна", "PER"), ("Анна Петрова", "PER")],
            [("Анна Иванова", "PER"), ("Иванова Анна", "PER"), ("Анна Петрова", "PER")],
        ),
        # a surname, then a first name and patronymic: one person
        (
            "Вера Тихонова и Татьяна Васильевна пришли. Подарок вручили Тихоновой Татьяне "
            "Васильевне.",
            [
                ("Вера Тихонова", "PER"),
                ("Татьяна Васильевна", "PER"),
                ("Тихоновой Татьяне Васильевне", "PER"),
            ],
            [
                ("Вера Тихонова", "PER"),
                ("Татьяна Васильевна", "PER"),
                ("Тихоновой Татьяне Васильевне", "PER"),
            ],
        ),
        # a first name and a surname of two different persons: one name all the same
        (
            "Барак Обама и Мишель Обама приехали, Мишель Барак встретил.",
            [("Барак Обама", "PER"), ("Мишель Обама", "PER"), ("Мишель Барак", "PER")],
            [("Барак Обама", "PER"), ("Мишель Обама", "PER"), ("Мишель Барак", "PER")],
        ),
        # a role and its actor
        (
            "Тони Сопрано Гандольфини вышел. Тони Сопрано и Джеймс Гандольфини спорили.",
            [
                ("Тони Сопрано Гандольфини", "PER"),
                ("Тони Сопрано", "PER"),
                ("Джеймс Гандольфини", "PER"),
            ],
            [
                ("Тони Сопрано", "PER"),
                ("Гандольфини", "PER"),
                ("Тони Сопрано", "PER"),
                ("Джеймс Гандольфини", "PER"),
            ],
        ),
        # the two parts named together elsewhere: one person
        (
            "Выступила Кэтрин Мэй Джонсон, её мать Анна Мэй и отец Борис Джонсон. "
            "Мэй Джонсон ответила.",
            [
                ("Кэтрин Мэй Джонсон", "PER"),
                ("Анна Мэй", "PER"),
                ("Борис Джонсон", "PER"),
                ("Мэй Джонсон", "PER"),
            ],
            [
                ("Кэтрин Мэй Джонсон", "PER"),
                ("Анна Мэй", "PER"),
                ("Борис Джонсон", "PER"),
                ("Мэй Джонсон", "PER"),
            ],
        ),
        # after a noun for a person: left whole
        (
            "Иржи Руснок и Владимир Шпидла спорили. После конфликта с премьером Шпидла "
            "Руснок ушёл.",
            [("Иржи Руснок", "PER"), ("Владимир Шпидла", "PER"), ("Шпидла Руснок", "PER")],
            [("Иржи Руснок", "PER"), ("Владимир Шпидла", "PER"), ("Шпидла Руснок", "PER")],
        ),
    ],
)
def test_split_named_apart(apply, text, tagged, expected):
    assert apply(split_named_apart, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # an infinitive or a preposition capitalised before a name, mid-sentence
        (
            "Указ: 1 Отрешить Соловьева Александра Васильевича от должности.",
            [("Отрешить Соловьева Александра Васильевича", "PER")],
            [("Соловьева Александра Васильевича", "PER")],
        ),
        (
            "Замены у немцев есть которые могут усилить игру Есть Марко Ройс есть Марио Гомес",
            [("Есть Марко Ройс", "PER"), ("Марио Гомес", "PER")],
            [("Марко Ройс", "PER"), ("Марио Гомес", "PER")],
        ),
        # a past verb may be a first name; a place and an organisation keep the word
        (
            "Пропал эритрейский бегун Робел Филипос.",
            [("Робел Филипос", "PER")],
            [("Робел Филипос", "PER")],
        ),
        (
            "Резиденция Чекерс, где Вместо Дэвиса назначен Рааб.",
            [("Вместо Дэвиса", "LOC")],
            [("Вместо Дэвиса", "LOC")],
        ),
        (
            "Партия За правое дело распущена.",
            [("За правое дело", "ORG")],
            [("За правое дело", "ORG")],
        ),
        # an adjective may be a surname ("Луговой Андрей")
        (
            "В списке значится Луговой Андрей.",
            [("Луговой Андрей", "PER")],
            [("Луговой Андрей", "PER")],
        ),
        # a place of a preposition and the surname of a person named in full is that person
        (
            "В отставку подал Дэвид Дэвис. В резиденции Чекерс, где Вместо Дэвиса назначен Рааб.",
            [("Дэвид Дэвис", "PER"), ("Чекерс", "LOC"), ("Вместо Дэвиса", "LOC"), ("Рааб", "PER")],
            [("Дэвид Дэвис", "PER"), ("Чекерс", "LOC"), ("Дэвиса", "PER"), ("Рааб", "PER")],
        ),
        # and stays a place where no one of that surname is named in full
        (
            "В резиденции Чекерс, где Вместо Дэвиса назначен Рааб.",
            [("Чекерс", "LOC"), ("Вместо Дэвиса", "LOC"), ("Рааб", "PER")],
            [("Чекерс", "LOC"), ("Вместо Дэвиса", "LOC"), ("Рааб", "PER")],
        ),
    ],
)
def test_drop_leading_verbs(apply, text, tagged, expected):
    assert apply(drop_leading_verbs, text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "doubted", "others", "expected"),
    [
        # a doubted person of one word goes
        ("Маракана, Копакабана, Барра и Деодоро.", "Барра", [], []),
        # unless the text names it in full, or something is named after it
        (
            "Выступила Анна Попова. Потом Попова ушла.",
            "Попова",
            ["Анна Попова"],
            ["Анна Попова", "Попова"],
        ),
        (
            "Никлас Лидстрём ушёл. Известны качества Лидстрема.",
            "Лидстрема",
            ["Никлас Лидстрём"],
            ["Никлас Лидстрём", "Лидстрема"],
        ),
        ("Студент РГУ им Косыгина признал вину.", "Косыгина", [], ["Косыгина"]),
        ("Студент РГУ им. Косыгина признал вину.", "Косыгина", [], ["Косыгина"]),
        ("Театр имени Вахтангова открылся.", "Вахтангова", [], ["Вахтангова"]),
        # or gives it a person's role: a post before it, over its complement's names
        ("Вчера министр Лавров прилетел в Анкару.", "Лавров", [], ["Лавров"]),
        ("Глава МИД России Лавров прилетел в Анкару.", "Лавров", [], ["Лавров"]),
        ("Об этом сообщила певица Глюкоза.", "Глюкоза", [], ["Глюкоза"]),
        ("Выбирали так, что Премьер-министр Берлускони не спит.", "Берлускони", [], ["Берлускони"]),
        # or a verb of saying beside it
        ("«Мы готовы», — заявил Шойгу.", "Шойгу", [], ["Шойгу"]),
        ("Позже Шойгу сказал, что всё готово.", "Шойгу", [], ["Шойгу"]),
        # not a lifeless noun before it, nor a noun for many, nor a verb of another kind
        ("Вакцина КовиВак центра Чумакова прошла испытания.", "Чумакова", [], []),
        ("Препарат Хлорохин одобрили в марте.", "Хлорохин", [], []),
        ("Он почётный доктор зальцбургского Моцартеума.", "Моцартеума", [], []),
        ("Врачи назначали пациентам Хлорохин.", "Хлорохин", [], []),
        ("Позже Хлорохин показал слабый эффект.", "Хлорохин", [], []),
    ],
)
def test_drop_doubted_persons(resources, make_span, text, doubted, others, expected):
    found = marked_person_repaired(
        resources, make_span, drop_doubted_persons, text, doubted, others, doubted=True
    )
    assert found == expected


def marked_person_repaired(resources, make_span, repair, text, word, others, **marks):
    """The persons left by `repair` of the `others` and of the `word`'s last occurrence
    ("Попова" after "Анна Попова"), that one marked by the tagger (`doubted`, `wavering`)."""
    spans = [make_span(text, phrase, "PER") for phrase in others]
    spans.append(replace(make_span(text, word, "PER", text.rindex(word)), **marks))
    analysis = analyse(text, resources.morph)
    repaired = repair_spans(analysis, spans, resources.morph, resources.gazetteer, (repair,))
    return [text[s.start : s.end] for s in repaired]


@pytest.mark.parametrize(
    ("text", "wavering", "others", "expected"),
    [
        # a wavering person of one word that nothing but the model speaks for goes
        ("Изъяты пистолеты марки Беретта, одна винтовка и патроны.", "Беретта", [], []),
        ("По информации же Роскомсвободы, налоговики стали лидерами.", "Роскомсвободы", [], []),
        ("Гонка завершится у Дувра в Великобритании.", "Дувра", [], []),
        # the dictionary knows a name in it, or a word for someone
        ("Стихотворение посвящено сестре ван Маарсен, Кристиане.", "Кристиане", [], ["Кристиане"]),
        ("Он путешественник, известный как Доктор.", "Доктор", [], ["Доктор"]),
        # a hyphenated word of names the dictionary does not hold
        ("Награду вручили Азии-Биби.", "Азии-Биби", [], ["Азии-Биби"]),
        # the text names it in full
        (
            "Выступила Анна Попова. Потом Попова ушла.",
            "Попова",
            ["Анна Попова"],
            ["Анна Попова", "Попова"],
        ),
        # a person is listed beside it, a verb follows it, a post stands before it
        (
            "У него трое детей: Наталья, Бьянка и другие.",
            "Бьянка",
            ["Наталья"],
            ["Наталья", "Бьянка"],
        ),
        ("Позже Краник выиграл турнир.", "Краник", [], ["Краник"]),
        ("Вчера министр Лавров прилетел в Анкару.", "Лавров", [], ["Лавров"]),
    ],
)
def test_drop_wavering_persons(resources, make_span, text, wavering, others, expected):
    found = marked_person_repaired(
        resources, make_span, drop_wavering_persons, text, wavering, others, wavering=True
    )
    assert found == expected


def test_drop_wavering_persons_leaves_doubted(resources, make_span):
    # a doubted person is `drop_doubted_persons`' to judge, by its own guards
    text = "Маракана, Копакабана, Барра и Деодоро."
    found = marked_person_repaired(
        resources, make_span, drop_wavering_persons, text, "Барра", [], doubted=True, wavering=True
    )
    assert found == ["Барра"]
