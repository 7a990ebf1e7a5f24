"""pymorphy3, loaded once and cached: the lemma, part of speech and readings of a word."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from pipeline.text.keys import plain_hyphens
from pipeline.text.lemma_store import (
    CYRILLIC_WORD,
    LemmaStore,
    WordList,
    lemma_and_pos_of,
    load_lemma_store,
)

if TYPE_CHECKING:
    import pymorphy3


class Morphology:
    """pymorphy3 with a cache in front: news repeats its words; and, when given, a store of
    the lemmas of news words read from disk (`lemma_store`)."""

    def __init__(
        self,
        analyzer: pymorphy3.MorphAnalyzer,
        cache_size: int = 200_000,
        lemmas: LemmaStore | None = None,
    ) -> None:
        self.analyzer = analyzer
        self.lemmas = lemmas
        self.parse = lru_cache(maxsize=cache_size)(self._parse)
        self._is_known = lru_cache(maxsize=cache_size)(self._word_is_known)
        self.lemma_and_pos = lru_cache(maxsize=cache_size)(self._lemma_and_pos)

    def _parse(self, word: str) -> list:
        """pymorphy3's readings of the word, its unusual hyphens read as plain ones
        ("Санкт‑Петербурга" with a non-breaking hyphen is Санкт-Петербург's genitive). A
        word of Cyrillic letters reads as its lower case does (`lemma_store.CYRILLIC_WORD`):
        "Москвы" shares the readings of "москвы", parsed once."""
        if CYRILLIC_WORD.fullmatch(word) and not word.islower():
            return self.parse(word.lower())
        return self.analyzer.parse(plain_hyphens(word))

    def _word_is_known(self, word: str) -> bool:
        """pymorphy3's `word_is_known` of the lower-case word: a word the dictionary holds
        as written is known at one look-up (most words asked: 7 in 10 over short news);
        only the others are looked up again with "е" read as "ё" as well."""
        plain = plain_hyphens(word)
        return plain in self.analyzer.dictionary.words or self.analyzer.word_is_known(plain)

    def _lemma_and_pos(self, word: str) -> tuple[str, str | None]:
        """The best parse's lemma and part of speech: what every token carries."""
        stored = self.lemmas.get(word) if self.lemmas is not None else None
        return stored or lemma_and_pos_of(self.parse(word))

    def is_known(self, word: str) -> bool:
        """Whether the word is in the dictionary rather than guessed."""
        return self._is_known(word.lower())


def load_morphology(words: WordList | None = None) -> Morphology:
    """pymorphy3 with its Russian dictionary, and the store of the lemmas of `words`."""
    import pymorphy3
    import pymorphy3_dicts_ru

    # naming the dictionary spares the scan of every installed package's entry points
    analyzer = pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")
    lemmas = None if words is None else load_lemma_store(words, analyzer)
    return Morphology(analyzer, lemmas=lemmas)


def source_digest(modules: Iterable[ModuleType], files: Iterable[Path] = ()) -> Any:
    """A digest, open for more, of the dictionary's version, the source of `modules` and
    the bytes of `files` (each after its name and size): what an index made with this
    morphology from those files depends on, so that a change to any of them makes it again
    (`gazetteer.cache_key`, `titles.title_keys_digest`, `tagger.forms_digest`)."""
    import pymorphy3
    import pymorphy3_dicts_ru

    dictionaries = f"{pymorphy3.__version__} {pymorphy3_dicts_ru.__version__}"
    digest = hashlib.sha256(f"{dictionaries}\n".encode())
    for module in modules:
        digest.update(Path(str(module.__file__)).read_bytes())
    for path in files:
        data = path.read_bytes()
        digest.update(f"{path.name} {len(data)}\n".encode() + data)
    return digest
