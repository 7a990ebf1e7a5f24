"""Stage 2c: who holds which title, at which organisation.

First the patterns of one sentence (`patterns.py`, `predicates.py`), then a pronoun or a
bare title that refers back to an earlier person ("Сейчас он работает спецпредставителем",
"Госсоветник также рассказал") or a clause with no subject that goes on about the person
before ("Работала прокурором", `anaphora.py`), then the learned linker (`linker.py`) for
the titles left, then a title a predicate states of a linked title ("будущий премьер-министр
работала адвокатом", `title_subjects.py`).
Links are per mention, as the text makes them: a person named three times as "президент"
is linked three times. Where each is held is read off its sentence (`workplaces.py`); a
verb may state where someone works with no title at all ("Миллер возглавляет Газпром",
`untitled.py`): a link whose title is None.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from pipeline.records import Mention, Occupation, Sentence
from pipeline.relate.anaphora import subjectless_holders, verb_subjects
from pipeline.relate.conjuncts import conjunct_workplaces
from pipeline.relate.link_text import (
    LinkText,
    Sentences,
    outermost,
    tokens_by_start,
    word_starts,
)
from pipeline.relate.linker import NO_MODEL, LinkModel, model_links
from pipeline.relate.patterns import Pair, link_sentence
from pipeline.relate.possessors import possessed_workplaces
from pipeline.relate.predicates import pronoun_partner
from pipeline.relate.successions import succession_holders, successors
from pipeline.relate.title_subjects import title_subject_holders
from pipeline.relate.untitled import untitled_workplaces
from pipeline.relate.workplace_linker import learned_workplaces
from pipeline.relate.workplaces import workplaces
from pipeline.text.inflect import MentionForm
from pipeline.text.keys import CYRILLIC
from pipeline.text.morphology import Morphology


def is_bare_nominative(title: Mention) -> bool:
    """A one-title mention written as its own normal form: "министр", "Госсоветник"."""
    return (
        title.text.lower() == title.normal.lower()
        and title.end - title.start == len(title.text)
        and " " not in title.text.strip()
    )


@dataclass(frozen=True, slots=True)
class PatternLinks:
    """What the patterns found in a text, and what they read to find it."""

    linking: LinkText
    top: list[Mention]
    split: Sentences
    pairs: list[Pair]


def no_country(place: Mention) -> bool:
    """Without a gazetteer, no place is known to be a country."""
    return False


@dataclass(frozen=True, slots=True)
class LinkInputs:
    """What occupation linking reads of one window of text."""

    text: str
    sentences: Sequence[Sentence]
    mentions: Sequence[Mention]
    title_key: Callable[[Mention], str]  # a title's lexicon head ("министр")
    form_of: Callable[[int], MentionForm]  # by mention id: cases and number
    gender_of: Mapping[int, str]  # by mention id, where the text or the name says it
    morph: Morphology
    is_country: Callable[[Mention], bool] = no_country  # a place that is a country ("РК")
    # a title whose workplace a country's (region's, city's) adjective names: "португальский
    # парламентарий" (`adjective_places.country_adjective`)
    named_by_adjective: Callable[[Mention], bool] = no_country


def pattern_links(inputs: LinkInputs) -> PatternLinks:
    """The (title, person) pairs the patterns of each sentence and the references back give."""
    mentions = inputs.mentions
    token_at = tokens_by_start(inputs.sentences)
    linking = LinkText(
        inputs.text,
        sorted((m for m in mentions if m.type in ("ORG", "LOC")), key=lambda m: (m.start, m.id)),
        [s.start for s in inputs.sentences],
        token_at,
        inputs.form_of,
        inputs.gender_of,
        inputs.title_key,
        inputs.morph,
        word_starts(inputs.text, token_at),
    )
    top = outermost(mentions)
    split = Sentences(inputs.sentences, top)
    pairs = pairs_in_sentences(split, linking)
    pairs.extend(inner_title_holders(mentions, top, linking))
    pairs.extend(succession_holders(pairs, split, linking))
    pairs.extend(successors(pairs, split, linking))
    pairs.extend(back_references(top, pairs, split, linking))
    pairs.extend(subjectless_holders(pairs, split, linking))
    return PatternLinks(linking, top, split, pairs)


def link_occupations(
    inputs: LinkInputs,
    model: LinkModel = NO_MODEL,
    workplace_model: LinkModel = NO_MODEL,
) -> tuple[Occupation, ...]:
    """Person–title(–organisation) links of a document, in the order of the titles:
    the patterns' first, then the learned model's for the titles left, then those a predicate
    states of a linked title (`title_subjects.py`); each placed by the
    rules (`workplaces.py`), else by a possessive's organisation of the sentence before
    (`possessors.py`), else by the learned workplace model (`workplace_linker.py`), not
    over a country's adjective before the post, which `adjective_places.py` reads later;
    then, with no title, the rest of a list of organisations a post names (`conjuncts.py`)
    and the person–organisation links a verb states (`untitled.py`)."""
    found = pattern_links(inputs)
    pairs = [*found.pairs, *model_links(found.top, found.pairs, found.split, found.linking, model)]
    pairs.extend(title_subject_holders(pairs, found.split, found.linking))
    kept = without_lone_plural_holders(pairs, found.linking)
    pairs = [*kept, *governed_holders(inputs.mentions, pairs, kept, found.linking)]
    pairs.sort(key=lambda pair: (pair[0].start, pair[1].start))
    placed = workplaces(pairs, found.linking)
    placed.update(possessed_workplaces(pairs, placed, found.split, found.linking))
    learned = learned_workplaces(
        pairs, placed, found.split, found.linking, inputs.is_country, workplace_model
    )
    # a country's adjective before the post says where it is held ("португальский
    # парламентарий Хуан Суареш, наблюдатель от ОБСЕ"): the model does not guess over it
    titles = {title.id: title for title, _ in pairs}
    placed.update(
        (key, org) for key, org in learned.items() if not inputs.named_by_adjective(titles[key[0]])
    )
    occupations = [
        Occupation(
            person.id,
            title.id,
            placed.get((title.id, person.id)),
            found.split.bounds_of(title.start),
        )
        for title, person in pairs
    ]
    # the rest of a list the post names ("директор «Росбанка» и «ВТБ-Капитала»"): as NEREL
    # has them, workplaces with no title of their own; the facts give them its post
    held = {(o.person, o.org) for o in occupations}
    for person, org in conjunct_workplaces(pairs, placed, found.linking, inputs.is_country):
        if (person.id, org.id) not in held:
            held.add((person.id, org.id))
            occupations.append(
                Occupation(person.id, None, org.id, found.split.bounds_of(org.start))
            )
    return (*occupations, *untitled(occupations, found, inputs.is_country))


def untitled(
    occupations: Sequence[Occupation], found: PatternLinks, is_country: Callable[[Mention], bool]
) -> list[Occupation]:
    """Who heads or works where with no title ("Миллер возглавляет Газпром", "Петров из
    «Спартака»"): links with no title mention, after the titled ones, where no title already
    places the person there."""
    placed = {(o.person, o.org) for o in occupations}
    people = [m for m in found.top if m.type == "PER"]
    bounds = [(s.start, s.end) for s in found.split.sentences]
    out = []
    for person, org in untitled_workplaces(
        people, bounds, found.linking, is_country, verb_subjects(found.split, found.linking)
    ):
        if (person.id, org.id) not in placed:
            placed.add((person.id, org.id))
            out.append(Occupation(person.id, None, org.id, found.split.bounds_of(org.start)))
    return out


# Words that make one person a member of a plural title: "один из адвокатов", "в числе
# генералов", "среди лучших", "наряду с другими художниками", "как и большинство
# боксёров", "как многие", "оба являются советниками".
MEMBERSHIP = frozenset(
    {"из", "среди", "число", "другой", "наряду", "большинство", "многие", "многий", "оба"}
)
MEMBERSHIP_REACH = 4  # words before the pair in which "один из" may stand


def without_lone_plural_holders(pairs: Sequence[Pair], linking: LinkText) -> list[Pair]:
    """Drop a plural title's link to a single person unless the text makes the person one
    of them: "Адвокаты Берлускони" are Berlusconi's lawyers, "один из адвокатов Петров"
    is one of them. A plural title linked to several persons (a list) keeps them all."""
    holders = Counter(title.id for title, _ in pairs)
    kept = []
    for title, person in pairs:
        if holders[title.id] == 1 and linking.is_plural(title):
            first, last = sorted((title, person), key=lambda m: m.start)
            before = linking.words(linking.sentence_start(first.start), first.start)
            words = before[-MEMBERSHIP_REACH:] + linking.words(first.end, last.start)
            if not any(word.lemma in MEMBERSHIP for word in words):
                continue
        kept.append((title, person))
    return kept


def governed_holders(
    mentions: Sequence[Mention], pairs: Sequence[Pair], kept: Sequence[Pair], linking: LinkText
) -> list[Pair]:
    """The name right after a plural title that is not one of them belongs to the title in
    the genitive that ends it: "представителей администрации президента США Барака Обамы",
    "помощники президента Владимира Путина" (Обама, Путин hold the president's post)."""
    linked = {title.id for title, _ in kept}
    staying = set(kept)
    dropped = [pair for pair in pairs if pair not in staying]
    out = []
    for outer, person in dropped:
        if person.start < outer.end or linking.gap(outer, person).strip():
            continue
        inner = min(
            (
                m
                for m in mentions
                if m.type == "TITLE" and m.end == outer.end and m.start > outer.start
            ),
            key=lambda m: m.start,
            default=None,
        )
        if (
            inner is not None
            and inner.id not in linked
            and not linking.is_plural(inner)
            and linking.agree_in(inner, person, "gent")
            and linking.can_hold(inner, person)
        ):
            linked.add(inner.id)
            out.append((inner, person))
    return out


def pairs_in_sentences(split: Sentences, linking: LinkText) -> list[Pair]:
    """The pairs each sentence's patterns give, and titles a pronoun ties to a person."""
    pairs: list[Pair] = []
    last_person: Mention | None = None
    for sentence, items in zip(split.sentences, split.items, strict=True):
        found = link_sentence(items, linking)
        linked = {title.id for title, _ in found}
        for index, title in enumerate(items):
            if title.type != "TITLE" or title.id in linked:
                continue
            earlier = [m for m in items[:index] if m.type == "PER"]
            start = earlier[-1].end if earlier else sentence.start
            previous = earlier[0] if earlier else last_person
            person = pronoun_partner(title, start, previous, linking)
            if person is not None and linking.can_hold(title, person):
                found.append((title, person))
        pairs.extend(found)
        last_person = next((m for m in items if m.type == "PER"), last_person)
    return pairs


def inner_title_holders(
    mentions: Sequence[Mention], top: Sequence[Mention], linking: LinkText
) -> list[Pair]:
    """ "советником президента России Дмитрия Медведева": a name in the genitive right
    after a title it cannot hold belongs to the title in the genitive that ends it.
    (After "пресс-секретаря Президента РФ", a genitive too, the name is the outer's.)"""
    out = []
    for outer, following in pairwise(top):
        if (
            outer.type != "TITLE"
            or following.type != "PER"
            or linking.gap(outer, following).strip()
            or linking.agree(outer, following)
        ):
            continue
        inner = [m for m in mentions if m.type == "TITLE" and m.end == outer.end]
        title = min(
            (m for m in inner if m.start > outer.start), key=lambda m: m.start, default=None
        )
        if title is None:
            continue
        if linking.agree_in(title, following, "gent") and linking.can_hold(title, following):
            out.append((title, following))
    return out


def back_references(
    top: Sequence[Mention], pairs: list[Pair], split: Sentences, linking: LinkText
) -> list[Pair]:
    """A bare title as a subject, in a sentence with no person: the last earlier holder.

    Only a title without a complement and in the nominative refers back ("Госсоветник
    также рассказал"); "визит Президента Казахстана" names someone else.
    """
    linked = {title.id for title, _ in pairs}
    holders = sorted(pairs, key=lambda pair: pair[0].start)
    out = []
    for title in top:
        if title.type != "TITLE" or title.id in linked or not is_bare_nominative(title):
            continue
        index = split.index_of(title.start)
        if index is None or any(m.type == "PER" for m in split.items[index]):
            continue
        key = linking.title_key(title)
        earlier = [
            person
            for held, person in holders
            if held.start < title.start and linking.title_key(held) == key
        ]
        if earlier and linking.can_hold(title, earlier[-1]):
            out.append((title, earlier[-1]))
    return out


def at_nearest_mentions(
    occupations: Sequence[Occupation], mentions: Sequence[Mention], text: str
) -> list[Occupation]:
    """A link to a person named outside the title's sentence moves to the mention of that
    person nearest before the title ("Борис Джонсон ... Джонсон заявил ... Премьер
    добавил": the second), the mention a reader ties it to, as FactRuEval's and NEREL's
    annotators do; a titled link to a name's gloss in parentheses, to the name it glosses.
    Mentions carry their entity and are indexed by id; a link inside its sentence is left
    as the text makes it (mentions in text order, as a document has them)."""
    named: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.type == "PER":
            named.setdefault(mention.entity, []).append(mention)
    glossed = glossed_names([m for m in mentions if m.type == "PER"], text)
    # not a Latin gloss: "Шейк Модибо Диарра (Cheick Modibo Diarra)" is tied to the name
    in_cyrillic = {
        entity: [m for m in of_entity if CYRILLIC.search(m.text)]
        for entity, of_entity in named.items()
    }
    moved = []
    for occupation in occupations:
        person, sentence = mentions[occupation.person], occupation.sentence
        if (
            occupation.title is None
            or sentence is not None
            and sentence[0] <= person.start < sentence[1]
        ):
            nearest = person
        else:
            title = mentions[occupation.title]
            nearest = (
                last_ending_by(in_cyrillic[person.entity], title.start)
                or last_ending_by(named[person.entity], title.start)
                or person
            )
        if occupation.title is not None:
            nearest = glossed.get(nearest.id, nearest)
        moved.append(replace(occupation, person=nearest.id))
    return moved


GLOSS_OPENS = re.compile(r"\s*\(\s*")
GLOSS_CLOSES = re.compile(r"\s*\)")
GLOSS_SPACE = 3  # characters read after a gloss for its closing parenthesis


def glossed_names(people: Sequence[Mention], text: str) -> dict[int, Mention]:
    """Each name in parentheses right after a name, by id, to the name it glosses:
    "Владимир Гройсман (Володимир Гройсман)", where the two may be two entities."""
    out = {}
    for name, gloss in pairwise(people):
        if GLOSS_OPENS.fullmatch(text[name.end : gloss.start]) and GLOSS_CLOSES.match(
            text[gloss.end : gloss.end + GLOSS_SPACE]
        ):
            out[gloss.id] = name
    return out


def last_ending_by(mentions: Sequence[Mention], offset: int) -> Mention | None:
    """The last of `mentions` (in text order) that ends by `offset`: found by bisection
    and read back only past those that start before the offset and end after it, as a
    long document names one person thousands of times."""
    index = bisect_left(mentions, offset, key=lambda m: m.start)
    while index:
        index -= 1
        if mentions[index].end <= offset:
            return mentions[index]
    return None
