"""Putting words into the nominative with pymorphy3, keeping their spelling and capitals."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from pymorphy3.units import DictionaryAnalyzer

from pipeline.frozen import quick_init
from pipeline.text.keys import UNUSUAL_HYPHENS
from pipeline.text.morphology import Morphology

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
# pymorphy3's second genitive, accusative and locative count as the main ones here.
CASE_ALIASES = {"gen2": "gent", "gen1": "gent", "acc2": "accs", "loc2": "loct", "loc1": "loct"}
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
# the partitive and the second locative of a common noun ("ни разу", "в лесу"): no name
# stands in them ("Таймура Разу" is Таймур Раза's accusative, not раз's partitive)
COMMON_NOUN_CASES = frozenset({"gen2", "loc2"})
CYRILLIC_WORD = re.compile(rf"^[А-Яа-яЁё]+(?:[-{UNUSUAL_HYPHENS}][А-Яа-яЁё]+)*$")
HYPHEN = re.compile(f"[-{UNUSUAL_HYPHENS}]")
# An abbreviation with a case ending glued on: "МИДа", "МВДшник" is not one of them.
INFLECTED_ABBREVIATION = re.compile(r"^([А-ЯЁ]{2,})(а|у|ом|е|ы|ов|ам|ами|ах)$")


@quick_init
@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a word: its case, gender and number, and the nominative it gives."""

    case: str
    gender: str | None
    number: str
    nominative: str
    score: float


# an abbreviation with lower-case letters inside: a capital after a small letter ("СПбПУ",
# "МосГУ"; not "МВДшника", a word made of one)
MIXED_CASE_ABBREVIATION = re.compile(r"[а-яё][А-ЯЁ]")


@lru_cache(maxsize=100_000)
def is_inflectable(word: str) -> bool:
    """Cyrillic words that are not abbreviations or single letters (cached: words recur)."""
    return (
        len(word) > 1
        and bool(CYRILLIC_WORD.match(word))
        and not word.isupper()
        and MIXED_CASE_ABBREVIATION.search(word) is None
    )


ADJECTIVE_POS = frozenset({"ADJF", "PRTF"})  # adjectives and participles, full forms


def case_of(tag) -> str | None:
    """A tag's case as a plain string, the second genitive and such folded into theirs."""
    case = tag.case
    if case is None:
        return None
    case = str(case)  # pymorphy3's own string checks every comparison: slow in bulk
    return CASE_ALIASES.get(case, case)


def agree(adjective, noun) -> bool:
    """Whether an adjective's (or participle's) reading agrees with a noun's: same case and
    number, in the singular the same gender, in the accusative the same animacy (the
    animate accusative "управляющих" does not agree with the inanimate "корпорации")."""
    if case_of(adjective) != case_of(noun) or adjective.number != noun.number:
        return False
    if adjective.number == "sing" and not fits_gender(adjective, noun):
        return False
    return not (case_of(noun) == "accs" and adjective.animacy and adjective.animacy != noun.animacy)


def fits_gender(adjective, noun) -> bool:
    """Whether an adjective's gender fits its noun's (tags); a common-gender noun
    ("судья", "глава": "ms-f") takes a man's or a woman's ("федерального судьи")."""
    if adjective.gender == noun.gender:
        return True
    return "ms-f" in noun.grammemes and adjective.gender in ("masc", "femn")


def qualifies(adjectives: Sequence, following: Sequence, governs_instrumental: bool) -> bool:
    """Whether an adjective, in any of its readings (`adjectives`, tags), agrees with the
    word after it in any of that word's (`following`), and so qualifies it. A head that
    governs the instrumental as its verb does ("заведующей кафедрой") does not qualify an
    instrumental."""
    if governs_instrumental:
        following = [tag for tag in following if case_of(tag) != "ablt"]
    return any(agree(adjective, tag) for adjective in adjectives for tag in following)


def restore_capitals(original: str, form: str) -> str:
    """Give `form` (lower case, from pymorphy3) the capitalisation of `original`."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    abbreviation = INFLECTED_ABBREVIATION.match(original)  # "МИДе": мид -> МИД
    if abbreviation and form.startswith(abbreviation.group(1).lower()):
        stem = abbreviation.group(1)
        return stem + form[len(stem) :]
    # pymorphy3 reads an unusual hyphen as a plain one; the form keeps the text's own
    original_parts, form_parts = HYPHEN.split(original), form.split("-")
    if len(original_parts) != len(form_parts):
        return form[:1].upper() + form[1:] if original[:1].isupper() else form
    hyphens = [*HYPHEN.findall(original), ""]
    return "".join(
        (part[:1].upper() + part[1:] if source[:1].isupper() else part) + hyphen
        for source, part, hyphen in zip(original_parts, form_parts, hyphens, strict=True)
    )


def inflected(parse, grammemes: set[str], original: str) -> str:
    """`original` put into `grammemes`, or left as it is when pymorphy3 cannot."""
    form = inflection(parse, frozenset(grammemes))
    if form is None:
        return original
    if "Supr" in parse.tag:
        form = same_stem_form(parse, form, original)
    return restore_capitals(original, form.word)


@lru_cache(maxsize=100_000)
def inflection(parse, grammemes: frozenset[str]):
    """pymorphy3's form of a reading in `grammemes`, or None (`inflect`). Cached: a fifth
    of a run's calls repeat one ("России" to the nominative)."""
    return inflect(parse, grammemes)


def inflect(parse, grammemes: set[str] | frozenset[str]):
    """`parse.inflect(grammemes)`, the same form, for a word the dictionary knows read
    from its paradigm's tags: pymorphy3 builds the whole lexeme, a form (word, tag,
    reading) for each of the paradigm's tens of tags, and keeps one; here only the tags
    are compared (`paradigm_form`) and the one form chosen is built (13 µs a form instead
    of 38). Any other reading (guessed, hyphenated) is pymorphy3's to inflect."""
    stack = parse.methods_stack
    if len(stack) != 1 or type(stack[0][0]) is not DictionaryAnalyzer:
        return parse.inflect(grammemes)
    unit, fixed_word, para_id, index = stack[0]
    dictionary = unit.dict
    best = paradigm_form(parse._morph, dictionary, para_id, parse.tag, frozenset(grammemes))
    if best is None:
        return None
    paradigm = dictionary.paradigms[para_id]
    size = len(paradigm) // 3
    stem = dictionary.build_stem(paradigm, index, fixed_word)
    prefix = dictionary.paradigm_prefixes[paradigm[2 * size + best]]
    word = prefix + stem + dictionary.suffixes[paradigm[best]]
    tag = dictionary.gramtab[paradigm[size + best]]
    return parse._morph._result_type(
        word, tag, parse.normal_form, 1.0, ((unit, word, para_id, best),)
    )


@lru_cache(maxsize=100_000)
def paradigm_form(morph, dictionary, para_id: int, tag, grammemes: frozenset[str]) -> int | None:
    """The index in paradigm `para_id` of the form that `inflect` takes a reading tagged
    `tag` to in `grammemes`, or None: pymorphy3's `_inflect`, step by step, over the
    paradigm's tags only. The forms whose tags hold the grammemes, else those holding them
    with rare cases made common; the first most similar one. Cached: many words share a
    paradigm, and a word's readings its tag ("Путина" in the genitive and accusative)."""
    paradigm = dictionary.paradigms[para_id]
    size = len(paradigm) // 3
    gramtab = dictionary.gramtab
    tags = [gramtab[tag_id] for tag_id in paradigm[size : 2 * size]]
    possible = [i for i, found in enumerate(tags) if grammemes <= found.grammemes]
    if not possible:
        grammemes = morph.TagClass.fix_rare_cases(grammemes)
        possible = [i for i, found in enumerate(tags) if grammemes <= found.grammemes]
    wanted = tag.updated_grammemes(grammemes)
    if not possible:
        return None
    return max(
        possible,
        key=lambda i: len(wanted & tags[i].grammemes) - 0.1 * len(wanted ^ tags[i].grammemes),
    )


def same_stem_form(parse, form, original: str):
    """Of the forms with `form`'s tag, the one closest to `original`'s stem. pymorphy3 files
    the superlatives of a lexeme together, so "Высшей школы" would become "Высочайшая
    школа" and "лучшей" "наихорошая": of "высочайшая" and "высшая" the word's own stem
    decides."""
    same_tag = [f for f in parse.lexeme if f.tag == form.tag]
    return closest_stem([form, *same_tag], original.lower().replace("ё", "е"))


def closest_stem(forms: Sequence, word: str):
    """The form that shares the most of `word`'s beginning; the first of those that tie."""
    return max(forms, key=lambda f: shared_prefix(f.word, word))


def shared_prefix(a: str, b: str) -> int:
    """How many leading characters `a` and `b` share."""
    return len(os.path.commonprefix([a, b]))


# the genitive and dative endings of a man's surname declined as an adjective ("Залужного");
# others ("-ой", "-ая", "-им") end women's and foreign names as often ("Грасой", "Карзая")
ADJECTIVAL_ENDING = re.compile(r"(?:ого|его|ому|ему)$")
MIN_ADJECTIVAL_STEM = 4
RUSSIAN_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий|ской|цкой)$")


# (ending of the word, ending of its nominative) pairs of regular Russian declension.
# fmt: off
REGULAR_ENDINGS = (
    ("ии", "ия"), ("ию", "ия"), ("ией", "ия"),
    ("ы", "а"), ("у", "а"), ("ой", "а"), ("ою", "а"),
    ("и", "а"),  # "Сибиги", "Джорджи": after г, к, х, ж, ш, ч, щ
    ("а", ""), ("у", ""), ("ом", ""), ("е", ""),
    ("я", "ь"), ("ю", "ь"), ("ем", "ь"), ("я", "й"), ("ю", "й"), ("ем", "й"),
)
# fmt: on


# the dative and locative of a noun in -а, trusted where the guesser reads no other
# declension: "в Ракке" (Ракка), "в Сребренице"; not "в Канкуне" (Канкун)
FEMININE_LOCATIVE = ("е", "а")


def is_plausible_guess(
    word: str, parse, nominative: str, endings: tuple[tuple[str, str], ...] = REGULAR_ENDINGS
) -> bool:
    """Whether pymorphy3's guess for a word it does not know is worth trusting.

    Foreign names often end in what looks like a case ending ("Тифензее", "Кушадаси");
    a guess is kept when it follows a regular declension ("Тусоне" -> "Тусон",
    "Гагаузии" -> "Гагаузия") or a Russian surname pattern ("Кажибаевой" -> "Кажибаева").
    """
    lowered, nominative = word.lower(), nominative.lower()
    if not VOWELS & set(HYPHEN.split(nominative)[-1]):
        return False  # no word without a vowel: "Санта-Фе" is no locative of a "Санта-Ф"
    for ending, replacement in endings:
        if lowered.endswith(ending) and nominative == lowered[: -len(ending)] + replacement:
            return True
    return "Surn" in parse.tag.grammemes and bool(RUSSIAN_SURNAME.search(parse.normal_form))


VOWELS = frozenset("аеёиоуыэюя")
# A small declension guesser for name words the dictionary does not know, mostly
# foreign: (ending, nominative ending, case, gender, what the stem must end in). A name
# in -а declines alike for a man and a woman ("Кисидой", "Харады"): no gender.
# fmt: off
NAME_DECLENSION = (
    ("", "", "nomn", None, "final"),
    ("а", "", "gent", "masc", "consonant"), ("а", "", "accs", "masc", "consonant"),
    ("у", "", "datv", "masc", "consonant"), ("ом", "", "ablt", "masc", "consonant"),
    ("е", "", "loct", "masc", "consonant"), ("ем", "", "ablt", "masc", "sibilant"),
    ("я", "ь", "gent", "masc", "soft"), ("я", "ь", "accs", "masc", "soft"),
    ("ю", "ь", "datv", "masc", "soft"), ("ем", "ь", "ablt", "masc", "soft"),
    ("е", "ь", "loct", "masc", "soft"),
    ("я", "й", "gent", "masc", "vowel"), ("я", "й", "accs", "masc", "vowel"),
    ("ю", "й", "datv", "masc", "vowel"), ("ем", "й", "ablt", "masc", "vowel"),
    ("е", "й", "loct", "masc", "vowel"),
    ("а", "а", "nomn", None, "any"), ("ы", "а", "gent", None, "consonant"),
    ("е", "а", "datv", None, "consonant"), ("у", "а", "accs", None, "consonant"),
    ("ой", "а", "ablt", None, "consonant"), ("е", "а", "loct", None, "consonant"),
    ("я", "я", "nomn", None, "any"), ("и", "я", "gent", "femn", "not sibilant"),
    ("ии", "ия", "datv", "femn", "any"), ("ии", "ия", "loct", "femn", "any"),
    ("ю", "я", "accs", "femn", "any"), ("ей", "я", "ablt", "femn", "not sibilant"),
    # after ж, ш, ч, щ, ц a name in -а writes "и" and "ей": "Джорджи", "Джорджей", a
    # man's as a woman's ("Кустурицей")
    ("и", "а", "gent", None, "sibilant"), ("ей", "а", "ablt", None, "sibilant"),
    # and after г, к, х "и": "Сибиги" (Сибига), "Бабки"
    ("и", "а", "gent", None, "velar"),
)
# fmt: on
INDECLINABLE_ENDINGS = frozenset("еиоуэю")
COMMON_WORD_WEIGHT = 0.5  # a common word's readings and its readings as a name, each half
INSTRUMENTAL_ENDINGS = ("ом", "ем")
# a name in -ой the dictionary does not know is a woman's instrumental nearly always: 36
# of 37 such words of NEREL and FactRuEval persons ("Грасой Машел"; "Мариано Рахой" not)
FEMININE_INSTRUMENTAL = "ой"
# endings that are also regular case endings of declined names: "-у", "-ю"
SHARED_ENDINGS = frozenset("ую")


def stem_fits(stem: str, kind: str) -> bool:
    if len(stem) < 2:
        return False
    last = stem[-1]
    if kind == "consonant":
        return last.isalpha() and last not in VOWELS and last not in "йь"
    if kind == "soft":
        return last.isalpha() and last not in VOWELS and last not in "йьжшчщц"
    if kind == "vowel":
        return last in VOWELS
    if kind == "sibilant":
        return last in "жшчщц"
    if kind == "velar":
        return last in "гкх"
    if kind == "not sibilant":
        return last not in "жшчщц"
    if kind == "final":
        return last.isalpha() and last not in VOWELS
    return True


def guessed_name_readings(word: str) -> list[Reading]:
    """Readings of an unknown name word by regular declension, and as indeclinable.

    Foreign names ending in a vowel other than -а/-я rarely decline ("Нэнси Пелоси"),
    so that reading weighs one in every case; a woman's indeclinable name ending in
    a consonant is rarer, so its weight of one is shared among the cases.
    """
    lowered = word.lower()
    # "Хорстом", "Зеехофером", "Грасой": the instrumental of a name far more often than
    # a name as written
    as_written = 0.1 if lowered.endswith(INSTRUMENTAL_ENDINGS) and len(lowered) > 4 else 1.0
    if lowered.endswith(FEMININE_INSTRUMENTAL) and len(lowered) > 4:
        as_written = 0.01
    weighted = []
    for ending, nominative_ending, case, gender, kind in NAME_DECLENSION:
        if not lowered.endswith(ending):
            continue
        stem = lowered[: len(lowered) - len(ending)]
        if stem_fits(stem, kind):
            nominative = restore_capitals(word, stem + nominative_ending)
            # "Биби", "Синдзи": a foreign name in -и is likelier indeclinable than a
            # genitive in -я; "Зульфии" ends in -ии, as a declined -ия name does
            weight = 0.5 if ending == "и" and not lowered.endswith("ии") else 1.0
            if nominative_ending == ending:
                weight *= as_written
            weighted.append((Reading(case, gender, "sing", nominative, 0.0), weight))
    if lowered[-1] in INDECLINABLE_ENDINGS:
        # "Нисару" is more often the dative of Нисар than a name in -у that never changes
        share = 1 / len(CASES) if weighted and lowered[-1] in SHARED_ENDINGS else 1.0
        weighted.extend((Reading(case, None, "sing", word, 0.0), share) for case in CASES)
    elif lowered[-1] not in VOWELS:
        # a woman's name ending in a consonant does not decline: "Терезы Мэй"
        oblique = CASES[1:]
        weighted.extend(
            (Reading(case, "femn", "sing", word, 0.0), as_written / len(oblique))
            for case in oblique
        )
    total = sum(weight for _, weight in weighted)
    return [
        Reading(r.case, r.gender, r.number, r.nominative, weight / total) for r, weight in weighted
    ]


# "-младший", "-старшая": the generation a hyphen adds to a surname (Jr., Sr.)
GENERATION = re.compile(
    f"^(.+[^{UNUSUAL_HYPHENS}-])([-{UNUSUAL_HYPHENS}])((?:младш|старш)[а-яё]+)$"
)


@lru_cache(maxsize=100_000)
def name_readings(word: str, morph: Morphology) -> tuple[Reading, ...]:
    """Singular readings of a word as part of a person's name (cached: names recur)."""
    generation = GENERATION.match(word)
    if generation is not None:
        name, hyphen, suffix = generation.groups()
        return generation_readings(name, hyphen, suffix, morph)
    if not morph.is_known(word) and (compound := hyphenated_readings(word, morph)) is not None:
        return compound
    if not morph.is_known(word):
        surnames = [
            p
            for p in morph.parse(word)
            if "Surn" in p.tag.grammemes and RUSSIAN_SURNAME.search(p.normal_form)
        ] or adjectival_surname_parses(word, morph)
        if not surnames:
            return tuple(guessed_name_readings(word))
        parses = surnames
    else:
        parses = [p for p in morph.parse(word) if p.tag.POS == "NOUN"]
    if word.islower() and parses and all(p.tag.number == "plur" for p in parses):
        return plural_readings(word, parses)
    if any("Name" in p.tag.grammemes for p in parses) and all(
        p.tag.number == "plur" or case_of(p.tag) in (None, "voct") for p in parses
    ):
        # "Джорджей": the dictionary has only Джордж's plural, and a mention names one
        return tuple(guessed_name_readings(word))
    readings = []
    for parse in parses:
        case = case_of(parse.tag)
        if case is None or parse.tag.number == "plur" or parse.tag.case in COMMON_NOUN_CASES:
            continue
        gender = parse.tag.gender
        if "Fixd" in parse.tag.grammemes:
            gender, nominative = None, word
        elif case == "nomn":
            nominative = word
        else:
            grammemes = {"nomn", "sing"} | ({gender} if gender else set())
            nominative = inflected(parse, grammemes, word)
        # proper-name readings outweigh common nouns ("Хана": Хан, not хана)
        weight = 1.0 if NAME_TAGS & parse.tag.grammemes else 0.5
        readings.append(Reading(case, gender, "sing", nominative, parse.score * weight))
    return tuple(readings) + feminine_iya_readings(word, readings)


def generation_readings(
    name: str, hyphen: str, generation: str, morph: Morphology
) -> tuple[Reading, ...]:
    """A surname with its generation after a hyphen, both declined in one case and gender:
    "Лоуренса-младшего" is Лоуренс-младший, "Уильямс-младшей" Уильямс-младшая; the name
    read as it would be alone, the adjective as agreeing with it; a woman's surname in a
    consonant as written ("Уильямс-младшей": Уильямс-младшая)."""
    adjectives = [p for p in morph.parse(generation) if p.tag.POS == "ADJF"]
    readings = []
    if name[-1:].lower() not in VOWELS:
        womans = [p for p in adjectives if p.tag.gender == "femn" and p.tag.number == "sing"]
        nominative = name + hyphen + generation
        if womans:  # the last reading's, as before
            nominative = name + hyphen + inflected(womans[-1], {"nomn", "sing", "femn"}, generation)
        cases = sorted({case_of(p.tag) or "nomn" for p in womans})
        readings = [Reading(case, "femn", "sing", nominative, 1 / len(womans)) for case in cases]
    for reading in name_readings(name, morph):
        genders = (reading.gender,) if reading.gender else ("masc", "femn")
        for gender in genders:
            fitting = [
                p
                for p in adjectives
                if case_of(p.tag) == reading.case
                and p.tag.number == "sing"
                and p.tag.gender in (gender, None)
            ]
            if fitting:
                nominative = inflected(fitting[0], {"nomn", "sing", gender}, generation)
                readings.append(
                    replace(
                        reading, gender=gender, nominative=reading.nominative + hyphen + nominative
                    )
                )
    return tuple(readings)


def hyphenated_readings(word: str, morph: Morphology) -> tuple[Reading, ...] | None:
    """Readings of a hyphenated name the dictionary does not know, part by part: its parts
    agree in case and gender ("Диаса-Канеля": Диас-Канель, "Азию-Биби": Азия-Биби), or an
    earlier part that can be a nominative stays so ("Диас-Канеля", "Жан-Поля"), and a part
    in small letters never changes ("Саифа-ул-Мулука": Саиф-ул-Мулук). None for a word of
    one part, or with a part that is no name word; a guess by the last part's ending would
    leave the first as written."""
    parts = HYPHEN.split(word)
    if len(parts) < 2 or not parts[0][:1].isupper() or not parts[-1][:1].isupper():
        return None
    if not all(is_inflectable(part) for part in parts if part[:1].isupper()):
        return None
    hyphens = HYPHEN.findall(word)
    # each part as a later name word: a common word is a name too ("Диаса": диас, Диас)
    part_readings = [
        surname_readings(part, morph) if part[:1].isupper() else None for part in parts
    ]
    found: dict[tuple[str, str | None, str], float] = {}
    last = len(parts) - 1
    for case in CASES:
        for gender in ("masc", "femn"):
            forms, score, told, declined = [], 1.0, None, False
            for index, (part, readings) in enumerate(zip(parts, part_readings, strict=True)):
                if readings is None:  # "ул", "ибн": as written
                    forms.append(part)
                    continue
                fitting = [r for r in readings if r.case == case and r.gender in (gender, None)]
                # a part that does not decline stands in its nominative: an earlier one
                # where likelier, the last only where it has no such form ("Лопесом-Алегрия")
                if index < last or not fitting:
                    fitting += [r for r in readings if r.case == "nomn" and r.nominative == part]
                if not fitting:
                    break
                # on a tie, a declined reading over the part as written, as for words
                best = max(fitting, key=lambda r: (r.score, r.nominative != part))
                forms.append(best.nominative)
                score *= best.score
                told = told or (best.gender if best.case == case else None)
                declined = declined or best.nominative != part
            else:
                if case != "nomn" and not declined:
                    continue  # no part declines: the word as written, read in the nominative
                nominative = "".join(f + h for f, h in zip(forms, [*hyphens, ""], strict=True))
                key = (case, told, nominative)
                found[key] = max(found.get(key, 0.0), score)
    return tuple(
        Reading(case, gender, "sing", nominative, score)
        for (case, gender, nominative), score in found.items()
    )


def adjectival_surname_parses(word: str, morph: Morphology) -> list:
    """pymorphy3's guesses of an unknown word as a man's or woman's adjective, when it
    ends as one does in a case: "Залужного" is the genitive of the surname Залужный, as
    "Толстого" is of Толстой ("Диего" is too short a stem to be one)."""
    lowered = word.lower()
    match = ADJECTIVAL_ENDING.search(lowered)
    if match is None or match.start() < MIN_ADJECTIVAL_STEM:
        return []
    return [
        p
        for p in morph.parse(word)
        if p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.gender in ("masc", "femn")
    ]


@lru_cache(maxsize=100_000)
def surname_readings(word: str, morph: Morphology) -> tuple[Reading, ...]:
    """Readings of the word after a first name: one the dictionary knows only as a common
    word ("Шпана", "Соболь") is also read as a name it does not know ("Йенса Шпана": Шпан),
    each as likely."""
    readings = name_readings(word, morph)
    parses = morph.parse(word)
    if is_oblique_first_name(word, parses):
        return or_undeclined(word, readings)
    if (
        not word[:1].isupper()
        or not morph.is_known(word)
        or any(NAME_TAGS & p.tag.grammemes or p.tag.POS in ADJECTIVE_POS for p in parses)
    ):
        return readings  # a name, or an adjective's surname ("Красного"): the dictionary's
    return or_undeclined(word, readings)


SOFT_ENDINGS = ("я", "ю", "ем")  # a man's soft-sign declension: Галь, Галя, Галю, Галем


@lru_cache(maxsize=100_000)
def soft_surname_readings(word: str, morph: Morphology) -> tuple[Reading, ...]:
    """A man's surname in -ь read in its case forms, where the dictionary knows the word
    as no man's name and no surname: after a man's first name in the same case "Галя" is
    Галь's genitive ("Итая Галя": Итай Галь), not the diminutive Галя, which agrees with
    no man's name. Half as likely as a reading the dictionary has (cached: names recur)."""
    lowered = word.lower()
    parses = morph.parse(word)
    if (
        not word[:1].isupper()
        or not morph.is_known(word)
        or not lowered.endswith(SOFT_ENDINGS)
        or any("Surn" in p.tag.grammemes or p.tag.gender == "masc" for p in parses)
    ):
        return ()
    soft = [
        replace(r, score=r.score * COMMON_WORD_WEIGHT)
        for r in guessed_name_readings(word)
        if r.gender == "masc" and r.nominative.lower().endswith("ь")
    ]
    return tuple(soft)


def or_undeclined(word: str, readings: Sequence[Reading]) -> tuple[Reading, ...]:
    """The dictionary's readings of a later name word and its readings by regular
    declension ("Шпана": Шпан's genitive; "Санду", a case form of the first name Санда,
    as written), each as likely."""
    guessed = guessed_name_readings(word)
    return tuple(
        [replace(r, score=r.score * COMMON_WORD_WEIGHT) for r in readings]
        + [replace(r, score=r.score * COMMON_WORD_WEIGHT) for r in guessed]
    )


def is_oblique_first_name(word: str, parses: Sequence) -> bool:
    """Whether the dictionary reads a capitalised word ending as names that do not
    decline end only as a first name, and in no nominative: "Санду" (Санда's accusative),
    not "Иван", "Петров" nor "Джеймса"."""
    return (
        word[:1].isupper()
        and word[-1:].lower() in INDECLINABLE_ENDINGS
        and bool(parses)
        and all(p.is_known and "Name" in p.tag.grammemes for p in parses)
        and not any(case_of(p.tag) == "nomn" for p in parses)
    )


def is_first_name(word: str, morph: Morphology) -> bool:
    """Whether the dictionary knows the word as a first name ("Йенса", "Петра")."""
    return any("Name" in p.tag.grammemes for p in morph.parse(word))


def is_surname(word: str, morph: Morphology) -> bool:
    """Whether the dictionary knows the word as a surname ("Бетховену")."""
    return morph.is_known(word) and any("Surn" in p.tag.grammemes for p in morph.parse(word))


def first_name_gender(word: str, morph: Morphology) -> str | None:
    """The gender of a first name the dictionary knows written so in the nominative, when
    none of the word's readings is a first name of the other gender: "Хана" is a woman's
    (хан, the common noun, is no first name); "Петра" is no one's (Пётр's genitive),
    "Альфа" neither (the genitive of Альф). A foreign name that does not decline tells
    nothing: the dictionary's gender of "Джесси" or "Андреа" is often not the bearer's."""
    parses = morph.parse(word)
    if not morph.is_known(word) or any("Fixd" in p.tag.grammemes for p in parses):
        return None
    genders = {str(p.tag.gender) for p in parses if "Name" in p.tag.grammemes}
    nominative = {
        str(p.tag.gender) for p in parses if "Name" in p.tag.grammemes and case_of(p.tag) == "nomn"
    }
    if len(genders) == 1 and genders == nominative and nominative <= {"masc", "femn"}:
        return nominative.pop()
    return None


def plural_readings(word: str, parses: list) -> tuple[Reading, ...]:
    """A common noun only ever plural names a group ("лейбористов"): its nominative stays
    plural. (A capitalised word is left to the name readings: "Шумов" is a surname.)"""
    return tuple(
        Reading(case, None, "plur", inflected(p, {"nomn", "plur"}, word), p.score)
        for p in parses
        if (case := case_of(p.tag))
    )


# the forms of a woman's name in -ия: (ending, case)
FEMININE_IYA = (
    ("ия", "nomn"), ("ии", "gent"), ("ии", "datv"), ("ию", "accs"), ("ией", "ablt"), ("ии", "loct"),
)  # fmt: skip
# Men's names in -ий that no woman bears as -ия ("Юрия" is always Юрий's).
MASCULINE_ONLY_IY = frozenset(
    (
        "юрий", "василий", "аркадий", "арсений", "иннокентий", "игнатий", "кондратий", "савелий",
        "макарий", "мефодий", "порфирий", "власий", "гордий", "лаврентий", "онуфрий", "ипатий",
    )
)  # fmt: skip


def feminine_iya_readings(word: str, readings: list[Reading]) -> tuple[Reading, ...]:
    """A woman's reading of a name the dictionary knows only as a man's in -ий.

    pymorphy3 reads "Асия" only as the genitive of the rare "Асий"; the woman's name
    is the likelier one, so it weighs more, and the document's other mentions and
    verbs still decide ("Асий заявил").
    """
    masculine = [r for r in readings if r.gender == "masc" and r.nominative.lower().endswith("ий")]
    if (
        not masculine
        or any(r.gender == "femn" for r in readings)
        or any(r.nominative.lower() in MASCULINE_ONLY_IY for r in masculine)
    ):
        return ()
    lowered, score = word.lower(), 2 * max(r.score for r in masculine)
    return tuple(
        Reading(case, "femn", "sing", word[: len(word) - len(ending)] + "ия", score)
        for ending, case in FEMININE_IYA
        if lowered.endswith(ending)
    )


def strip_case_ending(word: str) -> str:
    """'МИДа' -> 'МИД'; anything else unchanged."""
    match = INFLECTED_ABBREVIATION.match(word)
    return match.group(1) if match else word


def join_words(text: str, offsets: Iterable[tuple[int, int, str]], base: int) -> str:
    """`text` with each (start, end) stretch replaced, offsets relative to `base`."""
    pieces, cursor = [], 0
    for start, end, replacement in offsets:
        pieces.append(text[cursor : start - base])
        pieces.append(replacement)
        cursor = end - base
    pieces.append(text[cursor:])
    return "".join(pieces)


@quick_init
@dataclass(frozen=True, slots=True)
class MentionForm:
    """What agreement needs of a mention: the cases it can be in, and whether it is plural
    (every reading is) or may be ("актрисы": a genitive singular or a plural)."""

    cases: frozenset[str]
    plural: bool
    may_be_plural: bool = False


# "замгубернатора": a deputy's title, "зам-" before the genitive of a post
DEPUTY = "зам"


def is_indeclinable_title(word: str, morph: Morphology) -> bool:
    """A deputy's title, "зам-" and the genitive of a post, stays so in every case:
    "замминистра" (the dictionary's, marked so), "замгубернатора" (not in it)."""
    if not word.lower().startswith(DEPUTY):
        return False
    if morph.is_known(word):
        return any("Fixd" in p.tag.grammemes for p in morph.parse(word))
    return word[-1:] in ("а", "я", "ы")


# the case endings of a man's noun in -а, -я ("мулла", "судья"), singular
FIRST_DECLENSION = (
    ("ой", frozenset({"ablt"})),
    ("ей", frozenset({"ablt"})),
    ("а", frozenset({"nomn"})),
    ("я", frozenset({"nomn"})),
    ("ы", frozenset({"gent"})),
    ("и", frozenset({"gent"})),
    ("е", frozenset({"datv", "loct"})),
    ("у", frozenset({"accs"})),
    ("ю", frozenset({"accs"})),
)


def first_declension_cases(word: str) -> frozenset[str]:
    """The cases a noun in -а, -я ending so may stand in: "аятоллы" a genitive."""
    for ending, cases in FIRST_DECLENSION:
        if word.lower().endswith(ending):
            return cases
    return frozenset()


def is_guessed_thing(word: str, morph: Morphology) -> bool:
    """A title word the dictionary does not know, guessed only as a thing: a title names a
    person, and the guess may miss a man's noun in -а ("аятолла" guessed as the genitive of
    "аятолл", not the nominative it is, as "мулла")."""
    if morph.is_known(word):
        return False
    parses = [p for p in morph.parse(word) if p.tag.POS == "NOUN"]
    return bool(parses) and all(p.tag.animacy == "inan" for p in parses)


def is_thing_word(word: str, morph: Morphology) -> bool:
    """A word the dictionary knows only as a thing or a place, never as a person: in a
    name it is a foreign part whose case shows nothing ("Чен" in "Ким Чен Ына", a genitive
    that "Ына" alone shows)."""
    if not morph.is_known(word):
        return False
    parses = [p for p in morph.parse(word) if p.tag.POS == "NOUN"]
    return bool(parses) and all(
        p.tag.animacy == "inan" and not NAME_TAGS & p.tag.grammemes for p in parses
    )


def mention_form(words: Sequence[str], morph: Morphology, person: bool) -> MentionForm:
    """A person's name words agree in case; a title's first word decides case and number
    (none does in "и. о. министра": the abbreviation takes every case). Cached: names and
    titles recur ("Путин", "президента"), within a document and across."""
    return words_form(tuple(words), morph, person)


@lru_cache(maxsize=100_000)
def words_form(words: tuple[str, ...], morph: Morphology, person: bool) -> MentionForm:
    """`mention_form` of the words."""
    cases = frozenset(CASES)
    inflectable = [w for w in words if is_inflectable(w)]
    if not person:
        inflectable = inflectable[:1] if words and is_inflectable(words[0]) else []
    plural = may_be_plural = False
    for word in inflectable:
        if person and is_thing_word(word, morph):
            continue
        if person:
            found = {r.case for r in name_readings(word, morph)}
        elif is_indeclinable_title(word, morph):
            found = set(CASES)
        else:
            parses = [p for p in morph.parse(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
            found = {case for p in parses if (case := case_of(p.tag))}
            if is_guessed_thing(word, morph):
                found |= first_declension_cases(word)
            plural = bool(parses) and all(p.tag.number == "plur" for p in parses)
            may_be_plural = any(p.tag.number == "plur" for p in parses)
        if cases & found:  # a word that agrees with nothing so far is a foreign name
            cases &= found
    return MentionForm(cases, plural, may_be_plural)
