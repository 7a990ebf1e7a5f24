import json

from typer.testing import CliRunner

from pipeline import extract
from pipeline.cli import app
from pipeline.views.markup import highlight

runner = CliRunner()
ATTACK = "Министр финансов Иван Петров <script>alert('x')</script> прилетел в Москву."


def test_notebook_view_escapes_and_highlights(resources):
    html = extract(ATTACK, resources=resources)._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<mark class="PER" title="министр финансов">Иван Петров</mark>' in html
    assert '<mark class="TITLE" title="→ Иван Петров">' in html


def test_nested_mentions_are_nested_marks():
    text = "президент России Путин"
    mentions = [
        {"id": 0, "start": 0, "end": 16, "type": "TITLE"},
        {"id": 1, "start": 0, "end": 9, "type": "TITLE"},
        {"id": 2, "start": 10, "end": 16, "type": "LOC"},
        {"id": 3, "start": 17, "end": 22, "type": "PER"},
    ]
    assert highlight(text, mentions, {}) == (
        '<mark class="TITLE" title=""><mark class="TITLE" title="">президент</mark> '
        '<mark class="LOC" title="">России</mark></mark> <mark class="PER" title="">Путин</mark>'
    )


def test_report_page(tmp_path):
    source = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": ATTACK},
        {"id": "b", "text": "Министр финансов Иван Петров выступил в Казани."},
        {"id": "c", "text": "Сергей Лавров прилетел в Казань."},
    ]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(source), "--out", str(out)]).exit_code == 0
    page_path = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(out), "--html", str(page_path)])
    assert result.exit_code == 0, result.output
    page = page_path.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "http" not in page  # nothing to fetch
    table = page[page.index('id="people"') : page.index('id="documents"')]
    person_row = table[table.index("<td>Иван Петров</td>") :].split("</tr>")[0]
    assert "<td>министр финансов</td>" in person_row
    assert person_row.endswith("<td>2</td><td>2</td>")  # two mentions, two documents
    assert "<h2>Places</h2>" in page and "Москва" in page and "Казань" in page
    capped = tmp_path / "capped.html"
    result = runner.invoke(app, ["report", str(out), "--html", str(capped), "--people", "1"])
    assert result.exit_code == 0, result.output
    capped_page = capped.read_text(encoding="utf-8")
    capped_table = capped_page[
        capped_page.index('id="people"') : capped_page.index('id="documents"')
    ]
    assert "People (the 1 named in most documents, of 2)" in capped_table
    assert "<td>Иван Петров</td>" in capped_table and "<td>Сергей Лавров</td>" not in capped_table
    assert "<td>Сергей Лавров</td>" in table


def test_report_needs_an_output_folder(tmp_path):
    result = runner.invoke(app, ["report", str(tmp_path), "--html", str(tmp_path / "r.html")])
    assert result.exit_code == 2


def test_report_renders_in_a_headless_browser(tmp_path):
    """A real browser draws the page: a screenshot of some size comes out."""
    import shutil
    import subprocess

    import pytest

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("no chromium on this machine (Debian package: chromium)")
    out = tmp_path / "out"
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": ATTACK}, ensure_ascii=False))
    assert runner.invoke(app, ["run", str(source), "--out", str(out)]).exit_code == 0
    page = tmp_path / "report.html"
    assert runner.invoke(app, ["report", str(out), "--html", str(page)]).exit_code == 0
    shot = tmp_path / "report.png"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1200,900",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shot.exists() and shot.stat().st_size > 10_000


def test_report_counts_every_document_and_shows_the_first_texts():
    from pipeline.views.report import build_report

    def document(doc_id: str, text: str) -> dict:
        end = text.index(" ")
        return {
            "doc_id": doc_id,
            "text": text,
            "mentions": [
                {"id": 0, "start": 0, "end": end, "type": "LOC", "normal": "Казань", "entity": 0}
            ],
            "entities": [{"id": 0, "type": "LOC", "canonical": "Казань", "mentions": [0]}],
            "occupations": [],
        }

    documents = (document(f"d{i}", f"Казань{i} встречает гостей.") for i in range(3))
    page = build_report(documents, shown=2)
    assert (
        "<tr><th>documents</th><td>3</td></tr>" in page and "Documents (the first 2 of 3)" in page
    )
    assert "Казань0" in page and "Казань1" in page and "Казань2" not in page
    assert "<td>Казань</td><td>3</td>" in page  # the chart counts all three


def test_report_lists_the_people_named_in_most_documents():
    from pipeline.views.report import build_report

    def document(doc_id: str, names: list[str]) -> dict:
        return {
            "doc_id": doc_id,
            "text": " ".join(names),
            "mentions": [],
            "entities": [
                {"id": i, "type": "PER", "canonical": name, "mentions": []}
                for i, name in enumerate(names)
            ],
            "occupations": [],
        }

    documents = [
        document("d0", ["Владимир Путин", "Касым-Жомарт Токаев", "Ерлан Карин"]),
        document("d1", ["Владимир Путин", "Касым-Жомарт Токаев"]),
        document("d2", ["Владимир Путин"]),
    ]
    page = build_report(iter(documents), people=2)
    table = page[page.index('id="people"') : page.index('id="documents"')]
    assert "People (the 2 named in most documents, of 3)" in table
    assert "<td>Владимир Путин</td>" in table and "<td>Касым-Жомарт Токаев</td>" in table
    assert "Ерлан Карин</td>" not in table
    assert '<h2 id="people">All people</h2>' in build_report(iter(documents))


def test_notebook_view_lists_the_facts(resources):
    text = "Министр культуры и информации РК Аида Балаева открыла форум. Министр выступила."
    html = extract(text, resources=resources)._repr_html_()
    assert html.count("<td>Аида Балаева</td>") == 1  # two links, one fact
    assert "<td>министр культуры и информации</td><td>Казахстан</td>" in html


def test_report_people_table_lists_facts(resources):
    from pipeline.views.report import build_report

    text = (
        "Директор Телерадиокомплекса Президента РК Раушан Кажибаева открыла форум. "
        "Директор ТРК Раушан Кажибаева отметила его значение."
    )
    page = build_report([extract(text, doc_id="d", resources=resources).to_dict()])
    row = page[page.index("<td>Раушан Кажибаева</td>") :].split("</tr>")[0]
    assert "<td>директор</td><td>Телерадиокомплекс Президента Казахстана</td>" in row
