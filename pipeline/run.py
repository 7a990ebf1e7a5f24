"""The composition of the stages: one article in, one document out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .merge import group
from .ner import find_named_entities
from .normalize import normalize
from .records import Article, Document, Failure, Mention
from .resources import Resources
from .tokenize import analyse


def process_article(article: Article, resources: Resources) -> Document:
    """Run every stage over one article."""
    text = article.text
    analysis = analyse(text, resources.morph)
    spans = find_named_entities(analysis, resources.ner)
    normals = normalize(text, spans, resources.morph)
    entity_of, entities = group([s.type for s in spans], normals)
    mentions = tuple(
        Mention(i, s.start, s.end, text[s.start : s.end], s.type, normal, entity_of[i])
        for i, (s, normal) in enumerate(zip(spans, normals, strict=True))
    )
    return Document(article.doc_id, article.source, text, mentions, tuple(entities), ())


def process_articles(
    items: Iterable[Article | Failure], resources: Resources
) -> Iterator[Document | Failure]:
    """Process a stream of articles; a failing article becomes a Failure, the rest go on."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield process_article(item, resources)
        except Exception as error:  # one bad document must not end the batch
            yield Failure(
                item.source, f"processing failed: {error!r}", line=item.line, doc_id=item.doc_id
            )
