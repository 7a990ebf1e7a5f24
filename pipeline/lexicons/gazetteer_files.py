"""Gazetteer files: one known place, organisation or person a line, and what a row may hold.

A gazetteer is a TSV file (see gazetteers/README.md): one entity a line with `id`,
`type`, `canonical`, `aliases` ("|"-separated), `kb_id` and `country`, and optionally
`wikidata` (a QID) and `posts` ("|"-separated, for persons). Rows that share an id refine
one entry: later files override earlier ones, aliases and posts add up."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.frozen import quick_init
from pipeline.text.keys import fold

COLUMNS = ("id", "type", "canonical", "aliases", "kb_id", "country")
OPTIONAL = ("wikidata", "posts")  # files written before these columns existed still load
QID = re.compile(r"Q[1-9][0-9]*")

TYPES = frozenset({"LOC", "ORG", "PER"})


@quick_init
@dataclass(frozen=True, slots=True)
class Entry:
    """One known place, organisation or person."""

    id: str
    type: str
    canonical: str
    aliases: tuple[str, ...] = ()
    kb_id: str = ""
    country: str = ""
    origin: str = ""  # file:line of the row that defined it
    wikidata: str = ""  # the Wikidata QID ("Q159"), where a source gives it
    posts: tuple[str, ...] = ()  # a person's known posts, nominative ("президент")

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)


@dataclass(frozen=True, slots=True)
class Row:
    entry: Entry
    line: int


def read_rows(path: Path) -> tuple[list[Row], list[str]]:
    """The rows of one gazetteer file, and what is wrong with it ("file:line: problem")."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        return [], [f"{path}:1: cannot be read as UTF-8 text ({error.__class__.__name__})"]
    rows, problems = [], []
    header: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                return [], [f"{path}:{number}: the header lacks {', '.join(missing)}"]
        elif len(cells) != len(header):
            problems.append(f"{path}:{number}: {len(cells)} columns, the header has {len(header)}")
        else:
            cell = dict(zip(header, (c.strip() for c in cells), strict=True))
            problem = row_problem(cell)
            if problem:
                problems.append(f"{path}:{number}: {problem}")
            else:
                rows.append(Row(entry_of(cell, f"{path}:{number}"), number))
    if header is None:
        problems.append(f"{path}:1: no header line ({' '.join(COLUMNS)}, tab-separated)")
    return rows, problems


def listed(cell: str) -> tuple[str, ...]:
    """A "|"-separated cell as its distinct non-empty items."""
    return tuple(dict.fromkeys(a.strip() for a in cell.split("|") if a.strip()))


def entry_of(cell: dict[str, str], origin: str) -> Entry:
    return Entry(
        cell["id"],
        cell["type"],
        cell["canonical"],
        listed(cell["aliases"]),
        cell["kb_id"],
        cell["country"].upper(),
        origin,
        cell.get("wikidata", ""),
        listed(cell.get("posts", "")),
    )


def row_problem(cell: dict[str, str]) -> str | None:
    if not cell["id"]:
        return "empty id"
    if cell["type"] not in TYPES:
        return f"type {cell['type']!r} is not one of {', '.join(sorted(TYPES))}"
    if not cell["canonical"]:
        return f"{cell['id']}: empty canonical name"
    if any(ch in cell["id"] for ch in " \t|"):
        return f"{cell['id']!r}: an id has no spaces or '|'"
    if cell.get("wikidata") and not QID.fullmatch(cell["wikidata"]):
        return f"{cell['id']}: wikidata {cell['wikidata']!r} is not a QID such as Q159"
    return None


def check_files(paths: Sequence[Path]) -> list[str]:
    """Problems in gazetteer files: bad columns, an id defined twice in one file, and an
    alias that two entries of one type claim (unless they belong to different countries,
    which the document's context tells apart: the MID of Russia, the MID of Kazakhstan)."""
    problems: list[str] = []
    claims: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    accepted: list[Entry] = []
    for path in paths:
        rows, found = read_rows(path)
        problems += found
        seen: dict[str, int] = {}
        for row in rows:
            entry = row.entry
            if entry.id in seen:
                problems.append(
                    f"{path}:{row.line}: id {entry.id} already defined on line {seen[entry.id]}"
                )
                continue
            seen[entry.id] = row.line
            accepted.append(entry)
    for entry in merged_entries(accepted).values():
        for name in {fold(n) for n in entry.names}:
            claims[(entry.type, name)].append(entry)
    for (kind, name), entries in sorted(claims.items()):
        for i, first in enumerate(entries):
            for other in entries[i + 1 :]:
                if first.country and other.country and first.country != other.country:
                    continue
                problems.append(
                    f"{other.origin}: {kind} alias {name!r} of {other.id} "
                    f"is also claimed by {first.id} ({first.origin})"
                )
    return problems


def merged_entries(rows: Iterable[Entry]) -> dict[str, Entry]:
    """One entry per id, the rows that share it refining each other in order."""
    entries: dict[str, Entry] = {}
    for row in rows:
        entries[row.id] = refine(entries.get(row.id), row)
    return entries


def refine(earlier: Entry | None, later: Entry) -> Entry:
    """A later row for the same id: its values win, the aliases of both are kept."""
    if earlier is None:
        return later
    names = [later.canonical, *later.aliases, earlier.canonical, *earlier.aliases]
    aliases = tuple(dict.fromkeys(n for n in names if fold(n) != fold(later.canonical)))
    return replace(
        later,
        aliases=aliases,
        kb_id=later.kb_id or earlier.kb_id,
        country=later.country or earlier.country,
        wikidata=later.wikidata or earlier.wikidata,
        posts=tuple(dict.fromkeys((*later.posts, *earlier.posts))),
    )


def read_entries(paths: Iterable[Path]) -> tuple[Entry, ...]:
    """Every row of the files, in order; ValueError listing the problems of bad files."""
    entries, problems = [], []
    for path in paths:
        rows, found = read_rows(Path(path))
        problems += found
        entries += [row.entry for row in rows]
    if problems:
        raise ValueError("bad gazetteer file:\n" + "\n".join(problems))
    return tuple(entries)
