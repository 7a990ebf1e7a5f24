"""A learned linker for the titles no pattern links: which person, if any, holds one.

Each title is paired with the persons of its sentence and with the nearest earlier mention
of each person named in the sentences before it ("Быков попал в больницу ... писатель
находится в коме"). A logistic model over features of the pair (order, distance, words and
punctuation between, agreement, how often the person is named, whether the person already
holds a title) scores each pair; the best pair is kept when it scores above the model's
threshold. The weights are learned from NEREL-train by `gazetteers/build_linker.py`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.records import Mention
from pipeline.relate.gaps import follows_relative
from pipeline.relate.link_text import LinkText, Sentences
from pipeline.relate.patterns import Pair
from pipeline.relate.predicates import COPULAS, VERB_POS

MAX_SENTENCES_BACK = 5
NAME_PART = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
QUOTES = frozenset('«"„“')
POSSESSIVES = frozenset({"его", "её", "их", "свой", "наш", "мой", "ваш", "твой"})
DEMONSTRATIVES = frozenset({"этот", "тот", "данный", "такой"})


@dataclass(frozen=True, slots=True)
class LinkModel:
    """Feature weights and the score a pair needs to be linked."""

    weights: Mapping[str, float]
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        total = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


NO_MODEL = LinkModel({}, 1.0)


def read_link_model(path: Path) -> LinkModel:
    """A model file: `#` comments, "threshold<TAB>value", then "feature<TAB>weight" lines."""
    weights: dict[str, float] = {}
    threshold = 1.0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, value = line.split("\t")
        if name == "threshold":
            threshold = float(value)
        else:
            weights[name] = float(value)
    return LinkModel(weights, threshold)


@cache
def load_link_model(path: Path) -> LinkModel:
    """The model in `path`, read once per process; without the file, no learned links."""
    return read_link_model(path) if path.exists() else NO_MODEL


def person_key(person: Mention) -> str:
    """The surname a person is named by: "Быков" for "Дмитрий Быков" and "Д.Быков"."""
    parts = NAME_PART.findall(person.normal or person.text)
    return parts[-1].lower() if parts else person.text.lower()


@dataclass(frozen=True, slots=True)
class Cast:
    """The persons of a document: how often each is named, which hold a title already."""

    counts: Mapping[str, int]
    top: str
    holders: frozenset[str]
    held: frozenset[tuple[str, str]]
    linked: frozenset[int]  # the person mentions a pattern linked


def cast_of(top: Sequence[Mention], pairs: Sequence[Pair], linking: LinkText) -> Cast:
    counts = Counter(person_key(m) for m in top if m.type == "PER")
    return Cast(
        counts,
        counts.most_common(1)[0][0] if counts else "",
        frozenset(person_key(person) for _, person in pairs),
        frozenset((person_key(person), linking.title_key(title)) for title, person in pairs),
        frozenset(person.id for _, person in pairs),
    )


def candidates(title: Mention, index: int, split: Sentences) -> list[tuple[Mention, int]]:
    """(person, sentences back) pairs for a title in sentence `index`: the persons of its
    sentence, and the nearest earlier mention of each person named shortly before it."""
    out = [(m, 0) for m in split.items[index] if m.type == "PER"]
    seen = {person_key(m) for m, _ in out if m.start < title.start}
    for back in range(1, MAX_SENTENCES_BACK + 1):
        if index - back < 0:
            break
        for mention in reversed(split.items[index - back]):
            key = person_key(mention) if mention.type == "PER" else None
            if key is not None and key not in seen:
                seen.add(key)
                out.append((mention, back))
    return out


def bucket(name: str, value: int, limits: Sequence[int]) -> str:
    for limit in limits:
        if value <= limit:
            return f"{name}<={limit}"
    return f"{name}>{limits[-1]}"


def title_features(
    title: Mention, index: int, split: Sentences, linking: LinkText
) -> dict[str, bool]:
    """What the model reads of a title alone: its form, its place, the word before it."""
    cases = linking.cases(title)
    items = split.items[index]
    before = linking.words(split.sentences[index].start, title.start)
    previous = before[-1] if before else None
    return {
        "title_nomn": "nomn" in cases,
        "title_ablt": "ablt" in cases,
        "title_gent_only": cases <= {"gent", "accs"},
        "plural": linking.is_plural(title),
        "bare": " " not in title.text.strip(),
        "capital": title.text[:1].isupper(),
        "title_first": previous is None,
        "title_first_title": next(m for m in items if m.type == "TITLE") == title,
        "after_preposition": previous is not None and previous.pos == "PREP",
        "after_possessive": previous is not None and previous.lemma in POSSESSIVES,
        "after_demonstrative": previous is not None and previous.lemma in DEMONSTRATIVES,
        "after_noun": previous is not None and previous.pos == "NOUN" and previous.text.islower(),
        "after_verb": previous is not None and previous.pos in VERB_POS,
        "headline": index == 0,
        "has_organisation": linking.organisation(title) is not None,
        "in_parentheses": linking.in_parentheses(title.start),
        "in_quotes": linking.text[title.start - 1 : title.start] in QUOTES,
        "after_relative": follows_relative(title, linking),
        f"head:{linking.title_key(title)}": True,
    }


def pair_features(
    title: Mention,
    person: Mention,
    back: int,
    index: int,
    split: Sentences,
    cast: Cast,
    linking: LinkText,
    own: Mapping[str, bool],
) -> dict[str, float]:
    """What the model reads of one (title, person) candidate. The title's `own` features
    weigh differently for a person of its sentence and one named before ("same:", "back:")."""
    items = split.items[index]
    mode = "same" if back == 0 else "back"
    features: dict[str, float] = {"bias": 1.0, f"{mode}:bias": 1.0}
    for name, value in own.items():
        features[f"{mode}:{name}"] = float(value)
    title_cases, person_cases = linking.cases(title), linking.cases(person)
    key = person_key(person)
    before = person.start < title.start
    features["agree"] = float(bool(title_cases & person_cases))
    features["person_nomn"] = float("nomn" in person_cases)
    features["holder"] = float(key in cast.holders)
    features["same_title_held"] = float((key, linking.title_key(title)) in cast.held)
    features["top_person"] = float(key == cast.top)
    features["person_linked"] = float(person.id in cast.linked)
    features["person_in_parentheses"] = float(linking.in_parentheses(person.start))
    features["named"] = math.log(cast.counts.get(key, 1))
    if back == 0:
        left, right = (person, title) if before else (title, person)
        words = linking.words(left.end, right.start)
        gap = linking.gap(left, right)
        between = [m for m in items if left.end <= m.start and m.end <= right.start]
        features["before" if before else "after"] = 1.0
        features[bucket("words", len(words), (0, 1, 2, 4, 8))] = 1.0
        features["pers_between"] = float(sum(m.type == "PER" for m in between))
        features["nearest"] = float(not any(m.type == "PER" for m in between))
        features["titles_between"] = float(sum(m.type == "TITLE" for m in between))
        features["names_between"] = float(any(m.type in ("ORG", "LOC") for m in between))
        for mark, name in ((",", "comma"), ("(", "paren"), (":", "colon"), (";", "semicolon")):
            features[name] = float(mark in gap)
        features["dash"] = float(bool(re.search(r"[–—]|\s-\s", gap)))
        features["verb"] = float(any(w.pos in VERB_POS for w in words))
        features["copula"] = float(any(w.lemma in COPULAS for w in words))
        features["which"] = float(any(w.lemma == "который" for w in words))
        features["person_first"] = float(next(m for m in items if m.type == "PER") == person)
        features["person_subject"] = float(features["person_first"] and "nomn" in person_cases)
    else:
        features[bucket("back", back, (1, 2, 3))] = 1.0
        features["title_has_person"] = float(any(m.type == "PER" for m in items))
        people = [m for m in split.items[index - back] if m.type == "PER"]
        features["back_person_first"] = float(people[0] == person)
        features["back_person_subject"] = float(
            features["back_person_first"] and "nomn" in person_cases
        )
        later = {
            person_key(m)
            for i in range(index - back, index + 1)
            for m in split.items[i]
            if m.type == "PER" and person.end <= m.start < title.start
        }
        features["others_since"] = float(min(len(later - {key}), 3))
        features["last_named"] = float(not later - {key})
    return {name: value for name, value in features.items() if value}


def open_titles(
    top: Sequence[Mention], pairs: Sequence[Pair], split: Sentences, linking: LinkText
) -> list[tuple[Mention, list[tuple[Mention, dict[str, float]]]]]:
    """Each title the patterns left alone, with its candidate persons and their features."""
    linked = {title.id for title, _ in pairs}
    cast = cast_of(top, pairs, linking)
    out = []
    for index, items in enumerate(split.items):
        for title in items:
            if title.type != "TITLE" or title.id in linked:
                continue
            own = title_features(title, index, split, linking)
            options = [
                (person, pair_features(title, person, back, index, split, cast, linking, own))
                for person, back in candidates(title, index, split)
                if linking.can_hold(title, person)
            ]
            if options:
                out.append((title, options))
    return out


def model_links(
    top: Sequence[Mention],
    pairs: Sequence[Pair],
    split: Sentences,
    linking: LinkText,
    model: LinkModel,
) -> list[Pair]:
    """The best-scoring person of each title the patterns left alone, if likely enough."""
    if not model.weights:
        return []
    out = []
    for title, options in open_titles(top, pairs, split, linking):
        probability, person = max(
            ((model.probability(features), person) for person, features in options),
            key=lambda item: (item[0], -item[1].start),
        )
        if probability >= model.threshold:
            out.append((title, person))
    return out
