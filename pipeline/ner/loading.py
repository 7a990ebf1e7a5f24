"""Loading slovnet's news NER model and its navec embeddings, as our `Tagger`."""

from __future__ import annotations

from pathlib import Path

from pipeline.ner.tagger import Tagger
from pipeline.ner.word_ids import word_ids


def navec_codebooks(path: Path):
    """navec's embeddings as slovnet's tagger reads them: the id, and each word's
    product-quantisation indexes into the codebooks.

    `Navec.load` also builds a word index and similarity tables, half a second of every
    worker's start that the tagger never uses (slovnet's model carries its own vocabulary).
    The indexes (25 MB, a row per word of the vocabulary) are mapped from the archive,
    which stores them uncompressed, not read: a run reads the rows of its own words.
    """
    import numpy as np
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
        member, file = tar.tar.getmember(PQ_), tar.load(PQ_)
        head = file.read(16)
        vectors, dim, qdim, centroids = (int(n) for n in np.frombuffer(head, np.uint32))
        with open(path, "rb") as raw:  # the bytes as they lie in the archive
            raw.seek(member.offset_data)
            stored = raw.read(16) == head and not member.issparse()
        if not stored:  # a compressed archive: read, as navec does
            file.seek(0)
            return Navec(meta, None, CodebooksOnly.from_file(file))
        indexes = np.memmap(path, np.uint8, "r", member.offset_data + 16, (vectors, qdim))
        file.seek(16 + vectors * qdim)
        codes = np.frombuffer(file.read(), np.float32).reshape(qdim, centroids, -1)
        return Navec(meta, None, CodebooksOnly(vectors, dim, qdim, centroids, indexes, codes))


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
