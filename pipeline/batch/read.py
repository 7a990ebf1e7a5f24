"""Reading inputs: folders of .txt, single .txt files and JSONL, one Article or Failure each."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from pipeline.batch.inputs import (
    check_inputs,
    is_jsonl_name,
    is_text_name,
    lone_surrogate,
    reason,
    visible,
    walk,
)
from pipeline.records import Article, Failure


class NotText(ValueError):
    """Bytes that are not text in any encoding we can tell."""


CYRILLIC_ENCODINGS = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5"]
CONTROL = frozenset(chr(c) for c in range(32)) - {"\n", "\r", "\t", "\f", "\v"}


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (BOM dropped; a character cut off at the end dropped too),
    UTF-16 by its BOM, else a detected encoding.

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
        except UnicodeDecodeError as error:
            # a file cut inside its last character (a download that stopped) is UTF-8 all
            # the same: the broken character is dropped, not the article
            if error.reason == "unexpected end of data" and error.end == len(data):
                text = data[: error.start].decode("utf-8-sig")
            else:
                text = detected(data)
    if looks_binary(text):
        raise NotText("binary: control characters in the text")
    return text


def detected(data: bytes) -> str:
    """Text in the encoding charset-normalizer finds; Russian news: Cyrillic code pages
    first, as short texts fool an open search."""
    import charset_normalizer  # here: UTF-8 input, the usual, never needs it

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
    """A text file as an Article (an empty one too: a document with no mentions)."""
    source = visible(str(path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Failure(source, f"too large: {size} bytes > {max_bytes}", doc_id=doc_id)
        return Article(doc_id, source, decode(path.read_bytes()))
    except OSError as error:
        return Failure(source, f"unreadable: {error.strerror or error}", doc_id=doc_id)
    except NotText as error:
        return Failure(source, str(error), doc_id=doc_id)


@dataclass(frozen=True, slots=True)
class Pending:
    """One input document before it is read: where it is, its id when known, and what
    identifies its content (`stamp`; None: never taken from an earlier run's journal)."""

    source: str
    line: int | None
    doc_id: str | None
    stamp: str | None
    read: Callable[[], Article | Failure]

    @property
    def key(self) -> str:
        """What identifies the document across runs: its source and line."""
        return f"{self.source}\t{'' if self.line is None else self.line}"

    @property
    def place(self) -> str:
        return self.source if self.line is None else f"{self.source} line {self.line}"


def given(item: Article | Failure) -> Article | Failure:
    return item


def ready(item: Article | Failure, stamp: str | None = None) -> Pending:
    """A document read already (a JSONL line) or a failure found while looking for one."""
    return Pending(item.source, item.line, item.doc_id, stamp, partial(given, item))


def file_stamp(status: os.stat_result) -> str:
    """What changes when a file is written, replaced or has its permissions changed."""
    return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{status.st_ino}"


def read_folder(
    folder: Path, max_bytes: int, seen: set[tuple[int, int]] | None = None
) -> Iterator[Pending]:
    """Every *.txt below `folder`, in sorted order of relative path; a file already read
    (through a link, or as another input: `seen`) is not read again."""
    seen = set() if seen is None else seen
    for relative, path, problem in walk(folder):
        named = is_text_name(relative)
        doc_id = visible(relative[:-4] if named else relative) if relative else None
        if problem is None:
            try:
                status = path.stat()
            except OSError as error:
                problem = f"unreadable: {reason(error)}"
            else:
                if (status.st_dev, status.st_ino) in seen:
                    continue
                seen.add((status.st_dev, status.st_ino))
                assert doc_id is not None  # what walk finds readable is a .txt below
                read = partial(read_text_file, path, doc_id, max_bytes)
                yield Pending(visible(str(path)), None, doc_id, file_stamp(status), read)
                continue
        yield ready(Failure(visible(str(path)), problem, doc_id=doc_id if named else None))


def read_jsonl(path: Path, id_field: str, text_field: str, max_bytes: int) -> Iterator[Pending]:
    """One article per line of {id_field, text_field}; a bad line is a Failure. Each is
    stamped with a hash of its line."""
    source = visible(str(path))
    try:
        handle = path.open("rb")
    except OSError as error:
        yield ready(Failure(source, f"unreadable: {reason(error)}"))
        return
    number = 0
    with handle:
        try:
            for number, (raw, size) in enumerate(bounded_lines(handle, max_bytes), start=1):
                if size > max_bytes:
                    too_large = f"too large: {size} bytes > {max_bytes}"
                    yield ready(Failure(source, too_large, line=number))
                elif raw.strip():
                    stamp = hashlib.blake2b(raw, digest_size=16).hexdigest()
                    yield ready(jsonl_item(raw, source, number, id_field, text_field), stamp)
        except OSError as error:
            yield ready(Failure(source, f"unreadable: {reason(error)}", line=number + 1))


def jsonl_item(
    raw: bytes, source: str, number: int, id_field: str, text_field: str
) -> Article | Failure:
    """The article of one JSONL line, or why there is none."""
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        return Failure(source, f"not UTF-8 JSON: {error.reason}", line=number)
    except json.JSONDecodeError as error:
        return Failure(source, f"malformed JSON: {error.msg}", line=number)
    if not isinstance(record, dict):
        return Failure(source, "line is not a JSON object", line=number)
    doc_id = record.get(id_field)
    text = record.get(text_field)
    if doc_id is None:
        return Failure(source, f"no {id_field!r} field", line=number)
    doc_id = visible(str(doc_id))
    if not isinstance(text, str):
        why = f"no {text_field!r} field" if text is None else f"{text_field!r} is not a string"
        return Failure(source, why, line=number, doc_id=doc_id)
    if (at := lone_surrogate(text)) is not None:
        why = f"not valid Unicode: a lone surrogate at character {at}"
        return Failure(source, why, line=number, doc_id=doc_id)
    return Article(doc_id, source, text, line=number)


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


def documents(
    inputs: list[Path],
    id_field: str = "id",
    text_field: str = "text",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Pending]:
    """The documents of the inputs in order, each to be read when wanted.

    A file is read once however often it is given (itself, or inside a folder also given);
    a document whose id an earlier one has is a Failure, so that ids stay unique. An
    input that does not exist or is of no supported kind is an InputError, raised before
    anything is read.
    """
    check_inputs(inputs)
    seen: set[tuple[int, int]] = set()
    first: dict[str, str] = {}  # document id -> where it was first found
    for path in inputs:
        for doc in input_documents(path, id_field, text_field, max_bytes, seen):
            if doc.doc_id is not None and first.setdefault(doc.doc_id, doc.place) != doc.place:
                why = f"duplicate doc_id: first in {first[doc.doc_id]}"
                doc = ready(Failure(doc.source, why, line=doc.line, doc_id=doc.doc_id))
            yield doc


def input_documents(
    path: Path, id_field: str, text_field: str, max_bytes: int, seen: set[tuple[int, int]]
) -> Iterator[Pending]:
    if path.is_dir():
        yield from read_folder(path, max_bytes, seen)
        return
    status = path.stat()
    if (status.st_dev, status.st_ino) in seen:
        return
    seen.add((status.st_dev, status.st_ino))
    if is_jsonl_name(path.name):
        yield from read_jsonl(path, id_field, text_field, max_bytes)
    else:
        doc_id = visible(path.name[: -len(".txt")])
        read = partial(read_text_file, path, doc_id, max_bytes)
        yield Pending(visible(str(path)), None, doc_id, file_stamp(status), read)


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
    for doc in documents(inputs, id_field, text_field, max_bytes):
        yield doc.read()
