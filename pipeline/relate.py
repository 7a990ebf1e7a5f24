"""Stage 2c: who holds which title, at which organisation.

Patterns, each within a sentence unless said otherwise:
  title before the name        "министр культуры и информации РК Аида Балаева"
  a plural title, coordinated  "Президенты Касым-Жомарт Токаев и Владимир Путин"
  titles chained by a dash     "заместитель руководителя ... – пресс-секретарь ... Дмитрий Песков"
  apposition after the name    "Аида Балаева, министр культуры", "Песков – пресс-секретарь"
  a predicate between them     "Иванов назначен министром", "министром назначен Иванов"
  a bare title referring back  "Госсоветник также рассказал": the last person earlier in the
                               document who holds that title
The organisation is the first organisation (else place) inside the title or right after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .inflect import MentionForm
from .records import Mention, Occupation, Sentence

BEFORE_NAME_GAP = re.compile(r"^[\s«»\"„“”]*$")
COORDINATION_GAP = re.compile(r"^\s*(?:,|и)\s*$")
CHAIN_GAP = re.compile(r"^\s*[,–—-]\s*$")
APPOSITION_GAP = re.compile(r"^\s*(?:,|[–—-]|\()\s*$")
PREDICATES = frozenset(
    {
        "быть",
        "назначить",
        "избрать",
        "переизбрать",
        "стать",
        "являться",
        "работать",
        "занимать",
        "служить",
        "утвердить",
        "назначаться",
        "избираться",
        "становиться",
    }
)
POST_NOUNS = frozenset({"пост", "должность", "позиция"})
PRONOUNS = frozenset({"он", "она"})
MAX_PREDICATE_GAP = 12


@dataclass(frozen=True, slots=True)
class Context:
    """What the linking rules read: the text, the words' lemmas, the mentions' forms."""

    text: str
    lemma_at: Callable[[int], str | None]
    form_of: Callable[[int], MentionForm]

    def gap(self, left: Mention, right: Mention) -> str:
        return self.text[left.end : right.start]

    def is_instrumental(self, title: Mention) -> bool:
        return "ablt" in self.form_of(title.id).cases

    def agree(self, title: Mention, person: Mention) -> bool:
        """An appositive title and name share a case: not "представитель фонда Анны Франк"."""
        return bool(self.form_of(title.id).cases & self.form_of(person.id).cases)

    def is_plural(self, title: Mention) -> bool:
        return self.form_of(title.id).plural


def outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions not inside another mention, in text order."""
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and mention.end <= out[-1].end:
            continue
        out.append(mention)
    return out


def is_bare_nominative(title: Mention) -> bool:
    """A one-title mention written as its own normal form: "министр", "Госсоветник"."""
    return (
        title.text.lower() == title.normal.lower()
        and title.end - title.start == len(title.text)
        and " " not in title.text.strip()
    )


def organisation_of(title: Mention, mentions: Sequence[Mention], text: str) -> int | None:
    """The organisation (else place) inside the title, or right after it."""
    inside = [
        m
        for m in mentions
        if m.type in ("ORG", "LOC") and title.start <= m.start and m.end <= title.end
    ]
    for kind in ("ORG", "LOC"):
        for mention in inside:
            if mention.type == kind:
                return mention.id
    after = [
        m
        for m in mentions
        if m.type in ("ORG", "LOC")
        and m.start >= title.end
        and not text[title.end : m.start].strip()
    ]
    return min(after, key=lambda m: m.start).id if after else None


def link_sentence(items: list[Mention], context: Context) -> list[tuple[Mention, Mention]]:
    """(title, person) pairs found inside one sentence's outermost mentions."""
    pairs: list[tuple[Mention, Mention]] = []
    linked_titles: set[int] = set()

    def add(title: Mention, person: Mention) -> None:
        if (title, person) not in pairs:
            pairs.append((title, person))
            linked_titles.add(title.id)

    for i, item in enumerate(items):
        if item.type != "TITLE":
            continue
        # titles in a row before a name all belong to it: "командующий ... генерал Иванов"
        j = i + 1
        while (
            j < len(items)
            and items[j].type == "TITLE"
            and BEFORE_NAME_GAP.match(context.gap(items[j - 1], items[j]))
        ):
            j += 1
        following = items[j] if j < len(items) else None
        if (
            following
            and following.type == "PER"
            and BEFORE_NAME_GAP.match(context.gap(items[j - 1], following))
            and context.agree(item, following)
        ):
            add(item, following)
            if context.is_plural(item):
                while (
                    j + 1 < len(items)
                    and items[j + 1].type == "PER"
                    and COORDINATION_GAP.match(context.gap(items[j], items[j + 1]))
                ):
                    add(item, items[j + 1])
                    j += 1
    # titles chained by dashes share the person of the last one
    for i in range(len(items) - 2, -1, -1):
        left, right = items[i], items[i + 1]
        if left.type == right.type == "TITLE" and CHAIN_GAP.match(context.gap(left, right)):
            for title, person in list(pairs):
                if title == right:
                    add(left, person)
    for i, item in enumerate(items):
        if item.type != "TITLE" or item.id in linked_titles or i == 0:
            continue
        previous = items[i - 1]
        if (
            previous.type == "PER"
            and not context.is_plural(item)
            and APPOSITION_GAP.match(context.gap(previous, item))
        ):
            add(item, previous)
    for i, item in enumerate(items):
        if item.type != "TITLE" or item.id in linked_titles:
            continue
        person = predicate_partner(items, i, context)
        if person is not None:
            add(item, person)
    return pairs


def words_between(context: Context, left: int, right: int) -> list[str | None]:
    """Lemmas of the words between two offsets."""
    return [
        context.lemma_at(left + match.start())
        for match in re.finditer(r"\w+", context.text[left:right])
    ]


def is_predicative(title: Mention, lemmas: list[str | None], context: Context) -> bool:
    """A copular or appointing verb with the title in the instrumental ("назначен министром"),
    or a post noun before it ("занимает пост министра")."""
    if not lemmas or len(lemmas) > MAX_PREDICATE_GAP:
        return False
    if lemmas[-1] in POST_NOUNS:
        return True
    return bool(set(lemmas) & PREDICATES) and context.is_instrumental(title)


def predicate_partner(items: list[Mention], index: int, context: Context) -> Mention | None:
    """The person a predicate ties to the title at `index`: "X назначен министром"."""
    title = items[index]
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(items) and items[j].type in ("ORG", "LOC", "TITLE"):
            j += step
        if not 0 <= j < len(items) or items[j].type != "PER":
            continue
        person = items[j]
        if step < 0:
            lemmas = words_between(context, person.end, title.start)
            # "X ..., до этого он был прокурором": the pronoun's rule decides
            found = not PRONOUNS & set(lemmas) and is_predicative(title, lemmas, context)
        else:  # "министром назначен Иванов"
            lemmas = words_between(context, title.end, person.start)
            found = (
                len(lemmas) <= MAX_PREDICATE_GAP
                and bool(set(lemmas) & PREDICATES)
                and context.is_instrumental(title)
            )
        if found:
            return person
    return None


def pronoun_partner(
    title: Mention, start: int, previous_person: Mention | None, context: Context
) -> Mention | None:
    """ "Сейчас он работает спецпредставителем": the last person named before the pronoun."""
    if previous_person is None:
        return None
    lemmas = words_between(context, start, title.start)
    if not PRONOUNS & set(lemmas):
        return None
    tail = lemmas[lemmas.index(next(w for w in lemmas if w in PRONOUNS)) + 1 :]
    return previous_person if is_predicative(title, tail, context) else None


class Sentences:
    """The sentences of a text, and which one an offset falls in (by bisection)."""

    def __init__(self, sentences: Sequence[Sentence], top: Sequence[Mention]) -> None:
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.items: list[list[Mention]] = [[] for _ in sentences]
        for mention in top:
            index = self.index_of(mention.start)
            if index is not None:
                self.items[index].append(mention)

    def index_of(self, offset: int) -> int | None:
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return index
        return None

    def bounds_of(self, offset: int) -> tuple[int, int] | None:
        index = self.index_of(offset)
        return None if index is None else (self.sentences[index].start, self.sentences[index].end)


def link_occupations(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    title_key: Callable[[Mention], str],
    lemma_at: Callable[[int], str | None],
    form_of: Callable[[int], MentionForm],
) -> tuple[Occupation, ...]:
    """Person–title(–organisation) links of a document, in the order of the titles."""
    context = Context(text, lemma_at, form_of)
    top = outermost(mentions)
    split = Sentences(sentences, top)
    pairs: list[tuple[Mention, Mention]] = []
    last_person: Mention | None = None
    for sentence, items in zip(sentences, split.items, strict=True):
        found = link_sentence(items, context)
        linked = {title.id for title, _ in found}
        for index, title in enumerate(items):
            if title.type != "TITLE" or title.id in linked:
                continue
            earlier = [m for m in items[:index] if m.type == "PER"]
            start = earlier[-1].end if earlier else sentence.start
            previous = earlier[0] if earlier else last_person
            person = pronoun_partner(title, start, previous, context)
            if person is not None:
                found.append((title, person))
        pairs.extend(found)
        last_person = next((m for m in items if m.type == "PER"), last_person)
    pairs.extend(back_references(top, pairs, split, title_key))
    pairs.sort(key=lambda pair: (pair[0].start, pair[1].start))
    return tuple(
        Occupation(
            person.id,
            title.id,
            organisation_of(title, mentions, text),
            split.bounds_of(title.start),
        )
        for title, person in pairs
    )


def back_references(
    top: Sequence[Mention],
    pairs: list[tuple[Mention, Mention]],
    split: Sentences,
    title_key: Callable[[Mention], str],
) -> list[tuple[Mention, Mention]]:
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
        key = title_key(title)
        earlier = [
            person
            for held, person in holders
            if held.start < title.start and title_key(held) == key
        ]
        if earlier:
            out.append((title, earlier[-1]))
    return out
