"""What occupation linking reads between two offsets: the word tokens, found by bisection."""

import re

import pytest

from pipeline.relate.link_text import LinkText, tokens_by_start, word_starts
from pipeline.text.tokenize import analyse


def link_text(text: str, resources) -> LinkText:
    token_at = tokens_by_start(analyse(text, resources.morph).sentences)
    starts = word_starts(text, token_at)
    no_form, no_key = (lambda i: None), (lambda m: "")
    return LinkText(text, [], [], token_at, no_form, {}, no_key, resources.morph, starts)


def by_regex(linking: LinkText, start: int, end: int) -> list[str]:
    """The word tokens as a regular expression over the slice finds them: a token where a
    run of word characters starts within it."""
    runs = re.finditer(r"\w+", linking.text[start:end])
    return [
        linking.token_at[start + m.start()].text
        for m in runs
        if start + m.start() in linking.token_at
    ]


TEXT = "Губернатор Санкт-Петербурга Александр Беглов (ЕР) выделил 20млн рублей 5-летнему «Смене»."


@pytest.mark.parametrize(
    ("start_at", "end_at", "expected"),
    [
        ("Губернатор", "выделил", ["Губернатор", "Санкт-Петербурга", "Александр", "Беглов", "ЕР"]),
        # a word cut at its hyphen: "Петербурга" is no token
        ("Петербурга", "(", ["Александр", "Беглов"]),
        # "млн" is a token inside the run of word characters "20млн": a word only from there
        ("20млн", "5-", ["20", "рублей"]),
        ("млн", "5-", ["млн", "рублей"]),
        ("5-летнему", None, ["5-летнему", "Смене"]),
        ("(", ")", ["ЕР"]),
        ("ЕР", "ЕР", []),
    ],
)
def test_words_between_offsets(resources, start_at, end_at, expected):
    linking = link_text(TEXT, resources)
    start = TEXT.index(start_at)
    end = len(TEXT) if end_at is None else TEXT.index(end_at, start)
    found = [token.text for token in linking.words(start, end)]
    assert found == expected == by_regex(linking, start, end)


def test_words_anywhere_are_the_regex_reading(resources, seed_text):
    """Every range of a real article, cut anywhere (inside words too), reads the same."""
    linking = link_text(seed_text, resources)
    for start in range(0, len(seed_text), 7):
        for length in (0, 1, 5, 40, 300):
            found = [token.text for token in linking.words(start, start + length)]
            assert found == by_regex(linking, start, start + length)
