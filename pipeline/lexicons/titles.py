"""The title lexicon: titles and their variants keyed by lemmas, matched in any case."""

from __future__ import annotations

import csv
import importlib
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.data import cache_folder, kept_in_cache
from pipeline.records import Token
from pipeline.text.inflect import DEPUTY
from pipeline.text.morphology import Morphology, source_digest

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

# Heads that take an instrumental complement, as their verbs do; pymorphy3 gives some of
# them their verb's lemma ("управляющий" is "управлять"), as in the lexicon's keys.
INSTRUMENTAL_GOVERNORS = frozenset(
    {"командующий", "управляющий", "заведующий", "зав", "руководящий", "управлять", "заведовать"}
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

# Ordinals among them rank a deputy only: "первый заместитель", "первый вице-премьер",
# "второй секретарь", "первая леди"; before another post they count its holders ("первым
# президентом США", "первый премьер-министр Японии"), no part of the post in NEREL-train
ORDINALS = frozenset({"первый", "второй"})
RANKED_BY_ORDINALS = frozenset({"секретарь", "леди"})


@dataclass(frozen=True)
class TitleLexicon:
    """Title keys (tuples of lemmas) and the canonical title each one stands for."""

    canonical: dict[tuple[str, ...], str]
    longest: int
    first_words: frozenset[str]  # most words start no title: one look-up rules them out
    # nouns whose plural, standing alone, NEREL seldom marks as a post ("эксперты",
    # "наблюдатели"): a group of people, not the post of one
    group_nouns: frozenset[str] = frozenset()
    # adjectives NEREL marks as the post they derive from: "президентские выборы" (президент)
    adjectives: Mapping[str, str] = field(default_factory=dict)
    # kinds of organisation that NEREL marks as one inside a title, in lower case: "директор
    # ростовского цирка", "глава пресс-службы посольства США"
    bodies: frozenset[str] = frozenset()
    # nouns whose title with a complement NEREL seldom marks alone as well: "директор ФБР"
    # holds no title "директор", "президент России" holds "президент"
    relational: frozenset[str] = frozenset()

    # whether no title starts with a lemma (`no_title_starts_with`), remembered: most words
    # of a text start none, and words recur
    starts_no_title: Callable[[str], bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        memo = lru_cache(maxsize=100_000)(self.no_title_starts_with)
        object.__setattr__(self, "starts_no_title", memo)

    def no_title_starts_with(self, lemma: str) -> bool:
        """Whether no title starts with the lemma, however `match_with_modifiers` reads it:
        not an entry's first word, nor made into one by a suffix, a prefix or a modifier."""
        return (
            lemma not in self.first_words
            and not is_profession_word(lemma)
            and strip_prefix(lemma) == lemma
            and not base_title(lemma, self)
            and lemma not in TITLE_MODIFIERS
        )

    def head(self, tokens: Sequence[Token]) -> str:
        """The canonical title that the tokens start with, or "" when none does."""
        lemmas = [t.lemma for t in tokens]
        length = self.match(lemmas, 0)
        return self.canonical[tuple(lemmas[:length])] if length else ""

    def match(self, lemmas: Sequence[str], start: int) -> int:
        """Length of the longest entry starting at `start`, or 0."""
        if start >= len(lemmas) or lemmas[start] not in self.first_words:
            return 0
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


def title_keys(
    paths: tuple[Path, ...], morph: Morphology, cache: Path | None = None
) -> dict[tuple[str, ...], str]:
    """The canonical title of each title and variant of the files, by its lemma key;
    earlier files win. The lemmas of some 600 phrases took 0.015 s of every start: they
    are kept in `cache` (by default the user's cache folder) under a digest of all they
    depend on."""

    def make() -> dict[tuple[str, ...], str]:
        canonical: dict[tuple[str, ...], str] = {}
        for file in paths:
            for name, variants in read_title_rows(file):
                for phrase in (name, *variants):
                    key = lemma_key(phrase, morph)
                    if key:
                        canonical.setdefault(key, name)
        return canonical

    folder = cache_folder() if cache is None else cache
    return kept_in_cache(f"titles-{title_keys_digest(paths)}.pickle", make, dict, folder)


def title_keys_digest(paths: tuple[Path, ...]) -> str:
    """A digest of the files' bytes, the dictionary's version and the source of the code
    that makes the keys (this module, the morphology, razdel's tokenizer)."""
    from pipeline.text import keys, morphology

    # the module: the package's attribute `tokenize` is the segmenter, which hides it
    tokenizer = importlib.import_module("razdel.segmenters.tokenize")
    modules = (keys, morphology, tokenizer, sys.modules[__name__])
    return str(source_digest(modules, paths).hexdigest()[:24])


def load_title_lexicon(
    paths: Iterable[Path], morph: Morphology, words: Path | None = None
) -> TitleLexicon:
    """Every canonical title and variant of the files, keyed by lemmas; earlier files win;
    with the group nouns, title adjectives, bodies and relational heads of `words` (lemma,
    kind) when it is given."""
    canonical = title_keys(tuple(paths), morph)
    longest = max((len(key) for key in canonical), default=0)
    rows = read_word_rows(words) if words else []
    return TitleLexicon(
        canonical,
        longest,
        frozenset(key[0] for key in canonical),
        frozenset(lemma for lemma, kind, _ in rows if kind == "group"),
        {lemma: noun for lemma, kind, noun in rows if kind == "adjective"},
        frozenset(lemma for lemma, kind, _ in rows if kind == "body"),
        frozenset(lemma for lemma, kind, _ in rows if kind == "relational"),
    )


def read_word_rows(path: Path) -> list[tuple[str, str, str]]:
    """(lemma, kind, noun) of each line of title_words.tsv; `#` lines are comments."""
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    return [(row[0], row[1], row[4] if len(row) > 4 else "") for row in rows]


def is_plural(token: Token, morph: Morphology) -> bool:
    """Whether every reading of the word with its lemma is plural: "эксперты", "экспертов";
    not "директора" (a genitive singular too)."""
    readings = [p for p in morph.parse(token.text) if p.normal_form == token.lemma]
    return bool(readings) and all(p.tag.number == "plur" for p in readings)


def match_with_modifiers(lexicon: TitleLexicon, lemmas: Sequence[str], index: int) -> int:
    """Length of the title at `index`, with leading modifiers ("первый", "главный") and an
    "экс-" prefix allowed."""
    if index >= len(lemmas) or lexicon.starts_no_title(lemmas[index]):
        return 0  # past the end, as `TitleLexicon.match` answers
    length = lexicon.match(lemmas, index)
    if length:
        return length
    if is_profession_word(lemmas[index]):
        return 1
    stripped = strip_prefix(lemmas[index])
    if stripped != lemmas[index]:
        return lexicon.match([*lemmas[:index], stripped, *lemmas[index + 1 :]], index)
    base = base_title(lemmas[index], lexicon)
    if base:
        return lexicon.match([*lemmas[:index], base, *lemmas[index + 1 :]], index)
    if lemmas[index] in TITLE_MODIFIERS and index + 1 < len(lemmas):
        if lemmas[index] in ORDINALS and not is_ranked_by_ordinal(lemmas[index + 1]):
            return 0
        rest = match_with_modifiers(lexicon, lemmas, index + 1)
        return rest + 1 if rest else 0
    return 0


def is_ranked_by_ordinal(lemma: str) -> bool:
    """Whether an ordinal before the word is part of the post: a deputy ("заместитель",
    "зам", "замминистра", "вице-президент"), "секретарь", "леди"."""
    return lemma.startswith((DEPUTY, "вице")) or lemma in RANKED_BY_ORDINALS


# feminine suffixes and what the masculine title ends in instead: "художница" (художник),
# "писательница" (писатель), "журналистка", "поэтесса"
FEMININE_ENDINGS = (("ница", "ник"), ("ница", ""), ("ка", ""), ("есса", ""))


def base_title(lemma: str, lexicon: TitleLexicon) -> str:
    """The one-word title a word is made from, or "": the last part of a compound
    ("арт-директор", "хип-хоп-исполнитель", "генерал-майор" is an entry of its own), the
    title a deputy's "зам-" is prefixed to ("замгубернатора", "замгендиректора"), the
    masculine of a feminine form ("художница", "журналистка")."""
    if "-" in lemma:
        last = lemma.rsplit("-", 1)[1]
        return last if (last,) in lexicon.canonical else ""
    if deputy := deputy_title(lemma, lexicon):
        return deputy
    for ending, masculine in FEMININE_ENDINGS:
        base = lemma.removesuffix(ending) + masculine
        if lemma.endswith(ending) and (base,) in lexicon.canonical:
            return base
    return ""


def deputy_title(lemma: str, lexicon: TitleLexicon) -> str:
    """The one-word title a deputy's "зам-" is prefixed to ("замгубернатора": губернатор),
    or ""."""
    rest = lemma[len(DEPUTY) :]
    return rest if lemma.startswith(DEPUTY) and (rest,) in lexicon.canonical else ""


def is_profession_word(lemma: str) -> bool:
    """A word that names a profession by its suffix: "пианист", "искусствовед", "политолог"."""
    return lemma.endswith(PROFESSION_SUFFIXES) and lemma not in NOT_PROFESSIONS


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
