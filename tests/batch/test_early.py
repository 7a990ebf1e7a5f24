"""A `run` command line read as `run` reads it, and run without typer where read whole."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from pipeline.batch.early import FLAGS, LEFT_TO_THE_RUN, VALUED, WORKERS, plain_run
from pipeline.cli import app


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
