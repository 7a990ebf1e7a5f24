"""What may stand between a title and the name of its holder, and what may not."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from pipeline.records import Mention, Token
from pipeline.relate.link_text import LIST_GAP, LIST_JOINER, LinkText
from pipeline.relate.predicates import VERB_POS
from pipeline.text.inflect import case_of

SPACES_AND_QUOTES = re.compile(r"^[\s«»\"„“”]*$")
LIST_JOINT = re.compile(rf"\s*{LIST_JOINER}\s*")  # between persons: no kind of organisation
# words that may stand between a title and its holder's name: "португальский парламентарий",
# "действующий президент 89-летний Роберт Мугабе", "полпред президента в округе"
DESCRIPTOR_POS = frozenset({"ADJF", "PRTF", "NOUN", "PREP", "NUMR", "ADVB", None})
DESCRIPTOR_PREPOSITIONS = frozenset({"в", "во", "на", "при", "от", "по", "из", "с"})
MAX_DESCRIPTOR_WORDS = 4
NESTED_REACH = 3  # names that may end at one offset: "Совета министров Кубы", "Кубы"
MAX_CLAUSE_WORDS = 6
MAX_ASIDE_WORDS = 10
# a clause set off by commas between a title and its holder's name, and the words that may
# open it besides a participle: ", где работала Политковская, "
ASIDE = re.compile(r"[»\"”]?\s*,(?P<clause>[^,.;:!?()–—]+),\s*")
ASIDE_OPENERS = frozenset({"где", "который", "куда", "откуда", "чей"})
# a relative's noun before a title: the name after the title is the relative's
# fmt: off
RELATIVES = frozenset({
    "муж", "жена", "супруг", "супруга", "сын", "дочь", "брат", "сестра", "отец", "мать",
    "вдова", "вдовец", "внук", "внучка", "дед", "дедушка", "бабушка", "племянник",
    "племянница", "зять", "невестка", "тесть", "тёща", "свекровь", "родственник",
    "родственница", "друг", "подруга", "невеста", "жених", "возлюбленный", "возлюбленная",
})
# fmt: on
# what joins the places of a list a post covers, its names blanked out, from the comma
# after the first: ", на ", ", в ", " и "
PLACE_LIST_PARTS = re.compile(r",|[^\s,]+")
PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
PLACE_LIST_WORDS = PLACE_PREPOSITIONS | {",", "и"}
# a phrase about the person set off by a comma between a title and the name, maybe closed
# by another: ", лауреат Нобелевской премии по литературе 1997 года, "
COMMA_APPOSITION = re.compile(r"[»\"”]?\s*,(?P<phrase>[^,.;:!?()–—]+?),?\s*")
MAX_APPOSITION_WORDS = 8
# a title, "и", then a phrase about the same person: "гитарист и сооснователь группы"
COORDINATED = re.compile(r"^[»\"”]?\s*и\s")
PRONOUNS = frozenset({"его", "её", "ее", "их", "свой", "наш", "ваш", "мой", "твой"})
# forms of address: "Президент и госпожа Обама" are two people
ADDRESS = frozenset({"господин", "госпожа", "мистер", "миссис", "мисс", "мадам", "месье", "леди"})
# words that make a phrase between a title and a name about someone else than its holder
OTHERS = RELATIVES | PRONOUNS | ADDRESS
# what may stand before the noun that heads a phrase: "полному кавалеру ордена"
MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR"})


def is_descriptor_gap(
    linking: LinkText, start: int, end: int, names: list[Mention], phrases: bool = True
) -> bool:
    """Only words that describe the person or the post between two offsets: adjectives
    ("наблюдатель от ОБСЕ португальский парламентарий"), a parenthesis ("лидер
    Национального фронта (FN) Марин Ле Пен") and, with `phrases`, organisations, places
    and prepositions ("полпред президента РФ в округе Виктор Ишаев"); no verb, no comma,
    no bare noun. `names` are the organisations and places of the sentence."""
    if start > end:
        return False
    gap = linking.masked(start, end, names if phrases else [])
    if SPACES_AND_QUOTES.match(gap):
        return True
    if phrases and "(" not in linking.text[start:end] and is_place_list(gap, start, end, names):
        return True
    if re.search(r"[,.;:!?–—()]|\s-\s", gap):
        return False
    words = unmasked(linking.words(start, end), gap, start)
    if phrases:  # "топ-менеджера Citigroup и Bank of America Салли Кравчек"
        words = without_name_joints(words, linking)
    if not words:
        return phrases
    if len(words) > MAX_DESCRIPTOR_WORDS:
        return False
    if words[-1].pos == "PREP" and not linking.text[words[-1].end : end].strip():
        return False  # "с министром Ивановым": the name is the preposition's
    after_preposition = False
    for word in words:
        if word.text[:1].isupper() or word.pos not in DESCRIPTOR_POS:
            return False
        if word.pos == "PREP":
            if not phrases or word.lemma not in DESCRIPTOR_PREPOSITIONS:
                return False
            after_preposition = True
        elif word.pos == "NOUN" and not after_preposition:
            return False  # "выдвинул на пост главы ФБР республиканца Джеймса Коми"
    return True


def is_place_list(gap: str, start: int, end: int, names: list[Mention]) -> bool:
    """Whether a gap (its names blanked out) is a list of the places a post covers:
    "директора по развитию бизнеса Philips в России, на Украине, в Белоруссии и Казахстане
    Елену Сябренко" (the title ends at the first place)."""
    inside = [m for m in names if start <= m.start and m.end <= end]
    return (
        bool(inside)
        and all(m.type == "LOC" for m in inside)
        and len(parts := PLACE_LIST_PARTS.findall(gap)) > 1
        and parts[0] == ","
        and parts[1] in PLACE_PREPOSITIONS
        and all(part in PLACE_LIST_WORDS for part in parts)
    )


def without_name_joints(words: list[Token], linking: LinkText) -> list[Token]:
    """The words without those that join organisations or places in a list: "и" ("Citigroup
    и Bank of America") and a noun of what kind the next is ("«Реала» и сборной
    Португалии")."""
    out = []
    joined_at = None  # where the name an "и" joins on starts
    for word in words:
        if (
            joined_at is not None
            and word.end <= joined_at
            and word.text.islower()
            and word.pos in ("NOUN", "ADJF")  # "сборной"
        ):
            continue
        joined_at = name_joined(word, linking)
        if joined_at is None:
            out.append(word)
    return out


def name_joined(word: Token, linking: LinkText) -> int | None:
    """Where the organisation or place that an "и" joins to the one right before it
    starts, with only quotes and spaces around it or a noun of what kind the second is;
    None for any other word."""
    if word.text.lower() != "и":
        return None
    names = linking.names
    index = bisect_left(names, word.end, key=lambda m: m.start)
    # "и" and what may stand before the name it joins: "и сборной Португалии"
    if index == len(names) or not LIST_GAP.fullmatch(linking.text, word.start, names[index].start):
        return None
    # the names starting before the word, nearest first: one of them ends right before it
    if not any(
        n.end <= word.start and SPACES_AND_QUOTES.match(linking.text[n.end : word.start])
        for n in names[max(0, index - NESTED_REACH) : index]
    ):
        return None
    return names[index].start


def follows_relative(title: Mention, linking: LinkText) -> bool:
    """ "муж актрисы", "дочь действующего президента": the title names a relative's
    relation, and the name after it is the relative's."""
    start = linking.sentence_start(title.start)
    for word in reversed(linking.words(start, title.start)[-3:]):
        if re.search(r"[^\w\s«»\"„“”-]", linking.text[word.end : title.start]):
            return False
        if word.lemma in RELATIVES and word.text.islower():
            return True
        if word.pos not in ("ADJF", "PRTF") or not word.text.islower():
            return False
    return False


def is_list_joint(linking: LinkText, left: Mention, right: Mention, names: list[Mention]) -> bool:
    """What separates two names of a list: a comma or "и", after a parenthesis or a place
    ("Михаил Павлов из Москвы, Василий Авченко")."""
    gap = linking.masked(left.end, right.start, names)
    words = linking.words(left.end, right.start)
    for word in words:
        if gap[word.start - left.end] != " " and word.pos == "PREP":
            gap = gap[: word.start - left.end] + " " * len(word.text) + gap[word.end - left.end :]
    return bool(LIST_JOINT.fullmatch(gap))


def is_descriptive_clause(gap: str, words: list[Token]) -> bool:
    """ ", известного борца с ксенофобией, ": a phrase set off by commas, with no verb."""
    return (
        bool(re.fullmatch(r"\s*,[^,.;:!?()–—]+,\s*", gap))
        and 0 < len(words) <= MAX_CLAUSE_WORDS
        and not any(is_clause_word(w) for w in words)
    )


def is_clause_word(word: Token) -> bool:
    """A verb, a pronoun or "который": what makes a phrase a clause of its own."""
    return word.pos in VERB_POS or word.pos == "NPRO" or word.lemma == "который"


def is_clause_aside(linking: LinkText, start: int, end: int) -> bool:
    """ ", где работала Политковская, ", ", объявившая минуту молчания, ": a relative or
    participle clause set off by commas, which a title's name may follow."""
    aside = ASIDE.fullmatch(linking.text, start, end)
    if aside is None:
        return False
    words = linking.words(aside.start("clause"), aside.end("clause"))
    return (
        0 < len(words) <= MAX_ASIDE_WORDS
        and words[0].text.islower()
        and (words[0].pos in ("PRTF", "GRND") or words[0].lemma in ASIDE_OPENERS)
    )


def is_apposed_phrase(
    linking: LinkText, title: Mention, person: Mention, names: list[Mention]
) -> bool:
    """A noun about the person between a title and the name, in the case both share: a
    nationality or an honorific ("генсека ООН норвежца Трюгве Ли", "верховный лидер Ирана
    аятолла Али Хаменеи"), or, after "и", a phrase it heads ("президенту и военному лидеру
    страны Первезу Мушаррафу"); not a relative ("министр и его жена Анна Петрова")."""
    gap = linking.masked(title.end, person.start, names)
    coordinated = COORDINATED.match(gap)
    if re.search(r"[,.;:!?–—()]|\s-\s", gap):
        return False
    words = unmasked(linking.words(title.end, person.start), gap, title.end)
    if coordinated:
        words = words[1:]
    if not words or len(words) > (MAX_DESCRIPTOR_WORDS if coordinated else 2):
        return False
    if (
        any(w.lemma in OTHERS or w.pos not in DESCRIPTOR_POS for w in words)
        or not all(w.text.islower() for w in words)
        or words[-1].pos == "PREP"
    ):
        return False
    head = head_noun(words)
    if head is None:
        return False
    # its complements may follow the phrase's head only after "и"
    shared = linking.cases(title) & linking.cases(person)
    return (coordinated is not None or head == len(words) - 1) and is_person_noun_in(
        linking, words[head], shared
    )


def is_person_noun_in(linking: LinkText, word: Token, cases: frozenset[str]) -> bool:
    """An animate noun in one of `cases`, or a noun the dictionary does not know ("аятолла")."""
    if not linking.morph.is_known(word.text):
        return True
    return any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and case_of(p.tag) in cases
        for p in linking.morph.parse(word.text.lower())
    )


def is_comma_apposition(
    linking: LinkText, title: Mention, start: int, person: Mention, names: list[Mention]
) -> bool:
    """A phrase about the person set off by a comma between a title and the name, headed by
    a person's noun in the case both share: "режиссёр, лауреат Нобелевской премии по
    литературе 1997 года, Дарио Фо", "общественный деятель, уроженец города Орска Юрий
    Бондарев"; no verb, no relative ("министра, друга Ивана Петрова"), no clause. `start`
    is where the title and the organisations completing it end."""
    gap = linking.masked(start, person.start, names)
    apposed = COMMA_APPOSITION.fullmatch(gap)
    if apposed is None:
        return False
    phrase = linking.words(start + apposed.start("phrase"), start + apposed.end("phrase"))
    words = unmasked(phrase, gap, start)
    if not words or len(words) > MAX_APPOSITION_WORDS:
        return False
    if any(is_clause_word(w) or w.lemma in OTHERS for w in words):
        return False
    head = head_noun(words)
    if head is None:
        return False
    shared = linking.cases(title) & linking.cases(person)
    return (
        all(w.text.islower() for w in words[: head + 1])
        and linking.morph.is_known(words[head].text)
        and is_person_noun_in(linking, words[head], shared)
    )


def unmasked(words: Sequence[Token], gap: str, start: int) -> list[Token]:
    """The words that `gap`, the text from `start` with its names blanked out, still shows."""
    return [w for w in words if gap[w.start - start] != " "]


def head_noun(words: Sequence[Token]) -> int | None:
    """The index of a phrase's first noun, if only modifiers stand before it."""
    nouns = [i for i, w in enumerate(words) if w.pos == "NOUN"]
    if not nouns or any(w.pos not in MODIFIER_POS for w in words[: nouns[0]]):
        return None
    return nouns[0]
