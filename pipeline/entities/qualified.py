"""Organisations named with their country: one identity whatever the words.

"МИД Великобритании", "МИД Британии" and "британский МИД" are one ministry; "МИД Ирана"
another. What identifies such an organisation is its body and its country ("GB:мид"),
read off the name: a body with a country after it in the genitive (`ner.qualified` nests
the two in the whole) or a country adjective before it (`CountryEvidence.leading`). An
abbreviated body and its full form with the same country are one too ("МИД Великобритании",
"министерство иностранных дел Великобритании"); `merge` joins them in a document,
`corpus` across the run.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.frozen import quick_init
from pipeline.text.keys import fold, organisation_key

if TYPE_CHECKING:
    from pipeline.lexicons.gazetteer_files import Entry
    from pipeline.records import Mention

ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]{1,7}$")
# words an abbreviation may skip: "Организация по безопасности и сотрудничеству" -> "ОБС..."
FUNCTION_WORDS = frozenset({"и", "по", "в", "на", "за", "при", "для", "of", "and", "the", "for"})


@quick_init
@dataclass(frozen=True, slots=True, order=True)
class Qualified:
    """An organisation's body and its country's ISO code: "GB:мид"."""

    country: str
    body: str  # folded, each word an organisation_key: "министерство иностранных дел"

    @classmethod
    def of(cls, body: str, country: str) -> Qualified:
        return cls(country, " ".join(organisation_key(w) for w in fold(body).split()))

    @classmethod
    def parse(cls, identity: str) -> Qualified:
        country, _, body = identity.partition(":")
        return cls(country, body)

    @property
    def identity(self) -> str:
        return f"{self.country}:{self.body}"

    @property
    def abbreviated(self) -> bool:
        """Whether the body is one word in capitals ("мид" of "МИД"): what initials give."""
        return " " not in self.body and len(self.body) <= 8


def initials_of(name: str) -> set[str]:
    """What an abbreviation of a many-word name may look like: every word's initial, or
    the initials of its words but the function words, or but its one-letter words
    ("Техрик-э-Лабаик Пакистан": ТЛП)."""
    words = re.findall(r"[^\W\d_]+", fold(name))
    if len(words) < 2:
        return set()
    return {
        "".join(w[0] for w in words),
        "".join(w[0] for w in words if w not in FUNCTION_WORDS),
        "".join(w[0] for w in words if len(w) > 1),
    }


@dataclass(frozen=True, slots=True)
class Container:
    """An organisation whose name begins with others' ("МИД России" holds "МИД")."""

    index: int
    nested: tuple[int, ...]
    country: str  # the ISO code of the country right after its shortest body, or ""


def containers(mentions: Sequence[Mention], resolved: Sequence[Entry | None]) -> list[Container]:
    """The organisations that hold shorter ones at their start, with the country named
    right after the shortest ("МИД" + "России": RU), in text order."""
    by_start: dict[int, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        if mention.type in ("ORG", "LOC"):
            by_start[mention.start].append(index)
    found = []
    for start in sorted(by_start):
        organisations = [i for i in by_start[start] if mentions[i].type == "ORG"]
        if len(organisations) < 2:
            continue
        container = max(organisations, key=lambda i: (mentions[i].end, -i))
        nested = tuple(i for i in organisations if i != container)
        short = min(nested, key=lambda i: (mentions[i].end, i))
        country = next(
            (
                entry.country
                for j in by_start.get(mentions[short].end + 1, ())
                if mentions[j].type == "LOC"
                and (entry := resolved[j]) is not None
                and entry.id.startswith("country-")
                and entry.country
            ),
            "",
        )
        found.append(Container(container, nested, country))
    return found


def qualified_mentions(
    mentions: Sequence[Mention],
    held: Sequence[Container],
    bodies: Mapping[int, tuple[str, str]] | None = None,
) -> dict[int, Qualified]:
    """The body and country of each organisation mention that names its country: a body
    with the country after it ("МИД Великобритании"), or a country adjective before it
    (`bodies`: "британский МИД": МИД, GB)."""
    found: dict[int, Qualified] = {}
    for container in held:
        if container.country:
            short = min(container.nested, key=lambda i: (mentions[i].end, i))
            found[container.index] = Qualified.of(mentions[short].normal, container.country)
    for index, (body, country) in (bodies or {}).items():
        if country and mentions[index].type == "ORG":
            found[index] = Qualified.of(body, country)
    return found


def abbreviations(names: Iterable[Qualified]) -> dict[Qualified, Qualified]:
    """Each full body with a country that the one abbreviated body of that country stands
    for, mapped to it ("GB:министерство иностранных дел" -> "GB:мид"); none where two
    abbreviations fit."""
    short: dict[tuple[str, str], set[Qualified]] = defaultdict(set)
    names = sorted(set(names))
    for name in names:
        if name.abbreviated:
            short[(name.country, name.body)].add(name)
    out = {}
    for name in names:
        if name.abbreviated:
            continue
        fitting = {s for i in initials_of(name.body) for s in short.get((name.country, i), ())}
        if len(fitting) == 1:
            out[name] = fitting.pop()
    return out
