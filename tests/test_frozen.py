"""quick_init: the records it speeds up are made, compared, replaced and pickled as
dataclass's own `__init__` makes them, and stay frozen."""

from __future__ import annotations

import pickle
from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields, make_dataclass
from dataclasses import replace as replaced

import pytest

from pipeline.frozen import quick_init
from pipeline.records import Entity, Mention, Span
from pipeline.text.tokenize import analyse


def plain_twin(cls: type) -> type:
    """The class with the same fields, as `dataclass` alone makes it."""
    specs = [
        (f.name, f.type) if f.default is MISSING else (f.name, f.type, field(default=f.default))
        for f in fields(cls)
    ]
    return make_dataclass(cls.__name__, specs, frozen=True, slots=True)


def same_fields(record: object, twin: object) -> bool:
    return all(getattr(record, f.name) == getattr(twin, f.name) for f in fields(record))


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("Пресс-секретарь президента Дмитрий Песков заявил.", "Дмитрий Песков", "PER"),
        ("Встреча прошла в Москве.", "Москве", "LOC"),
        ("Об этом сообщил Минздрав России.", "Минздрав России", "ORG"),
    ],
)
def test_records_as_dataclass_makes_them(resources, text, phrase, kind):
    start, end = text.index(phrase), text.index(phrase) + len(phrase)
    tokens = tuple(t for t in analyse(text, resources.morph).tokens if start <= t.start < end)
    for token in tokens:
        assert same_fields(token, plain_twin(type(token))(**vars_of(token)))
        assert replaced(token, lemma=token.text) == type(token)(
            *[*values(token)[:3], token.text, token.pos]
        )
    span = Span(start, end, kind, tokens)
    assert same_fields(span, plain_twin(Span)(start, end, kind, tokens))
    mention = Mention(0, start, end, phrase, kind, phrase, 3)
    assert same_fields(mention, plain_twin(Mention)(0, start, end, phrase, kind, phrase, 3))
    assert mention.wikidata is None  # the default
    assert Mention(0, start, end, phrase, kind, phrase, 3, "Q649") == replaced(
        mention, wikidata="Q649"
    )
    twin = Mention(0, start, end, phrase, kind, phrase, 3)
    assert twin == mention and hash(twin) == hash(mention)
    assert pickle.loads(pickle.dumps(mention)) == mention
    with pytest.raises(FrozenInstanceError):
        mention.normal = "Песков"  # type: ignore[misc]


def values(record: object) -> list[object]:
    return [getattr(record, f.name) for f in fields(record)]


def vars_of(record: object) -> dict[str, object]:
    return {f.name: getattr(record, f.name) for f in fields(record)}


def test_keywords_and_defaults():
    entity = Entity(id=0, type="PER", canonical="Дмитрий Песков", kb_id=None, mentions=(1, 4))
    assert entity.titles == () and entity.wikidata is None
    assert replaced(entity, titles=("пресс-секретарь",)).titles == ("пресс-секретарь",)
    with pytest.raises(TypeError):
        Entity(0, "PER")  # type: ignore[call-arg]


def test_refuses_what_it_cannot_set():
    @dataclass(slots=True)
    class Mutable:
        word: str

    @dataclass(frozen=True, slots=True)
    class WithFactory:
        words: list[str] = field(default_factory=list)

    @dataclass(frozen=True)
    class Unslotted:
        word: str

    for cls in (Mutable, WithFactory, Unslotted):
        with pytest.raises(TypeError):
            quick_init(cls)
