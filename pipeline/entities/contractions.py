"""An organisation's name contracted into one word of its words' first syllables within a
document: "Минздрав" is "Министерство здравоохранения", "Совбез" "Совет Безопасности",
"Госсовет Кубы" "Государственный совет Кубы"."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import TypeVar

from pipeline.entities.variants import WORDS
from pipeline.records import Mention
from pipeline.text.keys import fold

# the words a contraction passes over: "Минпромторг", Министерство промышленности и торговли
SKIPPED = frozenset({"и"})
# the letters a contracted word keeps of each word at least: "Совбез", not "Св"
SYLLABLE = 2


def contracts(word: str, words: Sequence[str]) -> bool:
    """Whether `word` is the first letters of each of `words` in turn, two or more of each
    ("минздрав": министерство здравоохранения; "генштаб": генеральный штаб)."""
    if not words:
        return not word
    head, rest = words[0], words[1:]
    return any(
        head[:size] == word[:size] and contracts(word[size:], rest)
        for size in range(min(len(head), len(word)), SYLLABLE - 1, -1)
    )


def contraction_of(short: Sequence[str], longer: Sequence[str]) -> bool:
    """Whether the folded words `short` are `longer` with its first two or more words
    contracted into one and the rest alike ("минздрав тверской области", "министерство
    здравоохранения тверской области")."""
    if not short or len(short[0]) < 4:
        return False
    for size in range(2, len(longer) - len(short) + 2):
        head = [w for w in longer[:size] if w not in SKIPPED]
        if len(head) > 1 and list(short[1:]) == list(longer[size:]) and contracts(short[0], head):
            return True
    return False


K = TypeVar("K", bound=Hashable)


def contracted_pairs(
    mentions: Sequence[Mention],
    keys: Sequence[K],
    root: Callable[[K], K],
) -> Iterator[tuple[int, int]]:
    """(contracted, full) organisation names of the document, the contracted one joining the
    full when that is the one name of the document it contracts ("Минздрав", "Министерство
    здравоохранения")."""
    names: dict[K, tuple[int, list[str]]] = {}
    for index, (mention, key) in enumerate(zip(mentions, keys, strict=True)):
        if mention.type == "ORG" and key not in names:
            names[key] = (index, [fold(w) for w in WORDS.findall(mention.normal)])
    by_initial: dict[str, list[K]] = defaultdict(list)
    for key, (_, words) in names.items():
        if len(words) > 1:
            by_initial[words[0][:1]].append(key)
    for key, (index, short) in names.items():
        full = {
            root(other): names[other][0]
            for other in by_initial.get(short[0][:1] if short else "", ())
            if other != key and contraction_of(short, names[other][1])
        }
        if len(full) == 1:
            yield index, next(iter(full.values()))
