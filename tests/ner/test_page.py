import pytest

from pipeline.ner.page import is_punctuation
from pipeline.records import Token


@pytest.mark.parametrize(
    ("word", "punctuation"),
    [
        ("«", True),
        ("—", True),
        ("...", True),
        ("_", True),  # an underscore is no letter, though a regex word character
        ("", True),
        ("Путин", False),
        ("СИЗО-6", False),
        ("2011", False),
        ("²", False),  # a superscript digit, as str.isalnum reads it
        ("XIV", False),
        ("Ⅻ", False),  # a Roman numeral character
        ("«Газпром»", False),
    ],
)
def test_is_punctuation_reads_letters_and_digits_as_str_isalnum_does(word, punctuation):
    token = Token(0, len(word), word, word.lower(), None)
    assert is_punctuation(token) is punctuation
    assert punctuation is not any(c.isalnum() for c in word)


@pytest.mark.parametrize(
    ("text", "capitals", "mid_capitals"),
    [
        (
            "Пресс-секретарь президента России Дмитрий Песков заявил журналистам в Москве.",
            ["Пресс-секретарь", "России", "Дмитрий", "Песков", "Москве"],
            ["России", "Дмитрий", "Песков", "Москве"],
        ),
        (
            "Солдаты НАТО в Кандагаре\nВ Афганистане погибли двое: «Талибан» взял вину.",
            ["Солдаты", "НАТО", "Кандагаре", "В", "Афганистане", "Талибан"],
            ["НАТО", "Кандагаре", "Афганистане"],
        ),
        (
            "Он сказал:\n«Мы\nвернёмся», — и ушёл к Ивану Петрову.",
            ["Он", "Мы", "Ивану", "Петрову"],
            ["Ивану", "Петрову"],
        ),
    ],
)
def test_a_page_indexes_its_capitalised_words(resources, text, capitals, mid_capitals):
    """Every capitalised token, where the passes that look for names start, and those of
    them inside a clause: not after a sentence's start, a line break, a quote or a dash."""
    from pipeline.ner.page import is_capitalised, page_of
    from pipeline.text.tokenize import analyse

    page = page_of(analyse(text, resources.morph), resources.morph, resources.gazetteer)
    assert [page.tokens[i].text for i in page.capitals] == capitals
    assert [page.tokens[i].text for i in page.mid_capitals] == mid_capitals
    assert page.capitals == tuple(i for i, t in enumerate(page.tokens) if is_capitalised(t))
