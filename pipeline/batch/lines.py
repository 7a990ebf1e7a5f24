"""How output becomes text: a documents.jsonl line, and CSV rows a spreadsheet cannot
evaluate (and their cells read back exactly)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any


def json_line(record: dict[str, Any]) -> str:
    """One line of documents.jsonl or errors.jsonl: UTF-8 as it is, one "\n" at its end."""
    return json_value(record) + "\n"


# What `json.dumps(value, ensure_ascii=False, separators=(", ", ": "))` writes, the same
# bytes, from one encoder: `json.dumps` with options builds a new one each call (0.7 µs
# of the 0.8 µs a key took; a documents.jsonl line is written in some thirty pieces). The
# records are trees of new dicts and lists, with no cycle to look for.
JSON_VALUE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "), check_circular=False)


def json_value(value: Any) -> str:
    """A value as `json_line` writes it inside a line."""
    return JSON_VALUE.encode(value)


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


# a character a formula may start with, wherever it is in CSV text
FORMULA_CHAR = re.compile(f"[{re.escape(''.join(FORMULA_STARTS))}]")


def formula_free(text: str) -> bool:
    """Whether no cell of CSV text starts with one of FORMULA_STARTS. A cell starts at the
    text's start, after a ",", or after a row's "\\n", with its first character, or with
    the quote that opens it and then its first character: the csv module changes nothing
    else of a cell but doubling its quotes. A "," or "\\n" inside a quoted cell, or a
    negative number, only has a cell taken for one that might start a formula. Over short
    news, one character in 300 of the tables is one of these, and hardly any starts a cell."""
    for found in FORMULA_CHAR.finditer(text):
        at = found.start()
        before = text[at - 1 : at] if at > 0 else ""
        if before == '"':
            before = text[at - 2 : at - 1] if at > 1 else ""
        if before in ("", ",", "\n"):
            return False
    return True


ROWS_AT_ONCE = 4096  # rows written into one CSV text at a time


def csv_text(rows: Iterable[Iterable[Any]]) -> str:
    """Rows as CSV lines: quoted where needed, formula-safe, one "\\n" after each row.

    The rows are written as they are first; the text of most has no cell to neutralise
    (`formula_free`), and only the others are written again, through `formula_safe`, a
    call for each cell (the half of the time these lines took)."""
    rows = rows if isinstance(rows, list) else list(rows)
    text = plain_csv(rows)
    if not formula_free(text):
        rows = [[formula_safe(cell) for cell in row] for row in rows]
        text = plain_csv(rows)
    if "\r" in text:  # a text's carriage return, in a name or a sentence: rare
        text = "".join(carriage_return_quoted(row) for row in rows)
    return text


def plain_csv(rows: Iterable[Iterable[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def carriage_return_quoted(row: Iterable[Any]) -> str:
    """A row as the csv module writes it, but for a cell with a carriage return, quoted:
    written with "\\n" after each line, the module of Python 3.11 and 3.12 leaves it bare
    (3.13 quotes it), and no reader, ours included, reads such a cell back whole."""
    cells = list(row)
    line = plain_csv([cells])
    if "\r" not in line:
        return line
    # each cell as the module writes it within a row (one empty cell alone is '""')
    parts = [plain_csv([[cell, ""]])[:-2] for cell in cells]
    quoted = [f'"{part}"' if "\r" in part and not part.startswith('"') else part for part in parts]
    return ",".join(quoted) + "\n"
