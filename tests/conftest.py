from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lexicons.gazetteer import load_gazetteer
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


# A small gazetteer the lexicon and resolution tests share.
HEADER = "id\ttype\tcanonical\taliases\tkb_id\tcountry\n"
ENTRIES = (
    HEADER
    + "country-kz\tLOC\tКазахстан\tРК|Республика Казахстан\tKZ\tKZ\n"
    + "country-ru\tLOC\tРоссия\tРФ|Российская Федерация\tRU\tRU\n"
    + "country-fr\tLOC\tФранция\tФранцузская Республика\tFR\tFR\n"
    + "country-gb\tLOC\tВеликобритания\tБритания\tGB\tGB\n"
    + "org-kz-mid\tORG\tМИД Казахстана\tМИД|Министерство иностранных дел Казахстана\t\tKZ\n"
    + "org-ru-mid\tORG\tМИД России\tМИД|Министерство иностранных дел России\t\tRU\n"
    + "org-eu\tORG\tЕвропейский союз\tЕС|Евросоюз\tQ458\t\n"
)


@pytest.fixture(scope="session")
def small(tmp_path_factory, resources):
    path = tmp_path_factory.mktemp("gaz") / "small.tsv"
    path.write_text("# a test gazetteer\n" + ENTRIES, encoding="utf-8")
    return load_gazetteer([path], resources.morph)
