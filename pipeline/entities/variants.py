"""Organisation names written two ways within a document: with and without the legal form
("АКБ ПЕРЕСВЕТ АО", "Пересвет"), and with the same words in another order, one name
holding the other's ("Комиссия по ценным бумагам США", "Комиссия США по ценным бумагам и
биржам")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

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
    # each name's words folded once; the longer names (of three words or more) indexed by
    # each of their words: a shorter name is compared only with those holding its rarest
    # word, not with every name of its first word ("Комитет по делам ...")
    folded_of = {key: [fold(w) for w in words] for key, (_, words) in names.items()}
    by_word: dict[str, list[K]] = defaultdict(list)
    for key, (_, words) in names.items():
        if len(words) > 2:
            for word in dict.fromkeys(folded_of[key]):
                by_word[word].append(key)
    for key, (index, words) in names.items():
        if len(words) < 2:
            continue
        short = folded_of[key]
        rarest = min((by_word.get(w, []) for w in short), key=len)
        holders = {}
        for other in rarest:
            longer = names[other][1]
            folded = folded_of[other]
            if len(longer) <= len(words) or folded[0] != short[0]:
                continue
            added = [w for w, f in zip(longer, folded, strict=True) if f not in short]
            if (
                set(short) <= set(folded)
                and not in_order(short, folded)
                and all(w.islower() for w in added)
            ):
                holders[root(other)] = names[other][0]
        if len(holders) == 1:
            yield index, next(iter(holders.values()))


def in_order(words: Sequence[str], longer: Sequence[str]) -> bool:
    """Whether `words` stand in `longer` in their order, others perhaps between them."""
    rest = iter(longer)
    return all(word in rest for word in words)
