"""What the inputs are, before anything is read: the kinds of input a run takes, the checks
made before it starts (`check_inputs`), and how many documents they hold (`count_inputs`).
Light on purpose: `batch.early` asks it before the command line loads, ahead of a pool."""

from __future__ import annotations

import errno
import os
import re
from itertools import islice
from pathlib import Path


class InputError(ValueError):
    """An input argument that cannot be read at all (a usage error, not a bad document)."""


TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED = (
    "a folder, or a .txt, .jsonl or .ndjson file (any case; "
    "a .json file is read only as JSON Lines named .jsonl)"
)


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


def is_text_name(name: str) -> bool:
    return name.lower().endswith(TEXT_SUFFIXES)


def is_jsonl_name(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


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
