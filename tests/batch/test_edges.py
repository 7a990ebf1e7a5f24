"""Issue 16: batch runs that cannot lose, corrupt or silently skip anything.

Each test is one case of the issue, run through the real command line, with assertions on
the exit code and the files written.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import pipeline.run
from pipeline.batch.journal import JOURNAL, PARTIAL
from pipeline.cli import app

from ..conftest import ROOT, SEED_ARTICLE

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


# 1. `pipeline run documents.jsonl --out .` overwrote its input


def test_a_run_that_would_overwrite_its_input_is_refused(tmp_path):
    source = write_jsonl(tmp_path / "documents.jsonl", [{"id": "a", "text": TEXTS["a"]}])
    before = source.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "documents.jsonl", "--out", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 2
    assert "would overwrite" in one_line(result.stderr)
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.jsonl"]


# 2. a file name that is not UTF-8 killed the batch, and every --resume after it

CP1251_NAME = "Привет".encode("cp1251") + b".txt"
ESCAPED = "".join(f"\\x{byte:02x}" for byte in "Привет".encode("cp1251"))


def test_a_file_name_that_is_not_utf8_gets_a_visible_id(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "in", {"a": TEXTS["a"]})
    (folder / os.fsdecode(CP1251_NAME)).write_text(TEXTS["b"], encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(folder), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert doc_ids(out) == ["a", ESCAPED]
    assert lines(out / "documents.jsonl")[1]["source"].endswith(f"{ESCAPED}.txt")
    mentions = pd.read_csv(out / "mentions.csv", keep_default_na=False)
    assert ESCAPED in set(mentions["doc_id"])
    # the file given directly, and a resumed run over it
    interrupted_run(monkeypatch, str(folder), "--out", str(tmp_path / "resumed"), after=1)
    assert run(str(folder), "--out", str(tmp_path / "resumed"), "--resume").exit_code == 0
    assert_same_outputs(out, tmp_path / "resumed")
    direct = folder / os.fsdecode(CP1251_NAME)
    assert run(str(direct), "--out", str(tmp_path / "direct")).exit_code == 0
    assert doc_ids(tmp_path / "direct") == [ESCAPED]


# 3. --resume failed for good once a finished text held U+2028 or U+2029


def test_resume_over_texts_with_unicode_line_separators(tmp_path, monkeypatch):
    rows = [
        {"id": "ls", "text": "Путин прилетел в Москву.\u2028Песков тоже."},
        {"id": "ps", "text": "Переговоры прошли в Казани.\u2029Конец.\x85"},
        {"id": "last", "text": TEXTS["d"]},
    ]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    clean, resumed = tmp_path / "clean", tmp_path / "resumed"
    assert run(str(source), "--out", str(clean)).exit_code == 0
    interrupted_run(monkeypatch, str(source), "--out", str(resumed), after=2)
    assert (resumed / PARTIAL / JOURNAL).read_bytes().count(b"\n") == 2
    result = run(str(source), "--out", str(resumed), "--resume")
    assert result.exit_code == 0, result.output
    assert_same_outputs(clean, resumed)


# 4. --resume after the input changed gave stale output


def test_resume_redoes_changed_inputs_drops_deleted_ones_and_places_new_ones(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "in", TEXTS)
    out = tmp_path / "out"
    interrupted_run(monkeypatch, str(folder), "--out", str(out), after=3)
    (folder / "b.txt").write_text("Песков прилетел в Казань.", encoding="utf-8")  # same size
    (folder / "c.txt").unlink()
    (folder / "bb.txt").write_text("Токаев прилетел в Москву.", encoding="utf-8")
    result = run(str(folder), "--out", str(out), "--resume")
    assert result.exit_code == 0, result.output
    assert doc_ids(out) == ["a", "b", "bb", "d"]
    fresh = tmp_path / "fresh"
    assert run(str(folder), "--out", str(fresh)).exit_code == 0
    assert_same_outputs(fresh, out)


def test_resume_redoes_changed_jsonl_lines(tmp_path, monkeypatch):
    rows = [{"id": name, "text": text} for name, text in TEXTS.items()]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out"
    interrupted_run(monkeypatch, str(source), "--out", str(out), after=3)
    rows[1]["text"] = "Песков прилетел в Казань."
    write_jsonl(source, rows)
    assert run(str(source), "--out", str(out), "--resume").exit_code == 0
    fresh = tmp_path / "fresh"
    assert run(str(source), "--out", str(fresh)).exit_code == 0
    assert_same_outputs(fresh, out)
    assert "Казань" in (out / "documents.jsonl").read_text(encoding="utf-8")


# 5. two runs into one --out corrupted it; the lock is gone with a killed run


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", *args, "--quiet"]


def test_a_second_run_into_a_busy_folder_stops_at_once(tmp_path):
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    source = write_jsonl(tmp_path / "big.jsonl", [{"id": f"d{i}", "text": text} for i in range(60)])
    other = write_jsonl(tmp_path / "other.jsonl", [{"id": "x", "text": TEXTS["a"]}])
    out = tmp_path / "out"
    first = subprocess.Popen(cli(str(source), "--out", str(out), "--workers", "1"), cwd=ROOT)
    try:
        journal = out / PARTIAL / JOURNAL
        deadline = time.monotonic() + 60
        while not (journal.exists() and journal.stat().st_size) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert first.poll() is None
        started = time.monotonic()
        second = subprocess.run(
            cli(str(other), "--out", str(out)), cwd=ROOT, capture_output=True, text=True
        )
        assert second.returncode == 2
        assert time.monotonic() - started < 10
        message = one_line(second.stderr)
        assert str(first.pid) in message and "busy" in message
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    # kill -9 left no stale lock: the folder takes a new run at once
    third = subprocess.run(cli(str(other), "--out", str(out)), cwd=ROOT)
    assert third.returncode == 0
    assert doc_ids(out) == ["x"]
    assert b"\x00" not in (out / "documents.jsonl").read_bytes()


@pytest.mark.skipif(sys.platform == "win32", reason="a terminal's Ctrl-C: a process group")
@pytest.mark.parametrize("journal_lines", [0, 1])
def test_ctrl_c_stops_a_pool_at_once_without_a_traceback_and_resume_finishes(
    tmp_path, journal_lines
):
    """Ctrl-C reaches every process of the group: the forkserver and its workers used to
    print tracebacks, and a pool caught halfway through a submit could keep the batch
    process from ever ending."""
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    rows = [{"id": f"d{i:02}", "text": text} for i in range(40)]
    source = write_jsonl(tmp_path / "big.jsonl", rows)
    out = tmp_path / "out"
    journal = out / PARTIAL / JOURNAL
    run_ = subprocess.Popen(
        cli(str(source), "--out", str(out), "--workers", "2"),
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and run_.poll() is None:
            written = journal.read_bytes().count(b"\n") if journal.exists() else -1
            if written >= journal_lines:
                break
            time.sleep(0.02)
        os.killpg(run_.pid, signal.SIGINT)  # as a terminal does
        _, stderr = run_.communicate(timeout=60)
    finally:
        if run_.poll() is None:
            os.killpg(run_.pid, signal.SIGKILL)
    assert run_.returncode == 130
    assert "Traceback" not in stderr
    assert "--resume" in stderr
    finished = subprocess.run(cli(str(source), "--out", str(out), "--resume"), cwd=ROOT)
    assert finished.returncode == 0
    assert doc_ids(out) == [row["id"] for row in rows]


# 6. inputs dropped or misread without a word


def test_an_entity_named_tens_of_thousands_of_times_is_written(tmp_path):
    """Its mention ids make a cell of entities.csv longer than the csv module reads by
    default (128 KiB); the corpus step reads that table back."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text("Путин прибыл в Москву. " * 25_000, encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(folder), "--out", str(out)).exit_code == 0
    entities = pd.read_csv(out / "entities.csv")
    putin = entities[entities["canonical"] == "Путин"].iloc[0]
    assert putin["mention_count"] == 25_000
    assert len(putin["mention_ids"]) > 128 * 1024
    assert putin["corpus_id"] == "Q7747"


def test_txt_suffix_in_any_case_is_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "A.TXT").write_text(TEXTS["a"], encoding="utf-8")
    (folder / "b.Txt").write_text(TEXTS["b"], encoding="utf-8")
    (folder / "notes.md").write_text("не статья", encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(folder), "--out", str(out)).exit_code == 0
    assert doc_ids(out) == ["A", "b"]


@pytest.mark.parametrize("name", ["in.ndjson", "in.JSONL", "in.NDJSON"])
def test_ndjson_and_jsonl_in_any_case_are_read_as_jsonl(tmp_path, name):
    source = write_jsonl(tmp_path / name, [{"id": "a", "text": TEXTS["a"]}])
    out = tmp_path / "out"
    result = run(str(source), "--out", str(out))
    assert result.exit_code == 0, result.output
    (doc,) = lines(out / "documents.jsonl")
    assert (doc["doc_id"], doc["text"]) == ("a", TEXTS["a"])


@pytest.mark.parametrize("name", ["in.json", "in.csv", "README"])
def test_an_unsupported_input_is_a_usage_error(tmp_path, name):
    source = tmp_path / name
    source.write_text('[{"id": "a", "text": "Москва"}]', encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(source), "--out", str(out))
    assert result.exit_code == 2
    message = one_line(result.stderr)
    assert ".txt" in message and ".jsonl" in message and ".ndjson" in message
    assert not out.exists()


def test_unreadable_folders_dangling_links_and_loops_are_listed(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "in", {"a": TEXTS["a"]})
    write_folder(folder / "locked", {"hidden": TEXTS["b"]})
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)  # a folder inside itself
    real_scandir = os.scandir

    def scandir(path="."):
        if isinstance(path, str | Path) and os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    result = run(str(folder), "--out", str(out))
    assert result.exit_code == 1, result.output
    assert doc_ids(out) == ["a"]
    errors = {
        Path(e["source"]).relative_to(folder).as_posix(): e for e in lines(out / "errors.jsonl")
    }
    assert set(errors) == {"gone.txt", "locked", "self.txt", "sub/up"}
    assert errors["locked"]["reason"] == "unreadable folder: Permission denied"
    assert errors["gone.txt"]["reason"].startswith("dangling symlink")
    assert errors["self.txt"]["reason"].startswith("symlink loop")
    assert errors["sub/up"]["reason"].startswith("symlink loop")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_input_given_twice_is_read_once(tmp_path, workers):
    folder = write_folder(tmp_path / "in", {"a": TEXTS["a"], "b": TEXTS["b"]})
    out = tmp_path / "out"
    again = tmp_path / "elsewhere" / ".." / "in"  # the same folder, spelt otherwise
    (tmp_path / "elsewhere").mkdir()
    args = [str(folder), str(again), str(folder / "b.txt"), "--out", str(out)]
    result = run(*args, "--workers", workers)
    assert result.exit_code == 0, result.output
    assert doc_ids(out) == ["a", "b"]


def test_duplicate_document_ids_are_reported(tmp_path):
    rows = [{"id": "a", "text": TEXTS["a"]}, {"id": "b", "text": TEXTS["b"]}]
    rows.append({"id": "a", "text": TEXTS["c"]})
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out"
    result = run(str(source), "--out", str(out))
    assert result.exit_code == 1
    assert doc_ids(out) == ["a", "b"]
    (error,) = lines(out / "errors.jsonl")
    assert (error["doc_id"], error["line"]) == ("a", 3)
    assert error["reason"] == f"duplicate doc_id: first in {source} line 1"
    mentions = pd.read_csv(out / "mentions.csv", keep_default_na=False)
    assert not mentions.duplicated(["doc_id", "mention_id"]).any()


# 7. operator mistakes: one line and exit 2; a crash is not "some documents skipped"


def test_out_is_a_file(tmp_path):
    (tmp_path / "out").write_text("")
    result = run(str(SEED_ARTICLE), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "not a folder" in one_line(result.stderr)


def read_only_folder(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir(mode=0o555)
        return folder
    if os.access("/sys", os.W_OK) and not Path("/sys/class").is_dir():
        pytest.skip("no read-only folder for root here")
    return Path("/sys")  # sysfs: root cannot create files in it either


def test_out_is_read_only(tmp_path):
    folder = read_only_folder(tmp_path)
    for out in (folder, folder / "pipeline-out"):
        result = run(str(SEED_ARTICLE), "--out", str(out))
        assert result.exit_code == 2, result.output
        assert "cannot write" in one_line(result.stderr)


def test_report_into_a_missing_folder(tmp_path):
    out = tmp_path / "out"
    assert run(str(SEED_ARTICLE), "--out", str(out)).exit_code == 0
    page = tmp_path / "new" / "deeper" / "report.html"
    result = runner.invoke(app, ["report", str(out), "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("tcp//127.0.0.1:8786", "not a Dask scheduler address"),
        ("127.0.0.1", "not a Dask scheduler address"),
        ("tcp://127.0.0.1:1", "no Dask scheduler at"),
    ],
)
def test_a_bad_dask_address_is_refused_at_once(tmp_path, address, message):
    started = time.monotonic()
    result = run(str(SEED_ARTICLE), "--out", str(tmp_path / "out"), "--dask", address)
    assert result.exit_code == 2
    assert message in one_line(result.stderr)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("value", ["0", "-5"])
def test_max_bytes_must_be_positive(tmp_path, value):
    result = run(str(SEED_ARTICLE), "--out", str(tmp_path / "out"), "--max-bytes", value)
    assert result.exit_code == 2


def test_a_crash_has_its_own_exit_code_and_a_log(tmp_path, monkeypatch):
    def broken(item, resources):
        raise RuntimeError("a bug")

    monkeypatch.setattr(pipeline.run, "process_item", broken)
    out = tmp_path / "out"
    result = run(str(SEED_ARTICLE), "--out", str(out), "--workers", "1")
    assert result.exit_code == 3
    line = one_line(result.stderr)
    assert "RuntimeError: a bug" in line and "crash.log" in line
    assert "Traceback" in (out / "crash.log").read_text(encoding="utf-8")
    debug = run(str(SEED_ARTICLE), "--out", str(out), "--workers", "1", "--debug")
    assert debug.exit_code == 3
    assert "Traceback" in debug.stderr


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


def test_a_carriage_return_inside_a_name_is_kept_in_its_quoted_cell(tmp_path):
    """A text with old Mac line ends ("\\r"): the csv module of Python 3.11 and 3.12 left
    the cell of "Сергей\\rЛавров" bare, and the whole batch crashed reading it back."""
    rows = [{"id": "cr", "text": "Глава МИД России Сергей\rЛавров прилетел в Москву."}]
    rows += [{"id": "b", "text": TEXTS["b"]}]
    out = tmp_path / "out"
    assert run(str(write_jsonl(tmp_path / "in.jsonl", rows)), "--out", str(out)).exit_code == 0
    assert doc_ids(out) == ["cr", "b"]
    mentions = pd.read_csv(out / "mentions.csv", keep_default_na=False, dtype=str)
    assert list(mentions["doc_id"].drop_duplicates()) == ["cr", "b"]
    assert "Сергей\rЛавров" in set(mentions["text"])
    assert "Песков" in set(pd.read_csv(out / "corpus_entities.csv")["canonical"])


# 9. an empty text is a document with no mentions, not an error


def test_empty_texts_are_documents_without_mentions(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n", encoding="utf-8")
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "e", "text": ""}])
    out = tmp_path / "out"
    result = run(str(folder), str(source), "--out", str(out))
    assert result.exit_code == 0, result.output
    docs = lines(out / "documents.jsonl")
    assert [(d["doc_id"], d["mentions"]) for d in docs] == [("blank", []), ("empty", []), ("e", [])]
    assert (out / "errors.jsonl").read_bytes() == b""


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


# beyond the list: JSONL


def test_a_lone_surrogate_in_jsonl_is_reported_not_a_crash(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "bad", "text": "\\ud800 Москва"}\n{"id": "\\ud83d", "text": "Москва"}\n'
        + json.dumps({"id": "ok", "text": TEXTS["a"]}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run(str(source), "--out", str(out))
    assert result.exit_code == 1, result.output
    assert doc_ids(out) == ["\\ud83d", "ok"]
    (error,) = lines(out / "errors.jsonl")
    assert (error["doc_id"], error["line"]) == ("bad", 1)
    assert error["reason"].startswith("not valid Unicode")
