"""Loading slovnet's news NER model and its navec embeddings, as our `Tagger`."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.ner.tagger import Tagger
from pipeline.ner.word_ids import word_ids
from pipeline.text.lemma_store import WordList


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
