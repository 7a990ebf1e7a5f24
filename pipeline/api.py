"""The notebook face: extract() one text, extract_many() a batch; models load once, lazily."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .records import Article, Document
from .resources import Resources, shared_resources


def extract(text: str, doc_id: str = "doc", resources: Resources | None = None) -> Document:
    """Persons, titles, organisations and places of one text."""
    from .run import process_article

    return process_article(Article(doc_id, doc_id, text), resources or shared_resources())


def extract_many(
    texts: Iterable[str | tuple[str, str]], resources: Resources | None = None
) -> Iterator[Document]:
    """Documents for many texts: plain strings (ids "0", "1", ...) or (doc_id, text) pairs."""
    from .run import process_article

    resources = resources or shared_resources()
    for index, item in enumerate(texts):
        doc_id, text = (str(index), item) if isinstance(item, str) else item
        yield process_article(Article(doc_id, doc_id, text), resources)
