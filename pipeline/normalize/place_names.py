"""One nominative for the names of organisations and places the dictionary does
not know, decided by all their forms in the document.

pymorphy3 guesses such a word from its ending alone: "Хезболла" the genitive of a
"Хезболл", "Хезболлы" a plural. The document's forms tell more: of "Хезболла",
"Хезболлы" and "Хезболле" only a noun in -а has all three, so each is Хезболла. A name
changes only where one nominative explains more of the document's forms than the one it
has ("Лахора", "Лахоре" fit Лахор and a "Лахора" alike: it stays Лахор).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.normalize.phrases import FOREIGN_PARTICLES
from pipeline.normalize.place_kinds import word_before
from pipeline.records import Mention, Span
from pipeline.text.declension import forms_of, nominatives_of
from pipeline.text.inflect import CYRILLIC_WORD, NAME_TAGS, restore_capitals
from pipeline.text.morphology import Morphology
from pipeline.text.prepositions import governing_only

PLACE_TYPES = frozenset({"ORG", "LOC"})


def is_unknown_name(word: str, morph: Morphology) -> bool:
    """Whether the dictionary does not know a word, or knows it only as a person's name
    ("Луисе": Луис or Луиса, not the place Сан Луис)."""
    if not CYRILLIC_WORD.match(word) or word.isupper() or not word[:1].isupper():
        return False
    if not morph.is_known(word):
        return True
    return all(NAME_TAGS & p.tag.grammemes for p in morph.parse(word))


def is_organisation_word(word: str, morph: Morphology) -> bool:
    """Whether the dictionary knows a word only as an organisation's name, whose
    declension it may have wrong: "Алросе", its Алрос's locative."""
    if not CYRILLIC_WORD.match(word) or word.isupper() or not word[:1].isupper():
        return False
    parses = morph.parse(word)
    return morph.is_known(word) and all("Orgn" in p.tag.grammemes for p in parses)


def name_word(
    mention: Mention, morph: Morphology, unknown: Callable[[str, Morphology], bool]
) -> str | None:
    """The word of an organisation or place named by one `unknown` word, maybe after a
    foreign particle ("Хезболлы", "Сан Луисе"), when its normal keeps the rest as written."""
    words = mention.text.split()
    normal = mention.normal.split()
    if (
        mention.type not in PLACE_TYPES
        or len(normal) != len(words)
        or normal[:-1] != words[:-1]
        or any(w not in FOREIGN_PARTICLES for w in words[:-1])
        or not unknown(words[-1], morph)
    ):
        return None
    return words[-1]


def settle_place_names(
    mentions: Sequence[Mention], resolved: Sequence[object | None], morph: Morphology
) -> list[Mention]:
    """The mentions, the unresolved organisations and places named by an unknown word
    given the nominative that explains the most of the document's forms of that word,
    when it explains more of them than the one each has; then those named by a word the
    dictionary knows only as an organisation's, where two forms at least tell another
    declension of the same spelling ("Алросе", "Алросу" beside "Алросой", "Алросы": not
    the dictionary's Алрос but Алроса; "Аль-Кайды" keeps its Аль-Каида)."""
    mentions = settle_words(mentions, resolved, morph, is_unknown_name, is_unknown_name, 1)
    return settle_words(mentions, resolved, morph, is_any_name, is_organisation_word, 2)


def is_any_name(word: str, morph: Morphology) -> bool:
    return is_unknown_name(word, morph) or is_organisation_word(word, morph)


def settle_words(
    mentions: Sequence[Mention],
    resolved: Sequence[object | None],
    morph: Morphology,
    read: Callable[[str, Morphology], bool],
    settled: Callable[[str, Morphology], bool],
    least: int,
) -> list[Mention]:
    """`settle_place_names` over the forms of the words `read` picks, for those `settled`
    picks, a nominative explaining `least` forms at least (and the current one some, if
    more than one is asked)."""
    words = {
        i: word
        for i, (m, entry) in enumerate(zip(mentions, resolved, strict=True))
        if entry is None and (word := name_word(m, morph, read)) is not None
    }
    written = {word.lower() for word in words.values()}
    if len(written) < 2:
        return list(mentions)

    def explained(nominative: str) -> int:
        return len(written & forms_of(nominative))

    out = list(mentions)
    for i, word in words.items():
        if not settled(word, morph):
            continue
        mention = mentions[i]
        current = mention.normal.split()[-1].lower()
        # of the nominatives that explain as much, one the document writes: "Миннесота"
        best = max(sorted(nominatives_of(word.lower())), key=lambda n: (explained(n), n in written))
        if (
            explained(best) > max(explained(current), least - 1)
            and (least == 1 or explained(current) > 0)
            and best != current
        ):
            new = restore_capitals(word, best)
            normal = mention.normal[: len(mention.normal) - len(mention.normal.split()[-1])]
            out[i] = replace(mention, normal=normal + new)
    return out


# prepositions after which a name stands in the genitive ("из Хезболлы", "для Хезболлы")
GENITIVE_PREPOSITIONS = governing_only("gent")
PLURAL_LOOKING = re.compile(r"^[А-ЯЁ][а-яё]*[бвдзлмнпрстфц]ы$")


def governs_genitive(text: str, start: int, morph: Morphology) -> bool:
    """Whether the word right before `start` puts a name after it in the genitive: a
    preposition that takes it, or a person noun the name belongs to ("Представитель
    Хезболлы", "боевики Хезболлы"; not "селений Гимры", where the name is the places')."""
    word = word_before(text, start)
    if word is None:
        return False
    if word.lower() in GENITIVE_PREPOSITIONS:
        return True
    parses = morph.parse(word)
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.animacy == "anim"


def genitive_of_a_noun(text: str, span: Span, normal: str, morph: Morphology) -> str:
    """The nominative in -а of an unknown one-word name in -ы that the phrase reading left
    as written (pymorphy3 guesses only a plural), where the word before puts it in the
    genitive: "Представитель Хезболлы" -> Хезболла; "жителями селений Гимры" stays."""
    written = text[span.start : span.end]
    if (
        normal != written
        or not PLURAL_LOOKING.match(written)
        or morph.is_known(written)
        or not governs_genitive(text, span.start, morph)
    ):
        return normal
    return written[:-1] + "а"
