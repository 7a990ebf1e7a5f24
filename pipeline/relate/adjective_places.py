"""A country named by its adjective as the workplace of a state's post: "российский министр",
"Британского премьера", "визит португальского президента", and of its leader or spy
("Палестинский лидер", "российский шпион").

The adjective begins the title or stands right before it (`country_adjective`); the facts
read it as the post's country (`facts.adjective_place`), and a link that no rule gave an
organisation takes it as its workplace (`with_adjective_places`), as NEREL marks it
("российским" is a WORKPLACE of the minister). For that the adjective becomes a mention of
its own type, `LOC_ADJ` (`records.PLACE_ADJECTIVE`): a place named by its adjective, whose
normal form is the adjective's nominative ("британский", as BSNLP normalises the
adjectives it tags) and whose entity is the country's (Великобритания, with its `LOC`
mentions). No
corpus tags such adjectives as places (FactRuEval, BSNLP and SlavicNER leave them out, and
tagging them costs their LOC F1), so it is added only where it is a title's workplace:
"российские журналисты" are no state's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.records import PLACE_ADJECTIVE, Mention, Occupation
from pipeline.relate.workplaces import STATE_POSTS
from pipeline.text.inflect import agree, inflected
from pipeline.text.lookalikes import Text
from pipeline.text.morphology import Morphology

WORD = re.compile(r"[\w-]+")
ADJECTIVE_REACH = 2  # words before a title in which a country's adjective may stand
LOOK_BACK = 40  # characters before a title read for them
PUNCTUATION = re.compile(r"[^\w\s-]")
# a country's leader or spy serves the state its adjective names too: "Палестинский лидер
# Махмуд Аббас", "российский шпион Сергей Скрипаль"
ADJECTIVE_POSTS = STATE_POSTS | {"лидер", "шпион", "разведчик"}


def is_state_post(morph: Morphology, post: str, posts: frozenset[str] = STATE_POSTS) -> bool:
    """Whether a post's first noun is a post a state gives: "президент", "министр финансов"."""
    heads = [morph.lemma_and_pos(w.lower()) for w in WORD.findall(post)]
    return next((lemma for lemma, pos in heads if pos == "NOUN"), None) in posts


def country_adjective(
    text: Text, title: Mention, morph: Morphology, adjectives: Mapping[str, str]
) -> tuple[int, int, str] | None:
    """(start, end, ISO code) of the adjective naming a country that begins the title of a
    state's post ("Британский премьер") or stands right before it, adjectives only between
    ("российский бывший министр"), or None."""
    if not is_state_post(morph, title.normal, ADJECTIVE_POSTS):
        return None
    first = [
        (title.start + m.start(), title.start + m.end(), m.group())
        for m in WORD.finditer(title.text)
    ][:1]
    start = max(0, title.start - LOOK_BACK)
    window = text[start : title.start]
    # not across punctuation ("России, министр"), but up to it ("Ху Цзиньтао, а вот
    # британский премьер")
    *_, last = (None, *PUNCTUATION.finditer(window))
    start += last.end() if last else 0
    before = [
        (start + m.start(), start + m.end(), m.group())
        for m in WORD.finditer(text[start : title.start])
    ][-ADJECTIVE_REACH:]
    for position, (begin, end, word) in enumerate([*first, *reversed(before)]):
        lemma, pos = morph.lemma_and_pos(word.lower())
        if pos != "ADJF":
            if position == 0:
                continue  # the title's own first word, its head
            break
        code = adjectives.get(lemma)
        if code:
            return begin, end, code
    return None


def with_adjective_places(
    text: str,
    mentions: Sequence[Mention],
    occupations: Sequence[Occupation],
    gazetteer: Gazetteer,
    adjectives: Mapping[str, str],
    morph: Morphology,
) -> tuple[list[Mention], list[Occupation], list[int | None]]:
    """The mentions with a `LOC_ADJ` mention for each country adjective that is the
    workplace of a link with a title and no organisation, numbered anew in text order; the
    links pointed at the new numbers, those with the adjective as their organisation; and
    the old number of each mention (None for the new ones)."""
    spans = {(m.start, m.end): m for m in mentions}
    added: dict[tuple[int, int], str] = {}  # span -> its normal form
    workplace: dict[int, tuple[int, int]] = {}  # link index -> the adjective's span
    for index, link in enumerate(occupations):
        if link.title is None or link.org is not None:
            continue
        found = country_adjective(text, mentions[link.title], morph, adjectives)
        if found is None:
            continue
        start, end, code = found
        entry = gazetteer.entries.get(f"country-{code.lower()}")
        if entry is None or (start, end) in spans:
            continue  # a word that is a mention already is its own business
        added[(start, end)] = nominative(text[start:end], mentions[link.title], morph, adjectives)
        workplace[index] = (start, end)
    if not added:
        return list(mentions), list(occupations), [m.id for m in mentions]
    new = [
        Mention(-1, start, end, text[start:end], PLACE_ADJECTIVE, normal, -1)
        for (start, end), normal in sorted(added.items())
    ]
    ordered = sorted([*mentions, *new], key=lambda m: (m.start, -m.end, m.type))
    old: list[int | None] = [None if m.id < 0 else m.id for m in ordered]
    number = {was: now for now, was in enumerate(old) if was is not None}
    at = {(m.start, m.end): now for now, m in enumerate(ordered) if m.id < 0}
    kept = [m if m.id == now else replace(m, id=now) for now, m in enumerate(ordered)]
    links = [
        replace(
            o,
            person=number[o.person],
            title=None if o.title is None else number[o.title],
            org=at[workplace[i]] if i in workplace else None if o.org is None else number[o.org],
        )
        for i, o in enumerate(occupations)
    ]
    return kept, links, old


def nominative(word: str, title: Mention, morph: Morphology, adjectives: Mapping[str, str]) -> str:
    """The adjective in the nominative, in the gender and number of the post it agrees with
    ("российским президентом": российский; "британского": британский), as BSNLP normalises
    it; its entity bears the country's name."""
    parses = [p for p in morph.parse(word) if p.tag.POS == "ADJF" and p.normal_form in adjectives]
    heads = next((found for w in WORD.findall(title.text) if (found := nouns(w, morph))), [])
    agreeing = [p for p in parses if any(agree(p.tag, noun.tag) for noun in heads)]
    chosen = (agreeing or parses)[:1]
    return inflected(chosen[0], {"nomn"}, word) if chosen else word


def nouns(word: str, morph: Morphology) -> list:
    return [p for p in morph.parse(word) if p.tag.POS == "NOUN"]
