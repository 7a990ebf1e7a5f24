"""A document's text as HTML with its mentions highlighted; every piece of text escaped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

# a place named by its adjective ("британский" premier's country) is a place, drawn paler
COLOURS = {
    "PER": "#ffd6a5",
    "ORG": "#bde0fe",
    "LOC": "#caffbf",
    "LOC_ADJ": "#e6ffe0",
    "TITLE": "#e4c1f9",
}
STYLE = (
    ".ru-doc{line-height:1.9;white-space:pre-wrap;font-family:sans-serif}"
    ".ru-doc mark{border-radius:3px;padding:0 2px}"
    ".ru-doc mark sub{font-size:0.6em;opacity:0.6;margin-left:2px}"
    + "".join(f".ru-doc mark.{kind}{{background:{colour}}}" for kind, colour in COLOURS.items())
)


def mention_notes(doc: Mapping[str, Any]) -> dict[int, str]:
    """Hover text of each mention: a person's titles, a title's holder."""
    mentions = doc["mentions"]
    entities = doc["entities"]
    held: dict[int, list[str]] = {}
    notes: dict[int, str] = {}
    for occupation in doc["occupations"]:
        if occupation["title"] is None:  # a workplace a verb states, no title to show
            continue
        person, title = mentions[occupation["person"]], mentions[occupation["title"]]
        held.setdefault(person["id"], []).append(title["normal"])
        notes[title["id"]] = "→ " + entities[person["entity"]]["canonical"]
    for mention in mentions:
        if mention["id"] in held:
            notes[mention["id"]] = "; ".join(held[mention["id"]])
        elif mention["id"] not in notes:
            notes[mention["id"]] = mention["normal"]
    return notes


def highlight(text: str, mentions: Sequence[Mapping[str, Any]], notes: Mapping[int, str]) -> str:
    """`text` as escaped HTML, each mention a <mark> of its type; nested ones inside."""
    ordered = sorted(mentions, key=lambda m: (m["start"], -m["end"]))
    pieces: list[str] = []
    open_ends: list[int] = []
    cursor = 0

    def close_until(position: int) -> None:
        nonlocal cursor
        while open_ends and open_ends[-1] <= position:
            end = open_ends.pop()
            pieces.append(escape(text[cursor:end]) + "</mark>")
            cursor = end

    for mention in ordered:
        close_until(mention["start"])
        if open_ends and mention["end"] > open_ends[-1]:
            continue  # crosses an open mention: not drawable as nested marks
        pieces.append(escape(text[cursor : mention["start"]]))
        cursor = mention["start"]
        kind = escape(mention["type"])
        note = escape(notes.get(mention["id"], ""))
        pieces.append(f'<mark class="{kind}" title="{note}">')
        open_ends.append(mention["end"])
    close_until(len(text))
    pieces.append(escape(text[cursor:]))
    return "".join(pieces)


def facts_table(doc: Mapping[str, Any]) -> str:
    """Who holds which post where, one row a fact."""
    entities = doc["entities"]
    rows = "".join(
        f"<tr><td>{escape(entities[fact['person']]['canonical'])}</td>"
        f"<td>{escape(fact['title'] or '')}</td><td>{escape(fact['org_canonical'] or '')}</td></tr>"
        for fact in doc.get("facts", [])
    )
    if not rows:
        return ""
    return f"<table><tr><th>person</th><th>post</th><th>where</th></tr>{rows}</table>"


def document_html(doc: Mapping[str, Any]) -> str:
    """A standalone fragment: style, legend, the highlighted text of one document and its
    facts."""
    legend = " ".join(f'<mark class="{kind}">{kind}</mark>' for kind in COLOURS)
    body = highlight(doc.get("text") or "", doc["mentions"], mention_notes(doc))
    return (
        f'<style>{STYLE}</style><div class="ru-doc"><div>{legend}</div>{body}</div>'
        f"{facts_table(doc)}"
    )
