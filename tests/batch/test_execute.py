"""The same output whoever processes the documents: one process, a pool, a Dask cluster."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.batch import execute
from pipeline.batch.execute import (
    AHEAD,
    AHEAD_CHARS,
    chunks,
    chunks_ahead,
    in_order,
    run_here,
    shared_in_order,
)
from pipeline.batch.journal import JournalEntry
from pipeline.cli import app
from pipeline.records import Article

from ..conftest import SEED_ARTICLE

runner = CliRunner()
OUTPUTS = ["documents.jsonl", "mentions.csv", "entities.csv", "occupations.csv"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """Twelve documents cut from the seed article."""
    folder = tmp_path_factory.mktemp("batch")
    paragraphs = SEED_ARTICLE.read_text(encoding="utf-8").split(". ")
    path = folder / "batch.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(12):
            text = ". ".join(paragraphs[i * 3 : i * 3 + 6])
            handle.write(json.dumps({"id": f"p{i:02d}", "text": text}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def one_process(batch, tmp_path_factory):
    out = tmp_path_factory.mktemp("one")
    result = runner.invoke(app, ["run", str(batch), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def mine(tmp_path_factory):
    """A user's gazetteer that renames Kazakhstan."""
    path = tmp_path_factory.mktemp("gazetteer") / "mine.tsv"
    path.write_text(
        "id\ttype\tcanonical\taliases\tkb_id\tcountry\n"
        "country-kz\tLOC\tРеспублика Казахстан\t\t\t\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def one_process_mine(batch, mine, tmp_path_factory):
    out = tmp_path_factory.mktemp("one-mine")
    arguments = ["run", str(batch), "--out", str(out), "--workers", "1", "--gazetteer", str(mine)]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0, result.output
    assert "Республика Казахстан" in (out / "entities.csv").read_text(encoding="utf-8")
    return out


def same_outputs(left, right):
    for name in OUTPUTS:
        assert (left / name).read_bytes() == (right / name).read_bytes(), name


def test_in_order_keeps_order_with_a_small_window():
    items = [(str(i), i) for i in range(20)]
    results = list(in_order(lambda c: c, lambda c: c, items, window=2))
    assert results == items


def entries(chunk, who: bytes):
    """Journal entries of a chunk that say who computed them."""
    return [JournalEntry(key, 0, iter([("document", who)])) for key, _ in chunk]


class Held(Future):
    """A pool's future that stays pending until its result is asked for."""

    def __init__(self, chunk):
        super().__init__()
        self.chunk = chunk

    def done(self):
        return False

    def result(self, timeout=None):
        return entries(self.chunk, b"pool")


@pytest.mark.parametrize("workers", [2, 3])
def test_a_shared_run_keeps_the_order_and_computes_while_its_pool_is_busy(workers):
    items = [((str(i), None), Article(doc_id=str(i), text="x", source="s")) for i in range(100)]
    results = list(shared_in_order(Held, lambda c: iter(entries(c, b"here")), items, workers))
    assert [entry.tag for entry in results] == [key for key, _ in items]
    by = [b"".join(data for _, data in entry.parts) for entry in results]
    # the first chunks to the pool, until it holds two a worker; the next one here
    held = 2 * (workers - 1) * AHEAD
    assert by[: held + AHEAD] == [b"pool"] * held + [b"here"] * AHEAD
    assert by.count(b"here") > AHEAD


class Prompt(Future):
    """A pool's future that is done when finished by hand, or when its result is asked for."""

    def __init__(self, chunk):
        super().__init__()
        self.chunk = chunk

    def finish(self):
        self.set_result(entries(self.chunk, b"pool"))

    def result(self, timeout=None):
        if not self.done():
            self.finish()
        return super().result(timeout)


def test_a_pool_gets_its_next_chunk_as_soon_as_one_is_done():
    """As this process computes a chunk, the pool finishes one of its own: it is handed the
    next at once, not once this process is done; the last chunks, one at a time."""
    items = [((str(i), None), Article(doc_id=str(i), text="x", source="s")) for i in range(100)]
    submitted: list[Prompt] = []
    given_meanwhile, held_at_end = [], []

    def submit(chunk):
        submitted.append(Prompt(chunk))
        return submitted[-1]

    def here(chunk):
        before = len(submitted)
        next(f for f in submitted if not f.done()).finish()
        given_meanwhile.append(len(submitted) - before)
        held_at_end.append(sum(not f.done() for f in submitted))
        return iter(entries(chunk, b"here"))

    results = list(shared_in_order(submit, here, items, 2))
    assert [entry.tag for entry in results] == [key for key, _ in items]
    assert given_meanwhile[:3] == [1, 1, 1]
    assert held_at_end[0] == 2
    assert held_at_end[-1] <= 1


@pytest.mark.parametrize(
    ("count", "workers", "sizes"),
    [
        # the tagger's chunks (AHEAD), but for the last ones of each worker, halved
        (72, 2, [8, 8, 8, 8, 8, 8, 8, 4, 4, 4, 4]),
        (40, 1, [8, 8, 8, 8, 4, 4]),
        (20, 2, [4, 4, 4, 4, 2, 2]),
        (5, 2, [3, 2]),
        (1, 2, [1]),
        (0, 2, []),
    ],
)
def test_chunks_are_the_taggers_but_the_last_halved(count, workers, sizes):
    items = [(str(i), Article(str(i), "s", "Песков заявил.")) for i in range(count)]
    made = list(chunks(items, workers))
    assert [len(c) for c in made] == sizes
    assert [item for c in made for item in c] == items


def test_a_long_article_ends_its_chunk():
    short, long = Article("s", "s", "Песков заявил."), Article("l", "l", "Песков. " * AHEAD_CHARS)
    items = [("s", short)] * 30 + [("l", long)] + [("s", short)] * 30
    made = list(chunks(items, 2))
    assert [len(c) for c in made] == [8, 8, 8, 7, 8, 4, 4, 4, 4, 3, 3]
    assert made[3][-1] == ("l", long)


def test_items_are_read_ahead_in_chunks_of_bounded_size():
    short, long = Article("s", "s", "Песков заявил."), Article("l", "l", "Песков. " * AHEAD_CHARS)
    items = [("s", short)] * (AHEAD + 3) + [("l", long), ("s", short)]
    assert [len(c) for c in chunks_ahead(items)] == [AHEAD, 4, 1]
    assert [item for c in chunks_ahead(items) for item in c] == items


def test_articles_analysed_ahead_make_the_documents_made_alone(resources, seed_text):
    """The analyses and tagger's spans made for several articles at once are each
    article's own: every document is the one its article makes alone."""
    from pipeline.run import ahead, analysed_ahead, process_article

    texts = [
        "Пресс-секретарь президента России Дмитрий Песков заявил журналистам в Москве.",
        "Шойгу",
        "",
        seed_text,
        "Глава МИД РФ Сергей Лавров встретился в Женеве с госсекретарем США Энтони Блинкеном.",
    ]
    articles = [Article(f"a{i}", f"a{i}.txt", text) for i, text in enumerate(texts)]
    alone = [process_article(article, resources) for article in articles]
    made = analysed_ahead(articles, resources)
    assert len(made) == len(texts)
    together = []
    for article in articles:
        token = ahead.set(made)
        try:
            together.append(process_article(article, resources))
        finally:
            ahead.reset(token)
    assert together == alone
    assert made == {}  # each article took its own
    assert [m.text for m in together[4].mentions if m.type == "PER"] == [
        "Сергей Лавров",
        "Энтони Блинкеном",
    ]


def test_one_process_runs_numpy_on_one_thread(monkeypatch):
    import numpy  # noqa: F401  (threadpoolctl sees the BLAS of libraries already loaded)
    from threadpoolctl import threadpool_info, threadpool_limits

    seen = []

    def finish(key, item, resources, table_format, *ahead):
        seen.append({p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"})
        return key, item.text

    monkeypatch.setattr(execute, "finish", finish)
    article = Article(doc_id="a", source="a.txt", text="Песков заявил журналистам.")
    with threadpool_limits(limits=2, user_api="blas"):
        blas = {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}
        if blas != {2}:
            pytest.skip(f"numpy's BLAS cannot run two threads here: {blas}")
        assert list(run_here([("a", article)], None, "csv")) == [("a", article.text)]
    assert seen == [{1}]


def test_two_local_workers_write_the_same_bytes(batch, one_process, tmp_path):
    result = runner.invoke(app, ["run", str(batch), "--out", str(tmp_path), "--workers", "2"])
    assert result.exit_code == 0, result.output
    same_outputs(one_process, tmp_path)


def test_pool_workers_use_the_users_gazetteer(batch, mine, one_process_mine, tmp_path):
    arguments = ["run", str(batch), "--out", str(tmp_path), "--workers", "2"]
    result = runner.invoke(app, [*arguments, "--gazetteer", str(mine)])
    assert result.exit_code == 0, result.output
    same_outputs(one_process_mine, tmp_path)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_dask_cluster_writes_the_same_bytes(batch, one_process, mine, one_process_mine, tmp_path):
    """A real scheduler and worker on 127.0.0.1, as `dask scheduler` / `dask worker` start them."""
    dask = shutil.which("dask", path=str(__import__("pathlib").Path(sys.executable).parent))
    if dask is None:
        pytest.skip("the dask command is not installed")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path / "logs"
    logs.mkdir()
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        stdout=subprocess.DEVNULL,
        stderr=(logs / "scheduler.log").open("w"),
    )
    worker = subprocess.Popen(
        [
            dask,
            "worker",
            address,
            "--nworkers",
            "1",
            "--nthreads",
            "1",
            "--no-dashboard",
            "--host",
            "127.0.0.1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=(logs / "worker.log").open("w"),
    )
    try:
        from dask.distributed import Client

        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(address, timeout=5) as client:
                    if client.nthreads():
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the Dask cluster did not come up"
            time.sleep(0.5)
        out = tmp_path / "out"
        result = runner.invoke(app, ["run", str(batch), "--out", str(out), "--dask", address])
        assert result.exit_code == 0, result.output
        same_outputs(one_process, out)
        # the user's gazetteer reaches the Dask worker, which cannot read the file
        out = tmp_path / "mine"
        arguments = ["run", str(batch), "--out", str(out), "--dask", address]
        result = runner.invoke(app, [*arguments, "--gazetteer", str(mine)])
        assert result.exit_code == 0, result.output
        same_outputs(one_process_mine, out)
    finally:
        for process in (worker, scheduler):
            process.terminate()
        for process in (worker, scheduler):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="on one core numpy starts one thread anyway")
def test_a_one_process_run_loads_numpy_for_one_thread(tmp_path):
    """numpy computes on one thread in a `--workers 1` run: loaded so, OpenBLAS starts no
    thread per core; the environment is left as it was."""
    from pipeline.batch.pool_start import ONE_THREAD

    source = tmp_path / "one.jsonl"
    text = "Пресс-секретарь президента России Дмитрий Песков заявил журналистам в Москве."
    source.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n")
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from pipeline.batch.runner import run_batch\n"
        "run_batch([Path(sys.argv[1])], Path(sys.argv[2]), workers=1)\n"
        "from threadpoolctl import threadpool_info\n"
        "print([p['num_threads'] for p in threadpool_info() if p['user_api'] == 'blas'])\n"
        "print(os.environ.get('OPENBLAS_NUM_THREADS'))\n"
    )
    env = {name: value for name, value in os.environ.items() if name not in ONE_THREAD}
    command = [sys.executable, "-c", code, str(source), str(tmp_path / "out")]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[1]", "None"]
    assert "Песков" in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8")


def processes_in_group(group: int) -> set[int]:
    """The live (not zombie) processes of a process group, read from /proc."""
    found = set()
    for name in os.listdir("/proc"):
        try:
            fields = (Path("/proc") / name / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if name.isdigit() and fields[0] != "Z" and int(fields[2]) == group:
            found.add(int(name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_a_pool_run_killed_with_minus_nine_leaves_no_process(tmp_path):
    """Killed with -9, a `--workers 3` run (two pool workers beside the batch process)
    leaves none of its workers running with the models in memory."""
    source = tmp_path / "news.jsonl"
    text = "Мэр Москвы Сергей Собянин встретился с министром обороны Сергеем Шойгу. "
    lines = (json.dumps({"id": str(n), "text": text * 40}, ensure_ascii=False) for n in range(400))
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "pipeline", "run", str(source), "--out", str(tmp_path / "out")]
    run = subprocess.Popen([*command, "--quiet", "--workers", "3"], start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        # the run and its two workers, forked from it
        while len(processes_in_group(run.pid)) < 3:
            assert run.poll() is None and time.monotonic() < deadline, "no two workers came"
            time.sleep(0.1)
        run.kill()
        run.wait()
        deadline = time.monotonic() + 10
        while processes_in_group(run.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert processes_in_group(run.pid) == set()
    finally:
        for pid in processes_in_group(run.pid):
            os.kill(pid, 9)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is Linux's here")
def test_a_pool_is_forked_only_from_a_process_without_other_threads():
    """A lock another thread holds as the process forks stays held in the worker: a
    notebook's kernel or a threaded program gets workers started fresh instead."""
    import threading

    from pipeline.batch.pool_start import pool_context, threads_running

    def start_method(code: str) -> str:
        probe = f"{code}\nfrom pipeline.batch.pool_start import pool_context\n"
        probe += "print(pool_context().get_start_method())"
        shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
        assert shown.returncode == 0, shown.stderr
        return shown.stdout.strip()

    assert start_method("") == "fork"
    sleeper = "threading.Thread(target=time.sleep, args=(5,), daemon=True).start()"
    assert start_method(f"import threading, time\n{sleeper}") == "spawn"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert threads_running() >= 2
        assert pool_context().get_start_method() == "spawn"
    finally:
        stop.set()
        other.join()
