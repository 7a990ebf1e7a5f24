"""The readings of a person's name: every name word agrees in one case and gender, and
all go to the nominative ("Бэллу Черкесову" -> "Бэлла Черкесова"). The readings a
mention allows are kept, so that the document can settle them together (`persons.py`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.frozen import quick_init
from pipeline.ner.page import NAME_PARTICLES
from pipeline.normalize.phrases import (
    as_read,
    is_word,
    normal_phrase,
    normal_title,
    span_text,
)
from pipeline.records import Span, Token
from pipeline.text.inflect import (
    ADJECTIVE_POS,
    CASES,
    HYPHEN,
    REGULAR_ENDINGS,
    MentionForm,
    Reading,
    case_of,
    first_name_gender,
    guessed_name_readings,
    is_first_name,
    is_inflectable,
    is_oblique_first_name,
    is_surname,
    is_thing_word,
    join_words,
    name_readings,
    or_undeclined,
    restore_capitals,
    soft_surname_readings,
    surname_readings,
)
from pipeline.text.morphology import Morphology


@quick_init
@dataclass(frozen=True, slots=True)
class Option:
    agreeing: int
    score: float
    genders: frozenset[str]
    cases: frozenset[str] = frozenset()
    # the likelihood in each case apart: "Гинцбургу" as written is likely summed over six
    # cases, but after "академику" the dative Гинцбург is likelier than the written form
    case_scores: tuple[tuple[str, float], ...] = ()

    def score_in(self, cases: frozenset[str]) -> float:
        """The likelihood of the reading in `cases` (in all its cases, if none)."""
        if not cases:
            return self.score
        return sum(score for found, score in self.case_scores if found in cases)


GENDERS = ("masc", "femn")
# How often a name stands in each case in news text: subjects and possessors first.
# News names no one in the vocative: "Илон" is Илона's informal vocative, not a woman's name.
NAME_CASES = tuple(case for case in CASES if case != "voct")
CASE_PRIOR = {"nomn": 0.35, "gent": 0.25, "datv": 0.1, "accs": 0.12, "ablt": 0.1, "loct": 0.07,
              "voct": 0.01}  # fmt: skip


@lru_cache(maxsize=100_000)
def person_options(
    words: tuple[str, ...], morph: Morphology, as_woman: bool = False
) -> tuple[tuple[tuple[str, ...], Option], ...]:
    """Candidate nominatives of a person's name: how many words agree, how likely, which gender.

    The inflectable words are read in one case and gender; a word that has no such
    reading (foreign, indeclinable, an initial) stays as written. `as_woman` reads the
    first name as a woman's (`womans_first_name`). Cached: names recur.
    """
    readings = {
        i: mention_word_readings(words, i, morph, as_woman)
        for i, w in enumerate(words)
        if is_inflectable(w)
    }
    last = len(words) - 1
    soft = soft_surname_readings(words[last], morph) if len(words) > 1 else ()
    readings = {index: found for index, found in readings.items() if found}
    readings = without_fixed_names(words, readings, morph)
    # each word's readings by case, sorted once, not sifted again for every case and gender
    by_case: dict[str, dict[int, list[Reading]]] = {}
    for index, found in readings.items():
        for reading in found:
            by_case.setdefault(reading.case, {}).setdefault(index, []).append(reading)
    options: dict[tuple[str, ...], Option] = {}
    for case in NAME_CASES:
        if case not in by_case:  # no word reads in it: no reading agrees in it
            continue
        in_case = by_case[case]
        # the genders some word's reading in the case fits: in no other does a word agree
        fitting = {r.gender for found in in_case.values() for r in found}
        # each reading's words: how many agree, how likely, in which genders
        read: dict[tuple[str, ...], tuple[int, float, frozenset[str]]] = {}
        for gender in GENDERS:
            if None not in fitting and gender not in fitting:
                continue
            for forms, score, agreeing in readings_in(words, in_case, soft, case, gender):
                key = tuple(forms)
                known = read.get(key)
                if known is None:
                    read[key] = (agreeing, score, frozenset({gender}))
                elif known[:2] < (agreeing, score):
                    read[key] = (agreeing, score, known[2] | {gender})
                else:
                    read[key] = (known[0], known[1], known[2] | {gender})
        # one reading in several cases is likelier; in both genders, not more likely
        for key, (agreeing, score, genders) in read.items():
            previous = options.get(key)
            if previous is None or previous.agreeing < agreeing:
                options[key] = Option(agreeing, score, genders, frozenset({case}), ((case, score),))
            elif previous.agreeing == agreeing:
                options[key] = Option(
                    agreeing,
                    previous.score + score,
                    previous.genders | genders,
                    previous.cases | {case},
                    (*previous.case_scores, (case, score)),
                )
    return tuple(sorted(options.items()))


def readings_in(
    words: tuple[str, ...],
    in_case: dict[int, list[Reading]],
    soft: tuple[Reading, ...],
    case: str,
    gender: str,
) -> list[tuple[list[str], float, int]]:
    """The name's words read in one case and gender: (nominatives, likelihood, how many
    words agree), none where no word agrees; `in_case` holds each word's readings in the
    case. Each word takes its likeliest reading; the last of several also each other
    nominative it may stand for, which the document's other mentions may support ("о
    Таймуре Разе": раз's locative, or Раза's)."""
    last = len(words) - 1
    found: list[tuple[list[str], float, int]] = [([], CASE_PRIOR[case], 0)]
    for index, word in enumerate(words):
        fitting = [r for r in in_case.get(index, ()) if r.gender in (gender, None)]
        extended = []
        for forms, score, agreeing in found:
            choices = fitting
            if not choices and index == last and agreeing and forms[0] != words[0]:
                # a man's first name declined in this case, and a surname the
                # dictionary reads in no case of his: "Итая Галя", Итай Галь
                choices = [r for r in soft if r.case == case and r.gender == gender]
            if not choices:
                extended.append(([*forms, word], score, agreeing))
                continue
            # on a tie, a declined reading over the word as written: "Анне" in the dative
            # is Анна's form more often than a name in -е
            best = max(choices, key=lambda r: (r.score, r.nominative != word))
            chosen = [best]
            if index == last and index > 0:
                others: dict[str, Reading] = {}
                for r in choices:
                    if r.nominative != best.nominative and (
                        r.nominative not in others or others[r.nominative].score < r.score
                    ):
                        others[r.nominative] = r
                chosen += [others[n] for n in sorted(others)]
            extended += [([*forms, r.nominative], score * r.score, agreeing + 1) for r in chosen]
        found = extended
    return [item for item in found if item[2]]


def without_fixed_names(
    words: tuple[str, ...], readings: dict[int, tuple[Reading, ...]], morph: Morphology
) -> dict[int, tuple[Reading, ...]]:
    """The readings less a first name's as a name that never declines, where it is also
    the case form of a name that does, and the other words stand in that case and in no
    nominative: "Анне Ивановой" is Анна Иванова (Ивановой is no nominative), not the
    genitive of Анне Иванова; "Анне Франк" keeps Анне, whom the text may name so."""
    changed = dict(readings)
    for index, found in readings.items():
        declined = declined_cases(words[index], morph)
        others = [rs for other, rs in readings.items() if other != index]
        if (
            declined
            and others
            and all(
                any(r.case in declined for r in rs) and all(r.case != "nomn" for r in rs)
                for rs in others
            )
        ):
            changed[index] = tuple(r for r in found if r.nominative != words[index])
    return changed


def declined_cases(word: str, morph: Morphology) -> frozenset[str]:
    """The oblique cases of a first name that is also a name that never declines ("Анне":
    Анна's dative and locative, and Анне in every case); none for any other word."""
    parses = [p for p in morph.parse(word) if "Name" in p.tag.grammemes]
    if not any("Fixd" in p.tag.grammemes for p in parses):
        return frozenset()
    return frozenset(
        case
        for p in parses
        if "Fixd" not in p.tag.grammemes and (case := case_of(p.tag)) not in (None, "nomn")
    )


def is_particle(words: tuple[str, ...], index: int) -> bool:
    """Whether the word at `index` is a particle between a name's other words (first or
    last, "Ван" and "Ле" are names)."""
    return 0 < index < len(words) - 1 and words[index].lower() in NAME_PARTICLES


def mention_word_readings(
    words: tuple[str, ...], index: int, morph: Morphology, as_woman: bool = False
) -> tuple[Reading, ...]:
    """A name word's readings in the mention (`word_readings`), the last after a first
    name also as a surname the dictionary may not know (`surname_readings`)."""
    last = len(words) - 1
    if (
        index == last
        and index > 0
        and not is_particle(words, last - 1)
        and any(is_first_name(w, morph) for w in words[:last])
    ):
        return surname_readings(words[last], morph)
    return word_readings(words, index, morph, as_woman)


@lru_cache(maxsize=100_000)
def word_readings(
    words: tuple[str, ...], index: int, morph: Morphology, as_woman: bool = False
) -> tuple[Reading, ...]:
    """A name word's readings: a particle agrees in every case as written; the word after
    one is a foreign surname, read by regular declension unless the dictionary knows it as
    one ("Аль Тани" does not decline: no genitive of Таня; "ван Бетховену" is Бетховен's
    dative); any other as the dictionary has it, the first `as_woman` if asked (cached:
    names recur)."""
    word = words[index]
    if as_woman and index == 0:
        return womans_first_name(word, morph)
    if is_particle(words, index):
        # the vocative aside: news hardly calls to anyone ("Зин" is Зина's vocative)
        return tuple(Reading(case, None, "sing", word, 1.0) for case in CASES if case != "voct")
    if index > 0 and is_particle(words, index - 1) and not is_surname(word, morph):
        return tuple(guessed_name_readings(word))
    readings = name_readings(word, morph)
    if (
        len(words) == 1
        and not is_first_name(word, morph)
        and all(r.case == "nomn" and r.nominative == word for r in readings)
    ):
        # a lone surname the dictionary reads as no singular noun in a case, or only as a
        # common word as written, is a name it does not know as well: "Батисты" (батист's
        # plural), "Сомова" (сомовый's short form); "Бурла заявил" is no woman
        # (`surname_readings`); "Кобзарю" stays the кобзарь's dative
        return surname_readings(word, morph)
    if (
        not readings
        and index == 0
        and len(words) > 1
        and word[:1].isupper()
        and not any(p.tag.POS in ADJECTIVE_POS for p in morph.parse(word))
    ):
        # a first name the dictionary reads as no singular noun, nor an adjective before
        # one ("Баварскому Луитпольду"), is a name it does not know: "Санны Марин" is
        # Санна's genitive (санный's short form)
        return tuple(guessed_name_readings(word))
    if index > 0 and is_oblique_first_name(word, morph.parse(word)):
        return or_undeclined(word, readings)
    if index == 0 and is_womans_name_in_e(words, morph):
        return readings + undeclined_womans_name(word)
    return readings


# how much less likely a first name read as written is than as the dictionary has it
UNDECLINED_FIRST_NAME_WEIGHT = 0.05


def is_womans_name_in_e(words: tuple[str, ...], morph: Morphology) -> bool:
    """Whether the first name may be a woman's foreign name in -е that never declines,
    though the dictionary reads it only as a case form of a name in -а ("Лике": Лика's
    dative): the surname after it does not decline in a woman's name either ("Лике
    Мартенс"), so only the words around can tell (not "Лике Петровой", Лика Петрова)."""
    word = words[0]
    parses = morph.parse(word)
    return (
        len(words) > 1
        and word[:1].isupper()
        and word[-1:].lower() == "е"
        and any("Name" in p.tag.grammemes for p in parses)
        and all(p.tag.gender == "femn" for p in parses if "Name" in p.tag.grammemes)
        and not any(case_of(p.tag) == "nomn" for p in parses)
        and all(stays_as_written(w, morph) for w in words[1:])
    )


def undeclined_womans_name(word: str) -> tuple[Reading, ...]:
    """The first name as written in every case, a woman's, far less likely than the
    dictionary's case forms: a verb or title that tells the nominative decides ("Лике
    Мартенс забила"), or the name so written elsewhere; "Елене Мартенс" is Елена's dative."""
    return tuple(
        replace(r, gender="femn", score=r.score * UNDECLINED_FIRST_NAME_WEIGHT)
        for r in guessed_name_readings(word)
        if r.nominative == word
    )


@lru_cache(maxsize=100_000)
def womans_first_name(word: str, morph: Morphology) -> tuple[Reading, ...]:
    """The readings of a first name the dictionary knows only as a man's as a woman's
    name in -а or -я by regular declension ("Джорджа": Джордж's genitive, or Джорджа;
    "Джорджу": Джорджа's accusative); none for any other word (cached: first names
    recur)."""
    readings = name_readings(word, morph)
    if not readings or any(r.gender != "masc" for r in readings):
        return ()
    if not is_first_name(word, morph):
        return ()
    # the man's name ends in a consonant and hers adds -а: Джордж, Джорджа; or in -й and
    # hers ends in -я: Кай, Кая (Сергея is a man's genitive; the surname beside it, which
    # never declines, and a woman's verb or title must tell: `may_be_woman`); not Игорь
    womans = {
        r.nominative.lower()[:-1] + "я" if r.nominative[-1:] == "й" else r.nominative.lower() + "а"
        for r in readings
        if r.nominative[-1:] != "ь"
    }
    return tuple(
        replace(r, gender="femn")
        for r in guessed_name_readings(word)
        if r.gender in (None, "femn") and r.nominative.lower() in womans
    )


def stays_as_written(word: str, morph: Morphology) -> bool:
    """Whether a woman's name word reads as written in every case ("Мелони", "Мэй"; not
    "Петрова", "Буша")."""
    if not is_inflectable(word):
        return True
    cases = {
        r.case
        for r in name_readings(word, morph)
        if r.nominative == word and r.gender in (None, "femn")
    }
    return cases >= set(NAME_CASES)


def may_be_woman(words: tuple[str, ...], morph: Morphology) -> bool:
    """Whether the name may be a woman's that the dictionary reads only as a man's: a first
    name in -а or -я (or its case forms), alone or before a surname that does not decline
    ("Джорджа Мелони" is Джордж's genitive, or the woman Джорджа Мелони; "известная
    Ванга" is no Ванг)."""
    return (
        bool(words)
        and bool(womans_first_name(words[0], morph))
        and all(stays_as_written(word, morph) for word in words[1:])
    )


@quick_init
@dataclass(frozen=True, slots=True)
class PersonForms:
    """The ways a person mention can be put into the nominative, kept so that the
    document can choose among them once it knows who the mention names."""

    text: str
    words: tuple[tuple[int, int], ...]  # offsets of the name words within `text`
    options: tuple[tuple[tuple[str, ...], Option], ...]
    nominative: frozenset[str]  # genders in which the mention is already in the nominative
    # the gender of its first word as a first name written in the nominative ("Хана")
    first_name: str | None = None
    # the readings with the first name a woman's, where the dictionary knows only a man's
    # ("Джорджа Мелони"): the person's gender decides (`settle_person_names`)
    woman: PersonForms | None = None
    # genders in which every word is a nominative as written, a word read in no nominative
    # (a foreign "Коне", the dictionary's конь) staying as it is (`written_genders`)
    written_genders: frozenset[str] = frozenset()
    # a lone word the dictionary knows only as a thing: its gender is the noun's, and
    # tells nothing of the person's ("Драги", драга's genitive, is Марио Драги)
    thing: bool = False

    @property
    def genders(self) -> frozenset[str]:
        """The genders the likeliest-agreeing readings allow ("Асией": only a woman's)."""
        return frozenset().union(*(option.genders for _, option in self.best(None)))

    def best(self, gender: str | None) -> list[tuple[tuple[str, ...], Option]]:
        """The options of `gender` (all, if none has it) with the most agreeing words."""
        options = [item for item in self.options if gender is None or gender in item[1].genders]
        options = options or list(self.options)
        most = max((option.agreeing for _, option in options), default=0)
        return [item for item in options if item[1].agreeing == most]

    def allows(self, gender: str) -> bool:
        return any(gender in option.genders for _, option in self.options)

    def choose(
        self,
        gender: str | None,
        support: Counter,
        known: set[str],
        cases: frozenset[str] = frozenset(),
        written: frozenset[str] = frozenset(),
    ) -> str:
        """The nominative whose words the other mentions support most, then the one
        whose words fuller mentions use, then the likeliest. The person's `gender`
        decides among the readings where most words agree; a mention whose `cases` the
        words around it tell is read in one where it can be. A word that is a regular case form of
        a name `written` out in the nominative elsewhere takes that name ("Данна" after
        "Питер Данн")."""
        options = list(self.options)
        if gender is not None:
            options = [item for item in self.best(None) if gender in item[1].genders] or options
        if cases:
            told = [item for item in options if cases & item[1].cases]
            options, cases = (told, cases) if told else (options, frozenset())
        if not options:
            return as_read(self.text)

        def rank(item: tuple[tuple[str, ...], Option]) -> tuple[int, int, int, float]:
            forms, option = item
            lowered = [form.lower() for form in forms]
            return (
                sum(support[f] for f in lowered),
                sum(f in known for f in lowered),
                option.agreeing,
                option.score_in(cases),
            )

        forms = tuple(
            form
            if form.lower() in written
            else as_written(self.text[start:end], form, written) or form
            for form, (start, end) in zip(max(options, key=rank)[0], self.words, strict=True)
        )
        return as_read(join_words(self.text, zip_words(self.words, forms), 0))

    def is_written_nominative(self, gender: str | None = None) -> bool:
        """Whether the mention stands in the text as one of its nominatives, in the
        person's `gender` where it allows it ("Йенса Шпана" is a woman's nominative only:
        not the written name of Йенс Шпан)."""
        best = self.best(None)
        if gender is not None:
            best = [item for item in best if gender in item[1].genders] or best
        return any(forms == self.written_words() for forms, _ in best)

    def is_wholly_nominative(self, gender: str | None) -> bool:
        """Whether the mention as written is one of its nominatives with every word a
        nominative of one gender: the person's where it can be ("Сергей Елкин", "Франсис
        Коне"; not the misprint "Сергей Елкина", a man's word and a woman's)."""
        genders = self.written_genders
        if not genders:
            return False
        return self.is_written_nominative(gender if gender in genders else None)

    def may_be_in(self, case: str, gender: str | None) -> bool:
        """Whether one of the likeliest readings in `gender` stands in `case`."""
        return any(case in option.cases for _, option in self.best(gender))

    def reads_only_as_nominative(self, gender: str | None) -> bool:
        """Whether none of the likeliest readings in the person's `gender` is an oblique
        case ("Сергей Елкин"; "Юитиро Миура" may be Миур's genitive, "Сергея Елкина" is
        Елкин's)."""
        return all(option.cases == {"nomn"} for _, option in self.best(gender))

    def surname_declines_in(self, case: str | None) -> bool:
        """Whether, in one of the likeliest readings in `case`, every word agrees, the first
        name as written (it does not decline) and a later word declined: the first name
        does not tell the case ("Джо Байдена": Джо Байден in the genitive), only the words
        around can. A first name that declines tells it itself ("Алина Кабаева" is no
        genitive of Алин Кабаев), and one that cannot stand in the case forbids it
        ("Ляйсан Утяшева": no man's genitive)."""
        written = self.written_words()
        return len(written) > 1 and any(
            case in option.cases
            and option.agreeing == len(written)
            and forms[0] == written[0]
            and forms != written
            for forms, option in self.best(None)
        )

    def agrees_in(self, case: str | None) -> bool:
        """Whether every word of the name agrees in `case` in one of its likeliest readings
        and in no other ("с Джорджей Мелони": Джорджа Мелони; "о Хане Эль Сали" may be
        Хан's or Хана's, and the case does not tell)."""
        count = len(self.words)
        agreeing = [
            forms
            for forms, option in self.best(None)
            if case in option.cases and option.agreeing == count
        ]
        return len(agreeing) == 1

    def written_words(self) -> tuple[str, ...]:
        return tuple(self.text[start:end] for start, end in self.words)

    def readings(self) -> tuple[str, ...]:
        """The mention's likeliest nominatives ("Бесселя Кока": Бессель Кок, or Бесселя Кока)."""
        return tuple(
            sorted(
                {
                    join_words(self.text, zip_words(self.words, forms), 0)
                    for forms, _ in self.best(None)
                }
            )
        )

    def candidates(self, gender: str | None) -> set[str]:
        """Every nominative word this mention could stand for."""
        return {form.lower() for forms, _ in self.best(gender) for form in forms}


def as_written(word: str, form: str, written: frozenset[str]) -> str | None:
    """The word as written where the person is surely written with it in the nominative
    elsewhere, whatever the declension reads (`form`): "Миура" beside "восьмидесятилетний
    Юитиро Миура" is no Миур's genitive, "Ивана Галя" beside "Иван Галя" no Галь's;
    otherwise the name word so written that `word` is a regular case form of ("Данна"
    beside "Питер Данн")."""
    if word.lower() in written:
        return word
    return known_lemma(word, written)


# a name's regular case endings, the locative of a man's name in -ь or -й too ("Мигеле":
# Мигель beside the written Мигель, which the declension alone cannot tell from Мигел),
# the dative, locative and instrumental of a name in -а ("Кустурице", "Кустурицей"), and
# the dative and locative of one in -я, as written also for -ия ("Асие" beside "Асия Биби"),
# and the case forms of a surname declined as an adjective, a woman's ("Ирины Яровой"
# beside "Ирина Яровая", not Ярова) or a man's ("Толстого" beside "Лев Толстой")
LEMMA_ENDINGS = (
    *REGULAR_ENDINGS, ("е", "ь"), ("е", "й"), ("е", "а"), ("ей", "а"), ("е", "я"),
    ("ой", "ая"), ("ую", "ая"), ("ей", "яя"), ("юю", "яя"),
    ("ого", "ой"), ("ому", "ой"), ("ым", "ой"), ("ом", "ой"),
    ("ого", "ый"), ("ому", "ый"), ("ым", "ый"), ("ом", "ый"),
    ("ого", "ий"), ("ому", "ий"), ("им", "ий"), ("ом", "ий"),
    ("его", "ий"), ("ему", "ий"), ("ем", "ий"),
)  # fmt: skip


def known_lemma(word: str, known: frozenset[str]) -> str | None:
    """The known name word that `word` is a regular case form of; a hyphenated one part
    by part ("Диасе-Канеле" beside "Диас-Канель")."""
    if not known:  # most asks (6,080 of 6,343 over short news): no word is known
        return None
    lowered = word.lower()
    for ending, replacement in LEMMA_ENDINGS:
        if lowered.endswith(ending):
            lemma = lowered[: len(lowered) - len(ending)] + replacement
            if lemma in known:
                return restore_capitals(word, lemma)
    parts = HYPHEN.split(lowered)
    if len(parts) > 1:
        for lemma in sorted(known):
            lemma_parts = HYPHEN.split(lemma)
            if len(lemma_parts) == len(parts) and all(
                part == lemma_part or known_lemma(part, frozenset({lemma_part}))
                for part, lemma_part in zip(parts, lemma_parts, strict=True)
            ):
                return restore_capitals(word, lemma)
    return None


def zip_words(
    words: tuple[tuple[int, int], ...], forms: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    return [(start, end, form) for (start, end), form in zip(words, forms, strict=True)]


# initials whose last period the mention left out: "Батыршин Р.И", "Михальчука И. Ф"
CUT_INITIALS = re.compile(r"[^\W\d_]\.\s?[^\W\d_]$")


def person_forms(text: str, span: Span, morph: Morphology) -> PersonForms:
    """All readings of a person mention in the nominative; initials that end the mention
    keep the period the sentence's full stop stands for ("Батыршин Р.И." at a sentence's
    end: Батыршин Р.И.)."""
    words = [t for t in span.tokens if is_word(t)]
    texts = tuple(t.text for t in words)
    written = span_text(text, span)
    if text[span.end : span.end + 1] == "." and CUT_INITIALS.search(written):
        written += "."
    offsets = tuple((t.start - span.start, t.end - span.start) for t in words)
    woman = None
    if may_be_woman(texts, morph):
        woman = PersonForms(
            written,
            offsets,
            person_options(texts, morph, True),
            nominative_genders(texts, morph, True),
            written_genders=written_genders(texts, morph, True),
        )
    return PersonForms(
        written,
        offsets,
        person_options(texts, morph),
        nominative_genders(texts, morph),
        first_name_of(texts, morph),
        woman,
        written_genders(texts, morph),
        len(texts) == 1 and is_thing_word(texts[0], morph),
    )


def first_name_of(words: tuple[str, ...], morph: Morphology) -> str | None:
    """The gender of the first name, where the surname cannot tell one: "Хана Эль Сали"
    (Сали does not decline) is a woman; "Арлена Спектера" may be Арлен Спектер's
    genitive as well as Арлена's nominative, so the first name alone does not decide."""
    last = len(words) - 1
    if last < 1 or (
        is_inflectable(words[last]) and any(r.gender for r in name_readings(words[last], morph))
    ):
        return None
    return first_name_gender(words[0], morph)


@lru_cache(maxsize=100_000)
def nominative_genders(
    words: tuple[str, ...], morph: Morphology, as_woman: bool = False
) -> frozenset[str]:
    """The genders in which every inflectable word of a name can be a nominative."""
    found = set(GENDERS)
    for index, word in enumerate(words):
        if not is_inflectable(word) or is_particle(words, index):
            continue
        readings = mention_word_readings(words, index, morph, as_woman)
        if readings:
            found &= {
                gender
                for r in readings
                if r.case == "nomn"
                for gender in ((r.gender,) if r.gender else GENDERS)
            }
    return frozenset(found)


@lru_cache(maxsize=100_000)
def written_genders(
    words: tuple[str, ...], morph: Morphology, as_woman: bool = False
) -> frozenset[str]:
    """The genders in which every inflectable word of a name is a nominative as written,
    or is read in no nominative at all ("Франсис Коне": Коне is a foreign name, not
    конь's locative; "Сергей Елкина": none, Елкина a woman's, Сергей a man's)."""
    found = set(GENDERS)
    for index, word in enumerate(words):
        if not is_inflectable(word) or is_particle(words, index):
            continue
        nominatives = [
            r
            for r in mention_word_readings(words, index, morph, as_woman)
            if r.case == "nomn" and r.nominative.lower() == word.lower()
        ]
        if nominatives:
            found &= {g for r in nominatives for g in ((r.gender,) if r.gender else GENDERS)}
    return frozenset(found)


def known_name_words(people: Sequence[PersonForms | None]) -> set[str]:
    """Lower-cased words of the nominatives of multi-word person mentions."""
    known: set[str] = set()
    for forms in people:
        if forms is not None and len(forms.words) > 1:
            known.update(word.lower() for word in forms.choose(None, Counter(), set()).split())
    return known


def person_forms_of(
    text: str, spans: Sequence[Span], morph: Morphology
) -> list[PersonForms | None]:
    """Each person span's readings (None for other spans)."""
    return [person_forms(text, s, morph) if s.type == "PER" else None for s in spans]


@lru_cache(maxsize=100_000)
def normal_of_name(
    kind: str,
    original: str,
    tokens: tuple[Token, ...],
    morph: Morphology,
    case: str | None = None,
    governed: bool = False,
) -> str:
    """Normal form of an organisation, place or title (cached: "РК", "Президента" recur),
    read in `case` where it can be (a place after its kind noun: "городе Волжском"; after
    a preposition, which `governed` it: "в Сан Луисе")."""
    span = Span(0, len(original), kind, tokens)
    if kind == "TITLE":
        return normal_title(original, span, morph)
    return normal_phrase(original, span, morph, case, governed)


def with_womans_cases(form: MentionForm, forms: PersonForms | None) -> MentionForm:
    """A name's cases for agreement, with those it has as a woman's name the dictionary
    reads only as a man's: "премьер-министр Италии Джорджа Мелони" agrees in the
    nominative, though "Джорджа" alone is Джордж's genitive. The caller leaves out a
    person the text shows to be a man. A lone first name ("Мансура") is left as the
    dictionary reads it: a title beside it tells no woman."""
    if forms is None or forms.woman is None or len(forms.words) < 2:
        return form
    count = len(forms.words)
    cases = {
        case
        for _, option in forms.woman.options
        if option.agreeing == count
        for case in option.cases
    }
    return replace(form, cases=form.cases | cases) if cases else form
