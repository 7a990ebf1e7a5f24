"""A document's line is written in parts, and only its list of entities is rewritten when
the corpus_ids are settled."""

import json
from dataclasses import replace

import pytest

from pipeline.batch import emit
from pipeline.batch.corpus import ENTITY_LIST
from pipeline.batch.emit import (
    DOCUMENT,
    DOCUMENT_MORE,
    journal_entry,
    streamed_entry,
    write_outputs,
)
from pipeline.batch.journal import JOURNAL, PARTIAL
from pipeline.batch.lines import csv_text, json_line
from pipeline.tables import TABLES

from ..test_tables import tricky_document
from . import test_edges as edges

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


# What JSON escapes (a quote, a backslash, control characters) and what it keeps as it is
# with ensure_ascii=False (U+2028, U+2029, NEL, characters outside the BMP, "</script>")
TEXTS = [
    QUOTING,
    'Он сказал: "Рога\\копыта"\tи\x00\x1f\x7f ушёл.\r\n',
    "Смайл \U0001f600, готика \U0001d504\u2028абзац\u2029NEL\x85 </script>",
]


@pytest.mark.parametrize("text_at_once", [1, 2, 3, 1 << 18])
@pytest.mark.parametrize("text", TEXTS)
def test_a_text_escaped_a_slice_at_a_time_is_escaped_as_a_whole(monkeypatch, text, text_at_once):
    monkeypatch.setattr(emit, "TEXT_AT_ONCE", text_at_once)
    doc = replace(tricky_document(), text=text)
    parts = journal_entry(doc).parts
    line = b"".join(data for name, data in parts if name.startswith(DOCUMENT))
    assert line == json_line(doc.to_dict()).encode()
    assert json.loads(line)["text"] == text


def test_a_lone_surrogate_fails_as_the_whole_line_does(monkeypatch):
    """No reader lets one in (a file is strict UTF-8, a JSONL line with one is an error);
    were one there, the line would not become UTF-8 in parts either."""
    monkeypatch.setattr(emit, "TEXT_AT_ONCE", 2)
    doc = replace(tricky_document(), text="Путин\ud83d прилетел")
    with pytest.raises(UnicodeEncodeError):
        json_line(doc.to_dict()).encode()
    with pytest.raises(UnicodeEncodeError):
        journal_entry(doc)


@pytest.mark.parametrize("rows_at_once", [1, 2, 4096])
def test_table_rows_rendered_a_few_at_a_time_are_the_whole_table(monkeypatch, rows_at_once):
    monkeypatch.setattr(emit, "ROWS_AT_ONCE", rows_at_once)
    doc = tricky_document()  # three mentions, a quoted line break, a formula-like cell
    parts = journal_entry(doc).parts
    for name, table in TABLES.items():
        rows = table.rows(doc)
        data = [data for part, data in parts if part == name]
        assert len(data) == -(-len(rows) // rows_at_once)  # a part per few rows
        assert b"".join(data).decode() == csv_text(rows)
    mentions = b"".join(data for name, data in parts if name == "mentions").decode()
    assert mentions.count('"d,1",') == len(doc.mentions)  # a row each


def test_a_table_with_no_rows_has_one_empty_part():
    doc = replace(tricky_document(), occupations=(), facts=())
    parts = journal_entry(doc).parts
    assert [data for name, data in parts if name in ("occupations", "facts")] == [b"", b""]


def test_a_streamed_entry_is_the_journal_entry_made_as_it_is_read():
    doc = tricky_document()
    streamed = streamed_entry(doc, "csv", ("k", "s"))
    assert not isinstance(streamed.parts, tuple)  # nothing rendered yet
    whole = journal_entry(doc, "csv", ("k", "s"))
    assert replace(streamed, parts=tuple(streamed.parts)) == whole


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


# each document's organisation, person and title: names quoting the line's own keys, with
# commas, quotes and line breaks, or starting as a spreadsheet formula; some named twice
NAMES = [
    ('Рога, "копыта"\nи партнёры', "Иван Петров", "директор"),
    ('Клуб "corpus_id": null', "=Петров", "'директор'"),
    ('Рога, "копыта"\nи партнёры', "Петров", "директор «Рога, Ко»"),
]


@pytest.mark.parametrize("table_format", ["csv", "parquet"])
def test_corpus_ids_filled_in_give_the_files_of_the_settled_documents(tmp_path, table_format):
    """Only the corpus_ids are filled into documents.jsonl and the entities table, in
    place; the bytes are those of the documents settled whole (`across_documents`)."""
    from pipeline import across_documents
    from pipeline.tables import ENTITIES, read_tables

    base = tricky_document()
    docs = [
        replace(
            base,
            doc_id=f"d{i}",
            entities=tuple(
                replace(e, canonical=n) for e, n in zip(base.entities, names, strict=True)
            ),
        )
        for i, names in enumerate(NAMES)
    ]
    write_outputs(tmp_path, [journal_entry(doc, table_format) for doc in docs], table_format)
    settled, _ = across_documents(docs)
    written = (tmp_path / "documents.jsonl").read_text(encoding="utf-8")
    assert written == "".join(json_line(doc.to_dict()) for doc in settled)
    ids = [e.corpus_id for doc in settled for e in doc.entities]
    assert ids[3] == 'ORG:клуб "corpus_id": null' and ids[0] == ids[6]
    if table_format == "csv":
        rows = [ENTITIES.names, *(row for doc in settled for row in ENTITIES.rows(doc))]
        assert (tmp_path / "entities.csv").read_text(encoding="utf-8") == csv_text(rows)
    assert read_tables(tmp_path)["entities"]["corpus_id"].tolist() == ids


def test_a_run_in_small_parts_writes_and_resumes_to_the_same_files(tmp_path, monkeypatch):
    """A document's line, text and rows journalled in parts of a few bytes, as those of a
    document of millions of characters are, written as they are made (one process): the
    same files; and a resumed run reads such parts back one at a time."""
    rows = [{"id": key, "text": text} for key, text in edges.TEXTS.items()]
    rows.insert(1, {"id": "quotes", "text": 'Песков: "Путин прилетел в Москву".\u2028Всё.'})
    source = edges.write_jsonl(tmp_path / "in.jsonl", rows)
    whole, parts, resumed = tmp_path / "whole", tmp_path / "parts", tmp_path / "resumed"
    assert edges.run(str(source), "--out", str(whole), "--workers", "1").exit_code == 0
    for name, value in [("ROWS_AT_ONCE", 1), ("TEXT_AT_ONCE", 3), ("PART_BYTES", 16)]:
        monkeypatch.setattr(emit, name, value)
    assert edges.run(str(source), "--out", str(parts), "--workers", "1").exit_code == 0
    edges.assert_same_outputs(whole, parts)

    edges.interrupted_run(monkeypatch, str(source), "--out", str(resumed), after=3)
    journal = (resumed / PARTIAL / JOURNAL).read_text(encoding="utf-8").splitlines()
    names = [name for line in journal for name, _ in json.loads(line)["parts"]]
    assert names.count("mentions") > len(journal) and names.count(DOCUMENT_MORE) > len(journal)
    result = edges.run(str(source), "--out", str(resumed), "--resume", "--workers", "1")
    assert result.exit_code == 0, result.output
    edges.assert_same_outputs(whole, resumed)
