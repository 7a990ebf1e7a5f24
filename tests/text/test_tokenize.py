import pytest

from pipeline.text.tokenize import analyse


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
    ("text", "words"),
    [
        # a web page's zero-width spaces, word joiner, byte-order mark: not in the words
        ("Тереза \u200b\u200bМэй пригрозила", ["Тереза", "Мэй", "пригрозила"]),
        ("России. \u200bПесков напомнил", ["России", ".", "Песков", "напомнил"]),
        ("Новичок. \u200b Уход\u2060 Бориса\ufeff", ["Новичок", ".", "Уход", "Бориса"]),
        # a soft hyphen and a zero-width joiner inside a word stay in it
        ("Моск\u00adва и ми\u200dр", ["Моск\u00adва", "и", "ми\u200dр"]),
    ],
)
def test_invisible_characters_leave_the_words(resources, text, words):
    analysis = analyse(text, resources.morph)
    assert [t.text for t in analysis.tokens] == words
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


@pytest.mark.parametrize(
    "text, tokens",
    [
        # razdel's dash rule looks past the word: "слово-" keeps its dash before a word...
        ("слово- дело", ["слово-", "дело"]),
        # ...and gives it up before punctuation or at the end
        ("слово- , дело", ["слово", "-", ",", "дело"]),
        ("слово-", ["слово", "-"]),
        ("а -то", ["а", "-то"]),
        ("1 ,5", ["1", ",5"]),
        ("1, 5", ["1,", "5"]),
        ("т.е. 3/4 :-) yahoo!", ["т", ".", "е", ".", "3/4", ":", "-", ")", "yahoo!"]),
        # words of one kind of atoms share their tokenisation, whatever their letters...
        ("Путина», «Газпрома».", ["Путина", "»", ",", "«", "Газпрома", "»", "."]),
        ("«Ростех»-2021", ["«", "Ростех", "»", "-", "2021"]),
        # ...but for "yahoo" (in any case), which razdel reads, and other signs
        ("YAHOO! Yahoo!! yahoo-news", ["YAHOO!", "Yahoo!!", "yahoo-news"]),
        ("ΔP-2 mβж", ["ΔP-2", "mβж"]),
    ],
)
def test_word_at_a_time_tokens_are_razdels(text, tokens):
    from razdel import tokenize

    from pipeline.text.tokenize import word_tokens

    assert [t.text for t in tokenize(text)] == tokens
    assert word_tokens(text) == [(t.start, t.stop, t.text) for t in tokenize(text)]


def test_word_at_a_time_tokens_match_razdel_on_random_strings(seed_text):
    import random

    from razdel import sentenize, tokenize

    from pipeline.text.tokenize import word_tokens

    rng = random.Random(7)
    alphabet = [*"аБвЯёaZk109-‑–—−_.,/\\:;()=*!?…«»' \n\tΔβ№", "yahoo", "  "]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25))) for _ in range(3000)]
    texts += [s.text for s in sentenize(seed_text)]
    for text in texts:
        assert word_tokens(text) == [(t.start, t.stop, t.text) for t in tokenize(text)], text


@pytest.mark.parametrize(
    "written, read",
    [
        ("Cолист The Prodigy", "Солист The Prodigy"),  # a Latin C in a Russian word
        ("Моcква и Tвиттере", "Москва и Твиттере"),
        # a Latin letter with no Cyrillic twin: the word is left as written
        ("Нerald и агентстваAssociated", "Нerald и агентстваAssociated"),
        ("CCCP и The Prodigy", "CCCP и The Prodigy"),  # all-Latin words stay Latin
    ],
)
def test_latin_look_alikes_in_russian_words_read_as_cyrillic(written, read):
    from pipeline.text.lookalikes import CyrillicView

    view = CyrillicView(written)
    assert view[:] == read
    assert bool(view.changed) == (read != written)


@pytest.mark.parametrize(
    "written, read",
    [
        ("Cолист The Prodigy", "Солист The Prodigy"),
        ("Моcква и Tвиттере, Нerald и ТAСС", "Москва и Твиттере, Нerald и ТАСС"),
        ("Путин", "Путин"),  # nothing to make Cyrillic
    ],
)
def test_a_view_reads_every_slice_as_the_cyrillic_copy(written, read):
    from pipeline.text.lookalikes import CyrillicView

    view = CyrillicView(written)
    assert len(view) == len(read)
    cuts = range(-2, len(read) + 3)
    assert [view[a:b] for a in cuts for b in cuts] == [read[a:b] for a in cuts for b in cuts]
    assert [view[i] for i in range(-len(read), len(read))] == list(read + read)
    with pytest.raises(IndexError):
        view[len(read)]


def test_a_title_with_a_latin_look_alike_is_found_and_keeps_its_text(resources):
    from pipeline import extract

    text = "Cолист The Prodigy Кит Флинт покончил с собой."
    doc = extract(text, resources=resources)
    assert doc.text == text
    titles = [(m.text, m.normal) for m in doc.mentions if m.type == "TITLE"]
    assert ("Cолист The Prodigy", "солист The Prodigy") in titles
    assert all(doc.text[m.start : m.end] == m.text for m in doc.mentions)


@pytest.mark.parametrize("line_end", ["\n", "\r\n", " \r\n"])
def test_a_headline_line_ends_its_sentence(resources, line_end):
    text = f"Солдаты НАТО в Кандагаре{line_end}В Афганистане погибли трое военных."
    sentences = analyse(text, resources.morph).sentences
    assert [text[s.start : s.end] for s in sentences] == [
        "Солдаты НАТО в Кандагаре",
        "В Афганистане погибли трое военных.",
    ]


def test_a_text_wrapped_at_a_fixed_width_keeps_its_sentences(resources):
    text = "Встреча с президентом\nВладимиром Путиным прошла, как и\nпланировалось."
    sentences = analyse(text, resources.morph).sentences
    assert [(s.start, s.end) for s in sentences] == [(0, len(text))]


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        ("Встреча с президентом\nВладимиром Путиным прошла, как и\nпланировалось.", True),
        ("Он сказал,\n  что приедет.", True),  # after a comma, spaces around the break
        ("Он приедет \t\nзавтра.", True),  # spaces and a tab before the break
        ("Он сказал,\r\nчто приедет.", True),  # a Windows line end
        ("Солдаты НАТО в Кандагаре\nВ Афганистане погибли трое военных.", False),
        ("Итоги:\nвыборы прошли.", False),  # after a colon: no word goes on
        ("\nвыборы прошли.", False),  # nothing before the break
        ("Москва\n\nвыборы прошли.", False),  # an empty line between
    ],
)
def test_a_text_is_wrapped_where_a_line_goes_on_in_lower_case(text, wrapped):
    import re

    from pipeline.text.tokenize import is_wrapped

    assert is_wrapped(text) is wrapped
    # what the search of the whole pattern finds, line break by line break
    assert (re.search(r"[\w,][ \t\r]*\n[ \t]*[a-zа-яё]", text) is not None) is wrapped
