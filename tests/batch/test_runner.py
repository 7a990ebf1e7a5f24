"""Batch runs over messy inputs: bad files reported, the rest done, killed runs resumed."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.batch.journal import DATA, JOURNAL, PARTIAL
from pipeline.cli import app

from ..conftest import ROOT, SEED_ARTICLE

runner = CliRunner()
RUSSIAN = "Первый форум состоялся в Москве, теперь местом встречи стал город Алматы."
OUTPUTS = ["documents.jsonl", "errors.jsonl", "mentions.csv", "entities.csv", "occupations.csv"]


def run(*args: str):
    return runner.invoke(app, ["run", *args])


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def messy_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_cp1251.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (folder / "c_koi8.txt").write_bytes(RUSSIAN.encode("koi8-r"))
    (folder / "d_cp866.txt").write_bytes(RUSSIAN.encode("cp866"))
    (folder / "e_utf16.txt").write_bytes(RUSSIAN.encode("utf-16"))
    (folder / "f_binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "g_huge.txt").write_text("Москва. " * 5000, encoding="utf-8")
    (folder / "h_good.txt").write_text(RUSSIAN, encoding="utf-8")
    return folder


def test_bad_files_are_reported_and_the_rest_processed(messy_folder, tmp_path):
    out = tmp_path / "out"
    result = run(str(messy_folder), "--out", str(out), "--max-bytes", "20000")
    assert result.exit_code == 1
    docs = {d["doc_id"]: d for d in lines(out / "documents.jsonl")}
    assert list(docs) == ["a_empty", "b_cp1251", "c_koi8", "d_cp866", "e_utf16", "h_good"]
    assert (docs["a_empty"]["text"], docs["a_empty"]["mentions"]) == ("", [])
    for doc_id in ["b_cp1251", "c_koi8", "d_cp866", "e_utf16", "h_good"]:
        assert [m["normal"] for m in docs[doc_id]["mentions"]] == ["Москва", "Алматы"], doc_id
        assert docs[doc_id]["text"] == RUSSIAN
    errors = {Path(e["source"]).name: e["reason"] for e in lines(out / "errors.jsonl")}
    assert set(errors) == {"f_binary.txt", "g_huge.txt"}
    assert errors["f_binary.txt"].startswith("binary")
    assert errors["g_huge.txt"].startswith("too large")
    assert "6 documents" in result.stderr and "2 skipped" in result.stderr


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "locked.txt").write_text(RUSSIAN, encoding="utf-8")
    (folder / "open.txt").write_text(RUSSIAN, encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    out = tmp_path / "out"
    assert run(str(folder), "--out", str(out)).exit_code == 1
    assert [d["doc_id"] for d in lines(out / "documents.jsonl")] == ["open"]
    (error,) = lines(out / "errors.jsonl")
    assert error["reason"] == "unreadable: Permission denied" and error["line"] is None


def test_broken_jsonl_lines_are_reported_with_line_numbers(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok1", "text": RUSSIAN}, ensure_ascii=False),
                '{"id": "cut", "text": "Моск',
                json.dumps({"id": "no-text"}),
                json.dumps({"id": "ok2", "text": RUSSIAN}, ensure_ascii=False),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run(str(source), "--out", str(out)).exit_code == 1
    assert [d["doc_id"] for d in lines(out / "documents.jsonl")] == ["ok1", "ok2"]
    errors = lines(out / "errors.jsonl")
    assert [(e["line"], e["reason"].split(":")[0]) for e in errors] == [
        (2, "malformed JSON"),
        (3, "no 'text' field"),
    ]


def write_batch(path: Path, count: int) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            handle.write(json.dumps({"id": f"doc{i:03d}", "text": text}, ensure_ascii=False) + "\n")


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", *args, "--quiet"]


def children_of(parent: int) -> set[int]:
    """Live processes whose parent is `parent`."""
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z" and int(fields[1]) == parent:
            found.add(int(entry.name))
    return found


def alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            out.add(pid)
    return out


# More chunks than the pool keeps in flight: the journal then grows a chunk at a time and
# is seen half-way. With fewer, a slow first chunk lets the whole run end between polls.
KILLED_BATCH = 72


def test_killed_run_resumes_to_the_same_output(tmp_path):
    source = tmp_path / "batch.jsonl"
    write_batch(source, KILLED_BATCH)
    clean, broken = tmp_path / "clean", tmp_path / "broken"
    subprocess.run(cli(str(source), "--out", str(clean)), check=True, cwd=ROOT)

    process = subprocess.Popen(cli(str(source), "--out", str(broken), "--workers", "2"), cwd=ROOT)
    journal = broken / PARTIAL / JOURNAL
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    workers = children_of(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    gone_by = time.monotonic() + 15
    while alive(workers) and time.monotonic() < gone_by:
        time.sleep(0.2)
    assert workers and not alive(workers)  # the pool workers end with their batch
    assert not (broken / "documents.jsonl").exists()  # nothing half-written in place
    done = journal.read_bytes().count(b"\n")
    assert 3 <= done < KILLED_BATCH
    with journal.open("ab") as handle:  # as if killed in the middle of a line
        handle.write(b'{"key": "half a li')
    with (journal.parent / DATA).open("ab") as handle:  # ... or of a document's output
        handle.write('{"doc_id": "половина'.encode())

    subprocess.run(cli(str(source), "--out", str(broken), "--resume"), check=True, cwd=ROOT)
    for name in OUTPUTS:
        assert (broken / name).read_bytes() == (clean / name).read_bytes(), name
    assert not (broken / PARTIAL).exists()


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"inputs": ["elsewhere"]}, "other inputs or options"),
        # a journal of version 3 held each document's output inside its line
        ({"inputs": ["elsewhere"], "journal_line_format": 3}, "another version"),
    ],
)
def test_resume_refuses_other_settings(tmp_path, settings, message):
    source = tmp_path / "batch.jsonl"
    write_batch(source, 1)
    out = tmp_path / "out"
    partial = out / PARTIAL
    partial.mkdir(parents=True)
    (partial / "run.json").write_text(json.dumps(settings))
    (partial / JOURNAL).write_text('{"key": "a", "document": "{}"}\n')
    result = run(str(source), "--out", str(out), "--resume")
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())


def test_parquet_tables_hold_the_same_rows(tmp_path):
    import pandas as pd

    csv_out, parquet_out = tmp_path / "csv", tmp_path / "parquet"
    assert run(str(SEED_ARTICLE), "--out", str(csv_out)).exit_code == 0
    assert run(str(SEED_ARTICLE), "--out", str(parquet_out), "--format", "parquet").exit_code == 0
    for name in ["mentions", "entities", "occupations", "facts", "corpus_entities"]:
        from_csv = pd.read_csv(csv_out / f"{name}.csv", keep_default_na=False)
        from_parquet = pd.read_parquet(parquet_out / f"{name}.parquet")
        assert list(from_parquet.columns) == list(from_csv.columns)
        assert len(from_parquet) == len(from_csv) > 0
    mentions = pd.read_parquet(parquet_out / "mentions.parquet")
    assert str(mentions["start"].dtype) == "int64" and str(mentions["entity_id"].dtype) == "int64"
    # a parquet run into a folder of CSV tables leaves no stale CSV behind, and back
    assert run(str(SEED_ARTICLE), "--out", str(csv_out), "--format", "parquet").exit_code == 0
    assert not list(csv_out.glob("*.csv")) and len(list(csv_out.glob("*.parquet"))) == 5
    assert run(str(SEED_ARTICLE), "--out", str(csv_out)).exit_code == 0
    assert len(list(csv_out.glob("*.csv"))) == 5 and not list(csv_out.glob("*.parquet"))


def test_quiet_run_prints_nothing(tmp_path):
    result = subprocess.run(
        cli(str(SEED_ARTICLE), "--out", str(tmp_path / "out")),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stderr == "" and result.stdout == ""


def test_plain_progress_lines(capsys):
    from pipeline.batch.progress import PlainLines

    progress = PlainLines(total=4, every=0.0)
    for _ in range(2):
        progress.advance()
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith("2/4 documents, ") and "docs/s, ETA" in err[-1]


def test_a_long_document_reports_its_windows(resources, monkeypatch, capsys):
    import pipeline.run
    from pipeline.batch.emit import DOCUMENT
    from pipeline.batch.execute import run_here
    from pipeline.batch.progress import PlainLines
    from pipeline.records import Article

    text = (
        "Пресс-секретарь президента Дмитрий Песков заявил журналистам.\n"
        "Министр обороны Сергей Шойгу прибыл в Москву."
    )
    monkeypatch.setattr(pipeline.run, "WINDOW_CHARS", 70)
    progress = PlainLines(total=1, every=0.0)
    article = Article("a", "a.txt", text)
    [entry] = run_here([(("a", None), article)], resources, "csv", progress.window)
    assert capsys.readouterr().err.splitlines() == [
        "document 1/1: window 1/2",
        "document 1/1: window 2/2",
    ]
    line = b"".join(data for name, data in entry.parts if name.startswith(DOCUMENT))
    normals = {m["normal"] for m in json.loads(line)["mentions"]}
    assert {"Дмитрий Песков", "Сергей Шойгу", "Москва"} <= normals


def test_only_an_unfinished_run_syncs_its_journal_to_disk(tmp_path, monkeypatch):
    """A finished run discards its journal unsynced; an interrupted one syncs both of its
    files, for --resume after a crash of the machine."""
    from pipeline.batch import execute

    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    source = tmp_path / "batch.jsonl"
    write_batch(source, 3)
    done = run(str(source), "--out", str(tmp_path / "done"), "--workers", "1", "--quiet")
    assert done.exit_code == 0 and synced == []
    assert not (tmp_path / "done" / PARTIAL).exists()

    finish, calls = execute.finish, []

    def interrupted(*args):
        calls.append(args)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return finish(*args)

    monkeypatch.setattr(execute, "finish", interrupted)
    stopped = run(str(source), "--out", str(tmp_path / "stopped"), "--workers", "1", "--quiet")
    assert stopped.exit_code == 130 and len(synced) == 2
    journal = tmp_path / "stopped" / PARTIAL / JOURNAL
    assert [entry["key"] for entry in lines(journal)] == [f"{source}\t1"]  # the first line
