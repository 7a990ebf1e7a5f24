"""The run journal: every finished document, in OUT/.partial/.

A document's output (its documents.jsonl or errors.jsonl line and its table rows, as
UTF-8) is appended as it is to journal.data, and then one small line of JSON to
journal.jsonl says which input it came from, what that input was (its stamp) and where its
output lies in journal.data. So the output of a document of millions of characters is never
escaped into another JSON string, and a resumed run reads only the small lines.

Each is written whole and flushed before the next document starts, the data before its
line, so a run killed at any moment (even kill -9) leaves at most one unfinished last line
and data no line points at, which a resumed run drops. A resumed run redoes what changed.
The output files are written alongside and put in place only when the batch is complete; a
resumed run writes them again, in input order, from the journal's entries of unchanged
inputs and the documents it does itself.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

PARTIAL = ".partial"
JOURNAL = "journal.jsonl"
DATA = "journal.data"
SETTINGS = "run.json"
# Raised whenever what the journal holds changes: a run is never resumed over a journal
# this version would misread. 4: the output in journal.data, not inside the lines.
LINE_FORMAT = 4
FORMAT_SETTING = "journal_line_format"


class ResumeError(ValueError):
    """--resume over a journal written by a run with other settings."""


Tag = tuple[str, str | None]  # a document's key and stamp (see read.Pending)


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """A finished document's output, rendered where it was processed (in a worker), so that
    the batch process only copies bytes: named parts, in the order they are written
    ("document" and the tables, or "error"), each UTF-8 text. In a run in one process, and
    when read back from the journal, `parts` is an iterator, made as it is read, once."""

    tag: Tag
    mentions: int
    parts: Iterable[tuple[str, bytes]]


def header_line(tag: Tag, mentions: int, sizes: list[list[Any]], at: int) -> str:
    """The journal line of an entry whose parts (name and size of each) start at `at` in
    the data file."""
    key, stamp = tag
    record = {"key": key, "stamp": stamp, "mentions": mentions, "at": at, "parts": sizes}
    # JSON escapes every "\n" inside it: the line ends at its only "\n" (U+2028 included)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def journal_in(out_dir: Path) -> bool:
    """Whether `out_dir` holds the journal of an unfinished run (that --resume goes on with)."""
    return (out_dir / PARTIAL / JOURNAL).is_file()


class Journal:
    """Append-only record of finished documents; use as a context manager.

    A resumed run takes an entry again only for a document whose key and stamp are the
    same (`reusable`), so a changed input is done again; the journal's lines are read one
    at a time, and only each entry's key, stamp and line's place are kept in memory.
    """

    def __init__(self, out_dir: Path, settings: dict[str, Any], resume: bool) -> None:
        self.folder = out_dir / PARTIAL
        self.path = self.folder / JOURNAL
        self.data_path = self.folder / DATA
        self.settings = {**settings, FORMAT_SETTING: LINE_FORMAT}
        self.resume = resume
        self.index: dict[str, tuple[str | None, int]] = {}  # key -> stamp, line's offset
        self.size = 0  # of the data file
        self._handle: IO[str] | None = None
        self._data: IO[bytes] | None = None
        self._reader: IO[bytes] | None = None
        self._data_reader: IO[bytes] | None = None

    def __enter__(self) -> Journal:
        settings_path = self.folder / SETTINGS
        if self.resume and self.path.exists():
            previous = json.loads(settings_path.read_text(encoding="utf-8"))
            if previous.get(FORMAT_SETTING, LINE_FORMAT) != LINE_FORMAT:
                raise ResumeError(
                    f"{self.folder} was written by another version of the pipeline, whose "
                    "journal this one cannot read: finish it with that version, or run "
                    "again without --resume"
                )
            if previous != self.settings:
                raise ResumeError(
                    f"{self.folder} was written by a run with other inputs or options"
                )
            self._recover()
        else:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir(parents=True)
            settings_path.write_text(json.dumps(self.settings, sort_keys=True), encoding="utf-8")
        self._handle = self.path.open("a", encoding="utf-8", newline="\n")
        self._data = self.data_path.open("ab")
        self._reader = self.path.open("rb")
        self._data_reader = self.data_path.open("rb")
        return self

    def _recover(self) -> None:
        """Index the complete lines whose data is all there (the last entry of a key
        counts); an unfinished last line, and data after the last line's, are cut off.
        Lines end at "\\n" only: str.splitlines would also cut at U+2028 inside a text."""
        offset = 0
        data_size = self.data_path.stat().st_size if self.data_path.exists() else 0
        with self.path.open("rb+") as handle:
            for line in iter(handle.readline, b""):
                if not line.endswith(b"\n"):
                    break
                header = json.loads(line)
                end = header["at"] + sum(size for _, size in header["parts"])
                if end > data_size:
                    break
                self.index[header["key"]] = (header.get("stamp"), offset)
                self.size = end
                offset += len(line)
            handle.truncate(offset)
        with self.data_path.open("ab") as data:
            data.truncate(self.size)

    def reusable(self, key: str, stamp: str | None) -> int | None:
        """Where the entry of an unchanged document is, if an earlier run finished it."""
        found = self.index.get(key)
        if found is None or stamp is None or found[0] != stamp:
            return None
        return found[1]

    def entry_at(self, offset: int) -> JournalEntry:
        """The entry whose line is at `offset`, its parts read back from the data file one
        at a time as they are wanted."""
        assert self._reader is not None
        self._reader.seek(offset)
        header = json.loads(self._reader.readline())
        parts = self._parts(header["at"], header["parts"])
        return JournalEntry((header["key"], header["stamp"]), header["mentions"], parts)

    def _parts(self, at: int, sizes: list[list[Any]]) -> Iterator[tuple[str, bytes]]:
        assert self._data_reader is not None
        for name, size in sizes:
            self._data_reader.seek(at)
            yield name, self._data_reader.read(size)
            at += size

    def write(self, entry: JournalEntry, copy: Callable[[str, bytes], None]) -> None:
        """Append one entry: its data first, each part handed on to `copy` as it is
        written, then the line that points at it."""
        assert self._handle is not None and self._data is not None
        at, sizes = self.size, []
        for name, data in entry.parts:
            self._data.write(data)
            sizes.append([name, len(data)])
            self.size += len(data)
            copy(name, data)
        self._data.flush()
        self._handle.write(header_line(entry.tag, entry.mentions, sizes, at))
        self._handle.flush()

    def __exit__(self, error: type[BaseException] | None, *exc_info: object) -> None:
        """Close the files; a run that ends early (interrupted, crashed) keeps its journal
        for --resume, written through to the disk. A finished run's is discarded next
        (`runner.run_batch`): syncing it first took a one-sentence run 1-15 ms of waiting
        on a disk other processes write to."""
        for reader in (self._reader, self._data_reader):
            if reader is not None:
                reader.close()
        for handle in (self._data, self._handle):
            if handle is not None:
                handle.flush()
                if error is not None:
                    os.fsync(handle.fileno())
                handle.close()

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
