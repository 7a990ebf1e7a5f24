"""The learned linker: the shipped model, and the links it adds to the patterns'."""

from pathlib import Path

import pytest

from pipeline import extract
from pipeline.data import occupation_linker_file
from pipeline.records import Mention
from pipeline.relate.linker import (
    NO_MODEL,
    load_link_model,
    person_key,
    read_link_model,
)


def links(doc):
    m = doc.mentions
    return [
        (doc.entities[m[o.person].entity].canonical, m[o.title].normal) for o in doc.occupations
    ]


def test_linker_shipped_model_is_small_and_read():
    assert occupation_linker_file().stat().st_size < 50_000
    model = load_link_model(occupation_linker_file())
    assert model.weights["bias"] < 0
    assert 0 < model.threshold < 1


def test_linker_missing_model_links_nothing(tmp_path: Path):
    assert load_link_model(tmp_path / "absent.tsv") is NO_MODEL


def test_linker_model_file_round_trip(tmp_path: Path):
    path = tmp_path / "model.tsv"
    path.write_text("# comment\nthreshold\t0.5\nbias\t-1.5\nagree\t0.25\n", encoding="utf-8")
    model = read_link_model(path)
    assert model.threshold == 0.5
    assert model.weights == {"bias": -1.5, "agree": 0.25}
    assert model.probability({"bias": 1.0, "agree": 1.0}) == pytest.approx(0.2227, abs=1e-4)


@pytest.mark.parametrize(
    ("normal", "key"),
    [("Дмитрий Быков", "быков"), ("Д.Быков", "быков"), ("Ким Чен Ын", "ын")],
)
def test_linker_person_key(normal, key):
    assert person_key(Mention(0, 0, len(normal), normal, "PER", normal, -1)) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in a later sentence, with no name of its own, refers back
        (
            "Дмитрий Быков попал в больницу в Уфе. Писатель находится в состоянии комы.",
            [("Дмитрий Быков", "писатель")],
        ),
    ],
)
def test_linker_refers_back(resources, text, expected):
    assert links(extract(text, resources=resources)) == expected
