"""Which gazetteer entry an organisation or place mention refers to, if any."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from pipeline.entities.countries import NO_EVIDENCE, CountryEvidence
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.lexicons.gazetteer_files import Entry
from pipeline.records import PLACE_ADJECTIVE, Mention
from pipeline.text.inflect import strip_case_ending


class Named(Protocol):
    """What the resolver needs of a mention (a `Mention` is one)."""

    @property
    def type(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def normal(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Name:
    """A name made by the resolver itself: a mention's name past its first word."""

    type: str
    text: str
    normal: str


def candidates(gazetteer: Gazetteer, mention: Named) -> tuple[tuple[Entry, ...], str]:
    """Entries a mention's name may refer to, and the country its name qualifies it with
    ("МИД РК": the MID entries, and KZ)."""
    for name in dict.fromkeys((mention.normal, mention.text, strip_case_ending(mention.text))):
        found = gazetteer.lookup(name)
        if found:
            return found, ""
    words = mention.text.split()
    normal_words = mention.normal.split()
    for size in (1, 2, 3):
        if len(words) <= size or len(normal_words) <= size:
            break
        country = country_of(gazetteer, " ".join(words[-size:]))
        if not country:
            continue
        body = " ".join(normal_words[:-size])
        found = gazetteer.lookup(body) or gazetteer.lookup(strip_case_ending(body))
        if found:
            return found, country
    return (), ""


def country_of(gazetteer: Gazetteer, name: str) -> str:
    """The one country a name is one of the gazetteer's names of ("РК", "США"), or ""."""
    countries = {e.country for e in gazetteer.lookup(name) if e.id.startswith("country-")}
    return countries.pop() if len(countries) == 1 else ""


def crosses_type(entry: Entry, kind: str) -> bool:
    """Whether a mention tagged `kind` may still be this entry: a "place" that only an
    organisation bears ("ЕС", "Кремль"), or an "organisation" that is a country ("Россия
    заявила"); a city tagged as an organisation is usually its club or its authorities."""
    if kind == "LOC":
        return entry.type == "ORG"
    return kind == "ORG" and entry.id.startswith("country-")


def resolve(
    gazetteer: Gazetteer,
    mentions: Sequence[Named],
    countries: Sequence[CountryEvidence] | None = None,
) -> list[Entry | None]:
    """The entry each organisation or place mention refers to, or None.

    The mention's type decides first; an entry of the other type is taken only when no
    entry of its own matches (`crosses_type`). An organisation whose name or an adjacent
    word names a country ("МИД РК", "японского МИДа", "МИД России") is that country's or
    none. An alias that several entries share is settled by the country the document
    mentions most or, where that country has such an entry too, by the countries its
    sentence names, nearest first (`countries`, from `country_evidence`); failing all, it
    stays unresolved.
    """
    found = [candidates(gazetteer, m) if m.type in ("LOC", "ORG") else ((), "") for m in mentions]
    evidence_of = countries or [NO_EVIDENCE] * len(mentions)
    counts: Counter = Counter()
    for (entries, _), mention in zip(found, mentions, strict=True):
        if len(entries) == 1 and entries[0].id.startswith("country-") and mention.type == "LOC":
            counts[entries[0].country] += 1
    top = counts.most_common(2)
    main_country = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else ""
    resolved: list[Entry | None] = []
    for (found_entries, country), mention, evidence in zip(
        found, mentions, evidence_of, strict=True
    ):
        if mention.type == PLACE_ADJECTIVE:  # "британский", "римский": the place it names
            code = evidence.qualifier.lower()
            key = f"country-{code}" if code else evidence.place
            resolved.append(gazetteer.entries.get(key) if key else None)
            continue
        if not found_entries and evidence.leading:  # "российского Минфина": Минфин, of Russia
            found_entries, country = candidates(gazetteer, without_first_word(mention))
        same_type = [e for e in found_entries if e.type == mention.type]
        fitting = same_type or [e for e in found_entries if crosses_type(e, mention.type)]
        if country:  # "правительство Великобритании" is no government the gazetteer knows
            fitting = [e for e in fitting if e.country == country]
        elif evidence.qualifier:  # and "японского МИДа" is no ministry of Russia's
            fitting = [e for e in fitting if e.country in ("", evidence.qualifier)]
        elif len(fitting) > 1:
            fitting = settled(fitting, evidence.nearby, main_country)
        resolved.append(fitting[0] if len(fitting) == 1 else None)
    return resolved


def shared_names(gazetteer: Gazetteer, mentions: Sequence[Named]) -> frozenset[int]:
    """The organisations named by a form that several countries' entries share ("МИД",
    "Сенат", "Конституционный суд"): a kind of body, which "МИД России" names one of."""
    return frozenset(
        i
        for i, mention in enumerate(mentions)
        if mention.type == "ORG"
        and len({e.country for e in candidates(gazetteer, mention)[0] if e.type == "ORG"}) > 1
    )


def without_first_word(mention: Named) -> Name:
    return Name(
        mention.type, mention.text.split(maxsplit=1)[-1], mention.normal.split(maxsplit=1)[-1]
    )


def settled(entries: list[Entry], nearby: Sequence[str], main_country: str) -> list[Entry]:
    """The entries of one country among several: in a document about a country with no
    such entry (Britain's "МИД"), none; else the country nearest in the sentence
    ("пресс-секретарь Президента РФ" in news from Kazakhstan), or the document's."""
    countries = {e.country for e in entries}
    if not main_country or main_country in countries:
        main_country = next((c for c in nearby if c in countries), main_country)
    return [e for e in entries if e.country == main_country] if main_country else []


def named_by(gazetteer: Gazetteer, mention: Mention, entry: Entry | None) -> Mention:
    """A mention the gazetteer resolved: the entry's type (the tagger's place "ЕС" is an
    organisation), and as its normal form the gazetteer name it is a case form of
    ("Большим театром": Большой театр), rather than a guess from its words."""
    if entry is None:
        return mention
    if mention.type == PLACE_ADJECTIVE:
        return mention  # "британского": an adjective, whose entity is named Великобритания
    normal = gazetteer.nominative(mention.text, entry) or mention.normal
    if (normal, entry.type) == (mention.normal, mention.type):
        return mention
    return replace(mention, type=entry.type, normal=normal)
