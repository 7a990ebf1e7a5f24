"""A country's, region's or city's adjective as the workplace of a state's post: a `LOC_ADJ`
mention the link's organisation points at, in the place's entity."""

import pytest

from pipeline import extract
from pipeline.tables import to_frames


def workplaces(doc):
    """(title as written, org as written, org's type) of each titled link."""
    m = doc.mentions
    return [
        (m[o.title].text, *((None, None) if o.org is None else (m[o.org].text, m[o.org].type)))
        for o in doc.occupations
        if o.title is not None
    ]


def place_adjectives(doc):
    """(text, normal, entity's canonical, entity's type) of each LOC_ADJ mention."""
    return [
        (m.text, m.normal, doc.entities[m.entity].canonical, doc.entities[m.entity].type)
        for m in doc.mentions
        if m.type == "LOC_ADJ"
    ]


@pytest.mark.parametrize(
    ("text", "title", "adjective", "normal", "country"),
    [
        # the adjective begins the title's phrase, in the nominative
        (
            "Британский премьер Борис Джонсон заявил об этом.",
            "премьер",
            "Британский",
            "Британский",
            "Великобритания",
        ),
        (
            "Американские власти потребовали выдать его США, но российский президент Владимир"
            " Путин в этом отказал.",
            "президент",
            "российский",
            "российский",
            "Россия",
        ),
        # genitive, instrumental: the normal form is the nominative of the post's gender
        (
            "Фестиваль был учреждён по инициативе французского министра по делам образования"
            " и искусства Жана Зея.",
            "министра по делам образования и искусства",
            "французского",
            "французский",
            "Франция",
        ),
        (
            "Флинн сидел за одним столом с российским президентом Владимиром Путиным.",
            "президентом",
            "российским",
            "российский",
            "Россия",
        ),
        (
            "Португальский президент Марселу Ребелу де Соза посетил Лиссабон.",
            "президент",
            "Португальский",
            "Португальский",
            "Португалия",
        ),
        # a country's leader and spy serve it too
        (
            "Палестинский лидер Махмуд Аббас объявил о трёхдневном трауре.",
            "лидер",
            "Палестинский",
            "Палестинский",
            "Палестина",
        ),
        (
            "В Солсбери был отравлен бывший российский шпион Сергей Скрипаль.",
            "шпион",
            "российский",
            "российский",
            "Россия",
        ),
        # "визит британского министра в Россию": the minister is Britain's, not Russia's
        (
            "Визит британского министра Доминика Рааба в Россию отложен.",
            "министра",
            "британского",
            "британский",
            "Великобритания",
        ),
        # a region's or city's adjective before a state's post, as a country's
        (
            "Коммунисты говорят о возможной отставке владимирского главы Николая Виноградова.",
            "главы",
            "владимирского",
            "владимирский",
            "Владимир",
        ),
        (
            "Покушение на харьковского градоначальника Геннадия Кернеса произошло утром.",
            "градоначальника",
            "харьковского",
            "харьковский",
            "Харьков",
        ),
        # a region's adjective from its noun in "-ье" (Подмосковье)
        (
            "Участники акции требовали отставки подмосковного губернатора Бориса Громова.",
            "губернатора",
            "подмосковного",
            "подмосковный",
            "Московская область",
        ),
        (
            "Петербургский губернатор Александр Беглов посетил завод.",
            "губернатор",
            "Петербургский",
            "Петербургский",
            "Санкт-Петербург",
        ),
        # or capitalised, ending the title: NEREL's "Папа Римский" holds Римский, a CITY
        (
            "Папа Римский Франциск в Рождество призвал быть милосерднее к мигрантам.",
            "Папа Римский",
            "Римский",
            "Римский",
            "Рим",
        ),
    ],
)
def test_adjective_is_the_workplace(resources, text, title, adjective, normal, country):
    doc = extract(text, resources=resources)
    assert (title, adjective, "LOC_ADJ") in workplaces(doc)
    assert place_adjectives(doc) == [(adjective, normal, country, "LOC")]


UNPLACED = (
    # no state's post: a journalist works for no country his adjective names
    "Российские журналисты Иван Петров и Олег Сидоров приехали в Лондон.",
    # an adjective before no title is no mention
    "Немецкое посольство в Багдаде советовало немцам покинуть Ирак.",
    "Так, уже 25 сентября пройдет российская премьера музыкального спектакля.",
)


@pytest.mark.parametrize("text", UNPLACED)
def test_no_adjective_mention(resources, text):
    doc = extract(text, resources=resources)
    assert place_adjectives(doc) == []
    assert all(org is None for _, org, _ in workplaces(doc))


def test_one_entity_with_the_country(resources):
    """The adjective and the country's name are one entity, the fact's organisation."""
    doc = extract(
        "Британский премьер Борис Джонсон вернулся в Великобританию.", resources=resources
    )
    adjective, country = (m for m in doc.mentions if m.type in ("LOC_ADJ", "LOC"))
    assert (adjective.text, country.text) == ("Британский", "Великобританию")
    assert adjective.entity == country.entity
    entity = doc.entities[adjective.entity]
    assert (entity.type, entity.canonical, entity.kb_id) == ("LOC", "Великобритания", "GB")
    assert [(f.org, f.org_canonical) for f in doc.facts] == [(entity.id, "Великобритания")]


def test_fact_with_no_other_mention(resources):
    """With no other mention of the country, the fact's organisation is the adjective's
    entity (it was the country's name alone before)."""
    doc = extract("Британский премьер Борис Джонсон заявил об этом.", resources=resources)
    (fact,) = doc.facts
    assert fact.org is not None
    assert doc.entities[fact.org].mentions == (0,)
    assert (fact.title, fact.org_canonical, fact.org_kb_id) == ("премьер", "Великобритания", "GB")


def test_tables_and_view(resources):
    """The tables give the adjective its type and its entity's name; the view marks it."""
    text = "Флинн сидел за одним столом с российским президентом Владимиром Путиным."
    doc = extract(text, resources=resources)
    frames = to_frames([doc])
    mentions = frames["mentions"]
    row = mentions[mentions["type"] == "LOC_ADJ"].iloc[0]
    assert (row["text"], row["normal"], row["canonical"], row["kb_id"]) == (
        "российским",
        "российский",
        "Россия",
        "RU",
    )
    occupations = frames["occupations"]
    assert occupations[["person", "title", "org"]].values.tolist() == [
        ["Владимир Путин", "президент", "Россия"]
    ]
    assert '<mark class="LOC_ADJ" title="российский">российским</mark>' in doc._repr_html_()


@pytest.mark.parametrize(
    "text",
    [
        # the region is named: the post is the named region's (FactRuEval's organisation)
        "Ельцин много сделал для Свердловской области. По словам свердловского губернатора"
        " Александра Мишарина, он жил другими категориями.",
        # a capitalised adjective ending no title of more words
        "Братский народ поддержал президента Путина.",
        # a place's adjective before no state's post
        "Московские журналисты Иван Петров и Олег Сидоров приехали в Лондон.",
    ],
)
def test_no_place_adjective(resources, text):
    doc = extract(text, resources=resources)
    assert place_adjectives(doc) == []
