"""Workplaces stated with no title: who heads or works in which organisation.

  heading an organisation or place  "Алексей Миллер возглавляет Газпром", "Кокрел, который
                                    возглавлял городской совет Детройта", "руководил ЮКОСом"
  working in an organisation        "Грин начал работать в HSBC", "Зельдин работал в
                                    Центральном театре Российской Армии"
  an organisation after the name    "Сергей Петров из «Спартака»", "Иван Петров (ТАСС)"
The holder of a verb is the name before it in its sentence, with no other name between: the
subject of the verb ("Миллер возглавляет"), or the name a participle or "который" follows
("Сагитова, возглавлявшего", "Кокрел, который возглавлял"). A place one works in ("работал
в Москве") is no workplace; "не работал" states none.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.records import Mention, Token
from pipeline.relate.link_text import LinkText
from pipeline.relate.workplaces import next_name, org_after_name

HEADING = frozenset({"возглавлять", "возглавить", "руководить"})
WORKING = frozenset({"работать", "проработать", "поработать", "трудиться", "служить"})
PHASES = frozenset({"начать", "продолжать", "продолжить", "стать"})  # "начал работать в HSBC"
IN = frozenset({"в", "во", "на"})
# what may stand between the verb and the organisation: "возглавлял нефтяную компанию ЮКОС"
MAX_DESCRIPTOR_WORDS = 2
# words between the holder and the verb: "Миллер с 2001 года возглавляет"
MAX_SUBJECT_GAP = 6
VERB_POS = frozenset({"VERB", "PRTF", "GRND", "INFN"})
DESCRIPTOR_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def untitled_workplaces(
    people: Sequence[Mention], sentences: Sequence[tuple[int, int]], linking: LinkText
) -> list[tuple[Mention, Mention]]:
    """(person, organisation) pairs stated with no title: by "из" or brackets after the
    name, by a verb of heading or working. `people` are the outermost person mentions, in
    text order."""
    found = [(person, name) for person in people if (name := org_after_name(person, linking))]
    for start, end in sentences:
        for verb in linking.words(start, end):
            if verb.lemma not in HEADING | WORKING or verb.pos not in VERB_POS:
                continue
            person = holder(verb, people, start, linking)
            name = None if person is None else workplace(verb, linking)
            if person is not None and name is not None:
                found.append((person, name))
    return found


def holder(verb: Token, people: Sequence[Mention], start: int, linking: LinkText) -> Mention | None:
    """The name the verb is said of: the last one before it in the sentence, nothing but
    modifiers, a comma and "который" between; not after "не"."""
    # a name after a preposition is no subject: "Кокрел, который при Килпатрике возглавлял"
    before = [
        p
        for p in people
        if start <= p.start and p.end <= verb.start and not after_preposition(p, start, linking)
    ]
    if not before:
        return None
    person = before[-1]
    words = linking.words(person.end, verb.start)
    if len(words) > MAX_SUBJECT_GAP or any(w.lemma == "не" for w in words[-1:]):
        return None
    # another verb between: "Иванов заявил, что возглавит ..." is someone's plan, not his
    # post; "начал работать" is
    if any(w.pos in VERB_POS and w.lemma not in HEADING | WORKING | PHASES for w in words):
        return None
    if verb.pos == "VERB" and not (
        "nomn" in linking.cases(person) or any(w.lemma == "который" for w in words)
    ):
        return None
    return person


def after_preposition(person: Mention, start: int, linking: LinkText) -> bool:
    words = linking.words(start, person.start)
    return bool(words) and words[-1].pos == "PREP"


def workplace(verb: Token, linking: LinkText) -> Mention | None:
    """The organisation right after the verb ("возглавляет Газпром", a place too:
    "возглавлял Чехию"), or after "в"/"на" for working ("работал в HSBC")."""
    name = next_name(linking, verb.end)
    if name is None:
        return None
    words = linking.words(verb.end, name.start)
    if verb.lemma in WORKING:
        if not words or words[0].lemma not in IN or name.type != "ORG":
            return None
        words = words[1:]
    if len(words) > MAX_DESCRIPTOR_WORDS or not all(
        w.text.islower() and w.pos in DESCRIPTOR_POS for w in words
    ):
        return None
    if any(c in linking.text[verb.end : name.start] for c in ",;:()–—"):
        return None
    return name
