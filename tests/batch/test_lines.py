"""Output text is written as `json.dumps` and the csv module (through `formula_safe`, cell by
cell) wrote it, whatever shortcut writes it now."""

import csv
import io
import json

import pytest

from pipeline.batch.lines import csv_text, formula_free, formula_safe, json_line, json_value


def csv_cell_by_cell(rows):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(map(formula_safe, row) for row in rows)
    return buffer.getvalue()


SENTENCE = "Пресс-секретарь Президента РФ Дмитрий Песков прилетел в Алматы."


@pytest.mark.parametrize(
    "rows, neutralised",
    [
        # no cell starts a formula: hyphens, minus signs and apostrophes inside cells
        ([("d1", 0, 15, "PER", "Пресс-секретарь", "Дмитрий Песков", "")], []),
        ([("d1", -3, "Ростов-на-Дону", 'О\'Нил, "-5"'), ("d2", SENTENCE, "a,'b")], []),
        ([("d1", 'Клуб "-Рога"', "x\n-y", 'a,"-"')], []),
        # a formula where a cell starts: the first cell, after a comma, after a line break
        ([("=1+2", SENTENCE)], ["'=1+2"]),
        ([("d1", "-" + SENTENCE), ("d2", "+7 (495) 123")], ["'-" + SENTENCE, "'+7 (495) 123"]),
        ([("d1", "@Песков")], ["'@Песков"]),
        # quoted: a comma, a quote or a line break in the cell
        ([("d1", '-Да, "конечно"'), ("d2", "\tx")], ['\'-Да, "конечно"', "'\tx"]),
        ([("Рога,\nкопыта", "=Петров\nИван")], ["'=Петров\nИван"]),
        ([("'директор'", "\rx, y"), ("-", 5)], ["''директор'", "'\rx, y", "'-"]),
        ([('"-"', '""="')], []),  # quotes first: nothing to neutralise
        ([], []),
        ([("",)], []),
    ],
)
def test_csv_text_is_written_as_cell_by_cell_formula_safe(rows, neutralised):
    text = csv_text(rows)
    assert text == csv_cell_by_cell(rows)
    cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    assert [cell for cell in cells if cell.startswith("'")] == neutralised


@pytest.mark.parametrize(
    "rows",
    [
        [("d1", 17, 30, "PER", "Сергей\rЛавров", "Сергей\rЛавров", "")],
        [("d1", "=Сергей\rЛавров", None, 1.5), ("d2", "Москва", "", 2)],
        [("d1", '"Рога"\rи копыта', "x\r\ny"), ("Сергей\rЛавров",)],
    ],
)
def test_a_cell_with_a_carriage_return_is_quoted_and_read_back_whole(rows):
    text = csv_text(rows)
    expected = [["" if c is None else str(formula_safe(c)) for c in row] for row in rows]
    assert list(csv.reader(io.StringIO(text, newline=""))) == expected
    assert text.count("\n") == sum(row.count("\n") for row in map("".join, expected)) + len(rows)


@pytest.mark.parametrize(
    "cells, free",
    [
        (["d1", 15, "Пресс-секретарь", "О'Нил", 'Клуб "-Рога"'], True),
        (["-5"], False),
        (["d1", "=Петров"], False),
        (["d1", "Рога,\nкопыта", '-Да, "конечно"'], False),
        (["d1", "\tx"], False),
        # only taken for a formula: a line break or a comma inside a quoted cell, a number
        (["d1", "x\n-y"], False),
        (["d1", "a,-"], False),
        (["d1", 'a,"-"'], True),
        (["d1", -3], False),
    ],
)
def test_formula_free_tells_a_text_no_cell_of_which_starts_a_formula(cells, free):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    assert formula_free(buffer.getvalue()) is free


@pytest.mark.parametrize(
    "value",
    [
        'Он сказал: "Рога\\копыта"\tи\x00\x1f\x7f ушёл.\r\n',
        "Смайл \U0001f600, готика \U0001d504\u2028абзац\u2029NEL\x85 </script>",
        {"doc_id": 'd"1', "mentions": [{"id": 0, "wikidata": None, "text": "Путин"}]},
        [1, -2.5, True, None, "Москва", ["=1+2", {}]],
    ],
)
def test_json_is_written_as_json_dumps_wrote_it(value):
    assert json_value(value) == json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    assert json_line({"x": value}) == json.dumps({"x": value}, ensure_ascii=False) + "\n"
