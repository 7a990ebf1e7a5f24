"""Repairs that cut one tagged person in two: two surnames in cases that cannot agree
("говорил Собянин Путину"), a place run into a surname ("отдавшим Чехословакию
Гитлеру"), two full names run together ("Рафаэль Корреа Эдвард Сноуден"), two persons the
document names apart ("к Мэй Джонсон предупредил")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.ner.page import (
    PERSON_GRAMMEMES,
    Page,
    is_cyrillic_word,
    span_of,
    span_words,
    stems,
)
from pipeline.ner.person_spans import first_name
from pipeline.records import Span, Token
from pipeline.text.inflect import Reading, case_of, surname_readings
from pipeline.text.morphology import Morphology


def split_disagreeing_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """Two surnames side by side in cases that cannot agree are two persons ("говорил
    Собянин Путину": Собянин, nominative, and Путину, dative). Only two words the
    dictionary knows as surnames and not as first names are read so: a first name may be
    the case form of one it does not know ("шерифа Эда Гонсалеса", Эд's genitive), and a
    surname that may not decline ("Гинзбург", "Людмилы Касьян") agrees with any case. A
    place the dictionary knows and a surname in cases that cannot agree are a place and a
    person ("отдавшим Чехословакию Гитлеру")."""
    repaired = []
    for span in spans:
        if span.type == "PER" and disagree(span.tokens, page.morph):
            repaired += [span_of(span.tokens[:1], "PER"), span_of(span.tokens[1:], "PER")]
        elif span.type == "PER" and place_and_person(span.tokens, page.morph):
            repaired += [span_of(span.tokens[:1], "LOC"), span_of(span.tokens[1:], "PER")]
        else:
            repaired.append(span)
    return repaired


# how many words a place run into a person has: "Чехословакию Гитлеру"
PLACE_AND_PERSON_WORDS = 2


def place_and_person(tokens: Sequence[Token], morph: Morphology) -> bool:
    """Whether a place the dictionary knows and a surname stand in cases that cannot agree
    ("отдавшим Чехословакию Гитлеру": the place in the accusative, the person in the
    dative): two objects of one verb, not one name."""
    if len(tokens) != PLACE_AND_PERSON_WORDS:
        return False
    known = [p for p in morph.parse(tokens[0].text) if p.is_known]
    if not known or not all("Geox" in p.tag.grammemes for p in known):
        return False
    if not is_surname_only(tokens[1].text, morph):
        return False
    places = frozenset(case_of(p.tag) for p in known)
    return not places & cases_of(surname_readings(tokens[1].text, morph))


def split_run_together_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """Two full names side by side with nothing between them are two persons, as a
    caption lists them: "Рафаэль Корреа Эдвард Сноуден" is Рафаэль Корреа and Эдвард
    Сноуден. Read so only where a first name opens the span and another opens its second
    half after at least one word that is no first name, both declining and in one case; a
    first name and a second one ("Хосе Мануэль Баррозу", "Сара Джессика Паркер") stay
    one person."""
    repaired = []
    for span in spans:
        cut = second_name_start(span.tokens, page) if span.type == "PER" else None
        if cut is None:
            repaired.append(span)
        else:
            repaired += [span_of(span.tokens[:cut], "PER"), span_of(span.tokens[cut:], "PER")]
    return repaired


def second_name_start(tokens: Sequence[Token], page: Page) -> int | None:
    """Where a second name starts in a run of capitalised words, if one does: a full name
    in one case as the first ("Рафаэль Корреа Эдвард Сноуден"), a first name in a case
    the first cannot share ("трое сыновей Ингвара Кампрада Петер", Ингвар's genitive and
    Петер), or any word after a first name, patronymic and surname ("Сергей Анатольевич
    Лебедев Путин назначил")."""
    if len(tokens) < MIN_AFTER_NAME or not all(t.text.istitle() for t in tokens):
        return None
    names = [only_first_name(t, page) for t in tokens]
    if not names[0]:
        return None
    if len(tokens) > MIN_AFTER_NAME and full_name_first(tokens, page):
        return MIN_AFTER_NAME
    for index in range(2, len(tokens)):
        if names[index]:
            if any(names[1:index]):
                return None
            full = index < len(tokens) - 1 and len(tokens) >= MIN_TWO_NAMES
            if full and same_case_names(tokens[0], tokens[index], page):
                return index
            return index if cases_apart(tokens[0], tokens[index], page) else None
    return None


def full_name_first(tokens: Sequence[Token], page: Page) -> bool:
    """Whether the words open with a first name, a patronymic the dictionary knows and a
    surname it knows as such and as no first name or patronymic."""
    return (
        known_as(tokens[1], "Patr", page)
        and not known_as(tokens[1], "Name", page)
        and is_surname_only(tokens[2].text, page.morph)
    )


def cases_apart(first: Token, second: Token, page: Page) -> bool:
    """Whether two first names that decline share no case: "Ингвара" (genitive or
    accusative) and "Петер" (nominative) are two persons' names."""
    forms = singular_first_name(first, page), singular_first_name(second, page)
    if not all(forms) or any(gender is None for found in forms for _, gender in found):
        return False
    return not {case for case, _ in forms[0]} & {case for case, _ in forms[1]}


def singular_first_name(token: Token, page: Page) -> frozenset[tuple[str | None, str | None]]:
    """The cases and genders of a word as one person's first name: "Керимов" is one only
    as the plural of Керим."""
    return frozenset(
        (case_of(p.tag), p.tag.gender)
        for p in page.morph.parse(token.text)
        if p.is_known and "Name" in p.tag.grammemes and p.tag.number == "sing"
    )


def same_case_names(first: Token, second: Token, page: Page) -> bool:
    """Whether two first names that decline share a case: an indeclinable one is often
    a part of one long name ("Абду Рабу Мансура Хади")."""
    forms = first_name(first, page), first_name(second, page)
    if any(gender is None for found in forms for _, gender in found):
        return False
    return bool({case for case, _ in forms[0]} & {case for case, _ in forms[1]})


def only_first_name(token: Token, page: Page) -> bool:
    """A word the dictionary knows as a first name and not as a surname."""
    return bool(first_name(token, page)) and not may_be_surname(token, page)


def may_be_surname(token: Token, page: Page) -> bool:
    """A word the dictionary knows as a surname, maybe as a first name too."""
    return any("Surn" in p.tag.grammemes for p in page.morph.parse(token.text) if p.is_known)


# a first name and a surname, twice
MIN_TWO_NAMES = 4
# a first name, a surname and a word after them; a first name, patronymic and surname
MIN_AFTER_NAME = 3


def disagree(tokens: Sequence[Token], morph: Morphology) -> bool:
    """Whether two surnames share no case."""
    if len(tokens) != 2 or not all(is_surname_only(t.text, morph) for t in tokens):
        return False
    first, second = (surname_readings(t.text, morph) for t in tokens)
    if not first or not second:
        return False
    if not cases_of(first) & cases_of(second):
        return True
    # "директор НИИ Гамалеи Гинзбург": the first word's ending says an oblique case, the
    # second would show it too if it declined, and agrees only as a woman's fixed surname
    return (
        "nomn" not in cases_of(first)
        and declined_cases(first) == cases_of(first)
        and bool(declined_cases(second))
        and not cases_of(first) & declined_cases(second)
    )


def cases_of(readings: Sequence[Reading]) -> frozenset[str]:
    return frozenset(r.case for r in readings)


def declined_cases(readings: Sequence[Reading]) -> frozenset[str]:
    """The cases the word's ending shows: not those of a surname that does not decline."""
    return frozenset(r.case for r in readings if r.gender is not None)


def split_trailing_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """A place or an organisation of an adjective and a word that can only be a person's
    name is a see and its bishop run together, as a church title puts its holder right
    after the see's adjective: "митрополит Средне- и Западноевропейский Симеон" is
    Западноевропейский and Симеон, "митрополита Ленинградского и Новгородского Никодима"
    Новгородского and Никодим. The adjective agrees with one person, in the singular
    ("Западных Балкан" is a place); "Святого Петра", "Святой Марии" name a saint, the
    square's or the hospital's namesake, and stay whole. No corpus runs a see and its
    holder into one mention. A person of two such words is a name with the adjective of
    a territorial title before it, a place and that person: "принцу-регенту Баварскому
    Луитпольду", "наследного принца герцога Брабантского Филиппа"."""
    repaired = []
    for span in spans:
        words = span_words(span)
        if len(words) < 2 or not trails_person(words, page):
            repaired.append(span)
        elif span.type in {"ORG", "LOC"}:
            repaired += [span_of(words[:-1], span.type), span_of(words[-1:], "PER")]
        elif span.type == "PER" and len(words) == 2:  # "Баварскому Луитпольду"
            repaired += [span_of(words[:-1], "LOC"), span_of(words[-1:], "PER")]
        else:
            repaired.append(span)
    return repaired


# the ending of an adjective made from a place's name: "Баварскому", "Новгородского"
PLACE_ADJECTIVE = re.compile(r"[сц]к(?:ий|ой|ая|ое|ого|ому|им|ом|ую|ей)$")
# an adjective before a name that makes it a saint's, the namesake of a place
SAINTLY = frozenset({"святой", "святейший", "блаженный", "преподобный"})


def trails_person(words: Sequence[Token], page: Page) -> bool:
    """Whether the last word is a person's name after a place's adjective that agrees with
    it."""
    last, adjective = words[-1], words[-2]
    if not (last.text.istitle() and is_person_word(last.text, page)):
        return False
    if not PLACE_ADJECTIVE.search(adjective.text):  # "Луговой Андрей": a surname first
        return False
    parses = [p for p in page.morph.parse(adjective.text) if p.is_known]
    if not parses or any(p.tag.POS != "ADJF" or p.normal_form in SAINTLY for p in parses):
        return False
    return bool(singular_cases(parses) & singular_cases(page.morph.parse(last.text)))


def singular_cases(parses: Sequence) -> frozenset[str | None]:
    return frozenset(case_of(p.tag) for p in parses if p.tag.number == "sing")


def is_person_word(word: str, page: Page) -> bool:
    """A Cyrillic word every reading of which the dictionary knows is a person's name
    ("Иосиф", "Якунина"), or one it does not know that it guesses first as a surname or a
    first name ("Проценко") and the gazetteer does not know either."""
    if not is_cyrillic_word(word):
        return False
    parses = page.morph.parse(word)
    known = [p for p in parses if p.is_known]
    if known:
        return all(PERSON_GRAMMEMES & set(p.tag.grammemes) for p in known)
    return bool(PERSON_GRAMMEMES & set(parses[0].tag.grammemes)) and not page.gazetteer.lookup(word)


def is_surname_only(word: str, morph: Morphology) -> bool:
    """A word the dictionary knows as a surname and not as a first name or patronymic."""
    tags = [p.tag.grammemes for p in morph.parse(word) if p.is_known]
    return any("Surn" in g for g in tags) and not any({"Name", "Patr"} & g for g in tags)


def split_named_apart(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person whose words fall in two parts, each of which the document names alone as
    the surname or the whole name of someone, and never together, is two persons run
    together: "В своем обращении к Мэй Джонсон предупредил" beside "Тереза Мэй" and "Борис
    Джонсон"; "Эво Моралес Эдвард Сноуден" in a caption; "с премьером Шпидла Руснок
    заявил". The first part ends with no first name the dictionary knows (a surname after
    the first name, "Иванова Анна", is one person's, as lists write it) and the second with
    no patronymic ("Тихоновой Татьяне Васильевне"). Not after a noun for a person ("с
    премьером Шпидла Руснок"): a title there reads its holder from the whole, which the
    parts do not agree with where the text leaves a foreign name undeclined."""
    named = Named.of([stems(span_words(s)) for s in spans if s.type == "PER"])
    repaired = []
    for span in spans:
        cut = apart_at(span, named, page) if span.type == "PER" else None
        if cut is None:
            repaired.append(span)
        else:
            words = span_words(span)
            repaired += [span_of(words[:cut], "PER"), span_of(words[cut:], "PER")]
    return repaired


Name = tuple[str, ...]  # a person's word stems


@dataclass(frozen=True, slots=True)
class Named:
    """The persons of a document by their words' stems, indexed for `apart_at` (a long
    text names thousands): who ends with a part or is it whole, who has a word."""

    by_part: dict[Name, set[Name]]  # a surname ending a longer name, or a whole of two words
    by_word: dict[str, set[Name]]

    @classmethod
    def of(cls, persons: Sequence[Name]) -> Named:
        by_part: dict[Name, set[Name]] = defaultdict(set)
        by_word: dict[str, set[Name]] = defaultdict(set)
        for name in set(persons):
            for size in range(1, len(name) + 1):
                if size < len(name) or size > 1:
                    by_part[name[-size:]].add(name)
            for word in name:
                by_word[word].add(name)
        return cls(by_part, by_word)

    def alone(self, part: Name, own: Name) -> bool:
        """Whether someone else is named by these words: as the surname ending a longer
        name ("Мэй" of "Тереза Мэй"), or as a whole name of two words or more."""
        return bool(self.by_part.get(part, set()) - {own})

    def together(self, first: Name, second: Name, own: Name) -> bool:
        """Whether someone else's name has a word of each part."""
        empty: set[Name] = set()
        left = set().union(*(self.by_word.get(word, empty) for word in first))
        right = set().union(*(self.by_word.get(word, empty) for word in second))
        return bool((left & right) - {own})


def apart_at(span: Span, named: Named, page: Page) -> int | None:
    """Where a person's words fall into two persons the document names apart, if they do."""
    words = span_words(span)
    if len(words) < MIN_APART or not all(t.text[:1].isupper() and len(t.text) > 1 for t in words):
        return None
    index = page.position[words[0].start]
    if index and names_person(page.tokens[index - 1], page):
        return None
    own = stems(words)
    for cut in range(1, len(words)):
        first, second = own[:cut], own[cut:]
        if (
            named.alone(first, own)
            and named.alone(second, own)
            and not named.together(first, second, own)
            and not known_as(words[cut - 1], "Name", page)
            and not known_as(words[-1], "Patr", page)
        ):
            return cut
    return None


# two words at least: one for each person
MIN_APART = 2


def names_person(token: Token, page: Page) -> bool:
    """A lower-case noun the dictionary knows only as animate: "премьером", "сын"."""
    parses = [p for p in page.morph.parse(token.text) if p.is_known]
    return (
        token.text.islower()
        and bool(parses)
        and all(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in parses)
    )


def known_as(token: Token, grammeme: str, page: Page) -> bool:
    """Whether the dictionary knows the word as a first name ("Name") or patronymic."""
    return any(grammeme in p.tag.grammemes for p in page.morph.parse(token.text) if p.is_known)
