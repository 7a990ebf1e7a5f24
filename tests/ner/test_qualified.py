"""An organisation named with its place ("МИД России") is one organisation, the body and
the country nested in it, as NEREL, BSNLP and SlavicNER mark it."""

import pytest

from pipeline import extract


def names(document, kind):
    return [m.text for m in document.mentions if m.type == kind]


@pytest.mark.parametrize(
    ("text", "organisations", "places"),
    [
        ("МИД России опубликовал комментарий.", ["МИД России", "МИД"], ["России"]),
        ("В МВД Украины подтвердили эту информацию.", ["МВД Украины", "МВД"], ["Украины"]),
        (
            "Минздрав РФ одобрил вакцину.",
            ["Минздрав РФ", "Минздрав"],
            ["РФ"],
        ),
        # a country in the nominative is no part of the name
        ("Представитель ФСЭГ Россия Иван Петров выступил.", ["ФСЭГ"], ["Россия"]),
        # the ministry of each country of a list: no one name holds the first alone
        (
            "Главы МИД России, Казахстана и Белоруссии встретились в Минске.",
            ["МИД"],
            ["России", "Казахстана", "Белоруссии", "Минске"],
        ),
        # a city's or a region's body as well
        (
            "Департамент здравоохранения Москвы сообщил об этом.",
            ["Департамент здравоохранения Москвы", "Департамент здравоохранения"],
            ["Москвы"],
        ),
        # a place in another case is not the organisation's: the treaty is with it
        ("Соглашение ЕС Ирландской Республикой подписано.", ["ЕС"], ["Ирландской Республикой"]),
    ],
)
def test_an_organisation_named_with_its_country(text, organisations, places):
    document = extract(text)
    assert names(document, "ORG") == organisations
    assert names(document, "LOC") == places


def test_the_body_and_its_country_are_one_entity_and_two_countries_two():
    document = extract(
        "МИД Великобритании заявил протест. МИД Британии вызвал посла. "
        "МИД Ирана ответил на следующий день."
    )
    entity = {m.text: m.entity for m in document.mentions if m.type == "ORG"}
    assert entity["МИД Великобритании"] == entity["МИД Британии"]
    assert entity["МИД Ирана"] != entity["МИД Великобритании"]
    nested = [m.entity for m in document.mentions if m.text == "МИД"]
    assert nested == [entity["МИД Великобритании"]] * 2 + [entity["МИД Ирана"]]


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        (
            "Вопрос о санкциях обсудит Совет Безопасности ООН.",
            ["Совет Безопасности ООН", "Совет Безопасности", "ООН"],
        ),
        (
            "Доклад поддержал докладчик Парламентской ассамблеи Совета Европы.",
            ["Парламентской ассамблеи Совета Европы", "Парламентской ассамблеи", "Совета Европы"],
        ),
        # two organisations side by side that no name of the gazetteer joins
        ("Заявление подписали МИД и ООН.", ["МИД", "ООН"]),
        ("Доклад ВОЗ ООН опубликован.", ["ВОЗ", "ООН"]),
    ],
)
def test_a_known_organisation_cut_into_names_is_given_whole(text, organisations):
    assert names(extract(text), "ORG") == organisations


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        (
            "В пресс-службе ГУ МВД России по Москве уточнили подробности.",
            ["ГУ МВД России по Москве", "ГУ МВД России", "МВД России", "МВД"],
        ),
        ("Об этом сообщили в ГУ МВД по городу Москве.", ["ГУ МВД по городу Москве", "МВД"]),
        (
            "Начальник ГУ МВД Петербурга ушёл в отставку.",
            ["ГУ МВД Петербурга", "МВД Петербурга", "МВД"],
        ),
        (
            "Рабочая группа, включающая ГУ МЧС России по Санкт-Петербургу, была создана.",
            ["ГУ МЧС России по Санкт-Петербургу", "ГУ МЧС России", "МЧС России", "МЧС"],
        ),
        # the unit alone says no unit in particular: its body only, and no "ГУ"
        ("По версии ГУ МВД, водитель автобуса пытался уйти.", ["МВД"]),
        # a body by the region it serves, with no unit before it, stays as the tagger says
        ("В МВД по Москве подтвердили задержание.", ["МВД"]),
    ],
)
def test_a_unit_of_a_body_is_named_whole_with_its_place(text, organisations):
    assert names(extract(text), "ORG") == organisations


def test_the_moscow_unit_is_known_in_each_spelling():
    document = extract("В ГУ МВД России по Москве сообщили, что ГУ МВД по г. Москве проверит это.")
    found = {m.text: m.wikidata for m in document.mentions if m.text.startswith("ГУ МВД")}
    assert found == {
        "ГУ МВД России по Москве": "Q2895468",
        "ГУ МВД России": "Q2895468",
        "ГУ МВД по г. Москве": "Q2895468",
    }


@pytest.mark.parametrize(
    ("text", "organisations", "entities"),
    [
        (
            "Младича судил Международный трибунал ООН.",
            ["Международный трибунал ООН", "Международный трибунал", "ООН"],
            2,
        ),
        (
            "Жалобу рассмотрит Большая палата ЕСПЧ.",
            ["Большая палата ЕСПЧ", "Большая палата", "ЕСПЧ"],
            2,
        ),
        (
            "Решение принял Совет глав государств ОДКБ.",
            ["Совет глав государств ОДКБ", "Совет глав государств", "ОДКБ"],
            2,
        ),
        # an organisation, not an organ, of the international one, and a name beside its
        # abbreviation: two names, as FactRuEval marks them
        (
            "Представитель Всемирной продовольственной и сельскохозяйственной организации ООН "
            "выступил.",
            ["Всемирной продовольственной и сельскохозяйственной организации", "ООН"],
            2,
        ),
        (
            "Международная федерация футбола ФИФА выделила грант.",
            ["Международная федерация футбола", "ФИФА"],
            1,
        ),
        # an organ of a country's body: the owner has a country, and is no international one
        ("Законопроект рассмотрит Комитет Госдумы.", ["Комитет", "Госдумы"], 2),
    ],
)
def test_an_organ_of_an_international_organisation_is_named_whole(text, organisations, entities):
    document = extract(text)
    assert names(document, "ORG") == organisations
    # the organ is not the organisation it belongs to; a name and its abbreviation are one
    assert len({m.entity for m in document.mentions if m.type == "ORG"}) == entities


@pytest.mark.parametrize(
    ("text", "organisations", "persons"),
    [
        # "им" without its period; the person it is named after stays, nested
        (
            "Студент РГУ им Косыгина признал, что кинул две пустые бутылки.",
            ["РГУ им Косыгина"],
            ["Косыгина"],
        ),
        # the tagger took "им" into the organisation and left the person out
        (
            "Он работал в Театре им. Йозефа Бойса (Германия).",
            ["Театре им. Йозефа Бойса"],
            ["Йозефа Бойса"],
        ),
        # no organisation before "имени": a person's name, a deed on someone's behalf
        ("Она вышла замуж за человека по имени Джон Табмен.", [], ["Джон Табмен"]),
        ("Он готовил теракты в Соединенных Штатах от имени ИГИЛ.", ["ИГИЛ"], []),
    ],
)
def test_an_organisation_named_after_a_person_is_named_whole(text, organisations, persons):
    document = extract(text)
    assert names(document, "ORG") == organisations
    assert names(document, "PER") == persons
