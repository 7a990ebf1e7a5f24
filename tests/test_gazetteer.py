"""Gazetteers: reading and checking files, names in every case, resolving mentions."""

import pickle
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.data import gazetteer_files
from pipeline.entities.resolve import Name, resolve
from pipeline.lexicons.gazetteer import load_gazetteer, name_forms
from pipeline.lexicons.gazetteer_files import check_files, read_entries

HEADER = "id\ttype\tcanonical\taliases\tkb_id\tcountry\n"
ENTRIES = (
    HEADER
    + "country-kz\tLOC\tКазахстан\tРК|Республика Казахстан\tKZ\tKZ\n"
    + "country-ru\tLOC\tРоссия\tРФ|Российская Федерация\tRU\tRU\n"
    + "country-fr\tLOC\tФранция\tФранцузская Республика\tFR\tFR\n"
    + "country-gb\tLOC\tВеликобритания\tБритания\tGB\tGB\n"
    + "org-kz-mid\tORG\tМИД Казахстана\tМИД|Министерство иностранных дел Казахстана\t\tKZ\n"
    + "org-ru-mid\tORG\tМИД России\tМИД|Министерство иностранных дел России\t\tRU\n"
    + "org-eu\tORG\tЕвропейский союз\tЕС|Евросоюз\tQ458\t\n"
)


@pytest.fixture(scope="module")
def small(tmp_path_factory, resources):
    path = tmp_path_factory.mktemp("gaz") / "small.tsv"
    path.write_text("# a test gazetteer\n" + ENTRIES, encoding="utf-8")
    return load_gazetteer([path], resources.morph)


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Казахстан", {"казахстане", "казахстана", "казахстаном"}),
        ("Соединённые Штаты", {"соединенных штатов", "соединенным штатам"}),
        ("Российская Федерация", {"российскую федерацию", "российской федерации"}),
        ("Большой театр", {"большого театра", "большом театре"}),
        ("Министерство иностранных дел", {"министерством иностранных дел"}),
        ("ООН", {"оон"}),
        ("Алматы", {"алматы"}),
    ],
)
def test_name_forms(resources, name, forms):
    assert forms <= name_forms(name, resources.morph)


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


def test_user_entries_override_shipped_ones(tmp_path, resources):
    from pipeline.resources import load_resources

    user = tmp_path / "mine.tsv"
    user.write_text(HEADER + "country-kz\tLOC\tРеспублика Казахстан\tКазахстон\t\t\n", "utf-8")
    mine = load_resources(read_entries([user]))
    doc = extract("Новости из Казахстона и Казахстана.", resources=mine)
    (entity,) = [e for e in doc.entities if e.type == "LOC"]
    assert (entity.canonical, entity.kb_id) == ("Республика Казахстан", "KZ")


def test_a_resolved_mention_takes_the_gazetteer_name_as_its_normal(tmp_path):
    from pipeline.resources import load_resources

    user = tmp_path / "mine.tsv"
    user.write_text(HEADER + "org-bolshoi\tORG\tБольшой театр\tГАБТ\t\tRU\n", "utf-8")
    mine = load_resources(read_entries([user]))
    doc = extract("Концерт перед Большим театром. Перед Большим театром ждали.", resources=mine)
    theatre = [m for m in doc.mentions if m.text == "Большим театром"]
    assert theatre and all(m.normal == "Большой театр" for m in theatre)


def test_check_reports_problems_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        HEADER
        + "org-a\tORG\tАльфа\tАБВ\t\t\n"
        + "org-b\tORG\tБета\tАБВ\t\t\n"  # an alias two organisations claim
        + "org-a\tORG\tАльфа-2\t\t\t\n"  # an id used twice
        + "org-c\tFIRM\tГамма\t\t\t\n"  # no such type
        + "org-d\tORG\tДельта\n",  # too few columns
        encoding="utf-8",
    )
    problems = check_files([bad])
    assert any(p.startswith(f"{bad}:4: id org-a already defined on line 2") for p in problems)
    assert any(p.startswith(f"{bad}:5: type 'FIRM'") for p in problems)
    assert any(p.startswith(f"{bad}:6: 3 columns, the header has 6") for p in problems)
    assert any("alias 'абв' of org-b is also claimed by org-a" in p for p in problems)
    with pytest.raises(ValueError, match="bad.tsv:5"):
        read_entries([bad])


def test_shipped_gazetteers_pass_the_check():
    assert check_files([f for f in gazetteer_files() if f.exists()]) == []


def test_files_without_a_header_or_not_utf8_are_reported(tmp_path):
    headless = tmp_path / "headless.tsv"
    headless.write_text("# only a comment\n", encoding="utf-8")
    binary = tmp_path / "binary.tsv"
    binary.write_bytes(b"\xff\xfe\x00id")
    problems = check_files([headless, binary])
    assert any(p.startswith(f"{headless}:1: no header line") for p in problems)
    assert any(p.startswith(f"{binary}:1: cannot be read as UTF-8") for p in problems)


def test_gazetteer_files_are_where_resources_expects_them():
    assert all(isinstance(f, Path) for f in gazetteer_files())
    assert gazetteer_files()[0].name == "places.tsv" and gazetteer_files()[0].exists()


def test_the_index_is_cached_and_a_damaged_cache_rebuilt(tmp_path, resources):
    path = tmp_path / "g.tsv"
    path.write_text(ENTRIES, encoding="utf-8")
    cache = tmp_path / "cache"
    built = load_gazetteer([path], resources.morph, cache=cache)
    (stored,) = cache.glob("gazetteer-*.pickle")
    assert load_gazetteer([path], resources.morph, cache=cache) == built
    stored.write_bytes(b"not a pickle")
    assert load_gazetteer([path], resources.morph, cache=cache) == built
    # another entry, another key
    path.write_text(ENTRIES + "org-x\tORG\tИкс\t\t\t\n", encoding="utf-8")
    assert "org-x" in load_gazetteer([path], resources.morph, cache=cache).entries
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 2


def test_a_cache_pickled_by_the_flat_layout_is_rebuilt_not_a_crash(tmp_path, resources):
    """A cache written before the stage packages names `pipeline.gazetteer.Gazetteer`, a
    module that no longer exists: loading it must rebuild the index."""
    path = tmp_path / "g.tsv"
    path.write_text(ENTRIES, encoding="utf-8")
    cache = tmp_path / "cache"
    built = load_gazetteer([path], resources.morph, cache=cache)
    (stored,) = cache.glob("gazetteer-*.pickle")
    stored.write_bytes(b"cpipeline.gazetteer\nGazetteer\n)\x81.")  # a pickle of that class
    with pytest.raises(ModuleNotFoundError):
        pickle.loads(stored.read_bytes())
    assert load_gazetteer([path], resources.morph, cache=cache) == built
    assert pickle.loads(stored.read_bytes()) == built  # and the file is written anew


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
            "МИД",
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
        (
            "Об этом сообщили в Следственном комитете Армении.",
            "Следственном комитете",
            "Следственный комитет",
        ),
    ],
)
def test_shipped_gazetteers_read_the_country_around_a_name(resources, text, name, canonical):
    doc = extract(text, resources=resources)
    (mention,) = [m for m in doc.mentions if m.text == name]
    assert doc.entities[mention.entity].canonical == canonical


def test_country_adjectives_are_lemmas_of_countries_the_gazetteer_knows(resources):
    countries = {e.country for e in resources.gazetteer.entries.values() if e.type == "LOC"}
    adjectives = resources.country_adjectives
    assert adjectives["японский"] == "JP" and "русский" not in adjectives
    assert set(adjectives.values()) <= countries
    for adjective in adjectives:
        # a token carries its best parse's lemma: "японской" must give back "японский"
        feminine = resources.morph.parse(adjective)[0].inflect({"femn", "gent"})
        assert feminine is not None, adjective
        assert resources.morph.lemma_and_pos(feminine.word)[0] == adjective
