"""Who holds which post, in which organisation, where: entity extraction from Russian news.

Importing the package loads no model; `extract` loads them on first use.
"""

from __future__ import annotations

from pipeline.api import across_documents, extract, extract_many
from pipeline.records import Article, Document, Entity, Failure, Mention, Occupation

__all__ = [
    "Article",
    "Document",
    "Entity",
    "Failure",
    "Mention",
    "Occupation",
    "across_documents",
    "extract",
    "extract_many",
]
