"""A post naming a list of organisations is held in each (conjuncts.py): one fact per
organisation, with the post; a plural title shared by several persons distributes them."""

import pytest

from pipeline import extract


@pytest.mark.parametrize(
    ("text", "holder", "post", "orgs"),
    [
        # the title's organisation, then "и", a kind of organisation and a country
        (
            "Нападающий «Реала» и сборной Португалии Криштиану Роналду признан лучшим "
            "футболистом года.",
            "Криштиану Роналду",
            "нападающий",
            {"реал", "португалия"},
        ),
        # the list stands between the title and the name
        (
            "Комиссия заслушала Мэри Миллер, а также бывшего топ-менеджера Citigroup и Bank of "
            "America Салли Кравчек.",
            "Салли Кравчек",
            "топ-менеджер",
            {"citigroup", "bank of america"},
        ),
        # inside the title, the name before it; a verb past the comma is the sentence's
        (
            "Рауль Кастро, председатель Госсовета и Совета министров Кубы, объявил, что покинет "
            "пост.",
            "Рауль Кастро",
            "председатель",
            {"госсовет", "совет министров кубы"},
        ),
        # a verb of working: "работал аналитиком в X, Y и Z"
        (
            "Ранее Иван Петров работал аналитиком в «Росбанке», «Альфа-банке» и «ВТБ-Капитале».",
            "Иван Петров",
            "аналитик",
            {"росбанк", "альфа-банк", "втб-капитал"},
        ),
        # a plural title and as many names as countries: one country each
        (
            "Министры иностранных дел России и Казахстана Сергей Лавров и Мурат Нуртлеу провели "
            "переговоры.",
            "Сергей Лавров",
            "министр иностранных дел",
            {"россия"},
        ),
        (
            "Министры иностранных дел России и Казахстана Сергей Лавров и Мурат Нуртлеу провели "
            "переговоры.",
            "Мурат Нуртлеу",
            "министр иностранных дел",
            {"казахстан"},
        ),
        # towns are no list of workplaces: the prosecutor of a city and its region
        (
            "Прокурор Москвы и Московской области Иван Петров заявил о проверке.",
            "Иван Петров",
            "прокурор",
            {"москва"},
        ),
        # names a verb right after makes its subjects
        (
            "По словам Алексея Миллера, председателя правления «Газпрома», «Роснефть» и «Лукойл» "
            "подписали соглашение.",
            "Алексей Миллер",
            "председатель правления",
            {"газпром"},
        ),
    ],
)
def test_a_post_is_held_in_every_organisation_listed(resources, text, holder, post, orgs):
    doc = extract(text, resources=resources)
    facts = [f for f in doc.facts if doc.entities[f.person].canonical == holder]
    assert {f.org_canonical.lower() for f in facts if f.title == post} == orgs
