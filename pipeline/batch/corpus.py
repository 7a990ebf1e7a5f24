"""The reduce step at the end of a batch: one identity for each entity across the run.

While the documents are written, the entities table's rows are tallied (entities.corpus);
once every document is in, the corpus_ids are decided and written into the temporary
documents.jsonl and entities table, and corpus_entities is written beside them, all before
the output files take the targets' place. documents.jsonl is copied a block at a time with
only each document's list of entities read and rewritten (where they are was noted as the
lines were written), the tables a row (a row group) at a time, so memory holds the tally,
not the documents.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Callable, Iterable
from operator import itemgetter
from pathlib import Path
from typing import Any, BinaryIO

from pipeline.batch.lines import formula_safe, formula_unsafe, json_value
from pipeline.entities.corpus import Key, Tally
from pipeline.tables import CORPUS_ENTITIES, ENTITIES

COLUMN = {name: index for index, name in enumerate(ENTITIES.names)}
ENTITY_LIST = "document_entities"  # the journal's name for a documents.jsonl line's entities
BLOCK = 1 << 20
# the cells of an entities row the tally counts, in the order they are read (`CorpusStep.add`)
COUNTED = itemgetter(
    *(
        COLUMN[name]
        for name in (
            "doc_id",
            "type",
            "canonical",
            "wikidata",
            "identity",
            "kb_id",
            "mention_count",
            "titles",
        )
    )
)


def same(value: Any) -> Any:
    return value


def key_of(row: list[Any] | tuple[Any, ...], cell: Callable[[Any], Any] = same) -> Key:
    """The corpus key of an entities-table row, each of its cells read by `cell`."""
    return Key(
        cell(row[COLUMN["type"]]),
        cell(row[COLUMN["canonical"]]),
        cell(row[COLUMN["wikidata"]]) or "",
        cell(row[COLUMN["identity"]]) or "",
    )


class CorpusStep:
    """Tallies a batch's entities, then settles and writes their corpus_ids."""

    def __init__(self, table_format: str) -> None:
        lift_field_limit()
        self.table_format = table_format
        self.tally = Tally()
        self.places: list[tuple[int, int]] = []  # in documents.jsonl, of each entity list

    def place(self, offset: int, size: int) -> None:
        """Where a document's list of entities is in documents.jsonl (bytes)."""
        self.places.append((offset, size))

    def add(self, rows: str | list[list[Any]]) -> None:
        """A document's rows of the entities table (CSV text, or values for Parquet)."""
        table: Iterable[list[Any]] = (
            rows if not isinstance(rows, str) else csv.reader(io.StringIO(rows))
        )
        if isinstance(rows, str) and "'" in rows:
            # formula-safe CSV cells are read back as they were; with no apostrophe in the
            # rows (most documents), no cell starts with one
            table = ([formula_unsafe(cell) for cell in row] for row in table)
        add = self.tally.add
        for row in table:
            doc_id, type_, canonical, wikidata, identity, kb_id, count, titles = COUNTED(row)
            key = (type_, canonical, wikidata or "", identity or "")
            add(doc_id, key, kb_id or "", int(count), titles.split("; ") if titles else ())

    def write(self, documents: Path, entities: Path, corpus: Path) -> None:
        """Put the corpus_ids into the (temporary) documents and entities files, and write
        the corpus_entities table."""
        ids = self.tally.identities()
        partial = documents.with_name(documents.name + ".corpus")
        with documents.open("rb") as source, partial.open("wb") as settled:
            settle_documents(source, settled, self.places, ids)
        os.replace(partial, documents)
        if self.table_format == "csv":
            rewrite(entities, lambda source, out: settle_csv(source, out, ids))
            with corpus.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out, lineterminator="\n")
                writer.writerow(CORPUS_ENTITIES.names)
                rows = CORPUS_ENTITIES.rows(self.tally.entities(ids))
                writer.writerows(map(formula_safe, row) for row in rows)
        else:
            settle_parquet(entities, ids)
            write_parquet(corpus, CORPUS_ENTITIES.rows(self.tally.entities(ids)))


def rewrite(path: Path, copy) -> None:
    """Rewrite a text file through `copy(source, out)` into a sibling, then replace it."""
    partial = path.with_name(path.name + ".corpus")
    with (
        path.open(encoding="utf-8", newline="") as source,
        partial.open("w", encoding="utf-8", newline="") as out,
    ):
        copy(source, out)
    os.replace(partial, path)


def settle_documents(
    source: BinaryIO, out: BinaryIO, places: list[tuple[int, int]], ids: dict[Key, str]
) -> None:
    """documents.jsonl with each entity's corpus_id set; the bytes around each document's
    list of entities (at `places`) are copied as they are."""
    done = 0
    for offset, size in places:
        copy_bytes(source, out, offset - done)
        entities = json.loads(source.read(size))
        for entity in entities:
            key = Key(
                entity["type"],
                entity["canonical"],
                entity.get("wikidata") or "",
                entity.get("identity") or "",
            )
            entity["corpus_id"] = ids[key]
        out.write(json_value(entities).encode())
        done = offset + size
    shutil.copyfileobj(source, out, BLOCK)


def copy_bytes(source: BinaryIO, out: BinaryIO, count: int) -> None:
    while count > 0:
        block = source.read(min(count, BLOCK))
        if not block:
            raise ValueError("documents.jsonl is shorter than its documents")
        out.write(block)
        count -= len(block)


def lift_field_limit() -> None:
    """Let the csv module read back every cell of our own tables: the mention ids of an
    entity named 100,000 times ("Путин прибыл в Москву." over and over) run past its
    default limit of 128 KiB, and the whole batch stopped there."""
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))


def settle_csv(source, out, ids: dict[Key, str]) -> None:
    reader, writer = csv.reader(source), csv.writer(out, lineterminator="\n")
    writer.writerow(next(reader))
    for row in reader:
        row[COLUMN["corpus_id"]] = formula_safe(ids[key_of(row, formula_unsafe)])
        writer.writerow(row)


def settle_parquet(path: Path, ids: dict[Key, str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    partial = path.with_name(path.name + ".corpus")
    source = pq.ParquetFile(path)
    with pq.ParquetWriter(partial, source.schema_arrow) as writer:
        for batch in source.iter_batches():
            table = pa.Table.from_batches([batch])
            rows = table.to_pylist()
            values = [ids[key_of([row[name] for name in ENTITIES.names])] for row in rows]
            field = source.schema_arrow.field("corpus_id")
            table = table.set_column(COLUMN["corpus_id"], field, pa.array(values, pa.string()))
            writer.write_table(table)
    os.replace(partial, path)


def write_parquet(path: Path, rows: list[tuple[Any, ...]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [(c.name, pa.string() if c.kind == "text" else pa.int64()) for c in CORPUS_ENTITIES.columns]
    )
    columns = list(zip(*rows, strict=True)) or [() for _ in CORPUS_ENTITIES.columns]
    pq.write_table(pa.table([list(c) for c in columns], schema=schema), path)
