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

A region or city named by its adjective (`lexicons.place_adjectives`) is such a mention too,
with the gazetteer's place as its entity: before a state's post as a country's
("владимирского главы Николая Виноградова", "харьковского градоначальника"), unless the text
names the place itself ("Свердловской области ... свердловского губернатора": FactRuEval
takes the name as the post's organisation), and capitalised at the end of a title of more
words ("Папа Римский Франциск": NEREL tags Римский a CITY, Франциск's workplace).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.lexicons.place_adjectives import NO_PLACES
from pipeline.records import PLACE_ADJECTIVE, Mention, Occupation
from pipeline.relate.lone_titles import relinked, renumbered
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
ADJECTIVE_POSTS = STATE_POSTS | {"лидер", "шпион", "разведчик", "градоначальник"}


def is_state_post(morph: Morphology, post: str, posts: frozenset[str] = STATE_POSTS) -> bool:
    """Whether a post's first noun is a post a state gives: "президент", "министр финансов"."""
    heads = [morph.lemma_and_pos(w.lower()) for w in WORD.findall(post)]
    return next((lemma for lemma, pos in heads if pos == "NOUN"), None) in posts


def country_adjective(
    text: Text,
    title: Mention,
    morph: Morphology,
    adjectives: Mapping[str, str],
    places: Mapping[str, str] = NO_PLACES,
) -> tuple[int, int, str] | None:
    """(start, end, gazetteer id) of the adjective naming a country, or a region or city
    (`places`), that begins the title of a state's post ("Британский премьер",
    "владимирского главы") or stands right before it, adjectives only between ("российский
    бывший министр"); or of a region's or city's capitalised adjective that ends a title of
    more words ("Папа Римский"); or None."""
    words = [
        (title.start + m.start(), title.start + m.end(), m.group())
        for m in WORD.finditer(title.text)
    ]
    if len(words) > 1 and words[-1][2][:1].isupper():
        begin, end, word = words[-1]
        lemma, pos = morph.lemma_and_pos(word.lower())
        if pos == "ADJF" and lemma in places:
            return begin, end, places[lemma]
    if not is_state_post(morph, title.normal, ADJECTIVE_POSTS):
        return None
    first = words[:1]
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
            return begin, end, f"country-{code.lower()}"
        if lemma in places:
            return begin, end, places[lemma]
    return None


def with_adjective_places(
    text: str,
    mentions: Sequence[Mention],
    occupations: Sequence[Occupation],
    gazetteer: Gazetteer,
    adjectives: Mapping[str, str],
    morph: Morphology,
    places: Mapping[str, str] = NO_PLACES,
) -> tuple[list[Mention], list[Occupation], list[int | None]]:
    """The mentions with a `LOC_ADJ` mention for each country adjective that is the
    workplace of a link with a title and no organisation, numbered anew in text order; the
    links pointed at the new numbers, those with the adjective as their organisation; and
    the old number of each mention (None for the new ones)."""
    adjective = AdjectivePlaces(text, mentions, gazetteer, adjectives, morph, places)
    added: dict[tuple[int, int], str] = {}  # span -> its normal form
    workplace: dict[int, tuple[int, int]] = {}  # link index -> the adjective's span
    for index, link in enumerate(occupations):
        if link.title is None or link.org is not None:
            continue
        span = adjective.of(mentions[link.title])
        if span is None:
            continue
        start, end = span
        word = text[start:end]
        added[span] = nominative(word, mentions[link.title], morph, adjectives, places)
        workplace[index] = span
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
    kept = [renumbered(m, now) for now, m in enumerate(ordered)]
    links = [
        replace(o, org=at[workplace[i]]) if i in workplace else o
        for i, o in enumerate(relinked(occupations, number))
    ]
    return kept, links, old


class AdjectivePlaces:
    """Which adjective before a title names its workplace, in one text: the occupation
    links ask it first (the learned workplace model does not guess over it), the
    `LOC_ADJ` mentions are made of it after."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        gazetteer: Gazetteer,
        adjectives: Mapping[str, str],
        morph: Morphology,
        places: Mapping[str, str] = NO_PLACES,
    ) -> None:
        self.text, self.mentions, self.gazetteer = text, mentions, gazetteer
        self.adjectives, self.morph, self.places = adjectives, morph, places
        self.spans = {(m.start, m.end) for m in mentions}
        self.places_named: set[str] | None = None  # read once, where a region's needs it

    def of(self, title: Mention) -> tuple[int, int] | None:
        """The span of the adjective that names the title's workplace (`country_adjective`),
        where it is a gazetteer's place, no mention already, and not a region or city the
        text names itself; or None."""
        found = country_adjective(self.text, title, self.morph, self.adjectives, self.places)
        if found is None:
            return None
        start, end, key = found
        if self.gazetteer.entries.get(key) is None or (start, end) in self.spans:
            return None  # a word that is a mention already is its own business
        if not key.startswith("country-"):  # a region's or a city's
            if self.places_named is None:
                self.places_named = named(self.mentions, self.gazetteer)
            if key in self.places_named:
                # "Свердловской области ... свердловского губернатора": the post is in the
                # region named, as FactRuEval has it, and the link finds its name elsewhere
                return None
        return start, end


def named(mentions: Sequence[Mention], gazetteer: Gazetteer) -> set[str]:
    """The gazetteer ids of the places the text names: "Свердловской области"."""
    return {e.id for m in mentions if m.type == "LOC" for e in gazetteer.lookup(m.text)}


def nominative(word: str, title: Mention, morph: Morphology, *lexicons: Collection[str]) -> str:
    """The adjective in the nominative, in the gender and number of the post it agrees with
    ("российским президентом": российский; "британского": британский), as BSNLP normalises
    it; its entity bears the country's name. Its readings are those whose lemma one of the
    `lexicons` of adjectives holds."""
    parses = [
        p
        for p in morph.parse(word)
        if p.tag.POS == "ADJF" and any(p.normal_form in lexicon for lexicon in lexicons)
    ]
    heads = next((found for w in WORD.findall(title.text) if (found := nouns(w, morph))), [])
    agreeing = [p for p in parses if any(agree(p.tag, noun.tag) for noun in heads)]
    chosen = (agreeing or parses)[:1]
    return inflected(chosen[0], {"nomn"}, word) if chosen else word


def nouns(word: str, morph: Morphology) -> list:
    return [p for p in morph.parse(word) if p.tag.POS == "NOUN"]
