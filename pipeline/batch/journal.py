"""The run journal: every finished document, one line each, in OUT/.partial/.

A line is written whole and flushed before the next document starts, so a run killed at
any moment (even kill -9) leaves at most one unfinished last line, which a resumed run
drops. The output files are written alongside and put in place only when the batch is
complete; a resumed run writes them again from the journal first.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from pipeline.records import Article, Document, Failure

PARTIAL = ".partial"
JOURNAL = "journal.jsonl"
SETTINGS = "run.json"
# Raised whenever what a journal line holds changes: a run is never resumed over a journal
# whose lines this version would misread.
LINE_FORMAT = 2


class ResumeError(ValueError):
    """--resume over a journal written by a run with other settings."""


def item_key(item: Article | Failure | Document) -> str:
    """What identifies an input document across runs: its source and line."""
    line = getattr(item, "line", None)
    return f"{item.source}\t{'' if line is None else line}"


def journal_line(key: str, entry: dict[str, Any]) -> str:
    """An entry as the journal stores it: one line of JSON (made where the work was done)."""
    return json.dumps({"key": key, **entry}, ensure_ascii=False, separators=(",", ":")) + "\n"


class Journal:
    """Append-only record of finished documents; use as a context manager."""

    def __init__(self, out_dir: Path, settings: dict[str, Any], resume: bool) -> None:
        self.folder = out_dir / PARTIAL
        self.path = self.folder / JOURNAL
        self.settings = {**settings, "journal_line_format": LINE_FORMAT}
        self.resume = resume
        self.done: set[str] = set()
        self._handle: IO[str] | None = None

    def __enter__(self) -> Journal:
        settings_path = self.folder / SETTINGS
        if self.resume and self.path.exists():
            previous = json.loads(settings_path.read_text(encoding="utf-8"))
            if previous != self.settings:
                raise ResumeError(
                    f"{self.folder} was written by a run with other inputs or options"
                )
            self.done = set(self._recover())
        else:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir(parents=True)
            settings_path.write_text(json.dumps(self.settings, sort_keys=True), encoding="utf-8")
        self._handle = self.path.open("a", encoding="utf-8", newline="\n")
        return self

    def _recover(self) -> Iterator[str]:
        """Keys of the complete lines; an unfinished last line is cut off."""
        with self.path.open("rb+") as handle:
            data = handle.read()
            complete = data.rfind(b"\n") + 1
            if complete < len(data):
                handle.truncate(complete)
        for line in data[:complete].decode("utf-8").splitlines():
            yield json.loads(line)["key"]

    def write(self, key: str, line: str) -> None:
        """Append one entry made by `journal_line`."""
        assert self._handle is not None
        self._handle.write(line)
        self._handle.flush()
        self.done.add(key)

    def entries(self) -> Iterator[dict[str, Any]]:
        """Every entry in the order written."""
        with self.path.open(encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)

    def __exit__(self, *exc_info: object) -> None:
        if self._handle is not None:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
