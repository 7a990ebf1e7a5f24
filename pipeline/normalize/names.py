"""The parts of a person's name, and when two names can be one person's."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.frozen import quick_init
from pipeline.text.keys import fold

# "Б.", and "Дж." that Russian writes for Джон, Джордж, Джереми (folded)
INITIAL = re.compile(r"^(?:[^\W\d_]|дж)\.$")
# "Д.Дэвис", "А.С.Пушкин": initials glued to the next word
GLUED_INITIALS = re.compile(r"([^\W\d_]\.)(?=[^\W\d_])")
PATRONYMIC = re.compile(r"(ович|евич|ьич|овна|евна|ична|инична)$")
# a surname's generation after a hyphen: "Буш-младший", "Уильямс-старшая" (folded)
GENERATION = re.compile(r"^(.+[^-])-(младш|старш)[а-я]*$")


@quick_init
@dataclass(frozen=True, slots=True)
class PersonName:
    """A folded name taken apart; a lone word is kept apart as it may be either part."""

    given: tuple[str, ...] = ()
    patronymic: str | None = None
    surname: str | None = None
    initials: tuple[str, ...] = ()
    lone: str | None = None
    # "младш" or "старш" where the surname bears its generation ("Лоуренс-младший"): the
    # surname is read without it, and a name of the other generation is another person
    generation: str | None = None

    @property
    def richness(self) -> int:
        return 2 * (len(self.given) + bool(self.patronymic) + bool(self.surname)) + len(
            self.initials
        )


@lru_cache(maxsize=50_000)
def parse_person(normal: str) -> PersonName:
    """'Борис Николаевич Ельцин', 'Иванова А. С.', 'Д.Дэвис', 'Мэй', 'Буш-младший' taken
    apart."""
    words = name_words(normal)
    generation = None
    if words and (suffixed := GENERATION.match(words[-1])) is not None:
        words[-1], generation = suffixed.groups()
    name = name_parts(words)
    return replace(name, generation=generation) if generation else name


def name_words(normal: str) -> list[str]:
    """A name's folded words, initials glued to the next word set apart ("Д.Дэвис"):
    looked for only in a name with a full stop (none of the 1,726 of the known persons
    that start-up indexes: 3.4 ms -> 0.6 ms)."""
    folded = fold(normal)
    return (GLUED_INITIALS.sub(r"\1 ", folded) if "." in folded else folded).split()


def name_parts(words: list[str]) -> PersonName:
    """The parts of a name's folded words."""
    initials = tuple(w[0] for w in words if INITIAL.match(w))
    rest = [w for w in words if not INITIAL.match(w)]
    patronymic = None
    if len(rest) > 1 and PATRONYMIC.search(rest[1]):
        patronymic = rest.pop(1)
    elif len(rest) == 3 and PATRONYMIC.search(rest[2]):
        # the surname first, as lists and documents write it: "Сурков Владислав Юрьевич"
        return PersonName((rest[1],), rest[2], rest[0], initials)
    if not rest:
        return PersonName(initials=initials)
    if len(rest) == 1:
        if initials:
            return PersonName(surname=rest[0], initials=initials)
        if patronymic:
            return PersonName(given=(rest[0],), patronymic=patronymic)
        return PersonName(lone=rest[0])
    return PersonName(tuple(rest[:-1]), patronymic, rest[-1], initials)


def person_readings(
    normal: str, patronymic: Callable[[str], bool] | None = None
) -> list[PersonName]:
    """The ways to read a name: "Виктор Фёдорович" is a first name and a patronymic by its
    ending, or a first name and a surname; "Виктор Янукович" only the latter when
    `patronymic` (the dictionary) says "Янукович" is no patronymic, lest he be one with
    "Виктор Ющенко"."""
    name = parse_person(normal)
    if name.lone is not None and (parts := hyphenated_name(normal)) is not None:
        return [name, parse_person(parts)]
    if name.given and name.patronymic and not name.surname and not name.initials:
        as_surname = PersonName(name.given, surname=name.patronymic)
        if patronymic is not None and not patronymic(name.patronymic):
            return [as_surname]
        return [name, as_surname]
    return [name]


# one word of two capitalised parts: "Азия-Биби"
HYPHENATED_NAME = re.compile(r"^([^\W\d_][^\W\d_]+)-([^\W\d_]{2,})$")


def hyphenated_name(normal: str) -> str | None:
    """A one-word name of two capitalised parts as two words, a first name and a surname
    that a hyphen joined ("Азия-Биби": Азия Биби), which it may be where it fits no name as
    the one word it is ("Диас-Канель" is Мигель Диас-Канель's surname); None for any other
    name."""
    found = HYPHENATED_NAME.match(normal.strip())
    if found is None or not all(part[0].isupper() for part in found.groups()):
        return None
    return " ".join(found.groups())


def read_person(normal: str, patronymic: Callable[[str], bool] | None = None) -> PersonName:
    """A name taken apart as `patronymic` (the dictionary) reads it: "Слободан Милошевич" a
    first name and a surname, "Виктор Фёдорович" a first name and a patronymic."""
    return person_readings(normal, patronymic)[0]


def one_edit_apart(a: str, b: str) -> bool:
    """Whether one insertion, deletion or substitution turns `a` into `b`."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            tail = a[i + 1 :] if len(a) == len(b) else a[i:]
            return tail == b[i + 1 :]
    return True


def same_word(a: str, b: str) -> bool:
    """Equal, or a spelling variant: of a longer word one letter away ("Асия"/"Азия",
    "Сааакашвили"), or of any with "э" written "е" ("Мэй"/"Мей", "Бэкхем"/"Бекхэм")."""
    if a == b or without_e(a) == without_e(b):
        return True
    return min(len(a), len(b)) >= 4 and a[0] == b[0] and one_edit_apart(a, b)


def without_e(word: str) -> str:
    """A folded name word with "э" written "е", as transliterations of one name vary."""
    return word.replace("э", "е")


def given_compatible(a: PersonName, b: PersonName) -> bool:
    """Given names (or their initials) that do not contradict each other."""
    a_given, b_given = a.given or a.initials[:1], b.given or b.initials[:1]
    if not a_given or not b_given:
        return True
    short, long = sorted((a_given, b_given), key=len)
    return all(
        any(same_given(s, w) if len(s) > 1 and len(w) > 1 else s[0] == w[0] for w in long)
        for s in short
    )


def same_given(a: str, b: str) -> bool:
    """The same first name beside one surname: spelt alike, or a short name and its form
    with a case ending the dictionary does not know ("Кира Стармера" is Кир Стармер's
    genitive)."""
    short, long = sorted((a, b), key=len)
    return same_word(a, b) or (len(short) == 3 and long[:3] == short and long[3:] in ("а", "я"))


def other_generation(a: PersonName, b: PersonName) -> bool:
    """Whether two names bear different generations ("Буш-младший", "Буш-старший")."""
    return a.generation is not None and b.generation is not None and a.generation != b.generation


def compatible(a: PersonName, b: PersonName) -> bool:
    """Whether two names (neither of them a lone word) can belong to one person."""
    if other_generation(a, b):
        return False
    if a.patronymic and b.patronymic and not same_word(a.patronymic, b.patronymic):
        return False
    if a.surname and b.surname:
        return same_word(a.surname, b.surname) and given_compatible(a, b)
    # without a surname on one side, a first name and patronymic ("Евгений Юрьевич") that
    # the other's first name (and patronymic, checked above) agrees with
    one, other = (a, b) if a.surname is None else (b, a)
    return bool(
        one.given and one.patronymic and other.given and same_word(one.given[0], other.given[0])
    )


def lone_fits(word: str, name: PersonName) -> bool:
    """A lone word is the surname or the first name of a fuller name."""
    if name.surname and same_word(word, name.surname):
        return True
    return bool(name.given) and without_e(word) == without_e(name.given[0])
