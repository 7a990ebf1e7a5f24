"""The title lexicon's keys: the lemmas of every title and variant, cached on disk."""

from __future__ import annotations

from pipeline.lexicons.titles import title_keys

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
