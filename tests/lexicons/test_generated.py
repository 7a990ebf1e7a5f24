"""The generated title lists are what their build script makes from today's code: a change
to how titles are read or normalised would otherwise leave them stale, as it left
"высочайший военный советник" in titles.tsv. The learned models take minutes to rebuild
and are checked by hand (`make gazetteers`, then `git diff`)."""

import subprocess
import sys

import pytest

from ..conftest import GOLD, ROOT

NEREL_TRAIN = GOLD / "nerel-train.jsonl"


@pytest.mark.skipif(not NEREL_TRAIN.is_file(), reason="needs ../shared/eval/gold")
def test_titles_tsv_and_title_words_tsv_rebuild_byte_identically(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "gazetteers" / "build_titles.py"),
            "--nerel",
            str(NEREL_TRAIN),
            "--out-dir",
            str(tmp_path),
        ],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    for name in ("titles.tsv", "title_words.tsv"):
        shipped = (ROOT / "gazetteers" / name).read_bytes()
        assert (tmp_path / name).read_bytes() == shipped, f"{name} is stale: make gazetteers"
