"""The notebook face: extract() one text, extract_many() a batch, across_documents() one
identity for each entity across them; models load once, lazily.

`import pipeline` stays light: the stages (numpy, slovnet, pymorphy3 behind them) are
imported on the first call, not with the package.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.records import Article, Document

if TYPE_CHECKING:
    from pipeline.entities.corpus import CorpusEntity
    from pipeline.resources import Resources


def extract(text: str, doc_id: str = "doc", resources: Resources | None = None) -> Document:
    """Persons, titles, organisations and places of one text."""
    return next(extract_many([(doc_id, text)], resources))


def extract_many(
    texts: Iterable[str | tuple[str, str]], resources: Resources | None = None
) -> Iterator[Document]:
    """Documents for many texts: plain strings (ids "0", "1", ...) or (doc_id, text) pairs."""
    from pipeline.resources import shared_resources
    from pipeline.run import process_article

    resources = resources or shared_resources()
    for index, item in enumerate(texts):
        doc_id, text = (str(index), item) if isinstance(item, str) else item
        yield process_article(Article(doc_id, doc_id, text), resources)


def across_documents(
    documents: Iterable[Document],
) -> tuple[list[Document], list[CorpusEntity]]:
    """The documents with each entity's corpus_id set ("Путин" here and "Владимир Путин"
    there are one person), and one row per person, organisation and place of them all: what
    a batch run writes into documents.jsonl and corpus_entities.csv."""
    from pipeline.entities.corpus import Key, Tally

    documents = list(documents)
    tally = Tally()
    for doc in documents:
        tally.add_document(doc)
    ids = tally.identities()
    settled = [
        replace(doc, entities=tuple(replace(e, corpus_id=ids[Key.of(e)]) for e in doc.entities))
        for doc in documents
    ]
    return settled, tally.entities(ids)
