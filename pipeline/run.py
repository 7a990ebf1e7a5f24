"""The composition of the stages: one article in, one document out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace

from pipeline.entities.countries import CountryEvidence, country_evidence, country_named
from pipeline.entities.link import link_entities
from pipeline.entities.merge import entity_ids, group
from pipeline.entities.resolve import named_by, resolve, shared_names, without_first_word
from pipeline.ner.qualified import (
    known_wholes,
    organ_wholes,
    place_qualified,
    unit_wholes,
    with_honoured_names,
    without_units,
)
from pipeline.ner.repairs import repair_spans
from pipeline.ner.tagger import find_named_entities, find_named_entities_of_many
from pipeline.normalize.mentions import normalize
from pipeline.normalize.patronymics import patronymic_judge
from pipeline.normalize.person_forms import person_forms_of, with_womans_cases
from pipeline.normalize.person_lists import with_list_cases
from pipeline.normalize.persons import (
    PersonEvidence,
    grammar_cues,
    name_families,
    settle_person_names,
    with_subject_case,
)
from pipeline.normalize.place_names import settle_place_names
from pipeline.records import (
    Analysis,
    Article,
    Document,
    Entity,
    Failure,
    Mention,
    Occupation,
    Span,
)
from pipeline.relate.adjective_places import AdjectivePlaces, with_adjective_places
from pipeline.relate.document_places import placed_in_document
from pipeline.relate.fact_places import placed_by_facts
from pipeline.relate.facts import Consolidated, FactInputs, occupation_facts
from pipeline.relate.link_text import cue_gender, mention_genders
from pipeline.relate.lone_titles import dropped_titles, lone_titles, without_mentions
from pipeline.relate.occupations import LinkInputs, at_nearest_mentions, link_occupations
from pipeline.relate.synonyms import PostReader, one_post_facts
from pipeline.resources import Resources
from pipeline.text.inflect import mention_form
from pipeline.text.lookalikes import CyrillicView, Text
from pipeline.text.tokenize import analyse
from pipeline.titles.bodies import bodies_after_verbs, bodies_in_titles
from pipeline.titles.tagger import find_titles, separate_titles_from_names

# Longer texts go through the stages a window at a time, so that memory stays bounded;
# a window ends at a line break where it can. News articles fit in one window.
WINDOW_CHARS = 100_000

# Told (windows done, windows in all) after each window of a text longer than one: a
# progress display set by the one-process batch run, where a document of millions of
# characters would otherwise say nothing for minutes.
window_done: ContextVar[Callable[[int, int], None] | None] = ContextVar("window_done", default=None)


# The analyses and named entities of articles about to be processed, keyed by the text
# `process_window` gets, made for several articles at once (`analysed_ahead`): set by the
# batch run around each article it processes, and taken by the article's one window.
Ahead = dict[str, tuple[Analysis, tuple[Span, ...]]]
ahead: ContextVar[Ahead | None] = ContextVar("ahead", default=None)


def analysed_ahead(items: Sequence[Article | Failure], resources: Resources) -> Ahead:
    """The analysis and the tagger's spans of each article of one window, the tagger run
    on them all at once (`find_named_entities_of_many`), for `ahead`. An article whose
    analysis fails is left out, and all are if the tagger fails: each is then processed
    as it would be alone, and fails there as it would."""
    analyses: dict[str, Analysis] = {}
    for item in items:
        if isinstance(item, Article) and len(item.text) <= WINDOW_CHARS:  # one window
            text = CyrillicView(item.text)[0 : len(item.text)]
            if text in analyses:
                continue
            try:
                analyses[text] = analyse(text, resources.morph)
            except Exception:  # the article's own processing reports it
                continue
    if not analyses:
        return {}
    try:
        found = find_named_entities_of_many(list(analyses.values()), resources.ner)
    except Exception:  # every article then tags its own
        return {}
    return {
        text: (analysis, spans)
        for (text, analysis), spans in zip(analyses.items(), found, strict=True)
    }


@dataclass(frozen=True, slots=True)
class Window:
    """Mentions (entity not yet known) and links found in one stretch of a text."""

    mentions: tuple[Mention, ...]
    occupations: tuple[Occupation, ...]
    people: tuple[PersonEvidence | None, ...]
    countries: tuple[CountryEvidence, ...]  # of each mention


def process_article(article: Article, resources: Resources) -> Document:
    """Run every stage over one article.

    The stages read the text with look-alike Latin letters in Russian words made Cyrillic
    (`CyrillicView`, same offsets); mentions keep the text as written.
    """
    text = CyrillicView(article.text)
    mentions: list[Mention] = []
    occupations: list[Occupation] = []
    people: list[PersonEvidence | None] = []
    countries: list[CountryEvidence] = []
    bounds = windows(article.text, WINDOW_CHARS)
    told = window_done.get() if len(bounds) > 1 else None
    # one string object for every equal text and normal form of a long text's mentions
    # ("Путин" a thousand times): its windows' mentions are kept until the text is done
    shared: dict[str, str] = {}
    for done, (start, end) in enumerate(bounds, 1):
        found = process_window(text[start:end], resources)
        base = len(mentions)
        if len(bounds) == 1:  # most articles: the mentions are in place
            mentions += found.mentions
            occupations += found.occupations
        else:
            # made as `settled` makes them: `replace` checks every field (the 73,000
            # mentions of the 5 M document: 0.14 s so, 0.06 s this way)
            mentions += [
                Mention(
                    m.id + base,
                    m.start + start,
                    m.end + start,
                    shared.setdefault(m.text, m.text),
                    m.type,
                    shared.setdefault(m.normal, m.normal),
                    m.entity,
                    m.wikidata,
                )
                for m in found.mentions
            ]
            occupations += [
                Occupation(
                    o.person + base,
                    None if o.title is None else o.title + base,
                    None if o.org is None else o.org + base,
                    None if o.sentence is None else (o.sentence[0] + start, o.sentence[1] + start),
                )
                for o in found.occupations
            ]
        people += found.people
        countries += found.countries
        if told is not None:
            told(done, len(bounds))
    entity_of, entities, mentions = settle_entities(text, mentions, people, countries, resources)
    # what only the windows and the settling read goes now, not when the document is done:
    # a text of millions of characters has hundreds of MB of it (evidence, mentions)
    del people, countries
    written = article.text
    final = tuple(settled(m, entity_of[m.id], as_written(m, written), m.wikidata) for m in mentions)
    del mentions
    occupations = at_nearest_mentions(occupations, final, written)
    fact_inputs = FactInputs(
        text,
        final,
        entities,
        occupations,
        resources.gazetteer,
        resources.country_adjectives,
        resources.morph,
        resources.known.people,
    )
    consolidated = occupation_facts(fact_inputs)
    occupations = placed_by_facts(occupations, consolidated.facts, final, entities, resources.morph)
    # the places the rest of the document gives are the facts' alone, never a link's
    consolidated = placed_in_document(fact_inputs, consolidated)
    reader = PostReader(resources.morph, resources.titles, resources.known.titles)
    consolidated = one_post_facts(consolidated, entities, reader)
    linked = link_entities(
        with_titles(entities, consolidated),
        final,
        resources.gazetteer,
        resources.known,
        patronymic_judge(resources.morph),
    )
    final = tuple(settled(m, m.entity, m.text, linked[m.entity].wikidata) for m in final)
    return Document(
        article.doc_id,
        article.source,
        written,
        final,
        linked,
        tuple(occupations),
        consolidated.facts,
    )


def settled(mention: Mention, entity: int, text: str, wikidata: str | None) -> Mention:
    """The mention with its entity, text as written and QID: `replace` without its checks
    of every field, which cost twice the making of the mention (twice for every mention)."""
    m = mention
    return Mention(m.id, m.start, m.end, text, m.type, m.normal, entity, wikidata)


def as_written(mention: Mention, written: str) -> str:
    """The mention's text as written: its own string when the stages read it unchanged
    (shared with its equals), else a slice of `written`."""
    text = written[mention.start : mention.end]
    return mention.text if text == mention.text else text


def settle_entities(
    text: Text,
    mentions: list[Mention],
    people: list[PersonEvidence | None],
    countries: list[CountryEvidence],
    resources: Resources,
) -> tuple[list[int], list[Entity], list[Mention]]:
    """The document's entities, and its mentions with their final normal forms.

    A mention's `normal` is decided by one chain, each step refining the one before:
    1. `normalize.mentions.normalize` (in `process_window`): the nominative its own words
       and their neighbours give ("Бэллу Черкесову": Бэлла Черкесова);
    2. `entities.resolve.named_by`: the name of the gazetteer entry it is a case form of,
       with the entry's type ("Большим театром": Большой театр; the place "ЕС" an ORG);
       then `normalize.place_names.settle_place_names`: an unknown word naming an
       organisation or place takes the nominative most of its forms in the document fit;
    3. `normalize.persons.settle_person_names`: one reading of a person's name across the
       mentions a first grouping ties to them, gender and case decided by the document;
    4. `normalize.persons.name_families`: a surname in the plural beside a person of that
       name is the family ("Скрипалей": Скрипали).
    The mentions are then grouped into entities for good on their final normal forms.
    """
    resolved = resolve(resources.gazetteer, mentions, countries)
    mentions = [
        named_by(resources.gazetteer, m, entry) for m, entry in zip(mentions, resolved, strict=True)
    ]
    mentions = settle_place_names(mentions, resolved, resources.morph)
    distinct: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple for a name's mentions
    readings = {
        i: distinct.setdefault(found, found)
        for i, evidence in enumerate(people)
        if evidence and (found := evidence.forms.readings())
    }
    bodies = {
        i: (without_first_word(m).normal, c.qualifier)
        for i, (m, c) in enumerate(zip(mentions, countries, strict=True))
        if c.leading
    }
    generic = shared_names(resources.gazetteer, mentions)
    patronymic = patronymic_judge(resources.morph)
    provisional = entity_ids(
        mentions,
        text,
        resolved,
        readings,
        bodies,
        resources.diminutives,
        generic,
        resources.known.titles,
        patronymic,
    )
    mentions = name_families(
        settle_person_names(mentions, provisional, people), resources.morph, people
    )
    entity_of, entities = group(
        mentions,
        text,
        resolved,
        bodies=bodies,
        diminutives=resources.diminutives,
        generic=generic,
        titles=resources.known.titles,
        patronymic=patronymic,
    )
    return entity_of, entities, mentions


def process_window(text: str, resources: Resources) -> Window:
    """Stages 1-3 and the occupation links over one window of text; the lone titles the
    filter finds unlikely are dropped once the links are known."""
    made = ahead.get()
    early = made.pop(text, None) if made else None
    if early is None:
        analysis = analyse(text, resources.morph)
        found = find_named_entities(analysis, resources.ner)
    else:
        analysis, found = early
    found = repair_spans(
        analysis,
        found,
        resources.morph,
        resources.gazetteer,
        country_adjectives=resources.country_adjectives,
    )
    named = separate_titles_from_names(analysis, found, resources.titles, resources.morph)
    named = with_honoured_names(text, analysis.tokens, named)
    titles = find_titles(analysis, named, resources.titles, resources.morph)
    bodies = (
        *bodies_in_titles(titles, named, resources.titles),
        *bodies_after_verbs(analysis.tokens, named, titles, resources.titles, resources.morph),
    )
    with_places = tuple(place_qualified(text, named, resources.gazetteer, resources.morph))
    qualified = (
        *with_places,
        *known_wholes(text, named, resources.gazetteer),
        *organ_wholes(text, named, resources.gazetteer),
        *unit_wholes(text, analysis.tokens, named, with_places),
    )
    spans = sorted(
        (*without_units(text, named), *titles, *bodies, *qualified),
        key=lambda s: (s.start, -s.end, s.type),
    )
    person_forms = person_forms_of(text, spans, resources.morph)
    normals = normalize(text, spans, resources.morph, person_forms)
    people = tuple(
        None if forms is None else PersonEvidence(forms, cue)
        for forms, cue in zip(
            person_forms, grammar_cues(text, analysis.tokens, spans, resources.morph), strict=True
        )
    )
    people = with_list_cases(text, spans, people)
    mentions = tuple(
        Mention(i, s.start, s.end, text[s.start : s.end], s.type, normal, -1)
        for i, (s, normal) in enumerate(zip(spans, normals, strict=True))
    )
    heads = {
        m.id: resources.titles.head(s.tokens)
        for m, s in zip(mentions, spans, strict=True)
        if m.type == "TITLE"
    }
    genders = mention_genders(mentions, people, resources.morph)
    forms = {
        m.id: with_subject_case(
            with_womans_cases(
                mention_form([t.text for t in s.tokens], resources.morph, person=m.type == "PER"),
                None if cue_gender(people[m.id]) == "masc" else person_forms[m.id],
            ),
            people[m.id],
        )
        for m, s in zip(mentions, spans, strict=True)
        if m.type in ("PER", "TITLE")
    }
    adjective_places = AdjectivePlaces(
        text,
        mentions,
        resources.gazetteer,
        resources.country_adjectives,
        resources.morph,
        resources.place_adjectives,
    )
    occupations = link_occupations(
        LinkInputs(
            text,
            analysis.sentences,
            mentions,
            lambda m: heads[m.id],
            forms.__getitem__,
            genders,
            resources.morph,
            lambda m: bool(country_named(resources.gazetteer, m)),
            lambda m: adjective_places.of(m) is not None,
        ),
        resources.links,
        resources.workplace_model,
    )
    lone = lone_titles(analysis.sentences, mentions, spans, occupations, resources.morph)
    dropped = dropped_titles(lone, resources.title_filter)
    # a title's body stays as the workplace of a link only: "сотрудники полиции" is no one's
    dropped |= unused_bodies(mentions, spans, bodies, occupations)
    if dropped:
        kept, links, old = without_mentions(mentions, occupations, dropped)
        mentions, occupations = tuple(kept), tuple(links)
        people = tuple(people[i] for i in old)
    # a country's adjective where it is a post's workplace ("британский премьер"): a mention
    placed, links, was = with_adjective_places(
        text,
        mentions,
        occupations,
        resources.gazetteer,
        resources.country_adjectives,
        resources.morph,
        resources.place_adjectives,
    )
    if len(placed) > len(mentions):
        mentions, occupations = tuple(placed), tuple(links)
        people = tuple(None if i is None else people[i] for i in was)
    countries = country_evidence(
        analysis,
        mentions,
        resources.gazetteer,
        resources.country_adjectives,
        resources.place_adjectives,
    )
    return Window(mentions, occupations, people, countries)


def unused_bodies(
    mentions: Sequence[Mention],
    spans: Sequence[Span],
    bodies: Sequence[Span],
    occupations: Sequence[Occupation],
) -> set[int]:
    """The ids of the bodies named in titles that no link takes as its workplace."""
    if not bodies:
        return set()
    workplaces = {o.org for o in occupations}
    found = set(bodies)
    return {
        m.id
        for m, span in zip(mentions, spans, strict=True)
        if span in found and m.id not in workplaces
    }


def windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive windows covering `text`, cut after a line break if any,
    else after a sentence end or a space."""
    bounds, start = [], 0
    while len(text) - start > size:
        limit = start + size
        cut = max(text.rfind("\n", start, limit), text.rfind(". ", start, limit) + 1)
        if cut <= start:
            cut = text.rfind(" ", start, limit)
        cut = cut + 1 if cut > start else limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def with_titles(entities: list[Entity], consolidated: Consolidated) -> tuple[Entity, ...]:
    """Entities, each person listing the posts of its facts, then its posts with no place."""
    titles: dict[int, list[str]] = {}
    held_posts = [(fact.person, fact.title) for fact in consolidated.facts if fact.title]
    for person, post in (*held_posts, *consolidated.unplaced):
        held = titles.setdefault(person, [])
        if post not in held:
            held.append(post)
    posts = [tuple(titles.get(e.id, ())) for e in entities]
    # most entities hold no post: they stay as they are, spared a `replace` (4 µs each)
    return tuple(
        e if e.titles == held else replace(e, titles=held)
        for e, held in zip(entities, posts, strict=True)
    )


def process_item(item: Article | Failure, resources: Resources) -> Document | Failure:
    """One input through every stage; a failure to read or process becomes a Failure."""
    if isinstance(item, Failure):
        return item
    try:
        return process_article(item, resources)
    except Exception as error:  # one bad document must not end the batch
        return Failure(
            item.source, f"processing failed: {error!r}", line=item.line, doc_id=item.doc_id
        )
