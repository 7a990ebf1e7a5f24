"""The benchmark's arithmetic (its timings are `make bench`'s, never a test's)."""

from pipeline.dev.bench import ratios, summary


def test_ratios_compare_commands_within_each_run():
    # the second run was on a machine twice as slow, the third had one slow command: the
    # median of each command's seconds would pair the third run's 12 with the second's 8.8
    # (1.36); within the runs, the ratios are 1.82, 1.82 and 1.21
    samples = {
        "pipeline --workers 1": [(8.0, 150.0), (16.0, 150.0), (12.0, 149.0)],
        "pipeline --workers 2": [(4.4, 136.0), (8.8, 135.0), (9.9, 136.0)],
    }
    assert ratios(samples) == {"workers 2 / workers 1": {"median": 1.82, "low": 1.21, "high": 1.82}}


def test_ratios_leave_out_commands_that_did_not_run():
    samples = {
        "natasha NER alone": [(16.0, 291.0)],
        "pipeline --workers 1": [(10.0, 150.0)],
    }
    assert ratios(samples) == {
        "workers 1 / natasha NER alone": {"median": 1.6, "low": 1.6, "high": 1.6}
    }


def test_summary_reports_median_seconds_and_highest_memory():
    samples = {"pipeline --workers 1": [(12.0, 150.0), (10.0, 149.0), (11.0, 151.0)]}
    (row,) = summary(samples, docs=300, chars=1_300_000)
    assert row == {
        "command": "pipeline --workers 1",
        "seconds": 11.0,
        "docs_per_s": 27.27,
        "chars_per_s": 118182,
        "peak_mb": 151,
    }
