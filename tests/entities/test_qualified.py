"""An organisation named with its country is one identity whatever the words: in a
document ("британский МИД", "МИД Великобритании"), across the run (corpus_ids), and never
the Wikidata item of a name that holds no country."""

import pytest

from pipeline import extract
from pipeline.entities.corpus import Key, corpus_ids
from pipeline.entities.qualified import Qualified, abbreviations


def entity_of(document, text):
    return next(m.entity for m in document.mentions if m.text == text)


@pytest.mark.parametrize(
    ("text", "first", "second", "one"),
    [
        # a country adjective before the body, the country after it
        (
            "Британский МИД вызвал посла. МИД Великобритании заявил протест.",
            "Британский МИД",
            "МИД Великобритании",
            True,
        ),
        (
            "Об этом сообщили в британском МИДе. МИД Британии вызвал посла.",
            "британском МИДе",
            "МИД Британии",
            True,
        ),
        # an abbreviation and its full form, of one country
        (
            "Министерство иностранных дел Великобритании сообщило о высылке. "
            "МИД Великобритании заявил протест.",
            "Министерство иностранных дел Великобритании",
            "МИД Великобритании",
            True,
        ),
        # the body alone joins the one country's it is in the document
        (
            "МИД Пакистана выступил с заявлением. В МИД заявили, что это не так.",
            "МИД Пакистана",
            "МИД",
            True,
        ),
        # two countries, two ministries
        ("МИД Ирана ответил. Британский МИД вызвал посла.", "МИД Ирана", "Британский МИД", False),
        (
            "Министерство иностранных дел Ирана ответило. МИД Великобритании заявил протест.",
            "Министерство иностранных дел Ирана",
            "МИД Великобритании",
            False,
        ),
    ],
)
def test_one_body_of_one_country_is_one_entity(text, first, second, one):
    document = extract(text)
    assert (entity_of(document, first) == entity_of(document, second)) == one


def test_the_body_alone_beside_two_countries_is_neither():
    document = extract("МИД Ирана ответил. Британский МИД вызвал посла. В МИД промолчали.")
    bare = [m.entity for m in document.mentions if m.text == "МИД"][-1]
    assert bare not in {entity_of(document, "МИД Ирана"), entity_of(document, "Британский МИД")}


@pytest.mark.parametrize(
    ("text", "name", "identity"),
    [
        ("Британский МИД вызвал посла.", "Британский МИД", "GB:мид"),
        ("МИД Великобритании заявил протест.", "МИД Великобритании", "GB:мид"),
        ("Минздрав Украины одобрил вакцину.", "Минздрав Украины", "UA:минздрав"),
        # a region is no country: the name is its own key
        ("Минздрав Карелии сообщил о вакцинации.", "Минздрав Карелии", None),
    ],
)
def test_an_entity_keeps_the_body_and_country_it_names(text, name, identity):
    document = extract(text)
    assert document.entities[entity_of(document, name)].identity == identity


@pytest.mark.parametrize(
    "text",
    [
        "Министерство иностранных дел Пакистана выступило с заявлением.",
        "МИД Великобритании заявил протест.",
        "Британский МИД вызвал посла, сообщили в МИД.",
    ],
)
def test_a_known_name_with_no_country_links_no_ministry_of_a_country(text):
    """nerel_entities.tsv's "Министерство иностранных дел" (Q20901295) names no country:
    it is no country's ministry."""
    assert all(e.wikidata != "Q20901295" for e in extract(text).entities)


def test_the_known_name_with_no_country_still_links_where_no_country_is_named():
    """NEREL links the ministry no country qualifies to its generic item."""
    document = extract("Министерство иностранных дел заявило протест.")
    assert [e.wikidata for e in document.entities] == ["Q20901295"]


def test_a_body_of_a_region_is_not_the_gazetteers_ministry_of_the_country():
    document = extract("Минздрав Карелии сообщил о вакцинации.")
    entity = document.entities[entity_of(document, "Минздрав")]
    assert entity.gazetteer_id is None and entity.canonical == "Минздрав Карелии"


def test_an_abbreviated_body_stands_for_its_full_form_of_the_same_country():
    names = [
        Qualified.of("МИД", "GB"),
        Qualified.of("министерство иностранных дел", "GB"),
        Qualified.of("министерство иностранных дел", "IR"),
        Qualified.of("Верховный суд", "PK"),
    ]
    assert abbreviations(names) == {names[1]: names[0]}


def qualified(canonical, identity, wikidata=""):
    return Key("ORG", canonical, wikidata, identity)


@pytest.mark.parametrize(
    ("counts", "first", "second", "one"),
    [
        # one body and country, whatever the words
        (
            {
                qualified("МИД Великобритании", "GB:мид"): 3,
                qualified("британский МИД", "GB:мид"): 2,
            },
            qualified("МИД Великобритании", "GB:мид"),
            qualified("британский МИД", "GB:мид"),
            True,
        ),
        (
            {
                qualified("МИД Великобритании", "GB:мид"): 3,
                qualified(
                    "Министерство иностранных дел Великобритании",
                    "GB:министерство иностранных дел",
                ): 1,
            },
            qualified("МИД Великобритании", "GB:мид"),
            qualified(
                "Министерство иностранных дел Великобритании", "GB:министерство иностранных дел"
            ),
            True,
        ),
        (
            {qualified("МИД Великобритании", "GB:мид"): 3, qualified("МИД Ирана", "IR:мид"): 3},
            qualified("МИД Великобритании", "GB:мид"),
            qualified("МИД Ирана", "IR:мид"),
            False,
        ),
        # the body alone: the one country's the run names it of
        (
            {
                qualified("Верховный суд Пакистана", "PK:верховный суд"): 5,
                Key("ORG", "Верховный суд"): 2,
            },
            qualified("Верховный суд Пакистана", "PK:верховный суд"),
            Key("ORG", "Верховный суд"),
            True,
        ),
        (
            {
                qualified("Верховный суд Пакистана", "PK:верховный суд"): 5,
                qualified("Верховный суд Индии", "IN:верховный суд"): 1,
                Key("ORG", "Верховный суд"): 2,
            },
            qualified("Верховный суд Пакистана", "PK:верховный суд"),
            Key("ORG", "Верховный суд"),
            False,
        ),
    ],
)
def test_corpus_ids_of_one_body_of_one_country(counts, first, second, one):
    ids = corpus_ids(counts)
    assert (ids[first] == ids[second]) == one


def test_a_body_of_a_country_named_by_its_full_form_takes_no_qid_of_the_generic_body():
    """Another document links "министерство иностранных дел" alone to Q20901295; the one of
    Britain's that is named so is not that item, nor is "МИД Великобритании"."""
    generic = Key("ORG", "министерство иностранных дел", "Q20901295")
    british = qualified("министерство иностранных дел", "GB:мид")
    ids = corpus_ids({generic: 3, british: 2, qualified("МИД Великобритании", "GB:мид"): 4})
    assert ids[british] == ids[qualified("МИД Великобритании", "GB:мид")] != "Q20901295"


def test_an_unlinked_body_of_a_country_takes_the_qid_its_fellows_have():
    linked = qualified("Министерство иностранных дел России", "RU:мид", "Q789889")
    unlinked = qualified(
        "российское министерство иностранных дел", "RU:министерство иностранных дел"
    )
    other = qualified("МИД Пакистана", "PK:мид")
    ids = corpus_ids({linked: 4, unlinked: 1, other: 1})
    assert ids[unlinked] == "Q789889" and ids[other] == "ORG:мид пакистана"


@pytest.mark.parametrize(
    ("text", "whole", "body", "one"),
    [
        # a body each country has (NEREL: the generic ministry) is not the container
        ("Задержанного передали в МВД России, сообщает агентство.", "МВД России", "МВД", False),
        ("Заявление опубликовал МИД России на своём сайте.", "МИД России", "МИД", False),
        # a body that names one organisation alone is it
        ("Дело расследует ФСБ России, сообщили источники.", "ФСБ России", "ФСБ", True),
        (
            "Об этом заявили в Верховной Раде Украины.",
            "Верховной Раде Украины",
            "Верховной Раде",
            True,
        ),
    ],
)
def test_a_nested_body_is_its_container_only_when_no_other_country_has_it(text, whole, body, one):
    document = extract(text)
    assert (entity_of(document, whole) == entity_of(document, body)) == one
