"""A learned linker for the links no rule places: which organisation or country of the
title's sentence (or the sentence before), if any, the post is held in.

"Уоррен Баффет, являющийся председателем правления и управляющим компании Berkshire
Hathaway" or "Министр финансов Таро Асо, занимавший пост премьер-министра Японии" leave
`workplaces.py` without a reading for the first post. Each (title, person) link it leaves
open is paired with the organisations and places of the title's sentence and of the one
before; a logistic model over features of the triple (order and distance, what lies
between, the preposition before the name and its case, organisation, country or other
place, whether the name is already another person's workplace or this person's, what kind
of post the title is) scores each; the best is kept when it scores above the model's
threshold ("визит министра в Казахстан" names where he goes, not where he works). The
weights are learned from NEREL-train by `gazetteers/build_workplace_linker.py`, in the model
file format of the person–title linker (`linker.py`). Its guess is not taken for a post
a country's adjective stands before ("наблюдатель от ОБСЕ португальский парламентарий Хуан
Суареш": Португалия, not ОБСЕ): `occupations.link_occupations` leaves those to
`adjective_places.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from pipeline.records import Mention, Token
from pipeline.relate.link_text import LinkText, Sentences, outermost, within
from pipeline.relate.linker import QUOTES, LinkModel, bucket, person_key
from pipeline.relate.patterns import Pair
from pipeline.relate.predicates import VERB_POS
from pipeline.relate.workplaces import ENVOYS, HOLDING, OF_A_PERSON, STATE_POSTS
from pipeline.text.inflect import CASES as EVERY_CASE
from pipeline.text.inflect import case_of

# prepositions before a name, each its own feature; "во" is "в"
PREPOSITIONS = {"в": "в", "во": "в", "из": "из", "от": "от", "при": "при", "у": "у", "на": "на",
                "с": "с", "со": "с", "для": "для", "за": "за", "к": "к", "по": "по"}  # fmt: skip
CASES = tuple(case for case in EVERY_CASE if case != "voct")  # news calls to no body
PRONOUNS = frozenset({"он", "она", "они"})
WORDS = re.compile(r"[\w-]+")
DESCRIPTOR_POS = frozenset({"NOUN", "ADJF", "PRTF"})

Key = tuple[int, int]  # (title id, person id)


def name_cases(name: Mention, linking: LinkText) -> frozenset[str]:
    """The cases the first word of a name may be in ("Газпрома": gent)."""
    words = linking.words(name.start, name.end)
    if not words:
        return frozenset()
    return frozenset(
        case for p in linking.morph.parse(words[0].text) if (case := case_of(p.tag)) is not None
    )


def is_genitive_descriptor(word: Token, linking: LinkText) -> bool:
    """A lower-case noun or adjective that may be in the genitive ("управления")."""
    if not word.text.islower() or word.pos not in DESCRIPTOR_POS:
        return False
    return any(case_of(p.tag) == "gent" for p in linking.morph.parse(word.text))


def title_class(title: Mention, linking: LinkText) -> str:
    """What kind of post a title is, by its lexicon head: a state's, an envoy's, one held
    for a person ("его адвокат"), or another."""
    heads = set(linking.title_key(title).split())
    if heads & ENVOYS:
        return "envoy"
    if heads & OF_A_PERSON:
        return "personal"
    if heads & STATE_POSTS:
        return "state"
    return "other"


def candidate_features(
    title: Mention,
    person: Mention,
    name: Mention,
    sentence: tuple[int, int],
    back: int,
    items: Sequence[Mention],
    taken: frozenset[int],
    own: frozenset[int],
    is_country: Callable[[Mention], bool],
    linking: LinkText,
) -> dict[str, float]:
    """What the model reads of one (title, person, organisation) candidate."""
    after = name.start >= title.end
    left, right = (title, name) if after else (name, title)
    words = linking.words(left.end, right.start)
    gap = linking.text[left.end : right.start]
    between = [m for m in items if left.end <= m.start and m.end <= right.start]
    kind = "org" if name.type == "ORG" else "country" if is_country(name) else "place"
    features: dict[str, float] = {"bias": 1.0, f"kind:{kind}": 1.0}
    if back:  # a name of the sentence before: its kind and the title's, besides all below
        features[f"back:{kind}"] = 1.0
        features[f"back:title:{title_class(title, linking)}"] = 1.0
        features["back:later_same_kind"] = float(
            any(m.type == name.type and m.start > name.end for m in items if m.end <= title.start)
        )
    features[f"after_title:{kind}" if after else f"before_title:{kind}"] = 1.0
    features[bucket("words", len(words), (0, 1, 2, 4, 8))] = 1.0
    features["names_between"] = float(any(m.type in ("ORG", "LOC") for m in between))
    features["other_person_between"] = float(any(m.type == "PER" and m != person for m in between))
    features["holder_between"] = float(person in between)
    features["titles_between"] = float(any(m.type == "TITLE" for m in between))
    for mark, label in ((",", "comma"), ("(", "paren"), (":", "colon"), (";", "semicolon")):
        features[label] = float(mark in gap)
    features["dash"] = float(bool(re.search(r"[–—]|\s-\s", gap)))
    features["quote_between"] = float(bool(re.search(r"[«»\"„“”]", gap)))
    features["verb"] = float(any(w.pos in VERB_POS for w in words))
    holding = any(w.lemma in HOLDING for w in words)
    features["holding_verb_after" if after else "holding_verb_before"] = float(holding)
    # a subject of its own between: "представляет Алабаму в Сенате, до этого он был генеральным
    # прокурором штата"
    features["pronoun_between"] = float(any(w.text.lower() in PRONOUNS for w in words))
    features["which"] = float(any(w.lemma == "который" for w in words))
    features["clause"] = float(features["comma"] and features["verb"])
    features["and"] = float(any(w.lemma == "и" for w in words))
    clean = not re.sub(r"[\s«»\"„“”]", "", WORDS.sub("", gap))
    features["clean_gap"] = float(clean)
    # "ведущий телеканала «Россия 1»", "заместитель начальника управления правительства
    # области": the title, words in the genitive that say what part of it, the name
    features["genitive_chain"] = float(
        after and clean and bool(words) and all(is_genitive_descriptor(w, linking) for w in words)
    )
    before = linking.words(linking.sentence_start(name.start), name.start)
    previous = before[-1] if before else None
    preposition = PREPOSITIONS.get(previous.text.lower()) if previous is not None else None
    if preposition is not None:
        features[f"prep:{preposition}:{kind}"] = 1.0
    elif previous is not None and previous.pos == "PREP":
        features["prep:other"] = 1.0
    else:
        features["no_prep"] = 1.0
    cases = name_cases(name, linking)
    for case in CASES:
        features[f"case:{case}"] = float(case in cases)
    features["undeclined"] = float(not cases)
    features["adjacent_genitive"] = float(after and not words and "gent" in cases)
    features["in_quotes"] = float(linking.text[name.start - 1 : name.start] in QUOTES)
    features["in_parentheses"] = float(linking.in_parentheses(name.start))
    features["opens_sentence"] = float(all(w.pos == "PREP" for w in before))
    features["taken"] = float(name.id in taken and name.id not in own)
    features["person_placed"] = float(bool(own))  # another of the person's posts is placed
    features["placed_here"] = float(name.id in own)
    features["in_other_title"] = float(
        any(m.type == "TITLE" and m.start <= name.start and name.end <= m.end for m in items)
    )
    same = sentence[0] <= person.start < sentence[1]
    features["person_elsewhere"] = float(not same)
    if same:
        near, far = (person, name) if person.end <= name.start else (name, person)
        features[bucket("person_words", len(linking.words(near.end, far.start)), (0, 2, 6))] = 1.0
        features["person_then_bracket"] = float(
            near is person and linking.text[person.end : name.start].strip() == "("
        )
        features["person_between"] = float(
            min(title.start, name.start) < person.start < max(title.end, name.end)
        )
        features["name_before_person"] = float(name.end <= person.start)
    features[f"title:{title_class(title, linking)}"] = 1.0
    features["title_plural"] = float(linking.is_plural(title))
    features["title_ablt"] = float(linking.is_instrumental(title))
    features["title_gent"] = float("gent" in linking.cases(title))
    names = [m for m in items if m.type in ("ORG", "LOC")]
    features[bucket("names", len(names), (1, 2, 4))] = 1.0
    return {label: value for label, value in features.items() if value}


def open_workplaces(
    pairs: Sequence[Pair],
    places: Mapping[Key, int],
    split: Sentences,
    linking: LinkText,
    is_country: Callable[[Mention], bool],
) -> list[tuple[int, list[tuple[Mention, dict[str, float]]]]]:
    """Each link (by its index in `pairs`) no rule placed, with the organisations and places
    of its title's sentence and of the sentence before, and their features."""
    taken = frozenset(places.values())
    held: dict[str, set[int]] = {}
    for title, person in pairs:
        if (title.id, person.id) in places:
            held.setdefault(person_key(person), set()).add(places[(title.id, person.id)])
    out = []
    for number, (title, person) in enumerate(pairs):
        if (title.id, person.id) in places:
            continue
        index = split.index_of(title.start)
        if index is None:
            continue
        sentence = split.sentences[index]
        bounds = (sentence.start, sentence.end)
        # not a name inside the title: those are the rules' ("министр культуры РК")
        names = [
            (m, 0)
            for m in outermost(within(linking.names, sentence.start, sentence.end))
            if m.end <= title.start or m.start >= title.end
        ]
        if index:
            previous = split.sentences[index - 1]
            names = [
                (m, 1) for m in outermost(within(linking.names, previous.start, previous.end))
            ] + names
        own = frozenset(held.get(person_key(person), ()))
        options = [
            (
                name,
                candidate_features(
                    title,
                    person,
                    name,
                    bounds,
                    back,
                    split.items[index],
                    taken,
                    own,
                    is_country,
                    linking,
                ),
            )
            for name, back in names
        ]
        if options:
            out.append((number, options))
    return out


def learned_workplaces(
    pairs: Sequence[Pair],
    places: Mapping[Key, int],
    split: Sentences,
    linking: LinkText,
    is_country: Callable[[Mention], bool],
    model: LinkModel,
) -> dict[Key, int]:
    """The best-scoring organisation of each link no rule placed, if likely enough."""
    if not model.weights:
        return {}
    found = {}
    for number, options in open_workplaces(pairs, places, split, linking, is_country):
        probability, name = max(
            ((model.probability(features), name) for name, features in options),
            key=lambda item: (item[0], -item[1].start),
        )
        if probability >= model.threshold:
            title, person = pairs[number]
            found[(title.id, person.id)] = name.id
    return found
