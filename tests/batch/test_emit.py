"""A document's line is written in parts, and only its list of entities is rewritten when
the corpus_ids are settled."""

import json
from dataclasses import replace

from pipeline.batch.emit import DOCUMENT_PARTS, journal_entry, write_outputs
from pipeline.batch.lines import json_line

from ..test_tables import tricky_document

# a text quoting the line's own keys: only the real list of entities may be rewritten
QUOTING = 'Ключ , "entities": [{"corpus_id": null}], "occupations": [ в тексте.\n\u2028'


def test_a_line_in_parts_is_the_line_of_the_whole_record():
    for doc in (tricky_document(), replace(tricky_document(), text=QUOTING)):
        parts = journal_entry(doc).parts
        assert [name for name, _ in parts][:3] == list(DOCUMENT_PARTS)
        line = b"".join(data for name, data in parts if name in DOCUMENT_PARTS)
        assert line.decode() == json_line(doc.to_dict())


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
