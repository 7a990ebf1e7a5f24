"""A learned precision filter for lone titles: a post word that no person holds in the text.

"Министр должен ...", "президенты стран", "по прогнозам экспертов", "директора школ":
NEREL marks such a generic use as a profession only now and then. A title that no
occupation link names, nor a title it overlaps, is scored by a logistic model over its head
word's prior (how often NEREL-train marks that word where the tagger finds it alone), its
number and case, what stands beside it and where it stands; below the model's threshold it
is dropped. A title linked to a person is never dropped. Weights, priors and threshold are
learned from NEREL-train by `gazetteers/build_title_filter.py`.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from pipeline.lexicons.titles import is_plural, strip_prefix
from pipeline.records import Mention, Occupation, Sentence, Span, Token, overlaps_any
from pipeline.text.inflect import case_of
from pipeline.text.morphology import Morphology

# words before a title that make it a kind of person, not someone's post: "каждый министр",
# "многие эксперты", "ни один олигарх"
GENERIC = frozenset(
    {"каждый", "любой", "всякий", "никакой", "ни", "многий", "некоторый", "несколько",
     "большинство", "ряд", "весь", "другой", "иной", "сотня", "тысяча", "десяток", "часть",
     "один", "такой"}
)  # fmt: skip
DEMONSTRATIVES = frozenset({"этот", "тот", "данный", "указанный", "новый"})
POSSESSIVES = frozenset({"его", "её", "их", "свой", "наш", "мой", "ваш", "твой"})
QUOTES = frozenset('«"„“')
DASHES = frozenset(",—–-:")
NAMES = frozenset({"PER", "ORG", "LOC"})


@dataclass(frozen=True, slots=True)
class TitleFilter:
    """Feature weights, each head word's prior (a log-odds) and the probability a lone
    title needs to be kept."""

    weights: Mapping[str, float]
    priors: Mapping[str, float]
    default_prior: float
    threshold: float

    def probability(self, head: str, features: Mapping[str, float]) -> float:
        total = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        total += self.weights.get("prior", 0.0) * self.priors.get(head, self.default_prior)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


NO_FILTER = TitleFilter({}, {}, 0.0, 0.0)


def read_title_filter(path: Path) -> TitleFilter:
    """A filter file: `#` comments, "threshold", "default_prior", "weight:NAME" and
    "prior:HEAD" lines, each with a tab and a number."""
    weights: dict[str, float] = {}
    priors: dict[str, float] = {}
    settings = {"threshold": 0.0, "default_prior": 0.0}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, value = line.split("\t")
        kind, _, key = name.partition(":")
        if kind == "weight":
            weights[key] = float(value)
        elif kind == "prior":
            priors[key] = float(value)
        else:
            settings[name] = float(value)
    return TitleFilter(weights, priors, settings["default_prior"], settings["threshold"])


@cache
def load_title_filter(path: Path) -> TitleFilter:
    """The filter in `path`, read once per process; without the file, every title is kept."""
    return read_title_filter(path) if path.exists() else NO_FILTER


@dataclass(frozen=True, slots=True)
class LoneTitle:
    """A title no link names: its mention, head word and what the model reads of it."""

    mention: Mention
    head: str
    features: Mapping[str, float]


def head_token(tokens: Sequence[Token]) -> Token:
    """The word a title is named by: its first noun ("директор" in "генеральный директор
    компании"), else its first word ("полицейский", "президентские")."""
    return next((t for t in tokens if t.pos == "NOUN"), tokens[0])


def best_case(token: Token, morph: Morphology) -> str | None:
    """The case of the likeliest reading of the word with its own lemma."""
    readings = [p for p in morph.parse(token.text) if p.normal_form == token.lemma]
    return case_of(readings[0].tag) if readings else None


def lone_titles(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    spans: Sequence[Span],
    occupations: Sequence[Occupation],
    morph: Morphology,
) -> list[LoneTitle]:
    """Each title that no occupation names, nor a title overlapping it, with its features."""
    titles = [m for m in mentions if m.type == "TITLE"]
    linked = {o.title for o in occupations if o.title is not None}
    held = overlaps_any(mentions[i] for i in linked)
    # a linked title that ends the title it is inside ("представителей администрации
    # президента США Барака Обамы"): it is the holder's, not the outer title's
    ending: dict[int, list[Mention]] = defaultdict(list)
    for m in titles:
        ending[m.end].append(m)
    governed = {
        m.id for i in linked for m in ending[mentions[i].end] if m.start < mentions[i].start
    }
    heads = {m.id: strip_prefix(head_token(spans[m.id].tokens).lemma) for m in titles}
    head_counts = Counter(heads.values())
    heads_linked = {heads[i] for i in linked if i in heads}
    starts = [s.start for s in sentences]
    # each sentence's mentions by bisection: a window holds thousands of titles
    in_order = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in in_order]
    out = []
    for title in titles:
        if title.id in linked or (held(title.start, title.end) and title.id not in governed):
            continue
        index = max(0, bisect_right(starts, title.start) - 1)
        sentence = sentences[index]
        lo = bisect_left(mention_starts, sentence.start)
        hi = bisect_left(mention_starts, sentence.end, lo)
        features = title_features(title, spans[title.id].tokens, sentence, in_order[lo:hi], morph)
        features["headline"] = float(index == 0)
        features["head_linked_here"] = float(heads[title.id] in heads_linked)
        features["head_repeated"] = math.log(head_counts[heads[title.id]])
        out.append(LoneTitle(title, heads[title.id], {k: v for k, v in features.items() if v}))
    return out


def title_features(
    title: Mention,
    tokens: Sequence[Token],
    sentence: Sentence,
    mentions: Sequence[Mention],
    morph: Morphology,
) -> dict[str, float]:
    """What the model reads of one title and its sentence (`mentions`: at least those
    starting in the sentence)."""
    words = sentence.tokens
    # a title may start inside a word: "президент" in "экс-президент"
    first = next(i for i, t in enumerate(words) if t.end > title.start)
    last = max(i for i, t in enumerate(words) if t.start < title.end)
    before = [t for t in words[:first] if t.pos is not None or t.text[:1].isalnum()]
    previous = before[-1] if before else None
    following = words[last + 1] if last + 1 < len(words) else None
    after = following
    if following is not None and following.text in DASHES:  # "эксперты — Иван Петров"
        after = words[last + 2] if last + 2 < len(words) else None
    head = head_token(tokens)
    case = best_case(head, morph)
    around = [m for m in mentions if m.id != title.id and sentence.start <= m.start < sentence.end]
    named_at = {m.start: m.type for m in around if m.type in NAMES}
    person_ends = {m.end for m in around if m.type == "PER"}
    prior_end = previous.end if previous is not None else -1
    return {
        "bias": 1.0,
        "plural": float(is_plural(head, morph)),
        "nomn": float(case == "nomn"),
        "gent": float(case == "gent"),
        "extended": float(head is not tokens[-1]),
        "adjective": float(head.pos != "NOUN"),
        "capital": float(title.text[:1].isupper() and previous is not None),
        "sentence_first": float(previous is None),
        "quoted": float(bool(first) and words[first - 1].text in QUOTES),
        "inside_title": float(
            any(m.type == "TITLE" and m.start <= title.start and title.end <= m.end for m in around)
        ),
        "contains_title": float(
            any(m.type == "TITLE" and title.start <= m.start and m.end <= title.end for m in around)
        ),
        "names_inside": float(
            any(m.type in NAMES and title.start <= m.start and m.end <= title.end for m in around)
        ),
        "person_after": float(after is not None and named_at.get(after.start) == "PER"),
        "place_after": float(after is not None and named_at.get(after.start) in ("ORG", "LOC")),
        "person_before": float(prior_end in person_ends),
        "person_in_sentence": float(any(m.type == "PER" for m in around)),
        "genitive_after": float(
            following is not None
            and following.pos in ("NOUN", "ADJF")
            and following.text.islower()
            and best_case(following, morph) == "gent"
        ),
        "after_generic": float(previous is not None and previous.lemma in GENERIC),
        "after_demonstrative": float(previous is not None and previous.lemma in DEMONSTRATIVES),
        "after_possessive": float(previous is not None and previous.lemma in POSSESSIVES),
        "after_number": float(
            previous is not None and (previous.pos == "NUMR" or previous.text.isdigit())
        ),
        "after_preposition": float(previous is not None and previous.pos == "PREP"),
        "after_adjective": float(previous is not None and previous.pos in ("ADJF", "PRTF")),
    }


def dropped_titles(lone: Sequence[LoneTitle], model: TitleFilter) -> set[int]:
    """The ids of the lone titles the model drops."""
    if not model.weights:
        return set()
    return {
        title.mention.id
        for title in lone
        if model.probability(title.head, title.features) < model.threshold
    }


def without_mentions(
    mentions: Sequence[Mention], occupations: Sequence[Occupation], dropped: set[int]
) -> tuple[list[Mention], list[Occupation], list[int]]:
    """The mentions less those dropped, numbered anew, the links pointed at the new numbers,
    and the old number of each mention kept."""
    old = [m.id for m in mentions if m.id not in dropped]
    new = {was: now for now, was in enumerate(old)}
    kept = [renumbered(mentions[was], now) for now, was in enumerate(old)]
    return kept, relinked(occupations, new), old


def relinked(occupations: Sequence[Occupation], number: Mapping[int, int]) -> list[Occupation]:
    """The links pointed at their mentions' new numbers (`number`: old -> new)."""
    return [
        replace(
            o,
            person=number[o.person],
            title=None if o.title is None else number[o.title],
            org=None if o.org is None else number[o.org],
        )
        for o in occupations
    ]


def renumbered(mention: Mention, number: int) -> Mention:
    """The mention numbered anew; itself where its number stays (those before the first
    dropped mention), spared a `replace`."""
    return mention if mention.id == number else replace(mention, id=number)
