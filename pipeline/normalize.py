"""Stage 3: the nominative normal form of every mention.

Persons: every name word agrees in one case and gender, and all go to the nominative
("Бэллу Черкесову" -> "Бэлла Черкесова"). Organisations and places: only the head phrase,
the adjectives and the first noun, is inflected; what follows it stays as written
("Службы центральных коммуникаций" -> "Служба центральных коммуникаций").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .inflect import (
    ADJECTIVE_POS,
    CASES,
    CYRILLIC_WORD,
    REGULAR_ENDINGS,
    Reading,
    agree,
    case_of,
    fits_gender,
    inflected,
    is_inflectable,
    is_plausible_guess,
    join_words,
    name_readings,
    qualifies,
    restore_capitals,
    strip_case_ending,
)
from .lexicon import INSTRUMENTAL_GOVERNORS
from .records import Span, Token
from .resources import Morphology


@dataclass(frozen=True, slots=True)
class Option:
    agreeing: int
    score: float
    genders: frozenset[str]
    cases: frozenset[str] = frozenset()


GENDERS = ("masc", "femn")
# zero-width spaces and joiners, word joiners, byte-order marks, soft hyphens
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# How often a name stands in each case in news text: subjects and possessors first.
CASE_PRIOR = {"nomn": 0.35, "gent": 0.25, "datv": 0.1, "accs": 0.12, "ablt": 0.1, "loct": 0.07,
              "voct": 0.01}  # fmt: skip
QUOTES = "«»\"„“”'"
# Adjectives that pymorphy3 rates as likely as a commoner one of the same form: "Большим
# театром" is "Большой театр", not "Больший"; "временного главы" is "временный глава".
RARE_READINGS = frozenset({"больший", "временной"})


def is_word(token: Token) -> bool:
    return any(ch.isalpha() for ch in token.text)


def span_text(text: str, span: Span) -> str:
    return text[span.start : span.end]


@lru_cache(maxsize=100_000)
def person_options(
    words: tuple[str, ...], morph: Morphology
) -> tuple[tuple[tuple[str, ...], Option], ...]:
    """Candidate nominatives of a person's name: how many words agree, how likely, which gender.

    The inflectable words are read in one case and gender; a word that has no such
    reading (foreign, indeclinable, an initial) stays as written. Cached: names recur.
    """
    readings = {i: name_readings(w, morph) for i, w in enumerate(words) if is_inflectable(w)}
    readings = {index: found for index, found in readings.items() if found}
    options: dict[tuple[str, ...], Option] = {}
    for case in CASES:
        in_case: dict[tuple[str, ...], Option] = {}
        for gender in GENDERS:
            forms, score, agreeing = [], CASE_PRIOR[case], 0
            for index, word in enumerate(words):
                fitting = [
                    r
                    for r in readings.get(index, ())
                    if r.case == case and r.gender in (gender, None)
                ]
                if fitting:
                    best = max(fitting, key=lambda r: r.score)
                    forms.append(best.nominative)
                    score *= best.score
                    agreeing += 1
                else:
                    forms.append(word)
            if not agreeing:
                continue
            key = tuple(forms)
            previous = in_case.get(key)
            if previous is None or (previous.agreeing, previous.score) < (agreeing, score):
                genders = {gender} | (previous.genders if previous else set())
                in_case[key] = Option(agreeing, score, frozenset(genders), frozenset({case}))
            else:
                in_case[key] = replace(previous, genders=previous.genders | {gender})
        # one reading in several cases is likelier; in both genders, not more likely
        for key, option in in_case.items():
            previous = options.get(key)
            if previous is None or previous.agreeing < option.agreeing:
                options[key] = option
            elif previous.agreeing == option.agreeing:
                options[key] = Option(
                    option.agreeing,
                    previous.score + option.score,
                    previous.genders | option.genders,
                    previous.cases | option.cases,
                )
    return tuple(sorted(options.items()))


@dataclass(frozen=True, slots=True)
class PersonForms:
    """The ways a person mention can be put into the nominative, kept so that the
    document can choose among them once it knows who the mention names."""

    text: str
    words: tuple[tuple[int, int], ...]  # offsets of the name words within `text`
    options: tuple[tuple[tuple[str, ...], Option], ...]
    nominative: frozenset[str]  # genders in which the mention is already in the nominative

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
        case: str | None = None,
        written: frozenset[str] = frozenset(),
    ) -> str:
        """The nominative whose words the other mentions support most, then the one
        whose words fuller mentions use, then the likeliest. The person's `gender`
        decides among the readings where most words agree; a mention whose `case` the
        words around it tell is read in it where it can be. A word that is a regular case form of
        a name `written` out in the nominative elsewhere takes that name ("Данна" after
        "Питер Данн")."""
        options = list(self.options)
        if gender is not None:
            options = [item for item in self.best(None) if gender in item[1].genders] or options
        if case is not None:
            options = [item for item in options if case in item[1].cases] or options
        if not options:
            return self.text.translate(INVISIBLE)

        def rank(item: tuple[tuple[str, ...], Option]) -> tuple[int, int, int, float]:
            forms, option = item
            lowered = [form.lower() for form in forms]
            return (
                sum(support[f] for f in lowered),
                sum(f in known for f in lowered),
                option.agreeing,
                option.score,
            )

        forms = tuple(
            form if form.lower() in written else known_lemma(self.text[start:end], written) or form
            for form, (start, end) in zip(max(options, key=rank)[0], self.words, strict=True)
        )
        return join_words(self.text, zip_words(self.words, forms), 0).translate(INVISIBLE)

    def is_written_nominative(self) -> bool:
        """Whether the mention stands in the text as one of its nominatives."""
        return any(forms == self.written_words() for forms, _ in self.best(None))

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


def known_lemma(word: str, known: frozenset[str]) -> str | None:
    """The known name word that `word` is a regular case form of."""
    lowered = word.lower()
    for ending, replacement in REGULAR_ENDINGS:
        if lowered.endswith(ending):
            lemma = lowered[: len(lowered) - len(ending)] + replacement
            if lemma in known:
                return restore_capitals(word, lemma)
    return None


def zip_words(
    words: tuple[tuple[int, int], ...], forms: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    return [(start, end, form) for (start, end), form in zip(words, forms, strict=True)]


def person_forms(text: str, span: Span, morph: Morphology) -> PersonForms:
    """All readings of a person mention in the nominative."""
    words = [t for t in span.tokens if is_word(t)]
    texts = tuple(t.text for t in words)
    return PersonForms(
        span_text(text, span),
        tuple((t.start - span.start, t.end - span.start) for t in words),
        person_options(texts, morph),
        nominative_genders(texts, morph),
    )


@lru_cache(maxsize=100_000)
def nominative_genders(words: tuple[str, ...], morph: Morphology) -> frozenset[str]:
    """The genders in which every inflectable word of a name can be a nominative."""
    found = set(GENDERS)
    for word in words:
        readings = name_readings(word, morph) if is_inflectable(word) else ()
        if readings:
            found &= {
                gender
                for r in readings
                if r.case == "nomn"
                for gender in ((r.gender,) if r.gender else GENDERS)
            }
    return frozenset(found)


CONNECTORS = frozenset({"и", ","})
FOREIGN_PARTICLES = frozenset(
    {"Аль", "Эль", "Ас", "Сан", "Сен", "Сент", "Ла", "Ле", "Лос", "Лас", "Дель", "Нью", "Абу"}
)


def head_phrases(tokens: Sequence[Token], morph: Morphology) -> list[list[Token]]:
    """Candidate head phrases, longest first: adjectives (maybe joined by "и") and a noun.

    The article or particle of a foreign place name stays as it is and the word after
    it is the head ("в Сан Луисе" -> "Сан Луис", "Аль Аин").
    """
    phrases, run = [], []
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
        if not any(p.tag.POS in ADJECTIVE_POS for p in parses):
            break
    return phrases[::-1]


def noun_parses(token: Token, morph: Morphology, animacy: str = "inan") -> list:
    """Noun readings of a name's head word: those of `animacy` when there are any (a
    place or an organisation is a thing, a title a person: "Политик" is not "политика")."""
    parses = [p for p in morph.parse(token.text) if p.tag.POS == "NOUN" and case_of(p.tag)]
    if not morph.is_known(token.text):
        parses = [
            p
            for p in parses
            if case_of(p.tag) == "nomn" or is_plausible_guess(token.text, p, p.normal_form)
        ]
    preferred = [p for p in parses if p.tag.animacy == animacy]
    return preferred or parses


def phrase_readings(
    phrase: Sequence[Token], morph: Morphology, animacy: str = "inan"
) -> list[tuple[Reading, list]]:
    """Ways the head phrase agrees: a reading of the noun and a matching parse of each adjective."""
    *adjectives, noun = [t for t in phrase if t.text.lower() not in CONNECTORS]
    out = []
    for noun_parse in noun_parses(noun, morph, animacy):
        tag = noun_parse.tag
        case = case_of(tag)
        number = tag.number or "sing"
        chosen = []
        for adjective in adjectives:
            fitting = [
                p
                for p in morph.parse(adjective.text)
                if p.tag.POS in ADJECTIVE_POS
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
    span: Span, morph: Morphology, number: str | None = None, animacy: str = "inan"
) -> tuple[list[Token], list[tuple]]:
    """The agreeing head phrase of a name and the replacements that make it nominative.

    Readings that give the same result pool their likelihood, so "Думы" (genitive
    singular, or nominative plural) is "Дума" while "Ведомости" stays "Ведомости".
    """
    for phrase in head_phrases(span.tokens, morph):
        readings = phrase_readings(phrase, morph, animacy)
        if not readings:
            continue
        options: dict[tuple, float] = defaultdict(float)
        for reading, parses in readings:
            options[tuple(inflect_phrase(phrase, reading, parses, number))] += reading.score
        best = max(sorted(options.items()), key=lambda item: (item[1], not item[0]))[0]
        return phrase, list(best)
    return [], []


def normal_phrase(text: str, span: Span, morph: Morphology) -> str:
    """Nominative of an organisation or place: inflect the head phrase, keep the rest."""
    original = span_text(text, span)
    if original[:1] in QUOTES:
        return original
    if len(span.tokens) == 1:
        stripped = strip_case_ending(span.tokens[0].text)
        if stripped != span.tokens[0].text:
            return stripped
    _, replacements = head_replacements(span, morph)
    if not replacements:
        replacements = adjectives_of_abbreviation(span, morph)
    return join_words(original, replacements, span.start)


def adjectives_of_abbreviation(span: Span, morph: Morphology) -> list[tuple]:
    """Adjectives before an abbreviation that does not decline, put into the nominative
    singular: "британских ВМФ" -> "британский ВМФ", "российской ФСБ" -> "российская ФСБ".
    The abbreviation gives no gender; a feminine adjective keeps its own, else masculine
    (in the oblique cases a masculine and a neuter adjective look alike)."""
    *adjectives, head = span.tokens
    if not adjectives or not head.text.isupper() or not CYRILLIC_WORD.match(head.text):
        return []
    out = []
    for token in adjectives:
        parses = [p for p in morph.parse(token.text) if p.tag.POS in ADJECTIVE_POS]
        if not parses or not is_inflectable(token.text):
            return []
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
    while len(words) > 1 and words[0].pos == "ADVB":  # "временно исполняющим обязанности"
        words = words[1:]
    head = Span(words[0].start, span.end, span.type, words)
    substantive = substantive_head(head.tokens, morph)
    if substantive:
        last = substantive[-1][1].tag
        grammemes = {"nomn", "sing", (last.gender if last.number == "sing" else None) or "masc"}
        forms = [(t.start, t.end, inflected(p, grammemes, t.text).lower()) for t, p in substantive]
        return join_words(span_text(text, span), forms, span.start)
    phrase, replacements = head_replacements(head, morph, number="sing", animacy="anim")
    phrase = phrase or list(head.tokens[:1])
    replaced = {start: form for start, _, form in replacements}
    lowered = []
    for token in phrase:
        form = replaced.get(token.start, token.text)
        if not form.isupper():
            lowered.append((token.start, token.end, form.lower()))
    return join_words(span_text(text, span), lowered, span.start)


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


def known_name_words(people: Sequence[PersonForms | None]) -> set[str]:
    """Lower-cased words of the nominatives of multi-word person mentions."""
    known: set[str] = set()
    for forms in people:
        if forms is not None and len(forms.words) > 1:
            known.update(word.lower() for word in forms.choose(None, Counter(), set()).split())
    return known


def normalize(
    text: str,
    spans: Sequence[Span],
    morph: Morphology,
    people: Sequence[PersonForms | None] | None = None,
) -> tuple[str, ...]:
    """The normal form of each span, in order; `people` are the spans' `person_forms_of`,
    when the caller has them already.

    A lone surname takes the reading that matches a fuller mention of the same
    document: "Путина" after "Владимир Путин" is "Путин", after "Анна Путина" "Путина".
    """
    if people is None:
        people = person_forms_of(text, spans, morph)
    known = known_name_words(people)
    normals = []
    for span, forms in zip(spans, people, strict=True):
        if forms is not None:
            normals.append(forms.choose(None, Counter(), known))
        else:
            normals.append(normal_of_name(span.type, *detached(text, span), morph))
    return tuple(normal.translate(INVISIBLE) for normal in normals)


def person_forms_of(
    text: str, spans: Sequence[Span], morph: Morphology
) -> list[PersonForms | None]:
    """Each person span's readings (None for other spans)."""
    return [person_forms(text, s, morph) if s.type == "PER" else None for s in spans]


def detached(text: str, span: Span) -> tuple[str, tuple[Token, ...]]:
    """A span's text and tokens with offsets from its start: the same name, wherever it is."""
    return text[span.start : span.end], tuple(
        Token(t.start - span.start, t.end - span.start, t.text, t.lemma, t.pos) for t in span.tokens
    )


@lru_cache(maxsize=100_000)
def normal_of_name(kind: str, original: str, tokens: tuple[Token, ...], morph: Morphology) -> str:
    """Normal form of an organisation, place or title (cached: "РК", "Президента" recur)."""
    span = Span(0, len(original), kind, tokens)
    if kind == "TITLE":
        return normal_title(original, span, morph)
    return normal_phrase(original, span, morph)
