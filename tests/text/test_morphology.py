"""Morphology: pymorphy3's readings behind a cache, a Cyrillic word's any case read once."""

from __future__ import annotations

import pytest


def readings(parses) -> list[tuple[str, str, str, float]]:
    return [(p.word, str(p.tag), p.normal_form, p.score) for p in parses]


@pytest.mark.parametrize(
    ("word", "lemma", "tag_part"),
    [
        ("Москвы", "москва", "gent"),
        ("МИНИСТРА", "министр", "gent"),
        ("Шойгу", "шойгу", "Surn"),
        ("Песковым", "песков", "ablt"),
        ("ЁЛКИ", "ёлка", "NOUN"),
    ],
)
def test_a_cyrillic_word_reads_as_its_lower_case(resources, word, lemma, tag_part):
    morph = resources.morph
    parses = morph.parse(word)
    assert parses is morph.parse(word.lower())  # one parse for the two
    assert readings(parses) == readings(morph.analyzer.parse(word))
    assert parses[0].normal_form == lemma
    assert any(tag_part in p.tag for p in parses)


@pytest.mark.parametrize(
    ("word", "tag_part"),
    [("В", "Abbr"), ("XIV", "ROMN"), ("Санкт\u2011Петербурга", "Geox"), ("2024", "NUMB")],
)
def test_other_words_read_as_written(resources, word, tag_part):
    """An initial and a Roman number are read by their case; a non-breaking hyphen as a
    plain one."""
    parses = resources.morph.parse(word)
    assert any(tag_part in p.tag for p in parses)


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("министра", True),  # in the dictionary as written
        ("Песковым", True),  # any case
        ("елки", True),  # ёлки written with е: known only through the ё reading
        ("ёлки", True),
        ("Санкт\u2011Петербурга", True),  # a non-breaking hyphen read as a plain one
        ("Пелоси", False),
        ("шоколодницы", False),  # a misprint
    ],
)
def test_a_word_is_known_as_pymorphy3_knows_it(resources, word, known):
    """One look-up for a word the dictionary holds as written, pymorphy3's own (which
    reads "е" as "ё" too) for the others: the same answer either way."""
    morph = resources.morph
    assert morph.is_known(word) is known
    plain = word.lower().replace("\u2011", "-")
    assert morph.analyzer.word_is_known(plain) is known
