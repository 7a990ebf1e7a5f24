"""Resolving mentions to gazetteer entries: cases, aliases shared between countries,
the country around a name."""

import pytest

from pipeline import extract
from pipeline.entities.resolve import Name, resolve
from pipeline.lexicons.gazetteer_files import read_entries

from ..conftest import HEADER


def resolved_ids(gazetteer, mentions):
    return [e.id if e else None for e in resolve(gazetteer, [Name(*m) for m in mentions])]


def test_inflected_names_and_abbreviations_resolve(small):
    mentions = [("LOC", "Казахстане", "Казахстан"), ("LOC", "РК", "РК"), ("LOC", "РФ", "РФ")]
    assert resolved_ids(small, mentions) == ["country-kz", "country-kz", "country-ru"]


def test_a_shared_alias_is_settled_by_the_country_in_the_name(small):
    mentions = [("ORG", "МИД РК", "МИД РК"), ("ORG", "МИДа России", "МИД России")]
    assert resolved_ids(small, mentions) == ["org-kz-mid", "org-ru-mid"]


def test_a_shared_alias_is_settled_by_the_country_the_document_names_most(small):
    mentions = [
        ("LOC", "Казахстане", "Казахстан"),
        ("LOC", "РК", "РК"),
        ("LOC", "России", "Россия"),
        ("ORG", "МИД", "МИД"),
    ]
    assert resolved_ids(small, mentions)[-1] == "org-kz-mid"


def test_a_shared_alias_without_context_stays_unresolved(small):
    assert resolved_ids(small, [("ORG", "МИД", "МИД")]) == [None]
    # a document mostly about another country says nothing of which МИД
    mentions = [
        ("LOC", "Британии", "Британия"),
        ("LOC", "Британии", "Британия"),
        ("LOC", "России", "Россия"),
        ("ORG", "МИД", "МИД"),
    ]
    assert resolved_ids(small, mentions)[-1] is None


def test_a_body_of_a_country_the_gazetteer_lacks_is_not_another_countrys(small):
    mentions = [("LOC", "Казахстане", "Казахстан"), ("ORG", "МИД Франции", "МИД Франции")]
    assert resolved_ids(small, mentions) == ["country-kz", None]


def test_an_entry_of_the_other_type_only_when_none_of_its_own(small):
    assert resolved_ids(small, [("LOC", "Евросоюза", "Евросоюз")]) == ["org-eu"]
    assert resolved_ids(small, [("PER", "Казахстан", "Казахстан")]) == [None]


def test_shipped_gazetteers_resolve_a_sentence(resources):
    doc = extract(
        "Министр иностранных дел РК прибыл в Москву. В Казахстане и в Российской "
        "Федерации выборы. Евросоюз ответил.",
        resources=resources,
    )
    entities = {e.canonical: e for e in doc.entities}
    kazakhstan = entities["Казахстан"]
    assert (kazakhstan.kb_id, kazakhstan.gazetteer_id) == ("KZ", "country-kz")
    assert entities["Россия"].kb_id == "RU"
    assert entities["Москва"].gazetteer_id is not None
    union = next(m for m in doc.mentions if m.text == "Евросоюз")
    assert union.type == "ORG"


def test_a_resolved_mention_takes_the_gazetteer_name_as_its_normal(tmp_path):
    from pipeline.resources import load_resources

    user = tmp_path / "mine.tsv"
    user.write_text(HEADER + "org-bolshoi\tORG\tБольшой театр\tГАБТ\t\tRU\n", "utf-8")
    mine = load_resources(read_entries([user]))
    doc = extract("Концерт перед Большим театром. Перед Большим театром ждали.", resources=mine)
    theatre = [m for m in doc.mentions if m.text == "Большим театром"]
    assert theatre and all(m.normal == "Большой театр" for m in theatre)


def test_a_qualifying_neighbour_names_the_country(small):
    from pipeline.entities.countries import CountryEvidence

    mentions = [("LOC", "России", "Россия"), ("ORG", "МИДа", "МИД"), ("ORG", "МИД", "МИД")]
    contexts = [CountryEvidence(), CountryEvidence(qualifier="JP"), CountryEvidence(qualifier="KZ")]
    assert resolved_ids_in(small, mentions, contexts) == ["country-ru", None, "org-kz-mid"]


def test_the_sentence_settles_a_shared_alias_before_the_document(small):
    from pipeline.entities.countries import CountryEvidence

    mentions = [("LOC", "Казахстане", "Казахстан"), ("ORG", "МИД", "МИД")]
    contexts = [CountryEvidence(), CountryEvidence(nearby=("FR", "RU", "KZ"))]
    assert resolved_ids_in(small, mentions, contexts)[-1] == "org-ru-mid"
    # in news about Britain, Britain's МИД, which the gazetteer lacks, whatever else is near
    britain = [("LOC", "Британии", "Британия"), ("ORG", "МИД", "МИД")]
    assert resolved_ids_in(small, britain, contexts)[-1] is None


def resolved_ids_in(gazetteer, mentions, contexts):
    found = resolve(gazetteer, [Name(*m) for m in mentions], contexts)
    return [e.id if e else None for e in found]


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        # the country of a shared alias is in its sentence, not in the document's counts
        (
            "Казахстанскую делегацию возглавил Ерлан Карин. В Казахстане прошёл форум. "
            "Российскую – заместитель руководителя Администрации Президента – пресс-секретарь "
            "Президента РФ Дмитрий Песков.",
            "Администрации Президента",
            "Администрация Президента России",
        ),
        (
            "В Казахстане прошли выборы. Об этом сообщили в российском МИДе.",
            "российском МИДе",
            "Министерство иностранных дел России",
        ),
        (
            "В Казахстане и в России прошли выборы. Это заявили в МИД России.",
            "МИД России",
            "Министерство иностранных дел России",
        ),
        # Japan's ministry is not Russia's, however often the article names Russia
        (
            "Россия и Япония спорят о Курилах. Глава японского МИДа прилетит в Москву.",
            "японского МИДа",
            "японский МИД",
        ),
        (
            "В Казахстане сообщили, что российское МВД готово.",
            "российское МВД",
            "Министерство внутренних дел России",
        ),
        # Armenia's committee is not Russia's entry: named with its country, unresolved
        (
            "Об этом сообщили в Следственном комитете Армении.",
            "Следственном комитете",
            "Следственный комитет Армении",
        ),
    ],
)
def test_shipped_gazetteers_read_the_country_around_a_name(resources, text, name, canonical):
    doc = extract(text, resources=resources)
    (mention,) = [m for m in doc.mentions if m.text == name]
    assert doc.entities[mention.entity].canonical == canonical
