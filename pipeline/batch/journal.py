"""The run journal: every finished document, one line each, in OUT/.partial/.

A line is written whole and flushed before the next document starts, so a run killed at
any moment (even kill -9) leaves at most one unfinished last line, which a resumed run
drops. Each line says which input it came from and what that input was (its stamp), so
that a resumed run redoes what changed. The output files are written alongside and put in
place only when the batch is complete; a resumed run writes them again, in input order,
from the journal's entries of unchanged inputs and the documents it does itself.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import IO, Any

PARTIAL = ".partial"
JOURNAL = "journal.jsonl"
SETTINGS = "run.json"
# Raised whenever what a journal line holds changes: a run is never resumed over a journal
# whose lines this version would misread.
LINE_FORMAT = 3


class ResumeError(ValueError):
    """--resume over a journal written by a run with other settings."""


Tag = tuple[str, str | None]  # a document's key and stamp (see read.Pending)


def journal_line(tag: Tag, entry: dict[str, Any]) -> str:
    """An entry as the journal stores it: one line of JSON (made where the work was done),
    with what identifies the input it came from. JSON escapes every "\\n" inside it, so
    the line ends at its only "\\n" whatever the text holds (U+2028 included)."""
    key, stamp = tag
    record = {"key": key, "stamp": stamp, **entry}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


class Journal:
    """Append-only record of finished documents; use as a context manager.

    A resumed run takes an entry again only for a document whose key and stamp are the
    same (`reusable`), so a changed input is done again; the journal is read a line at a
    time, and only each entry's key, stamp and place in the file are kept in memory.
    """

    def __init__(self, out_dir: Path, settings: dict[str, Any], resume: bool) -> None:
        self.folder = out_dir / PARTIAL
        self.path = self.folder / JOURNAL
        self.settings = {**settings, "journal_line_format": LINE_FORMAT}
        self.resume = resume
        self.index: dict[str, tuple[str | None, int]] = {}  # key -> stamp, offset
        self._handle: IO[str] | None = None
        self._reader: IO[bytes] | None = None

    def __enter__(self) -> Journal:
        settings_path = self.folder / SETTINGS
        if self.resume and self.path.exists():
            previous = json.loads(settings_path.read_text(encoding="utf-8"))
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
        self._reader = self.path.open("rb")
        return self

    def _recover(self) -> None:
        """Index the complete lines (the last entry of a key counts); an unfinished last
        line is cut off. Lines end at "\\n" only: str.splitlines would also cut at
        U+2028 inside a text."""
        offset = 0
        with self.path.open("rb+") as handle:
            for line in iter(handle.readline, b""):
                if not line.endswith(b"\n"):
                    break
                entry = json.loads(line)
                self.index[entry["key"]] = (entry.get("stamp"), offset)
                offset += len(line)
            handle.truncate(offset)

    def reusable(self, key: str, stamp: str | None) -> int | None:
        """Where the entry of an unchanged document is, if an earlier run finished it."""
        found = self.index.get(key)
        if found is None or stamp is None or found[0] != stamp:
            return None
        return found[1]

    def entry_at(self, offset: int) -> dict[str, Any]:
        assert self._reader is not None
        self._reader.seek(offset)
        return json.loads(self._reader.readline())

    def write(self, line: str) -> None:
        """Append one entry made by `journal_line`."""
        assert self._handle is not None
        self._handle.write(line)
        self._handle.flush()

    def __exit__(self, *exc_info: object) -> None:
        if self._reader is not None:
            self._reader.close()
        if self._handle is not None:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
