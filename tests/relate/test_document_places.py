"""Facts placed by what the rest of the document says, their links left as they were."""

import pytest

from pipeline import extract


def facts(doc):
    return [(doc.entities[f.person].canonical, f.title, f.org_canonical) for f in doc.facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one organisation of the title's kind named before, in another sentence
        (
            "Русский развивающий центр «Кин-Топ» открылся в Дюссельдорфе. В нём занимаются"
            " 700 детей. Руководитель центра Элла Чернова рассказала о планах.",
            [("Элла Чернова", "руководитель", "Кин-Топ")],
        ),
        (
            "Группа U2 выпустила новый альбом. На обложке барабанщик группы Ларри"
            " Маллен-младший обнимает сына.",
            [("Ларри Маллен-младший", "барабанщик", "U2")],
        ),
        (
            "Музей «Гараж» открыл новую выставку. Директор музея Антон Белов рассказал о ней"
            " журналистам.",
            # the kind noun opening the sentence is left out of the name (ner.boundaries)
            [("Антон Белов", "директор", "Гараж")],
        ),
    ],
)
def test_placed_by_a_kind_named_before(resources, text, expected):
    doc = extract(text, resources=resources)
    assert facts(doc) == expected
    # the link keeps no organisation: its sentence names none
    assert [o.org for o in doc.occupations] == [None]


@pytest.mark.parametrize(
    "text",
    [
        # the centre the title names is another one ("центра Гамалеи")
        "Центр «Вектор» завершил испытания вакцины. Директор центра Гамалеи Александр"
        " Гинцбург заявил, что вакцина безопасна.",
        # two centres before: which one is not said
        "Центр «Вектор» и центр «Кин-Топ» подписали соглашение. Руководитель центра Элла"
        " Чернова рассказала о планах.",
        # a centre named only after the title
        "Руководитель центра Элла Чернова рассказала о планах. Центр «Кин-Топ» открылся в"
        " Дюссельдорфе.",
        # an organisation the text never calls a centre
        "«Вектор» завершил испытания вакцины. Руководитель центра Элла Чернова рассказала о"
        " планах.",
    ],
)
def test_not_placed_by_a_kind(resources, text):
    assert facts(extract(text, resources=resources)) == []
