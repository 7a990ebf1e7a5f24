"""A run's pool started from its command line alone: read as `run` reads it, and only so far."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from pipeline.batch.early import FLAGS, LEFT_TO_THE_RUN, VALUED, WORKERS, plain_run, pool_ahead
from pipeline.batch.pool_start import default_workers
from pipeline.cli import app

from ..test_cli import run_reporting


@pytest.mark.parametrize(
    ("argv", "ahead"),
    [
        (["run", "news", "--out", "out", "--workers", "2"], (["news"], 2)),
        (["run", "a.jsonl", "-o", "out", "--workers=3", "-q", "b.txt"], (["a.jsonl", "b.txt"], 3)),
        (
            ["run", "--format", "csv", "--max-bytes", "9", "--workers", "2", "--", "-x.txt"],
            (["-x.txt"], 2),
        ),
        (["run", "news", "--out", "out", "--workers", "1"], None),  # one process: no pool
        (["run", "news", "--out", "out", "--workers", "0"], None),  # refused by the run
        (["run", "news", "--out", "out", "--workers", "two"], None),
        (["run", "news", "--out", "out", "--workers", "2", "--resume"], None),
        (["run", "news", "--out", "out", "--workers", "2", "--dask", "local"], None),
        (["run", "news", "--out", "out", "--workers", "2", "--gazetteer", "my.tsv"], None),
        (["run", "news", "--out", "out", "--workers", "2", "--help"], None),
        (["run", "news", "-oout", "--workers", "2"], None),  # a form it does not read
        (["run", "news", "--quiet=1", "--workers", "2"], None),
        (["run", "news", "--out"], None),
        (["run", "--out", "out", "--workers", "2"], None),  # no input
        (["report", "out", "--html", "r.html"], None),
    ],
)
def test_a_command_line_is_read_as_run_reads_it_or_left_to_the_run(argv, ahead):
    expected = None if ahead is None else ([Path(p) for p in ahead[0]], ahead[1])
    assert pool_ahead(argv) == expected


def test_without_workers_a_pool_has_one_process_a_cpu():
    ahead = pool_ahead(["run", "news", "--out", "out"])
    assert ahead == (([Path("news")], default_workers()) if default_workers() > 1 else None)


def test_every_option_of_run_is_known():
    """An option `run` gains is read here too (or the run decides alone after it): else its
    value would be taken for an input."""
    run = typer.main.get_command(app).commands["run"]
    declared = {
        opt for p in run.params for opt in (*p.opts, *p.secondary_opts) if opt.startswith("-")
    }
    declared.add("--help")
    assert declared == VALUED | FLAGS | LEFT_TO_THE_RUN | {WORKERS}
    flags = {
        opt
        for p in run.params
        if getattr(p, "is_flag", False)
        for opt in (*p.opts, *p.secondary_opts)
    }
    assert flags - LEFT_TO_THE_RUN == FLAGS


NEWS = ["Министр обороны Сергей Шойгу прибыл в Москву.", "Мэр Москвы Сергей Собянин."]


def seen_at_first_ask(tmp_path, texts: list[str], workers: str, what: str) -> str:
    """`python -m pipeline run` over `texts`: `what` (an expression) when the forkserver was
    first asked for, in a list ("[]": not asked for by the run itself)."""
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
            for i, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    setup = (
        "from multiprocessing import forkserver; seen = []; start = forkserver.ensure_running; "
        f"forkserver.ensure_running = lambda: (seen.append({what}), start())"
    )
    seen = run_reporting("seen[:1]", source, tmp_path / "out", workers, setup)
    written = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in written] == texts
    return seen


def started_before_typer(tmp_path, texts: list[str], workers: str) -> str:
    """Whether the forkserver was first asked for before typer was imported ("[False]"),
    after ("[True]"), or not by the run itself ("[]")."""
    return seen_at_first_ask(tmp_path, texts, workers, "'typer' in sys.modules")


@pytest.mark.parametrize(
    ("texts", "workers", "seen"),
    [
        (NEWS, "2", "[False]"),
        (NEWS, "1", "[]"),
        (NEWS[:1], "2", "[]"),  # one document: no pool
    ],
)
def test_a_run_that_uses_a_pool_starts_it_before_typer_is_imported(tmp_path, texts, workers, seen):
    assert started_before_typer(tmp_path, texts, workers) == seen


# What `python -m pipeline` needs no sooner than its pool's forkserver: the records and the
# batch's reading and pool (the command's own modules), and the libraries they import. Each
# delays the forkserver, and so every worker, by the time it takes to import (60 -> 41 ms
# from the start to the forkserver's, short news).
NOT_BEFORE_THE_FORKSERVER = (
    "pipeline.api",
    "pipeline.records",
    "pipeline.batch.read",
    "pipeline.batch.execute",
    "pipeline.batch.journal",
    "dataclasses",
    "json",
    "hashlib",
)


def test_a_pool_run_asks_for_its_forkserver_before_the_records_are_imported(tmp_path):
    early = f"[m for m in {NOT_BEFORE_THE_FORKSERVER!r} if m in sys.modules]"
    assert seen_at_first_ask(tmp_path, NEWS, "2", early) == "[[]]"


@pytest.mark.parametrize(
    ("argv", "plain"),
    [
        (["run", "news", "--out", "out"], (["news"], "out", {})),
        (
            ["run", "a.jsonl", "-o", "x", "--workers=2", "-q", "--max-bytes", "9", "b.txt"],
            (["a.jsonl", "b.txt"], "x", {"workers": 2, "quiet": True, "max_bytes": 9}),
        ),
        (
            ["run", "a", "--out", "x", "--format", "parquet", "--id-field", "doc", "--debug"],
            (["a"], "x", {"table_format": "parquet", "id_field": "doc", "debug": True}),
        ),
        (  # the last one of an option given twice, as click takes it
            ["run", "a", "--out", "x", "--out", "y", "--debug", "--no-debug", "--no-resume"],
            (["a"], "y", {"debug": False, "resume": False}),
        ),
        (["run", "--out", "x", "--", "-x.txt"], (["-x.txt"], "x", {})),
        (["run", "news"], None),  # no --out: typer says so
        (["run", "--out", "x"], None),  # no input
        (["run", "news", "--out", "x", "--workers", "0"], None),  # below run's least
        (["run", "news", "--out", "x", "--workers", "²"], None),  # a digit, not ASCII
        (["run", "news", "--out", "x", "--max-bytes", "0"], None),
        (["run", "news", "--out", "x", "--max-bytes", "1e6"], None),
        (["run", "news", "--out", "x", "--format", "xlsx"], None),
        (["run", "news", "--out", "x", "--resume"], None),
        (["run", "news", "--out", "x", "--gazetteer", "my.tsv"], None),
        (["run", "news", "--out", "x", "--help"], None),
        (["report", "out", "--html", "r.html"], None),
    ],
)
def test_a_run_command_line_is_read_whole_or_left_to_typer(argv, plain):
    expected = None if plain is None else ([Path(p) for p in plain[0]], Path(plain[1]), plain[2])
    assert plain_run(argv) == expected


def test_a_pool_is_not_asked_for_with_a_number_of_workers_that_is_none():
    assert pool_ahead(["run", "news", "--out", "out", "--workers", "²"]) is None


@pytest.mark.parametrize(
    ("texts", "extra", "status", "said"),
    [
        (NEWS, [], 0, "2 documents, "),
        (NEWS, ["--max-bytes", "80"], 1, "1 skipped"),  # the first line too long
        (None, [], 2, "Error: no such file or folder: "),
    ],
)
def test_a_run_without_typer_does_what_the_command_line_does(tmp_path, texts, extra, status, said):
    """`python -m pipeline run` read whole by `plain_run` never imports typer, and writes
    the files, says the lines and ends with the status of `cli.run` under typer."""
    source = tmp_path / "in.jsonl"
    if texts is not None:
        source.write_text(
            "".join(
                json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
                for i, t in enumerate(texts)
            ),
            encoding="utf-8",
        )
    args = ["run", str(source), "--workers", "1", *extra, "--out"]
    probe = (
        "import runpy, sys, os; leave = os._exit; "
        "os._exit = lambda status: (print('typer' in sys.modules), leave(status)); "
        f"sys.argv = ['pipeline', *{args!r}, {str(tmp_path / 'plain')!r}]; "
        "runpy.run_module('pipeline', run_name='__main__')"
    )
    plain = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    typed = CliRunner().invoke(app, [*args, str(tmp_path / "typed")])
    assert (plain.returncode, plain.stdout) == (status, "False\n")
    assert typed.exit_code == status
    assert said in plain.stderr, plain.stderr
    assert plain.stderr.replace("plain", "typed").split("->")[-1] == typed.output.split("->")[-1]
    for name in ("documents.jsonl", "mentions.csv", "errors.jsonl"):
        plain_file, typed_file = tmp_path / "plain" / name, tmp_path / "typed" / name
        assert plain_file.exists() == typed_file.exists()
        if plain_file.exists():
            assert plain_file.read_bytes() == typed_file.read_bytes()
