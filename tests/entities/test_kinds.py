import pytest

from pipeline.entities.kinds import head_noun


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Международное агентство по атомной энергии", "агентство"),
        ("Федеральная служба безопасности", "служба"),
        ("Комиссия по ценным бумагам США", "комиссия"),
        ("Государственная Дума", "дума"),
        ("Российский фонд прямых инвестиций", "фонд"),
    ],
)
def test_the_noun_an_organisation_name_is_built_on(name, head):
    assert head_noun(name) == head
