"""Stage 4: documents.jsonl, the tables (CSV or Parquet) and errors.jsonl.

They are written from the run journal's entries as documents finish, each into a hidden
temporary file that replaces the target only once the batch is complete, so no
half-written file is ever in place. Before that, the reduce step over the whole run
(batch.corpus) gives every entity its corpus_id and writes corpus_entities.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from pipeline.batch.corpus import ENTITY_LIST, CorpusStep
from pipeline.batch.journal import JournalEntry, Tag
from pipeline.batch.lines import ROWS_AT_ONCE, csv_text, json_line, json_value
from pipeline.records import Document, Failure
from pipeline.tables import CORPUS_ENTITIES, TABLES

PARQUET_BATCH = 10_000


def journal_entry(
    item: Document | Failure, table_format: str = "csv", tag: Tag = ("", None)
) -> JournalEntry:
    """What the journal keeps of a finished document: its output, ready to be written.

    Its documents.jsonl (or errors.jsonl) line and its table rows (CSV text, or for Parquet
    their values as JSON) are rendered here, where the document was processed (in a
    worker), so that assembling the output files is only copying bytes.
    """
    return JournalEntry(tag, mention_count(item), tuple(entry_parts(item, table_format)))


def streamed_entry(
    item: Document | Failure, table_format: str = "csv", tag: Tag = ("", None)
) -> JournalEntry:
    """`journal_entry` whose parts are rendered only as they are written, for a run in one
    process: the output of a document of millions of characters (its line, its hundreds of
    thousands of rows) is never all in memory beside the document itself."""
    return JournalEntry(tag, mention_count(item), entry_parts(item, table_format))


def mention_count(item: Document | Failure) -> int:
    return 0 if isinstance(item, Failure) else len(item.mentions)


def entry_parts(item: Document | Failure, table_format: str) -> Iterator[tuple[str, bytes]]:
    """The named parts of a journal entry, in the order they are written, each made when
    asked for; a table's CSV rows come a few thousand at a time, in parts of one name."""
    if isinstance(item, Failure):
        yield "error", json_line(item.to_dict()).encode()
        return
    yield from document_parts(item)
    for name, table in TABLES.items():
        if table_format == "csv":
            for data in csv_parts(table.each_row(item)):
                yield name, data
        else:  # one part: the Parquet writer's row groups follow its parts
            yield name, json_value(table.rows(item)).encode()


def csv_parts(rows: Iterator[tuple[Any, ...]]) -> Iterator[bytes]:
    """`csv_text` of the rows, encoded a few thousand rows at a time (at least one part,
    empty for no rows): the hundreds of thousands of rows of a document of millions of
    characters are never all tuples at once, nor one text (each row is a line of its own,
    so the parts join up)."""
    batch = list(islice(rows, ROWS_AT_ONCE))
    yield csv_text(batch).encode()
    while batch := list(islice(rows, ROWS_AT_ONCE)):
        yield csv_text(batch).encode()


# A documents.jsonl line is journalled in parts: "document", parts named "document_more"
# and, between them, the list of entities (where the corpus step sets their corpus_ids).
DOCUMENT, DOCUMENT_MORE = "document", "document_more"
MENTIONS_AT_ONCE = 4096
PART_BYTES = 1 << 20  # smaller pieces of a line are written as one part


def document_parts(doc: Document) -> Iterator[tuple[str, bytes]]:
    """The document's line, as `json_line` writes it (what `json.dumps` does with a dict:
    each key and value, ", " between them; a list's items, ", " between them), encoded a
    field and a few thousand mentions at a time: a text of millions of characters and its
    hundreds of thousands of mentions are never one string, nor all dicts at once."""
    record = replace(doc, mentions=()).to_dict()

    def pieces() -> Iterator[tuple[str, bytes]]:
        for index, (key, value) in enumerate(record.items()):
            yield DOCUMENT, (("{" if index == 0 else ", ") + json_value(key) + ": ").encode()
            if key == "mentions":
                yield DOCUMENT, b"["
                for start in range(0, len(doc.mentions), MENTIONS_AT_ONCE):
                    batch = doc.mentions[start : start + MENTIONS_AT_ONCE]
                    items = json_value([m.to_dict() for m in batch])[1:-1]
                    yield DOCUMENT, ((", " if start else "") + items).encode()
                yield DOCUMENT, b"]"
            elif key == "text":
                yield from ((DOCUMENT, piece.encode()) for piece in text_pieces(value))
            else:
                yield ENTITY_LIST if key == "entities" else DOCUMENT, json_value(value).encode()
        yield DOCUMENT, b"}\n"

    pending: list[bytes] = []
    size, first = 0, True
    for name, data in pieces():
        if pending and (name == ENTITY_LIST or size + len(data) > PART_BYTES):
            yield DOCUMENT if first else DOCUMENT_MORE, b"".join(pending)
            pending, size, first = [], 0, False
        if name == ENTITY_LIST:
            yield name, data
        else:
            pending.append(data)
            size += len(data)
    yield DOCUMENT if first else DOCUMENT_MORE, b"".join(pending)


TEXT_AT_ONCE = 1 << 18  # characters


def text_pieces(text: str) -> Iterator[str]:
    """`json_value(text)` a slice at a time: JSON escapes each character on its own ('"',
    '\\', a control character; U+2028 and a character outside the BMP stay as they are), so
    the escaped slices, between one pair of quotes, are the escaped text."""
    yield '"'
    for start in range(0, len(text), TEXT_AT_ONCE):
        yield json_value(text[start : start + TEXT_AT_ONCE])[1:-1]
    yield '"'


@dataclass
class Counts:
    documents: int = 0
    mentions: int = 0
    failures: int = 0


def temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def written_paths(out_dir: Path) -> list[Path]:
    """Every file a batch writes, replaces or removes in `out_dir` (either table format)."""
    targets = [out_dir / "documents.jsonl", out_dir / "errors.jsonl"]
    targets += [out_dir / f"{name}{suffix}" for name in TABLES for suffix in (".csv", ".parquet")]
    return [*targets, *map(temporary, targets)]


class OutputFiles:
    """The output files of a batch, written a journal entry at a time into hidden
    temporary files, which replace the targets only when the batch is complete (`commit`).

    Use as a context manager; leaving it without `commit` (an error, an interrupt) leaves
    the targets as they were.
    """

    def __init__(self, out_dir: Path, table_format: str) -> None:
        self.counts = Counts()
        self.other = ".parquet" if table_format == "csv" else ".csv"
        suffix = ".csv" if table_format == "csv" else ".parquet"
        self.out_dir = out_dir
        self.table_paths = {name: out_dir / f"{name}{suffix}" for name in TABLES}
        self.corpus_path = out_dir / f"{CORPUS_ENTITIES.name}{suffix}"
        self.targets = [out_dir / "documents.jsonl", out_dir / "errors.jsonl"]
        self.targets += [*self.table_paths.values(), self.corpus_path]
        self.corpus = CorpusStep(table_format)
        self.table_format = table_format
        self.stack = ExitStack()
        self.committed = False

    def __enter__(self) -> OutputFiles:
        stack = self.stack.__enter__()
        self.documents = stack.enter_context(open_bytes(temporary(self.targets[0])))
        self.errors = stack.enter_context(open_bytes(temporary(self.targets[1])))
        self.tables: dict[str, CsvTable | ParquetTable] = {}
        for name, path in self.table_paths.items():
            table: CsvTable | ParquetTable = (
                CsvTable(temporary(path), TABLES[name].names)
                if self.table_format == "csv"
                else ParquetTable(temporary(path), name)
            )
            stack.enter_context(table)  # returns the table itself
            self.tables[name] = table
        return self

    def add(self, entry: JournalEntry) -> None:
        """One journal entry: a document's line and table rows, or an error's line."""
        for name, data in entry.parts:
            self.add_part(name, data, entry.mentions)

    def add_part(self, name: str, data: bytes, mentions: int) -> None:
        """One part of an entry, in turn (`mentions`: the entry's count)."""
        if name == "error":
            self.errors.write(data)
            self.counts.failures += 1
        elif name.startswith(DOCUMENT):
            if name == ENTITY_LIST:
                self.corpus.place(self.documents.tell(), len(data))
            elif name == DOCUMENT:
                self.counts.documents += 1
                self.counts.mentions += mentions
            self.documents.write(data)
        else:
            self.tables[name].write(data)
            if name == "entities":
                self.corpus.add(self.tables[name].rows(data))

    def commit(self) -> Counts:
        """Close the files, settle the corpus_ids and put the files in place of the targets."""
        self.stack.close()
        self.corpus.write(
            temporary(self.targets[0]),
            temporary(self.table_paths["entities"]),
            temporary(self.corpus_path),
        )
        for target in self.targets:
            os.replace(temporary(target), target)
        self.committed = True
        # the other format's tables of an earlier run into this folder would now be stale
        for name in (*TABLES, CORPUS_ENTITIES.name):
            (self.out_dir / f"{name}{self.other}").unlink(missing_ok=True)
        return self.counts

    def __exit__(self, *exc_info: object) -> None:
        self.stack.close()
        if not self.committed:  # an error or an interrupt: no half-written file is kept
            for target in self.targets:
                temporary(target).unlink(missing_ok=True)


def write_outputs(out_dir: Path, entries: Iterable[JournalEntry], table_format: str) -> Counts:
    """Write every output file of a batch from its journal entries."""
    with OutputFiles(out_dir, table_format) as files:
        for entry in entries:
            files.add(entry)
        return files.commit()


def open_bytes(path: Path) -> BinaryIO:
    return path.open("wb")


# What a spreadsheet takes for the start of a formula (OWASP's list), and the apostrophe
# that a neutralised cell starts with, so that `tables.read_tables` can take it off again.
class CsvTable:
    """A CSV table: header row, then the rows of each document, rendered by `csv_text`."""

    def __init__(self, path: Path, columns: tuple[str, ...]) -> None:
        self.handle = open_bytes(path)
        self.handle.write(csv_text([columns]).encode())

    def __enter__(self) -> CsvTable:
        return self

    def write(self, rows: bytes) -> None:
        self.handle.write(rows)

    def rows(self, data: bytes) -> str:
        """What the corpus step reads of a document's rows: the CSV text."""
        return data.decode()

    def __exit__(self, *exc_info: object) -> None:
        self.handle.close()


class ParquetTable:
    """A Parquet table with typed columns, written in row groups."""

    def __init__(self, path: Path, name: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.columns = TABLES[name].names
        self.schema = pa.schema(
            [
                (column.name, pa.string() if column.kind == "text" else pa.int64())
                for column in TABLES[name].columns
            ]
        )
        self.writer = pq.ParquetWriter(path, self.schema)
        self.pending: list[list[Any]] = []

    def __enter__(self) -> ParquetTable:
        return self

    def write(self, data: bytes) -> None:
        self.pending.extend(self.rows(data))
        if len(self.pending) >= PARQUET_BATCH:
            self.flush()

    def rows(self, data: bytes) -> list[list[Any]]:
        return json.loads(data)

    def flush(self) -> None:
        columns = list(zip(*self.pending, strict=True)) or [() for _ in self.columns]
        arrays = [[None if value == "" else value for value in values] for values in columns]
        self.writer.write_table(self.pa.table(arrays, schema=self.schema))
        self.pending = []

    def __exit__(self, *exc_info: object) -> None:
        if self.pending:
            self.flush()
        self.writer.close()


def documents_in(path: Path) -> Iterator[dict[str, Any]]:
    """The lines of a documents.jsonl."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
