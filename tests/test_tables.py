"""Tables that load into pandas and DuckDB with the right types and no parsing surprises."""

import duckdb
import pandas as pd

from pipeline.batch.emit import journal_entry, write_outputs
from pipeline.records import Document, Entity, Fact, Mention, Occupation
from pipeline.tables import read_tables, to_frames

TRICKY = 'Он сказал: "Рога, копыта\nи партнёры" – и ушёл. Иван Петров, директор «Рога, Ко»'


def tricky_document() -> Document:
    org_start = TRICKY.index('"Рога')
    org_end = TRICKY.index('ры"') + 3
    person_start = TRICKY.index("Иван")
    title_start = TRICKY.index("директор")
    mentions = (
        Mention(0, org_start, org_end, TRICKY[org_start:org_end], "ORG", 'Рога, "копыта"', 0),
        Mention(1, person_start, person_start + 10, "Иван Петров", "PER", "Иван Петров", 1),
        Mention(2, title_start, len(TRICKY), TRICKY[title_start:], "TITLE", "директор", 2),
    )
    entities = (
        Entity(0, "ORG", 'Рога, "копыта"\nи партнёры', None, (0,)),
        Entity(1, "PER", "Иван Петров", None, (1,), ("директор",)),
        Entity(2, "TITLE", "директор «Рога, Ко»", None, (2,)),
    )
    occupations = (Occupation(1, 2, None, (0, len(TRICKY))),)
    facts = (Fact(1, "директор", None, "Рога, Ко", None, (2,), (0,), (0, len(TRICKY))),)
    return Document("d,1", "src", TRICKY, mentions, entities, occupations, facts)


def test_csv_round_trips_through_pandas(tmp_path):
    doc = tricky_document()
    write_outputs(tmp_path, [journal_entry(doc)], "csv")
    tables = read_tables(tmp_path)
    mentions = tables["mentions"]
    assert mentions["text"].tolist() == [m.text for m in doc.mentions]
    assert mentions["normal"].tolist() == [m.normal for m in doc.mentions]
    assert mentions["start"].dtype == "int64" and mentions["entity_id"].dtype == "int64"
    assert tables["entities"]["canonical"].tolist() == [e.canonical for e in doc.entities]
    occupation = tables["occupations"].iloc[0]
    assert occupation["doc_id"] == "d,1" and pd.isna(occupation["org_mention"])
    assert str(tables["occupations"]["org_mention"].dtype) == "Int64"
    assert "\n" not in occupation["sentence"]
    fact = tables["facts"].iloc[0]
    assert (fact["person"], fact["title"], fact["org"]) == ("Иван Петров", "директор", "Рога, Ко")
    assert pd.isna(fact["org_entity"]) and fact["org_kb_id"] == "" and fact["title_mentions"] == "2"
    assert fact["sentence"].startswith('Он сказал: "Рога, копыта и партнёры"')


def test_csv_loads_into_duckdb(tmp_path):
    write_outputs(tmp_path, [journal_entry(tricky_document())], "csv")
    rows = duckdb.sql(
        f"select mention_id, start, text from read_csv('{tmp_path / 'mentions.csv'}') "
        "order by mention_id"
    ).fetchall()
    assert rows[0] == (0, TRICKY.index('"Рога'), '"Рога, копыта\nи партнёры"')
    types = dict(
        duckdb.sql(f"describe select * from read_csv('{tmp_path / 'mentions.csv'}')").fetchall()[i][
            :2
        ]
        for i in range(8)
    )
    assert types["start"] == "BIGINT" and types["entity_id"] == "BIGINT"


def test_to_frames_types():
    frames = to_frames([tricky_document()])
    assert frames["mentions"]["end"].dtype == "int64"
    assert str(frames["occupations"]["org_start"].dtype) == "Int64"
    assert frames["entities"].loc[1, "titles"] == "директор"


def test_output_files_replace_the_old_ones_only_when_complete(tmp_path):
    import pytest

    from pipeline.batch.emit import OutputFiles

    (tmp_path / "documents.jsonl").write_text("an earlier run\n", encoding="utf-8")
    with pytest.raises(RuntimeError), OutputFiles(tmp_path, "csv") as files:
        files.add(journal_entry(tricky_document()))
        raise RuntimeError("interrupted")
    assert (tmp_path / "documents.jsonl").read_text(encoding="utf-8") == "an earlier run\n"
    assert not (tmp_path / "mentions.csv").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["documents.jsonl"]  # no partial files

    with OutputFiles(tmp_path, "csv") as files:
        files.add(journal_entry(tricky_document()))
        counts = files.commit()
    assert (counts.documents, counts.mentions) == (1, 3)
    assert '"doc_id": "d,1"' in (tmp_path / "documents.jsonl").read_text(encoding="utf-8")
