"""Who holds which post, in which organisation, where: entity extraction from Russian news.

Importing the package loads no model; `extract` loads them on first use. Nor does it import
the records or the API until one of them is asked for: `python -m pipeline` imports the
package first, and a run's command line is read before the rest (`batch.early`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
API = frozenset({"across_documents", "extract", "extract_many"})


def __getattr__(name: str) -> Any:
    """`pipeline.extract`, `pipeline.Document`...: imported when first asked for."""
    if name not in __all__:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    value = getattr(import_module("pipeline.api" if name in API else "pipeline.records"), name)
    globals()[name] = value
    return value
