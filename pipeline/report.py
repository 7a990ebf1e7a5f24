"""A standalone HTML report of an output folder: people, organisations, places, texts.

Everything from the articles is escaped; the page loads nothing from the network.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html import escape
from typing import Any

from .markup import STYLE, highlight, mention_notes

TOP = 15
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


def people(documents: Iterable[Mapping[str, Any]]) -> dict[str, Person]:
    """Every person by canonical name: titles, organisations, mentions, documents."""
    found: dict[str, Person] = defaultdict(Person)
    for doc in documents:
        entities, mentions = doc["entities"], doc["mentions"]
        for entity in entities:
            if entity["type"] == "PER":
                person = found[entity["canonical"]]
                person.mentions += len(entity["mentions"])
                person.documents.add(doc["doc_id"])
        for occupation in doc["occupations"]:
            name = entities[mentions[occupation["person"]]["entity"]]["canonical"]
            found[name].titles[mentions[occupation["title"]]["normal"]] += 1
            if occupation["org"] is not None:
                org = entities[mentions[occupation["org"]]["entity"]]["canonical"]
                found[name].organisations[org] += 1
    return dict(found)


def top_names(documents: Iterable[Mapping[str, Any]], kind: str) -> list[tuple[str, int]]:
    """The names of a type mentioned in most documents."""
    counts: Counter = Counter()
    for doc in documents:
        counts.update({e["canonical"] for e in doc["entities"] if e["type"] == kind})
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


def people_table(found: Mapping[str, Person]) -> str:
    ordered = sorted(found.items(), key=lambda item: (-len(item[1].documents), item[0]))
    rows = "".join(
        "<tr>"
        f"<td>{escape(name)}</td>"
        f"<td>{escape('; '.join(t for t, _ in person.titles.most_common()))}</td>"
        f"<td>{escape('; '.join(o for o, _ in person.organisations.most_common()))}</td>"
        f"<td>{person.mentions}</td><td>{len(person.documents)}</td>"
        "</tr>"
        for name, person in ordered
    )
    head = "<tr><th>person</th><th>titles</th><th>organisations</th><th>mentions</th>"
    return f"<h2>People</h2><table>{head}<th>documents</th></tr>{rows}</table>"


def document_section(doc: Mapping[str, Any]) -> str:
    text = doc.get("text")
    if text is None:
        body = "<p><em>The text is not in documents.jsonl.</em></p>"
    else:
        body = f'<div class="ru-doc">{highlight(text, doc["mentions"], mention_notes(doc))}</div>'
    return f'<div class="doc"><h3>{escape(str(doc["doc_id"]))}</h3>{body}</div>'


def build_report(documents: list[Mapping[str, Any]], title: str = "Report") -> str:
    """The whole page."""
    charts = chart("Organisations", top_names(documents, "ORG")) + chart(
        "Places", top_names(documents, "LOC")
    )
    legend = "".join(
        f'<mark class="{kind}">{kind}</mark> ' for kind in ("PER", "ORG", "LOC", "TITLE")
    )
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{PAGE_STYLE}{STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1><p>{len(documents)} documents</p>"
        f"{people_table(people(documents))}"
        f'<div class="charts">{charts}</div>'
        f'<h2>Documents</h2><div class="ru-doc">{legend}</div>'
        + "".join(document_section(doc) for doc in documents)
        + "</body></html>"
    )
