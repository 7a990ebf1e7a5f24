"""Organisation names written two ways within a document: with and without the legal form
("АКБ ПЕРЕСВЕТ АО", "Пересвет"), and with the same words in another order, one name
holding the other's ("Комиссия по ценным бумагам США", "Комиссия США по ценным бумагам и
биржам")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Generic, TypeVar

from pipeline.records import Mention
from pipeline.text.keys import fold, organisation_key

if TYPE_CHECKING:
    from pipeline.lexicons.gazetteer_files import Entry

# the legal form of a company, written before or after its name: "АКБ ПЕРЕСВЕТ АО", "ООО
# «Ромашка»", "Apple Inc"; never the whole of a name
LEGAL_FORMS = frozenset(
    {
        "акб", "ао", "ооо", "пао", "оао", "зао", "нао", "гк", "ано", "фгуп", "гуп", "муп",
        "inc", "ltd", "llc", "corp", "plc", "gmbh",
    }
)  # fmt: skip
WORDS = re.compile(r"[^\s\"'«»„“”‘’`]+")
K = TypeVar("K", bound=Hashable)


@lru_cache(maxsize=100_000)
def without_legal_form(name: str) -> str:
    """The organisation key of a name without the legal-form words around it ("АКБ ПЕРЕСВЕТ
    АО" -> "пересвет"), the name's own key when that is all it is ("АО"). Cached: each
    document's organisations are keyed twice (`merge.ids_of`), and names recur."""
    words = [organisation_key(w) for w in WORDS.findall(fold(name).replace(".", " "))]
    core = [w for w in words if w not in LEGAL_FORMS]
    return "".join(core) if "".join(core) and len(core) < len(words) else organisation_key(name)


def reordered_pairs(
    mentions: Sequence[Mention],
    keys: Sequence[K],
    resolved: Sequence[Entry | None],
    root: Callable[[K], K],
) -> Iterator[tuple[int, int]]:
    """(shorter, longer) organisation names of the document where the longer holds every
    word of the shorter in another order and adds only lower-case words ("Комиссия по
    ценным бумагам США", "Комиссия США по ценным бумагам и биржам"): another country or
    name added ("Комиссия по ценным бумагам Японии") is another body, and a word put in
    ("комитет по политике", "комитет по парламентской политике") may make one. The shorter
    begins as the longer does and joins it only when it is the one such longer name of the
    document."""
    names: dict[K, tuple[int, list[str]]] = {}
    for index, (mention, key, entry) in enumerate(zip(mentions, keys, resolved, strict=True)):
        if mention.type == "ORG" and entry is None and key not in names:
            names[key] = (index, WORDS.findall(mention.normal))
    # each name's words folded once; the shorter names filed in a tree by their words, the
    # first word first, then the others rarest first: each longer name walks down only the
    # branches of words it holds, and meets the names whose every word it holds, never
    # every name of one of its words ("Комитет по делам ...", "Комиссия по ... политике":
    # in a long document every word of a name may be common)
    folded_of = {key: [fold(w) for w in words] for key, (_, words) in names.items()}
    longer = [key for key, (_, words) in names.items() if len(words) > 2]
    counts = Counter(w for key in longer for w in set(folded_of[key]))
    tree: WordTree[K] = WordTree()
    for key, (_, words) in names.items():
        short = folded_of[key]
        # two different words stand in their order in any longer name led by the first
        if len(words) > 2 or len(words) == 2 and short[0] == short[1]:
            rest = sorted(set(short) - {short[0]}, key=lambda w: (counts[w], w))
            tree.add([short[0], *rest], key)
    # the longer names each shorter one may join; which of them are one entity is asked as
    # each pair is yielded, after the joins of the pairs before it
    holding: dict[K, list[K]] = defaultdict(list)
    for other in longer:
        folded, words_of = folded_of[other], names[other][1]
        ranked = sorted(set(folded) - {folded[0]}, key=lambda w: (counts[w], w))
        for key in tree.within(folded[0], ranked):
            short = folded_of[key]
            if (
                len(words_of) > len(names[key][1])
                and not in_order(short, folded)
                and all(
                    w.islower() for w, f in zip(words_of, folded, strict=True) if f not in short
                )
            ):
                holding[key].append(other)
    for key, (index, _) in names.items():
        holders: dict[K, int] = {}
        for other in holding.get(key, ()):
            # of one entity's names, the last to be first mentioned, as the pairs were read
            holders[root(other)] = max(holders.get(root(other), -1), names[other][0])
            if len(holders) > 1:
                break
        if len(holders) == 1:
            yield index, next(iter(holders.values()))


class WordTree(Generic[K]):
    """Names filed by a sequence of distinct words (a name's first word, then its others in a
    fixed order), found by the sets of words that hold all of theirs."""

    def __init__(self) -> None:
        self.children: dict[str, WordTree[K]] = {}
        self.keys: list[K] = []

    def add(self, words: Sequence[str], key: K) -> None:
        node = self
        for word in words:
            node = node.children.setdefault(word, WordTree[K]())
        node.keys.append(key)

    def within(self, first: str, ranked: Sequence[str]) -> Iterator[K]:
        """The keys filed under `first` and words all among `ranked` (in the order they were
        filed in, which `ranked` keeps)."""
        start = self.children.get(first)
        if start is None:
            return
        stack = [(start, 0)]
        while stack:
            node, position = stack.pop()
            yield from node.keys
            for at in range(position, len(ranked)):
                child = node.children.get(ranked[at])
                if child is not None:
                    stack.append((child, at + 1))


def in_order(words: Sequence[str], longer: Sequence[str]) -> bool:
    """Whether `words` stand in `longer` in their order, others perhaps between them."""
    rest = iter(longer)
    return all(word in rest for word in words)
