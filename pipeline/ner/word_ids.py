"""slovnet's word vocabulary as a DAWG cached on disk: read in a millisecond, not built.

slovnet unpacks its 250,000 words and builds a dict of them whenever the model loads, a
tenth of a second of every run's start; the DAWG (pymorphy3's own C library) maps the
same words to the same ids and is only read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import dawg

from pipeline.data import cache_folder, store_in_cache

FORMAT = "1"  # bump when what the cache file holds changes


class WordIds:
    """What slovnet's encoders ask of a vocabulary: a word's id, the unknown and padding ids."""

    def __init__(self, ids: dawg.IntDAWG, unk_id: int | None, pad_id: int | None) -> None:
        self.ids = ids
        self.unk_id = unk_id
        self.pad_id = pad_id

    def encode(self, word: str) -> int | None:
        return self.ids.get(word, self.unk_id)


def word_ids(packed: bytes, cache: Path | None = None) -> WordIds | None:
    """The ids of slovnet's packed word vocabulary (its gzipped lines), from the cache or
    built and cached; None with no cache (building costs more than slovnet's dict) or if
    a DAWG cannot hold them exactly: then slovnet's own dict."""
    from slovnet.const import PAD, UNK

    folder = cache_folder() if cache is None else cache
    if folder is None:
        return None
    key = hashlib.sha256(FORMAT.encode() + b"\n" + packed).hexdigest()[:24]
    path = folder / f"slovnet-words-{key}.dawg"
    if path.is_file():
        try:
            ids = dawg.IntDAWG().load(str(path))
        except Exception:  # noqa: BLE001 - damaged: rebuilt
            pass
        else:
            return WordIds(ids, ids.get(UNK), ids.get(PAD))
    ids = built(packed)
    if ids is None:
        return None
    store_in_cache(path, lambda temporary: ids.save(str(temporary)))
    return WordIds(ids, ids.get(UNK), ids.get(PAD))


def built(packed: bytes) -> dawg.IntDAWG | None:
    """The DAWG of the words, each to its line number, if every word reads back so."""
    from slovnet.exec.pack import bytes_vocab

    items = bytes_vocab(packed).items
    ids = dawg.IntDAWG(zip(items, range(len(items)), strict=True))
    exact = len(set(items)) == len(items) and all(
        ids.get(word) == index for index, word in enumerate(items)
    )
    return ids if exact else None
