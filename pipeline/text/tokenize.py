"""Stage 1: sentences and tokens (razdel), lemma and part of speech (pymorphy3)."""

from __future__ import annotations

import re
from functools import lru_cache

from razdel import sentenize
from razdel import tokenize as razdel_tokenize
from razdel.segmenters.punct import DASHES
from razdel.segmenters.tokenize import ATOM

from pipeline.records import Analysis, Sentence, Token
from pipeline.text.morphology import Morphology

WORD = re.compile(r"\S+")
# A run of letters or of digits: one razdel atom, so one token whatever surrounds it.
ONE_ATOM = re.compile(r"[а-яё]+|[a-z]+|\d+", re.IGNORECASE)
# The characters razdel's dash, underscore, float and fraction rules join across: when one
# ends a word, the rule looks at the type of the next word's first atom (and so on the left).
JOINERS = frozenset(DASHES + "_.,/\\")
# One word of each atom type those rules tell apart (PUNCT, INT, anything else).
STAND_INS = {"PUNCT": ",", "INT": "1", "WORD": "а"}
# Characters a web page leaves invisible in a text, which are no space to razdel: a
# zero-width space, a word joiner, a byte-order mark ("Тереза \u200b\u200bМэй").
INVISIBLE = "\u200b\u2060\ufeff"
HAS_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def analyse(text: str, morph: Morphology) -> Analysis:
    """Split `text` into sentences of lemmatised tokens with offsets into `text`."""
    sentences = []
    wrapped = is_wrapped(text)
    lemma_and_pos = morph.lemma_and_pos  # the bound method fetched once, not per token
    for sent in sentenize(text):
        body = sent.text
        for start, stop in [(0, len(body))] if wrapped else lines_of(body):
            at = sent.start + start
            tokens = tuple(
                [
                    Token(at + a, at + b, word, *lemma_and_pos(word))
                    for a, b, word in visible_tokens(body[start:stop])
                ]
            )
            if tokens:
                sentences.append(Sentence(at, sent.start + stop, tokens))
    return Analysis(text, tuple(sentences))


# a line break before a capital after a word: a headline or a caption ends there, unless
# the text is wrapped at a fixed width (some line goes on in lower case after a break);
# a Windows line end ("\r\n") is a line end too
LINE_END = re.compile(r"(?<=[\w»\"')])[ \t\r]*\n\s*(?=[A-ZА-ЯЁ«\"])")
LOWER_LINE = re.compile(r"\n[ \t]*[a-zа-яё]")
WORD_OR_COMMA = re.compile(r"[\w,]")


def is_wrapped(text: str) -> bool:
    """Whether a line goes on in lower case after a word or a comma and a line break
    (`[\\w,][ \\t\\r]*\\n[ \\t]*[a-zа-яё]`): the text is wrapped at a fixed width. Looked for
    from the line breaks, not from every word character (a search of the pattern took
    0.05 ms an article)."""
    for match in LOWER_LINE.finditer(text):
        end = match.start()
        while end and text[end - 1] in " \t\r":
            end -= 1
        if end and WORD_OR_COMMA.match(text, end - 1):
            return True
    return False


def lines_of(sentence: str) -> list[tuple[int, int]]:
    """(start, stop) of the parts of a razdel sentence that a headline's line break
    separates: "Солдаты НАТО в Кандагаре\nВ Афганистане погибли..." is two sentences."""
    if "\n" not in sentence:  # most sentences
        return [(0, len(sentence))]
    bounds, start = [], 0
    for match in LINE_END.finditer(sentence):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(sentence)))
    return bounds


def visible_tokens(text: str) -> list[tuple[int, int, str]]:
    """`word_tokens` of `text` without the invisible characters at their edges, and none
    made of them alone: a name a web page glued a zero-width space to ("\u200bПесков
    напомнил") is the word the reader sees, capitalised, in the tagger's vocabulary."""
    tokens = word_tokens(text)
    if HAS_INVISIBLE.search(text) is None:  # nearly every text
        return tokens
    visible = []
    for start, _, word in tokens:
        stripped = word.lstrip(INVISIBLE)
        offset = start + len(word) - len(stripped)
        stripped = stripped.rstrip(INVISIBLE)
        if stripped:
            visible.append((offset, offset + len(stripped), stripped))
    return visible


def word_tokens(text: str) -> list[tuple[int, int, str]]:
    """razdel's tokens of `text`, found a whitespace-separated word at a time.

    razdel never joins across whitespace, and its rules look past a word only from a
    joining character at its edge, at the neighbouring atom's type. So a word's tokens
    depend on the word and on those types alone; they are computed once per such key
    (news repeats its words), by razdel itself run on the kinds of the word's atoms
    (`atom_groups`).
    """
    words = [(m.start(), m.group()) for m in WORD.finditer(text)]
    out: list[tuple[int, int, str]] = []
    one_atom, add = ONE_ATOM.fullmatch, out.append
    for index, (start, word) in enumerate(words):
        if one_atom(word):
            add((start, start + len(word), word))
            continue
        before = after = None
        if word[0] in JOINERS:
            before = edge_type(words[index - 1][1], last=True) if index else None
        if word[-1] in JOINERS:
            after = edge_type(words[index + 1][1], last=False) if index + 1 < len(words) else None
        for piece in tokens_of_word(word, before, after):
            add((start, start + len(piece), piece))
            start += len(piece)
    return out


def edge_type(word: str, last: bool) -> str:
    """The type of a word's first or last atom, as razdel's joining rules see it."""
    atom = list(ATOM.finditer(word))[-1] if last else ATOM.match(word)
    kind = atom.lastgroup
    return kind if kind in ("PUNCT", "INT") else "WORD"


@lru_cache(maxsize=200_000)
def tokens_of_word(word: str, before: str | None, after: str | None) -> tuple[str, ...]:
    """razdel's tokens of one word: its atoms, grouped as razdel groups atoms of their kinds."""
    atoms = list(ATOM.finditer(word))
    sizes = atom_groups(tuple(map(atom_kind, atoms)), before, after)
    pieces, at = [], 0
    for size in sizes:
        pieces.append(word[atoms[at].start() : atoms[at + size - 1].end()])
        at += size
    return tuple(pieces)


# an atom of each type that razdel's rules read by its type alone
KIND_STAND_INS = {"RU": "а", "LAT": "a", "INT": "1"}


def atom_kind(atom: re.Match) -> str:
    """What razdel's rules read of an atom: the type of a run of letters or digits, the
    text of anything else (a punctuation mark), and "yahoo", which its one exception reads."""
    kind = atom.lastgroup
    if kind == "LAT" and atom.group().lower() == "yahoo":
        return "yahoo"
    return kind if kind in KIND_STAND_INS else atom.group()


@lru_cache(maxsize=20_000)
def atom_groups(kinds: tuple[str, ...], before: str | None, after: str | None) -> tuple[int, ...]:
    """How many atoms each of razdel's tokens of a word with atoms of these kinds takes,
    razdel run on stand-ins for its atoms and for the atoms its rules look at around it:
    a few hundred kinds of words among a corpus's thousands ("Путина»,", "Москвы.")."""
    word = "".join(KIND_STAND_INS.get(kind, kind) for kind in kinds)
    left = STAND_INS[before] + " " if before else ""
    right = " " + STAND_INS[after] if after else ""
    pieces = [t.text for t in razdel_tokenize(left + word + right)]
    pieces = pieces[(1 if before else 0) : len(pieces) - (1 if after else 0)]
    return tuple(sum(1 for _ in ATOM.finditer(piece)) for piece in pieces)
