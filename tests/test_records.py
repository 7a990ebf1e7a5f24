"""records: what the stages share besides the records themselves."""

import pytest

from pipeline.records import Span, overlaps_any

TEXT = "заведующая кафедрой Ольга Карпова и директор института Иван Петров возглавили"
# the titles of TEXT, "кафедрой" inside "заведующая кафедрой"
TITLES = ["заведующая кафедрой", "кафедрой", "директор института"]


def title_spans():
    return [Span(TEXT.index(t), TEXT.index(t) + len(t), "TITLE", ()) for t in TITLES]


@pytest.mark.parametrize(
    ("words", "overlaps"),
    [
        ("заведующая", True),
        ("кафедрой", True),
        ("Ольга", False),
        ("Ольга Карпова и", False),
        ("Карпова и директор", True),  # runs into "директор института"
        ("института", True),
        ("Иван Петров возглавили", False),
        ("кафедрой Ольга", True),
    ],
)
def test_a_stretch_overlaps_a_title_as_reading_every_title_says(words, overlaps):
    start = TEXT.index(words)
    found = overlaps_any(title_spans())
    for end in range(start + 1, start + len(words) + 1):  # each prefix of the words
        expected = any(s.start < end and start < s.end for s in title_spans())
        assert found(start, end) is expected
    assert found(start, start + len(words)) is overlaps
    assert overlaps_any([])(start, start + len(words)) is False


def test_overlaps_any_agrees_with_reading_every_stretch():
    spans = [Span(s, s + n, "TITLE", ()) for s, n in [(40, 3), (5, 30), (8, 2), (36, 1), (60, 9)]]
    found = overlaps_any(spans)
    for start in range(-1, 75):
        for end in range(start + 1, start + 12):
            expected = any(s.start < end and start < s.end for s in spans)
            assert found(start, end) is expected, (start, end)
