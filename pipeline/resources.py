"""The models and lists every article needs, loaded once and passed explicitly."""

from __future__ import annotations

import gc
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipeline.data import (
    country_adjectives_file,
    diminutives_file,
    gazetteer_files,
    navec_file,
    ner_model_file,
    occupation_linker_file,
    title_files,
    title_filter_file,
    title_wikidata_file,
    title_words_file,
    wikidata_files,
    workplace_linker_file,
)
from pipeline.entities.link import Known, known_of, load_title_ids
from pipeline.frozen import collect_seldom
from pipeline.lexicons.countries import load_country_adjectives
from pipeline.lexicons.diminutives import load_diminutives
from pipeline.lexicons.gazetteer import Gazetteer, load_gazetteer
from pipeline.lexicons.gazetteer_files import Entry
from pipeline.lexicons.place_adjectives import PlaceAdjectives
from pipeline.lexicons.titles import TitleLexicon, load_title_lexicon
from pipeline.ner.loading import load_tagger, vocabulary_words
from pipeline.ner.tagger import Tagger
from pipeline.normalize.patronymics import patronymic_judge
from pipeline.relate.linker import LinkModel, load_link_model
from pipeline.relate.lone_titles import TitleFilter, load_title_filter
from pipeline.text.morphology import Morphology, load_morphology


@dataclass(frozen=True)
class Resources:
    morph: Morphology
    ner: Tagger
    titles: TitleLexicon
    gazetteer: Gazetteer
    links: LinkModel
    workplace_model: LinkModel  # the workplace linker's
    country_adjectives: Mapping[str, str]
    place_adjectives: Mapping[str, str]  # "владимирский": the gazetteer's id of Владимир
    known: Known  # what links entities to Wikidata besides the gazetteer
    diminutives: Mapping[str, frozenset[str]]  # Саша: Александр, Александра
    title_filter: TitleFilter


def load_resources(user_entries: tuple[Entry, ...] = ()) -> Resources:
    """Load pymorphy3, slovnet's NER model (with its navec embeddings), the title lexicon,
    the gazetteers, with the user's own entries (`read_entries`) over the shipped ones, the
    occupation and workplace linkers' models, the filter of lone titles, the adjectives that
    name countries, the persons, organisations and places known by their Wikidata id and the
    short forms of first names."""
    # the lemmas of the words of news are read from a store built from slovnet's vocabulary
    morph = load_morphology(vocabulary_words(ner_model_file()))
    gazetteer = load_gazetteer(gazetteer_files(), morph, user_entries)
    return Resources(
        morph=morph,
        ner=load_tagger(ner_model_file(), navec_file()),
        titles=load_title_lexicon(title_files(), morph, title_words_file()),
        gazetteer=gazetteer,
        links=load_link_model(occupation_linker_file()),
        workplace_model=load_link_model(workplace_linker_file()),
        country_adjectives=load_country_adjectives(country_adjectives_file()),
        place_adjectives=PlaceAdjectives(gazetteer, morph),
        known=known_of(
            gazetteer,
            load_gazetteer(wikidata_files(), morph),
            load_title_ids(title_wikidata_file()),
            patronymic_judge(morph),
        ),
        diminutives=load_diminutives(diminutives_file()),
        title_filter=load_title_filter(title_filter_file()),
    )


@cache
def shared_resources(user_entries: tuple[Entry, ...] = ()) -> Resources:
    """Resources loaded on first use and reused (by the notebook API, by each worker)."""
    return load_resources(user_entries)


@cache
def process_resources(user_entries: tuple[Entry, ...] = ()) -> Resources:
    """`shared_resources` for a process that runs nothing but the pipeline (`pipeline run`,
    a pool worker), with the garbage collector set for it; the notebook API leaves the
    collector of its user's process as it is.

    The models live as long as the process, so the collector leaves them be: its full
    passes walked every object of the models and lists, a twentieth of a run over short
    news, and fewer of them happen with a larger youngest generation. Loading keeps all it
    builds, so no pass runs meanwhile (a full one took a twentieth of a one-sentence run).

    pymorphy3 hands out a tag's grammemes (`tag.case`, `tag.POS`) as strings of a class
    whose every comparison first checks that the other side is a grammeme of that kind, a
    guard against typos ("nomm"); here they are plain strings, equal to the same ones: the
    stages read grammemes some 130,000 times over short news (216 dev texts), and without
    the checks process their documents in 0.1 s (4 %) less CPU. The tests load with
    `load_resources`, and keep the guard."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        resources = shared_resources(user_entries)
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
    collect_seldom()
    plain_grammemes()
    return resources


def plain_grammemes() -> None:
    """pymorphy3's grammemes as plain strings, in the whole process (`process_resources`),
    each tag's read once (`RememberedGrammeme`)."""
    from pymorphy3.tagset import OpencorporaTag, _select_grammeme_from

    OpencorporaTag.typed_grammemes = False
    for name, category in list(vars(OpencorporaTag).items()):
        if isinstance(category, _select_grammeme_from):
            setattr(OpencorporaTag, name, RememberedGrammeme(category))


class RememberedGrammeme:
    """A grammeme category of pymorphy3's tags (`tag.case`, `tag.POS`), each tag's plain
    answer kept by the tag's text. pymorphy3 intersects the tag's grammemes with the
    category's at every read, and the stages read some 145,000 times over short news (216
    dev texts) from a few thousand distinct tags: the reads took 0.05 s of CPU. Typed
    grammemes (the guard `plain_grammemes` turns off) are read as pymorphy3 reads them."""

    def __init__(self, category: Any) -> None:
        self.category = category
        self.answers: dict[str, str | None] = {}

    def __get__(self, tag: Any, owner: type) -> Any:
        if tag is None:
            return self
        if owner.typed_grammemes:  # type: ignore[attr-defined]
            return self.category.__get__(tag, owner)
        try:
            return self.answers[tag._str]
        except KeyError:
            answer = self.answers[tag._str] = self.category.__get__(tag, owner)
            return answer
