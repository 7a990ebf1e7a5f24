import csv
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import SEEDS

runner = CliRunner()
OUTPUT_FILES = ["documents.jsonl", "mentions.csv", "entities.csv", "occupations.csv"]


def run(*args: str):
    return runner.invoke(app, ["run", *args])


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = run(str(SEEDS), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_run_writes_every_table(seed_out):
    for name in OUTPUT_FILES:
        assert (seed_out / name).is_file(), name
    assert not list(seed_out.glob(".*.partial"))


def test_documents_jsonl_has_one_line_per_article(seed_out):
    lines = (seed_out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    (doc,) = [json.loads(line) for line in lines]
    assert doc["doc_id"] == "000_07b8981729e01021"
    names = {e["canonical"] for e in doc["entities"] if e["type"] == "PER"}
    assert {"Ерлан Карин", "Бэлла Черкесова", "Касым-Жомарт Токаев"} <= names


def test_csv_tables_match_the_jsonl(seed_out):
    doc = json.loads((seed_out / "documents.jsonl").read_text(encoding="utf-8"))
    mentions = pd.read_csv(seed_out / "mentions.csv")
    assert list(mentions.columns) == [
        "doc_id",
        "mention_id",
        "start",
        "end",
        "type",
        "text",
        "normal",
        "entity_id",
        "canonical",
        "kb_id",
        "wikidata",
    ]
    assert len(mentions) == len(doc["mentions"])
    assert mentions["start"].dtype.kind == "i" and mentions["entity_id"].dtype.kind == "i"
    assert mentions.loc[0, "text"] == doc["mentions"][0]["text"]
    entities = pd.read_csv(seed_out / "entities.csv", keep_default_na=False)
    assert len(entities) == len(doc["entities"])
    assert entities["mention_count"].sum() == len(doc["mentions"])
    with open(seed_out / "occupations.csv", encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == [
            "doc_id",
            "person_mention",
            "title_mention",
            "org_mention",
            "person",
            "title",
            "org",
            "person_start",
            "person_end",
            "title_start",
            "title_end",
            "org_start",
            "org_end",
            "sentence",
        ]


def test_rerun_is_byte_identical(seed_out, tmp_path):
    assert run(str(SEEDS), "--out", str(tmp_path)).exit_code == 0
    for name in OUTPUT_FILES:
        assert (tmp_path / name).read_bytes() == (seed_out / name).read_bytes(), name


def test_jsonl_input_and_empty_text(tmp_path):
    source = tmp_path / "in.jsonl"
    rows = [{"id": "empty", "text": " \n"}, {"id": 2, "text": "Переговоры прошли в Москве."}]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    out = tmp_path / "out"
    result = run(str(source), "--out", str(out))
    assert result.exit_code == 0, result.output  # an empty text is a document
    docs = [json.loads(x) for x in (out / "documents.jsonl").read_text().splitlines()]
    assert [d["doc_id"] for d in docs] == ["empty", "2"]
    assert docs[0]["mentions"] == []
    assert [(m["text"], m["normal"]) for m in docs[1]["mentions"]] == [("Москве", "Москва")]
    assert (out / "errors.jsonl").read_text() == ""


def test_bad_documents_are_reported_and_the_rest_done(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Песков прилетел в Алматы.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out"
    result = run(str(folder), "--out", str(out))
    assert result.exit_code == 1
    docs = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(d)["doc_id"] for d in docs] == ["good"]
    (error,) = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert error["source"].endswith("bad.txt") and error["reason"].startswith("binary")


def test_missing_input_is_a_usage_error(tmp_path):
    result = run(str(tmp_path / "absent"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "command", [[], ["run"], ["report"], ["gazetteers"], ["gazetteers", "check"]]
)
def test_every_command_has_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_occupations_csv_ties_persons_to_titles(seed_out):
    table = pd.read_csv(seed_out / "occupations.csv", keep_default_na=False)
    pairs = set(zip(table["person"], table["title"], strict=True))
    assert ("Дмитрий Песков", "пресс-секретарь Президента РФ") in pairs
    assert ("Аида Балаева", "министр культуры и информации РК") in pairs
    assert table["person_start"].dtype.kind == "i" and table["title_end"].dtype.kind == "i"
    row = table[table["title"] == "генеральный директор агентства ИТАР-ТАСС"].iloc[0]
    assert (row["person"], row["org"]) == ("Андрей Кондрашов", "ТАСС")
    assert "Андрей Кондрашов" in row["sentence"]
    entities = pd.read_csv(seed_out / "entities.csv", keep_default_na=False)
    karin = entities[entities["canonical"] == "Ерлан Карин"].iloc[0]
    assert karin["titles"].split("; ")[0] == "государственный советник"


GAZETTEER_HEADER = "id\ttype\tcanonical\taliases\tkb_id\tcountry\n"


def test_a_users_gazetteer_names_entities(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text(
        GAZETTEER_HEADER + "country-kz\tLOC\tРеспублика Казахстан\t\t\t\n", encoding="utf-8"
    )
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Делегация РК прибыла в Москву."}\n', "utf-8")
    out = tmp_path / "out"
    result = run(str(source), "--out", str(out), "--gazetteer", str(mine), "--workers", "1")
    assert result.exit_code == 0, result.output
    entities = pd.read_csv(out / "entities.csv", keep_default_na=False)
    kazakhstan = entities[entities["gazetteer_id"] == "country-kz"].iloc[0]
    assert (kazakhstan["canonical"], kazakhstan["kb_id"]) == ("Республика Казахстан", "KZ")


def test_a_bad_users_gazetteer_stops_the_run_before_any_work(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(GAZETTEER_HEADER + "org-a\tFIRM\tАльфа\t\t\t\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(SEEDS), "--out", str(out), "--gazetteer", str(bad))
    assert result.exit_code == 2
    assert "bad.tsv:2" in result.output
    assert not out.exists()


def test_gazetteers_check(tmp_path):
    assert runner.invoke(app, ["gazetteers", "check"]).exit_code == 0
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        GAZETTEER_HEADER + "org-a\tORG\tАльфа\tАБВ\t\t\norg-b\tORG\tБета\tАБВ\t\t\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["gazetteers", "check", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:3: ORG alias 'абв' of org-b is also claimed by org-a" in result.output


# What a one-process run on one sentence does without: each costs start-up time. pydantic
# comes with typer 0.29 and later, importlib.metadata with it (or a cache key read from
# package metadata), the rest only with other inputs, options or formats.
NOT_AT_START = (
    "pydantic",
    "importlib.metadata",
    "charset_normalizer",
    "multiprocessing",
    "concurrent.futures",
    "socket",
    "pyarrow",
    "pandas",
    "dask",
    "typer",
    "threadpoolctl",
)


def run_reporting(report: str, source, out, workers: int | str, setup: str = "pass") -> str:
    """`python -m pipeline run SOURCE --out OUT --quiet --workers N` in a process of its own,
    after the Python code `setup`: what the expression `report` gives as the process ends."""
    # a run ends with os._exit (no atexit hook runs), or as Python does if its pool still
    # has threads: `report` is printed on the way out, by whichever comes
    code = (
        f"import atexit, os, runpy, sys; {setup}; leave = os._exit; "
        f"listed = lambda: print({report}, flush=True); "
        "os._exit = lambda status: (listed(), leave(status)); atexit.register(listed); "
        f"sys.argv = ['pipeline', 'run', {str(source)!r}, '--out', {str(out)!r}, "
        f"'--quiet', '--workers', '{workers}']; "
        "runpy.run_module('pipeline', run_name='__main__')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def modules_imported(names: tuple[str, ...], source, out, workers: int) -> str:
    """Which of `names` the command's own process imported in a run over `source`."""
    return run_reporting(f"[m for m in {names!r} if m in sys.modules]", source, out, workers)


def test_a_one_sentence_run_imports_only_what_it_needs(tmp_path):
    source = tmp_path / "one.txt"
    source.write_text("Министр обороны Сергей Шойгу прибыл в Москву.", encoding="utf-8")
    assert modules_imported(NOT_AT_START, source, tmp_path / "out", workers=1) == "[]"
    assert "Шойгу" in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8")


def test_a_pool_run_forks_its_workers_from_the_batch_process(tmp_path):
    """The batch process loads the models and computes too; its pool's workers are forked
    from it with them (no forkserver loads them again), each process reporting as it
    ends."""
    source = tmp_path / "news"
    source.mkdir()
    for name, text in (("a", "Министр обороны Сергей Шойгу"), ("b", "Мэр Москвы Сергей Собянин")):
        (source / f"{name}.txt").write_text(f"{text} прибыл в Москву.", encoding="utf-8")
    report = "('multiprocessing.forkserver' in sys.modules, 'pipeline.resources' in sys.modules)"
    seen = run_reporting(report, source, tmp_path / "out", workers=2)
    assert set(seen.splitlines()) == {"(False, True)"}
    written = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8")
    assert "Шойгу" in written and "Собянин" in written


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["--help"], 0),
        (["run", "missing.txt", "--out", "out"], 2),  # a usage error
        (["run", "one.txt", "--out", "out", "--quiet", "--workers", "1"], 0),
        (["run", "one.txt", "two.txt", "--out", "out", "--quiet", "--workers", "2"], 0),
    ],
)
def test_the_process_ends_with_the_commands_status_and_its_output_complete(tmp_path, args, status):
    texts = {
        "one": "Министр обороны Сергей Шойгу прибыл в Москву.",
        "two": "Мэр Москвы Сергей Собянин.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == status, result.stderr
    assert result.stderr == ("Error: no such file or folder: missing.txt\n" if status == 2 else "")
    if args[0] == "--help":
        assert "Usage" in result.stdout
    if status == 0 and args[0] == "run":
        lines = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
        read = [arg[:-4] for arg in args if arg.endswith(".txt")]
        assert [json.loads(line)["text"] for line in lines] == [texts[name] for name in read]
        assert {p.name for p in (tmp_path / "out").iterdir()} >= {"mentions.csv", "facts.csv"}


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (3, 3), ("Error: stop", 1)])
def test_exit_status_is_pythons(code, status, capsys):
    from pipeline.cli import exit_status

    assert exit_status(code) == status
    assert capsys.readouterr().err == ("Error: stop\n" if status == 1 else "")


def test_a_run_in_a_pool_ends_with_nothing_on_stderr(tmp_path):
    """The pool's queues release their semaphores as the process ends: multiprocessing's
    resource tracker reports none leaked."""
    source = tmp_path / "in.jsonl"
    texts = ["Министр обороны Сергей Шойгу прибыл в Москву.", "Мэр Москвы Сергей Собянин."]
    source.write_text(
        "".join(
            json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
            for i, t in enumerate(texts * 2)
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "run",
            str(source),
            "--out",
            str(tmp_path / "out"),
            "--quiet",
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len((tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 4


def test_the_entry_module_reads_the_command_line_before_typer_loads():
    """`python -m pipeline` and the installed `ru-occupations` both enter through
    `pipeline.__main__`: importing it must not load typer, so that a plain `run` command
    line (`batch.early.plain_run`) runs without the command-line library."""
    probe = (
        "import sys, pipeline.__main__ as entry; "
        "print('typer' in sys.modules, entry.script.__module__)"
    )
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == ["False", "pipeline.__main__"]


def test_the_installed_command_runs_under_its_own_name(tmp_path):
    """pyproject's `ru-occupations` script is the same command as `python -m pipeline`."""
    command = Path(sys.executable).with_name("ru-occupations")
    if not command.is_file():
        pytest.skip("the project is not installed into this interpreter's environment")
    (tmp_path / "one.txt").write_text("Мэр Москвы Сергей Собянин открыл парк.", encoding="utf-8")
    shown = subprocess.run([str(command), "--help"], capture_output=True, text=True)
    assert shown.returncode == 0 and "Usage: ru-occupations" in shown.stdout
    done = subprocess.run(
        [str(command), "run", "one.txt", "--out", "out", "--quiet"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Собянин" in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8")
