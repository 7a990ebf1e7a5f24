"""The benchmark's arithmetic (its timings are `make bench`'s, never a test's)."""

import json
import sys
from pathlib import Path

import pytest

from pipeline.dev.bench import Sample, measure, ratios, summary, timed


def test_ratios_compare_commands_within_each_run():
    # the second run was on a machine twice as slow, the third had one slow command: the
    # median of each command's seconds would pair the third run's 12 with the second's 8.8
    # (1.36); within the runs, the ratios are 1.82, 1.82 and 1.21
    w1 = [(8.0, 150.0, 8.1), (16.0, 150.0, 8.3), (12.0, 149, 8)]
    w2 = [(4.4, 136.0, 9), (8.8, 135.0, 9.1), (9.9, 136, 9)]
    samples = {
        "pipeline --workers 1": [Sample(*s) for s in w1],
        "pipeline --workers 2": [Sample(*s) for s in w2],
    }
    assert ratios(samples) == {"workers 2 / workers 1": {"median": 1.82, "low": 1.21, "high": 1.82}}


def test_ratios_leave_out_commands_that_did_not_run():
    samples = {
        "natasha NER alone": [Sample(16.0, 291.0, 16.0)],
        "pipeline --workers 1": [Sample(10.0, 150.0, 9.0)],
    }
    assert ratios(samples) == {
        "workers 1 / natasha NER alone": {"median": 1.6, "low": 1.6, "high": 1.6}
    }


def test_summary_reports_median_seconds_and_cpu_and_highest_memory():
    runs = [(12.0, 150.0, 10.5), (10.0, 149.0, 9.25), (11.0, 151.0, 9.5)]
    samples = {"pipeline --workers 1": [Sample(*s) for s in runs]}
    (row,) = summary(samples, docs=300, chars=1_300_000)
    assert row == {
        "command": "pipeline --workers 1",
        "seconds": 11.0,
        "cpu_seconds": 9.5,
        "docs_per_s": 27.27,
        "chars_per_s": 118182,
        "peak_mb": 151,
    }


def test_short_news_without_shared_are_cut_from_the_seeds(tmp_path, monkeypatch):
    import pipeline.dev.bench as bench

    monkeypatch.setattr(bench, "GOLD", tmp_path / "no-such-folder")
    assert bench.news_texts() == []
    docs, chars, source = bench.make_short_corpus(tmp_path / "short.jsonl", 5)
    texts = [json.loads(line)["text"] for line in (tmp_path / "short.jsonl").open()]
    assert (docs, source) == (5, "cut from seeds/") and len(texts) == 5
    assert chars == sum(map(len, texts)) and all(len(t) > 300 for t in texts)


def test_a_huge_document_has_the_length_asked(tmp_path):
    from pipeline.dev.bench import make_huge_document

    make_huge_document(tmp_path / "huge.txt", 150_000)
    text = (tmp_path / "huge.txt").read_text(encoding="utf-8")
    assert len(text) == 150_000 and text.count("\n\n") >= 10


def test_the_huge_series_gives_growth_against_its_first_size(tmp_path, monkeypatch):
    import pipeline.dev.bench as bench

    times = iter([Sample(10.0, 300.0, 9.9), Sample(21.0, 350.0, 20.5), Sample(70.0, 650.0, 69)])
    monkeypatch.setattr(bench, "timed", lambda command: next(times))
    rows = bench.huge_series([20_000, 40_000, 116_000], tmp_path)
    assert [(r["times_first"], r["chars_times_first"]) for r in rows] == [
        (1.0, 1.0),
        (2.1, 2.0),
        (7.0, 5.8),
    ]
    report = bench.markdown([], [], rows, runs=1)
    assert "| 116000 | 70.0 | 69 | 1657 | 650 | 7.0 | 5.8 |" in report
    assert "interleaved" not in report and list(tmp_path.glob("huge-*")) == []


GRANDCHILD = """
import subprocess, sys
# the grandchild holds 200 MB for a while after its parent, which never waits for it, is gone
subprocess.Popen([sys.executable, "-c", "import time; b = bytearray(200 * 2**20); time.sleep(0.5)"])
"""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_timed_counts_the_memory_of_a_process_its_command_never_waited_for():
    # as a process the command starts and does not wait for (a forkserver's workers)
    _, peak_mb, _ = timed([sys.executable, "-c", GRANDCHILD])
    assert peak_mb >= 200


BUSY_GRANDCHILD = """
import subprocess, sys
# the grandchild computes for a while after its parent, which never waits for it, is gone
subprocess.Popen([sys.executable, "-c", "import time\\nend = time.process_time() + 0.6\\n"
                  "while time.process_time() < end: pass"])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a subreaper is Linux's")
def test_timed_counts_the_cpu_of_a_process_its_command_never_waited_for():
    # as a forkserver and its workers, which a batch process would leave behind
    seconds, _, cpu = timed([sys.executable, "-c", BUSY_GRANDCHILD])
    assert cpu >= 0.6 > seconds


@pytest.mark.parametrize(
    ("w2_seconds", "runs"),
    [
        ([4.0] * 9, 5),  # the runs agree: five
        ([4.0, 4.0, 2.0, 4.0, 4.0] + [4.0] * 4, 5),  # one run apart: the median is for that
        ([4.0, 4.0, 2.0, 2.0, 4.0] + [4.0] * 4, 9),  # two runs apart: two more, up to nine
        ([4.0, 2.0] * 5, 9),  # 1.0 and 2.0 to the last: nine
    ],
)
def test_runs_are_added_two_at_a_time_while_a_ratio_spreads_wide(
    tmp_path, monkeypatch, w2_seconds, runs
):
    import pipeline.dev.bench as bench

    monkeypatch.setattr(
        bench,
        "commands",
        lambda corpus, work, two_workers=True: {
            "pipeline --workers 1": ["w1"],
            "pipeline --workers 2": ["w2"],
        },
    )
    seconds = {"w1": iter([4.0] * 10), "w2": iter(w2_seconds)}
    monkeypatch.setattr(bench, "timed", lambda command: Sample(next(seconds[command[0]]), 1, 1))
    samples = measure(tmp_path / "corpus.jsonl", runs=5, max_runs=9)
    assert [len(values) for values in samples.values()] == [runs, runs]
