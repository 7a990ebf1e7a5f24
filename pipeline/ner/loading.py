"""Loading slovnet's news NER model and its navec embeddings, as our `Tagger`."""

from __future__ import annotations

import hashlib
import io
import mmap
import tarfile
from pathlib import Path

from pipeline.ner.tagger import Tagger
from pipeline.ner.word_ids import word_ids
from pipeline.text.lemma_store import WordList


def navec_codebooks(path: Path):
    """navec's embeddings as slovnet's tagger reads them: the id, and each word's
    product-quantisation indexes into the codebooks.

    `Navec.load` also builds a word index and similarity tables, half a second of every
    worker's start that the tagger never uses (slovnet's model carries its own vocabulary).
    The table of indexes is mapped from a plain archive (`mapped_pq`).
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
        pq = mapped_pq(path, tar.tar, PQ_, CodebooksOnly) or CodebooksOnly.from_file(tar.load(PQ_))
        return Navec(meta, None, pq)


def mapped_pq(path: Path, tar: tarfile.TarFile, name: str, kind: type):
    """navec's quantised vectors with their table of indexes (25 MB: a row of 100 bytes for
    each of 250,000 words) mapped from the archive rather than read: reading it was 0.03 s
    of every start and 20 MB of a one-sentence run's memory; a document touches the pages
    of its own words. None for a compressed archive, whose bytes are not the member's.

    Reading it also freed a buffer of its size, and glibc's malloc, which maps each block
    above a threshold afresh and unmaps it when freed, then raises that threshold to the
    size freed (at most 32 MB): the tagger's temporaries of a few hundred KB came from the
    heap, reused. Without it they were mapped anew each time, three times the page faults
    (mapping tried twice and reverted for that: 283,000 minor faults instead of 31,000 over
    300 seed-cut documents, "the take over mapped pages is slower"). So a block of the
    table's size is allocated and freed here, untouched: the threshold as reading left it
    (short news in one process: 17,000 faults read, 50,000 mapped, 17,000 with this)."""
    import numpy as np

    member = tar.getmember(name)
    if not isinstance(tar.fileobj, io.BufferedReader) or not member.isreg():
        return None
    file = tar.extractfile(member)
    if file is None:
        return None
    vectors, dim, qdim, centroids = (int(n) for n in np.frombuffer(file.read(16), np.uint32))
    file.seek(16 + vectors * qdim)
    codes = np.frombuffer(file.read(), np.float32).reshape(qdim, centroids, -1)
    with path.open("rb") as handle:  # the map outlives the file it was made from
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    start = member.offset_data + 16
    indexes = np.frombuffer(mapped, np.uint8, vectors * qdim, start).reshape(vectors, qdim)
    np.empty(vectors * qdim, np.uint8)  # freed at once, untouched: the threshold raised
    return kind(vectors, dim, qdim, centroids, indexes, codes)


def load_tagger(model_file: Path, navec_file: Path, cache: Path | None = None) -> Tagger:
    """slovnet's NER model with its embeddings, behind our tagger adapter.

    As slovnet's `NER.load`, but for the word vocabulary, which is read from the cache
    (`word_ids`) rather than built.
    """
    from slovnet import NER
    from slovnet.const import SHAPE, TAG, WORD
    from slovnet.exec.encoders import TagEncoder
    from slovnet.exec.infer import NERInfer, TagDecoder
    from slovnet.exec.model import NER as NERModel
    from slovnet.exec.pack import Pack, vocab_name

    batch_size = 8  # slovnet's default
    with Pack(model_file) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(NERModel)
        arrays = dict(pack.load_arrays(model.weights))
        words = word_ids(pack.read(vocab_name(WORD)), cache) or pack.load_vocab(WORD)
        shapes, tags = pack.load_vocab(SHAPE), pack.load_vocab(TAG)
    infer = NERInfer(
        model.inject_arrays(arrays), TagEncoder(words, shapes, batch_size), TagDecoder(tags)
    )
    ner = NER(infer, batch_size)
    ner.navec(navec_codebooks(navec_file))
    return Tagger(ner)


def vocabulary_words(model_file: Path) -> WordList:
    """The words of slovnet's vocabulary (250,000 words of news, in lower case), known by
    a digest of the packed list and unpacked only when asked for."""
    from slovnet.const import WORD
    from slovnet.exec.pack import Pack, bytes_vocab, vocab_name

    with Pack(model_file) as pack:
        packed = pack.read(vocab_name(WORD))
    return WordList(hashlib.sha256(packed).digest(), lambda: bytes_vocab(packed).items)
