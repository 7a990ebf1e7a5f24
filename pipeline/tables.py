"""The three tables (mentions, entities, occupations): columns, rows, typed DataFrames."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.records import Document

if TYPE_CHECKING:
    import pandas as pd

MENTION_COLUMNS = (
    "doc_id",
    "mention_id",
    "start",
    "end",
    "type",
    "text",
    "normal",
    "entity_id",
    "canonical",
    "kb_id",
)
ENTITY_COLUMNS = (
    "doc_id",
    "entity_id",
    "type",
    "canonical",
    "kb_id",
    "gazetteer_id",
    "mention_count",
    "mention_ids",
    "titles",
)
OCCUPATION_COLUMNS = (
    "doc_id",
    "person_mention",
    "title_mention",
    "org_mention",
    "person",
    "title",
    "org",
    "person_start",
    "person_end",
    "title_start",
    "title_end",
    "org_start",
    "org_end",
    "sentence",
)


def mention_rows(doc: Document) -> list[tuple[Any, ...]]:
    rows = []
    for m in doc.mentions:
        entity = doc.entities[m.entity]
        rows.append(
            (
                doc.doc_id,
                m.id,
                m.start,
                m.end,
                m.type,
                m.text,
                m.normal,
                m.entity,
                entity.canonical,
                entity.kb_id or "",
            )
        )
    return rows


def entity_rows(doc: Document) -> list[tuple[Any, ...]]:
    return [
        (
            doc.doc_id,
            e.id,
            e.type,
            e.canonical,
            e.kb_id or "",
            e.gazetteer_id or "",
            len(e.mentions),
            " ".join(map(str, e.mentions)),
            "; ".join(e.titles),
        )
        for e in doc.entities
    ]


def occupation_rows(doc: Document) -> list[tuple[Any, ...]]:
    def blank(value: Any) -> Any:
        return "" if value is None else value

    rows = []
    for o in doc.occupations:
        person, title = doc.mentions[o.person], doc.mentions[o.title]
        org = doc.mentions[o.org] if o.org is not None else None
        sentence = doc.text[o.sentence[0] : o.sentence[1]] if o.sentence else ""
        rows.append(
            (
                doc.doc_id,
                person.id,
                title.id,
                blank(o.org),
                doc.entities[person.entity].canonical,
                title.normal,
                doc.entities[org.entity].canonical if org else "",
                person.start,
                person.end,
                title.start,
                title.end,
                "" if org is None else org.start,
                "" if org is None else org.end,
                " ".join(sentence.split()),
            )
        )
    return rows


TABLES = {
    "mentions": MENTION_COLUMNS,
    "entities": ENTITY_COLUMNS,
    "occupations": OCCUPATION_COLUMNS,
}
# Column types: "int" never missing, "int?" may be missing, anything else is text.
INTEGER_COLUMNS = {
    "mention_id": "int",
    "start": "int",
    "end": "int",
    "entity_id": "int",
    "mention_count": "int",
    "person_mention": "int",
    "title_mention": "int",
    "person_start": "int",
    "person_end": "int",
    "title_start": "int",
    "title_end": "int",
    "org_mention": "int?",
    "org_start": "int?",
    "org_end": "int?",
}


def table_rows(doc: Document) -> dict[str, list[tuple[Any, ...]]]:
    """The rows a document adds to each table."""
    return {
        "mentions": mention_rows(doc),
        "entities": entity_rows(doc),
        "occupations": occupation_rows(doc),
    }


def pandas_dtypes(table: str) -> dict[str, str]:
    """pandas dtypes of a table's columns: Int64 for ids and offsets, string for text."""
    return {
        column: {"int": "int64", "int?": "Int64"}.get(INTEGER_COLUMNS.get(column, ""), "string")
        for column in TABLES[table]
    }


def to_frames(documents: Iterable[Document]) -> dict[str, pd.DataFrame]:
    """Documents as three typed DataFrames: mentions, entities, occupations."""
    import pandas as pd

    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
    for doc in documents:
        for name, table in table_rows(doc).items():
            rows[name].extend(table)
    return {
        name: pd.DataFrame(
            [[None if value == "" else value for value in row] for row in rows[name]],
            columns=list(TABLES[name]),
        ).astype(pandas_dtypes(name))
        for name in TABLES
    }


def read_tables(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The CSV tables of an output folder as typed DataFrames."""
    import pandas as pd

    folder = Path(out_dir)
    return {
        name: pd.read_csv(
            folder / f"{name}.csv",
            dtype=pandas_dtypes(name),
            keep_default_na=False,
            na_values={
                c: [""]
                for c, kind in INTEGER_COLUMNS.items()
                if kind == "int?" and c in TABLES[name]
            },
        )
        for name in TABLES
    }
