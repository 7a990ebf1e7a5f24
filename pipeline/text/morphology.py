"""pymorphy3, loaded once and cached: the lemma, part of speech and readings of a word."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.text.keys import plain_hyphens

if TYPE_CHECKING:
    import pymorphy3


class Morphology:
    """pymorphy3 with a cache in front: news repeats its words."""

    def __init__(self, analyzer: pymorphy3.MorphAnalyzer, cache_size: int = 200_000) -> None:
        self.analyzer = analyzer
        self.parse = lru_cache(maxsize=cache_size)(self._parse)
        self._is_known = lru_cache(maxsize=cache_size)(self._word_is_known)
        self.lemma_and_pos = lru_cache(maxsize=cache_size)(self._lemma_and_pos)

    def _parse(self, word: str) -> list:
        """pymorphy3's readings of the word, its unusual hyphens read as plain ones
        ("Санкт‑Петербурга" with a non-breaking hyphen is Санкт-Петербург's genitive)."""
        return self.analyzer.parse(plain_hyphens(word))

    def _word_is_known(self, word: str) -> bool:
        return self.analyzer.word_is_known(plain_hyphens(word))

    def _lemma_and_pos(self, word: str) -> tuple[str, str | None]:
        """The best parse's lemma and part of speech: what every token carries. The part
        of speech is a plain string: pymorphy3's checks every comparison against its
        grammemes, and tokens are compared hundreds of thousands of times."""
        best = self.parse(word)[0]
        pos = best.tag.POS
        return best.normal_form, None if pos is None else str(pos)

    def is_known(self, word: str) -> bool:
        """Whether the word is in the dictionary rather than guessed."""
        return self._is_known(word.lower())


def load_morphology() -> Morphology:
    """pymorphy3 with its Russian dictionary."""
    import pymorphy3
    import pymorphy3_dicts_ru

    # naming the dictionary spares the scan of every installed package's entry points
    return Morphology(pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru"))
