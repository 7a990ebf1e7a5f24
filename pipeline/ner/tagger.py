"""Stage 2: PER / ORG / LOC spans from slovnet's news NER model, on our own tokens."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np
from slovnet.shape import word_shape

from pipeline.records import Analysis, Span, Token

if TYPE_CHECKING:
    import slovnet


class Tagger:
    """slovnet's news NER model, run on the razdel tokens every other stage uses.

    slovnet's own `NER.__call__` re-tokenises raw text; this feeds its vocabularies,
    embedding, encoder and CRF our words instead. A word's ids are computed once and
    remembered (news repeats its words), and the CRF is decoded by `viterbi` below,
    the same algorithm as slovnet's without its per-step overhead.
    """

    def __init__(self, ner: slovnet.NER, memo_size: int = 200_000) -> None:
        self.slovnet = ner
        infer = ner.infer
        self.model = infer.model
        self.words_vocab = infer.encoder.words_vocab
        self.shapes_vocab = infer.encoder.shapes_vocab
        self.tag_names = tuple(infer.decoder.tags_vocab.items)
        self.transitions = self.model.head.crf.transitions.array
        layers = self.model.encoder.layers
        self.first_layer = FirstLayer(layers[0].conv)
        self.later_layers = tuple(Convolution(layer.conv) for layer in layers[1:])
        self.ids_of = lru_cache(maxsize=memo_size)(self._ids_of)
        self.no_emissions = np.zeros((0, len(self.tag_names)), dtype=self.transitions.dtype)
        self.person_tags = (self.tag_names.index("B-PER"), self.tag_names.index("I-PER"))
        # the transitions as odds, for `person_probability`
        self.moves = np.exp(np.asarray(self.transitions, dtype=np.float64))

    def _ids_of(self, word: str) -> tuple[int, int]:
        """The word's embedding id and shape id, as slovnet's encoder computes them."""
        return self.words_vocab.encode(word.lower()), self.shapes_vocab.encode(word_shape(word))

    def tags(self, words: Sequence[str]) -> list[str]:
        """The BIO tag of each word of one sequence."""
        return self.decoded(words)[0]

    def decoded(self, words: Sequence[str]) -> tuple[list[str], dict[int, float]]:
        """`tags`, and the words the path tags a person of one word that the model itself
        finds more likely no person (`doubted_persons`)."""
        if not words:
            return [], {}
        scores = self.emissions(words)
        path = viterbi(scores, self.transitions)
        return [self.tag_names[tag] for tag in path], self.doubted_persons(scores, path)

    def doubted_persons(self, scores: np.ndarray, path: Sequence[int]) -> dict[int, float]:
        """The words that the best path tags as a person of one word (B-PER, no I-PER
        after) whose probability of being a person, summed over every path, is under
        `WAVER`, with that probability: under `DOUBT` the path was won by its neighbours'
        tags, not by the word ("Препарат | Хлорохин")."""
        b_per, i_per = self.person_tags
        doubted = {}
        for index, tag in enumerate(path):
            if tag != b_per or (index + 1 < len(path) and path[index + 1] == i_per):
                continue
            probability = person_probability(scores, self.moves, index, self.person_tags)
            if probability < WAVER:
                doubted[index] = probability
        return doubted

    def emissions(self, words: Sequence[str]) -> np.ndarray:
        """The model's score of each tag for each word of one sequence (words x tags)."""
        word_id, shape_id = self.word_and_shape_ids(words)
        no_padding = np.zeros(word_id.shape, dtype=bool)
        first, later = self.first_layer, self.later_layers
        (scores,) = self.model.head(
            encoded(self.model, word_id, shape_id, no_padding, first, later)
        )
        return scores

    def word_and_shape_ids(self, words: Iterable[str], count: int = -1) -> tuple[np.ndarray, ...]:
        """The words' embedding ids and shape ids (1 x words each); `count`, if known, is
        how many words there are."""
        # read straight into one array, not a list of pairs that numpy then inspects
        pairs = chain.from_iterable(map(self.ids_of, words))
        count = 2 * count if count >= 0 else count
        ids = np.fromiter(pairs, dtype=np.int64, count=count).reshape(-1, 2)
        return ids[None, :, 0], ids[None, :, 1]

    def tags_of_many(self, sequences: Sequence[Sequence[str]]) -> list[list[str]]:
        """`tags` of each sequence, the same, computed for them all at once: their scores
        by `emissions_of_many`, their paths decoded side by side (`viterbi_many`). Short
        news spends as much time in the per-call work of the tagger's numpy operations as
        in their arithmetic, and decoding takes one step per word: over short news (216
        dev texts) in batches of 8 articles, the tagger takes a third less time."""
        return [tags for tags, _ in self.decoded_many(sequences)]

    def decoded_many(
        self, sequences: Sequence[Sequence[str]]
    ) -> list[tuple[list[str], dict[int, float]]]:
        """`decoded` of each sequence, the tags by `tags_of_many`."""
        scores = self.emissions_of_many(sequences)
        tagged = [i for i, words in enumerate(sequences) if words]
        found: list[tuple[list[str], dict[int, float]]] = [([], {}) for _ in sequences]
        paths = viterbi_many([scores[i] for i in tagged], self.transitions)
        for i, path in zip(tagged, paths, strict=True):
            tags = [self.tag_names[tag] for tag in path]
            found[i] = (tags, self.doubted_persons(scores[i], path))
        return found

    def emissions_of_many(self, sequences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """`emissions` of each sequence, the same bit for bit, made for them all at once:
        the sequences are laid end to end, a gap of zeros between them (what each layer's
        convolution pads a sequence with, and is set to again after each layer), and go
        through the encoder as one sequence.

        A row of a BLAS product is the same whichever other rows it is multiplied with,
        but for a lone row and for the projection onto the tags, whose 8 columns BLAS
        multiplies by a routine of its own below some size. So a sequence of one word, or
        of one word over and over (whose product `FirstLayer.products_of` makes alone), is
        scored alone, and the projection is made sequence by sequence, as `emissions`
        makes it."""
        layers: tuple[FirstLayer | Convolution, ...] = (self.first_layer, *self.later_layers)
        ids = [self.word_and_shape_ids(words, len(words)) for words in sequences]
        joined = [
            i
            for i, (word_id, shape_id) in enumerate(ids)
            if word_id.size > 1
            and ((word_id != word_id[0, 0]).any() or (shape_id != shape_id[0, 0]).any())
        ]
        found: list[np.ndarray | None] = [None] * len(sequences)
        if len(joined) > 1 and all(layer.same for layer in layers):
            gap = max(layer.padding for layer in layers)
            lengths = [len(sequences[i]) for i in joined]
            starts = [0]
            for length in lengths[:-1]:
                starts.append(starts[-1] + length + gap)
            gaps = np.ones((1, starts[-1] + lengths[-1]), dtype=bool)
            word_id = np.zeros(gaps.shape, dtype=np.int64)
            shape_id = np.zeros(gaps.shape, dtype=np.int64)
            for i, start, length in zip(joined, starts, lengths, strict=True):
                gaps[0, start : start + length] = False
                word_id[0, start : start + length], shape_id[0, start : start + length] = ids[i]
            first, later = self.first_layer, self.later_layers
            x = encoded(self.model, word_id, shape_id, gaps, first, later, gaps)
            for i, start, length in zip(joined, starts, lengths, strict=True):
                (found[i],) = self.model.head(x[:, start : start + length])
        for i, words in enumerate(sequences):
            if found[i] is None:
                found[i] = self.emissions(words) if words else self.no_emissions
        return found  # type: ignore[return-value]  # every one is set


def encoded(
    model,
    word_id,
    shape_id,
    pad_mask,
    first: FirstLayer | None = None,
    later: Sequence[Convolution] | None = None,
    gaps: np.ndarray | None = None,
) -> np.ndarray:
    """slovnet's convolutional encoder (batch x words x filters), which its head turns
    into the tagger's scores (batch x words x tags), here set to zero where
    `pad_mask` is after each layer; where `gaps` is, the first layer's input is zeros too,
    so that sequences laid end to end with gaps between them are each encoded as alone.

    slovnet convolves by copying every window of the input into one matrix; adding up one
    product per kernel offset instead gives the same sums without that copy, which was a
    tenth of the whole pipeline's time. Activations stay words x channels throughout, and
    the first layer multiplies each distinct word once (`FirstLayer`). The activation and
    normalisation work in place, the same operations in the same order as slovnet's.
    """
    layers = model.encoder.layers
    if later is None:
        later = tuple(Convolution(layer.conv) for layer in layers[1:])
    x = (first or FirstLayer(layers[0].conv))(model.emb, word_id, shape_id, gaps)
    padded = bool(pad_mask.any())
    for index, layer in enumerate(layers):
        if index:
            x = later[index - 1](x)
        np.maximum(x, 0, out=x)
        norm = layer.norm
        x -= norm.mean.array
        x /= norm.std.array
        x *= norm.weight.array
        x += norm.bias.array
        if padded:
            x[pad_mask] = 0
    return x


def embedded(embedding, word_id: np.ndarray, shape_id: np.ndarray) -> np.ndarray:
    """slovnet's word and shape embedding. A navec vector is a row of codebook entries,
    one per sub-vector; they are gathered with one `take` from the flattened codebooks,
    four times faster than slovnet's two-index gather."""
    codes = embedding.word.codes.array  # sub-vectors x centroids x sub-vector size
    parts, centroids, size = codes.shape
    indexes = embedding.word.indexes.array[word_id.ravel()].astype(np.intp)
    indexes += np.arange(parts) * centroids
    words = codes.reshape(parts * centroids, size).take(indexes.ravel(), axis=0)
    words = words.reshape(*word_id.shape, parts * size)
    return np.concatenate((words, embedding.shape(shape_id)), axis=-1)


class FirstLayer:
    """The tagger's first convolution, its products computed once per distinct word.

    The first layer is two thirds of the tagger's arithmetic, and its input is a word's
    embedding: a word that recurs (nearly half of a news article's tokens) recurs with the
    same product for each kernel offset, so each distinct word and shape is multiplied
    once and the products are added up word by word. The products of the first
    `remembered` distinct words of a run are kept for the documents after (12 MB): news
    shares its common words, and short news (216 dev texts) multiplies 18,600 words
    instead of 33,500.
    """

    def __init__(self, conv, remembered: int = 4096) -> None:
        weight = conv.weight.array  # filters x channels x kernel
        self.padding = conv.padding
        self.bias = conv.bias.array
        self.convolution = Convolution(conv)
        self.by_offset = self.convolution.by_offset
        self.same = self.convolution.same
        self.remembered = remembered
        self.row_of: dict[int, int] = {}  # a word and shape's key: its row of `products`
        self.writing = threading.Lock()
        # np.empty: the pages are taken as rows are written
        rows = (max(remembered, 1), weight.shape[2], weight.shape[0])
        self.products = np.empty(rows, dtype=weight.dtype)

    def __call__(
        self,
        embedding,
        word_id: np.ndarray,
        shape_id: np.ndarray,
        gaps: np.ndarray | None = None,
    ) -> np.ndarray:
        """batch x words x filters, as `Convolution` over `embedded` gives it; where `gaps`
        is (if given), over zeros instead: a word beside a gap adds nothing from it (what
        is computed at the gap itself is for the caller to set to zero)."""
        if not self.same:
            x = embedded(embedding, word_id, shape_id)
            if gaps is not None:
                x[gaps] = 0
            return self.convolution(x)
        shapes = len(embedding.shape.weight.array)
        keys = word_id.astype(np.int64) * shapes + shape_id
        if gaps is None:
            distinct, inverse = np.unique(keys, return_inverse=True)
            inverse = inverse.reshape(word_id.shape)
            products = self.products_of(embedding, distinct, shapes)  # distinct x kernel x filters
        else:  # a gap reads the first word's products, and its neighbours add zeros
            distinct, inverse_of_words = np.unique(keys[~gaps], return_inverse=True)
            products = self.products_of(embedding, distinct, shapes)
            inverse = np.zeros(word_id.shape, dtype=inverse_of_words.dtype)
            inverse[~gaps] = inverse_of_words
        words = word_id.shape[1]
        # indexed: `np.take` would first copy the offset's products out of them (strided)
        out = products[inverse, self.padding]
        out += self.bias
        for offset in range(len(self.by_offset)):
            shift = offset - self.padding  # output word t adds the product of word t + shift
            if shift and abs(shift) < words:
                source = slice(max(shift, 0), words + min(shift, 0))
                added = products[inverse[:, source], offset]
                if gaps is not None:
                    added[gaps[:, source]] = 0
                out[:, max(-shift, 0) : words - max(shift, 0)] += added
        return out

    def products_of(self, embedding, keys: np.ndarray, shapes: int) -> np.ndarray:
        """Each key's embedding times the kernel at each offset (keys x kernel x filters),
        the remembered ones read, the others multiplied (and remembered while room lasts).

        A product is the same whichever other rows are multiplied with it, but for one row
        alone, which BLAS multiplies by another routine: a lone row is multiplied beside a
        copy of itself, and a document of one distinct word as it always was."""
        if len(keys) == 1:
            return self.convolution.products(embedded(embedding, keys // shapes, keys % shapes))
        row_of = self.row_of
        rows = np.array([row_of.get(key, -1) for key in keys.tolist()], dtype=np.intp)
        new = np.flatnonzero(rows < 0)
        products = self.products[np.maximum(rows, 0)]
        if not len(new):
            return products
        fresh = keys[new]
        x = embedded(embedding, fresh // shapes, fresh % shapes)
        if len(new) == 1:
            x = np.concatenate((x, x))
        made = self.convolution.products(x)[: len(new)]
        products[new] = made
        self.remember(fresh, made)
        return products

    def remember(self, keys: np.ndarray, made: np.ndarray) -> None:
        """Keep the products of the first keys that fit in the `remembered` rows; a key is
        entered once its row is written (a Dask worker may tag on several threads). A key
        another thread entered since it was looked up takes no row: rows are handed out
        by the count of keys entered, and a second row would be handed out again."""
        if len(self.row_of) >= self.remembered:  # full: most documents of a long run
            return
        with self.writing:
            row_of, listed = self.row_of, keys.tolist()
            new = [i for i, key in enumerate(listed) if key not in row_of]
            at = len(row_of)
            new = new[: max(0, self.remembered - at)]
            self.products[at : at + len(new)] = made[new]
            for row, i in enumerate(new, at):
                row_of[listed[i]] = row


class Convolution:
    """A 1-d convolution over words, its kernel's offsets laid out once as the contiguous
    matrices BLAS multiplies (a slice of slovnet's filters x channels x kernel weights is
    copied into one at every product otherwise): the same products, 5 % less time. They
    are laid side by side, so that one product gives each word's product with every
    offset (`products`), which are then added up word by word: the same sums as a product
    per offset of the padded input, without padding it, a tenth less time."""

    def __init__(self, conv) -> None:
        weight = conv.weight.array  # filters x channels x kernel
        self.by_offset = [np.ascontiguousarray(weight[:, :, k].T) for k in range(weight.shape[2])]
        self.side_by_side = np.ascontiguousarray(np.concatenate(self.by_offset, axis=1))
        self.bias = conv.bias.array
        self.padding = conv.padding
        # only a "same" convolution lines its output up word for word with its input
        self.same = 2 * conv.padding == weight.shape[2] - 1

    def products(self, x: np.ndarray) -> np.ndarray:
        """Each word's vector (the last axis of `x`) times the kernel at each offset
        (... x kernel x filters)."""
        return (x @ self.side_by_side).reshape(*x.shape[:-1], len(self.by_offset), -1)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        """batch x words x filters: the bias, plus the products of the offsets in order
        (slovnet's order of the sums; a word beyond either end, a zero, adds nothing)."""
        words = x.shape[1]
        length = words + 2 * self.padding - len(self.by_offset) + 1
        products = self.products(x)  # batch x words x kernel x filters
        out = np.empty((x.shape[0], length, products.shape[-1]), dtype=products.dtype)
        out[...] = self.bias
        for offset in range(len(self.by_offset)):
            shift = offset - self.padding  # output word t adds the product of word t + shift
            first, last = max(0, -shift), min(length, words - shift)
            if first < last:
                out[:, first:last] += products[:, first + shift : last + shift, offset]
        return out


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best tag path through a sequence's emission scores (length x tags).

    Each step works on the transitions transposed (next tag x previous tag), so that its
    argmax runs along a row and its pick is one `take` from the flat matrix: a quarter
    faster than over the columns, with the same additions and so the same path. The
    scores are laid out as a matrix by a `take` rather than broadcast along its rows,
    which numpy sets up more slowly for so small a matrix (a tenth less time)."""
    length, tags = emissions.shape
    if length == 0:
        return []
    into = np.ascontiguousarray(transitions.T)
    previous = np.tile(np.arange(tags), (tags, 1))  # each row: every previous tag
    row_starts = np.arange(0, tags * tags, tags)
    back = []
    score = emissions[0]
    for scores in emissions[1:]:
        candidates = into + score.take(previous)  # next tag x previous tag
        best = candidates.argmax(axis=1)
        back.append(best)
        score = candidates.take(best + row_starts) + scores
    path = [int(score.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


def viterbi_many(emissions: Sequence[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """`viterbi` of each sequence's emission scores (each length x tags), all decoded side
    by side: one step of numpy operations for the sequences' i-th words, the same
    additions and maxima as `viterbi`'s on each, and so the same paths. Each step goes
    over the sequences that are that long still (longest first), and reads its maxima
    off its argmax as `viterbi` does (short news, 216 dev texts: 0.10 s instead of 0.125)."""
    order = sorted(range(len(emissions)), key=lambda i: -len(emissions[i]))
    lengths = [len(emissions[i]) for i in order]
    if not emissions or lengths[-1] == 0:
        return [viterbi(scores, transitions) for scores in emissions]
    tags = transitions.shape[0]
    steps = np.zeros((lengths[0], len(order), tags), dtype=emissions[0].dtype)
    for column, i in enumerate(order):
        steps[: lengths[column], column] = emissions[i]
    into = np.ascontiguousarray(transitions.T)  # next tag x previous tag
    ends: dict[int, list[int]] = {}  # a length: the columns of sequences that long
    for column, length in enumerate(lengths):
        ends.setdefault(length, []).append(column)
    score = steps[0]
    last: list[np.ndarray | None] = [None] * len(order)  # each sequence's last scores
    for column in ends.get(1, ()):
        last[column] = score[column]
    back = []
    active = len(order)
    # where each (sequence, next tag) row of the candidates starts
    row_starts = np.arange(0, len(order) * tags * tags, tags).reshape(len(order), tags)
    # the scores laid out as the candidates are, by a `take` (sequence x next tag x previous
    # tag: the sequence's score of the previous tag), and the transitions so laid out for
    # each sequence: one addition of arrays of one shape, where broadcasting the scores
    # along the transitions' rows took numpy half as long again (short news: 0.07 s of
    # decoding -> 0.05 s). The same sums: addition is commutative, to the bit.
    spread = np.repeat(np.arange(len(order) * tags).reshape(-1, 1, tags), tags, axis=1)
    into_each = np.ascontiguousarray(np.broadcast_to(into, (len(order), tags, tags)))
    spread_now, into_now, row_starts_now = spread, into_each, row_starts  # the active ones
    for step in range(1, lengths[0]):
        if lengths[active - 1] <= step:  # sliced as sequences end, not at every step
            while lengths[active - 1] <= step:
                active -= 1
            spread_now, into_now = spread[:active], into_each[:active]
            row_starts_now = row_starts[:active]
        candidates = score.take(spread_now)  # sequence x next tag x previous tag
        candidates += into_now
        best = candidates.argmax(axis=2)
        back.append(best.tolist())
        # the maxima picked where argmax found them: one `take`, not a second reduction
        best += row_starts_now
        score = candidates.take(best)
        score += steps[step, :active]
        for column in ends.get(step + 1, ()):
            last[column] = score[column]
    paths: list[list[int]] = [[] for _ in emissions]
    for column, i in enumerate(order):
        final = last[column]
        assert final is not None
        path = [int(np.argmax(final))]
        for pointers in reversed(back[: lengths[column] - 1]):
            path.append(pointers[column][path[-1]])
        paths[i] = path[::-1]
    return paths


def bio_spans(tokens: Sequence[Token], tags: Sequence[str]) -> Iterator[Span]:
    """Spans from BIO tags; an I- after O or after another type opens a span, as in slovnet."""
    open_type: str | None = None
    first = 0
    for index, tag in enumerate(tags):
        part, _, label = tag.partition("-")
        # one "PER" object for all the spans: a long text's mentions keep their type
        kind = sys.intern(label) if label else None
        if open_type is not None and (kind != open_type or part == "B"):
            yield make_span(tokens[first:index], open_type)
            open_type = None
        if kind is not None and open_type is None:
            open_type, first = kind, index
    if open_type is not None:
        yield make_span(tokens[first:], open_type)


def make_span(tokens: Sequence[Token], kind: str) -> Span:
    return Span(tokens[0].start, tokens[-1].end, kind, tuple(tokens))


def find_named_entities(analysis: Analysis, tagger: Tagger) -> tuple[Span, ...]:
    """PER, ORG and LOC spans in text order; the model sees the whole document at once."""
    tokens = analysis.tokens
    if not tokens:
        return ()
    tags, doubted = tagger.decoded(model_words(analysis.text, tokens))
    return with_doubted_persons(tuple(bio_spans(tokens, tags)), tokens, doubted)


def find_named_entities_of_many(
    analyses: Sequence[Analysis], tagger: Tagger
) -> list[tuple[Span, ...]]:
    """`find_named_entities` of each text, the same spans, the tagger run on them all at
    once (`Tagger.tags_of_many`)."""
    words = [model_words(analysis.text, analysis.tokens) for analysis in analyses]
    decoded = tagger.decoded_many(words)
    return [
        with_doubted_persons(tuple(bio_spans(analysis.tokens, tags)), analysis.tokens, doubted)
        if analysis.tokens
        else ()
        for analysis, (tags, doubted) in zip(analyses, decoded, strict=True)
    ]


def with_doubted_persons(
    spans: tuple[Span, ...], tokens: Sequence[Token], doubted: Mapping[int, float]
) -> tuple[Span, ...]:
    """The spans, each person of one word the model doubts (`Tagger.doubted_persons`)
    marked so: under `DOUBT` `doubted` (the repairs drop it unless the text names it in a
    longer name, `ner.person_spans.drop_doubted_persons`), under `WAVER` `wavering`."""
    if not doubted:
        return spans
    at = {tokens[index].start: probability for index, probability in doubted.items()}
    return tuple(
        replace(span, doubted=at[span.start] < DOUBT, wavering=True)
        if span.type == "PER" and len(span.tokens) == 1 and span.start in at
        else span
        for span in spans
    )


# the model's probability under which the best path's person is doubted: the highest of
# 0.5-0.8 at which the repair that drops the doubted ones (with its guards,
# `ner.person_spans.drop_doubted_persons`) lowers no figure on NEREL-train (0.675 loses a
# link: "закон Магнитского")
DOUBT = 0.65
# the probability under which a person of one word is wavering: dropped when, besides,
# the dictionary knows no name in it and no word round it says a person
# (`ner.person_spans.drop_wavering_persons`)
WAVER = 0.9
# how many words on either side of a word its probability is summed over: the tags of
# words further off change it by less than the scores' rounding
REACH = 12


def person_probability(
    scores: np.ndarray, moves: np.ndarray, index: int, person_tags: tuple[int, int]
) -> float:
    """The probability, over every tag path of the CRF through the words within `REACH`
    of the word at `index`, that the word is tagged a person: forward-backward, in
    probabilities scaled at each step (each row's scores less their maximum, each vector
    summed to one), which changes no ratio. `moves`: the CRF's transitions as odds (their
    exponent, in float64)."""
    start, end = max(0, index - REACH), min(len(scores), index + REACH + 1)
    window = np.asarray(scores[start:end], dtype=np.float64)
    rows = np.exp(window - window.max(axis=1, keepdims=True))
    forward = rows[0] / rows[0].sum()
    for row in rows[1 : index - start + 1]:
        forward = (forward @ moves) * row
        forward /= forward.sum()
    backward = np.ones(rows.shape[1])
    for row in rows[: index - start : -1]:
        backward = moves @ (row * backward)
        backward /= backward.sum()
    joint = forward * backward
    return float(joint[list(person_tags)].sum() / joint.sum())


def model_words(text: str, tokens: Sequence[Token]) -> list[str]:
    """The words as the model reads them: a wiki's two apostrophes around a name
    ("''Detroit Red Wings''", razdel's two tokens "'") are the quotes news writes, « and »,
    which the model has seen round names."""
    words = [token.text for token in tokens]
    for index in range(len(tokens) - 1):
        first, second = tokens[index], tokens[index + 1]
        if first.text == second.text == "'" and first.end == second.start:
            opening = first.start == 0 or text[first.start - 1].isspace()
            words[index] = words[index + 1] = "«" if opening else "»"
    return words
