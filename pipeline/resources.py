"""The one place where models are loaded. Built once, then passed explicitly."""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3

    from .gazetteer import Entry, Gazetteer
    from .lexicon import TitleLexicon
    from .linker import LinkModel
    from .ner import Tagger

GAZETTEERS = Path(__file__).resolve().parent.parent / "gazetteers"
TITLE_FILES = (GAZETTEERS / "titles.tsv",)
# Later files refine earlier ones; a user's own files (--gazetteer) come last.
GAZETTEER_FILES = (
    GAZETTEERS / "places.tsv",
    GAZETTEERS / "places_curated.tsv",
    GAZETTEERS / "organisations_curated.tsv",
)
COUNTRY_ADJECTIVES = GAZETTEERS / "country_adjectives.tsv"
NAVEC_FILE = "emb/navec_news_v1_1B_250K_300d_100q.tar"
NER_FILE = "model/slovnet_ner_news_v1.tar"


def natasha_data_dir() -> Path:
    """natasha's bundled model folder, found without importing natasha.

    Importing natasha pulls in pymorphy2, which breaks on Python 3.12+; the model
    files inside its wheel are all we need from it.
    """
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("natasha is not installed: its wheel carries the NER model")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


class Morphology:
    """pymorphy3 with a cache in front: news repeats its words."""

    def __init__(self, analyzer: pymorphy3.MorphAnalyzer, cache_size: int = 200_000) -> None:
        self.analyzer = analyzer
        self.parse = lru_cache(maxsize=cache_size)(analyzer.parse)
        self._is_known = lru_cache(maxsize=cache_size)(analyzer.word_is_known)
        self.lemma_and_pos = lru_cache(maxsize=cache_size)(self._lemma_and_pos)

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


def navec_codebooks(path: Path):
    """navec's embeddings as slovnet's tagger reads them: the id, and each word's
    product-quantisation indexes into the codebooks.

    `Navec.load` also builds a word index and similarity tables, half a second of every
    worker's start that the tagger never uses (slovnet's model carries its own vocabulary).
    """
    from navec.meta import Meta
    from navec.navec import META, PQ_, Navec
    from navec.pq import PQ
    from navec.tar import Tar

    class CodebooksOnly(PQ):
        def precompute(self) -> None:  # norms and dot products, for navec's own `sim`
            pass

    with Tar(path) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        return Navec(meta, None, CodebooksOnly.from_file(tar.load(PQ_)))


@dataclass(frozen=True)
class Resources:
    morph: Morphology
    ner: Tagger
    titles: TitleLexicon
    gazetteer: Gazetteer
    links: LinkModel
    country_adjectives: Mapping[str, str]


def load_resources(user_entries: tuple[Entry, ...] = ()) -> Resources:
    """Load pymorphy3, slovnet's NER model (with its navec embeddings), the title lexicon,
    the gazetteers, with the user's own entries (`read_entries`) over the shipped ones, the
    occupation linker's model and the adjectives that name countries."""
    import pymorphy3
    import pymorphy3_dicts_ru
    from slovnet import NER

    from .country_cues import load_country_adjectives
    from .gazetteer import load_gazetteer
    from .lexicon import load_title_lexicon
    from .linker import load_link_model
    from .ner import Tagger

    data = natasha_data_dir()
    ner = NER.load(data / NER_FILE)
    ner.navec(navec_codebooks(data / NAVEC_FILE))
    # naming the dictionary spares the scan of every installed package's entry points
    morph = Morphology(pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru"))
    return Resources(
        morph=morph,
        ner=Tagger(ner),
        titles=load_title_lexicon(TITLE_FILES, morph),
        gazetteer=load_gazetteer(GAZETTEER_FILES, morph, user_entries),
        links=load_link_model(),
        country_adjectives=load_country_adjectives(COUNTRY_ADJECTIVES),
    )


@cache
def shared_resources(user_entries: tuple[Entry, ...] = ()) -> Resources:
    """Resources loaded on first use and reused (by the notebook API, by each worker)."""
    return load_resources(user_entries)
