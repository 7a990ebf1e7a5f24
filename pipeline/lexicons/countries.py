"""The adjectives that name countries ("японский": JP), read from their TSV file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


def load_country_adjectives(path: Path) -> dict[str, str]:
    """Adjective lemma -> ISO country code, from a two-column TSV with a header."""
    found: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    for adjective, country in rows[1:]:
        found[adjective.strip()] = country.strip().upper()
    return found
