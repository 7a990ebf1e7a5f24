"""Reading inputs: folders of .txt, single .txt files and JSONL, one Article or Failure each."""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from pipeline.records import Article, Failure


class InputError(ValueError):
    """An input argument that cannot be read at all (a usage error, not a bad document)."""


class NotText(ValueError):
    """Bytes that are not text in any encoding we can tell."""


TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED = (
    "a folder, or a .txt, .jsonl or .ndjson file (any case; "
    "a .json file is read only as JSON Lines named .jsonl)"
)
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


def visible(name: str) -> str:
    """A name as valid UTF-8 text: each byte of a file name that was not UTF-8 (which
    os.fsdecode keeps as a lone surrogate) written as \\xNN, any other lone surrogate as
    \\uXXXX. Names that are text already come back as they are."""
    if lone_surrogate(name) is None:
        return name
    return "".join(
        (f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else f"\\u{ord(ch):04x}")
        if "\ud800" <= ch <= "\udfff"
        else ch
        for ch in name
    )


SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> int | None:
    """Where a text holds half a UTF-16 pair (JSON's "\\ud800"), which no file can store.
    A regular expression, not a loop over the characters: 29 million of them take seconds."""
    found = SURROGATE.search(text)
    return None if found is None else found.start()


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


def is_text_name(name: str) -> bool:
    return name.lower().endswith(TEXT_SUFFIXES)


def is_jsonl_name(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def file_stamp(status: os.stat_result) -> str:
    """What changes when a file is written, replaced or has its permissions changed."""
    return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{status.st_ino}"


Found = tuple[str, Path, str | None]  # relative path, path, why it cannot be read (or None)


def walk(folder: Path) -> list[Found]:
    """Every *.txt below `folder` (any case; links followed), and every place below it that
    cannot be read: a folder that cannot be listed, a dangling link, a link loop."""
    found: list[Found] = []
    top = folder.stat()
    stack = [(folder, "", frozenset({(top.st_dev, top.st_ino)}))]
    while stack:
        directory, prefix, ancestors = stack.pop()
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError as error:
            found.append((prefix.rstrip("/"), directory, f"unreadable folder: {reason(error)}"))
            continue
        for entry in entries:
            relative, path = prefix + entry.name, Path(entry.path)
            try:
                if entry.is_dir():
                    status = entry.stat()
                    inside = (status.st_dev, status.st_ino)
                    if inside in ancestors:
                        found.append((relative, path, "symlink loop: a folder inside itself"))
                    else:
                        stack.append((path, relative + "/", ancestors | {inside}))
                elif entry.is_file():
                    if is_text_name(entry.name):
                        found.append((relative, path, None))
                elif entry.is_symlink():
                    path.stat()  # raises: the link leads nowhere, or in a circle
                elif is_text_name(entry.name):
                    found.append((relative, path, "not a regular file"))
            except OSError as error:
                found.append((relative, path, unreadable(error, entry.is_symlink())))
    return sorted(found, key=lambda item: item[0])


def unreadable(error: OSError, link: bool) -> str:
    if error.errno == errno.ELOOP:
        return f"symlink loop: {reason(error)}"
    if link and error.errno == errno.ENOENT:
        return f"dangling symlink: {reason(error)}"
    return f"unreadable: {reason(error)}"


def reason(error: OSError) -> str:
    return error.strerror or str(error)


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


def check_inputs(inputs: list[Path]) -> None:
    """Raise InputError for an input that does not exist or that is of no kind we read,
    before any work starts."""
    for path in inputs:
        if not path.exists():
            raise InputError(f"no such file or folder: {visible(str(path))}")
        if not path.is_dir() and not (is_text_name(path.name) or is_jsonl_name(path.name)):
            raise InputError(f"cannot read {visible(str(path))}: give {SUPPORTED}")


def count_inputs(inputs: list[Path], at_most: int | None = None) -> int:
    """About how many documents the inputs hold (for progress): files, non-empty JSONL lines;
    counted no further than `at_most`, if given."""
    total = 0
    for path in dict.fromkeys(path.resolve() for path in inputs):
        if at_most is not None and total >= at_most:
            return at_most
        if path.is_dir():
            total += len(walk(path))
        elif is_jsonl_name(path.name):
            try:
                with path.open("rb") as handle:
                    lines = (line for line in handle if line.strip())
                    total += sum(
                        1 for _ in islice(lines, None if at_most is None else at_most - total)
                    )
            except OSError:  # reported by the reader as one failure
                total += 1
        else:
            total += 1
    return total if at_most is None else min(total, at_most)
