"""A document's line is written in parts, and only its list of entities is rewritten when
the corpus_ids are settled."""

import json
from dataclasses import replace

import pytest

from pipeline.batch import emit
from pipeline.batch.corpus import ENTITY_LIST
from pipeline.batch.emit import DOCUMENT, DOCUMENT_MORE, journal_entry, write_outputs
from pipeline.batch.lines import csv_text, json_line
from pipeline.tables import TABLES

from ..test_tables import tricky_document

# a text quoting the line's own keys: only the real list of entities may be rewritten
QUOTING = 'Ключ , "entities": [{"corpus_id": null}], "occupations": [ в тексте.\n\u2028'


@pytest.mark.parametrize(
    "mentions_at_once, part_bytes, names",
    [
        (4096, 1 << 20, [DOCUMENT, ENTITY_LIST, DOCUMENT_MORE]),
        # a huge document's mentions a few at a time, its line in many parts
        (2, 40, [DOCUMENT, *[DOCUMENT_MORE] * 6, ENTITY_LIST, *[DOCUMENT_MORE] * 5]),
    ],
)
def test_a_line_in_parts_is_the_line_of_the_whole_record(
    monkeypatch, mentions_at_once, part_bytes, names
):
    monkeypatch.setattr(emit, "MENTIONS_AT_ONCE", mentions_at_once)
    monkeypatch.setattr(emit, "PART_BYTES", part_bytes)
    for doc in (tricky_document(), replace(tricky_document(), text=QUOTING)):
        parts = journal_entry(doc).parts
        assert [name for name, _ in parts if name.startswith(DOCUMENT)] == names
        line = b"".join(data for name, data in parts if name.startswith(DOCUMENT))
        assert line.decode() == json_line(doc.to_dict())


@pytest.mark.parametrize("rows_at_once", [1, 2, 4096])
def test_table_rows_rendered_a_few_at_a_time_are_the_whole_table(monkeypatch, rows_at_once):
    monkeypatch.setattr(emit, "ROWS_AT_ONCE", rows_at_once)
    doc = tricky_document()  # three mentions, a quoted line break, a formula-like cell
    parts = dict(journal_entry(doc).parts)
    for name, table in TABLES.items():
        assert parts[name].decode() == csv_text(table.rows(doc))
    assert parts["mentions"].decode().count('"d,1",') == len(doc.mentions)  # a row each


def test_corpus_ids_are_set_in_the_entities_alone(tmp_path):
    docs = [replace(tricky_document(), doc_id=f"d{i}", text=QUOTING) for i in range(2)]
    write_outputs(tmp_path, [journal_entry(doc) for doc in docs], "csv")
    lines = (tmp_path / "documents.jsonl").read_text(encoding="utf-8").split("\n")
    assert lines[2:] == [""]
    for line, doc in zip(lines, docs, strict=False):
        record = json.loads(line)
        assert record["text"] == QUOTING
        assert [e["corpus_id"] for e in record["entities"]] == [
            'ORG:рога, "копыта" и партнеры',
            "PER:иван петров",
            "TITLE:директор «рога, ко»",
        ]
        expected = {**doc.to_dict(), "entities": record["entities"]}
        assert line + "\n" == json_line(expected)
