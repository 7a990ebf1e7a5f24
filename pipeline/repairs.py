"""Stage 2: repairs to the tagger's PER / ORG / LOC spans where it breaks news conventions.

slovnet's news model reads a name and its bracketed alias as one mention ("Ши Тао (Shi
Tao)"), runs a headline into the next line, takes in a capitalised common word that opens a
sentence ("Христианка Асия Биби"), leaves quotes hanging at an edge and tags the common noun
"СМИ" as an organisation. Each repair below undoes one such habit and says which
annotation convention it serves; `repair_spans` applies them in the order of `REPAIRS`.
A repair takes the spans of one text and returns them without overlaps; the order of the
result is settled at the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from .gazetteer import Gazetteer
from .records import Analysis, Span, Token
from .resources import Morphology

OPENING_QUOTES = frozenset("«„")
CLOSING_QUOTES = frozenset("»“”")
QUOTES = OPENING_QUOTES | CLOSING_QUOTES | {'"', "''", "'"}
# After these a capital letter says nothing about the word: a clause opens there.
CLAUSE_OPENERS = frozenset({*OPENING_QUOTES, '"', "—", "–", "-", ":", "("})
# Never inside a name; a comma is, in long names of organisations.
LIST_SEPARATORS = frozenset({"•", "·", "|", ";"})
# Readings that make a word a possible name rather than a common word.
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
# Pronouns, prepositions, conjunctions, particles, adverbs: no name starts with one.
FUNCTION_WORDS = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "INTJ", "ADVB", "PRED"})
# A capitalised adverb or conjunction after a name starts the next sentence.
SENTENCE_OPENERS = frozenset({"ADVB", "CONJ"})
LEGAL_FORMS = frozenset(
    {"ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ТОО", "ГУП", "ФГУП", "МУП", "ФГУ", "ФГБУ", "ГБУ",
     "ГКУ", "АНО", "НП", "НКО", "ИП", "ЧП"}
)  # fmt: skip
STREET_SUFFIXES = ("-стрит", "-сквер", "-авеню", "-роуд", "-плейс", "-лейн", "-драйв")
# "Brexit", "Брексита", "Грексит", "Frexit".
EXIT_BLEND = re.compile(r"(?:[A-Z][a-z]*exit|[А-ЯЁ][а-яё]*(?:кс|кз)ит(?:а|у|ом|е)?)")
CASE_ENDING = re.compile(r"(?:ами|ями|ом|ем|ой|ей|ым|им|ах|ях|ам|ям|[аяуюоеыиьй])$")
# Common nouns written as abbreviations: "СМИ" is "средства массовой информации".
COMMON_NOUN_ABBREVIATIONS = frozenset({"СМИ"})


@dataclass(frozen=True, slots=True)
class Context:
    """What the repairs consult: the text, its tokens, where clauses start, the resources."""

    text: str
    tokens: tuple[Token, ...]
    position: dict[int, int]  # a token's start -> its index in `tokens`
    clause_starts: frozenset[int]  # starts of the tokens whose capital is positional
    mid_capitals: tuple[int, ...]  # indices of the capitalised tokens inside a clause
    morph: Morphology
    gazetteer: Gazetteer


def context_of(analysis: Analysis, morph: Morphology, gazetteer: Gazetteer) -> Context:
    """The repairs' view of a text: a clause starts a sentence, a line or follows a quote,
    a dash, a colon or a bracket."""
    text, starts = analysis.text, set()
    for sentence in analysis.sentences:
        previous: Token | None = None
        for token in sentence.tokens:
            if (
                previous is None
                or previous.text in CLAUSE_OPENERS
                or "\n" in text[previous.end : token.start]
            ):
                starts.add(token.start)
            previous = token
    tokens = analysis.tokens
    position = {t.start: i for i, t in enumerate(tokens)}
    mid_capitals = tuple(
        i for i, t in enumerate(tokens) if is_capitalised(t) and t.start not in starts
    )
    return Context(text, tokens, position, frozenset(starts), mid_capitals, morph, gazetteer)


def span_of(tokens: Sequence[Token], kind: str) -> Span:
    return Span(tokens[0].start, tokens[-1].end, kind, tuple(tokens))


def is_punctuation(token: Token) -> bool:
    return not any(c.isalnum() for c in token.text)


def has_word(tokens: Sequence[Token]) -> bool:
    return not all(is_punctuation(t) for t in tokens)


def strip_punctuation(tokens: Sequence[Token]) -> tuple[Token, ...]:
    start, end = 0, len(tokens)
    while start < end and is_punctuation(tokens[start]):
        start += 1
    while end > start and is_punctuation(tokens[end - 1]):
        end -= 1
    return tuple(tokens[start:end])


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def is_cyrillic_word(word: str) -> bool:
    return "а" <= word[:1].lower() <= "я" and word.replace("-", "").isalpha()


def is_common_word(token: Token, morph: Morphology) -> bool:
    """A Cyrillic word the dictionary knows, none of whose readings is a name."""
    word = token.text
    if not is_cyrillic_word(word) or not morph.is_known(word):
        return False
    return not any(NAME_GRAMMEMES & set(p.tag.grammemes) for p in morph.parse(word))


def may_be_person(token: Token, morph: Morphology) -> bool:
    return any(PERSON_GRAMMEMES & set(p.tag.grammemes) for p in morph.parse(token.text))


def word_stem(word: str) -> str:
    """A word less its case ending, to compare the forms of a name ("Дэвиса", "Дэвис")."""
    return CASE_ENDING.sub("", word.lower().replace("ё", "е"))


def stems(tokens: Sequence[Token]) -> tuple[str, ...]:
    return tuple(word_stem(t.text) for t in tokens)


def split_parts(tokens: Sequence[Token], separators: frozenset[str]) -> list[tuple[Token, ...]]:
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.text in separators:
            parts.append([])
        else:
            parts[-1].append(token)
    return [tuple(part) for part in parts]


def split_at_line_breaks(spans: Sequence[Span], context: Context) -> list[Span]:
    """A name never runs over a line break. The tagger reads a headline and the line after
    it as one sentence ("Бориса Джонсона\\n\\nКурс фунта"); each line keeps its part, and
    the repairs below judge the parts."""
    repaired = []
    for span in spans:
        part = [span.tokens[0]]
        for previous, token in pairwise(span.tokens):
            if "\n" in context.text[previous.end : token.start]:
                repaired.append(span_of(part, span.type))
                part = []
            part.append(token)
        repaired.append(span if len(part) == len(span.tokens) else span_of(part, span.type))
    return repaired


def split_bracketed_aliases(spans: Sequence[Span], context: Context) -> list[Span]:
    """A name and, in brackets after it, its original spelling or abbreviation are two
    mentions of one type: "Ши Тао (Shi Tao)", "Комитет защиты журналистов (КЗЖ)", as all
    three corpora annotate them. Several aliases are split at commas ("(Rassemblement pour
    le Mali, RPM)"); a lowercase bracket is no alias, and a bracket inside a name
    ("Кировоградской (Кропивницкой) области") stays."""
    repaired: list[Span] = []
    for span in spans:
        tokens = span.tokens
        opening = next((i for i, t in enumerate(tokens) if t.text == "("), 0)
        closing = next((i for i, t in enumerate(tokens) if t.text == ")"), len(tokens))
        if not opening or closing < opening or has_word(tokens[closing + 1 :]):
            repaired.append(span)
            continue
        inner = tokens[opening + 1 : closing]
        is_alias = inner and not inner[0].text[:1].islower()  # "(Shi Tao)", "(马凌)"
        aliases = split_parts(inner, frozenset({","})) if is_alias else []
        for part in (tokens[:opening], *aliases):
            part = strip_punctuation(part)
            if part:
                repaired.append(span_of(part, span.type))
    return repaired


def split_enumerations(spans: Sequence[Span], context: Context) -> list[Span]:
    """Names in a list are one mention each: "Монако • Намибия", "Овечкин, Фёдоров". A
    bullet, bar or semicolon is never inside a name; a comma is, in long names of
    organisations ("службы по надзору в сфере связи, информационных технологий"), so it
    separates persons and places only."""
    repaired = []
    for span in spans:
        separators = LIST_SEPARATORS | ({","} if span.type in ("PER", "LOC") else set())
        parts = split_parts(span.tokens, separators)
        if len(parts) == 1:
            repaired.append(span)
        else:
            repaired += [span_of(part, span.type) for part in parts if has_word(part)]
    return repaired


def left_open(tokens: Sequence[Token]) -> str | None:
    """The bracket or quote that the tokens leave open, if any: "(", '"' or "«"."""
    quotes = brackets = 0
    straight = False
    for token in tokens:
        if token.text in OPENING_QUOTES:
            quotes += 1
        elif token.text in CLOSING_QUOTES:
            quotes = max(0, quotes - 1)
        elif token.text == '"':
            straight = not straight
        elif token.text == "(":
            brackets += 1
        elif token.text == ")":
            brackets = max(0, brackets - 1)
    if brackets:
        return "("
    if straight:
        return '"'
    return "«" if quotes else None


def closes(tokens: Sequence[Token], following: Token) -> bool:
    """Whether `following` closes the bracket or quote that `tokens` leave open."""
    opened = left_open(tokens)
    if opened == "(":
        return following.text == ")"
    if opened == '"':
        return following.text == '"'
    return opened is not None and following.text in CLOSING_QUOTES


def trim_edge_punctuation(spans: Sequence[Span], context: Context) -> list[Span]:
    """A mention starts and ends with a word: stray brackets, bullets and quotes at its
    edges ("ПАСЕ (", "Бенин) •", 'Техрик-э-Лабаик Пакистан"') belong to no name in any of
    the corpora. A closing quote or bracket that balances one inside stays."""
    repaired = []
    for span in spans:
        tokens = strip_punctuation(span.tokens)
        if not tokens:
            continue
        after = span.tokens.index(tokens[-1]) + 1
        if after < len(span.tokens) and closes(tokens, span.tokens[after]):
            tokens = (*tokens, span.tokens[after])
        repaired.append(span if len(tokens) == len(span.tokens) else span_of(tokens, span.type))
    return repaired


def close_open_quotes(spans: Sequence[Span], context: Context) -> list[Span]:
    """'РИА "Новости' takes the quote after it: when the word before a quoted name is part
    of the mention, NEREL and BSNLP annotate the quoted part with both its quotes."""
    taken = {t.start for s in spans for t in s.tokens}
    repaired = []
    for span in spans:
        index = context.position[span.tokens[-1].start] + 1
        following = context.tokens[index] if index < len(context.tokens) else None
        if (
            following is not None
            and following.start not in taken
            and closes(span.tokens, following)
        ):
            span = span_of((*span.tokens, following), span.type)
        repaired.append(span)
    return repaired


def strip_legal_forms(spans: Sequence[Span], context: Context) -> list[Span]:
    """A company is its quoted name: "ОАО «Газпром»" is the organisation "Газпром". The
    legal form before the quotes says what kind of body it is, as "компания" does;
    FactRuEval and most of NEREL leave it out. A brand's abbreviation ("РИА «Новости»",
    "ФК «Спартак»") is no legal form and stays."""
    repaired = []
    for span in spans:
        tokens = span.tokens
        quote = next((i for i, t in enumerate(tokens) if t.text in QUOTES), 0)
        name = strip_punctuation(tokens[quote + 1 :])
        if (
            span.type == "ORG"
            and quote
            and name
            and tokens[0].text in LEGAL_FORMS
            and all(t.text.isupper() for t in tokens[:quote])  # "ООО УК «Металлоинвест»"
        ):
            span = span_of(name, span.type)
        repaired.append(span)
    return repaired


def drop_positional_capitals(spans: Sequence[Span], context: Context) -> list[Span]:
    """A common word capitalised only because it opens a sentence is no part of a name:
    "Христианка Асия Биби" is the person "Асия Биби", "Приговоренную к смерти" no person at
    all, "Город Павия" the place "Павия". News puts a descriptor before a name and every
    corpus leaves it out. An organisation's name is often a common word ("Яблоко") and
    keeps it, as does any word the document also capitalises mid-sentence ("Мадонна")."""
    named = {word_stem(context.tokens[i].text) for i in context.mid_capitals}

    def positional(token: Token) -> bool:
        return is_common_word(token, context.morph) and word_stem(token.text) not in named

    repaired = []
    for span in spans:
        first = span.tokens[0]
        if (
            span.type == "ORG"
            or (span.type == "LOC" and len(span.tokens) > 1 and first.pos != "NOUN")
            or first.start not in context.clause_starts
            or not positional(first)
        ):
            repaired.append(span)
            continue
        rest = strip_punctuation(span.tokens[1:])
        while rest and rest[0].pos in FUNCTION_WORDS and is_common_word(rest[0], context.morph):
            rest = strip_punctuation(rest[1:])  # "Если Вы заметили ошибку"
        if rest and is_capitalised(rest[0]):
            repaired.append(span_of(rest, span.type))
    return repaired


def cut_at_run_on_sentences(spans: Sequence[Span], context: Context) -> list[Span]:
    """A capitalised adverb or conjunction after a person's name opens the next sentence,
    run on without a full stop after a headline ("Борис Джонсон Совсем скоро"): the name
    ends before it."""
    repaired = []
    for span in spans:
        cut = next(
            (
                i
                for i, t in enumerate(span.tokens[1:], start=1)
                if is_capitalised(t)
                and t.pos in SENTENCE_OPENERS
                and is_common_word(t, context.morph)
            ),
            None,
        )
        repaired.append(span_of(span.tokens[:cut], "PER") if span.type == "PER" and cut else span)
    return repaired


def retype_known_persons(spans: Sequence[Span], context: Context) -> list[Span]:
    """A name the document gives a person is that person wherever the tagger typed it
    otherwise: after "Дэвид Дэвис", "Дэвиса" tagged as a place is him, and so is another
    "Ли Пэн" tagged as a place. News names a person in full, then by surname. A lone word
    the gazetteer knows stays as it is: "в Вашингтоне" after "Джордж Вашингтон"."""
    persons = [s for s in spans if s.type == "PER" and len(s.tokens) > 1]
    surnames = {word_stem(s.tokens[-1].text) for s in persons}
    full_names = {stems(s.tokens) for s in persons}

    def is_person(span: Span) -> bool:
        names = stems(span.tokens)
        if names in full_names:
            return True
        word = span.tokens[0].text
        lone = len(names) == 1 and names[0] in surnames and is_cyrillic_word(word)
        return lone and not context.gazetteer.lookup(word)

    return [replace(s, type="PER") if s.type != "PER" and is_person(s) else s for s in spans]


def retype_street_names(spans: Sequence[Span], context: Context) -> list[Span]:
    """A name ending in "-стрит", "-авеню", "-сквер" is a street or a square, never a
    person: "Даунинг-стрит" tagged PER is a place."""
    return [
        replace(s, type="LOC")
        if s.type == "PER" and s.tokens[-1].text.lower().endswith(STREET_SUFFIXES)
        else s
        for s in spans
    ]


def is_person_noun(token: Token, morph: Morphology) -> bool:
    """A lowercase animate noun: "пророк", "рядовой", "сестра"."""
    if not token.text.islower() or token.pos != "NOUN":
        return False
    return morph.parse(token.text)[0].tag.animacy == "anim"


def tag_persons_after_person_nouns(spans: Sequence[Span], context: Context) -> list[Span]:
    """A capitalised word that the dictionary reads first as a name, right after a noun for
    a person, is a person where the tagger passed over it: "пророка Мухаммеда", "апостола
    Петра", "рядового Райана". Russian names a person in apposition to what he is."""
    taken = {t.start for s in spans for t in s.tokens}
    tokens = context.tokens
    added = []
    for index in context.mid_capitals:
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            index == 0
            or token.start in taken
            or (following is not None and is_capitalised(following))
            or not is_person_noun(tokens[index - 1], context.morph)
        ):
            continue
        best = context.morph.parse(token.text)[0]
        if PERSON_GRAMMEMES & set(best.tag.grammemes):
            added.append(span_of([token], "PER"))
    return [*spans, *added]


def is_known_place(token: Token, context: Context) -> bool:
    """Whether the gazetteer knows the word only as a place, or, not knowing it, the
    dictionary reads it as a geographical noun ("Алтае")."""
    entries = context.gazetteer.lookup(token.text)
    if entries:
        return all(e.type == "LOC" for e in entries)
    best = context.morph.parse(token.text)[0]
    return best.tag.POS == "NOUN" and "Geox" in best.tag.grammemes


def tag_known_places(spans: Sequence[Span], context: Context) -> list[Span]:
    """A capitalised word mid-sentence that is known only as a place is a place where the
    tagger passed over it ("чемпионата Европы", "на Алтае"), unless it may be a person's
    name ("Чайковского") or is part of a longer capitalised name ("Азии Биби")."""
    taken = {t.start for s in spans for t in s.tokens}
    tokens = context.tokens
    added = []
    for index in context.mid_capitals:
        token = tokens[index]
        neighbours = tokens[max(0, index - 1) : index] + tokens[index + 1 : index + 2]
        if (
            token.start in taken
            or any(is_capitalised(t) for t in neighbours)
            or may_be_person(token, context.morph)
        ):
            continue
        if is_known_place(token, context):
            added.append(span_of([token], "LOC"))
    return [*spans, *added]


def drop_common_noun_abbreviations(spans: Sequence[Span], context: Context) -> list[Span]:
    """No organisation "СМИ": it abbreviates "средства массовой информации", the media, a
    common noun that FactRuEval, NEREL and BSNLP all leave out."""
    return [
        s
        for s in spans
        if not (
            s.type == "ORG" and len(s.tokens) == 1 and s.tokens[0].text in COMMON_NOUN_ABBREVIATIONS
        )
    ]


def drop_exit_blends(spans: Sequence[Span], context: Context) -> list[Span]:
    """A country's name blended with "exit" ("Brexit", "Брексита", "Грексит") names an
    event, the country leaving a union, which no corpus annotates as a person, organisation
    or place."""
    return [s for s in spans if not (len(s.tokens) == 1 and EXIT_BLEND.fullmatch(s.tokens[0].text))]


Repair = Callable[[Sequence[Span], Context], list[Span]]

# Splits come first so that each part is trimmed and typed on its own; spans are added
# before the last filters, which apply to them too.
REPAIRS: tuple[Repair, ...] = (
    split_at_line_breaks,
    split_bracketed_aliases,
    split_enumerations,
    trim_edge_punctuation,
    close_open_quotes,
    strip_legal_forms,
    drop_positional_capitals,
    cut_at_run_on_sentences,
    retype_known_persons,
    retype_street_names,
    tag_persons_after_person_nouns,
    tag_known_places,
    drop_common_noun_abbreviations,
    drop_exit_blends,
)


def repair_spans(
    analysis: Analysis,
    spans: Sequence[Span],
    morph: Morphology,
    gazetteer: Gazetteer,
    repairs: Sequence[Repair] = REPAIRS,
) -> tuple[Span, ...]:
    """The tagger's spans with the repairs applied in order, sorted by position."""
    context = context_of(analysis, morph, gazetteer)
    repaired = list(spans)
    for step in repairs:
        repaired = step(repaired, context)
    return tuple(sorted(repaired, key=lambda s: (s.start, s.end)))
