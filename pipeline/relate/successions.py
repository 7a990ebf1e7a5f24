"""Who held a post before its new holder, or holds it after: "стал мэром Харькова, сменив на
этом посту Михаила Добкина", "назначен министром вместо Алмаза Закиева", "На посту
генерального директора Apple его сменит Тим Кук". The name after "сменить" or "вместо" holds
the title named before it in the sentence, as the annotators of NEREL read it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.records import Mention
from pipeline.relate.link_text import LinkText, Sentences

Pair = tuple[Mention, Mention]  # (title, person)

# the words right before the name: "сменив на этом посту", "сменит", "вместо ушедшего в
# отставку", "заменит на посту", "его место занял", "на этот пост был назначен"; at most
# three words (an age, an adjective) between
SUCCESSION = re.compile(
    r"(?:\b(?:с|за)мени\w*(?:\s+на\s+(?:этом\s+|его\s+|её\s+|ее\s+|своём\s+|своем\s+)?посту)?"
    r"|\bвместо"
    r"|\b(?:его|её|ее|этот)\s+(?:место|пост|кресло)\s+занял\w*"
    r"|\bна\s+(?:его|её|ее|этот)\s+(?:место|пост|должность)\s+(?:был\s+|была\s+)?"
    r"(?:назначен|избран)\w*)(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)
# "сменил на посту" right before a title: its subject holds the title now
SUCCEEDING = re.compile(r"(?P<verb>\b(?:с|за)мени\w*)\s+на\s+(?:этом\s+)?посту\s+$", re.IGNORECASE)
# the participle follows its noun after a comma: "Бахтадзе, сменившему на посту"
PARTICIPLE_ENDINGS = ("ший", "шего", "шему", "шим", "шая", "шей", "шую")
MAX_SUBJECT_WORDS = 6
# "Рауль Кастро, который в 2008 году сменил"
RELATIVE_CLAUSE = re.compile(r"\s*,\s*котор(?:ый|ая)\b[^,]*", re.IGNORECASE)
# "заменил Иванова" of a player is no succession: "заменить" needs "на посту"
SUBSTITUTION = re.compile(r"\bзамени\w*\s+(?!на\s)", re.IGNORECASE)


def succession_holders(pairs: Sequence[Pair], split: Sentences, linking: LinkText) -> list[Pair]:
    """(title, person) for each name a succession names after a title of its sentence: the
    title linked to the new holder, or named "на посту" before the verb."""
    linked = {title.id for title, _ in pairs}
    known = {(title.id, person.id) for title, person in pairs}  # a long text has thousands
    out = []
    for person, before, start in with_mentions_before(split, "PER"):
        cue = SUCCESSION.search(linking.text[start : person.start])
        if cue is None or SUBSTITUTION.match(cue.group()):
            continue
        title = next((m for m in reversed(before) if m.type == "TITLE"), None)
        if title is None or title.id not in linked and not on_post(title, linking):
            continue
        if linking.can_hold(title, person) and (title.id, person.id) not in known:
            out.append((title, person))
    return out


def successors(pairs: Sequence[Pair], split: Sentences, linking: LinkText) -> list[Pair]:
    """(title, person) for the subject of "сменить на посту" before the title: "Джина Хаспел
    сменила на посту главы ЦРУ Майка Помпео", "Рауль Кастро, который в 2008 году сменил на
    посту главы государства своего брата", "Мамуке Бахтадзе, сменившему на посту
    премьер-министра ... Георгия Квирикашвили": the post is the new holder's too."""
    known = {(title.id, person.id) for title, person in pairs}
    out = []
    for title, before, start in with_mentions_before(split, "TITLE"):
        cue = SUCCEEDING.search(linking.text[start : title.start])
        person = before[-1] if before else None
        if cue is None or person is None or person.type != "PER":
            continue
        if (
            is_subject_of(person, cue.group("verb"), start + cue.start(), linking)
            and linking.can_hold(title, person)
            and (title.id, person.id) not in known
        ):
            out.append((title, person))
    return out


def is_subject_of(person: Mention, verb: str, end: int, linking: LinkText) -> bool:
    """Whether the name is the subject of the verb that starts at `end`: a nominative a few
    words before it, with no comma between but one opening "который", or the noun right
    before a participle after a comma; not "Как сказал Иван Петров, вскоре сменит"."""
    gap = linking.text[person.end : end]
    if verb.lower().endswith(PARTICIPLE_ENDINGS):
        return gap.strip() == ","
    return (
        len(linking.words(person.end, end)) <= MAX_SUBJECT_WORDS
        and "nomn" in linking.cases(person)
        and ("," not in gap or RELATIVE_CLAUSE.fullmatch(gap) is not None)
    )


def with_mentions_before(
    split: Sentences, kind: str
) -> Iterator[tuple[Mention, list[Mention], int]]:
    """Each mention of `kind`, the mentions before it in its sentence, and the offset after
    the last of them (or the sentence's start)."""
    for sentence, items in zip(split.sentences, split.items, strict=True):
        for index, mention in enumerate(items):
            if mention.type == kind:
                before = items[:index]
                yield mention, before, before[-1].end if before else sentence.start


def on_post(title: Mention, linking: LinkText) -> bool:
    """ "на посту генерального директора": the post itself, not someone's title."""
    return bool(re.search(r"\bпосту?\s+$", linking.text[max(0, title.start - 12) : title.start]))
