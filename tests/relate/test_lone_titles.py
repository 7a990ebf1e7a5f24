"""The learned filter of lone titles: what it drops and keeps, its file, its build."""

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.data import title_filter_file
from pipeline.records import Mention, Occupation
from pipeline.relate.lone_titles import (
    NO_FILTER,
    LoneTitle,
    dropped_titles,
    load_title_filter,
    read_title_filter,
    without_mentions,
)

from ..conftest import GOLD

ROOT = Path(__file__).resolve().parents[2]
NEREL_TRAIN = GOLD / "nerel-train.jsonl"


def titles(text, resources):
    return [m.text for m in extract(text, resources=resources).mentions if m.type == "TITLE"]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a group named by its post, no one of it named: NEREL seldom marks it
        (
            "Выборы прошли спокойно. Представители оппозиции сообщили о фальсификациях.",
            [],
            ["Представители оппозиции"],
        ),
        (
            "Заседание прошло в Брюсселе. Лидеры стран Евросоюза официально назначили "
            "итальянца главой ЕЦБ.",
            ["главой ЕЦБ"],
            ["Лидеры стран Евросоюза", "Лидеры стран"],
        ),
        # a post with a named complement stays, as does its bare head
        (
            "Выборы прошли спокойно. Журналист газеты «Коммерсант» задержан в Москве.",
            ["Журналист"],
            [],
        ),
        ("Президент России прилетел в Минск на переговоры.", ["Президент России", "Президент"], []),
    ],
)
def test_lone_titles_generic_dropped_real_kept(resources, text, kept, dropped):
    found = titles(text, resources)
    assert all(title in found for title in kept)
    assert not any(title in found for title in dropped)


def test_lone_titles_a_linked_title_is_never_dropped(resources):
    # "представитель" alone is seldom a post in NEREL-train; held by a person it stays
    doc = extract(
        "Представитель оппозиции Иван Петров сообщил о фальсификациях на выборах.",
        resources=resources,
    )
    m = doc.mentions
    assert [(m[o.person].text, m[o.title].text) for o in doc.occupations] == [
        ("Иван Петров", "Представитель оппозиции")
    ]


def test_lone_titles_shipped_filter_is_small_and_read():
    assert title_filter_file().stat().st_size < 20_000
    model = load_title_filter(title_filter_file())
    assert 0 < model.threshold < 1
    assert model.weights["prior"] > 0  # a head word NEREL marks more often is kept more often
    assert model.priors["журналист"] > model.priors["представитель"]


def test_lone_titles_missing_filter_drops_nothing(tmp_path: Path):
    assert load_title_filter(tmp_path / "absent.tsv") is NO_FILTER
    lone = LoneTitle(Mention(0, 0, 8, "эксперты", "TITLE", "эксперт", -1), "эксперт", {})
    assert dropped_titles([lone], NO_FILTER) == set()


def test_lone_titles_filter_file_round_trip(tmp_path: Path):
    path = tmp_path / "filter.tsv"
    path.write_text(
        "# comment\nthreshold\t0.5\ndefault_prior\t0.5\nweight:bias\t-1\nweight:prior\t2\n"
        "weight:plural\t-1\nprior:эксперт\t-1\n",
        encoding="utf-8",
    )
    model = read_title_filter(path)
    assert model.threshold == 0.5
    assert model.probability("эксперт", {"bias": 1.0, "plural": 1.0}) == pytest.approx(
        0.018, abs=1e-3
    )
    assert model.probability("врач", {"bias": 1.0}) == pytest.approx(0.5)
    experts = LoneTitle(
        Mention(3, 0, 8, "эксперты", "TITLE", "эксперт", -1), "эксперт", {"bias": 1}
    )
    doctor = LoneTitle(Mention(4, 9, 13, "врач", "TITLE", "врач", -1), "врач", {"bias": 1.0})
    assert dropped_titles([experts, doctor], model) == {3}


def test_lone_titles_without_mentions_renumbers_links():
    mentions = [
        Mention(0, 0, 8, "эксперты", "TITLE", "эксперт", -1),
        Mention(1, 9, 16, "министр", "TITLE", "министр", -1),
        Mention(2, 17, 22, "Лавров", "PER", "Лавров", -1),
    ]
    kept, links, old = without_mentions(mentions, [Occupation(2, 1)], {0})
    assert [(m.id, m.text) for m in kept] == [(0, "министр"), (1, "Лавров")]
    assert links == [Occupation(1, 0)]
    assert old == [1, 2]


def test_lone_titles_dropped_beside_a_link_with_no_title(resources):
    # "возглавляет" links Миллер to Газпром with no title; the lone title of the next
    # sentence is dropped and the untitled link keeps its person and organisation
    doc = extract(
        "Алексей Миллер возглавляет «Газпром». Представители оппозиции сообщили о фальсификациях.",
        resources=resources,
    )
    m = doc.mentions
    assert "Представители оппозиции" not in [x.text for x in m if x.type == "TITLE"]
    assert [(m[o.person].text, o.title, m[o.org].text) for o in doc.occupations if o.org] == [
        ("Алексей Миллер", None, "Газпром")
    ]


@pytest.mark.skipif(not NEREL_TRAIN.exists(), reason="../shared/eval/gold is absent")
def test_lone_titles_build_is_byte_identical(tmp_path: Path):
    # on the first 30 train texts, twice: the same file
    lines = NEREL_TRAIN.read_text(encoding="utf-8").splitlines()[:30]
    subset = tmp_path / "subset.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / f"filter-{run}.tsv"
        subprocess.run(
            [sys.executable, "gazetteers/build_title_filter.py", "--nerel", subset, "--out", out],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].decode("utf-8").count("weight:") > 5
