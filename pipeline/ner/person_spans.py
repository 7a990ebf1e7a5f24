"""Repairs of the tagger's persons that the words themselves undo: a lone capitalised
word that cannot be a name or that the text writes in lower case too, a compound naming a
thing, one name the tagger cut in two (`person_splits` cuts two run together)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.ner.page import (
    CASE_ENDING,
    NAME_GRAMMEMES,
    PERSON_GRAMMEMES,
    Page,
    full_name_stems,
    is_capitalised,
    is_common_word,
    is_cyrillic_word,
    is_punctuation,
    span_of,
    span_words,
    word_stem,
)
from pipeline.ner.retyping import (
    CURE_NOUNS,
    THING_NOUNS,
    NameForm,
    name_forms,
    surname_forms,
)
from pipeline.records import Span, Token
from pipeline.text.inflect import case_of
from pipeline.text.morphology import Morphology


def join_parted_names(spans: Sequence[Span], page: Page) -> list[Span]:
    """Two persons one space apart that together make one name in one case and gender
    are one person the tagger cut in two: a first name and a surname ("После ухода Радия
    | Хабирова", "супруги Виталины | Цымбалюк-Романовской"), with a patronymic ("Марина Филипповна |
    Ходорковская"), or a surname before the first name and patronymic, as lists and
    official texts write them ("внучке Тихоновой | Татьяне Васильевне"). Every corpus
    marks them as one mention. A possessor and a person stay two ("вдова Ельцина | Наина
    Иосифовна"), and so do a surname and a first name alone ("Мэй | Джонсон" may be two
    persons). An initial and the person right after its period are one too ("Дж | .Коми",
    where the tagger read the surname as the republic)."""
    repaired: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        previous = repaired[-1] if repaired else None
        if previous is not None and parts_of_one_name(previous, span, page):
            repaired[-1] = span_of((*previous.tokens, *span.tokens), "PER")
        elif previous is not None and initial_before(previous, span, page):
            index = page.position[previous.tokens[0].start]
            last = page.position[span.tokens[-1].start]
            repaired[-1] = span_of(page.tokens[index : last + 1], "PER")
        else:
            repaired.append(span)
    return repaired


# the longest initial: "Дж"
MAX_INITIAL = 2


def initial_before(first: Span, second: Span, page: Page) -> bool:
    """Whether a person that is one initial is followed by its period and, with no space
    after it, a person: "Дж.Коми"."""
    words = span_words(first)
    return (
        (first.type, second.type) == ("PER", "PER")
        and len(words) == 1
        and len(words[0].text) <= MAX_INITIAL
        and words[0].text.istitle()
        and page.text[words[0].end : second.start] == "."
    )


def take_first_names(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person takes the first name the tagger left out right before it, one space
    apart, where the words make one name in one case and gender ("Геннадий | Фисун
    прокомментировал", "Айдар | Наилевич Губайдулин родился"): the tagger often misses
    the first word of a paragraph. A word tagged otherwise stays ("в Израиль | Владимир
    Путин")."""
    taken = {t.start for s in spans for t in s.tokens}
    repaired = []
    for span in spans:
        index = page.position[span.tokens[0].start]
        before = page.tokens[index - 1] if index > 0 else None
        if (
            span.type == "PER"
            and before is not None
            and before.start not in taken
            and len(before.text) > 1  # "У Януковича", "И Дэвис": a preposition, a conjunction
            and before.pos == "NOUN"
            and first_name(before, page)
            and parts_of_one_name(span_of([before], "PER"), span, page)
        ):
            span = span_of((before, *span.tokens), "PER")
        repaired.append(span)
    return repaired


def parts_of_one_name(first: Span, second: Span, page: Page) -> bool:
    """Whether two persons one space apart are the parts of one name."""
    if (first.type, second.type) != ("PER", "PER") or page.text[first.end : second.start] != " ":
        return False
    tokens = (*first.tokens, *second.tokens)
    if any(is_punctuation(t) for t in tokens):
        return False
    return any(
        len(shape) == len(tokens)
        and agree_as_one([read(token, page) for token, read in zip(tokens, shape, strict=True)])
        for shape in NAME_SHAPES
    )


def first_name(token: Token, page: Page) -> frozenset[NameForm]:
    return name_forms(token, page.morph, "Name")


def patronymic(token: Token, page: Page) -> frozenset[NameForm]:
    return name_forms(token, page.morph, "Patr")


def surname_or_unknown(token: Token, page: Page) -> frozenset[NameForm]:
    """The forms of a word as a surname: the dictionary's, a Russian surname's guessed,
    or, for a capitalised Cyrillic word the dictionary does not know at all
    ("Цымбалюк-Романовской"), the forms it guesses for the word as a noun."""
    forms = surname_forms(token, page)
    word = token.text
    if forms or not is_cyrillic_word(word) or not word.istitle() or page.morph.is_known(word):
        return forms
    return frozenset(
        (case_of(p.tag), p.tag.gender)
        for p in page.morph.parse(word)
        if p.tag.POS == "NOUN" and case_of(p.tag) is not None
    )


def leading_surname(token: Token, page: Page) -> frozenset[NameForm]:
    """The forms of a surname before a first name and patronymic, less the nominative
    where it may be a genitive: "вдова Ельцина Наина Иосифовна" names Ельцин's widow, a
    possessor and a person; "внучке Тихоновой Татьяне Васильевне" one person. Where no
    word stands before it to own it (after a dash, at a line's start) or "имени" does,
    the nominative stays: "мать — Суркова Зоя Антоновна", "по имени Юлдашева Кристина
    Камиловна"."""
    forms = surname_or_unknown(token, page)
    if any(case == "gent" for case, _ in forms) and owned(token, page):
        return frozenset(form for form in forms if form[0] != "nomn")
    return forms


def owned(token: Token, page: Page) -> bool:
    """Whether a word stands right before the token that may own a genitive after it."""
    index = page.position[token.start]
    before = page.tokens[index - 1] if index > 0 else None
    return before is not None and not is_punctuation(before) and before.text.lower() != "имени"


def agree_as_one(forms: Sequence[frozenset[NameForm]]) -> bool:
    """Whether all the words can share one case and gender (None agrees with any)."""
    shared = set(forms[0])
    for other in forms[1:]:
        shared = {
            (c1 or c2, g1 or g2)
            for c1, g1 in shared
            for c2, g2 in other
            if (c1 == c2 or None in (c1, c2)) and (g1 == g2 or None in (g1, g2))
        }
    return bool(shared)


# The orders of a name's parts that news writes: "Радия Хабирова", "Марина Филипповна
# Ходорковская", "Тихоновой Татьяне Васильевне" (not a surname and a first name alone).
NAME_SHAPES: tuple[tuple[Callable[[Token, Page], frozenset[NameForm]], ...], ...] = (
    (first_name, surname_or_unknown),
    (first_name, patronymic, surname_or_unknown),
    (leading_surname, first_name, patronymic),
)


def drop_non_noun_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person of one word the dictionary knows only as a verb, adjective, adverb or
    pronoun is a capital the tagger misread ("Узнавай только о главном", "Таким образом",
    "Подана первая заявка", "принц Кембриджский"): a name is a noun, and none of the
    corpora annotates such a word as a person. A word that is also part of a longer name
    in the document stays. Nouns stay: "Стинг", "Глюкоза" and "Мадонна" are persons too."""
    named = full_name_stems(spans)

    def misread(span: Span) -> bool:
        found = span_words(span)
        if span.type != "PER" or len(found) != 1:
            return False
        word = found[0]
        return (
            is_common_word(word, page.morph)
            and word_stem(word.text) not in named
            and not any(p.tag.POS == "NOUN" for p in page.morph.parse(word.text))
        )

    return [span for span in spans if not misread(span)]


# shorter lowercase parts may be honorifics the dictionary reads as things ("Туркмен-баши")
MIN_THING_PART = 5


def drop_thing_compounds(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person with a hyphenated word whose lowercase part is a thing names the thing
    ("мРНК-технология", "Т-лимфоцитов", "Антиковидную мРНК-вакцину"): a person's hyphenated
    name is of names and of words for people ("Буш-младший", "аль-Багдади")."""

    def is_thing_part(part: str) -> bool:
        parses = page.morph.parse(part)
        return (
            len(part) >= MIN_THING_PART
            and part.islower()
            and page.morph.is_known(part)
            and all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in parses)
        )

    def names_thing(span: Span) -> bool:
        return span.type == "PER" and any(
            is_thing_part(part) for t in span_words(span) for part in t.text.split("-")[1:]
        )

    return [span for span in spans if not names_thing(span)]


# shorter lower-case words are function words and abbreviations, no evidence
MIN_LOWERCASE_WORD = 4


def drop_lowercase_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person of one word opening a clause that the same text also writes in lower case
    is a common word capitalised by its place ("Мельдоний" beside "приём
    мельдония", "Глифосат, в качестве средства" beside "глифосат"): a name keeps its
    capital in every form. A word the dictionary knows as animate or as a name stays
    ("Пророка" beside "пророк", "Надежда" beside "надежда")."""
    openers = [span for span in spans if opens_clause_alone(span, page)]
    if not openers:
        return list(spans)
    lowercase = {
        word_stem(t.text)
        for t in page.tokens
        if len(t.text) >= MIN_LOWERCASE_WORD and is_cyrillic_word(t.text) and t.text.islower()
    }
    common = [
        span
        for span in openers
        if word_stem(word := span_words(span)[0].text) in lowercase
        and not names_someone(word, page.morph)
    ]
    return [span for span in spans if span not in common]


def opens_clause_alone(span: Span, page: Page) -> bool:
    """A person of one capitalised Cyrillic word at a clause's start, where the capital
    may be its place's."""
    found = span_words(span)
    return (
        span.type == "PER"
        and len(found) == 1
        and found[0].start in page.clause_starts
        and is_capitalised(found[0])
        and is_cyrillic_word(found[0].text)
    )


def names_someone(word: str, morph: Morphology) -> bool:
    """Whether the dictionary knows a word as animate or as a name ("Пророка", "Надежда")."""
    return any(
        "anim" in p.tag.grammemes or PERSON_GRAMMEMES & set(p.tag.grammemes)
        for p in morph.parse(word)
        if p.is_known
    )


# tokens that join the items of a list: "Дженнифер Лопес, Энрике Иглесиас и Стинг"
LIST_JOINERS = frozenset({",", "и", "или"})
# "его называют Горба", "её прозвали Железная": the word after names the one the pronoun is
NAMING_VERBS = frozenset({"называть", "назвать", "прозвать", "прозывать", "звать"})
PERSONAL_OBJECTS = frozenset({"его", "её", "ее", "их", "меня", "тебя", "нас", "вас"})


def drop_lifeless_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person of one word the dictionary knows only as a lifeless common noun (no
    animate reading, no name's) names a thing, wherever the document writes it, unless one
    of its mentions says a person: "цитирует Коран", "препарат Хлорохин". A mention says a
    person when the document names it in a longer name ("Усэйн Болт", then "Болт"), a
    lower-case noun stands right before it, for a person or a thing of its ("певица
    Глюкоза", "режима Батисты"; not a drug's or a product's, "препарат"), another person
    is listed beside it ("Дженнифер Лопес, Стинг и Энрике Иглесиас"), it is a person's
    bracketed alias ("Арсен Павлов (Моторола)"), follows "его называют" or a verb follows
    it ("Краник выиграл бы турнир"). No corpus tags a drug, a book or a religion as a
    person; NEREL-train's and BSNLP's ones were all of this kind (Коран, Гравюра)."""
    persons = [s for s in spans if s.type == "PER"]
    stems = {s: word_stem(span_words(s)[0].text) for s in persons if lifeless(s, page)}
    if not stems:
        return list(spans)
    named = full_name_stems(spans)
    person_ends = {page.position[s.tokens[-1].start] for s in persons}
    person_starts = {page.position[s.tokens[0].start] for s in persons}
    evidenced = {
        stem for s, stem in stems.items() if says_person(s, page, person_starts, person_ends)
    }
    things = {stem for stem in stems.values() if stem not in named and stem not in evidenced}
    return [s for s in spans if stems.get(s) not in things]


def lifeless(span: Span, page: Page) -> bool:
    """Whether a person is one capitalised Cyrillic word that the dictionary knows only as
    an inanimate common noun."""
    found = span_words(span)
    if span.type != "PER" or len(found) != 1:
        return False
    word = found[0].text
    if not (is_cyrillic_word(word) and word[:1].isupper() and page.morph.is_known(word)):
        return False
    return all(
        p.tag.POS == "NOUN"
        and "inan" in p.tag.grammemes
        and not NAME_GRAMMEMES & set(p.tag.grammemes)
        for p in page.morph.parse(word)
    )


def says_person(span: Span, page: Page, person_starts: set[int], person_ends: set[int]) -> bool:
    """Whether the words around a one-word person say it is one: a lower-case noun right
    before it, a naming verb after a pronoun, another person listed beside it, a person's
    bracket round it, a verb after it."""
    tokens = page.tokens
    first = page.position[span.tokens[0].start]
    last = page.position[span.tokens[-1].start]
    before = tokens[first - 1] if first > 0 else None
    if before is not None and possessed_by(before, page):
        return True
    if before is not None and called(before, tokens[first - 2] if first > 1 else None, page):
        return True
    return listed_with_person(span, page, person_starts, person_ends) or verb_after(
        last, page, finite_verb
    )


def listed_with_person(
    span: Span, page: Page, person_starts: set[int], person_ends: set[int]
) -> bool:
    """Whether another person is listed right beside a person ("Джастин Тимберлейк, Jay-Z,
    спортивные мероприятия"), or it is a person's bracketed alias ("Арсен Павлов
    (Моторола)")."""
    tokens = page.tokens
    first = page.position[span.tokens[0].start]
    last = page.position[span.tokens[-1].start]
    before = tokens[first - 1] if first > 0 else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if before is not None and before.text in LIST_JOINERS and first - 2 in person_ends:
        return True
    if after is not None and after.text in LIST_JOINERS and last + 2 in person_starts:
        return True
    return before is not None and before.text == "(" and first - 2 in person_ends


# how far after its subject a verb may stand: "Симонии 160 раз облетит Землю"
SUBJECT_REACH = 3


def verb_after(last: int, page: Page, verb: Callable[[Token, Page], bool]) -> bool:
    """Whether such a `verb` follows the token at `last` within `SUBJECT_REACH` words,
    before any punctuation: that token ends its subject."""
    for token in page.tokens[last + 1 : last + 1 + SUBJECT_REACH]:
        if is_punctuation(token):
            return False
        if verb(token, page):
            return True
    return False


def finite_verb(token: Token, page: Page) -> bool:
    """Whether a word is a finite verb: things the news names seldom act ("Краник выиграл
    бы турнир", "Симонии планирует")."""
    return any(p.tag.POS == "VERB" and p.tag.mood == "indc" for p in page.morph.parse(token.text))


def called(verb: Token, pronoun: Token | None, page: Page) -> bool:
    """Whether a verb of naming after a personal pronoun is right before a word: "его
    называют Горба" (not "Трамп назвал Ковид китайским вирусом")."""
    return (
        pronoun is not None
        and pronoun.text.lower() in PERSONAL_OBJECTS
        and any(p.normal_form in NAMING_VERBS for p in page.morph.parse(verb.text))
    )


def possessed_by(noun: Token, page: Page) -> bool:
    """Whether a lower-case noun right before a word makes it a person: a noun for a
    person ("певица Глюкоза", "поэт Адонис") or a thing the word owns ("режима Батисты");
    not a noun for a drug or a product the word names ("препарат Хлорохин")."""
    return noun.text.islower() and noun.lemma not in THING_NOUNS | CURE_NOUNS and noun.pos == "NOUN"


def drop_doubted_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person of one word that the tagger's best path gave but its model finds more
    likely no person (`Span.doubted`: its neighbours' tags won the path, not the word) is
    dropped, unless the document names it in a longer name ("Анна Попова", then "Попова",
    or in another case, `inflects_one_of`) or as a person the model does not doubt, after
    "имени" (`honoured`), or gives it a person's role (`given_role`: "министр Лавров",
    "заявил Шойгу"): a capitalised drug, brand or place the model half reads as a surname
    ("Вакцина КовиВак центра Чумакова", "Маракана, Копакабана")."""
    doubted = [s for s in spans if s.doubted and s.type == "PER" and len(s.tokens) == 1]
    if not doubted:
        return list(spans)
    named = named_otherwise(spans, lambda s: s.doubted)
    dropped = {
        s
        for s in doubted
        if not named(s.tokens[0].text) and not honoured(s, page) and not given_role(s, page)
    }
    return [s for s in spans if s not in dropped]


def drop_wavering_persons(spans: Sequence[Span], page: Page) -> list[Span]:
    """A person of one word that the model gives less than `WAVER` (`Span.wavering`;
    under `DOUBT` `drop_doubted_persons` decides) is dropped when nothing but the model
    speaks for it: the dictionary knows no first name, surname or patronymic in it, the
    document names it in no longer name and as no person the model is sure of, and no
    word round it says a person (`given_role`, `honoured`, `says_person`: a noun for a
    person or a verb before it, another person listed beside it, a verb after it): a
    brand, a site or a place the model half reads as a surname ("пистолетов марки
    Беретта", "По информации же Роскомсвободы", "завершится у Дувра"). A hyphenated
    word stays: its parts are names the dictionary does not hold ("Азии-Биби",
    "Саифа-ул-Мулука")."""
    wavering = [
        s
        for s in spans
        if s.wavering
        and not s.doubted
        and s.type == "PER"
        and len(s.tokens) == 1
        and "-" not in s.tokens[0].text
    ]
    if not wavering:
        return list(spans)
    persons = [s for s in spans if s.type == "PER"]
    named = named_otherwise(spans, lambda s: s.wavering)
    person_ends = {page.position[s.tokens[-1].start] for s in persons}
    person_starts = {page.position[s.tokens[0].start] for s in persons}
    dropped = {
        s
        for s in wavering
        if not named(word := s.tokens[0].text)
        and not names_someone(word, page.morph)
        and not honoured(s, page)
        and not given_role(s, page)
        and not says_person(s, page, person_starts, person_ends)
    }
    return [s for s in spans if s not in dropped]


def named_otherwise(spans: Sequence[Span], unsure: Callable[[Span], bool]) -> Callable[[str], bool]:
    """Whether the document names a word otherwise than as a person the model is `unsure`
    of: in a longer name ("Анна Попова", then "Попова", or in another case,
    `inflects_one_of`) or as a person it is sure of."""
    persons = [s for s in spans if s.type == "PER"]
    stems = full_name_stems(spans) | {
        word_stem(span_words(s)[0].text) for s in persons if not unsure(s) and s.tokens
    }
    full_words = {
        t.text.lower().replace("ё", "е")
        for s in persons
        if len(found := span_words(s)) > 1
        for t in found
    }
    return lambda word: word_stem(word) in stems or inflects_one_of(word, full_words)


def inflects_one_of(word: str, words: set[str]) -> bool:
    """Whether a word is one of the words, or one of them with a case ending added:
    "Лидстрема" after "Никлас Лидстрём", whose stems "лидстрем" and "лидстр" differ."""
    word = word.lower().replace("ё", "е")
    return word in words or any(
        word[:cut] in words and CASE_ENDING.fullmatch(word[cut:]) for cut in (-1, -2, -3)
    )


# how far before a name the noun for its holder's post may stand, over the names of the
# post's complement: "глава МИД России Лавров"
ROLE_REACH = 6
# verbs of saying, whose subject is a person: "сказал Лавров", "Лавров заявил"
SPEECH_VERBS = frozenset(
    {
        "заявить",
        "сказать",
        "сообщить",
        "отметить",
        "подчеркнуть",
        "рассказать",
        "добавить",
        "пояснить",
        "признаться",
        "признать",
        "напомнить",
        "уточнить",
        "считать",
        "ответить",
        "заметить",
        "написать",
        "говорить",
        "заявлять",
    }
)


def given_role(span: Span, page: Page) -> bool:
    """Whether the text gives a one-word person a person's role: a noun for one person
    before it, over its complement's names ("министр Лавров", "глава МИД России Лавров";
    not "препарат Хлорохин", "пациентам Хлорохин"), or a verb of saying right before or
    after it ("сказал Лавров", "Лавров заявил"): things are seldom said to hold a post or
    to speak."""
    tokens = page.tokens
    first = page.position[span.tokens[0].start]
    last = page.position[span.tokens[-1].start]
    if first > 0 and says(tokens[first - 1], page):
        return True
    return verb_after(last, page, says) or holds_post(
        tokens[max(0, first - ROLE_REACH) : first], page
    )


def says(token: Token, page: Page) -> bool:
    """Whether a word is a finite verb of saying (`SPEECH_VERBS`)."""
    return any(
        p.tag.POS == "VERB" and p.normal_form in SPEECH_VERBS for p in page.morph.parse(token.text)
    )


def holds_post(before: Sequence[Token], page: Page) -> bool:
    """Whether the words before a name end in a noun for one person, in any case of
    letters ("Премьер-министр Берлускони"), followed only by capitalised words (the names
    of the post's complement: "Глава МИД России"). A lower-case word between them ends
    the search: "доктор зальцбургского Моцартеума" (and "министр иностранных дел", whose
    lower-case genitives kept more things than persons on the dev files)."""
    for token in reversed(before):
        if is_punctuation(token):
            return False
        best = page.morph.parse(token.text.lower())[0]
        if (
            best.tag.POS == "NOUN"
            and best.tag.animacy == "anim"
            and not NAME_GRAMMEMES & set(best.tag.grammemes)
        ):
            return best.tag.number != "plur"
        if token.text.islower():
            return False
    return False


# "имени", "им." before a name: what is named after a person ("РГУ им. Косыгина")
HONOURING = frozenset({"имени", "им"})


def honoured(span: Span, page: Page) -> bool:
    """Whether "имени" or "им." stands right before a span: a person something is named
    after ("РГУ им Косыгина", "театр имени Вахтангова")."""
    index = page.position[span.tokens[0].start]
    before = [t.text.lower() for t in page.tokens[max(0, index - 2) : index]]
    return bool(before) and (
        before[-1] in HONOURING or (before[-1] == "." and before[:1] == ["им"])
    )
