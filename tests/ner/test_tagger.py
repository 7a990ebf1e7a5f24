import platform
import subprocess
import sys

import pytest

from pipeline import extract
from pipeline.ner.tagger import (
    bio_spans,
    find_named_entities,
    find_named_entities_of_many,
    model_words,
)
from pipeline.records import Token
from pipeline.text.tokenize import analyse


def tokens(*words: str) -> list[Token]:
    out, start = [], 0
    for word in words:
        out.append(Token(start, start + len(word), word, word.lower(), None))
        start += len(word) + 1
    return out


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "I-PER", "O"], [("PER", 0, 2)]),
        (["I-LOC", "O", "B-ORG"], [("LOC", 0, 1), ("ORG", 2, 3)]),
        (["B-PER", "B-PER", "I-PER"], [("PER", 0, 1), ("PER", 1, 3)]),
        (["B-ORG", "I-LOC", "O"], [("ORG", 0, 1), ("LOC", 1, 2)]),
        (["O", "O", "O"], []),
    ],
)
def test_bio_spans(tags, expected):
    words = tokens("один", "два", "три")
    got = [
        (s.type, words.index(s.tokens[0]), words.index(s.tokens[-1]) + 1)
        for s in bio_spans(words, tags)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Президент России Владимир Путин прилетел в Санкт-Петербург.",
            [("LOC", "России"), ("PER", "Владимир Путин"), ("LOC", "Санкт-Петербург")],
        ),
        (
            "Встреча прошла в Белом доме, сообщила пресс-служба Государственной Думы.",
            [("LOC", "Белом доме"), ("ORG", "Государственной Думы")],
        ),
        (
            "Сотрудники Службы центральных коммуникаций встретились с Марией Ким в Алматы.",
            [
                ("ORG", "Службы центральных коммуникаций"),
                ("PER", "Марией Ким"),
                ("LOC", "Алматы"),
            ],
        ),
        ("Погода сегодня хорошая, дождя не ожидается.", []),
    ],
)
def test_find_named_entities(resources, text, expected):
    spans = find_named_entities(analyse(text, resources.morph), resources.ner)
    assert [(s.type, text[s.start : s.end]) for s in spans] == expected


def test_the_tagger_scores_and_decodes_as_slovnet_does(resources, seed_text):
    import numpy as np

    from pipeline.ner.tagger import encoded
    from pipeline.text.tokenize import analyse

    infer = resources.ner.slovnet.infer
    words = [token.text for token in analyse(seed_text, resources.morph).tokens]
    (batch,) = list(infer.encoder([words]))
    theirs = infer.model(batch.word_id, batch.shape_id, batch.pad_mask)
    ours = infer.model.head(encoded(infer.model, batch.word_id, batch.shape_id, batch.pad_mask))
    assert ours.shape == theirs.shape
    assert np.allclose(ours, theirs, atol=1e-4)
    assert (ours.argmax(-1) == theirs.argmax(-1)).all()
    (path,) = infer.model.head.crf.decode(theirs, ~batch.pad_mask)
    (slovnet_tags,) = infer.decoder([path])
    assert resources.ner.tags(words) == slovnet_tags


@pytest.mark.parametrize("length", [1, 2, 3, 40, 700])
def test_viterbi_is_slovnets_crf_decoding(resources, length):
    """On the model's own transitions and emissions of every scale, ties included (scores
    rounded to halves), the path is the one slovnet's CRF decodes."""
    import numpy as np

    from pipeline.ner.tagger import viterbi

    crf = resources.ner.model.head.crf
    rng = np.random.default_rng(length)
    for scale in (0.5, 5.0, 50.0):
        emissions = (rng.normal(size=(length, len(crf.transitions.array))) * scale).astype(
            np.float32
        )
        for scores in (emissions, np.round(emissions * 2) / 2):
            (theirs,) = crf.decode(scores[None], np.ones((1, length), dtype=bool))
            assert viterbi(scores, crf.transitions.array) == theirs.tolist()


def test_remembered_first_layer_products_are_the_products(resources, seed_text):
    """Each document's first layer is the same, bit for bit, whether its words' products
    were remembered from the documents before, made now, or made with no room to keep
    them: "Лавров" alone is new in the fourth text, "Путин" is one word twice."""
    import numpy as np

    from pipeline.ner.tagger import FirstLayer
    from pipeline.text.tokenize import analyse

    texts = [
        seed_text,
        "Путин и Шойгу прибыли в Москву.",
        "Путин и Шойгу прибыли в Москву, Лавров в Минск.",
        "Путин и Шойгу прибыли в Минск.  Лавров",
        "Путин Путин",
        "Шойгу",
        seed_text[: len(seed_text) // 3],
    ]
    tagger = resources.ner
    inputs = []
    for text in texts:
        ids = np.array([tagger.ids_of(t.text) for t in analyse(text, resources.morph).tokens])
        inputs.append((ids[None, :, 0], ids[None, :, 1]))
    distinct = {(*pair,) for w, s in inputs for pair in zip(w[0], s[0], strict=True)}
    conv, embedding = tagger.model.encoder.layers[0].conv, tagger.model.emb
    made_each_time = [FirstLayer(conv, remembered=0)(embedding, *pair) for pair in inputs]
    for remembered in (0, 5, 4096):
        layer = FirstLayer(conv, remembered)
        for pair, expected in zip(inputs, made_each_time, strict=True):
            assert np.array_equal(layer(embedding, *pair), expected)
        assert len(layer.row_of) == min(remembered, len(distinct))


def test_cached_word_ids_are_slovnets(tmp_path):
    from slovnet.const import WORD
    from slovnet.exec.pack import Pack, vocab_name

    from pipeline.data import ner_model_file
    from pipeline.ner.word_ids import word_ids

    with Pack(ner_model_file()) as pack:
        packed, vocab = pack.read(vocab_name(WORD)), pack.load_vocab(WORD)
    built = word_ids(packed, cache=tmp_path)  # built and stored
    [stored] = tmp_path.glob("slovnet-words-*.dawg")
    read = word_ids(packed, cache=tmp_path)  # read back
    words = ["москва", "песков", "минобороны", "covid-19", "ё", "<unk>", "<pad>", "шойгуизм", ""]
    for ids in (built, read):
        assert [ids.encode(w) for w in words] == [vocab.encode(w) for w in words]
        assert (ids.unk_id, ids.pad_id) == (vocab.unk_id, vocab.pad_id)
    assert vocab.encode("шойгуизм") == vocab.unk_id != vocab.encode("москва")
    assert stored.stat().st_size > 1_000_000


@pytest.mark.parametrize("compressed", [False, True])
def test_navec_codebooks_are_navecs_own(tmp_path, compressed):
    import mmap
    import tarfile

    import numpy as np
    from navec import Navec

    from pipeline.data import navec_file
    from pipeline.ner.loading import navec_codebooks

    path = navec_file()
    if compressed:  # a gzipped archive is read the same way
        gzipped = tmp_path / "navec.tar.gz"
        with tarfile.open(path) as plain, tarfile.open(gzipped, "w:gz", compresslevel=1) as gz:
            for member in plain.getmembers():
                gz.addfile(member, plain.extractfile(member))
        path = gzipped
    ours, theirs = navec_codebooks(path), Navec.load(path)
    assert ours.meta.id == theirs.meta.id
    assert np.array_equal(ours.pq.indexes, theirs.pq.indexes)
    assert np.array_equal(ours.pq.codes, theirs.pq.codes)
    moscow = theirs.vocab["москва"]  # a word's row: the same codebook entries
    assert np.array_equal(ours.pq.indexes[moscow], theirs.pq.indexes[moscow])
    # the plain archive's table of indexes is mapped from the file, not copied
    source = ours.pq.indexes
    while isinstance(source, np.ndarray | memoryview):
        source = source.base if isinstance(source, np.ndarray) else source.obj
    assert isinstance(source, mmap.mmap) is not compressed


FAULTS_OF_TEMPORARIES = """
import resource, sys
import numpy as np
from pipeline.data import navec_file
from pipeline.ner.loading import navec_codebooks
if sys.argv[1] == "load":
    navec_codebooks(navec_file())
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(50):  # a tagger's temporaries of 2 MB, made and freed
    a, b, c = (np.ones(2_000_000, np.uint8) for _ in range(3))
    del a, b, c
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's malloc thresholds")
def test_temporaries_reuse_memory_once_navec_is_loaded():
    """Loading navec leaves malloc's thresholds raised (`mapped_pq`): three temporaries of
    2 MB, made and freed fifty times, reuse the heap, which malloc otherwise gives back to
    the system each time (6 MB at its top) and faults in anew (1,465 pages)."""
    faults = {
        step: int(
            subprocess.run(
                [sys.executable, "-c", FAULTS_OF_TEMPORARIES, step],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for step in ("load", "none")
    }
    assert faults["none"] > 40 * 1465  # given back and faulted in again
    assert faults["load"] < 2 * 1465  # the heap grown once, then reused


def test_a_word_another_thread_remembered_first_takes_no_row(resources):
    """Two threads may multiply the same new word ("Путин") at once; the one that comes
    second to remember it must not take a row of its own that the next word then
    overwrites: each remembered word keeps its own products."""
    import numpy as np

    from pipeline.ner.tagger import FirstLayer

    tagger = resources.ner
    conv, embedding = tagger.model.encoder.layers[0].conv, tagger.model.emb
    shapes = len(embedding.shape.weight.array)
    words = ("Путин", "Шойгу", "Лавров", "Минск")
    keys = np.array([w * shapes + s for w, s in map(tagger.ids_of, words)], dtype=np.int64)
    made = FirstLayer(conv, remembered=0).products_of(embedding, keys, shapes)
    layer = FirstLayer(conv)
    layer.remember(keys[:1], made[:1])  # another thread has just remembered "Путин"
    layer.remember(keys[:2], made[:2])  # this one remembers "Путин" and "Шойгу"
    layer.remember(keys[2:], made[2:])
    for key, products in zip(keys.tolist(), made, strict=True):
        assert np.array_equal(layer.products[layer.row_of[key]], products)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wiki's two apostrophes round a name are read as the quotes news writes
        (
            "Нападающий ''Detroit Red Wings'' забил гол, сообщает газета ''USA Today''.",
            [("ORG", "Detroit Red Wings"), ("ORG", "USA Today")],
        ),
    ],
)
def test_wiki_quotes_are_read_as_quotes(resources, text, expected):
    doc = extract(text, resources=resources)
    assert [(m.type, m.text) for m in doc.mentions if m.type in ("ORG", "PER")] == expected


def test_model_words_turn_paired_apostrophes_into_quotes(resources):
    text = "газета ''USA Today'' и д'Артаньян"
    words = model_words(text, analyse(text, resources.morph).tokens)
    # a lone apostrophe stays one
    assert words == ["газета", "«", "«", "USA", "Today", "»", "»", "и", "д", "'", "Артаньян"]


NEWS = (
    "Пресс-секретарь президента России Дмитрий Песков заявил журналистам в Москве.",
    "Шойгу",
    "",
    "Глава МИД РФ Сергей Лавров встретился в Женеве с госсекретарем США Энтони Блинкеном.",
    "Путин Путин",  # one word twice: its product is made alone
    "Шойгуизм Шойгуизмы",  # two words unknown to the model, of one shape: one word too
    "Мэр Москвы Сергей Собянин открыл станцию метро «Лефортово» вместе с Путиным.",
)


@pytest.mark.parametrize(
    "picked",
    [
        (0, 3),
        (0, 1, 2, 3, 4, 5, 6),  # one word and no word are scored alone
        (6, 5, 4, 3, 0),
        (3, 3, 0),  # the same text twice
        (1, 2),
        (7, 0, 5, 6),  # the seed article beside short news
    ],
)
def test_emissions_of_many_are_each_sequences_own_bit_for_bit(resources, seed_text, picked):
    """Sequences laid end to end through the encoder score each word as the sequence alone
    does, to the last bit, and decode to the same tags."""
    texts = [(*NEWS, seed_text)[i] for i in picked]
    words = [model_words(t, analyse(t, resources.morph).tokens) for t in texts]
    tagger = resources.ner
    alone = [tagger.emissions(w) if w else tagger.no_emissions for w in words]
    together = tagger.emissions_of_many(words)
    assert [s.shape for s in together] == [s.shape for s in alone]
    assert [s.tobytes() for s in together] == [s.tobytes() for s in alone]
    assert tagger.tags_of_many(words) == [tagger.tags(w) for w in words]


def test_named_entities_of_many_texts_are_each_texts_own(resources):
    analyses = [analyse(text, resources.morph) for text in NEWS]
    found = find_named_entities_of_many(analyses, resources.ner)
    assert found == [find_named_entities(a, resources.ner) for a in analyses]
    spans = [
        [(s.type, a.text[s.start : s.end]) for s in f] for a, f in zip(analyses, found, strict=True)
    ]
    assert spans[3] == [  # the tagger's own spans, before any repair
        ("ORG", "МИД"),
        ("LOC", "РФ"),
        ("PER", "Сергей Лавров"),
        ("LOC", "Женеве"),
        ("LOC", "США"),
        ("PER", "Энтони Блинкеном"),
    ]


@pytest.mark.parametrize("lengths", [(1,), (3, 1, 3), (40, 2, 700, 1, 40), (5, 5, 5)])
def test_viterbi_many_decodes_each_sequence_as_viterbi(resources, lengths):
    """Sequences of unequal lengths decoded side by side, ties included (scores rounded to
    halves): each path is the one `viterbi` gives the sequence alone."""
    import numpy as np

    from pipeline.ner.tagger import viterbi, viterbi_many

    transitions = resources.ner.transitions
    rng = np.random.default_rng(sum(lengths))
    for scale in (0.5, 5.0, 50.0):
        emissions = [
            (rng.normal(size=(n, len(transitions))) * scale).astype(np.float32) for n in lengths
        ]
        for scores in (emissions, [np.round(e * 2) / 2 for e in emissions]):
            paths = viterbi_many(scores, transitions)
            assert paths == [viterbi(e, transitions) for e in scores]
            assert [len(p) for p in paths] == list(lengths)


@pytest.mark.parametrize(
    ("text", "doubted"),
    [
        # a capitalised word the path tags a person by its neighbours, the model less sure
        (
            "Соревнования пройдут в четырех зонах Рио-де-Жанейро — Маракана, Копакабана, "
            "Барра и Деодоро.",
            ["Барра"],
        ),
        ("Почётный доктор зальцбургского Моцартеума (2008).", ["Моцартеума"]),
        (
            "Отсутствие физической границы между двумя Ирландиями является одним из "
            "ключевых пунктов.",
            ["Ирландиями"],
        ),
        # persons the model is sure of, of one word or more
        ("Сказал Путин.", []),
        ("Главный санитарный врач Анна Попова выступила. Попова сказала.", []),
    ],
)
def test_doubted_persons(resources, text, doubted):
    analysis = analyse(text, resources.morph)
    alone = find_named_entities(analysis, resources.ner)
    together = find_named_entities_of_many(
        [analysis, analyse("Сказал Путин.", resources.morph)], resources.ner
    )[0]
    assert [text[s.start : s.end] for s in alone if s.doubted] == doubted
    assert [s.doubted for s in together] == [s.doubted for s in alone]
    assert all(s.type == "PER" and len(s.tokens) == 1 for s in alone if s.doubted)


@pytest.mark.parametrize(
    ("text", "wavering", "doubted"),
    [
        # persons of one word the model gives less than WAVER, though more than DOUBT
        (
            "Изъяты шесть пистолетов калибра 9 миллиметров марки Беретта, одна винтовка и патроны.",
            ["Беретта"],
            [],
        ),
        ("Гонка начнётся у Кале во Франции и завершится у Дувра в Великобритании.", ["Дувра"], []),
        # a doubted person wavers too
        ("Маракана, Копакабана, Барра и Деодоро.", ["Барра", "Деодоро"], ["Барра"]),
        # a person the model is sure of does not
        ("Сказал Путин.", [], []),
    ],
)
def test_wavering_persons(resources, text, wavering, doubted):
    found = find_named_entities(analyse(text, resources.morph), resources.ner)
    assert [text[s.start : s.end] for s in found if s.wavering] == wavering
    assert [text[s.start : s.end] for s in found if s.doubted] == doubted
