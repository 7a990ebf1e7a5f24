"""Stage 2: PER / ORG / LOC spans from slovnet's news NER model, on our own tokens."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from .records import Analysis, Span, Token

if TYPE_CHECKING:
    import slovnet


def tag_words(ner: slovnet.NER, batches: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO tags for each word sequence.

    slovnet's own `NER.__call__` re-tokenises raw text; we feed it the razdel tokens that
    every other stage uses, through the same encoder, model and tag decoder. The CRF is
    decoded by `viterbi` below, the same algorithm as slovnet's without its per-step
    overhead (that loop was a third of the model's time).
    """
    infer = ner.infer
    transitions = infer.model.head.crf.transitions.array
    paths = []
    for batch in infer.encoder([list(words) for words in batches]):
        emissions = emission_scores(infer.model, batch.word_id, batch.shape_id, batch.pad_mask)
        lengths = (~batch.pad_mask).sum(axis=1)
        paths += [viterbi(e[:n], transitions) for e, n in zip(emissions, lengths, strict=True)]
    return list(infer.decoder(paths))


def emission_scores(model, word_id, shape_id, pad_mask) -> np.ndarray:
    """The tagger's scores (batch x words x tags): slovnet's embedding and head around our
    own pass through its convolutional encoder.

    slovnet convolves by copying every window of the input into one matrix; adding up one
    product per kernel offset instead gives the same sums without that copy, which was a
    tenth of the whole pipeline's time. Activations stay words x channels throughout.
    """
    x = model.emb(word_id, shape_id)  # batch x words x channels
    for layer in model.encoder.layers:
        x = convolved(layer.conv, x)
        x = np.maximum(x, 0)
        norm = layer.norm
        x = (x - norm.mean.array) / norm.std.array * norm.weight.array + norm.bias.array
        x[pad_mask] = 0
    return model.head(x)


def convolved(conv, x: np.ndarray) -> np.ndarray:
    """A 1-d convolution over the words of `x` (batch x words x channels)."""
    weight = conv.weight.array  # filters x channels x kernel
    kernel = weight.shape[2]
    padded = np.pad(x, ((0, 0), (conv.padding, conv.padding), (0, 0)))
    words = padded.shape[1] - kernel + 1
    out = conv.bias.array + padded[:, 0:words, :] @ weight[:, :, 0].T
    for offset in range(1, kernel):
        out += padded[:, offset : offset + words, :] @ weight[:, :, offset].T
    return out


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best tag path through a sequence's emission scores (length x tags)."""
    length, tags = emissions.shape
    if length == 0:
        return []
    columns = np.arange(tags)
    back = np.empty((length - 1, tags), dtype=np.intp)
    score = emissions[0]
    for index in range(1, length):
        candidates = score[:, None] + transitions  # previous tag x next tag
        best = candidates.argmax(axis=0)
        back[index - 1] = best
        score = candidates[best, columns] + emissions[index]
    path = [int(score.argmax())]
    for pointers in back[::-1]:
        path.append(int(pointers[path[-1]]))
    return path[::-1]


def bio_spans(tokens: Sequence[Token], tags: Sequence[str]) -> Iterator[Span]:
    """Spans from BIO tags; an I- after O or after another type opens a span, as in slovnet."""
    open_type: str | None = None
    first = 0
    for index, tag in enumerate(tags):
        part, _, kind = tag.partition("-")
        kind = kind or None
        if open_type is not None and (kind != open_type or part == "B"):
            yield make_span(tokens[first:index], open_type)
            open_type = None
        if kind is not None and open_type is None:
            open_type, first = kind, index
    if open_type is not None:
        yield make_span(tokens[first:], open_type)


def make_span(tokens: Sequence[Token], kind: str) -> Span:
    return Span(tokens[0].start, tokens[-1].end, kind, tuple(tokens))


def find_named_entities(analysis: Analysis, ner: slovnet.NER) -> tuple[Span, ...]:
    """PER, ORG and LOC spans in text order; the model sees the whole document at once."""
    tokens = analysis.tokens
    if not tokens:
        return ()
    (tags,) = tag_words(ner, [[token.text for token in tokens]])
    return tuple(bio_spans(tokens, tags))
