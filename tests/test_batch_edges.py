"""Issue 16: batch runs that cannot lose, corrupt or silently skip anything.

Each test is one case of the issue, run through the real command line, with assertions on
the exit code and the files written.
"""

import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

import pipeline.run
from pipeline.cli import app

runner = CliRunner()
OUTPUTS = ["documents.jsonl", "errors.jsonl", "mentions.csv", "entities.csv", "occupations.csv"]
TEXTS = {
    "a": "Путин прилетел в Москву.",
    "b": "Песков прилетел в Алматы.",
    "c": "Переговоры прошли в Казани.",
    "d": "Токаев встретился с Кариным в Астане.",
}


def run(*args: str):
    return runner.invoke(app, ["run", *args])


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().decode("utf-8").split("\n") if line]


def doc_ids(out: Path) -> list[str]:
    return [d["doc_id"] for d in lines(out / "documents.jsonl")]


def one_line(text: str) -> str:
    """The message of a usage or environment error: one line, no traceback."""
    assert "Traceback" not in text
    (line,) = text.strip().splitlines()
    return line


def write_folder(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def assert_same_outputs(one: Path, other: Path, names=OUTPUTS) -> None:
    for name in names:
        assert (one / name).read_bytes() == (other / name).read_bytes(), name


class Interrupted(Exception):
    pass


def interrupted_run(monkeypatch, *args: str, after: int) -> None:
    """A run that stops (as if killed) once `after` documents are in its journal."""
    real = pipeline.run.process_item
    done = []

    def process_item(item, resources):
        if len(done) == after:
            raise Interrupted
        done.append(item)
        return real(item, resources)

    with monkeypatch.context() as patch:
        patch.setattr(pipeline.run, "process_item", process_item)
        result = run(*args, "--workers", "1")
    assert result.exit_code != 0 and result.exception is not None


# 8. spreadsheet formula injection through the CSV tables


def test_csv_cells_a_spreadsheet_would_evaluate_are_neutralised(tmp_path):
    text = "- Пресс-секретарь Президента РФ Дмитрий Песков прилетел в Алматы."
    rows = [{"id": "=1+2", "text": text}, {"id": "@cmd", "text": TEXTS["a"]}]
    rows += [{"id": "+7", "text": TEXTS["b"]}, {"id": "\tx", "text": TEXTS["c"]}]
    rows += [{"id": "'quoted", "text": TEXTS["d"]}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    csv_out, parquet_out = tmp_path / "csv", tmp_path / "parquet"
    assert run(str(source), "--out", str(csv_out)).exit_code == 0
    assert run(str(source), "--out", str(parquet_out), "--format", "parquet").exit_code == 0
    raw = pd.read_csv(csv_out / "occupations.csv", keep_default_na=False, dtype=str)
    assert raw.loc[0, "doc_id"] == "'=1+2"
    assert raw.loc[0, "sentence"] == "'" + text
    mentions = pd.read_csv(csv_out / "mentions.csv", keep_default_na=False, dtype=str)
    assert set(mentions["doc_id"]) == {"'=1+2", "'@cmd", "'+7", "'\tx", "''quoted"}
    assert [d["doc_id"] for d in lines(csv_out / "documents.jsonl")] == [r["id"] for r in rows]
    exact = pd.read_parquet(parquet_out / "occupations.parquet")
    assert (exact.loc[0, "doc_id"], exact.loc[0, "sentence"]) == ("=1+2", text)


# beyond the list: read_tables


def test_read_tables_reads_a_parquet_run_as_a_csv_one(tmp_path):
    from pipeline.tables import read_tables

    text = "- Пресс-секретарь Президента РФ Дмитрий Песков прилетел в Алматы."
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "=a", "text": text}])
    csv_out, parquet_out = tmp_path / "csv", tmp_path / "parquet"
    assert run(str(source), "--out", str(csv_out)).exit_code == 0
    assert run(str(source), "--out", str(parquet_out), "--format", "parquet").exit_code == 0
    from_csv, from_parquet = read_tables(csv_out), read_tables(parquet_out)
    for name, frame in from_csv.items():
        pd.testing.assert_frame_equal(frame, from_parquet[name])
        assert len(frame) > 0
    assert from_csv["occupations"].loc[0, "sentence"] == text
