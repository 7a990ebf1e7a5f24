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
