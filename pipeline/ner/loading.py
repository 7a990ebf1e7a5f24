"""Loading slovnet's news NER model and its navec embeddings, as our `Tagger`."""

from __future__ import annotations

from pathlib import Path

from pipeline.ner.tagger import Tagger


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


def load_tagger(model_file: Path, navec_file: Path) -> Tagger:
    """slovnet's NER model with its embeddings, behind our tagger adapter."""
    from slovnet import NER

    ner = NER.load(model_file)
    ner.navec(navec_codebooks(navec_file))
    return Tagger(ner)
