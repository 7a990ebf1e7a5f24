"""Stage 2b: job titles (TITLE spans) from a lexicon matched on lemmas, with their complements.

A lexicon entry is matched in any case and number through its lemmas ("заместителем
министра" and "заместитель министра" share one key). A match then takes in what
completes it: genitive words and adjacent organisations or places ("министр культуры и
информации РК", "пресс-секретарь Президента РФ"). The bare head of an extended title is
kept as a title of its own, and so is a title inside the complement ("президента" in
"пресс-секретарь президента"), as NEREL annotates them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from .inflect import case_of
from .records import Analysis, Span, Token
from .resources import Morphology

COMPLEMENT_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})
JOINERS = frozenset({"и"})
QUOTES = frozenset('«"„“')
FORMER_PREFIXES = ("экс-",)
# Suffixes that name a profession in nearly every word that has them (NEREL-train: 0.68 to
# 1.0 of such nouns are annotated), less the common words that do not.
PROFESSION_SUFFIXES = ("ист", "истка", "олог", "вед", "ведка")
NOT_PROFESSIONS = frozenset(
    {
        "террорист",
        "активист",
        "специалист",
        "экстремист",
        "сепаратист",
        "националист",
        "оптимист",
        "пессимист",
        "турист",
        "аферист",
        "идеалист",
        "радикалист",
        "боевик",
        "исламист",
        "нацист",
        "коммунист",
        "социалист",
        "либералист",
        "фашист",
        "каратист",
    }
)
# Adjectives that make a post of a post: "первый заместитель", "старший советник".
TITLE_MODIFIERS = frozenset(
    {
        "первый",
        "второй",
        "главный",
        "старший",
        "младший",
        "генеральный",
        "исполнительный",
        "почётный",
        "временный",
        "ответственный",
        "специальный",
        "постоянный",
        "верховный",
        "чрезвычайный",
        "полномочный",
    }
)
# Heads that take an instrumental complement, as their verbs do.
INSTRUMENTAL_GOVERNORS = frozenset({"командующий", "управляющий", "заведующий", "руководящий"})
LINKING_PREPOSITIONS = frozenset({"от", "по"})
# Nouns that are a title only with a complement: "член Совета Федерации", not "член".
NEEDS_COMPLEMENT = frozenset(
    {"член", "представитель", "сотрудник", "работник", "заместитель", "зам"}
)
# Nouns that name a post only together with what follows them: no title on their own.
RELATIONAL_HEADS = frozenset(
    {
        "глава",
        "лидер",
        "руководитель",
        "начальник",
        "председатель",
        "командующий",
        "заместитель",
        "член",
        "представитель",
        "сотрудник",
        "управляющий",
        "командир",
    }
)


@dataclass(frozen=True)
class TitleLexicon:
    """Title keys (tuples of lemmas) and the canonical title each one stands for."""

    canonical: dict[tuple[str, ...], str]
    longest: int

    def head(self, tokens: Sequence[Token]) -> str:
        """The canonical title that the tokens start with, or "" when none does."""
        lemmas = [t.lemma for t in tokens]
        length = self.match(lemmas, 0)
        return self.canonical[tuple(lemmas[:length])] if length else ""

    def match(self, lemmas: Sequence[str], start: int) -> int:
        """Length of the longest entry starting at `start`, or 0."""
        for length in range(min(self.longest, len(lemmas) - start), 0, -1):
            if tuple(lemmas[start : start + length]) in self.canonical:
                return length
        return 0


def lemma_key(text: str, morph: Morphology) -> tuple[str, ...]:
    """The lexicon key of a phrase: its words' lemmas, as the tokenizer sees them."""
    from razdel import tokenize

    return tuple(morph.parse(t.text)[0].normal_form for t in tokenize(text))


def read_title_rows(path: Path) -> Iterable[tuple[str, list[str]]]:
    """(canonical, variants) of each line of a title TSV; `#` lines are comments."""
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            variants = row[1].split("|") if len(row) > 1 and row[1] else []
            yield row[0].strip(), [v.strip() for v in variants if v.strip()]


def load_title_lexicon(paths: Iterable[Path], morph: Morphology) -> TitleLexicon:
    """Every canonical title and variant of the files, keyed by lemmas; earlier files win."""
    canonical: dict[tuple[str, ...], str] = {}
    for path in paths:
        for name, variants in read_title_rows(path):
            for phrase in (name, *variants):
                key = lemma_key(phrase, morph)
                if key:
                    canonical.setdefault(key, name)
    longest = max((len(key) for key in canonical), default=0)
    return TitleLexicon(canonical, longest)


def is_genitive_word(token: Token, morph: Morphology) -> bool:
    return any(
        p.tag.POS in COMPLEMENT_POS and case_of(p.tag) == "gent" for p in morph.parse(token.text)
    )


def complement_end(
    tokens: Sequence[Token],
    index: int,
    blocked: dict[int, Span],
    named: dict[int, Span],
    morph: Morphology,
    governs_instrumental: bool = False,
) -> int:
    """Index after the complement that starts at `index`.

    A complement is genitive words ("культуры и информации", "цифрового развития, связи"),
    names of organisations and places, a "при ..." tail ("при Президенте РК") and a
    preposition before a name ("представитель Тегерана в ОПЕК", "сенатор от штата Алабама").
    """
    end = index
    name_end = -1
    while end < len(tokens):
        token = tokens[end]
        if token.start in blocked:
            break
        if token.text in QUOTES and end + 1 < len(tokens) and tokens[end + 1].start in named:
            token = tokens[end + 1]
            end += 1
        span = named.get(token.start)
        if span is not None:
            end = next(i for i in range(end, len(tokens)) if tokens[i].end >= span.end) + 1
            name_end = end
            continue
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        lowered = token.text.lower()
        if following is not None and following.start not in blocked and end > index:
            if lowered in JOINERS and is_genitive_word(following, morph):
                end += 1
                continue
            if (
                lowered == ","
                and following.text.islower()
                and following.pos == "NOUN"
                and is_genitive_word(following, morph)
            ):
                end += 1
                continue
        if (
            lowered == "при"
            and following is not None
            and following.text[:1].isupper()
            and (following.start in named or following.pos == "NOUN")
        ):
            end += 1 if following.start in named else 2
            continue
        if (
            lowered in LINKING_PREPOSITIONS
            and following is not None
            and following.start not in blocked
            and (following.start in named or lowered == "от" and is_genitive_word(following, morph))
        ):
            end += 1
            continue
        if (
            lowered == "в"
            and end == name_end
            and following is not None
            and following.start in named
        ):
            end += 1  # "посол Японии в России"
            continue
        if end != name_end and token.pos in COMPLEMENT_POS and is_genitive_word(token, morph):
            # after a name the complement is over: "главы ФБР республиканца" stops at "ФБР"
            end += 1
            governs_instrumental = token.lemma in INSTRUMENTAL_GOVERNORS
            continue
        if lowered == "по" and following is not None and is_dative_word(following, morph):
            end += 2  # "комитета по безопасности", "тренер сборной по фехтованию"
            while (
                end < len(tokens)
                and tokens[end].start not in blocked
                and (
                    is_dative_word(tokens[end], morph)
                    or tokens[end].text.lower() in JOINERS
                    and end + 1 < len(tokens)
                    and is_dative_word(tokens[end + 1], morph)
                )
            ):
                end += 1
            continue
        if governs_instrumental and is_instrumental_noun(token, morph):
            end += 1  # "командующий войсками", "управляющий делами"
            governs_instrumental = False
            continue
        break
    while end > index and tokens[end - 1].text.lower() in (*JOINERS, ",", "по", "от", "в", "при"):
        end -= 1
    return end


def is_dative_word(token: Token, morph: Morphology) -> bool:
    return token.pos in COMPLEMENT_POS and any(
        case_of(p.tag) == "datv" for p in morph.parse(token.text)
    )


def is_instrumental_noun(token: Token, morph: Morphology) -> bool:
    return token.pos == "NOUN" and any(case_of(p.tag) == "ablt" for p in morph.parse(token.text))


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
    found: dict[tuple[int, int], Span] = {}
    for sentence in analysis.sentences:
        tokens = sentence.tokens
        lemmas = [t.lemma for t in tokens]
        index = 0
        while index < len(tokens):
            length = match_with_modifiers(lexicon, lemmas, index)
            if not length or tokens[index].start in inside_persons:
                index += 1
                continue
            head_end = index + length
            governs = strip_prefix(lemmas[head_end - 1]) in INSTRUMENTAL_GOVERNORS
            end = complement_end(tokens, head_end, persons, places, morph, governs)
            if end == head_end and strip_prefix(lemmas[head_end - 1]) in NEEDS_COMPLEMENT:
                index += 1
                continue
            stops = {end}
            if strip_prefix(lemmas[head_end - 1]) not in RELATIONAL_HEADS:
                # "президент России" is a title, and so is its "президент"; "глава
                # государства" is one title only: "глава" needs its complement
                stops.add(head_end)
            # "экс-президент": NEREL marks the post, "президент", inside the word
            first = without_prefix(tokens[index]) or tokens[index]
            for stop in stops:
                add(found, (first, *tokens[index + 1 : stop]))
            index = head_end
    return tuple(found[key] for key in sorted(found, key=lambda k: (k[0], -k[1])))


def match_with_modifiers(lexicon: TitleLexicon, lemmas: Sequence[str], index: int) -> int:
    """Length of the title at `index`, with leading modifiers ("первый", "главный") and an
    "экс-" prefix allowed."""
    length = lexicon.match(lemmas, index)
    if length:
        return length
    if is_profession_word(lemmas[index]):
        return 1
    stripped = strip_prefix(lemmas[index])
    if stripped != lemmas[index]:
        return lexicon.match([*lemmas[:index], stripped, *lemmas[index + 1 :]], index)
    if lemmas[index] in TITLE_MODIFIERS and index + 1 < len(lemmas):
        rest = match_with_modifiers(lexicon, lemmas, index + 1)
        return rest + 1 if rest else 0
    return 0


def is_profession_word(lemma: str) -> bool:
    """A word that names a profession by its suffix: "пианист", "искусствовед", "политолог"."""
    return lemma.endswith(PROFESSION_SUFFIXES) and lemma not in NOT_PROFESSIONS


def add(found: dict[tuple[int, int], Span], tokens: tuple[Token, ...]) -> None:
    span = Span(tokens[0].start, tokens[-1].end, "TITLE", tokens)
    found[(span.start, span.end)] = span


def strip_prefix(lemma: str) -> str:
    for prefix in FORMER_PREFIXES:
        if lemma.startswith(prefix):
            return lemma[len(prefix) :]
    return lemma


def without_prefix(token: Token) -> Token | None:
    """ "президент" inside "экс-президент": the title without its "former" prefix."""
    stripped = strip_prefix(token.lemma)
    if stripped == token.lemma:
        return None
    cut = len(token.lemma) - len(stripped)
    return Token(token.start + cut, token.end, token.text[cut:], stripped, token.pos)


def is_title_only(span: Span, lexicon: TitleLexicon) -> bool:
    """Whether a tagger's span is nothing but a title ("Госсоветник" tagged as a person)."""
    return tuple(t.lemma for t in span.tokens) in lexicon.canonical


def separate_titles_from_names(
    analysis: Analysis, named_spans: Sequence[Span], lexicon: TitleLexicon
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
    kept = []
    for span in named_spans:
        if is_title_only(span, lexicon):
            if span.tokens[0].lemma in mid_sentence_names:
                kept.append(span)
            continue
        kept.append(without_leading_title(span, lexicon))
    return tuple(kept)


def without_leading_title(span: Span, lexicon: TitleLexicon) -> Span:
    """A person span less a title the tagger took in: "Принц Гарри" -> "Гарри"."""
    if span.type != "PER" or len(span.tokens) < 2:
        return span
    length = lexicon.match([t.lemma for t in span.tokens], 0)
    rest = span.tokens[length:]
    if not length or not rest or not rest[0].text[:1].isupper():
        return span
    return Span(rest[0].start, rest[-1].end, span.type, rest)
