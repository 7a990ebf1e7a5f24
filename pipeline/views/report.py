"""A standalone HTML report of an output folder: people, organisations, places, texts.

Everything from the articles is escaped; the page loads nothing from the network.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html import escape
from typing import Any

from pipeline.views.markup import STYLE, highlight, mention_notes

TOP = 15
SHOWN = 200  # documents whose text the page shows
PEOPLE = 500  # rows of the people table; entities.csv has them all
PAGE_STYLE = (
    "body{font-family:sans-serif;margin:2em;max-width:70em;color:#222}"
    "table{border-collapse:collapse;margin-bottom:2em}"
    "th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}"
    ".bar{background:#4a90d9;height:0.9em;display:inline-block}"
    ".doc{border-top:2px solid #ccc;margin-top:1.5em;padding-top:0.5em}"
    ".charts{display:flex;gap:3em;flex-wrap:wrap}"
)


@dataclass
class Person:
    titles: Counter = field(default_factory=Counter)
    organisations: Counter = field(default_factory=Counter)
    mentions: int = 0
    documents: set = field(default_factory=set)


def add_people(found: dict[str, Person], doc: Mapping[str, Any]) -> None:
    """Count a document's persons by canonical name: the posts and organisations of their
    facts, their posts no organisation is known of, their mentions."""
    entities = doc["entities"]
    posts: dict[int, set[str]] = defaultdict(set)
    for fact in doc.get("facts", []):
        person = found[entities[fact["person"]]["canonical"]]
        person.titles[fact["title"]] += 1
        posts[fact["person"]].add(fact["title"])
        if fact["org_canonical"] is not None:
            person.organisations[fact["org_canonical"]] += 1
    for entity in entities:
        if entity["type"] == "PER":
            person = found[entity["canonical"]]
            person.mentions += len(entity["mentions"])
            person.documents.add(doc["doc_id"])
            for title in entity.get("titles", []):
                if title not in posts[entity["id"]]:
                    person.titles[title] += 1


def top(counts: Counter) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP]


def chart(title: str, rows: list[tuple[str, int]]) -> str:
    """A small bar chart as an HTML table."""
    most = max((count for _, count in rows), default=1)
    body = "".join(
        f"<tr><td>{escape(name)}</td><td>{count}</td>"
        f'<td><span class="bar" style="width:{round(120 * count / most)}px"></span></td></tr>'
        for name, count in rows
    )
    return f"<div><h2>{escape(title)}</h2><table>{body}</table></div>"


def people_table(found: Mapping[str, Person], limit: int = PEOPLE) -> str:
    """The people named in most documents, at most `limit` of them."""
    ordered = sorted(found.items(), key=lambda item: (-len(item[1].documents), item[0]))
    heading = (
        f"People (the {limit} named in most documents, of {len(ordered)})"
        if len(ordered) > limit
        else "People"
    )
    rows = "".join(
        "<tr>"
        f"<td>{escape(name)}</td>"
        f"<td>{escape('; '.join(t for t, _ in person.titles.most_common()))}</td>"
        f"<td>{escape('; '.join(o for o, _ in person.organisations.most_common()))}</td>"
        f"<td>{person.mentions}</td><td>{len(person.documents)}</td>"
        "</tr>"
        for name, person in ordered[:limit]
    )
    head = "<tr><th>person</th><th>titles</th><th>organisations</th><th>mentions</th>"
    return f"<h2>{escape(heading)}</h2><table>{head}<th>documents</th></tr>{rows}</table>"


def document_section(doc: Mapping[str, Any]) -> str:
    text = doc.get("text")
    if text is None:
        body = "<p><em>The text is not in documents.jsonl.</em></p>"
    else:
        body = f'<div class="ru-doc">{highlight(text, doc["mentions"], mention_notes(doc))}</div>'
    return f'<div class="doc"><h3>{escape(str(doc["doc_id"]))}</h3>{body}</div>'


def build_report(
    documents: Iterable[Mapping[str, Any]],
    title: str = "Report",
    shown: int = SHOWN,
    people: int = PEOPLE,
) -> str:
    """The whole page, from one pass over the documents: every document counts in the
    tables and charts, the first `shown` are shown with their text and the people table
    lists the `people` named in most documents (a page with the texts of a hundred
    thousand articles, or with every person named in them, would not open)."""
    found: dict[str, Person] = defaultdict(Person)
    names: dict[str, Counter] = {"ORG": Counter(), "LOC": Counter()}
    sections = []
    total = 0
    for doc in documents:
        total += 1
        add_people(found, doc)
        for kind, counts in names.items():  # in how many documents each name occurs
            counts.update({e["canonical"] for e in doc["entities"] if e["type"] == kind})
        if total <= shown:
            sections.append(document_section(doc))
    charts = chart("Organisations", top(names["ORG"])) + chart("Places", top(names["LOC"]))
    legend = "".join(
        f'<mark class="{kind}">{kind}</mark> ' for kind in ("PER", "ORG", "LOC", "TITLE")
    )
    texts = f"the first {len(sections)} of {total}" if len(sections) < total else "all"
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{PAGE_STYLE}{STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1><p>{total} documents</p>"
        f"{people_table(found, people)}"
        f'<div class="charts">{charts}</div>'
        f"<h2>Documents ({texts})</h2>"
        f'<div class="ru-doc">{legend}</div>' + "".join(sections) + "</body></html>"
    )
