"""The lemma and part of speech of the words of news, read from a DAWG cached on disk.

A word's first pymorphy3 parse costs some 20 µs, and the first parses of a run's 16,000
distinct words were a third of stage 1 on short news (216 dev texts). The store holds, for
each lower-case Cyrillic word of a list (slovnet's vocabulary: 229,000 words of news), what
`Morphology.lemma_and_pos` gives: pymorphy3's own answer, computed when the store is built
(once, about 4 s, kept in the user's cache folder as slovnet's word ids are) and keyed by
the list, pymorphy3's version and its dictionary's.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import dawg

from pipeline.data import cache_folder, store_in_cache

if TYPE_CHECKING:
    import pymorphy3

FORMAT = "1"  # bump when what the cache file holds changes

# A word of Cyrillic letters reads the same to pymorphy3 in any case: it parses the lower
# case; only a single capital (an initial) and a Roman number are read by their case.
CYRILLIC_WORD = re.compile(r"[а-яё]{2,}", re.IGNORECASE)
LOWER_CYRILLIC_WORD = re.compile(r"[а-яё]{2,}")


@dataclass(frozen=True)
class WordList:
    """Words known by a key (a digest of where they come from), read only to build a store."""

    key: bytes
    read: Callable[[], Iterable[str]]


class LemmaStore:
    """A word's lemma and part of speech, as `lemma_and_pos_of` its pymorphy3 parses gives."""

    def __init__(self, entries: dawg.BytesDAWG) -> None:
        self.entries = entries
        # each packed value read once: 1,600 of them for 229,000 words
        self.edits: dict[bytes, tuple[int, str, str | None]] = {}

    def get(self, word: str) -> tuple[str, str | None] | None:
        """The stored lemma and part of speech of the word in any case, or None."""
        if not CYRILLIC_WORD.fullmatch(word):
            return None
        lower = word.lower()
        found = self.entries.get(lower)
        if found is None:
            return None
        edit = self.edits.get(found[0])
        if edit is None:
            edit = self.edits[found[0]] = edit_of(found[0].decode())
        cut, added, pos = edit
        return lower[: len(lower) - cut] + added, pos


def lemma_and_pos_of(parses: list) -> tuple[str, str | None]:
    """The best parse's lemma and part of speech. The part of speech is a plain string:
    pymorphy3's checks every comparison against its grammemes, and tokens are compared
    hundreds of thousands of times."""
    best = parses[0]
    pos = best.tag.POS
    return best.normal_form, None if pos is None else str(pos)


def packed(word: str, lemma: str, pos: str | None) -> str:
    """The lemma as an edit of the word (characters cut from its end, what is added) and
    the part of speech: "министрам" is "2\\t\\tNOUN"; 1,600 distinct values for 229,000
    words, which the DAWG shares."""
    same = len(os.path.commonprefix([word, lemma]))
    return f"{len(word) - same}\t{lemma[same:]}\t{pos or ''}"


def unpacked(word: str, value: str) -> tuple[str, str | None]:
    cut, added, pos = edit_of(value)
    return word[: len(word) - cut] + added, pos


def edit_of(value: str) -> tuple[int, str, str | None]:
    """A packed value's edit (characters cut from a word's end, what is added) and part
    of speech."""
    cut, added, pos = value.split("\t")
    return int(cut), added, pos or None


def built(words: Iterable[str], analyzer: pymorphy3.MorphAnalyzer) -> dawg.BytesDAWG:
    """The store's DAWG: each lower-case Cyrillic word to its packed lemma and POS."""
    entries = (
        (word, packed(word, *lemma_and_pos_of(analyzer.parse(word))).encode())
        for word in sorted(set(words))
        if LOWER_CYRILLIC_WORD.fullmatch(word)
    )
    return dawg.BytesDAWG(entries)


def cache_key(words: WordList, analyzer: pymorphy3.MorphAnalyzer) -> str:
    import pymorphy3

    meta = json.dumps(analyzer.dictionary.meta, sort_keys=True, ensure_ascii=False)
    parts = (FORMAT, pymorphy3.__version__, meta)
    return hashlib.sha256("\n".join(parts).encode() + b"\n" + words.key).hexdigest()[:24]


def load_lemma_store(
    words: WordList, analyzer: pymorphy3.MorphAnalyzer, cache: Path | None = None
) -> LemmaStore | None:
    """The store of the words, read from the cache or built and cached; None with no cache
    or one that cannot be written (building costs more than a run saves)."""
    folder = cache_folder() if cache is None else cache
    if folder is None:
        return None
    path = folder / f"lemmas-{cache_key(words, analyzer)}.dawg"
    if path.is_file():
        try:
            return LemmaStore(dawg.BytesDAWG().load(str(path)))
        except Exception:  # noqa: BLE001 - damaged: rebuilt
            pass
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK):
        return None
    entries = built(words.read(), analyzer)
    store_in_cache(path, lambda temporary: entries.save(str(temporary)))
    return LemmaStore(entries)
