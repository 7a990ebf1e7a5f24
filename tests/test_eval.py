"""The pipeline against a slice of a dev corpus, scored by the evaluation kit's own scorer."""

import importlib.util
import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import GOLD

FACTRU = GOLD / "factru-dev.jsonl"
pytestmark = pytest.mark.skipif(not FACTRU.exists(), reason="../shared/eval/gold is absent")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", GOLD.parent / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scorer_reads_our_output_and_finds_persons(tmp_path):
    lines = FACTRU.read_text(encoding="utf-8").splitlines()[:25]
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(sample), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    scorer = load_scorer()
    gold = [json.loads(line) for line in lines]
    pred = scorer.read_jsonl(tmp_path / "out" / "documents.jsonl")
    scores = scorer.score(gold, pred)
    assert scores["docs_missing_in_pred"] == 0
    assert scores["ner"]["PER"]["f1"] > 0.85
    assert scores["ner"]["LOC"]["f1"] > 0.8
    assert scores["normal"]["accuracy"] > 0.95
