"""Stage 4: documents.jsonl, the CSV tables and errors.jsonl.

Rows are streamed into hidden temporary files beside the targets; the targets are
replaced only when the batch is complete, so an interrupted run never leaves a
half-written table in place.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from .records import Document, Failure

MENTION_COLUMNS = ("doc_id", "mention_id", "start", "end", "type", "text", "normal", "entity_id")
ENTITY_COLUMNS = (
    "doc_id",
    "entity_id",
    "type",
    "canonical",
    "kb_id",
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
    return [
        (doc.doc_id, m.id, m.start, m.end, m.type, m.text, m.normal, m.entity) for m in doc.mentions
    ]


def entity_rows(doc: Document) -> list[tuple[Any, ...]]:
    return [
        (
            doc.doc_id,
            e.id,
            e.type,
            e.canonical,
            e.kb_id or "",
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


def json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": ")) + "\n"


class OutputWriter:
    """Writes a batch's output files into `out_dir`; use as a context manager."""

    NAMES = ("documents.jsonl", "mentions.csv", "entities.csv", "occupations.csv", "errors.jsonl")

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.documents = 0
        self.mentions = 0
        self.failures = 0
        self._files: dict[str, IO[str]] = {}

    def __enter__(self) -> OutputWriter:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for name in self.NAMES:
            self._files[name] = open(  # noqa: SIM115 - closed in __exit__
                self._temporary(name), "w", encoding="utf-8", newline=""
            )
        self._csv = {
            name: csv.writer(self._files[name], lineterminator="\n")
            for name in ("mentions.csv", "entities.csv", "occupations.csv")
        }
        self._csv["mentions.csv"].writerow(MENTION_COLUMNS)
        self._csv["entities.csv"].writerow(ENTITY_COLUMNS)
        self._csv["occupations.csv"].writerow(OCCUPATION_COLUMNS)
        return self

    def _temporary(self, name: str) -> Path:
        return self.out_dir / f".{name}.partial"

    def write(self, item: Document | Failure) -> None:
        if isinstance(item, Failure):
            self._files["errors.jsonl"].write(json_line(item.to_dict()))
            self.failures += 1
            return
        self._files["documents.jsonl"].write(json_line(item.to_dict()))
        self._csv["mentions.csv"].writerows(mention_rows(item))
        self._csv["entities.csv"].writerows(entity_rows(item))
        self._csv["occupations.csv"].writerows(occupation_rows(item))
        self.documents += 1
        self.mentions += len(item.mentions)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        for handle in self._files.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        if kind is not None:
            return
        for name in self.NAMES:
            os.replace(self._temporary(name), self.out_dir / name)
