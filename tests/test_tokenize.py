import pytest

from pipeline.tokenize import analyse


def test_analyse_splits_sentences_with_offsets(resources):
    text = "Первый форум состоялся в Москве. Теперь местом встречи стал город Алматы."
    analysis = analyse(text, resources.morph)
    assert [text[s.start : s.end] for s in analysis.sentences] == [
        "Первый форум состоялся в Москве.",
        "Теперь местом встречи стал город Алматы.",
    ]
    for token in analysis.tokens:
        assert text[token.start : token.end] == token.text


@pytest.mark.parametrize(
    ("word", "lemma", "pos"),
    [
        ("состоялся", "состояться", "VERB"),
        ("Москве", "москва", "NOUN"),
        ("крупнейших", "крупный", "ADJF"),
        ("делегацию", "делегация", "NOUN"),
        (".", ".", None),
    ],
)
def test_tokens_carry_lemma_and_pos(resources, word, lemma, pos):
    text = f"Первый форум состоялся в Москве, делегацию крупнейших СМИ {word}"
    token = analyse(text, resources.morph).tokens[-1]
    assert (token.text, token.lemma, token.pos) == (word, lemma, pos)


def test_hyphenated_words_and_numbers_stay_whole(resources):
    tokens = analyse("Казахстанско-российский форум 2024 года", resources.morph).tokens
    assert [t.text for t in tokens] == ["Казахстанско-российский", "форум", "2024", "года"]


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_has_no_sentences(resources, text):
    assert analyse(text, resources.morph).sentences == ()
