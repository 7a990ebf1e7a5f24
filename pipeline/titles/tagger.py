"""Job titles (TITLE spans) from a lexicon matched on lemmas, with their complements.

A lexicon entry is matched in any case and number through its lemmas ("заместителем
министра" and "заместитель министра" share one key). A match then takes in what
completes it (`complements.py`). The bare head of an extended title is kept as a title of
its own, and so is a title inside the complement ("президента" in "пресс-секретарь
президента"), as NEREL annotates them."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache, partial
from itertools import pairwise
from typing import Any

from pipeline.data import cache_folder, kept_in_cache
from pipeline.lexicons.titles import (
    INSTRUMENTAL_GOVERNORS,
    TITLE_MODIFIERS,
    TitleLexicon,
    deputy_title,
    is_plural,
    match_with_modifiers,
    strip_prefix,
    without_prefix,
)
from pipeline.records import Analysis, Span, Token
from pipeline.text.inflect import ADJECTIVE_POS, DEPUTY, case_of, qualifies
from pipeline.text.keys import plain_hyphens
from pipeline.text.morphology import Morphology, source_digest
from pipeline.titles.complements import (
    BODY_NOUNS,
    NEEDS_COMPLEMENT,
    NEEDS_ORGANISATION,
    RELATIONAL_HEADS,
    complement_end,
    is_genitive_word,
)

# adjectives that make an award of a title: "народный артист СССР", "заслуженный врач России"
HONORARY = ("народн", "заслуженн")
# nouns whose genitive is a post: "пост премьера" (премьер, not the film's премьера)
POST_NOUNS = frozenset({"пост", "должность"})
# A title is a noun, or a participle or adjective used as one: the verb itself
# ("способен управлять страной") and its other forms name no post.
VERB_FORMS = frozenset({"INFN", "VERB", "GRND", "PRTS"})


def find_titles(
    analysis: Analysis,
    named_spans: Sequence[Span],
    lexicon: TitleLexicon,
    morph: Morphology,
) -> tuple[Span, ...]:
    """TITLE spans in text order: extended titles, their bare heads, titles inside them."""
    persons = {s.tokens[0].start: s for s in named_spans if s.type == "PER"}
    places = {s.tokens[0].start: s for s in named_spans if s.type in ("ORG", "LOC")}
    inside_persons = {t.start for s in named_spans if s.type == "PER" for t in s.tokens}
    person_ends = {s.tokens[-1].end for s in named_spans if s.type == "PER"}
    found: dict[tuple[int, int], Span] = {}
    adjectives, starts_no_title = lexicon.adjectives, lexicon.starts_no_title
    for sentence in analysis.sentences:
        tokens = with_title_readings(sentence.tokens, lexicon, morph)
        lemmas = [t.lemma for t in tokens]
        title_at = partial(starts_title, lexicon, lemmas)
        index, inner = 0, -1
        while index < len(tokens):
            lemma = lemmas[index]
            if lemma not in adjectives and starts_no_title(lemma) or begins_acting(lemmas, index):
                index += 1  # most words: no title starts here (`match_with_modifiers`)
                continue
            if lemma in adjectives and is_attribute(tokens, index, morph):
                # "президентские выборы": NEREL marks the word, as the post it names
                add(found, (replace(tokens[index], lemma=lexicon.adjectives[lemmas[index]]),))
                index += 1
                continue
            length = match_with_modifiers(lexicon, lemmas, index)
            if length and is_attribute(tokens, index + length - 1, morph):
                # "управляющий директор" is one post; "рабочая поездка" is none
                rest = match_with_modifiers(lexicon, lemmas, index + length)
                length = length + rest if rest else 0
            # a lexicon entry that runs into a name ends before it, and the name is its
            # complement: "лидер Движения против нелегальной иммиграции", not "лидер Движения"
            length = next(
                (k for k in range(1, length) if tokens[index + k].start in places), length
            )
            if (
                not length
                or tokens[index].start in inside_persons
                or tokens[index + length - 1].pos in VERB_FORMS
                or is_past_participle(tokens[index + length - 1], morph)
                or names_no_post(tokens, index, morph)
            ):
                index += 1
                continue
            head_end = index + length
            # the last word of the head, not an abbreviation's full stop: "зав. кафедрой"
            head_word = (
                lemmas[head_end - 2] if lemmas[head_end - 1] == "." else lemmas[head_end - 1]
            )
            governs = strip_prefix(head_word) in INSTRUMENTAL_GOVERNORS
            # a title inside another leaves the remit to it: "помощника президента по
            # экономике" holds "президента", not "президента по экономике"
            end = complement_end(
                tokens,
                head_end,
                persons,
                places,
                morph,
                governs,
                remit=index != inner,
                title_at=title_at,
            )
            if index == inner and tokens[index - 1].text.lower() == "в":
                # whom a candidate runs from is the candidacy's, not the post's: "кандидат в
                # президенты США от Демократической партии" holds "президенты США"
                end = next((k for k in range(head_end, end) if lemmas[k] == "от"), end)
            if end == head_end and strip_prefix(lemmas[head_end - 1]) in NEEDS_COMPLEMENT:
                index += 1
                continue
            if strip_prefix(lemmas[head_end - 1]) in NEEDS_ORGANISATION and not any(
                t.start in places for t in tokens[head_end : min(end, head_end + 2)]
            ):
                index += 1
                continue
            # "народный артист России" is an award: the profession in it is "артист" alone
            stops = {head_end} if is_honorary(tokens, index) else {end}
            if not is_relational(lemmas, index, head_end, lexicon):
                # "президент России" is a title, and so is its "президент"; "глава
                # государства" is one title only: "глава" needs its complement
                stops.add(head_end)
            # a title inside another, or an acting one, is marked with its complement only:
            # "заместителем министра иностранных дел" holds no "министра", nor does "и. о.
            # министра транспорта"
            acting = acting_start(tokens, index)
            if (
                index != inner
                and acting == index
                and bare_first_word(tokens, index, head_end, lexicon)
                and not needs_a_name_beside(tokens, index + 1, lexicon, morph)
            ):
                stops.add(index + 1)
            if needs_a_name_beside(tokens, head_end, lexicon, morph) and not beside_a_name(
                tokens, index, head_end, persons, person_ends
            ):
                stops.discard(head_end)
                if not stops:
                    index += 1
                    continue
            # "экс-президент": NEREL marks the post, "президент", inside the word
            first = (
                without_prefix(tokens[index])
                or without_person_part(tokens[index], lexicon, morph)
                or tokens[index]
            )
            for stop in stops:
                add(found, (first, *tokens[index + 1 : stop]))
                if acting < index:  # "и. о. министра транспорта", and "министра транспорта"
                    add(found, tuple(tokens[acting:stop]))
            index = inner_title_start(tokens, lemmas, index, head_end, lexicon, morph)
            inner = index if index < head_end else -1
    return tuple(found[key] for key in sorted(found, key=lambda k: (k[0], -k[1])))


def starts_title(lexicon: TitleLexicon, lemmas: Sequence[str], index: int) -> bool:
    """Whether a title of the lexicon, maybe with modifiers, starts at `index`."""
    return match_with_modifiers(lexicon, lemmas, index) > 0


def is_relational(lemmas: Sequence[str], index: int, head_end: int, lexicon: TitleLexicon) -> bool:
    """Whether the title at `index`..`head_end` is a post only with its complement, no title
    alone inside it: "глава государства", and a one-word title NEREL-train marks so
    ("директор ФБР", "вождь племени")."""
    head = strip_prefix(lemmas[head_end - 1])
    return head in RELATIONAL_HEADS or (head_end == index + 1 and head in lexicon.relational)


def is_honorary(tokens: Sequence[Token], index: int) -> bool:
    """Whether an honorary adjective stands before the title at `index` ("народный артист
    СССР", "заслуженного врача России"): an award, whose place is none of the post's."""
    # "заслуженного" is read first as the participle of "заслужить"
    return index > 0 and tokens[index - 1].text.lower().startswith(HONORARY)


def bare_first_word(
    tokens: Sequence[Token], index: int, head_end: int, lexicon: TitleLexicon
) -> bool:
    """Whether an entry of several words begins with a noun that is a title of its own, which
    NEREL marks inside it as it marks a head inside its complement: "министр" in "министр
    иностранных дел", "пресс-секретарь" in "пресс-секретарь президента"; not a relational
    head ("глава" in "глава государства", "член" in "член Совета Федерации")."""
    word = tokens[index]
    lemma = strip_prefix(word.lemma)
    return (
        head_end > index + 1
        and word.pos == "NOUN"
        and (lemma,) in lexicon.canonical
        and lemma not in RELATIONAL_HEADS
        and lemma not in NEEDS_COMPLEMENT
        and lemma not in lexicon.relational
    )


def needs_a_name_beside(
    tokens: Sequence[Token], head_end: int, lexicon: TitleLexicon, morph: Morphology
) -> bool:
    """Whether the title ending at `head_end` is a post only beside a name or with its
    complement: the plural of a group noun ("эксперты", "наблюдатели" name a group of
    people, seldom a post: NEREL-train), or a participle, which names a post only where
    it stands for a noun ("нападающий «Спартака» Промес", not "нападающие на прохожих");
    pymorphy3 marks those that are nouns as well ("управляющий", "заведующий")."""
    head = tokens[head_end - 1]
    if head.pos == "PRTF":
        return not participle_has(head, "Subx", morph)
    return strip_prefix(head.lemma) in lexicon.group_nouns and is_plural(head, morph)


def is_past_participle(word: Token, morph: Morphology) -> bool:
    """A post is held now: "нападающий" is a forward, "нападавший" an attacker."""
    return word.pos == "PRTF" and participle_has(word, "past", morph)


def participle_has(word: Token, grammeme: str, morph: Morphology) -> bool:
    """Whether the word's first reading as a participle carries `grammeme`."""
    reading = next((p for p in morph.parse(word.text) if p.tag.POS == "PRTF"), None)
    return reading is not None and grammeme in reading.tag


def beside_a_name(
    tokens: Sequence[Token],
    index: int,
    head_end: int,
    persons: dict[int, Span],
    person_ends: set[int],
) -> bool:
    """Whether a person's name stands right before or after the title ("эксперты Иван
    Петров и Анна Смирнова", "Петров и Смирнова, эксперты"), past a comma or dash."""
    after = tokens[head_end : head_end + 2]
    if after and after[0].text in ",—–-:" and len(after) > 1:
        after = after[1:]
    if after and after[0].start in persons:
        return True
    before = tokens[max(0, index - 2) : index]
    if before and before[-1].text in ",—–-" and len(before) > 1:
        before = before[:-1]
    return bool(before) and before[-1].end in person_ends


def names_no_post(tokens: Sequence[Token], index: int, morph: Morphology) -> bool:
    """A title word that names no post where it stands: "во главе с", and the members a
    body is named after ("совет директоров", "Кабинет министров")."""
    if index == 0:
        return False
    previous, word = tokens[index - 1], tokens[index]
    if previous.text.lower() == "во" and word.lemma == "глава":
        return True
    return previous.lemma in BODY_NOUNS and any(
        p.tag.number == "plur" and case_of(p.tag) == "gent" for p in morph.parse(word.text)
    )


def with_title_readings(
    tokens: Sequence[Token], lexicon: TitleLexicon, morph: Morphology
) -> Sequence[Token]:
    """The sentence's tokens, a word read as a title where pymorphy3 prefers another noun
    but the text says a person: "итальянского премьера" (премьер, not премьера), "премьера
    Италии", "пост премьера", "94-летнего политика" (политик, not политика); a deputy's
    title it prefers as a verb form: "замсекретаря" (замсекретарь, not a gerund of
    "замсекретарить")."""
    out = list(tokens)
    for index, token in enumerate(tokens):
        if token.pos != "NOUN":
            # a deputy's title begins "зам": most words are spared the call
            if token.text[:1] in "зЗ" and (deputy := deputy_reading(token.text, lexicon, morph)):
                out[index] = replace(token, lemma=deputy, pos="NOUN")
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and (modifier := modifier_reading(token, after, lexicon, morph)):
            out[index] = replace(token, lemma=modifier, pos="ADJF")
            continue
        before = tokens[index - 1] if index else None
        adjective_before = before is not None and before.pos in ADJECTIVE_POS
        name_after = after is not None and after.text[:1].isupper()
        post_before = before is not None and before.lemma in POST_NOUNS
        if not (adjective_before or name_after or post_before):
            continue
        persons = person_readings(token.text, token.lemma, lexicon.first_words, morph)
        if not persons:
            continue
        if (
            before is not None
            and adjective_before
            and is_agreeing_adjective(before, persons, morph)
        ) or ((name_after or post_before) and any(case_of(p.tag) != "nomn" for p in persons)):
            out[index] = replace(token, lemma=persons[0].normal_form)
    return out


def modifier_reading(token: Token, after: Token, lexicon: TitleLexicon, morph: Morphology) -> str:
    """The lemma of a word's reading as an adjective that begins a title and agrees with the
    title word after it, where pymorphy3 prefers a noun: "главного тренера" (главный, not
    the noun "главное"); or ""."""
    if token.lemma in lexicon.first_words:
        return ""
    title_word = after.lemma in lexicon.first_words or person_readings(
        after.text, after.lemma, lexicon.first_words, morph
    )
    if not title_word:
        return ""
    nouns = [p for p in morph.parse(after.text) if p.tag.POS == "NOUN"]
    for parse in morph.parse(token.text):
        if (
            parse.tag.POS in ADJECTIVE_POS
            and (parse.normal_form in TITLE_MODIFIERS or parse.normal_form in lexicon.first_words)
            and qualifies([parse.tag], [n.tag for n in nouns], governs_instrumental=False)
        ):
            return str(parse.normal_form)
    return ""


def deputy_reading(word: str, lexicon: TitleLexicon, morph: Morphology) -> str:
    """The lemma of a word's reading as a deputy's title ("замсекретаря": замсекретарь,
    "зам-" before a title of the lexicon), or ""."""
    if not word.lower().startswith(DEPUTY):
        return ""
    return next(
        (
            p.normal_form
            for p in morph.parse(word)
            if p.tag.POS == "NOUN" and deputy_title(p.normal_form, lexicon)
        ),
        "",
    )


@lru_cache(maxsize=100_000)
def person_readings(
    word: str, lemma: str, title_words: frozenset[str], morph: Morphology
) -> tuple[Any, ...]:
    """A word's readings as a person whose lemma begins a title ("премьера": премьер), when
    its likeliest lemma begins none; none otherwise (cached: words recur)."""
    if lemma in title_words or not may_be_title_form(word, title_words, morph):
        return ()
    return tuple(
        p
        for p in morph.parse(word)
        # the set lookup first: most words have no reading whose lemma begins a title
        if p.normal_form in title_words and p.tag.POS == "NOUN" and p.tag.animacy == "anim"
    )


def may_be_title_form(word: str, title_words: frozenset[str], morph: Morphology) -> bool:
    """Whether a word may be read as a noun among `title_words`: it is one of their forms,
    or the dictionary does not know it and pymorphy3 guesses its readings. A word the
    dictionary knows is read by the dictionary alone, so most words of a text ("стола",
    "выборы") are not parsed for it (checked on every word of the five corpora)."""
    lower = plain_hyphens(word).lower()
    return lower in title_word_forms(title_words, morph) or not morph.is_known(word)


@lru_cache(maxsize=4)
def title_word_forms(title_words: frozenset[str], morph: Morphology) -> frozenset[str]:
    """Every form of the dictionary's nouns among `title_words` (a noun's forms are all
    nouns, its lemma the first), in lower case, also with "е" for "ё", which the dictionary
    reads as one ("боксера": боксёр); some 4,000 forms of 430 words, listed in 0.01 s of
    a run's first document, and so kept in the cache folder (`forms_digest`)."""

    def make() -> frozenset[str]:
        forms = {
            form.word
            for title_word in title_words
            for parse in morph.parse(title_word)
            if parse.normal_form == title_word and parse.tag.POS == "NOUN"
            for form in parse.lexeme
        }
        return frozenset(forms | {form.replace("ё", "е") for form in forms})

    name = f"title-forms-{forms_digest(title_words)}.pickle"
    return kept_in_cache(name, make, frozenset, cache_folder())


def forms_digest(title_words: frozenset[str]) -> str:
    """A digest of the words, the dictionary's version and this module's source."""
    digest = source_digest([sys.modules[__name__]])
    digest.update("\n".join(sorted(title_words)).encode())
    return str(digest.hexdigest()[:24])


def is_agreeing_adjective(word: Token, nouns: Sequence, morph: Morphology) -> bool:
    """Whether `word`, an adjective, agrees with one of the noun readings given."""
    adjectives = [p.tag for p in morph.parse(word.text) if p.tag.POS in ADJECTIVE_POS]
    return qualifies(adjectives, [n.tag for n in nouns], governs_instrumental=False)


def inner_title_start(
    tokens: Sequence[Token],
    lemmas: Sequence[str],
    start: int,
    end: int,
    lexicon: TitleLexicon,
    morph: Morphology,
) -> int:
    """Where to look for the next title after the one at `start`..`end`: inside it, at a
    title in the genitive that a title noun of it governs ("советник президента", a
    lexicon entry, holds the title "президента" as NEREL marks it), else after it. An
    adjective governs nothing ("генерального директора"), nor does a body ("председатель
    совета директоров")."""
    for k in range(start + 1, end):
        if (
            tokens[k - 1].pos == "NOUN"
            and match_with_modifiers(lexicon, lemmas, k - 1)
            and is_genitive_word(tokens[k], morph)
            and match_with_modifiers(lexicon, lemmas, k)
        ):
            return k
        # the post one runs for: "кандидат в президенты" holds "президенты"
        if tokens[k - 1].text.lower() == "в" and match_with_modifiers(lexicon, lemmas, k):
            return k
    return end


def begins_acting(lemmas: Sequence[str], index: int) -> bool:
    """Whether "исполнять обязанности" starts at `index` (or "временно" before it): the
    post is the title after it, which NEREL marks alone as well ("исполняющим обязанности
    президента": "президента"); the acting title is taken from there (`acting_start`),
    none where the verb is no participle ("будет исполнять обязанности главы государства")."""
    words = lemmas[index : index + 3]
    if words[:1] == ["временно"]:
        words = words[1:]
    return words[:2] == ["исполнять", "обязанность"]


def without_person_part(token: Token, lexicon: TitleLexicon, morph: Morphology) -> Token | None:
    """ "президент" inside "женщина-президент": a compound whose first part names a person but
    no post ("женщина", "девушка", "коллега", "афроамериканец") holds the post in its last
    part, as NEREL marks it; a compound of two posts stays whole ("художник-постановщик")."""
    if "-" not in token.lemma or "-" not in token.text:
        return None
    last = token.lemma.split("-", 1)[1]
    readings = morph.parse(token.text.split("-", 1)[0])
    if (
        "-" in last
        or (last,) not in lexicon.canonical
        # every reading a person: not "арт" (an art, or a person?), "поп" (a priest, or pop)
        or not all(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in readings)
        or not all(lexicon.starts_no_title(p.normal_form) for p in readings)
    ):
        return None
    cut = token.text.index("-") + 1
    return Token(token.start + cut, token.end, token.text[cut:], last, token.pos)


def acting_start(tokens: Sequence[Token], index: int) -> int:
    """Where an "acting" prefix of the title at `index` starts ("исполняющий обязанности",
    "временно исполняющий обязанности", "и. о.", "врио"); `index` if there is none."""
    words = [t.text.lower() for t in tokens[max(0, index - 4) : index]]
    if words[-1:] == ["врио"]:
        return index - 1
    if words == ["и", ".", "о", "."]:
        return index - 4
    if (
        index >= 2
        and tokens[index - 1].lemma == "обязанность"
        and tokens[index - 2].lemma == "исполнять"
        and tokens[index - 2].pos == "PRTF"
    ):
        return index - 3 if index >= 3 and tokens[index - 3].lemma == "временно" else index - 2
    return index


def is_attribute(tokens: Sequence[Token], head: int, morph: Morphology) -> bool:
    """Whether a title word with an adjective's form ("рабочий", "учёный", "полицейский")
    is used as an adjective here, agreeing with the common noun after it: "рабочая
    поездка", "учёный совет", "полицейские машины". Before a name it stays a title
    ("учёный Иван Павлов")."""
    following = tokens[head + 1] if head + 1 < len(tokens) else None
    if following is None or following.pos != "NOUN" or not following.text.islower():
        return False
    word = tokens[head]
    adjectives = [  # of the title's own word: "главой" has an unlikely adjective "главый"
        p.tag
        for p in morph.parse(word.text)
        if p.tag.POS in ADJECTIVE_POS and p.normal_form == word.lemma
    ]
    if not adjectives:
        return False
    nouns = [p.tag for p in morph.parse(following.text) if p.tag.POS == "NOUN"]
    return qualifies(adjectives, nouns, word.lemma in INSTRUMENTAL_GOVERNORS)


def add(found: dict[tuple[int, int], Span], tokens: tuple[Token, ...]) -> None:
    span = Span(tokens[0].start, tokens[-1].end, "TITLE", tokens)
    found[(span.start, span.end)] = span


def is_title_only(span: Span, lexicon: TitleLexicon) -> bool:
    """Whether a tagger's span is nothing but a title ("Госсоветник" tagged as a person,
    "Замгубернатора" as an organisation). Only an entry, or a deputy's "зам-" before one:
    a name may read as a title by its suffix or its last part ("Лист", "Металлист",
    "Шарм-эш-Шейх"), and one at the start of a sentence would be dropped."""
    lemmas = tuple(t.lemma for t in span.tokens)
    if lemmas in lexicon.canonical:
        return True
    return len(lemmas) == 1 and bool(deputy_title(lemmas[0], lexicon))


def separate_titles_from_names(
    analysis: Analysis, named_spans: Sequence[Span], lexicon: TitleLexicon, morph: Morphology
) -> tuple[Span, ...]:
    """Named spans without titles: a span that is only a title word capitalised by its
    position is dropped, a title at the start of a person's name is cut off.

    "Госсоветник также рассказал" is a title; "позиция Адвоката" (Dick Advocaat) is a
    name, and so is every mention of a word the document capitalises mid-sentence.
    """
    sentence_starts = {s.tokens[0].start for s in analysis.sentences}
    for sentence in analysis.sentences:
        for previous, token in pairwise(sentence.tokens):
            if previous.text in '«"„“—–-:(' and previous.start in sentence_starts:
                sentence_starts.add(token.start)
    mid_sentence_names = {
        s.tokens[0].lemma
        for s in named_spans
        if is_title_only(s, lexicon) and s.start not in sentence_starts
    }
    # "наградил режиссёра Эмира Кустурицу": a title word capitalised mid-sentence, which
    # the document never writes as a common noun, may be a first name; and so it is at the
    # start of a sentence where the document reads it so mid-sentence ("Эмир Кустурица
    # снял фильм", "Путин и Эмир Кустурица"), not alone ("Президент Макрон заявил")
    maybe_first_names = [
        span.tokens[0].lemma
        for span in named_spans
        if span.start not in sentence_starts and is_first_name_before_surname(span, lexicon, morph)
    ]
    # the lemmas of the words written in lower case, gathered from every token only where
    # some name may be such a first name (few documents have one)
    common_nouns = (
        {t.lemma for t in analysis.tokens if t.text.islower()} if maybe_first_names else set()
    )
    first_names = {lemma for lemma in maybe_first_names if lemma not in common_nouns}
    kept = []
    for span in named_spans:
        if is_title_only(span, lexicon):
            if span.tokens[0].lemma in mid_sentence_names:
                kept.append(span)
            continue
        first_name = span.tokens[0].lemma in first_names and is_first_name_before_surname(
            span, lexicon, morph
        )
        kept.append(span if first_name else without_leading_title(span, lexicon))
    return tuple(kept)


def without_leading_title(span: Span, lexicon: TitleLexicon) -> Span:
    """A person span less a title the tagger took in: "Принц Гарри" -> "Гарри",
    "Экс-советник Трампа" -> "Трампа"."""
    if span.type != "PER" or len(span.tokens) < 2:
        return span
    length = leading_title_length([t.lemma for t in span.tokens], lexicon)
    rest = span.tokens[length:]
    if not length or not rest or not rest[0].text[:1].isupper():
        return span
    return Span(rest[0].start, rest[-1].end, span.type, rest)


def leading_title_length(lemmas: Sequence[str], lexicon: TitleLexicon) -> int:
    """Length of the title the lemmas start with, a compound read by its last part: a former
    post ("экс-советник"), a deputy's ("вице-", "зам-"), a "пресс-агент" (a title head of
    NEREL-train, "агент", that the lexicon holds with a complement only). A compound whose
    last part is no title word is a name: "Жан-Батист", "Сен-Жермен"."""
    length = lexicon.match(lemmas, 0)
    first = lemmas[0]
    if length or "-" not in first:
        return length
    last = strip_prefix(first)
    if last == first:
        last = first.rsplit("-", 1)[1]
    if last in lexicon.relational:
        return 1
    return lexicon.match([last, *lemmas[1:]], 0) or lexicon.match([last], 0)


def is_first_name_before_surname(span: Span, lexicon: TitleLexicon, morph: Morphology) -> bool:
    """Whether a one-word title the tagger took in, capitalised mid-sentence, is a first name
    here: a surname the dictionary does not know follows in its case ("наградил режиссёра
    Эмира Кустурицу": Emir Kusturica; not "с Принцем Гарри", "с Министром Лавровым",
    "роль Шерифа Ноттингема"). The caller checks that the document never writes the word as a
    common noun ("эмир Катара")."""
    if span.type != "PER" or len(span.tokens) != 2:
        return False
    title, surname = span.tokens
    if "-" in title.text or lexicon.match([title.lemma], 0) != 1:
        return False
    # a word the dictionary knows after a title is as often a surname of a person the title
    # names ("с Министром Лавровым"), a first name ("с Принцем Гарри") or the title's
    # complement ("Шерифа Ноттингема")
    if morph.is_known(surname.text):
        return False
    surname_readings = [p for p in morph.parse(surname.text) if p.tag.POS == "NOUN"]
    title_cases = {case_of(p.tag) for p in morph.parse(title.text) if p.normal_form == title.lemma}
    return bool(title_cases & {case_of(p.tag) for p in surname_readings} - {None})
