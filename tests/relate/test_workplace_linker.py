"""The learned workplace linker: the shipped model, and the organisations it gives the links
the rules leave without one."""

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.data import workplace_linker_file
from pipeline.relate.linker import NO_MODEL, load_link_model, read_link_model

from ..conftest import GOLD, ROOT

NEREL_TRAIN = GOLD / "nerel-train.jsonl"


def workplaces(doc):
    """(person, post, organisation) of each titled link, by their texts."""
    m = doc.mentions
    return [
        (m[o.person].text, m[o.title].text, None if o.org is None else m[o.org].text)
        for o in doc.occupations
        if o.title is not None
    ]


def facts(doc):
    return [(doc.entities[f.person].canonical, f.title, f.org_canonical) for f in doc.facts]


def test_workplace_linker_shipped_model_is_small_and_read():
    model = load_link_model(workplace_linker_file())
    assert 10 < len(model.weights) < 200
    assert model.weights["bias"] < 0
    assert 0 < model.threshold < 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first of two coordinated posts shares the organisation that ends the second
        (
            "Уоррен Баффет, являющийся председателем правления и управляющим компании "
            "Berkshire Hathaway, выступил с письмом.",
            ("Уоррен Баффет", "председателем правления", "Berkshire Hathaway"),
        ),
        (
            "Таунс являлся профессором и президентом Массачусетского технологического института.",
            ("Таунс", "профессором", "Массачусетского технологического института"),
        ),
        # the country of the other post the sentence gives the person
        (
            "Министр финансов Таро Асо, занимавший пост премьер-министра Японии от ЛДП, выступил.",
            ("Таро Асо", "Министр финансов", "Японии"),
        ),
    ],
)
def test_workplace_linker_places_what_the_rules_leave(resources, text, expected):
    assert expected in workplaces(extract(text, resources=resources))
    rules_only = replace(resources, workplace_model=NO_MODEL)
    assert expected not in workplaces(extract(text, resources=rules_only))


@pytest.mark.parametrize(
    ("text", "link"),
    [
        # where a minister goes is not where he works
        (
            "Вчера состоялся визит министра Сергея Лаврова в Казахстан.",
            ("Сергея Лаврова", "министра", None),
        ),
        # the agency that reports the news is no workplace of the one it quotes
        (
            "Об этом агентству Reuters сообщил продюсер Скотт Рудин.",
            ("Скотт Рудин", "продюсер", None),
        ),
        # the body the title names is ("titles/bodies.py"), not the agency
        (
            "Как сообщает РИА Новости, генерал-майор полиции Сергей Умнов назначен главой "
            "управления.",
            ("Сергей Умнов", "главой управления", "управления"),
        ),
    ],
)
def test_workplace_linker_leaves_what_is_no_workplace(resources, text, link):
    assert link in workplaces(extract(text, resources=resources))


@pytest.mark.parametrize(
    "text",
    [
        "Журналисты из России Иван Петров и Олег Сидоров прибыли в Киев.",
        "Вчера состоялся визит министра Сергея Лаврова в Казахстан.",
    ],
)
def test_workplace_linker_states_no_fact_of_a_place_one_comes_from(resources, text):
    assert facts(extract(text, resources=resources)) == []


@pytest.mark.parametrize(
    ("text", "holder", "post", "place", "guess"),
    [
        # the adjective before the post names its country; the organisation of the other
        # post the holder is given is not where this one is held
        (
            "В интервью радио наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш "
            "сообщил о выводах миссии.",
            "Хуан Суареш", "парламентарий", "португальский", "ОБСЕ",
        ),
        (
            "На переговорах в Брюсселе представитель НАТО немецкий дипломат Ханс Мюллер "
            "заявил о готовности.",
            "Ханс Мюллер", "дипломат", "немецкий", "НАТО",
        ),
        # no adjective: the model's guess stands ("Министр финансов ... Японии" above)
        (
            "Министр финансов Таро Асо, занимавший пост премьер-министра Японии от ЛДП, выступил.",
            "Таро Асо", "Министр финансов", "Японии", None,
        ),
    ],
)  # fmt: skip
def test_workplace_linker_leaves_a_post_a_country_adjective_places(
    resources, text, holder, post, place, guess
):
    found = workplaces(extract(text, resources=resources))
    assert (holder, post, place) in found
    assert (holder, post, guess) not in found
    # the other post keeps its own organisation
    if guess is not None:
        assert any(h == holder and p != post and o == guess for h, p, o in found)


@pytest.mark.skipif(not NEREL_TRAIN.exists(), reason="../shared/eval/gold is absent")
def test_workplace_linker_build_is_byte_identical(tmp_path: Path):
    # on the first 30 train texts, twice: the same file, a model the pipeline reads
    lines = NEREL_TRAIN.read_text(encoding="utf-8").splitlines()[:30]
    subset = tmp_path / "subset.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / f"workplaces-{run}.tsv"
        script = "gazetteers/build_workplace_linker.py"
        subprocess.run(
            [sys.executable, script, "--nerel", subset, "--out", out],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert "bias" in read_link_model(out).weights
