"""Everyday short forms of first names ("Саша": Александр, Александра), read from their TSV."""

from __future__ import annotations

from pathlib import Path

from pipeline.text.keys import fold


def load_diminutives(path: Path) -> dict[str, frozenset[str]]:
    """Folded short form -> the folded full first names it may stand for, from a two-column
    TSV with a header (full names comma-separated)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return {fold(short): frozenset(fold(n) for n in full.split(",")) for short, full in rows[1:]}
