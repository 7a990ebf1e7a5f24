"""Stage 1: sentences and tokens (razdel), lemma and part of speech (pymorphy3)."""

from __future__ import annotations

from razdel import sentenize
from razdel import tokenize as razdel_tokenize

from .records import Analysis, Sentence, Token
from .resources import Morphology


def make_token(start: int, end: int, text: str, morph: Morphology) -> Token:
    best = morph.parse(text)[0]
    return Token(start, end, text, best.normal_form, best.tag.POS)


def analyse(text: str, morph: Morphology) -> Analysis:
    """Split `text` into sentences of lemmatised tokens with offsets into `text`."""
    sentences = []
    for sent in sentenize(text):
        tokens = tuple(
            make_token(sent.start + tok.start, sent.start + tok.stop, tok.text, morph)
            for tok in razdel_tokenize(sent.text)
        )
        if tokens:
            sentences.append(Sentence(sent.start, sent.stop, tokens))
    return Analysis(text, tuple(sentences))
