"""The cases Russian prepositions govern, in one table for every stage that reads a name's
case off the word before it."""

from __future__ import annotations

# fmt: off
GOVERNED_CASES: dict[str, frozenset[str]] = {
    preposition: frozenset(cases.split())
    for preposition, cases in {
        "в": "loct accs", "во": "loct accs", "на": "loct accs", "о": "loct", "об": "loct",
        "обо": "loct", "при": "loct",
        "к": "datv", "ко": "datv", "согласно": "datv", "благодаря": "datv", "вопреки": "datv",
        "у": "gent", "от": "gent", "до": "gent", "из": "gent", "без": "gent", "для": "gent",
        "около": "gent", "после": "gent", "кроме": "gent", "против": "gent", "среди": "gent",
        "возле": "gent", "ради": "gent", "вместо": "gent", "вокруг": "gent", "мимо": "gent",
        "внутри": "gent", "вне": "gent",
        "между": "ablt", "перед": "ablt", "над": "ablt",
        "про": "accs", "через": "accs",
        "с": "ablt gent", "со": "ablt gent",
    }.items()
}
# fmt: on


def governing(case: str) -> frozenset[str]:
    """The prepositions after which a word may stand in `case`."""
    return frozenset(p for p, cases in GOVERNED_CASES.items() if case in cases)


def governing_only(case: str) -> frozenset[str]:
    """The prepositions after which a word stands in `case` and no other."""
    return frozenset(p for p, cases in GOVERNED_CASES.items() if cases == {case})
