"""Reading inputs: folders of .txt, single .txt files and JSONL, one Article or Failure each."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

from pipeline.records import Article, Failure


class InputError(ValueError):
    """An input argument that cannot be read at all (a usage error, not a bad document)."""


class NotText(ValueError):
    """Bytes that are not text in any encoding we can tell."""


EMPTY = "empty: no text to read"
CYRILLIC_ENCODINGS = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5"]
CONTROL = frozenset(chr(c) for c in range(32)) - {"\n", "\r", "\t", "\f", "\v"}


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (BOM dropped), UTF-16 by its BOM, else a detected encoding.

    Windows-1251, KOI8-R and CP866 exports are recognised by charset-normalizer; bytes
    that decode to nothing readable raise NotText.
    """
    text = None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:  # the mark was no mark: "яю" in Windows-1251, or noise
            text = None
    if text is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = detected(data)
    if looks_binary(text):
        raise NotText("binary: control characters in the text")
    return text


def detected(data: bytes) -> str:
    """Text in the encoding charset-normalizer finds; Russian news: Cyrillic code pages
    first, as short texts fool an open search."""
    best = (
        charset_normalizer.from_bytes(data, cp_isolation=CYRILLIC_ENCODINGS).best()
        or charset_normalizer.from_bytes(data).best()
    )
    if best is None:
        raise NotText("binary or undecodable: no text encoding fits")
    return str(best)


def looks_binary(text: str) -> bool:
    sample = text[:65536]
    return "\x00" in sample or sum(ch in CONTROL for ch in sample) > len(sample) / 100


def read_text_file(path: Path, doc_id: str, max_bytes: int) -> Article | Failure:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Failure(source, f"too large: {size} bytes > {max_bytes}", doc_id=doc_id)
        text = decode(path.read_bytes())
        if not text.strip():
            return Failure(source, EMPTY, doc_id=doc_id)
        return Article(doc_id, source, text)
    except OSError as error:
        return Failure(source, f"unreadable: {error.strerror or error}", doc_id=doc_id)
    except NotText as error:
        return Failure(source, str(error), doc_id=doc_id)


def text_files(folder: Path) -> list[Path]:
    """The articles of a folder: every *.txt below it, sorted by relative path."""
    return sorted(
        (p for p in folder.rglob("*.txt") if p.is_file()),
        key=lambda p: p.relative_to(folder).as_posix(),
    )


def read_folder(folder: Path, max_bytes: int) -> Iterator[Article | Failure]:
    """Every *.txt below `folder`, in sorted order of relative path."""
    for path in text_files(folder):
        doc_id = path.relative_to(folder).with_suffix("").as_posix()
        yield read_text_file(path, doc_id, max_bytes)


def read_jsonl(
    path: Path, id_field: str, text_field: str, max_bytes: int
) -> Iterator[Article | Failure]:
    """One article per line of {id_field, text_field}; a bad line is a Failure."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Failure(source, f"unreadable: {error.strerror or error}")
        return
    with handle:
        for number, (raw, size) in enumerate(bounded_lines(handle, max_bytes), start=1):
            if size > max_bytes:
                yield Failure(source, f"too large: {size} bytes > {max_bytes}", line=number)
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError as error:
                yield Failure(source, f"not UTF-8 JSON: {error.reason}", line=number)
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
            elif not text.strip():
                yield Failure(source, EMPTY, line=number, doc_id=str(doc_id))
            else:
                yield Article(str(doc_id), source, text, line=number)


DEFAULT_MAX_BYTES = 50_000_000
CHUNK = 1 << 20


def bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[bytes, int]]:
    """(line, its size) for each line; a line over `max_bytes` is measured, not kept."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        size = len(line)
        if size > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(CHUNK)) and not rest.endswith(b"\n"):
                size += len(rest)
            size += len(rest)
            line = b""
        yield line, size


def read_inputs(
    inputs: list[Path],
    id_field: str = "id",
    text_field: str = "text",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Failure]:
    """Articles from each input in turn: a folder, a .txt file or a .jsonl file.

    A document over `max_bytes` is a Failure, not a reason to run out of memory; an
    input that does not exist is an InputError, raised before anything is read.
    """
    check_inputs(inputs)
    for path in inputs:
        if path.is_dir():
            yield from read_folder(path, max_bytes)
        elif path.suffix == ".jsonl":
            yield from read_jsonl(path, id_field, text_field, max_bytes)
        else:
            yield read_text_file(path, path.stem, max_bytes)


def check_inputs(inputs: list[Path]) -> None:
    """Raise InputError for an input that does not exist, before any work starts."""
    for path in inputs:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")


def count_inputs(inputs: list[Path]) -> int:
    """How many documents the inputs hold (for progress): files, non-empty JSONL lines."""
    total = 0
    for path in inputs:
        if path.is_dir():
            total += len(text_files(path))
        elif path.suffix == ".jsonl":
            try:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:  # reported by the reader as one failure
                total += 1
        else:
            total += 1
    return total
