import pytest

from pipeline.data import diminutives_file
from pipeline.lexicons.diminutives import load_diminutives


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("саша", {"александр", "александра"}),
        ("женя", {"евгений", "евгения"}),
        ("сережа", {"сергей"}),
        ("петя", {"петр"}),
        ("слава", {"вячеслав", "ярослав", "святослав", "владислав", "станислав"}),
        ("лиза", {"елизавета"}),
        ("влад", {"владислав"}),
        ("соня", {"софья", "софия"}),
        ("джо", {"джозеф"}),
    ],
)
def test_the_shipped_diminutives(short, full):
    assert load_diminutives(diminutives_file())[short] == full
