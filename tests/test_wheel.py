"""The wheel installs anywhere: built from the checkout, installed into a fresh virtual
environment outside it, it runs the CLI on the seed article and `extract()` with the
gazetteers it carries."""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .conftest import ROOT, SEED_ARTICLE


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv holding only our wheel; the dependencies come from this environment's
    site-packages, added after the venv's own (so that the wheel, not the checkout, is
    what `import pipeline` finds), which spares downloading them again."""
    work = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if built.returncode != 0:
        pytest.fail(f"pip wheel failed:\n{built.stderr[-2000:]}")
    wheel = next(work.glob("*.whl"))
    home = work / "venv"
    venv.create(home, with_pip=False)
    python = home / "bin" / "python"
    own = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(own) / "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet",
         str(wheel)],
        check=True,
    )  # fmt: skip
    return python


def run_outside(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(python), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_installed_wheel_is_what_runs(installed, tmp_path):
    found = run_outside(installed, "-c", "import pipeline; print(pipeline.__file__)", cwd=tmp_path)
    assert str(installed.parent.parent) in found.stdout, found.stderr


def test_the_installed_cli_runs_on_the_seed(installed, tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "seed.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    done = run_outside(
        installed, "-m", "pipeline", "run", "in", "--out", "out", "--quiet", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads((tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8"))
    canonicals = {e["canonical"] for e in doc["entities"]}
    assert {"Казахстан", "Дмитрий Песков", "ТАСС"} <= canonicals
    assert {"mentions.csv", "entities.csv", "occupations.csv"} <= {
        p.name for p in (tmp_path / "out").iterdir()
    }


def test_extract_reads_the_gazetteers_the_wheel_carries(installed, tmp_path):
    code = (
        "from pipeline import extract\n"
        "from pipeline.data import gazetteer_folder\n"
        "doc = extract('Глава МИД РК прибыл в Москву.')\n"
        "print(gazetteer_folder())\n"
        "print(sorted((e.canonical, e.kb_id) for e in doc.entities))\n"
    )
    done = run_outside(installed, "-c", code, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    folder, entities = done.stdout.splitlines()
    assert folder.startswith(str(installed.parent.parent)) and str(ROOT) not in folder
    assert "('Москва'" in entities and "'KZ'" in entities


def test_the_wheel_carries_every_shipped_table(installed, tmp_path):
    # a missing table is no error at run time (the lone-title filter, for one, then drops
    # nothing), so the wheel's tables are checked against the checkout's
    code = (
        "from pipeline.data import gazetteer_folder\n"
        "print(sorted(p.name for p in gazetteer_folder().iterdir() if p.suffix == '.tsv'))\n"
    )
    done = run_outside(installed, "-c", code, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    shipped = sorted(p.name for p in (ROOT / "gazetteers").glob("*.tsv"))
    assert "title_filter.tsv" in shipped
    assert "workplace_linker.tsv" in shipped
    assert done.stdout.strip() == str(shipped)
