"""A title as the subject of a predicate that states another title: the holder of the
first holds the second.

  "Тогда будущий премьер-министр работала адвокатом"
  "Новый топ-менеджер занял пост гендиректора"
  "Будущий дирижёр вступил в оркестр в качестве виолончелиста"

The subject title is linked already (by the patterns or the learned linker); the predicate
title, left unlinked, is read off the words between them as `predicates.is_predicative`
reads a name's predicate, in one clause (no comma, no name between them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.records import Mention
from pipeline.relate.link_text import LinkText, Sentences
from pipeline.relate.patterns import Pair
from pipeline.relate.predicates import is_adjective, is_predicative


def title_subject_holders(pairs: Sequence[Pair], split: Sentences, linking: LinkText) -> list[Pair]:
    """(title, person) for each unlinked title that a predicate states of a title before
    it in its clause, in the nominative, that one person holds."""
    holders: dict[int, list[Pair]] = {}
    for title, person in pairs:
        holders.setdefault(title.id, []).append((title, person))
    out = []
    for items in split.items:
        for index, title in enumerate(items):
            if title.type != "TITLE" or title.id in holders:
                continue
            subject = subject_title(items[:index], holders, linking)
            if subject is None:
                continue
            (_, person), *others = holders[subject.id]
            words = linking.words(subject.end, title.start)
            if (
                not others
                and "," not in linking.gap(subject, title)
                and is_predicative(title, words, linking)
                and linking.can_hold(title, person)
            ):
                out.append((title, person))
    return out


def subject_title(
    before: Sequence[Mention], holders: Mapping[int, list[Pair]], linking: LinkText
) -> Mention | None:
    """The title nearest before in the clause, past organisations and places, if it is
    linked, a nominative singular and more than a bare noun ("будущий премьер-министр";
    not "Композитор был почётным доктором", a profession more than a post referred to)."""
    for mention in reversed(before):
        if mention.type in ("ORG", "LOC"):
            continue
        if (
            mention.type == "TITLE"
            and mention.id in holders
            and is_modified(mention, linking)
            and "nomn" in linking.cases(mention)
            and not linking.may_be_plural(mention)
        ):
            return mention
        return None
    return None


def is_modified(title: Mention, linking: LinkText) -> bool:
    """Whether a title has more words than its noun, or an adjective the span left out
    before it: "будущий дирижёр", "новый топ-менеджер"."""
    if " " in title.text.strip():
        return True
    before = linking.words(linking.sentence_start(title.start), title.start)[-1:]
    return bool(before) and is_adjective(before[0])
