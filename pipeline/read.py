"""Reading inputs: folders of .txt, single .txt files and JSONL, one Article or Failure each."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from .records import Article, Failure


class InputError(ValueError):
    """An input argument that cannot be read at all (a usage error, not a bad document)."""


def decode(data: bytes) -> str:
    """UTF-8 text, without a byte-order mark; raises UnicodeDecodeError otherwise."""
    text = data.decode("utf-8-sig")
    if "\x00" in text:
        raise UnicodeDecodeError("utf-8", data, 0, 1, "NUL bytes: looks binary")
    return text


def read_text_file(path: Path, doc_id: str) -> Article | Failure:
    source = str(path)
    try:
        return Article(doc_id, source, decode(path.read_bytes()))
    except OSError as error:
        return Failure(source, f"unreadable: {error.strerror or error}", doc_id=doc_id)
    except UnicodeDecodeError as error:
        return Failure(source, f"not UTF-8 text: {error.reason}", doc_id=doc_id)


def read_folder(folder: Path) -> Iterator[Article | Failure]:
    """Every *.txt below `folder`, in sorted order of relative path."""
    paths = sorted(
        (p for p in folder.rglob("*.txt") if p.is_file()),
        key=lambda p: p.relative_to(folder).as_posix(),
    )
    for path in paths:
        doc_id = path.relative_to(folder).with_suffix("").as_posix()
        yield read_text_file(path, doc_id)


def read_jsonl(path: Path, id_field: str, text_field: str) -> Iterator[Article | Failure]:
    """One article per line of {id_field, text_field}; a bad line is a Failure."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Failure(source, f"unreadable: {error.strerror or error}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(decode(raw))
            except UnicodeDecodeError as error:
                yield Failure(source, f"not UTF-8 text: {error.reason}", line=number)
                continue
            except json.JSONDecodeError as error:
                yield Failure(source, f"malformed JSON: {error.msg}", line=number)
                continue
            if not isinstance(record, dict):
                yield Failure(source, "line is not a JSON object", line=number)
                continue
            doc_id = record.get(id_field)
            text = record.get(text_field)
            if doc_id is None:
                yield Failure(source, f"no {id_field!r} field", line=number)
            elif not isinstance(text, str):
                reason = (
                    f"no {text_field!r} field"
                    if text is None
                    else f"{text_field!r} is not a string"
                )
                yield Failure(source, reason, line=number, doc_id=str(doc_id))
            else:
                yield Article(str(doc_id), source, text, line=number)


def read_inputs(
    inputs: list[Path], id_field: str = "id", text_field: str = "text"
) -> Iterator[Article | Failure]:
    """Articles from each input in turn: a folder, a .txt file or a .jsonl file."""
    for path in inputs:
        if path.is_dir():
            yield from read_folder(path)
        elif path.suffix == ".jsonl":
            yield from read_jsonl(path, id_field, text_field)
        elif path.exists():
            yield read_text_file(path, path.stem)
        else:
            raise InputError(f"no such file or folder: {path}")


def check_inputs(inputs: list[Path]) -> None:
    """Raise InputError for an input that does not exist, before any work starts."""
    for path in inputs:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
