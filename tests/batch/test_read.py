import json

import pytest

from pipeline.batch.inputs import InputError, count_inputs
from pipeline.batch.read import read_inputs
from pipeline.records import Article, Failure


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Второй.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Первый.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("не статья", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [(i.doc_id, i.text) for i in items] == [("a", "Первый."), ("b/2", "Второй.")]


def test_text_file_id_is_its_stem_and_bom_is_dropped(tmp_path):
    path = tmp_path / "статья.txt"
    path.write_bytes("\ufeffМосква".encode())
    (article,) = read_inputs([path])
    assert article == Article("статья", str(path), "Москва")


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_a_file_cut_inside_its_last_character_is_read_without_it(tmp_path, cut):
    # a download that stopped mid-character: the article is read, less the broken tail
    whole = "Глава МИД России Сергей Лавров прибыл в Пекин 🇨🇳".encode()
    path = tmp_path / "обрыв.txt"
    path.write_bytes(whole[:-cut])
    (article,) = read_inputs([path])
    assert article == Article("обрыв", str(path), "Глава МИД России Сергей Лавров прибыл в Пекин 🇨")


def test_a_broken_byte_before_the_end_is_no_utf8(tmp_path):
    # Windows-1251 is still detected when the bad byte is not a cut-off ending
    path = tmp_path / "cp.txt"
    path.write_bytes(
        "Министр иностранных дел России Сергей Лавров прибыл в Пекин.".encode("cp1251")
    )
    (article,) = read_inputs([path])
    assert article.text == "Министр иностранных дел России Сергей Лавров прибыл в Пекин."


def test_jsonl_lines_become_articles_and_bad_lines_failures(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": 7, "text": "Путин прилетел в Москву."}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "x"}),
        "",
        json.dumps({"id": "y", "text": "Алматы"}, ensure_ascii=False),
        json.dumps(["list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([path]))
    assert [type(i) for i in items] == [Article, Failure, Failure, Article, Failure]
    assert items[0].doc_id == "7" and items[0].line == 1
    assert items[1].line == 2 and "malformed JSON" in items[1].reason
    assert items[2].line == 3 and "'text'" in items[2].reason and items[2].doc_id == "x"
    assert items[3].doc_id == "y" and items[3].line == 5
    assert items[4].line == 6


def test_jsonl_field_names_can_be_changed(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"uid": "a1", "body": "Текст"}, ensure_ascii=False) + "\n")
    (article,) = read_inputs([path], id_field="uid", text_field="body")
    assert (article.doc_id, article.text) == ("a1", "Текст")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "cp866", "utf-16"])
def test_legacy_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / "old.txt"
    path.write_bytes("Москва".encode(encoding))
    (article,) = read_inputs([path])
    assert isinstance(article, Article) and article.text == "Москва"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x01\x02binary\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_binary_file_is_a_failure(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (failure,) = read_inputs([path])
    assert isinstance(failure, Failure) and failure.reason.startswith(reason)


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\xfa bad",  # a UTF-16 mark, then bytes that are no UTF-16
        "яюмор и лесть".encode("cp1251"),  # Windows-1251 text whose first letters are "яю"
    ],
)
def test_a_false_utf16_mark_does_not_stop_the_batch(tmp_path, data):
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "b.txt").write_text("Москва", encoding="utf-8")
    first, second = read_inputs([tmp_path])
    assert isinstance(first, Article | Failure)
    assert isinstance(second, Article) and second.text == "Москва"


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(InputError):
        list(read_inputs([tmp_path / "nothing-here"]))


def test_oversized_jsonl_line_is_a_failure_and_the_next_line_is_read(tmp_path):
    path = tmp_path / "batch.jsonl"
    big = json.dumps({"id": "big", "text": "Москва. " * 2000}, ensure_ascii=False)
    small = json.dumps({"id": "small", "text": "Алматы"}, ensure_ascii=False)
    path.write_text(big + "\n" + small + "\n", encoding="utf-8")
    failure, article = read_inputs([path], max_bytes=1000)
    assert isinstance(failure, Failure) and failure.line == 1
    assert failure.reason == f"too large: {len(big.encode()) + 1} bytes > 1000"
    assert isinstance(article, Article) and (article.doc_id, article.line) == ("small", 2)


@pytest.mark.parametrize(("at_most", "counted"), [(None, 5), (1, 1), (2, 2), (4, 4), (9, 5)])
def test_inputs_are_counted_no_further_than_asked(tmp_path, at_most, counted):
    folder = tmp_path / "news"
    (folder / "b").mkdir(parents=True)
    (folder / "a.txt").write_text("Первый.", encoding="utf-8")
    (folder / "b" / "2.txt").write_text("Второй.", encoding="utf-8")
    lines = tmp_path / "news.jsonl"
    rows = [{"id": str(i), "text": "Москва."} for i in range(3)]
    lines.write_text("\n\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert count_inputs([lines, folder], at_most=at_most) == counted
