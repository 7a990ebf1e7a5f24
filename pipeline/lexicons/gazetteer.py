"""The gazetteer index: every name of every entry in all six cases, cached on disk.

The case forms are generated with pymorphy3 from the nominative, so "Казахстане" is found
without guessing the lemma of a word the dictionary may not know."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from pipeline.data import cache_folder, kept_in_cache
from pipeline.lexicons.gazetteer_files import Entry, merged_entries, read_entries
from pipeline.text.declension import forms_of
from pipeline.text.inflect import CASES, case_of, closest_stem, is_inflectable
from pipeline.text.keys import fold
from pipeline.text.morphology import Morphology, source_digest

CYRILLIC_LETTERS = re.compile("[А-ЯЁ][а-яё]+")
QUOTES = str.maketrans("", "", '«»"„“”')
# "им." written for "имени": "театр им. Вахтангова" is "театр имени Вахтангова"
HONOURING_SHORT = re.compile(r"(?<![а-я])им\. ?")
# grammemes that change across the forms of one word
VARYING = frozenset(
    {"nomn", "gent", "gen1", "gen2", "datv", "accs", "acc2", "ablt", "loct", "loc1", "loc2",
     "voct", "sing", "plur", "masc", "femn", "neut", "ms-f", "anim", "inan", "Infr", "V-ey",
     "V-oy", "V-ej", "V-be", "V-en", "V-ie", "V-bi", "Sgtm", "Pltm"}
)  # fmt: skip


def name_forms(name: str, morph: Morphology) -> set[str]:
    """The folded name in every case: its leading adjectives and first noun inflected.

    "Соединённые Штаты" -> "соединенных штатов", ...; "Министерство иностранных дел" ->
    "министерства иностранных дел", ...; "ООН", "Алматы" stay as they are. A one-word name
    the dictionary reads as no nominative declines by its ending: "Претория" (to pymorphy3
    the genitive of "преторий") -> "претории", "преторию", ...
    """
    words = name.split(" ")
    forms = {fold(name)}
    head = head_parses(words, morph)
    if not head:
        if len(words) == 1 and CYRILLIC_LETTERS.fullmatch(name):
            forms.update(fold(form) for form in forms_of(name.lower()))
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
    off its lexeme once rather than inflected case by case. A superlative's lexeme also
    holds its synonyms ("высшая" and "высочайшая"): the forms of the word's own stem win."""
    found: dict[str, list] = {}
    fixed = parse.tag.grammemes - VARYING  # a participle's tense and voice, say
    for form in parse.lexeme:
        tag = form.tag
        case = case_of(tag)
        if tag.number != number or case not in CASES:
            continue
        if not fixed <= tag.grammemes:
            continue
        if number == "sing" and parse.tag.gender and tag.gender not in (parse.tag.gender, None):
            continue
        if case == "accs" and animacy and tag.animacy not in (animacy, None):
            continue
        found.setdefault(case, []).append(form)
    if "Supr" in parse.tag:
        return {case: closest_stem(forms, parse.word).word for case, forms in found.items()}
    return {case: forms[0].word for case, forms in found.items()}


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
    # the key it is kept in the cache folder under (`cache_key`), "" where none is kept:
    # what is derived from it is kept under it too (`place_adjectives.kept_adjectives`)
    key: str = field(default="", compare=False)

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """The entries one of whose names, in some case, is `name`."""
        found = self.index.get(key_of(name))
        if not found:  # most names asked about
            return ()
        ids = dict.fromkeys(i for i, _ in found)
        return tuple(self.entries[i] for i in ids)

    def nominative(self, name: str, entry: Entry) -> str | None:
        """The name of `entry` of which `name` is a case form ("Казахстане": Казахстан)."""
        found = [written for i, written in self.index.get(key_of(name), ()) if i == entry.id]
        return found[0] if found else None

    def __reduce__(self) -> tuple:
        """Pickled with each entry as a tuple of its fields: pickle's own way with a frozen
        slotted dataclass (a Python call per field) takes twice as long to load."""
        rows = [
            (key, *(getattr(e, name) for name in ENTRY_FIELDS)) for key, e in self.entries.items()
        ]
        return restored, (rows, self.index)


ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


def restored(rows: list[tuple], index: dict[str, tuple[tuple[str, str], ...]]) -> Gazetteer:
    """A gazetteer as `Gazetteer.__reduce__` pickled it."""
    return Gazetteer({row[0]: Entry(*row[1:]) for row in rows}, index)


@lru_cache(maxsize=100_000)
def key_of(name: str) -> str:
    """The index key of a name (cached: a document's names are looked up many times)."""
    return with_honouring_word(fold(name.translate(QUOTES)))


def with_honouring_word(folded: str) -> str:
    """A folded name with "им." written out: "театр им. вахтангова" -> "театр имени
    вахтангова", so that either spelling finds the other."""
    return HONOURING_SHORT.sub("имени ", folded) if "им." in folded else folded


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
    files = tuple(Path(p) for p in paths if Path(p).exists())
    user_entries = tuple(user_entries)
    folder = cache_folder() if cache is None else cache
    # the key is a digest of the files: not made where nothing is kept
    key = cache_key(files, user_entries) if folder is not None else ""
    gazetteer = kept_in_cache(
        f"gazetteer-{key}.pickle" if key else "",
        lambda: build_gazetteer((*read_entries(files), *user_entries), morph),
        Gazetteer,
        folder,
    )
    gazetteer.key = key
    return gazetteer


def cache_key(files: tuple[Path, ...], user_entries: tuple[Entry, ...]) -> str:
    """A digest of the files' bytes, the user's entries, the dictionaries behind the forms
    and the source of every module that reads the files or makes the forms: a change to
    any of them builds the index again (a hand-kept version number was once forgotten,
    and an old index kept forms the code no longer makes). The files are hashed, not read
    into entries: that would take longer than loading the cached index."""
    from pipeline.lexicons import gazetteer_files
    from pipeline.text import declension, inflect, keys, morphology

    modules = (gazetteer_files, declension, inflect, keys, morphology, sys.modules[__name__])
    digest = source_digest(modules, files)
    for entry in user_entries:
        fields = (entry.id, entry.type, entry.canonical, *entry.aliases, entry.kb_id, entry.country)
        fields += (entry.wikidata, *entry.posts)
        digest.update("\t".join(fields).encode() + b"\n")
    return digest.hexdigest()[:24]


def build_gazetteer(rows: Iterable[Entry], morph: Morphology) -> Gazetteer:
    entries = merged_entries(rows)
    index: dict[str, set[tuple[str, str]]] = defaultdict(set)
    # persons are matched by their name's parts (entities.link), not by the forms of a phrase
    for entry in (e for e in entries.values() if e.type != "PER"):
        for name in entry.names:
            for form in name_forms(name, morph):
                index[with_honouring_word(form)].add((entry.id, name))
    return Gazetteer(entries, {form: tuple(sorted(pairs)) for form, pairs in index.items()})
