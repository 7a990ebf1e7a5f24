"""Nominative forms of organisations, places and titles: only the head phrase, the
adjectives and the first noun, is inflected; what follows it stays as written ("Службы
центральных коммуникаций" -> "Служба центральных коммуникаций")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from pymorphy3.units import DictionaryAnalyzer, HyphenatedWordsAnalyzer

from pipeline.lexicons.titles import INSTRUMENTAL_GOVERNORS
from pipeline.records import Span, Token
from pipeline.text.inflect import (
    ADJECTIVE_POS,
    CYRILLIC_WORD,
    FEMININE_LOCATIVE,
    Reading,
    agree,
    case_of,
    fits_gender,
    inflect,
    inflected,
    is_indeclinable_title,
    is_inflectable,
    is_plausible_guess,
    join_words,
    qualifies,
    strip_case_ending,
)
from pipeline.text.morphology import Morphology

# zero-width spaces and joiners, word joiners, byte-order marks, soft hyphens
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# a line break, a tab or more than one space between two words of a name
SPACING = re.compile(r"\s{2,}|[^\S ]")
QUOTES = "«»\"„“”'"
# Adjectives that pymorphy3 rates as likely as a commoner one of the same form: "Большим
# театром" is "Большой театр", not "Больший"; "временного главы" is "временный глава".
RARE_READINGS = frozenset({"больший", "временной"})


def is_word(token: Token) -> bool:
    return any(ch.isalpha() for ch in token.text)


def span_text(text: str, span: Span) -> str:
    return text[span.start : span.end]


CONNECTORS = frozenset({"и", ","})
FOREIGN_PARTICLES = frozenset(
    {"Аль", "Эль", "Ас", "Сан", "Сен", "Сент", "Ла", "Ле", "Лос", "Лас", "Дель", "Нью", "Абу"}
)


def head_phrases(tokens: Sequence[Token], morph: Morphology) -> list[list[Token]]:
    """Candidate head phrases, longest first: adjectives (maybe joined by "и") and a noun.

    The article or particle of a foreign place name stays as it is and the word after
    it is the head ("в Сан Луисе" -> "Сан Луис", "Аль Аин").
    """
    phrases: list[list[Token]] = []
    run: list[Token] = []
    for index, token in enumerate(tokens):
        if token.text.lower() in CONNECTORS and run:
            run.append(token)
            continue
        if not run and token.text in FOREIGN_PARTICLES and index + 1 < len(tokens):
            continue
        if not is_inflectable(token.text):
            break
        parses = morph.parse(token.text)
        run.append(token)
        if any(p.tag.POS == "NOUN" for p in parses):
            phrases.append(list(run))
        if not reads_as_adjective(parses, morph.is_known(token.text)) and not any(
            map(is_plural_surname, parses)
        ):
            break
    return phrases[::-1]


def is_plural_surname(parse) -> bool:
    """Whether a reading is a surname's plural, which is written as the possessive adjective
    on it before a plural noun: "Воробьёвых гор" is Воробьёвы горы."""
    return parse.tag.POS == "NOUN" and "Surn" in parse.tag and parse.tag.number == "plur"


def reads_as_adjective(parses: Sequence, known: bool) -> bool:
    """Whether a word may be an adjective of the noun after it: it has an adjective reading,
    which, for a word the dictionary knows, its noun readings do not far outweigh
    ("сборной Франции" is the team of France: the noun "сборная", 0.87 against 0.09; a
    guess's scores say little: "Консерватовной партии")."""
    adjective = sum(p.score for p in parses if p.tag.POS in ADJECTIVE_POS)
    noun = sum(p.score for p in parses if p.tag.POS == "NOUN")
    return adjective > 0 and (not known or adjective >= noun / 4)


def noun_parses(token: Token, morph: Morphology, animacy: str = "inan") -> tuple:
    """Noun readings of a name's head word: those of `animacy` when there are any (a
    place or an organisation is a thing, a title a person: "Политик" is not "политика")."""
    return word_noun_parses(token.text, morph, animacy)


@lru_cache(maxsize=100_000)
def word_noun_parses(word: str, morph: Morphology, animacy: str) -> tuple:
    """`noun_parses` of the word (cached: a name's head words recur)."""
    parses = [p for p in morph.parse(word) if p.tag.POS == "NOUN" and case_of(p.tag)]
    compounds = [p for p in parses if declines_both_parts(p)] if animacy == "anim" else []
    if compounds:
        # a person's "лётчика-испытателя" is a лётчик-испытатель; pymorphy3 also reads its
        # first part as fixed ("лётчика-испытатель"), as it is in "премьер-министра" and in
        # place names ("Абу-Грэйв", not an "Аба-Грэйв")
        parses = compounds
    elif not morph.is_known(word):
        kept = [
            p
            for p in parses
            if case_of(p.tag) == "nomn"
            or (animacy == "anim" and stems_from_dictionary(p))
            or is_plausible_guess(word, p, p.normal_form)
            or known_plural(p, morph)
        ]
        if all(case_of(p.tag) == "nomn" for p in kept):
            # no declension the guesser reads but a noun in -а's: "в Ракке" is Ракка
            kept += [
                p
                for p in parses
                if p not in kept
                and is_plausible_guess(word, p, p.normal_form, (FEMININE_LOCATIVE,))
            ]
        parses = kept
        if animacy == "inan":
            # a place or organisation is one: pymorphy3 guesses "Миннесоты" a plural-only
            # noun, but it is Миннесота's genitive
            singular = [p for p in parses if p.tag.number != "plur" or known_plural(p, morph)]
            if any(p.tag.animacy == "inan" for p in singular):
                parses = singular
        parses += zero_genitive_plurals(word, morph)
    preferred = [p for p in parses if p.tag.animacy == animacy]
    return tuple(preferred or parses)


def zero_genitive_plurals(word: str, morph: Morphology) -> list:
    """The genitive plural readings of a plural-only name the dictionary knows in -ы or -и,
    for the word without its ending, the regular genitive of such a noun, which the
    dictionary may not list ("Западных Балкан": Балканы, filed with "Балканов")."""
    if not word[:1].isupper():
        return []
    found = []
    for ending in ("ы", "и"):
        if not morph.is_known(word + ending):
            continue
        for parse in morph.parse(word + ending):
            if parse.tag.POS == "NOUN" and "Pltm" in parse.tag and case_of(parse.tag) == "nomn":
                genitive = inflect(parse, {"gent", "plur"})
                if genitive is not None:
                    found.append(genitive)
    return found


def declines_both_parts(parse) -> bool:
    """Whether pymorphy3 read a hyphenated word as two words that decline together, each
    analysed as itself (a part that stays fixed is held as a plain string)."""
    return any(
        isinstance(method[0], HyphenatedWordsAnalyzer)
        and not any(isinstance(part, str) for part in method[1:])
        for method in parse.methods_stack
    )


def stems_from_dictionary(parse) -> bool:
    """Whether pymorphy3 read a word it does not know as a prefix on a dictionary word,
    whose paradigm it then follows: "кикбоксерам" is боксёр's, so a кикбоксёр. Trusted
    for titles only: a foreign place name split at a guessed prefix is not one."""
    return len(parse.methods_stack) > 1 and isinstance(
        parse.methods_stack[0][0], DictionaryAnalyzer
    )


def known_plural(parse, morph: Morphology) -> bool:
    """Whether a guessed plural's nominative is a word the dictionary knows: "Черновцов"
    is the genitive of Черновцы, a plural-only place name."""
    if parse.tag.number != "plur":
        return False
    nominative = inflect(parse, {"nomn", "plur"})
    return nominative is not None and morph.is_known(nominative.word)


def phrase_readings(
    phrase: Sequence[Token], morph: Morphology, animacy: str = "inan"
) -> list[tuple[Reading, list]]:
    """Ways the head phrase agrees: a reading of the noun and a matching parse of each adjective."""
    *adjectives, noun = [t for t in phrase if t.text.lower() not in CONNECTORS]
    out = []
    for noun_parse in noun_parses(noun, morph, animacy):
        tag = noun_parse.tag
        case = case_of(tag)
        assert case is not None  # noun_parses keeps the readings with a case
        number = tag.number or "sing"
        chosen = []
        for adjective in adjectives:
            fitting = [
                p
                for p in morph.parse(adjective.text)
                if (p.tag.POS in ADJECTIVE_POS or is_plural_surname(p))
                and case_of(p.tag) == case
                and p.tag.number == number
                and (number == "plur" or p.tag.gender is None or fits_gender(p.tag, tag))
            ]
            if not fitting:
                break
            chosen.append(max(fitting, key=lambda p: (p.score, p.normal_form not in RARE_READINGS)))
        else:
            reading = Reading(case, tag.gender, number, noun.text, noun_parse.score)
            out.append((reading, [*chosen, noun_parse]))
    return out


def inflect_phrase(
    phrase: Sequence[Token], reading: Reading, parses: list, number: str | None = None
) -> list[tuple]:
    """Replacements putting an agreeing head phrase into the nominative (and `number`)."""
    words = [t for t in phrase if t.text.lower() not in CONNECTORS]
    number = number or reading.number
    if reading.case == "nomn" and reading.number == number:
        return []
    grammemes = {"nomn", number}
    out = []
    for token, parse in zip(words, parses, strict=True):
        if "Fixd" in parse.tag.grammemes:
            continue
        out.append((token.start, token.end, inflected(parse, grammemes, token.text)))
    return out


def head_replacements(
    span: Span,
    morph: Morphology,
    number: str | None = None,
    animacy: str = "inan",
    case: str | None = None,
    governed: bool = False,
) -> tuple[list[Token], list[tuple]]:
    """The agreeing head phrase of a name and the replacements that make it nominative;
    only its readings in `case` or the nominative, when it has any; only those in `case`
    when a preposition `governed` it ("в Вирджинии" is no plural nominative).

    Readings that give the same result pool their likelihood, so "Думы" (genitive
    singular, or nominative plural) is "Дума" while "Ведомости" stays "Ведомости".
    """
    for phrase in head_phrases(span.tokens, morph):
        readings = phrase_readings(phrase, morph, animacy)
        if not readings:
            continue
        if case is not None:  # "штата Калифорния": a name may stay in the nominative
            cases = (case,) if governed else (case, "nomn")
            readings = [r for r in readings if r[0].case in cases] or readings
        options: dict[tuple, float] = defaultdict(float)
        for reading, parses in readings:
            options[tuple(inflect_phrase(phrase, reading, parses, number))] += reading.score
        best = max(sorted(options.items()), key=lambda item: (item[1], not item[0]))[0]
        return phrase, list(best)
    return [], []


def normal_phrase(
    text: str, span: Span, morph: Morphology, case: str | None = None, governed: bool = False
) -> str:
    """Nominative of an organisation or place: inflect the head phrase, keep the rest; read
    in `case` where it can be (and not in the nominative, when a preposition `governed` it)."""
    original = span_text(text, span)
    if original[:1] in QUOTES:
        return original
    if len(span.tokens) == 1:
        stripped = strip_case_ending(span.tokens[0].text)
        if stripped != span.tokens[0].text:
            return stripped
    if case is not None and not reads_in(span, morph, case):
        # "в посёлке Первомайском": an adjective's locative, not Первомайск's instrumental
        adjectival = substantive_adjectives(span, morph, case)
        if adjectival:
            return join_words(original, adjectival, span.start)
    phrase, replacements = head_replacements(span, morph, case=case, governed=governed)
    if replacements:
        replacements += adjectives_after(span, phrase, morph)
    else:
        replacements = adjectives_of_abbreviation(span, morph) or substantive_adjectives(
            span, morph
        )
    return join_words(original, replacements, span.start)


def adjectives_after(span: Span, phrase: Sequence[Token], morph: Morphology) -> list[tuple]:
    """Capitalised adjectives that end the name right after an oblique head noun and agree
    with it go into the nominative with it: "в Ростове Великом" -> "Ростов Великий" (not
    "Северной" in "Федерации Северной ходьбы": it qualifies the noun after it)."""
    noun, following = phrase[-1], span.tokens[len(phrase) :]
    readings = [p for p in noun_parses(noun, morph) if case_of(p.tag) != "nomn"]
    out = []
    for token in following:
        if not token.text[:1].isupper() or not is_inflectable(token.text):
            return []
        pairs = [
            (adjective, reading)
            for adjective in morph.parse(token.text)
            if adjective.tag.POS in ADJECTIVE_POS
            for reading in readings
            if agree(adjective.tag, reading.tag)
        ]
        if not pairs:
            return []
        adjective, reading = max(pairs, key=lambda pair: pair[0].score * pair[1].score)
        grammemes = {"nomn", reading.tag.number or "sing"}
        if reading.tag.number != "plur" and reading.tag.gender:
            grammemes.add(reading.tag.gender)
        out.append((token.start, token.end, inflected(adjective, grammemes, token.text)))
    return out


def reads_in(span: Span, morph: Morphology, case: str) -> bool:
    """Whether a head phrase of the name has a reading in `case` or the nominative."""
    return any(
        reading.case in (case, "nomn")
        for phrase in head_phrases(span.tokens, morph)
        for reading, _ in phrase_readings(phrase, morph)
    )


def substantive_adjectives(span: Span, morph: Morphology, case: str | None = None) -> list[tuple]:
    """A name of adjectives alone, its noun left out ("в Первомайском" [районе]), put into
    the nominative in a reading all its words share ("Большой Никитской": feminine); in
    the singular a feminine name keeps its gender, any other is read as masculine (in the
    oblique cases a masculine and a neuter one look alike). A name that may be a
    nominative already ("Клиническое", "Козьмино") stays as it is. Given the `case` the
    words around tell, only its readings in that case count, a noun's aside."""
    words = []
    for token in span.tokens:
        parses = morph.parse(token.text)
        adjectives = [
            p for p in parses if p.tag.POS in ADJECTIVE_POS and case in (None, case_of(p.tag))
        ]
        if (
            not adjectives
            or not is_inflectable(token.text)
            or (case is None and any(p.tag.POS == "NOUN" for p in parses))
        ):
            return []
        words.append((token, adjectives))
    if not words or not words[0][0].text[:1].isupper():
        return []
    shared = set.intersection(
        *(
            {(case_of(p.tag), p.tag.number, p.tag.gender) for p in adjectives}
            for _, adjectives in words
        )
    )
    if not shared or any(case == "nomn" for case, _, _ in shared):
        return []
    genders = {gender for _, number, gender in shared if number == "sing"}
    if genders:
        grammemes = {"nomn", "sing", "femn" if genders == {"femn"} else "masc"}
    else:
        grammemes = {"nomn", "plur"}
    return [
        (
            token.start,
            token.end,
            inflected(max(adjectives, key=lambda p: p.score), grammemes, token.text),
        )
        for token, adjectives in words
    ]


def adjectives_of_abbreviation(span: Span, morph: Morphology) -> list[tuple]:
    """Adjectives before an abbreviation that does not decline, put into the nominative
    singular: "британских ВМФ" -> "британский ВМФ", "российской ФСБ" -> "российская ФСБ".
    The abbreviation gives no gender; a feminine adjective keeps its own, else masculine
    (in the oblique cases a masculine and a neuter adjective look alike)."""
    *adjectives, head = span.tokens
    if not adjectives or not head.text.isupper() or not CYRILLIC_WORD.match(head.text):
        return []
    return nominative_adjectives(adjectives, morph) or []


def nominative_adjectives(tokens: Sequence[Token], morph: Morphology) -> list[tuple] | None:
    """Adjectives before a head that gives no gender (an abbreviation, "замминистра") put
    into the nominative singular: a feminine one keeps its gender, any other is masculine
    (in the oblique cases a masculine and a neuter adjective look alike); None if a word is
    no adjective."""
    out = []
    for token in tokens:
        parses = [p for p in morph.parse(token.text) if p.tag.POS in ADJECTIVE_POS]
        if not parses or not is_inflectable(token.text):
            return None
        genders = {p.tag.gender for p in parses if p.tag.number == "sing"}
        gender = "femn" if genders == {"femn"} else "masc"
        best = max(parses, key=lambda p: (p.tag.gender == gender, p.score))
        out.append((token.start, token.end, inflected(best, {"nomn", "sing", gender}, token.text)))
    return out


def normal_title(text: str, span: Span, morph: Morphology) -> str:
    """Nominative singular of a title, its head in lower case ("Президенты" -> "президент"),
    its quotes closed ("генеральный директор «Газпрома»")."""
    return with_quotes_closed(nominative_title(text, span, morph))


def with_quotes_closed(normal: str) -> str:
    if normal.count("«") > normal.count("»"):
        normal += "»"
    elif normal.count('"') % 2:
        normal += '"'
    return normal


def nominative_title(text: str, span: Span, morph: Morphology) -> str:
    words = span.tokens
    if len(words) == 1 and words[0].pos == "ADJF":
        # a title adjective read as the post it names ("президентские": президент)
        return words[0].lemma
    written = span_text(text, span)
    while len(words) > 1 and words[0].pos == "ADVB":  # "временно исполняющим обязанности"
        if not words[0].text.isupper():  # "Временно исполняющим" opening a sentence
            at = words[0].start - span.start
            written = f"{written[:at]}{words[0].text.lower()}{written[at + len(words[0].text) :]}"
        words = words[1:]
    deputy = deputys_title(words, morph)
    if deputy is not None:
        return join_words(written, deputy, span.start)
    head = Span(words[0].start, span.end, span.type, words)
    substantive = substantive_head(head.tokens, morph)
    if substantive:
        last = substantive[-1][1].tag
        grammemes = {"nomn", "sing", (last.gender if last.number == "sing" else None) or "masc"}
        forms = [(t.start, t.end, inflected(p, grammemes, t.text).lower()) for t, p in substantive]
        return join_words(written, forms, span.start)
    phrase, replacements = head_replacements(head, morph, number="sing", animacy="anim")
    phrase = phrase or list(head.tokens[:1])
    replaced = {start: form for start, _, form in replacements}
    lowered = []
    for token in phrase:
        form = replaced.get(token.start, token.text)
        if not form.isupper():
            lowered.append((token.start, token.end, form.lower()))
    return join_words(written, lowered, span.start)


def deputys_title(words: Sequence[Token], morph: Morphology) -> list[tuple[int, int, str]] | None:
    """The nominative of a deputy's title, which stays as written, and of the adjectives
    before it, masculine but where they can only be feminine ("Замгубернатора":
    замгубернатора; "первым замгубернатора": первый замгубернатора, not "первое"; "первой
    замминистра": первая замминистра); None for another title."""
    index = next((i for i, w in enumerate(words) if is_indeclinable_title(w.text, morph)), None)
    if index is None:
        return None
    adjectives = nominative_adjectives(words[:index], morph)
    if adjectives is None:
        return None
    deputy = words[index]
    forms = [(start, end, form.lower()) for start, end, form in adjectives]
    return [*forms, (deputy.start, deputy.end, deputy.text.lower())]


def substantive_head(tokens: Sequence[Token], morph: Morphology) -> list[tuple[Token, Any]]:
    """The words and readings of a title headed by a participle or adjective used as a
    noun: its leading adjectives that agree with one another, the last with no noun
    reading, when the word after them is not one they qualify ("Главным управляющим
    General Motors", "управляющих корпорации"); empty otherwise."""
    run: list[tuple[Token, list]] = []
    for token in tokens:
        parses = morph.parse(token.text)
        adjectives = [p for p in parses if p.tag.POS in ADJECTIVE_POS]
        if not adjectives:
            break
        if run:
            adjectives = [a for a in adjectives if any(agree(b.tag, a.tag) for b in run[-1][1])]
            if not adjectives:
                break
        run.append((token, adjectives))
    if not run or any(p.tag.POS == "NOUN" for p in morph.parse(run[-1][0].text)):
        return []  # a noun heads the title ("рабочих"): read as a phrase
    if len(run) < len(tokens):
        head, readings = run[-1]
        following = [p.tag for p in morph.parse(tokens[len(run)].text)]
        if qualifies([p.tag for p in readings], following, head.lemma in INSTRUMENTAL_GOVERNORS):
            return []
    last = run[-1][1][0]
    chosen = [next((p for p in ps if agree(p.tag, last.tag)), ps[0]) for _, ps in run[:-1]]
    return list(zip((token for token, _ in run), [*chosen, last], strict=True))


def detached(text: str, span: Span) -> tuple[str, tuple[Token, ...]]:
    """A span's text and tokens with offsets from its start: the same name, wherever it is."""
    return text[span.start : span.end], tuple(
        Token(t.start - span.start, t.end - span.start, t.text, t.lemma, t.pos) for t in span.tokens
    )


def as_read(normal: str) -> str:
    """A normal form as a reader sees it: without invisible characters, and with one
    space between words where the text broke a line or doubled a space ("Сергей\r\nЛавров",
    "Мурат  Нуртлеу" are "Сергей Лавров", "Мурат Нуртлеу")."""
    normal = normal.translate(INVISIBLE)
    return SPACING.sub(" ", normal) if SPACING.search(normal) else normal
