"""The composition of the stages: one article in, one document out."""

from __future__ import annotations

from dataclasses import replace

from .inflect import mention_form
from .merge import group
from .ner import find_named_entities
from .normalize import normalize
from .records import Article, Document, Entity, Failure, Mention, Occupation
from .relate import link_occupations
from .resources import Resources
from .titles import find_titles, separate_titles_from_names
from .tokenize import analyse


def process_article(article: Article, resources: Resources) -> Document:
    """Run every stage over one article."""
    text = article.text
    analysis = analyse(text, resources.morph)
    named = separate_titles_from_names(
        analysis, find_named_entities(analysis, resources.ner), resources.titles
    )
    titles = find_titles(analysis, named, resources.titles, resources.morph)
    spans = sorted((*named, *titles), key=lambda s: (s.start, -s.end, s.type))
    normals = normalize(text, spans, resources.morph)
    entity_of, entities = group([s.type for s in spans], normals)
    mentions = tuple(
        Mention(i, s.start, s.end, text[s.start : s.end], s.type, normal, entity_of[i])
        for i, (s, normal) in enumerate(zip(spans, normals, strict=True))
    )
    lemmas = {token.start: token.lemma for token in analysis.tokens}
    heads = {m.id: resources.titles.head(s.tokens) for m, s in zip(mentions, spans, strict=True)}
    forms = {
        m.id: mention_form([t.text for t in s.tokens], resources.morph, person=m.type == "PER")
        for m, s in zip(mentions, spans, strict=True)
        if m.type in ("PER", "TITLE")
    }
    occupations = link_occupations(
        text, analysis.sentences, mentions, lambda m: heads[m.id], lemmas.get, forms.__getitem__
    )
    entities_with_titles = with_titles(entities, mentions, occupations)
    return Document(
        article.doc_id, article.source, text, mentions, entities_with_titles, occupations
    )


def with_titles(
    entities: list[Entity], mentions: tuple[Mention, ...], occupations: tuple[Occupation, ...]
) -> tuple[Entity, ...]:
    """Entities, each person listing the titles linked to any of its mentions."""
    titles: dict[int, list[str]] = {}
    for occupation in occupations:
        held = titles.setdefault(mentions[occupation.person].entity, [])
        normal = mentions[occupation.title].normal
        if normal not in held:
            held.append(normal)
    return tuple(replace(e, titles=tuple(titles.get(e.id, ()))) for e in entities)


def process_item(item: Article | Failure, resources: Resources) -> Document | Failure:
    """One input through every stage; a failure to read or process becomes a Failure."""
    if isinstance(item, Failure):
        return item
    try:
        return process_article(item, resources)
    except Exception as error:  # one bad document must not end the batch
        return Failure(
            item.source, f"processing failed: {error!r}", line=item.line, doc_id=item.doc_id
        )
