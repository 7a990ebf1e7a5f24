import hashlib

import pytest

from pipeline.text.keys import plain_hyphens
from pipeline.text.lemma_store import (
    LemmaStore,
    WordList,
    lemma_and_pos_of,
    load_lemma_store,
    packed,
    unpacked,
)
from pipeline.text.morphology import Morphology

# news words whose lemma is not the word itself, ё written and not, ambiguous readings
WORDS = (
    "министрам",
    "путина",
    "стали",
    "ее",
    "её",
    "шойгу",
    "людей",
    "лучшего",
    "заместителем",
    "правительства",
    "минобороны",
    "пошли",
    "ёлки",
    "кремлевские",
)


def word_list(words) -> WordList:
    return WordList(hashlib.sha256("\n".join(words).encode()).digest(), lambda: words)


@pytest.fixture(scope="module")
def stores(tmp_path_factory, resources):
    """The store of WORDS as built, and as read back from the cache folder."""
    folder = tmp_path_factory.mktemp("lemmas")
    analyzer = resources.morph.analyzer
    built = load_lemma_store(word_list(WORDS), analyzer, cache=folder)
    read = load_lemma_store(word_list(WORDS), analyzer, cache=folder)
    return built, read, folder


def pymorphy(resources, word: str) -> tuple[str, str | None]:
    return lemma_and_pos_of(resources.morph.analyzer.parse(plain_hyphens(word)))


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("case", [str.lower, str.capitalize, str.upper])
def test_a_stored_word_reads_as_pymorphy_reads_it_in_any_case(stores, resources, word, case):
    for store in stores[:2]:
        assert store.get(case(word)) == pymorphy(resources, case(word))


@pytest.mark.parametrize(
    "word",
    [
        "И",  # an initial: pymorphy3 reads a single capital by its case
        "XIV",  # a Roman number
        "интервью-марафон",  # a hyphen
        "Covid",  # Latin letters
        "2021",
        "премьера",  # Cyrillic, but not in the list the store was built from
    ],
)
def test_a_word_the_store_does_not_hold_is_left_to_pymorphy(stores, resources, word):
    built, _, folder = stores
    assert built.get(word) is None
    morph = Morphology(resources.morph.analyzer, lemmas=built)
    assert morph.lemma_and_pos(word) == pymorphy(resources, word)


def test_the_store_is_read_from_the_cache_not_built_again(stores, resources):
    _, _, folder = stores
    [stored] = folder.glob("lemmas-*.dawg")

    def unread():
        raise AssertionError("the words were read: the store was built again")

    analyzer = resources.morph.analyzer
    again = load_lemma_store(WordList(word_list(WORDS).key, unread), analyzer, folder)
    assert again is not None and again.get("Министрам") == ("министр", "NOUN")
    # another list of words is another store
    load_lemma_store(word_list(WORDS[:3]), analyzer, folder)
    assert len(list(folder.glob("lemmas-*.dawg"))) == 2
    assert stored.exists()


def test_a_damaged_store_is_rebuilt(tmp_path, resources):
    words = word_list(WORDS)
    load_lemma_store(words, resources.morph.analyzer, tmp_path)
    [stored] = tmp_path.glob("lemmas-*.dawg")
    stored.write_bytes(b"not a dawg")
    store = load_lemma_store(words, resources.morph.analyzer, tmp_path)
    assert isinstance(store, LemmaStore) and store.get("людей") == ("человек", "NOUN")


def test_the_tokens_of_an_article_carry_pymorphys_lemmas(resources, seed_text):
    """The run's store (slovnet's vocabulary) answers for most words of an article, each
    as pymorphy3 does."""
    from pipeline.text.tokenize import word_tokens

    words = {word for _, _, word in word_tokens(seed_text)}
    store = resources.morph.lemmas
    if store is None:
        pytest.skip("no cache folder: no store")
    stored = [w for w in words if store.get(w) is not None]
    assert len(stored) > len(words) / 2
    assert [store.get(w) for w in stored] == [pymorphy(resources, w) for w in stored]


def test_a_cache_folder_that_cannot_be_made_builds_no_store(tmp_path, resources):
    (tmp_path / "a file").write_text("")

    def unread():
        raise AssertionError("the words were read: a store was built for one run")

    words = WordList(word_list(WORDS).key, unread)
    assert load_lemma_store(words, resources.morph.analyzer, tmp_path / "a file" / "x") is None


def test_no_cache_folder_no_store(monkeypatch, resources):
    monkeypatch.setenv("RU_OCCUPATIONS_NO_CACHE", "1")
    assert load_lemma_store(word_list(WORDS), resources.morph.analyzer) is None


@pytest.mark.parametrize(
    "word, lemma, pos",
    [
        ("министрам", "министр", "NOUN"),
        ("людей", "человек", "NOUN"),
        ("ее", "её", "NPRO"),
        ("лучшего", "хороший", "ADJF"),
        ("и", "и", "CONJ"),
        ("шт", "шт", None),
    ],
)
def test_packed_lemmas_unpack_to_themselves(word, lemma, pos):
    assert unpacked(word, packed(word, lemma, pos)) == (lemma, pos)
