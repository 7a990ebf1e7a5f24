"""Regular declension of a one-word name by its ending, for names the dictionary does not
know or reads as another word's case: "Хезболла" (pymorphy3: the genitive of a "Хезболл"),
"Претория" (the genitive of "преторий")."""

from __future__ import annotations

from pipeline.text.inflect import VOWELS

# (nominative ending, what its stem ends in, the endings of its singular forms)
# fmt: off
DECLENSIONS = (
    ("ия", "any", ("ия", "ии", "ию", "ией", "иею")),
    ("а", "velar or sibilant", ("а", "и", "е", "у", "ой", "ою", "ей")),
    ("а", "hard", ("а", "ы", "е", "у", "ой", "ою")),
    ("я", "not i", ("я", "и", "е", "ю", "ей", "ею")),
    ("й", "vowel", ("й", "я", "ю", "ем", "е")),
    ("ь", "consonant", ("ь", "я", "ю", "ем", "е")),
    ("", "sibilant", ("", "а", "у", "ем", "ом", "е")),
    ("", "consonant", ("", "а", "у", "ом", "е")),
)
# fmt: on
MIN_STEM = 3


def declines_as(stem: str, kind: str) -> bool:
    """Whether a stem takes the declension of `kind`."""
    if len(stem) < MIN_STEM:
        return False
    last = stem[-1]
    consonant = last.isalpha() and last not in VOWELS and last not in "йь"
    if kind == "velar or sibilant":
        return last in "гкхжшчщ"
    if kind == "hard":
        return consonant and last not in "гкхжшчщ"
    if kind == "not i":
        return last != "и"
    if kind == "vowel":
        return last in VOWELS
    if kind == "sibilant":
        return last in "жшчщц"
    return consonant


def forms_of(nominative: str) -> frozenset[str]:
    """The singular forms of a name, lower case, by regular declension; a name that fits
    none (one in -о, -е, -и) does not decline: "Огайо"."""
    out = {nominative}
    for ending, kind, endings in DECLENSIONS:
        if nominative.endswith(ending):
            stem = nominative[: len(nominative) - len(ending)]
            if declines_as(stem, kind):
                out.update(stem + e for e in endings)
    return frozenset(out)


def nominatives_of(word: str) -> set[str]:
    """The nominatives a written form (lower case) may be a case of, itself among them."""
    out = {word}
    for ending, kind, endings in DECLENSIONS:
        for oblique in endings:
            if word.endswith(oblique):
                stem = word[: len(word) - len(oblique)]
                if declines_as(stem, kind):
                    out.add(stem + ending)
    return out
