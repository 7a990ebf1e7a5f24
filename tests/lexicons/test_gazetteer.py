"""Gazetteers: reading and checking files, names in every case, the cached index."""

import pickle
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.data import gazetteer_files
from pipeline.lexicons import gazetteer
from pipeline.lexicons.gazetteer import cache_key, load_gazetteer, name_forms
from pipeline.lexicons.gazetteer_files import check_files, read_entries
from pipeline.text import declension, inflect

from ..conftest import ENTRIES, HEADER


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
        # a superlative in its own stem, not its synonym's ("высочайшей")
        ("Высшая школа экономики", {"высшей школы экономики", "высшую школу экономики"}),
        ("Высший совет Вооружённых сил", {"высшего совета вооруженных сил"}),
        # to pymorphy3 genitives of "преторий", "хезболл": declined by their ending
        ("Претория", {"претории", "преторию", "преторией"}),
        ("Хезболла", {"хезболлы", "хезболле", "хезболлу", "хезболлой"}),
    ],
)
def test_name_forms(resources, name, forms):
    assert forms <= name_forms(name, resources.morph)


@pytest.mark.parametrize(("name", "form"), [("Гоа", "гоы"), ("Хезболла", "хезболл")])
def test_a_name_declined_by_its_ending_gets_no_form_it_lacks(resources, name, form):
    assert form not in name_forms(name, resources.morph)


def test_a_place_in_an_oblique_case_finds_its_entry():
    document = extract("Посольство России в Претории закрыто.")
    place = next(m for m in document.mentions if m.text == "Претории")
    entity = document.entities[place.entity]
    assert (place.normal, entity.kb_id) == ("Претория", "geonames:964137")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption's line before it: the tagger reads the name as a place
        (
            "Полиция Лас-Вегаса\nИсламское государство (ИГ) выпустило официальное заявление.",
            [("Лас-Вегаса", "LOC", None), ("Исламское государство", "ORG", "Q2429253")],
        ),
        (
            "Ответственность за теракт взяло на себя «Исламское государство».",
            [("Исламское государство", "ORG", "Q2429253")],
        ),
        ("Боевики ИГИЛ захватили город.", [("ИГИЛ", "ORG", "Q2429253")]),
        # a kind of state, in lower case, names no organisation
        ("Талибы хотят построить в стране исламское государство.", []),
    ],
)
def test_a_known_organisation_is_one_wherever_the_tagger_typed_it(text, expected):
    mentions = extract(text).mentions
    found = [(m.text, m.type, m.wikidata) for m in mentions if m.type in ("ORG", "LOC")]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Владимир Зельдин работал в Московском драматическом театре им. М. Н. Ермоловой.",
        "Владимир Зельдин работал в Московском драматическом театре имени М. Н. Ермоловой.",
    ],
)
def test_im_and_imeni_find_the_same_organisation(text):
    # the entry's name has "имени"; "им." is the same word shortened
    found = [(m.type, m.wikidata) for m in extract(text).mentions if m.type == "ORG"]
    assert found == [("ORG", "Q1970338")]


def test_a_superlative_is_not_indexed_under_its_synonym(resources):
    assert "высочайшей школы экономики" not in name_forms("Высшая школа экономики", resources.morph)


def test_user_entries_override_shipped_ones(tmp_path, resources):
    from pipeline.resources import load_resources

    user = tmp_path / "mine.tsv"
    user.write_text(HEADER + "country-kz\tLOC\tРеспублика Казахстан\tКазахстон\t\t\n", "utf-8")
    mine = load_resources(read_entries([user]))
    doc = extract("Новости из Казахстона и Казахстана.", resources=mine)
    (entity,) = [e for e in doc.entities if e.type == "LOC"]
    assert (entity.canonical, entity.kb_id) == ("Республика Казахстан", "KZ")


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


@pytest.mark.parametrize("module", [inflect, declension, gazetteer])
def test_a_change_to_the_code_making_the_forms_is_a_new_cache_key(tmp_path, monkeypatch, module):
    """An index cached by older code holds forms the code no longer makes ("аукцыона" for
    the mixed-case "АукцЫон"): the key follows the source of the modules that make them."""
    path = tmp_path / "g.tsv"
    path.write_text(ENTRIES, encoding="utf-8")
    before = cache_key((path,), ())
    edited = tmp_path / "edited.py"
    edited.write_bytes(Path(module.__file__).read_bytes() + b"\n# edited\n")
    monkeypatch.setattr(module, "__file__", str(edited))
    assert cache_key((path,), ()) != before


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
