import json
import subprocess
import sys

from pipeline import extract, extract_many


def test_to_dict_is_the_documents_jsonl_contract(resources):
    doc = extract("Дмитрий Песков прилетел в Алматы.", doc_id="d1", resources=resources)
    line = doc.to_dict()
    assert list(line) == [
        "doc_id",
        "source",
        "text",
        "mentions",
        "entities",
        "occupations",
        "facts",
    ]
    assert line["doc_id"] == "d1"
    assert line["mentions"] == [
        {
            "id": 0,
            "start": 0,
            "end": 14,
            "text": "Дмитрий Песков",
            "type": "PER",
            "normal": "Дмитрий Песков",
            "entity": 0,
            "wikidata": "Q4359688",
        },
        {
            "id": 1,
            "start": 26,
            "end": 32,
            "text": "Алматы",
            "type": "LOC",
            "normal": "Алматы",
            "entity": 1,
            "wikidata": "Q35493",
        },
    ]
    assert line["entities"][0] == {
        "id": 0,
        "type": "PER",
        "canonical": "Дмитрий Песков",
        "kb_id": None,
        "gazetteer_id": None,
        "wikidata": "Q4359688",
        "identity": None,
        "corpus_id": None,  # decided over a whole run (pipeline.across_documents)
        "mentions": [0],
        "titles": [],
    }
    almaty = line["entities"][1]
    # Almaty is a city of republican significance: ISO 3166-2 gives it a region code
    assert (almaty["canonical"], almaty["kb_id"], almaty["gazetteer_id"]) == (
        "Алматы",
        "KZ-75",
        "region-kz-75",
    )
    assert line["occupations"] == []
    json.dumps(line, ensure_ascii=False)


def test_extract_many_accepts_texts_and_pairs(resources):
    docs = list(extract_many(["Москва", ("a7", "")], resources=resources))
    assert [d.doc_id for d in docs] == ["0", "a7"]
    assert [m.normal for m in docs[0].mentions] == ["Москва"]
    assert docs[1].mentions == () and docs[1].entities == ()


def test_import_loads_no_model():
    code = (
        "import sys, pipeline; "
        "heavy = [m for m in ('slovnet', 'navec', 'pymorphy3', 'pandas', 'natasha', 'numpy') "
        "if m in sys.modules]; "
        "print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
    assert out.stderr == ""
