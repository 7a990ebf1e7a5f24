"""Which country a sentence says an organisation belongs to.

"МИД" is Russia's or Kazakhstan's ministry, or neither: the name does not say, but its
neighbours often do. An adjacent word qualifies it as firmly as "МИД РК" would
("японского МИДа", "МИД России"); failing that, the countries the sentence names, nearest
first, pick among the entries that bear the name ("Российскую – заместитель руководителя
Администрации Президента – пресс-секретарь Президента РФ")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.frozen import quick_init
from pipeline.lexicons.place_adjectives import NO_PLACES
from pipeline.records import PLACE_ADJECTIVE

if TYPE_CHECKING:
    from pipeline.lexicons.gazetteer import Gazetteer
    from pipeline.records import Analysis, Mention, Token


@quick_init
@dataclass(frozen=True, slots=True)
class CountryEvidence:
    qualifier: str = ""  # the country an adjacent word names; only its entries will do
    nearby: tuple[str, ...] = ()  # the countries the sentence names, nearest first
    leading: bool = False  # the qualifier is the mention's own first word ("японского МИДа")
    place: str = ""  # the gazetteer id of the region or city a `LOC_ADJ` names ("римский")


NO_EVIDENCE = CountryEvidence()


@dataclass(frozen=True, slots=True)
class CountryCue:
    """A word of the sentence that names a country: an adjective, or a place mention."""

    start: int
    end: int
    country: str
    is_adjective: bool


def country_evidence(
    analysis: Analysis,
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    adjectives: Mapping[str, str],
    place_adjectives: Mapping[str, str] = NO_PLACES,
) -> tuple[CountryEvidence, ...]:
    """What the sentence says of the country of every organisation mention, and what place
    each `LOC_ADJ` names (NO_EVIDENCE for the others)."""
    places = [
        CountryCue(m.start, m.end, country, is_adjective=False)
        for m in mentions
        if m.type == "LOC" and (country := country_named(gazetteer, m))
    ]
    starts = [s.start for s in analysis.sentences]
    cues_of: dict[int, list[CountryCue]] = {}  # by sentence, made for the first organisation in it
    found = []
    for mention in mentions:
        index = bisect_right(starts, mention.start) - 1
        sentence = analysis.sentences[index] if index >= 0 else None
        if mention.type == PLACE_ADJECTIVE and sentence is not None:
            found.append(adjective_evidence(mention, sentence.tokens, adjectives, place_adjectives))
            continue
        if mention.type != "ORG" or sentence is None or mention.start >= sentence.end:
            found.append(NO_EVIDENCE)
            continue
        if index not in cues_of:
            cues_of[index] = [
                CountryCue(t.start, t.end, adjectives[t.lemma], is_adjective=True)
                for t in sentence.tokens
                if t.lemma in adjectives and t.pos in ("ADJF", "NOUN")
            ] + [cue for cue in places if sentence.start <= cue.start < sentence.end]
        found.append(evidence_of(mention, cues_of[index], analysis.text))
    return tuple(found)


def adjective_evidence(
    mention: Mention,
    tokens: Sequence[Token],
    adjectives: Mapping[str, str],
    places: Mapping[str, str] = NO_PLACES,
) -> CountryEvidence:
    """A country's adjective (`LOC_ADJ`, "британского") names its own country; a region's
    or city's ("владимирского", "Римский") its place."""
    word = next((t for t in tokens if t.start == mention.start), None)
    if word is None:
        return NO_EVIDENCE
    if word.lemma in adjectives:
        return CountryEvidence(qualifier=adjectives[word.lemma])
    return CountryEvidence(place=places[word.lemma]) if word.lemma in places else NO_EVIDENCE


def country_named(gazetteer: Gazetteer, mention: Mention) -> str:
    """The country a place mention is, if it is one ("России", "РК")."""
    entries = gazetteer.lookup(mention.normal) or gazetteer.lookup(mention.text)
    countries = {e.country for e in entries if e.id.startswith("country-")}
    return countries.pop() if len(countries) == 1 and len(entries) == 1 else ""


def evidence_of(mention: Mention, cues: list[CountryCue], text: str) -> CountryEvidence:
    """A country adjective that begins the mention or stands just before it ("японского
    МИДа") or a country just after it ("МИД России") qualifies it; else the sentence's
    countries, nearest first."""
    first = next((cue for cue in cues if cue.is_adjective and cue.start == mention.start), None)
    if first is not None and first.end < mention.end:
        return CountryEvidence(qualifier=first.country, leading=True)
    outside = [cue for cue in cues if cue.end <= mention.start or cue.start >= mention.end]
    for cue in outside:
        if cue.is_adjective:
            adjacent = cue.end <= mention.start and not text[cue.end : mention.start].strip()
        else:
            adjacent = cue.start >= mention.end and not text[mention.end : cue.start].strip()
        if adjacent:
            return CountryEvidence(qualifier=cue.country)
    by_distance = sorted(
        outside, key=lambda cue: (max(cue.start - mention.end, mention.start - cue.end), cue.start)
    )
    return CountryEvidence(nearby=tuple(dict.fromkeys(cue.country for cue in by_distance)))
