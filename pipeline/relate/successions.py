"""Who held a post before its new holder, or holds it after: "стал мэром Харькова, сменив на
этом посту Михаила Добкина", "назначен министром вместо Алмаза Закиева", "На посту
генерального директора Apple его сменит Тим Кук". The name after "сменить" or "вместо" holds
the title named before it in the sentence, as the annotators of NEREL read it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.records import Mention
from pipeline.relate.link_text import LinkText, Sentences

Pair = tuple[Mention, Mention]  # (title, person)

# the words right before the name: "сменив на этом посту", "сменит", "вместо ушедшего в
# отставку", "заменит на посту"; at most three words (an age, an adjective) between
SUCCESSION = re.compile(
    r"(?:\b(?:с|за)мени\w*(?:\s+на\s+(?:этом\s+|его\s+|её\s+|ее\s+|своём\s+|своем\s+)?посту)?"
    r"|\bвместо)(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)
# "заменил Иванова" of a player is no succession: "заменить" needs "на посту"
SUBSTITUTION = re.compile(r"\bзамени\w*\s+(?!на\s)", re.IGNORECASE)


def succession_holders(pairs: Sequence[Pair], split: Sentences, linking: LinkText) -> list[Pair]:
    """(title, person) for each name a succession names after a title of its sentence: the
    title linked to the new holder, or named "на посту" before the verb."""
    linked = {title.id for title, _ in pairs}
    known = {(title.id, person.id) for title, person in pairs}  # a long text has thousands
    out = []
    for sentence, items in zip(split.sentences, split.items, strict=True):
        for index, person in enumerate(items):
            if person.type != "PER":
                continue
            before = items[:index]
            start = before[-1].end if before else sentence.start
            cue = SUCCESSION.search(linking.text[start : person.start])
            if cue is None or SUBSTITUTION.match(cue.group()):
                continue
            title = next((m for m in reversed(before) if m.type == "TITLE"), None)
            if title is None or title.id not in linked and not on_post(title, linking):
                continue
            if linking.can_hold(title, person) and (title.id, person.id) not in known:
                out.append((title, person))
    return out


def on_post(title: Mention, linking: LinkText) -> bool:
    """ "на посту генерального директора": the post itself, not someone's title."""
    return bool(re.search(r"\bпосту?\s+$", linking.text[max(0, title.start - 12) : title.start]))
