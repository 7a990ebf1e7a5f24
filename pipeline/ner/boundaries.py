"""Repairs of where the tagger's spans begin and end: splits, trims, quotes, legal forms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from pipeline.ner.page import (
    CLOSING_QUOTES,
    NAME_PARTICLES,
    OPENING_QUOTES,
    QUOTES,
    Page,
    has_word,
    is_capitalised,
    is_common_word,
    is_cyrillic_word,
    is_punctuation,
    may_be_person,
    span_of,
    span_words,
    split_parts,
    strip_edges,
    strip_punctuation,
    word_stem,
)
from pipeline.records import Span, Token
from pipeline.text.inflect import case_of
from pipeline.text.morphology import Morphology

DIGIT = re.compile(r"\d")
# Never inside a name; a comma is, in long names of organisations.
LIST_SEPARATORS = frozenset({"•", "·", "|", ";"})
# Pronouns, prepositions, conjunctions, particles, adverbs: no name starts with one.
FUNCTION_WORDS = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "INTJ", "ADVB", "PRED"})
# A capitalised adverb or conjunction after a name starts the next sentence.
SENTENCE_OPENERS = frozenset({"ADVB", "CONJ"})
LEGAL_FORMS = frozenset(
    {"ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ТОО", "ГУП", "ФГУП", "МУП", "ФГУ", "ФГБУ", "ГБУ",
     "ГКУ", "АНО", "НП", "НКО", "ИП", "ЧП"}
)  # fmt: skip


def split_at_line_breaks(spans: Sequence[Span], page: Page) -> list[Span]:
    """A name never runs over a line break. The tagger reads a headline and the line after
    it as one sentence ("Бориса Джонсона\\n\\nКурс фунта"); each line keeps its part, and
    the repairs below judge the parts."""
    repaired = []
    for span in spans:
        part = [span.tokens[0]]
        for previous, token in pairwise(span.tokens):
            if "\n" in page.text[previous.end : token.start]:
                repaired.append(span_of(part, span.type))
                part = []
            part.append(token)
        repaired.append(span if len(part) == len(span.tokens) else span_of(part, span.type))
    return repaired


def split_bracketed_aliases(spans: Sequence[Span], page: Page) -> list[Span]:
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


def split_enumerations(spans: Sequence[Span], page: Page) -> list[Span]:
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


def split_leading_names(spans: Sequence[Span], page: Page) -> list[Span]:
    """An organisation or place in the genitive that opens a person's name is a mention of
    its own: "лидера Аль-Кайды Усамы бин Ладена" names Аль-Кайда and Усама бин Ладен, as
    NEREL marks them ("короля Руанды Йюхи V Мусинги"). The first word is one the gazetteer
    knows only as an organisation or a place, or the dictionary only as an organisation,
    never as a person's name ("Владимира Путина" stays), and two words at least follow it."""
    repaired = []
    for span in spans:
        first, rest = span.tokens[0], strip_punctuation(span.tokens[1:])
        kind = leading_name_kind(first, page) if span.type == "PER" else None
        if kind is None or len(rest) < 2 or not is_capitalised(rest[0]):
            repaired.append(span)
            continue
        repaired += [span_of([first], kind), span_of(rest, "PER")]
    return repaired


def leading_name_kind(token: Token, page: Page) -> str | None:
    """ "ORG" or "LOC" for a genitive the gazetteer knows only as such a name, or that the
    dictionary reads only as an organisation's ("Аль-Кайды"), never as a person's; else
    None. The dictionary's places are no evidence: "Бешара" is a town and a first name."""
    parses = page.morph.parse(token.text)
    if (
        not is_capitalised(token)
        or may_be_person(token, page.morph)
        or not any(case_of(p.tag) == "gent" for p in parses)
    ):
        return None
    kinds = {e.type for e in page.gazetteer.lookup(token.text)}
    if not kinds and all("Orgn" in p.tag.grammemes for p in parses):
        kinds = {"ORG"}
    return kinds.pop() if len(kinds) == 1 and kinds <= {"ORG", "LOC"} else None


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


def trim_edge_punctuation(spans: Sequence[Span], page: Page) -> list[Span]:
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
        elif (period := name_period(tokens, span.type, page)) is not None:
            tokens = (*tokens, period)
        repaired.append(span if len(tokens) == len(span.tokens) else span_of(tokens, span.type))
    return repaired


def name_period(tokens: Sequence[Token], kind: str, page: Page) -> Token | None:
    """The period that ends a name though the tagger may stop before it."""
    if kind == "ORG":
        return legal_form_period(tokens, page)
    if kind == "PER":
        return initial_period(tokens, page)
    return None


def legal_form_period(tokens: Sequence[Token], page: Page) -> Token | None:
    """The period that ends an abbreviated legal form written with dots, "S.A.", "N.V.",
    "Н.В.": it belongs to the name (the tagger takes it or stops before it)."""
    if len(tokens) < 4 or tokens[-2].text != ".":
        return None
    if not all(len(t.text) == 1 and t.text.isalpha() for t in (tokens[-1], tokens[-3])):
        return None
    return period_after(tokens[-1], page)


def initial_period(tokens: Sequence[Token], page: Page) -> Token | None:
    """The period after the second initial of a surname, "Гаврилова А.В.": NEREL, BSNLP
    and SlavicNER annotate it as part of the person (the tagger takes it or stops before
    it). A letter after a word may be a name ("Ли Куан Ю."), a Latin one a regnal number
    ("Харальд V."); initials alone, "(В.Л.)", FactRuEval annotates without it."""
    last = tokens[-1].text
    if len(tokens) < 4 or len(last) != 1 or not ("А" <= last <= "Я" or last == "Ё"):
        return None
    if tokens[-2].text != "." or len(tokens[-3].text) != 1 or not tokens[-3].text.isupper():
        return None
    if not any(len(t.text) > 1 and t.text.isalpha() for t in tokens):
        return None
    return period_after(tokens[-1], page)


def period_after(token: Token, page: Page) -> Token | None:
    """The period written right after `token`, if there is one."""
    index = page.position[token.start] + 1
    following = page.tokens[index] if index < len(page.tokens) else None
    if following is None or following.text != "." or following.start != token.end:
        return None
    return following


def close_open_quotes(spans: Sequence[Span], page: Page) -> list[Span]:
    """'РИА "Новости' takes the quote after it: when the word before a quoted name is part
    of the mention, NEREL and BSNLP annotate the quoted part with both its quotes."""
    taken = {t.start for s in spans for t in s.tokens}
    repaired = []
    for span in spans:
        index = page.position[span.tokens[-1].start] + 1
        following = page.tokens[index] if index < len(page.tokens) else None
        if (
            following is not None
            and following.start not in taken
            and closes(span.tokens, following)
        ):
            span = span_of((*span.tokens, following), span.type)
        repaired.append(span)
    return repaired


def strip_legal_forms(spans: Sequence[Span], page: Page) -> list[Span]:
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


def drop_positional_capitals(spans: Sequence[Span], page: Page) -> list[Span]:
    """A common word capitalised only because it opens a sentence is no part of a name:
    "Христианка Асия Биби" is the person "Асия Биби", "Приговоренную к смерти" no person at
    all, "Город Павия" the place "Павия". News puts a descriptor before a name and every
    corpus leaves it out. An organisation's name is often a common word ("Яблоко") and
    keeps it, as does any word the document also capitalises mid-sentence ("Мадонна"), and
    a person's particle is the name's own ("Фон дер Ляйен заявила", "Ле Пен проиграла", "Ди
    Каприо получил")."""
    named = {word_stem(page.tokens[i].text) for i in page.mid_capitals}

    def positional(token: Token) -> bool:
        return is_common_word(token, page.morph) and word_stem(token.text) not in named

    repaired = []
    for span in spans:
        first = span.tokens[0]
        if (
            span.type == "ORG"
            or (span.type == "LOC" and len(span.tokens) > 1 and first.pos != "NOUN")
            or first.start not in page.clause_starts
            or not positional(first)
            or (span.type == "PER" and opens_with_particle(span))
        ):
            repaired.append(span)
            continue
        rest = strip_punctuation(span.tokens[1:])
        while rest and rest[0].pos in FUNCTION_WORDS and is_common_word(rest[0], page.morph):
            rest = strip_punctuation(rest[1:])  # "Если Вы заметили ошибку"
        if rest and is_capitalised(rest[0]):
            repaired.append(span_of(rest, span.type))
    return repaired


def opens_with_particle(span: Span) -> bool:
    """Whether a name of two words or more opens with a particle ("Фон дер Ляйен")."""
    words = span_words(span)
    return len(words) > 1 and words[0].text.lower() in NAME_PARTICLES


def drop_leading_verbs(spans: Sequence[Span], page: Page) -> list[Span]:
    """A capitalised preposition or infinitive before a person's name is no part of it,
    wherever it stands: "Есть Марко Ройс" names "Марко Ройс", "1 Отрешить Соловьева
    Александра Васильевича от должности" "Соловьева Александра Васильевича". No name opens
    with a word the dictionary knows only as such; a past verb may be a foreign first name
    ("Робел") and stays. Places and organisations keep theirs ("За правое дело"), but for
    a preposition before the surname of a person the document names in full: "Вместо
    Дэвиса", tagged as a place, is Дэвис after "Дэвид Дэвис"."""
    surnames = {
        word_stem(s.tokens[-1].text) for s in spans if s.type == "PER" and len(s.tokens) > 1
    }
    repaired = []
    for span in spans:
        rest = strip_punctuation(span.tokens[1:])
        if rest and is_capitalised(rest[0]) and is_leading_verb(span.tokens[0], page.morph):
            if span.type == "PER":
                span = span_of(rest, span.type)
            elif len(rest) == 1 and word_stem(rest[0].text) in surnames:
                span = span_of(rest, "PER")
        repaired.append(span)
    return repaired


def is_leading_verb(token: Token, morph: Morphology) -> bool:
    """A common word all of whose readings are verbs or prepositions, one an infinitive
    or a preposition ("Отрешить", "Есть", "Вместо")."""
    if not is_capitalised(token) or not is_common_word(token, morph):
        return False
    tags = {p.tag.POS for p in morph.parse(token.text) if p.is_known}
    return tags <= LEADING_VERB_TAGS and bool(tags & {"INFN", "PREP"})


# readings a word before a name may have and still be no part of it
LEADING_VERB_TAGS = frozenset({"INFN", "PREP", "VERB", "INTJ", "GRND"})


def drop_positional_kinds(spans: Sequence[Span], page: Page) -> list[Span]:
    """A common noun that opens a sentence right before a quoted name is the kind of body
    the name is, capitalised by its place alone: "Концерн «Калашников» заявил", "Движение
    «Техрик-е Талибан Пакистан» избрало" name the organisations "Калашников" and "Техрик-е
    Талибан Пакистан", as every corpus marks them. Mid-sentence the capital makes the noun
    part of the name ("в Фонде «Наше будущее»") and it stays, as does a word the document
    also capitalises mid-sentence. A caption or a headline names what it shows the same way
    without quotes: "Флаг ИГИЛ", "Здание ФСБ", "Журнал Time" at a line's start are ИГИЛ, ФСБ
    and Time, as NEREL marks them (FactRuEval and BSNLP have no such line)."""
    named = {word_stem(page.tokens[i].text) for i in page.mid_capitals}
    repaired = []
    for span in spans:
        first, tokens = span.tokens[0], span.tokens
        if (
            span.type == "ORG"
            and len(tokens) > 1
            and first.start in page.clause_starts
            and first.pos == "NOUN"
            and is_common_word(first, page.morph)
            and word_stem(first.text) not in named
        ):
            name = named_after_kind(tokens, page, opens_line(first, page))
            if name:
                span = span_of(name, span.type)
        repaired.append(span)
    return repaired


def opens_line(token: Token, page: Page) -> bool:
    index = page.position[token.start]
    return index == 0 or "\n" in page.text[page.tokens[index - 1].end : token.start]


def named_after_kind(tokens: Sequence[Token], page: Page, line: bool) -> tuple[Token, ...]:
    """The name after the kind noun `tokens[0]`: the words in the quotes that open right
    after it ("Концерн «Калашников»"), or, at the start of a line (a caption, a
    headline), an abbreviation or a Latin name right after it that is not a place ("Флаг
    ИГИЛ", "Здание ФСБ", "Журнал Time"; not "Сенат США", the body of a country); else ()."""
    if tokens[1].text in OPENING_QUOTES | {'"'}:
        name = strip_punctuation(tokens[2:])
        return name if name and not any(t.text in QUOTES for t in name) else ()
    if not line:
        return ()
    word = tokens[1].text
    abbreviation = len(word) > 1 and word.isupper() and word.isalpha()
    latin = "A" <= word[:1] <= "Z"
    name = strip_punctuation(tokens[1:])
    if not (abbreviation or latin) or not name:
        return ()
    places = page.gazetteer.lookup(" ".join(t.text for t in name))
    return () if any(entry.type == "LOC" for entry in places) else name


def take_country_adjectives(spans: Sequence[Span], page: Page) -> list[Span]:
    """An organisation takes the adjective of its country right before it: "японского
    МИДа", "российском Минфине", "британского правительства" are one mention in
    FactRuEval, BSNLP and NEREL (NEREL-train: 186 spans with the adjective in, 53 with it
    before). The adjective must agree in case with the name's first word, when that word
    declines."""
    taken = {t.start for s in spans for t in s.tokens}
    repaired = []
    for span in spans:
        index = page.position[span.tokens[0].start] - 1
        before = page.tokens[index] if index >= 0 else None
        if (
            span.type == "ORG"
            and before is not None
            and before.start not in taken
            and before.pos == "ADJF"
            and before.lemma in page.country_adjectives
            and not page.text[before.end : span.start].strip()
            and agrees_in_case(before, span.tokens[0], page.morph)
        ):
            span = span_of((before, *span.tokens), span.type)
        repaired.append(span)
    return repaired


def agrees_in_case(adjective: Token, word: Token, morph: Morphology) -> bool:
    """Whether an adjective can stand in a case the word can (any, if a Cyrillic word has
    none: "британских ВВС"). A name in Latin letters is a brand the adjective describes:
    NEREL leaves it out ("нидерландской Gasunie")."""
    if not is_cyrillic_word(word.text.strip('«»"')):
        return False
    cases = {case_of(p.tag) for p in morph.parse(word.text)} - {None}
    if not cases:
        return True
    return any(case_of(p.tag) in cases for p in morph.parse(adjective.text) if p.tag.POS == "ADJF")


def cut_at_run_on_sentences(spans: Sequence[Span], page: Page) -> list[Span]:
    """A capitalised adverb or conjunction after a person's name opens the next sentence,
    run on without a full stop after a headline ("Борис Джонсон Совсем скоро"): the name
    ends before it."""
    repaired = []
    for span in spans:
        cut = next(
            (
                i
                for i, t in enumerate(span.tokens[1:], start=1)
                if is_capitalised(t) and t.pos in SENTENCE_OPENERS and is_common_word(t, page.morph)
            ),
            None,
        )
        repaired.append(span_of(span.tokens[:cut], "PER") if span.type == "PER" and cut else span)
    return repaired


def drop_digits_from_names(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person's name has no digits: an age before it ("34-летний ТиДжей") is no part of
    it, and a name that still carries one ("Формулы-1") is no person. None of the four
    gold files names a person with a digit."""
    repaired = []
    for span in spans:
        if span.type != "PER" or not any(has_digit(t) for t in span.tokens):
            repaired.append(span)
            continue
        tokens = strip_edges(span.tokens, lambda t: has_digit(t) or is_punctuation(t))
        if tokens and not any(has_digit(t) for t in tokens):
            repaired.append(span_of(tokens, "PER"))
    return repaired


def has_digit(token: Token) -> bool:
    return DIGIT.search(token.text) is not None


# an agency's head noun that a remit may follow: "комитет по делам ...", "суд по правам ..."
REMIT_HEADS = frozenset({
    "суд", "комитет", "совет", "комиссия", "агентство", "управление", "министерство",
    "служба", "группа", "департамент", "бюро", "фонд",
})  # fmt: skip
# the dative that opens an agency's remit after "по": "по правам человека", "по делам
# беженцев", "по международным отношениям" (not "по делу", "по обвинению": a case's)
REMIT_WORDS = frozenset({
    "правам", "делам", "вопросам", "связям", "отношениям", "развитию", "надзору",
    "контролю", "защите", "борьбе", "урегулированию",
})  # fmt: skip
# the most words of a remit after "по"
MAX_REMIT = 6


def take_remits(spans: Sequence[Span], page: Page) -> list[Span]:
    """An agency's name ending in its head noun takes the remit the tagger left after it:
    "Европейского суда | по правам человека", "Комитет Сената США | по международным
    отношениям", as all four corpora mark it. The remit is "по", dative adjectives, one of
    `REMIT_WORDS` and the lower-case genitives after it; "суда по делу" is a case's. A name
    the tagger ended inside its remit takes the rest of it: "Комиссия по вопросам |
    гражданства", "Агентства ООН по делам | беженцев"."""
    taken = {t.start for s in spans for t in s.tokens}
    repaired = []
    for span in spans:
        index = page.position[span.tokens[-1].start] + 1
        rest: tuple[Token, ...] = ()
        if span.type == "ORG" and span.tokens[-1].lemma in REMIT_HEADS:
            rest = remit_after(page, index, taken)
        elif span.type == "ORG" and ends_in_remit_word(span.tokens):
            rest = remit_objects(page, index, taken)
        if rest and page.text[span.end : rest[0].start] == " ":
            span = span_of((*span.tokens, *rest), span.type)
        repaired.append(span)
    return repaired


def ends_in_remit_word(tokens: Sequence[Token]) -> bool:
    """Whether a name ends in "по", dative adjectives and a remit word ("по делам")."""
    if tokens[-1].text not in REMIT_WORDS:
        return False
    before = len(tokens) - 2
    while before > 0 and tokens[before].pos == "ADJF" and tokens[before].text.islower():
        before -= 1
    return before > 0 and tokens[before].text == "по"


def remit_after(page: Page, index: int, taken: set[int]) -> tuple[Token, ...]:
    """The tokens of a remit from `index` ("по правам человека"), or none."""
    words = page.tokens[index : index + MAX_REMIT + 1]
    if not words or words[0].text != "по":
        return ()
    end = past_lower_adjectives(words, 1)
    if end == len(words) or words[end].text not in REMIT_WORDS:
        return ()
    remit = (*words[: end + 1], *remit_objects(page, index + end + 1, taken))
    if any(t.start in taken for t in remit) or not adjacent(page.text, remit):
        return ()
    return remit


def remit_objects(page: Page, index: int, taken: set[int]) -> tuple[Token, ...]:
    """The lower-case genitives a remit word governs from `index` ("правам | человека"),
    none taken by another name."""
    words = page.tokens[index : index + MAX_REMIT]
    end = 0
    while end < len(words) and is_lower_genitive(words[end], page.morph):
        end += 1
    objects = words[:end]
    if any(t.start in taken for t in objects) or not adjacent(page.text, objects):
        return ()
    return tuple(objects)


def is_lower_genitive(token: Token, morph: Morphology) -> bool:
    """A lower-case noun or adjective that may stand in the genitive."""
    return (
        token.text.isalpha()
        and token.text.islower()
        and token.pos in ("NOUN", "ADJF")
        and any(case_of(p.tag) == "gent" for p in morph.parse(token.text))
    )


def past_lower_adjectives(words: Sequence[Token], index: int) -> int:
    """The index of the first word from `index` that is no lower-case adjective ("по
    международным | отношениям", "при главном | архитекторе")."""
    while index < len(words) and words[index].pos == "ADJF" and words[index].text.islower():
        index += 1
    return index


def adjacent(text: str, tokens: Sequence[Token]) -> bool:
    """Whether the tokens follow one another with single spaces between."""
    return all(text[a.end : b.start] == " " for a, b in pairwise(tokens))


# the most words from "при" to the name of the body served
MAX_ATTACHED = 5
# a council's or a committee's head noun that "при" and the body it serves may follow
ATTACHED_HEADS = frozenset({"комитет", "совет", "комиссия"})
# a body served that needs no name after it: "при прокуратуре", "при правительстве"
SERVED_BODIES = frozenset({"прокуратура", "правительство", "администрация", "мэрия"})


def take_attached_bodies(spans: Sequence[Span], page: Page) -> list[Span]:
    """A committee's or a council's name takes the body it is attached to, "при" and a
    lower-case noun with its adjectives and the name after it: "Следственного комитета |
    при прокуратуре РФ", "общественного совета | при главном архитекторе Москвы", as
    FactRuEval and NEREL mark it; the name after it stays, nested, as NEREL marks it."""
    starts = {s.start: s for s in spans if s.type in ("LOC", "ORG")}
    repaired = []
    for span in spans:
        index = page.position[span.tokens[-1].start] + 1
        if span.type == "ORG" and span.tokens[-1].lemma in ATTACHED_HEADS:
            span = with_attached_body(span, page, index, starts)
        repaired.append(span)
    return repaired


def with_attached_body(span: Span, page: Page, index: int, starts: dict[int, Span]) -> Span:
    """The span with "при", a lower-case noun and the name after it, or as it was."""
    words = page.tokens[index : index + MAX_ATTACHED]
    if not words or words[0].text != "при" or page.text[span.end : words[0].start] != " ":
        return span
    end = past_lower_adjectives(words, 1)
    if end == len(words) or words[end].pos != "NOUN" or not words[end].text.islower():
        return span
    noun = words[end]
    if not adjacent(page.text, words[: end + 1]):
        return span
    owner = starts.get(noun.end + 1)
    if owner is not None and page.text[noun.end : owner.start] == " ":
        return span_of((*span.tokens, *words[: end + 1], *owner.tokens), span.type)
    if noun.lemma in SERVED_BODIES:  # "при прокуратуре" with no name after it
        return span_of((*span.tokens, *words[: end + 1]), span.type)
    return span
