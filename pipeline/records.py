"""The records that flow from stage to stage: frozen dataclasses, tuples inside."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate, chain
from typing import Any, Protocol

from pipeline.frozen import quick_init

# a place named by its adjective, where it is a title's workplace ("российский министр"):
# a mention of the place's entity, scored by no corpus as a place
PLACE_ADJECTIVE = "LOC_ADJ"
MENTION_TYPES = ("PER", "ORG", "LOC", "TITLE", PLACE_ADJECTIVE)


def entity_type(mention_type: str) -> str:
    """The type of the entity a mention of this type names: a place's adjective a place."""
    return "LOC" if mention_type == PLACE_ADJECTIVE else mention_type


class Stretch(Protocol):
    """Anything with half-open character offsets: a `Span`, a `Mention`."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def overlaps_any(stretches: Iterable[Stretch]) -> Callable[[int, int], bool]:
    """Whether `start`..`end` overlaps one of the stretches (`a.start < end and start <
    a.end`): found by bisecting their starts and reading the furthest end of those that
    start before `end`, where a long text's window has thousands of titles, each once
    read for every word or title met."""
    ordered = sorted((stretch.start, stretch.end) for stretch in stretches)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        before = bisect_left(starts, end)
        return before > 0 and reach[before - 1] > start

    return overlaps


@dataclass(frozen=True, slots=True)
class Article:
    """One input document: its id, where it came from and its text as read."""

    doc_id: str
    source: str
    text: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not become an article, and why."""

    source: str
    reason: str
    line: int | None = None
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "line": self.line,
            "doc_id": self.doc_id,
            "reason": self.reason,
        }


@quick_init
@dataclass(frozen=True, slots=True)
class Token:
    """A razdel token with pymorphy3's best lemma and part of speech (None for punctuation)."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str | None


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Stage 1 output: the text split into sentences and lemmatised tokens."""

    text: str
    sentences: tuple[Sentence, ...]
    # every sentence's tokens in order, joined once: the stages ask for them four times
    tokens: tuple[Token, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tokens = tuple(chain.from_iterable(sentence.tokens for sentence in self.sentences))
        object.__setattr__(self, "tokens", tokens)


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """A typed stretch of tokens found by a tagger, before normalisation. `doubted`: the
    tagger's best path tags it a person of one word that the model finds more likely no
    person (`ner.tagger.doubted_persons`); `wavering`: the model gives such a person less
    than `ner.tagger.WAVER`; neither is part of its identity."""

    start: int
    end: int
    type: str
    tokens: tuple[Token, ...]
    doubted: bool = field(default=False, compare=False)
    wavering: bool = field(default=False, compare=False)


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the text naming a person, a title, an organisation or a place.

    `normal` is its nominative form, decided by the chain `run.settle_entities` documents;
    `entity` is the id of the document entity it belongs to (-1 until merged).
    """

    id: int
    start: int
    end: int
    text: str
    type: str
    normal: str
    entity: int
    wikidata: str | None = None  # its entity's QID

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "normal": self.normal,
            "entity": self.entity,
            "wikidata": self.wikidata,
        }


@quick_init
@dataclass(frozen=True, slots=True)
class Entity:
    """Mentions of one real-world thing within a document."""

    id: int
    type: str
    canonical: str
    kb_id: str | None
    mentions: tuple[int, ...]
    titles: tuple[str, ...] = ()
    gazetteer_id: str | None = None  # the gazetteer entry it resolved to, a stable id
    wikidata: str | None = None  # the Wikidata QID ("Q7747"), where known
    # an organisation named with its country: the country and body ("GB:мид"), one across
    # the documents whatever the words ("МИД Британии", "британский МИД")
    identity: str | None = None
    # one identity across the documents of a run: the QID, else a key of type and name;
    # set after the whole run (entities.corpus), None until then
    corpus_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "canonical": self.canonical,
            "kb_id": self.kb_id,
            "gazetteer_id": self.gazetteer_id,
            "wikidata": self.wikidata,
            "identity": self.identity,
            "corpus_id": self.corpus_id,
            "mentions": list(self.mentions),
            "titles": list(self.titles),
        }


@quick_init
@dataclass(frozen=True, slots=True)
class Occupation:
    """A person holding a title, optionally at an organisation: mention ids. A verb may
    state the organisation with no title ("Миллер возглавляет Газпром"): `title` None."""

    person: int
    title: int | None
    org: int | None = None
    sentence: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person, "title": self.title, "org": self.org}


@dataclass(frozen=True, slots=True)
class Fact:
    """One post a person entity holds, at one organisation or country (or none known): the
    links that state it consolidated. `org` is an entity of the document; `org_canonical`
    is filled too when the post names an organisation no mention stands for. `title` is ""
    where only a verb states the workplace ("Миллер возглавляет Газпром"): null in JSON."""

    person: int
    title: str
    org: int | None
    org_canonical: str | None
    org_kb_id: str | None
    titles: tuple[int, ...]  # title mention ids
    occupations: tuple[int, ...]  # indices into the document's occupations
    sentence: tuple[int, int] | None = None  # the first sentence that states it

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "title": self.title or None,
            "org": self.org,
            "org_canonical": self.org_canonical,
            "org_kb_id": self.org_kb_id,
            "titles": list(self.titles),
            "occupations": list(self.occupations),
        }


@dataclass(frozen=True, slots=True)
class Document:
    """The result for one article; `to_dict()` is its line in documents.jsonl."""

    doc_id: str
    source: str
    text: str = field(repr=False)
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    occupations: tuple[Occupation, ...] = ()
    facts: tuple[Fact, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "text": self.text,
            "mentions": [m.to_dict() for m in self.mentions],
            "entities": [e.to_dict() for e in self.entities],
            "occupations": [o.to_dict() for o in self.occupations],
            "facts": [f.to_dict() for f in self.facts],
        }

    def entity(self, entity_id: int) -> Entity:
        return self.entities[entity_id]

    def _repr_html_(self) -> str:
        """Jupyter's view: the text with mentions highlighted, titles tied to persons."""
        from pipeline.views.markup import document_html

        return document_html(self.to_dict())
