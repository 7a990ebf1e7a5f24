"""Organisation names written two ways within a document: with and without the legal form
("АКБ ПЕРЕСВЕТ АО", "Пересвет")."""

from __future__ import annotations

import re

from pipeline.text.keys import fold, organisation_key

# the legal form of a company, written before or after its name: "АКБ ПЕРЕСВЕТ АО", "ООО
# «Ромашка»", "Apple Inc"; never the whole of a name
LEGAL_FORMS = frozenset(
    {
        "акб", "ао", "ооо", "пао", "оао", "зао", "нао", "гк", "ано", "фгуп", "гуп", "муп",
        "inc", "ltd", "llc", "corp", "plc", "gmbh",
    }
)  # fmt: skip
WORDS = re.compile(r"[^\s\"'«»„“”‘’`]+")


def without_legal_form(name: str) -> str:
    """The organisation key of a name without the legal-form words around it ("АКБ ПЕРЕСВЕТ
    АО" -> "пересвет"), the name's own key when that is all it is ("АО")."""
    words = [organisation_key(w) for w in WORDS.findall(fold(name).replace(".", " "))]
    core = [w for w in words if w not in LEGAL_FORMS]
    return "".join(core) if "".join(core) and len(core) < len(words) else organisation_key(name)
