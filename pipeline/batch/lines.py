"""How output becomes text: a documents.jsonl line, and CSV rows a spreadsheet cannot
evaluate (and their cells read back exactly)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any


def json_line(record: dict[str, Any]) -> str:
    """One line of documents.jsonl or errors.jsonl: UTF-8 as it is, one "\n" at its end."""
    return json_value(record) + "\n"


def json_value(value: Any) -> str:
    """A value as `json_line` writes it inside a line."""
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def formula_safe(value: Any) -> Any:
    """A text cell a spreadsheet would evaluate, with an apostrophe in front ("-Да." ->
    "'-Да."), as OWASP advises; a cell that starts with an apostrophe gets one more, so
    that exactly one comes off when the table is read back. JSONL and Parquet keep the text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def formula_unsafe(value: str) -> str:
    """A CSV cell as the run found it: `formula_safe` undone (one apostrophe off)."""
    return value[1:] if value.startswith("'") else value


def csv_text(rows: Iterable[Iterable[Any]]) -> str:
    """Rows as CSV lines: quoted where needed, formula-safe, one "\\n" after each row."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(map(formula_safe, row) for row in rows)
    return buffer.getvalue()
