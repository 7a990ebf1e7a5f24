"""Repairs of the tagger's types and recall: spans retyped, added where it missed them,
dropped where no corpus would have them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from pipeline.ner.page import (
    NAME_GRAMMEMES,
    PERSON_GRAMMEMES,
    QUOTES,
    Page,
    is_capitalised,
    is_common_word,
    is_cyrillic_word,
    may_be_person,
    span_of,
    stems,
    word_stem,
)
from pipeline.records import Span, Token
from pipeline.text.inflect import case_of
from pipeline.text.morphology import Morphology

STREET_SUFFIXES = ("-стрит", "-сквер", "-авеню", "-роуд", "-плейс", "-лейн", "-драйв")
# "Brexit", "Брексита", "Грексит", "Frexit".
EXIT_BLEND = re.compile(r"(?:[A-Z][a-z]*exit|[А-ЯЁ][а-яё]*(?:кс|кз)ит(?:а|у|ом|е)?)")
# Common nouns written as abbreviations: "СМИ" is "средства массовой информации".
COMMON_NOUN_ABBREVIATIONS = frozenset({"СМИ"})
# Common nouns the news capitalises as if they were names: "в Сети" is the Internet. Lemmas.
CAPITALISED_COMMON_NOUNS = frozenset({"сеть"})
# Social networks and messengers, as the news writes them; lower-cased stems. Those that
# are services (SERVICES: YouTube, Instagram, WhatsApp...) are dropped wherever they stand.
PLATFORMS = re.compile(
    r"twitter|facebook|telegram|linkedin|вконтакте|твиттер\w*|фейсбук\w*|телеграм\w*"
)
# Services a company runs, named by their product: a video host, a messenger, a store
# ("на YouTube", "в мессенджерах Telegram и WhatsApp", "онлайн-магазина iTunes"), as the
# news writes them; lower-cased. Not the networks that are companies too (Facebook,
# Twitter), which FactRuEval and NEREL tag.
SERVICES = re.compile(
    r"youtube|ютуб\w*|whatsapp|ватсап\w*|skype|скайп\w*|itunes|weibo|wechat|instagram"
    r"|инстаграм\w*|tiktok|тикток\w*"
)
# the last word of a company's name, as Russian news transliterates it or writes it
COMPANY_WORDS = frozenset({
    "компани", "корпорейшн", "корпорэйшн", "инк", "инкорпорейтед", "лтд", "лимитед", "аг",
    "гмбх", "плс", "холдингс", "энтерпрайзис", "индастриз", "corp", "inc", "ltd", "llc",
    "plc", "ag", "gmbh", "corporation", "company", "limited", "incorporated",
})  # fmt: skip
# Nouns for a venue, an award, a work or a craft: a quoted name right after one names that
# thing ("стадионе «Лужники»", "премии «Эмми»", "самолёт «Суперджет»", "шаттл «Дискавери»"),
# not an organisation.
# Lemmas; "станция" is left out ("станция «Водоканала»" names its owner).
THING_NOUNS = frozenset({
    "стадион", "отель", "гостиница", "аэропорт", "кинотеатр", "премия", "сериал", "фильм",
    "программа", "передача", "спектакль", "песня", "книга", "альбом", "корабль",
    "судно", "самолёт", "вакцина", "препарат", "прививка", "доза", "марка", "бренд",
    "шаттл", "ракета", "спутник", "модуль", "автомобиль", "вертолёт", "истребитель", "танк",
})  # fmt: skip
# Nouns for a cure: the name after one and "против" is a disease ("вакцина против
# COVID-19", "препарат против ВИЧ"). Lemmas; not "от", which also names the maker
# ("вакцина от Pfizer").
CURE_NOUNS = frozenset({
    "вакцина", "прививка", "вакцинация", "препарат", "лекарство", "лечение", "иммунитет",
    "средство", "тест", "сыворотка",
})  # fmt: skip
# Buildings and grounds: an organisation-shaped name headed by one ("Исаакиевский собор",
# "Саяно-Шушенской ГЭС", "Братском кладбище") is a facility. Lemmas; "театр", "музей",
# "больница", "станция" and "церковь" are left out: they are workplaces or organisations
# as often as buildings ("работала в Королевской больнице").
FACILITY_NOUNS = frozenset({
    "собор", "храм", "мечеть", "кладбище", "гэс", "аэс", "тэц", "дворец", "площадь",
    "стадион", "арена", "аэропорт", "вокзал", "зал", "парк",
})  # fmt: skip
# a year in brackets after a name, a closing quote between: "«Always» (2004)"
YEAR_AFTER = re.compile(r"[»\"”']*\s*\((?:1[89]|20)\d\d\)")
MEDIUM_PREPOSITIONS = frozenset({"в", "во", "через"})
# the longest organisation's name, in words, that `tag_known_organisations` looks up
MAX_KNOWN_WORDS = 5
# "доля DST в Facebook", "на работу в Facebook": a stake or a job is in the company
COMPANY_CUES = ("доля", "доли", "долю", "долей", "акци", "инвест", "работ", "вложени", "пакет")


def retype_known_persons(spans: Sequence[Span], page: Page) -> list[Span]:
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
        return lone and not page.gazetteer.lookup(word) and not is_adjective_only(word, page)

    return [replace(s, type="PER") if s.type != "PER" and is_person(s) else s for s in spans]


def is_adjective_only(word: str, page: Page) -> bool:
    """A word the dictionary knows only as an adjective ("Болгарской"), not as a surname."""
    known = [p for p in page.morph.parse(word) if p.is_known]
    return bool(known) and all(p.tag.POS in {"ADJF", "ADJS"} for p in known)


def retype_company_names(spans: Sequence[Span], page: Page) -> list[Span]:
    """A name ending in a company's word, transliterated or not ("Джонсон энд Джонсон
    Компани", "Пфайзер Инк", "Сименс АГ", "Shell Ltd"), or joining two names with "энд"
    is a company, never a person."""
    return [
        replace(s, type="ORG") if s.type == "PER" and is_company_shaped(s.tokens) else s
        for s in spans
    ]


def is_company_shaped(tokens: Sequence[Token]) -> bool:
    words = [t.text.lower() for t in tokens if any(c.isalpha() for c in t.text)]
    return len(words) > 1 and (words[-1] in COMPANY_WORDS or "энд" in words[1:-1])


def retype_street_names(spans: Sequence[Span], page: Page) -> list[Span]:
    """A name ending in "-стрит", "-авеню", "-сквер" is a street or a square, never a
    person: "Даунинг-стрит" tagged PER is a place."""
    return [
        replace(s, type="LOC")
        if s.type == "PER" and s.tokens[-1].text.lower().endswith(STREET_SUFFIXES)
        else s
        for s in spans
    ]


def retype_organisation_aliases(spans: Sequence[Span], page: Page) -> list[Span]:
    """An alias in brackets after an organisation and its country abbreviates the
    organisation, not the country: "Верховный суд России (ВС)", "Антидопинговое агентство
    США (USADA)", where the tagger types the alias as the place it follows. A lone word the
    gazetteer knows only as a place stays one."""
    ordered = sorted(spans, key=lambda s: s.start)
    aliases = set()
    for owner, place, alias in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if (owner.type, place.type, alias.type) != ("ORG", "LOC", "LOC"):
            continue
        joined = not page.text[owner.end : place.start].strip()
        bracketed = page.text[place.end : alias.start].strip() == "("
        closed = page.text[alias.end : alias.end + 10].lstrip().startswith(")")
        known = len(alias.tokens) == 1 and is_known_place(alias.tokens[0], page)
        if joined and bracketed and closed and not known:
            aliases.add(alias.start)
    return [replace(s, type="ORG") if s.start in aliases else s for s in spans]


def tag_known_organisations(spans: Sequence[Span], page: Page) -> list[Span]:
    """A run of capitalised words on one line that the gazetteer knows only as an
    organisation's name is that organisation where the tagger passed over it or took a
    place out of it: "Голос Америки", "Русской службе «Голоса Америки»" (the tagger's
    "Америки" is the broadcaster's name, not the country). Every corpus marks the whole
    name. A run holding a person or an organisation the tagger found is left alone: its
    parts are `ner.qualified`'s business."""
    places = {s.start: s for s in spans if s.type == "LOC"}
    others = {t.start for s in spans if s.type != "LOC" for t in s.tokens}
    replaced: set[int] = set()
    added = []
    done = 0  # the tokens before are read: a run found ends there
    for index in page.capitals:  # a run starts with a capital (`known_organisation_at`)
        if index < done:
            continue
        found = known_organisation_at(index, page, others)
        if not found:
            continue
        inside = [places[t.start] for t in found if t.start in places]
        within = all(found[0].start <= p.start and p.end <= found[-1].end for p in inside)
        if within and not is_body_of_place(found, inside, page):
            replaced.update(p.start for p in inside)
            added.append(span_of(found, "ORG"))
        done = index + len(found)
    return [*(s for s in spans if s.start not in replaced), *added]


def is_body_of_place(run: Sequence[Token], places: Sequence[Span], page: Page) -> bool:
    """Whether a run ends in a place after more than one word ("Телерадиокомплекса
    Президента РК", "Мажилиса Парламента РК") or after a body the gazetteer knows alone
    ("Правительство России", "Сенат США"): the body and its place, which NEREL nests in the
    whole and FactRuEval keeps apart, are `ner.qualified`'s. One word that names no body
    makes a name with the place ("Голос Америки", "Эхо Москвы")."""
    if not places or places[-1].end != run[-1].end:
        return False
    head = [t for t in run if t.end <= places[-1].start]
    if len(head) != 1:
        return True
    return any(entry.type == "ORG" for entry in page.gazetteer.lookup(head[0].text))


def known_organisation_at(index: int, page: Page, taken: set[int]) -> tuple[Token, ...]:
    """The longest run of two to five words from `index` on, each capitalised but for
    function words inside, on one line and outside the spans `taken`, whose text names an
    organisation of the gazetteer and nothing else; or ()."""
    tokens = page.tokens
    if not is_capitalised(tokens[index]) or tokens[index].start in taken:
        return ()
    for end in range(min(len(tokens), index + MAX_KNOWN_WORDS), index + 1, -1):
        run = tokens[index:end]
        if not is_capitalised(run[-1]) or any(t.start in taken for t in run):
            continue
        if any("\n" in page.text[a.end : b.start] for a, b in pairwise(run)):
            continue
        entries = page.gazetteer.lookup(page.text[run[0].start : run[-1].end])
        if entries and all(entry.type == "ORG" for entry in entries):
            return tuple(run)
    return ()


def tag_latin_aliases(spans: Sequence[Span], page: Page) -> list[Span]:
    """An organisation's name in Latin letters, in brackets right after it, is a mention
    of it too where the tagger passed over it: "«Хьюстон Кроникл» (Houston Chronicle)",
    "фирма «Спейс адвентчерс» (Space Adventures)", "Фольксваген (Volkswagen)". All
    corpora mark it; the first of several aliases ("(Federación Cubana de Atletismo;
    FCA)") is the name. An alias the document also names on its own is left out: merged
    with its bracket's owner, it would carry all those mentions into the entity of the
    Russian spelling ("«Пфайзер» (Pfizer)" in a text that writes "Pfizer" throughout)."""
    taken = {t.start for s in spans for t in s.tokens}
    named = {page.text[s.start : s.end] for s in spans}
    tokens, added = page.tokens, []
    for span in spans:
        index = page.position.get(span.tokens[-1].start)
        if span.type != "ORG" or index is None:
            continue
        index += 1
        while index < len(tokens) and tokens[index].text in QUOTES:
            index += 1
        if index >= len(tokens) or tokens[index].text != "(":
            continue
        alias = latin_alias(tokens, index + 1, page.text)
        if not alias or any(t.start in taken for t in alias):
            continue
        if page.text[alias[0].start : alias[-1].end] not in named:
            added.append(span_of(alias, "ORG"))
            taken.update(t.start for t in alias)
    return [*spans, *added]


ALIAS_ENDS = frozenset({")", ";", ","})
MAX_ALIAS_TOKENS = 8


def latin_alias(tokens: Sequence[Token], first: int, text: str) -> tuple[Token, ...]:
    """The capitalised Latin words from `first` to a closing bracket, semicolon or comma
    on the same line, or ()."""
    end = first
    while end < len(tokens) and tokens[end].text not in ALIAS_ENDS:
        end += 1
    alias = tuple(tokens[first:end])
    if not alias or end == len(tokens) or len(alias) > MAX_ALIAS_TOKENS:
        return ()
    if "\n" in text[alias[0].start : alias[-1].end] or not alias[0].text[:1].isupper():
        return ()
    words = [t.text for t in alias if LETTER.search(t.text)]
    return alias if words and all(LATIN_WORD.fullmatch(w) for w in words) else ()


LETTER = re.compile(r"[^\W\d_]")
LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F\d'’.&-]*")


def is_person_noun(token: Token, morph: Morphology) -> bool:
    """A lowercase animate noun: "пророк", "рядовой", "сестра"."""
    if not token.text.islower() or token.pos != "NOUN":
        return False
    return morph.parse(token.text)[0].tag.animacy == "anim"


def tag_persons_after_person_nouns(spans: Sequence[Span], page: Page) -> list[Span]:
    """A capitalised word that the dictionary reads first as a name, right after a noun for
    a person, is a person where the tagger passed over it: "пророка Мухаммеда", "апостола
    Петра", "рядового Райана". Russian names a person in apposition to what he is. A
    church writes its heads' titles with capitals, a noun and its adjective: "с Папой
    Римским Франциском", "Патриарх Болгарский Максим"; a capitalised noun alone may open
    the title of a work ("фильм «Доктор Лиза»") and is not read so."""
    taken = {t.start for s in spans for t in s.tokens}
    tokens = page.tokens
    added = []
    for index in page.mid_capitals:
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            index == 0
            or token.start in taken
            or (following is not None and is_capitalised(following))
            or not titled(index, page)
        ):
            continue
        best = page.morph.parse(token.text)[0]
        if PERSON_GRAMMEMES & set(best.tag.grammemes):
            added.append(span_of([token], "PER"))
    return [*spans, *added]


def titled(index: int, page: Page) -> bool:
    """Whether the words before the token at `index` end in a noun for a person: a
    lower-case one ("пророка"), or a capitalised one with no name's reading and a
    capitalised adjective after it ("Папой Римским")."""
    tokens = page.tokens
    noun = tokens[index - 1]
    if is_person_noun(noun, page.morph):
        return True
    if index < 2 or not (is_capitalised(noun) and is_adjective(noun, page)):
        return False
    noun = tokens[index - 2]
    return is_capitalised(noun) and is_title_noun(noun, page.morph)


def is_adjective(token: Token, page: Page) -> bool:
    """A word the dictionary reads first as an adjective ("Римским", a surname too)."""
    best = page.morph.parse(token.text)[0]
    return best.is_known and best.tag.POS == "ADJF"


def is_title_noun(token: Token, morph: Morphology) -> bool:
    """A capitalised animate noun that is no name: "Папа", "Патриарх"."""
    parses = [p for p in morph.parse(token.text) if p.is_known]
    return bool(parses) and all(
        p.tag.POS == "NOUN"
        and p.tag.animacy == "anim"
        and not NAME_GRAMMEMES & set(p.tag.grammemes)
        for p in parses
    )


def retype_names_after_person_nouns(spans: Sequence[Span], page: Page) -> list[Span]:
    """An "organisation" of two or three Cyrillic words right after a noun for a person,
    the first a first name the dictionary knows (and reads first), is that person:
    "архиепископ Лонгин Клинский (РПЦ МП)", not "фотограф Ассошиэйтед Пресс". Russian names
    a person in apposition to what he is."""
    tokens = page.tokens
    out = []
    for span in spans:
        index = page.position.get(span.start)
        if (
            span.type == "ORG"
            and index
            and 2 <= len(span.tokens) <= 3
            and all(is_cyrillic_word(t.text) and is_capitalised(t) for t in span.tokens)
            and is_person_noun(tokens[index - 1], page.morph)
            and "Name" in page.morph.parse(span.tokens[0].text)[0].tag.grammemes
            and name_forms(span.tokens[0], page.morph, "Name")
        ):
            span = replace(span, type="PER")
        out.append(span)
    return out


def tag_missed_full_names(spans: Sequence[Span], page: Page) -> list[Span]:
    """A first name the dictionary knows and, right after it on the same line, a surname
    in a case the name can take, or a word in capitals, are a person where the tagger
    passed over both: "имени Петра Чайковского", "Фото: Олег ЗОЛОТО" (the byline's
    surname in capitals, which every corpus marks with the first name). A one-letter word
    is a preposition or a conjunction ("А КАК", "О Суркове"), and a name that opens a
    quote is a work's title ("«Борис Годунов»", "«Гарри Поттере»")."""
    taken = {t.start for s in spans for t in s.tokens}
    tokens = page.tokens
    added = []
    for index in page.capitals:  # a word in title case begins with a capital
        if index + 1 == len(tokens):
            break
        first, second = tokens[index], tokens[index + 1]
        if (
            not first.text.istitle()
            or len(first.text) < 2
            or not second.text[:1].isupper()  # a surname, in capitals or not, begins with one
            or first.start in taken
            or second.start in taken
            or page.text[first.end : second.start] != " "
            or (index > 0 and tokens[index - 1].text in QUOTES)
        ):
            continue
        first_name = name_forms(first, page.morph, "Name")
        if first_name and (
            agree_as_name(first_name, surname_forms(second, page))
            or is_common_surname(tokens, index, page)
        ):
            added.append(span_of([first, second], "PER"))
            taken.add(second.start)
    return [*spans, *added]


def is_common_surname(tokens: Sequence[Token], index: int, page: Page) -> bool:
    """Whether the word after the first name at `index` is a common word capitalised only
    because it is a surname or a byname ("Терезы Мэй", "Астрид Шведской", "Георгия
    Победоносца"): mid-sentence, and no capitalised word on either side of the pair, which
    would make it part of a longer name or title. Such a surname need not decline with
    the first name."""
    second = tokens[index + 1]
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    return (
        second.text.istitle()
        and second.pos in ("NOUN", "ADJF")  # not a verb: "что Вера Победит"
        and is_common_word(second, page.morph)
        and second.start not in page.clause_starts
        and tokens[index].start not in page.clause_starts
        and not (before is not None and is_capitalised(before))
        and not (after is not None and is_capitalised(after))
    )


MIN_CAPITALS = 3
# an unknown word ending as a Russian surname in -ов, -ев, -ин, in any case
GUESSED_SURNAME = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ы|ых)?")
# (case, gender) of a word as a name; a gender of None agrees with either
NameForm = tuple[str | None, str | None]
ANY_FORM: frozenset[NameForm] = frozenset({(None, None)})


def agree_as_name(first: frozenset[NameForm], second: frozenset[NameForm]) -> bool:
    """Whether a first name and a surname share a case and a gender ("Петру Чайковского"
    does not: Петру is Пётр's dative or Петра's accusative)."""
    return any(
        (c1 == c2 or None in (c1, c2)) and (g1 == g2 or None in (g1, g2))
        for c1, g1 in first
        for c2, g2 in second
    )


def name_forms(token: Token, morph: Morphology, grammeme: str) -> frozenset[NameForm]:
    """The cases and genders of a Cyrillic word as a first name or a surname the
    dictionary knows; a surname that does not decline has every gender."""
    if not is_cyrillic_word(token.text) or not token.text.istitle():
        return frozenset()
    return frozenset(
        (case_of(p.tag), None if "Fixd" in p.tag.grammemes else p.tag.gender)
        for p in morph.parse(token.text)
        if p.is_known and grammeme in p.tag.grammemes and case_of(p.tag) is not None
    )


def surname_forms(token: Token, page: Page) -> frozenset[NameForm]:
    """The forms a word can take as a surname: a dictionary surname's, any for a byline's
    surname in capitals that no gazetteer names ("ЗОЛОТО", not "ФАО")."""
    word = token.text
    if not word.isupper():
        return name_forms(token, page.morph, "Surn") or guessed_surname_forms(token, page.morph)
    abbreviation = any("Abbr" in p.tag.grammemes for p in page.morph.parse(word))
    byline = (
        is_cyrillic_word(word)
        and len(word) >= MIN_CAPITALS
        and not abbreviation
        and not page.gazetteer.lookup(word)
    )
    return ANY_FORM if byline else frozenset()


def guessed_surname_forms(token: Token, morph: Morphology) -> frozenset[NameForm]:
    """A word the dictionary does not know, ending as Russian surnames do, takes the forms
    the dictionary guesses for it as a surname: "Айдара Ишмухаметова", "Радия Хабирова"."""
    word = token.text
    if morph.is_known(word) or not GUESSED_SURNAME.fullmatch(word):
        return frozenset()
    return frozenset(
        (case_of(p.tag), p.tag.gender)
        for p in morph.parse(word)
        if "Surn" in p.tag.grammemes and case_of(p.tag) is not None
    )


def is_known_place(token: Token, page: Page) -> bool:
    """Whether the gazetteer knows the word only as a place, or, not knowing it, the
    dictionary reads it as a geographical noun ("Алтае")."""
    entries = page.gazetteer.lookup(token.text)
    if entries:
        return all(e.type == "LOC" for e in entries)
    best = page.morph.parse(token.text)[0]
    return best.tag.POS == "NOUN" and "Geox" in best.tag.grammemes


def tag_known_places(spans: Sequence[Span], page: Page) -> list[Span]:
    """A capitalised word mid-sentence that is known only as a place is a place where the
    tagger passed over it ("чемпионата Европы", "на Алтае"), unless it may be a person's
    name ("Чайковского") or is part of a longer capitalised name ("Азии Биби")."""
    taken = {t.start for s in spans for t in s.tokens}
    tokens = page.tokens
    added = []
    for index in page.mid_capitals:
        token = tokens[index]
        neighbours = tokens[max(0, index - 1) : index] + tokens[index + 1 : index + 2]
        if (
            token.start in taken
            or any(is_capitalised(t) for t in neighbours)
            or may_be_person(token, page.morph)
        ):
            continue
        if is_known_place(token, page):
            added.append(span_of([token], "LOC"))
    return [*spans, *added]


def drop_common_noun_abbreviations(spans: Sequence[Span], page: Page) -> list[Span]:
    """No organisation "СМИ": it abbreviates "средства массовой информации", the media, a
    common noun that FactRuEval, NEREL and BSNLP all leave out. Nor "Сеть" ("написал в
    Сети"), the Internet, which none of the five gold files marks (NEREL-train writes it 10
    times)."""

    def is_common_noun(span: Span) -> bool:
        if span.type != "ORG" or len(span.tokens) != 1:
            return False
        word = span.tokens[0]
        return word.text in COMMON_NOUN_ABBREVIATIONS or word.lemma in CAPITALISED_COMMON_NOUNS

    return [s for s in spans if not is_common_noun(s)]


def drop_exit_blends(spans: Sequence[Span], page: Page) -> list[Span]:
    """A country's name blended with "exit" ("Brexit", "Брексита", "Грексит") names an
    event, the country leaving a union, which no corpus annotates as a person, organisation
    or place."""
    return [s for s in spans if not (len(s.tokens) == 1 and EXIT_BLEND.fullmatch(s.tokens[0].text))]


def drop_platforms_as_media(spans: Sequence[Span], page: Page) -> list[Span]:
    """A social network that something was posted in ("написал в Twitter", "на своей
    странице в Facebook", "через Telegram") is a medium, not an organisation: after
    "в", "во" or "через", BSNLP leaves all 26 such mentions of its dev topics untagged
    and NEREL-train 40 of 44; so with "свой" between ("в своём Twitter": BSNLP 5 of 5,
    NEREL-train 5 of 5 untagged). The company stays one where a stake or a job is in it
    ("доля DST в Facebook"), as FactRuEval tags it."""
    tokens = page.tokens

    def is_medium(span: Span) -> bool:
        if span.type != "ORG" or len(span.tokens) != 1:
            return False
        if not PLATFORMS.fullmatch(span.tokens[0].text.lower()):
            return False
        index = page.position[span.start]
        if index > 0 and tokens[index - 1].lemma == "свой":
            index -= 1  # "в своём Twitter", "в своем Instagram"
        if index == 0 or tokens[index - 1].text.lower() not in MEDIUM_PREPOSITIONS:
            return False
        before = tokens[max(0, index - 4) : index - 1]
        return not any(t.text.lower().startswith(COMPANY_CUES) for t in before)

    return [s for s in spans if not is_medium(s)]


def drop_services(spans: Sequence[Span], page: Page) -> list[Span]:
    """A service named by its product ("ролик на YouTube", "в мессенджерах WhatsApp", "по
    Skype", "в топ онлайн-магазина iTunes") is no organisation: the company that runs it
    is (Google, Apple). NEREL leaves all 15 such mentions of its train split untagged,
    BSNLP and SlavicNER count them as products; none tags them ORG."""

    def is_service(span: Span) -> bool:
        if span.type != "ORG" or len(span.tokens) != 1:
            return False
        return SERVICES.fullmatch(span.tokens[0].text.lower()) is not None

    return [s for s in spans if not is_service(s)]


def drop_things(spans: Sequence[Span], page: Page) -> list[Span]:
    """A name the text shows to be a thing is no organisation, wherever the document
    writes it: a quoted name right after a noun for a venue, an award, a work or a
    craft ("на стадионе «Лужники»", "лишили премии «Эмми»", "вакцины «Спутник V»"), or a
    disease after a cure and "против" ("вакцина против COVID-19"), or a title in Latin
    letters dated in brackets ("The Fat Of The Land (1997)"). NEREL types such
    names as a facility, award, product or disease, FactRuEval drops them, BSNLP and
    SlavicNER leave products and events out; none tags them ORG. One such reading clears
    every form of the name in the document ("Спутника V", "от COVID-19")."""
    tokens = page.tokens

    def is_thing(span: Span) -> bool:
        if is_dated_work(span, page.text):
            return True
        index = page.position[span.start]
        while index < len(tokens) and tokens[index].text in QUOTES:
            index += 1  # a span that keeps its opening quote: «Эмми»
        quotes = 0
        while index - quotes > 0 and tokens[index - quotes - 1].text in QUOTES:
            quotes += 1
        noun = index - quotes - 1
        if quotes and noun >= 0:
            return tokens[noun].lemma in THING_NOUNS
        return (
            noun >= 1
            and tokens[noun].text.lower() == "против"
            and (tokens[noun - 1].lemma in CURE_NOUNS)
        )

    def name(span: Span) -> tuple[str, ...]:
        return stems([t for t in span.tokens if t.text not in QUOTES])

    organisations = [s for s in spans if s.type == "ORG"]
    things = {name(s) for s in organisations if is_thing(s)}
    return [s for s in spans if s.type != "ORG" or name(s) not in things]


def is_dated_work(span: Span, text: str) -> bool:
    """A name in Latin letters with a year in brackets right after it is a work's title, an
    album's or a film's: "The Fat Of The Land (1997), Invaders Must Die (2009)"."""
    words = [t.text for t in span.tokens if t.text not in QUOTES]
    latin = all("A" <= w[:1].upper() <= "Z" or not w[:1].isalpha() for w in words)
    return latin and YEAR_AFTER.match(text, span.end) is not None


def drop_facilities(spans: Sequence[Span], page: Page) -> list[Span]:
    """A name headed by a noun for a building or a ground ("Исаакиевский собор",
    "Саяно-Шушенской ГЭС", "на Братском кладбище") names a facility, not an organisation:
    NEREL types it FACILITY and FactRuEval drops facilities. The head is the first noun, so
    a museum named after one stays ("Музей «Исаакиевский собор»")."""

    def is_facility(span: Span) -> bool:
        head = next((t for t in span.tokens if t.pos == "NOUN"), None)
        return span.type == "ORG" and head is not None and head.lemma in FACILITY_NOUNS

    return [s for s in spans if not is_facility(s)]
