from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.records import Span
from pipeline.resources import Resources, load_resources
from pipeline.text.tokenize import analyse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "eval" / "gold"
SEED_ARTICLE = SEEDS / "000_07b8981729e01021.txt"


@pytest.fixture(scope="session")
def resources() -> Resources:
    return load_resources()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def make_span(resources):
    """Build the span of `phrase` (its first occurrence at or after `after`) over real tokens."""

    def build(text: str, phrase: str, kind: str, after: int = 0) -> Span:
        start = text.index(phrase, after)
        end = start + len(phrase)
        tokens = tuple(t for t in analyse(text, resources.morph).tokens if start <= t.start < end)
        assert tokens[0].start == start and tokens[-1].end == end, "phrase must align with tokens"
        return Span(start, end, kind, tokens)

    return build
