"""The reduce step at the end of a batch: one identity for each entity across the run.

While the documents are written, the entities table's rows are tallied (entities.corpus);
once every document is in, the corpus_ids are decided and written into the temporary
documents.jsonl and entities table, and corpus_entities is written beside them, all before
the output files take the targets' place. documents.jsonl is copied a block at a time,
with only the corpus_id of each entity filled in, in each document's list of entities
(where they are was noted as the lines were written); the CSV entities table a row at a
time, with only its last cell, the corpus_id, filled in; the Parquet table a row group at a
time. Neither is parsed again: memory holds the tally, and each entity's key number, not
the documents.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from array import array
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import Any, BinaryIO

from pipeline.batch.lines import (
    ROWS_AT_ONCE,
    csv_text,
    formula_safe,
    formula_unsafe,
    json_value,
)
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
        # the key number (`Tally.add`) of each entity, in the order the files list them
        self.order = array("l")

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
        add, order = self.tally.add, self.order
        for row in table:
            doc_id, type_, canonical, wikidata, identity, kb_id, count, titles = COUNTED(row)
            key = (type_, canonical, wikidata or "", identity or "")
            posts = titles.split("; ") if titles else ()
            order.append(add(doc_id, key, kb_id or "", int(count), posts))

    def write(self, documents: Path, entities: Path, corpus: Path) -> None:
        """Put the corpus_ids into the (temporary) documents and entities files, and write
        the corpus_entities table."""
        ids = self.tally.identities()
        settled = [ids[key] for key in self.tally.keys]  # by key number
        values = [json_value(value).encode() for value in settled]
        rewrite(
            documents,
            lambda source, out: settle_documents(
                source, out, self.places, map(values.__getitem__, self.order)
            ),
        )
        if self.table_format == "csv":
            cells = [csv_cell(value) for value in settled]
            rewrite(
                entities,
                lambda source, out: settle_csv(source, out, map(cells.__getitem__, self.order)),
            )
            with corpus.open("w", encoding="utf-8", newline="") as out:
                out.write(csv_text([CORPUS_ENTITIES.names]))
                rows = CORPUS_ENTITIES.rows(self.tally.entities(ids))
                for start in range(0, len(rows), ROWS_AT_ONCE):
                    out.write(csv_text(rows[start : start + ROWS_AT_ONCE]))
        else:
            settle_parquet(entities, ids)
            write_parquet(corpus, CORPUS_ENTITIES.rows(self.tally.entities(ids)))


def rewrite(path: Path, copy: Callable[[BinaryIO, BinaryIO], None]) -> None:
    """Rewrite a file through `copy(source, out)` into a sibling, then replace it."""
    partial = path.with_name(path.name + ".corpus")
    with path.open("rb") as source, partial.open("wb") as out:
        copy(source, out)
    os.replace(partial, path)


# An entity's corpus_id in documents.jsonl, before it is settled. JSON escapes every quote
# inside a text, so these bytes are only ever the key itself.
UNSETTLED = b'"corpus_id": null'
VALUE_AT = len(UNSETTLED) - len(b"null")


def settle_documents(
    source: BinaryIO, out: BinaryIO, places: list[tuple[int, int]], values: Iterable[bytes]
) -> None:
    """documents.jsonl with each entity's corpus_id set (`values`: JSON, one an entity in
    file order); every other byte is copied as it is, and in each document's list of
    entities (at `places`) only "null" is replaced, where each entity's corpus_id is."""
    done = 0
    settled = iter(values)
    for offset, size in places:
        copy_bytes(source, out, offset - done)
        entities = source.read(size)
        pieces: list[bytes] = []
        start = 0
        while (found := entities.find(UNSETTLED, start)) >= 0:
            value = next(settled, None)
            if value is None:
                raise ValueError("documents.jsonl lists more entities than the entities table")
            pieces += (entities[start : found + VALUE_AT], value)
            start = found + len(UNSETTLED)
        pieces.append(entities[start:])
        out.write(b"".join(pieces))
        done = offset + size
    if next(settled, None) is not None:
        raise ValueError("documents.jsonl lists fewer entities than the entities table")
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


QUOTED = re.compile('[,"\r\n]')  # what may have the csv module quote a cell (no other)


def csv_cell(value: str) -> bytes:
    """A cell of a row of several as `csv_text` writes it: formula-safe, quoted if need be."""
    safe = formula_safe(value)
    if QUOTED.search(safe) is None:  # most: written as it is
        return safe.encode()
    return csv_text([["", value]]).encode()[1:-1]


def settle_csv(source: BinaryIO, out: BinaryIO, cells: Iterable[bytes]) -> None:
    """The entities table with each row's corpus_id set (`cells`: one a row, in order);
    every row is copied as it is written, but for that cell, its last, empty until now."""
    rows = csv_rows(source)
    out.write(next(rows))  # the header
    for row, cell in zip(rows, cells, strict=True):
        if not row.endswith(b",\n"):
            raise ValueError(f"an entities row whose corpus_id is not its last cell: {row!r}")
        out.write(row[:-1] + cell + b"\n")


def csv_rows(source: BinaryIO) -> Iterator[bytes]:
    """The rows of a CSV file as they are written, each with its "\\n": a line break inside
    a quoted cell leaves an odd number of quotes before it (a quote inside a cell is
    doubled), and the row goes on."""
    row = b""
    for line in source:
        row += line
        if row.count(b'"') % 2 == 0:
            yield row
            row = b""
    if row:
        raise ValueError("the table ends inside a quoted cell")


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
