"""The title lexicon's keys: the lemmas of every title and variant, cached on disk."""

from __future__ import annotations

import pytest

from pipeline.lexicons.titles import title_keys
from pipeline.text.tokenize import analyse

TITLES = (
    "# canonical\tvariants\n"
    "министр иностранных дел\tглава МИД|министра иностранных дел\n"
    "пресс-секретарь\tпресс-секретаря\n"
    "глава\tглавы\n"
)


def test_title_keys_are_cached_and_a_damaged_cache_made_again(tmp_path, resources):
    path = tmp_path / "titles.tsv"
    path.write_text(TITLES, encoding="utf-8")
    cache = tmp_path / "cache"
    made = title_keys((path,), resources.morph, cache=cache)
    assert made == {
        ("министр", "иностранный", "дело"): "министр иностранных дел",
        ("глава", "мид"): "министр иностранных дел",
        ("пресс-секретарь",): "пресс-секретарь",
        ("глава",): "глава",
    }
    (stored,) = cache.glob("titles-*.pickle")
    assert list(title_keys((path,), resources.morph, cache=cache).items()) == list(made.items())
    stored.write_bytes(b"not a pickle")
    assert title_keys((path,), resources.morph, cache=cache) == made
    # another row, another key: the new title is read
    path.write_text(TITLES + "премьер-министр\tпремьер\n", encoding="utf-8")
    grown = title_keys((path,), resources.morph, cache=cache)
    assert grown[("премьер",)] == grown[("премьер-министр",)] == "премьер-министр"
    assert len(list(cache.glob("titles-*.pickle"))) == 2


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        # distinct ranks are distinct posts: a general-major is no general-lieutenant
        ("Генерал-майор Иван Бувальцев возглавил штаб округа.", "генерал-майор"),
        ("Генерал-лейтенант Анатолий Башлаков покинул пост.", "генерал-лейтенант"),
        ("Генерал-полковник Владимир Булавин назначен полпредом.", "генерал-полковник"),
        ("61-летний генерал армии Владимир Болдырев покидает пост.", "генерал"),
        ("Генерал Петров приехал в Москву.", "генерал"),
        # and so are the ranks of a church
        ("Патриарх Кирилл поблагодарил прихожан.", "патриарх"),
        ("Митрополит Смоленский Кирилл прибыл в Москву.", "митрополит"),
        ("Архиепископ Лонгин считает, что нужно уделять внимание детям.", "архиепископ"),
        ("Епископ Теодориус стал патриархом.", "епископ"),
        ("Священник Иоанн отслужил молебен.", "священник"),
        # a variant still reads as its post
        ("Генсек НАТО Йенс Столтенберг прибыл в Брюссель.", "генеральный секретарь"),
    ],
)
def test_a_shipped_title_heads_its_own_post(resources, sentence, head):
    """The post the lexicon reads off the title that opens the sentence (past an age)."""
    tokens = analyse(sentence, resources.morph).sentences[0].tokens
    start = 1 if tokens[0].text[0].isdigit() else 0
    assert resources.titles.head(tokens[start:]) == head
