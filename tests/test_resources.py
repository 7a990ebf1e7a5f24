"""What a process that runs nothing but the pipeline sets for itself (`process_resources`)."""

import gc
from dataclasses import replace

import pytest
from pymorphy3.tagset import OpencorporaTag

from pipeline.data import ner_model_file
from pipeline.frozen import YOUNG_OBJECTS, collect_seldom
from pipeline.ner.loading import vocabulary_words
from pipeline.records import Article
from pipeline.resources import RememberedGrammeme, plain_grammemes
from pipeline.run import process_article
from pipeline.text.morphology import load_morphology


def test_plain_grammemes_are_strings_equal_to_pymorphy3s_own(resources, monkeypatch):
    monkeypatch.setattr(OpencorporaTag, "typed_grammemes", True)  # put back after the test
    tag = resources.morph.parse("министра")[0].tag
    assert type(tag.case) is not str
    with pytest.raises(ValueError, match="not a valid grammeme"):
        _ = tag.case == "nomm"  # pymorphy3's guard against a typo
    plain_grammemes()
    assert type(tag.case) is str and type(tag.POS) is str
    assert (tag.case, tag.POS, tag.number) == ("gent", "NOUN", "sing")


@pytest.mark.parametrize(
    "text",
    [
        "Встреча первого вице-премьера Андрея Белоусова с губернатором Тульской области "
        "Алексеем Дюминым прошла в Туле. Министру обороны Сергею Шойгу доложили о ней.",
        "Бывшая глава Минздрава Вероника Скворцова возглавила ФМБА, сообщила пресс-служба "
        "ведомства; её заместителем стала Анна Попова.",
    ],
)
def test_a_document_is_the_same_with_plain_grammemes(resources, seed_text, monkeypatch, text):
    monkeypatch.setattr(OpencorporaTag, "typed_grammemes", True)
    articles = [Article("a", "a", text), Article("seed", "seed", seed_text)]
    typed = [process_article(article, resources) for article in articles]
    plain_grammemes()
    # a morphology of its own: no reading or form remembered from the typed run is reused
    fresh = replace(resources, morph=load_morphology(vocabulary_words(ner_model_file())))
    assert [process_article(article, fresh) for article in articles] == typed


@pytest.mark.parametrize(
    "word", ["министра", "судья", "Шойгу", "заместителем", "управляющий", "стали", "Москве"]
)
def test_remembered_grammemes_are_pymorphy3s_own(resources, monkeypatch, word):
    monkeypatch.setattr(OpencorporaTag, "typed_grammemes", True)
    plain_grammemes()
    remembered = {
        name: category
        for name, category in vars(OpencorporaTag).items()
        if isinstance(category, RememberedGrammeme)
    }
    assert {"POS", "case", "gender", "number", "animacy"} <= set(remembered)
    for parse in resources.morph.parse(word):
        for name, category in remembered.items():
            own = category.category.__get__(parse.tag, OpencorporaTag)
            assert getattr(parse.tag, name) == own and type(getattr(parse.tag, name)) is type(own)
    monkeypatch.setattr(OpencorporaTag, "typed_grammemes", False)
    for _ in range(2):  # the second read is the remembered answer
        for parse in resources.morph.parse(word):
            for name, category in remembered.items():
                own = category.category.__get__(parse.tag, OpencorporaTag)
                value = getattr(parse.tag, name)
                assert value == own and (value is None or type(value) is str)


@pytest.mark.parametrize("older", [(10, 10), (5, 20)])
def test_a_pipeline_process_collects_once_a_million_young_objects_pile_up(older):
    """The youngest generation's threshold is raised (short news ends with some 213,000
    young objects, which a pass at 200,000 walked for nothing); the older ones are kept."""
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, *older)
        collect_seldom()
        assert gc.get_threshold() == (YOUNG_OBJECTS, *older)
        assert YOUNG_OBJECTS > 213_000
    finally:
        gc.set_threshold(*before)
