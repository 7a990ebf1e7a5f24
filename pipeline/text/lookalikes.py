"""Latin look-alike letters in Russian words, read as Cyrillic ("Cолист": Солист).

News copied from the web mixes them into Russian words, which razdel then splits and no
model knows. The stages read a text through `CyrillicView`: each slice they take has the
look-alikes made Cyrillic, and the text of millions of characters is not copied whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Protocol

TWINS = "AaBCcEeHKMOoPpTXxy"
LOOKALIKES = str.maketrans(TWINS, "АаВСсЕеНКМОоРрТХху")
# a Latin twin beside a Cyrillic letter, found from the twin: the search skips to the few
# Latin letters of a Russian text (a fifth of the time of one from every Cyrillic letter)
MIXED = re.compile(rf"[{TWINS}](?:(?<=[а-яёА-ЯЁ][{TWINS}])|(?=[а-яёА-ЯЁ]))")
WORD_CHARACTERS = re.compile(r"\w+")
LATIN = re.compile(r"[A-Za-z]")

Changed = tuple[int, int, str]  # start, end, the word made Cyrillic


class Text(Protocol):
    """What the stages after the windows read of a document's text: its slices."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: int | slice, /) -> str: ...


def lookalike_words(text: str) -> list[Changed]:
    """The mixed Russian words whose Latin letters all have Cyrillic twins, made Cyrillic,
    in text order. A word keeps its Latin letters when any of them has none ("Нerald",
    "агентстваAssociated")."""
    if text.isascii() or MIXED.search(text) is None:
        return []
    changed: list[Changed] = []
    done = 0
    for match in MIXED.finditer(text):
        start = match.start()
        if start < done:
            continue
        while start > 0 and WORD_CHARACTERS.match(text, start - 1, start):
            start -= 1
        word_match = WORD_CHARACTERS.match(text, start)
        assert word_match is not None  # `start` is at a word character
        done = word_match.end()
        word = word_match.group()
        if all(letter in TWINS for letter in LATIN.findall(word)):
            changed.append((start, done, word.translate(LOOKALIKES)))
    return changed


@dataclass(frozen=True, slots=True)
class CyrillicView:
    """A text as the stages read it, the same length, so every offset holds: each slice
    with the look-alikes of `lookalike_words` made Cyrillic, the text itself unchanged."""

    text: str
    changed: list[Changed] = field(init=False)
    ends: list[int] = field(init=False)

    def __post_init__(self) -> None:
        changed = lookalike_words(self.text)
        object.__setattr__(self, "changed", changed)
        object.__setattr__(self, "ends", [end for _, end, _ in changed])

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, index: int | slice, /) -> str:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self.text))
            if step != 1:
                raise ValueError("a CyrillicView is read in plain slices")
        else:
            start = range(len(self.text))[index]  # an IndexError as str gives it
            stop = start + 1
        first = bisect_right(self.ends, start)  # the first changed word ending after start
        if stop <= start or first == len(self.changed) or self.changed[first][0] >= stop:
            return self.text[start:stop]
        pieces, done = [], start
        for word_start, word_end, word in self.changed[first:]:
            if word_start >= stop:
                break
            pieces.append(self.text[done : max(word_start, start)])
            pieces.append(
                word[max(word_start, start) - word_start : min(word_end, stop) - word_start]
            )
            done = min(word_end, stop)
        pieces.append(self.text[done:stop])
        return "".join(pieces)
