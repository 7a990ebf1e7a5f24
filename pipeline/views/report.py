"""A standalone HTML report of an output folder: people, organisations, places, texts.

It opens with what an analyst looks for first: a summary, then the people, organisations
and places named in most documents; then the long people table and the texts, with a table
of contents. Entities are counted by their corpus_id (one identity across the run: "Путин"
and "Владимир Путин" are one person), or by their canonical name in output written before
corpus_ids existed. Everything from the articles is escaped; the page loads nothing from
the network.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html import escape
from typing import Any

from pipeline.views.markup import COLOURS, STYLE, highlight, mention_notes

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
    names: Counter = field(default_factory=Counter)  # canonical names, by mentions

    @property
    def name(self) -> str:
        return min(self.names, key=lambda n: (-self.names[n], -len(n), n))


def identity(entity: Mapping[str, Any]) -> str:
    """What counts one entity across documents: its corpus_id, else its canonical name."""
    return entity.get("corpus_id") or f"{entity['type']}:{entity['canonical']}"


@dataclass
class Named:
    """Organisations or places across documents: in how many each is named, and its names."""

    documents: Counter = field(default_factory=Counter)
    names: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, entities: list[Mapping[str, Any]]) -> None:
        for entity in entities:
            self.names[identity(entity)][entity["canonical"]] += len(entity["mentions"])
        self.documents.update({identity(e) for e in entities})

    def top(self) -> list[tuple[str, int]]:
        named = Counter({name_of(self.names[i]): n for i, n in self.documents.items()})
        return top(named)


def name_of(names: Counter) -> str:
    return min(names, key=lambda n: (-names[n], -len(n), n))


def add_people(found: dict[str, Person], doc: Mapping[str, Any]) -> None:
    """Count a document's persons by identity: their names, the posts and organisations of
    their facts, their posts no organisation is known of, their mentions."""
    entities = doc["entities"]
    posts: dict[int, set[str]] = defaultdict(set)
    for fact in doc.get("facts", []):
        person = found[identity(entities[fact["person"]])]
        if fact["title"]:  # null for a workplace a verb states ("возглавляет Газпром")
            person.titles[fact["title"]] += 1
            posts[fact["person"]].add(fact["title"])
        if fact["org_canonical"] is not None:
            person.organisations[fact["org_canonical"]] += 1
    for entity in entities:
        if entity["type"] == "PER":
            person = found[identity(entity)]
            person.mentions += len(entity["mentions"])
            person.documents.add(doc["doc_id"])
            person.names[entity["canonical"]] += len(entity["mentions"])
            for title in entity.get("titles", []):
                if title not in posts[entity["id"]]:
                    person.titles[title] += 1


def top(counts: Counter) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP]


def chart(title: str, rows: list[tuple[str, int]], notes: Mapping[str, str] | None = None) -> str:
    """A small bar chart as an HTML table; `notes` add a line under a name (a person's posts)."""
    most = max((count for _, count in rows), default=1)
    body = "".join(
        f"<tr><td>{escape(name)}{note(notes, name)}</td><td>{count}</td>"
        f'<td><span class="bar" style="width:{round(120 * count / most)}px"></span></td></tr>'
        for name, count in rows
    )
    return f"<div><h2>{escape(title)}</h2><table>{body}</table></div>"


def note(notes: Mapping[str, str] | None, name: str) -> str:
    text = (notes or {}).get(name)
    return f"<br><small>{escape(text)}</small>" if text else ""


def top_people(found: Mapping[str, Person]) -> str:
    """The chart of the people named in most documents, each with their posts."""
    named = {person.name: person for person in found.values()}
    counts = Counter({name: len(person.documents) for name, person in named.items()})
    posts = {n: "; ".join(t for t, _ in p.titles.most_common(3)) for n, p in named.items()}
    return chart("People", top(counts), posts)


def summary(total: int, skipped: int, found: Mapping[str, Person], named: dict[str, Named]) -> str:
    """Documents, skipped inputs, and how many people, organisations and places."""
    items = (
        ("documents", total),
        ("skipped inputs", skipped),
        ("people", len(found)),
        ("organisations", len(named["ORG"].documents)),
        ("places", len(named["LOC"].documents)),
    )
    rows = "".join(f"<tr><th>{label}</th><td>{count}</td></tr>" for label, count in items)
    return f'<h2 id="summary">Summary</h2><table>{rows}</table>'


def contents(entries: list[tuple[str, str]]) -> str:
    links = "".join(
        f'<li><a href="#{anchor}">{escape(label)}</a></li>' for anchor, label in entries
    )
    return f"<nav><ul>{links}</ul></nav>"


def people_table(found: Mapping[str, Person], limit: int = PEOPLE) -> str:
    """The people named in most documents, at most `limit` of them."""
    ordered = sorted(
        ((person.name, person) for person in found.values()),
        key=lambda item: (-len(item[1].documents), item[0]),
    )
    heading = (
        f"People (the {limit} named in most documents, of {len(ordered)})"
        if len(ordered) > limit
        else "All people"
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
    return (
        f'<h2 id="people">{escape(heading)}</h2><table>{head}<th>documents</th></tr>{rows}</table>'
    )


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
    skipped: int = 0,
) -> str:
    """The whole page, from one pass over the documents: every document counts in the
    summary, charts and tables, the first `shown` are shown with their text and the people
    table lists the `people` named in most documents (a page with the texts of a hundred
    thousand articles, or with every person named in them, would not open). `skipped`: the
    inputs the run could not read (errors.jsonl)."""
    found: dict[str, Person] = defaultdict(Person)
    named = {"ORG": Named(), "LOC": Named()}
    sections = []
    total = 0
    for doc in documents:
        total += 1
        add_people(found, doc)
        for kind, counts in named.items():
            counts.add([e for e in doc["entities"] if e["type"] == kind])
        if total <= shown:
            sections.append(document_section(doc))
    charts = (
        top_people(found)
        + chart("Organisations", named["ORG"].top())
        + chart("Places", named["LOC"].top())
    )
    legend = "".join(f'<mark class="{kind}">{kind}</mark> ' for kind in COLOURS)
    texts = f"the first {len(sections)} of {total}" if len(sections) < total else "all"
    toc = contents(
        [
            ("summary", "Summary"),
            ("top", "Named in most documents"),
            ("people", "People"),
            ("documents", f"Documents ({texts})"),
        ]
    )
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{PAGE_STYLE}{STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1>{toc}"
        f"{summary(total, skipped, found, named)}"
        f'<h2 id="top">Named in most documents</h2><div class="charts">{charts}</div>'
        f"{people_table(found, people)}"
        f'<h2 id="documents">Documents ({texts})</h2>'
        f'<div class="ru-doc">{legend}</div>' + "".join(sections) + "</body></html>"
    )
