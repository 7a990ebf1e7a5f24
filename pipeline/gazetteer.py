"""Gazetteers: known places and organisations, their names in every case, and their ids.

A gazetteer is a TSV file (see gazetteers/README.md): one entity a line with `id`,
`type`, `canonical`, `aliases` ("|"-separated), `kb_id` and `country`. Rows that share an
id refine one entry: later files override earlier ones, aliases add up. Every name is
indexed in all six cases, generated with pymorphy3 from the nominative, so "Казахстане"
is found without guessing the lemma of a word the dictionary may not know.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .country_cues import NO_CONTEXT, CountryContext
from .inflect import CASES, case_of, is_inflectable, strip_case_ending
from .names import fold
from .resources import Morphology

COLUMNS = ("id", "type", "canonical", "aliases", "kb_id", "country")

TYPES = frozenset({"LOC", "ORG", "PER"})
QUOTES = str.maketrans("", "", '«»"„“”')
# grammemes that change across the forms of one word
VARYING = frozenset(
    {"nomn", "gent", "gen1", "gen2", "datv", "accs", "acc2", "ablt", "loct", "loc1", "loc2",
     "voct", "sing", "plur", "masc", "femn", "neut", "ms-f", "anim", "inan", "Infr", "V-ey",
     "V-oy", "V-ej", "V-be", "V-en", "V-ie", "V-bi", "Sgtm", "Pltm"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Entry:
    """One known place or organisation."""

    id: str
    type: str
    canonical: str
    aliases: tuple[str, ...] = ()
    kb_id: str = ""
    country: str = ""
    origin: str = ""  # file:line of the row that defined it

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


def entry_of(cell: dict[str, str], origin: str) -> Entry:
    aliases = tuple(dict.fromkeys(a.strip() for a in cell["aliases"].split("|") if a.strip()))
    return Entry(
        cell["id"],
        cell["type"],
        cell["canonical"],
        aliases,
        cell["kb_id"],
        cell["country"].upper(),
        origin,
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
    )


def name_forms(name: str, morph: Morphology) -> set[str]:
    """The folded name in every case: its leading adjectives and first noun inflected.

    "Соединённые Штаты" -> "соединенных штатов", ...; "Министерство иностранных дел" ->
    "министерства иностранных дел", ...; "ООН", "Алматы" stay as they are.
    """
    words = name.split(" ")
    forms = {fold(name)}
    head = head_parses(words, morph)
    if not head:
        return forms
    noun = head[-1]
    number = noun.tag.number or "sing"
    # an adjective's accusative follows its noun's animacy: "Соединённые Штаты"
    varies = number == "plur" or noun.tag.gender == "masc"
    tables = [
        case_forms(parse, number, noun.tag.animacy if varies and parse is not noun else None)
        for parse in head
    ]
    for case in CASES[1:6]:
        inflected_head = [table.get(case, word) for table, word in zip(tables, words, strict=False)]
        forms.add(fold(" ".join([*inflected_head, *words[len(head) :]])))
    return forms


def case_forms(parse, number: str, animacy: str | None) -> dict[str, str]:
    """A word's forms by case in one number (and the parse's gender, when singular), read
    off its lexeme once rather than inflected case by case."""
    found: dict[str, str] = {}
    fixed = parse.tag.grammemes - VARYING  # a participle's tense and voice, say
    for form in parse.lexeme:
        tag = form.tag
        case = case_of(tag)
        if case in found or tag.number != number or case not in CASES:
            continue
        if not fixed <= tag.grammemes:
            continue
        if number == "sing" and parse.tag.gender and tag.gender not in (parse.tag.gender, None):
            continue
        if case == "accs" and animacy and tag.animacy not in (animacy, None):
            continue
        found[case] = form.word
    return found


def head_parses(words: list[str], morph: Morphology) -> list:
    """Nominative parses of the leading adjectives and the noun they agree with, or []."""
    adjectives: list[list] = []
    for index, word in enumerate(words):
        if not is_inflectable(word):
            return []
        nominative = [p for p in morph.parse(word) if case_of(p.tag) == "nomn"]
        adjective = [p for p in nominative if p.tag.POS in ("ADJF", "PRTF")]
        if adjective and index + 1 < len(words):
            adjectives.append(adjective)
            continue
        nouns = [p for p in nominative if p.tag.POS == "NOUN"]
        if not nouns:
            return []
        noun = nouns[0]
        agreeing = []
        for parses in adjectives:
            fitting = [
                p
                for p in parses
                if p.tag.number == noun.tag.number
                and (noun.tag.number == "plur" or p.tag.gender == noun.tag.gender)
            ]
            if not fitting:
                return []
            agreeing.append(fitting[0])
        return [*agreeing, noun]
    return []


@dataclass
class Gazetteer:
    """Entries by id, and every form of every name pointing at the entries that bear it."""

    entries: dict[str, Entry] = field(default_factory=dict)
    index: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """The entries one of whose names, in some case, is `name`."""
        ids = dict.fromkeys(i for i, _ in self.index.get(key_of(name), ()))
        return tuple(self.entries[i] for i in ids)

    def nominative(self, name: str, entry: Entry) -> str | None:
        """The name of `entry` of which `name` is a case form ("Казахстане": Казахстан)."""
        found = [written for i, written in self.index.get(key_of(name), ()) if i == entry.id]
        return found[0] if found else None


def key_of(name: str) -> str:
    return fold(name.translate(QUOTES))


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


def load_gazetteer(
    paths: Iterable[Path],
    morph: Morphology,
    user_entries: Iterable[Entry] = (),
    cache: Path | None = None,
) -> Gazetteer:
    """Entries from the files in order, then the user's (a later row refines an earlier one
    with the same id), each name indexed in all its case forms.

    Generating the forms takes most of a second; the result is kept in `cache` (a folder;
    by default the user's cache folder) under a key of everything it depends on, so that
    each worker process after the first finds it ready."""
    entries = tuple((*read_entries(p for p in paths if Path(p).exists()), *user_entries))
    folder = default_cache() if cache is None else cache
    path = folder / f"gazetteer-{cache_key(entries)}.pickle" if folder else None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)
            if isinstance(found, Gazetteer):
                return found
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass  # a damaged or stale cache file is rebuilt
    gazetteer = build_gazetteer(entries, morph)
    if path is not None:
        store(gazetteer, path)
    return gazetteer


FORMS_VERSION = "1"  # bump when name_forms or the index change


def cache_key(entries: tuple[Entry, ...]) -> str:
    """A digest of the entries, the form generator and the dictionaries behind it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        morphology = version("pymorphy3") + " " + version("pymorphy3-dicts-ru")
    except PackageNotFoundError:
        morphology = "unknown"
    digest = hashlib.sha256(f"{FORMS_VERSION} {morphology}\n".encode())
    for entry in entries:
        fields = (entry.id, entry.type, entry.canonical, *entry.aliases, entry.kb_id, entry.country)
        digest.update("\t".join(fields).encode() + b"\n")
    return digest.hexdigest()[:24]


def default_cache() -> Path | None:
    if os.environ.get("RU_OCCUPATIONS_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ru-occupations"


def store(gazetteer: Gazetteer, path: Path) -> None:
    """Write the cache file atomically; a folder that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(gazetteer, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        pass


def build_gazetteer(rows: Iterable[Entry], morph: Morphology) -> Gazetteer:
    entries = merged_entries(rows)
    index: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entry in entries.values():
        for name in entry.names:
            for form in name_forms(name, morph):
                index[form].add((entry.id, name))
    return Gazetteer(entries, {form: tuple(sorted(pairs)) for form, pairs in index.items()})


@dataclass(frozen=True, slots=True)
class Named:
    """What the resolver needs of a mention."""

    type: str
    text: str
    normal: str


def candidates(gazetteer: Gazetteer, mention: Named) -> tuple[tuple[Entry, ...], str]:
    """Entries a mention's name may refer to, and the country its name qualifies it with
    ("МИД РК": the MID entries, and KZ)."""
    for name in dict.fromkeys((mention.normal, mention.text, strip_case_ending(mention.text))):
        found = gazetteer.lookup(name)
        if found:
            return found, ""
    words = mention.text.split()
    normal_words = mention.normal.split()
    for size in (1, 2, 3):
        if len(words) <= size or len(normal_words) <= size:
            break
        countries = {
            e.country
            for e in gazetteer.lookup(" ".join(words[-size:]))
            if e.id.startswith("country-")
        }
        if len(countries) != 1:
            continue
        body = " ".join(normal_words[:-size])
        found = gazetteer.lookup(body) or gazetteer.lookup(strip_case_ending(body))
        if found:
            return found, countries.pop()
    return (), ""


def crosses_type(entry: Entry, kind: str) -> bool:
    """Whether a mention tagged `kind` may still be this entry: a "place" that only an
    organisation bears ("ЕС", "Кремль"), or an "organisation" that is a country ("Россия
    заявила"); a city tagged as an organisation is usually its club or its authorities."""
    if kind == "LOC":
        return entry.type == "ORG"
    return kind == "ORG" and entry.id.startswith("country-")


def resolve(
    gazetteer: Gazetteer,
    mentions: Sequence[Named],
    countries: Sequence[CountryContext] | None = None,
) -> list[Entry | None]:
    """The entry each organisation or place mention refers to, or None.

    The mention's type decides first; an entry of the other type is taken only when no
    entry of its own matches (`crosses_type`). An organisation whose name or an adjacent
    word names a country ("МИД РК", "японского МИДа", "МИД России") is that country's or
    none. An alias that several entries share is settled by the country the document
    mentions most or, where that country has such an entry too, by the countries its
    sentence names, nearest first (`countries`, from `country_contexts`); failing all, it
    stays unresolved.
    """
    found = [candidates(gazetteer, m) if m.type in ("LOC", "ORG") else ((), "") for m in mentions]
    contexts = countries or [NO_CONTEXT] * len(mentions)
    counts: Counter = Counter()
    for (entries, _), mention in zip(found, mentions, strict=True):
        if len(entries) == 1 and entries[0].id.startswith("country-") and mention.type == "LOC":
            counts[entries[0].country] += 1
    top = counts.most_common(2)
    main_country = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else ""
    resolved: list[Entry | None] = []
    for (entries, country), mention, context in zip(found, mentions, contexts, strict=True):
        if not entries and context.leading:  # "российского Минфина": Минфин, of Russia
            entries, country = candidates(gazetteer, without_first_word(mention))
        same_type = [e for e in entries if e.type == mention.type]
        entries = same_type or [e for e in entries if crosses_type(e, mention.type)]
        if country:  # "правительство Великобритании" is no government the gazetteer knows
            entries = [e for e in entries if e.country == country]
        elif context.qualifier:  # and "японского МИДа" is no ministry of Russia's
            entries = [e for e in entries if e.country in ("", context.qualifier)]
        elif len(entries) > 1:
            entries = settled(entries, context.nearby, main_country)
        resolved.append(entries[0] if len(entries) == 1 else None)
    return resolved


def without_first_word(mention: Named) -> Named:
    return Named(
        mention.type, mention.text.split(maxsplit=1)[-1], mention.normal.split(maxsplit=1)[-1]
    )


def settled(entries: list[Entry], nearby: Sequence[str], main_country: str) -> list[Entry]:
    """The entries of one country among several: in a document about a country with no
    such entry (Britain's "МИД"), none; else the country nearest in the sentence
    ("пресс-секретарь Президента РФ" in news from Kazakhstan), or the document's."""
    countries = {e.country for e in entries}
    if not main_country or main_country in countries:
        main_country = next((c for c in nearby if c in countries), main_country)
    return [e for e in entries if e.country == main_country] if main_country else []
