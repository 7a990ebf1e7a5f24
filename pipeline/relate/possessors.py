"""The organisation a possessive before a title refers to, named in the sentence before.

"В компании Genentech Дэвид Эберсман проработал 15 лет. Ее финансовым директором он стал в
2006 году": "Ее" is the company's, so the post is held at Genentech; "Российский лейбл
«Геометрия» образован в 2001 году. Его основателем и директором стал Павел Кострикин".
The pronoun must agree with the organisation's noun ("Ее" with "компании", "Его" with
"лейбл", "Её" with "Службе общей разведки") and with no person of the two sentences:
"Анна Петрова переехала в США, где ... Её тренером стал" is hers, not an organisation's;
of two organisations of one gender before it, which is meant is not said. A title held for
a person ("его адвокат", `OF_A_PERSON`) takes none. The possessive inside one sentence is
`workplaces.possessive_antecedent`'s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.records import Mention, Token
from pipeline.relate.link_text import LinkText, Sentences, outermost, within
from pipeline.relate.patterns import Pair
from pipeline.relate.workplaces import OF_A_PERSON, POSSESSIVE_GENDERS
from pipeline.text.inflect import ADJECTIVE_POS

# what may stand between the possessive and the title: "Её новым главой", "Его основателем
# и директором"
MAX_BETWEEN = 3
JOINING = frozenset({"и", ","})
QUOTES = "«»\"'„“” "

Key = tuple[int, int]  # (title id, person id)


def possessed_workplaces(
    pairs: Sequence[Pair], placed: Mapping[Key, int], split: Sentences, linking: LinkText
) -> dict[Key, int]:
    """The organisation of the sentence before for each unplaced link whose title a
    possessive opens ("Ее финансовым директором он стал"), by (title id, person id)."""
    found = {}
    for title, person in pairs:
        if (title.id, person.id) in placed or OF_A_PERSON & set(linking.title_key(title).split()):
            continue
        org = possessor(title, split, linking)
        if org is not None:
            found[(title.id, person.id)] = org.id
    return found


def possessor(title: Mention, split: Sentences, linking: LinkText) -> Mention | None:
    """The one organisation of the sentence before that the possessive before the title
    agrees with, where no person and no other name may be meant."""
    index = split.index_of(title.start)
    if not index:
        return None
    sentence = split.sentences[index]
    found = possessive_before(title, sentence.start, linking)
    if found is None:
        return None
    gender, pronoun = found
    own = [m for m in split.items[index] if m.end <= pronoun.start]
    if any(m.type in ("PER", "ORG", "LOC") for m in own):
        return None  # "В России его глава", "Петров и его директор": theirs, or the rules'
    previous = split.sentences[index - 1]
    persons = [m for m in split.items[index - 1] if m.type == "PER"]
    # "их" may be any persons'; a gender of pymorphy's is compared with genders only
    if persons and (gender == "plur" or any(may_be(m, gender, linking) for m in persons)):
        return None
    names = outermost(within(linking.names, previous.start, previous.end))
    agreeing = {
        m.normal.lower(): m for m in names if m.type == "ORG" and gender in org_genders(m, linking)
    }
    return next(iter(agreeing.values())) if len(agreeing) == 1 else None


def may_be(person: Mention, gender: str, linking: LinkText) -> bool:
    """Whether the possessive may refer to the person: no gender of theirs known, or that."""
    told = linking.gender_of.get(person.id)
    return told is None or told == gender


def possessive_before(title: Mention, start: int, linking: LinkText) -> tuple[str, Token] | None:
    """The possessive opening the title's words and the gender it tells ("Ее финансовым
    директором": femn), if one stands right before it or before its modifiers and the
    titles coordinated with it ("Его основателем и директором")."""
    before = linking.words(start, title.start)[-MAX_BETWEEN - 1 :]
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        gender = POSSESSIVE_GENDERS.get(word.text.lower())
        if gender is not None:
            between = before[i + 1 :]
            if all(may_stand_between(w, title, linking) for w in between):
                return gender, word
            return None
    return None


def may_stand_between(word: Token, title: Mention, linking: LinkText) -> bool:
    """An adjective ("новым"), "и", or a lower-case noun in a case of the title
    ("основателем" before "и директором"), not a noun the possessive may own instead ("его
    сына директором")."""
    if word.lemma in JOINING or word.pos in ADJECTIVE_POS:
        return True
    if word.pos != "NOUN" or not word.text.islower():
        return False
    cases = {p.tag.case for p in linking.morph.parse(word.text) if p.tag.POS == "NOUN"}
    return bool(cases & linking.cases(title))


def org_genders(org: Mention, linking: LinkText) -> frozenset[str]:
    """The genders (and "plur") of the noun that names what the organisation is: the
    inanimate noun right before its name ("компании Genentech", "лейбл «Геометрия»"; not
    "директором Genentech"), else the first noun of its name ("Службе общей разведки");
    none known of a bare foreign or quoted name ("Facebook")."""
    start = org.start
    while start > 0 and linking.text[start - 1] in QUOTES:
        start -= 1
    before = linking.words(linking.sentence_start(org.start), start)[-1:]
    words = [w for w in before if start - w.end <= 1 and w.pos == "NOUN"]
    words = words or [w for w in linking.words(org.start, org.end) if w.pos == "NOUN"][:1]
    if not words:
        return frozenset()
    parses = [
        p for p in linking.morph.parse(words[0].text) if p.tag.POS == "NOUN" and "inan" in p.tag
    ]
    found = {str(p.tag.gender) for p in parses if p.tag.number == "sing"}
    found |= {"plur" for p in parses if p.tag.number == "plur"}
    if "neut" in found:
        found.add("masc")  # "его" is the possessive of both
    return frozenset(found)
