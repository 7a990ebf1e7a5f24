"""The output tables (mentions, entities, occupations, facts, and corpus_entities over the
whole run): each column defined once, with its kind and how a row gives its value; rows and
typed DataFrames from them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.entities.corpus import CorpusEntity
from pipeline.frozen import quick_init
from pipeline.records import Document, Entity, Fact, Mention, Occupation

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its name, its kind and how a row's item gives its value.

    Kinds: "int" never missing, "int?" may be missing (an empty cell), "text" otherwise.
    """

    name: str
    value: Callable[[Any], Any]
    kind: str = "text"


@dataclass(frozen=True, slots=True)
class Table:
    """A table: what a document gives one row of it, and its columns in order."""

    name: str
    items: Callable[[Any], Iterable[Any]]  # of a Document; of the run for corpus_entities
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def rows(self, source: Any) -> list[tuple[Any, ...]]:
        return list(self.each_row(source))

    def each_row(self, source: Any) -> Iterator[tuple[Any, ...]]:
        """The rows one at a time, each made when asked for."""
        values = [column.value for column in self.columns]
        for item in self.items(source):
            yield tuple([value(item) for value in values])


@quick_init
@dataclass(frozen=True, slots=True)
class MentionItem:
    doc: Document
    mention: Mention

    @property
    def entity(self) -> Entity:
        return self.doc.entities[self.mention.entity]


@quick_init
@dataclass(frozen=True, slots=True)
class EntityItem:
    doc: Document
    entity: Entity


@dataclass(frozen=True, slots=True)
class OccupationItem:
    doc: Document
    person: Mention
    title: Mention | None  # None: a verb states the workplace ("возглавляет Газпром")
    org: Mention | None
    sentence: str

    @classmethod
    def of(cls, doc: Document, occupation: Occupation) -> OccupationItem:
        bounds = occupation.sentence
        return cls(
            doc,
            doc.mentions[occupation.person],
            None if occupation.title is None else doc.mentions[occupation.title],
            None if occupation.org is None else doc.mentions[occupation.org],
            doc.text[bounds[0] : bounds[1]] if bounds else "",
        )

    def org_value(self, value: Callable[[Mention], Any]) -> Any:
        return "" if self.org is None else value(self.org)

    def title_value(self, value: Callable[[Mention], Any]) -> Any:
        return "" if self.title is None else value(self.title)


@dataclass(frozen=True, slots=True)
class FactItem:
    doc: Document
    fact: Fact

    @property
    def person_wikidata(self) -> str:
        return self.doc.entities[self.fact.person].wikidata or ""

    @property
    def org_wikidata(self) -> str:
        """The organisation's QID, where the fact names one of the document's entities."""
        org = self.fact.org
        return "" if org is None else self.doc.entities[org].wikidata or ""

    @property
    def sentence(self) -> str:
        bounds = self.fact.sentence
        return " ".join(self.doc.text[bounds[0] : bounds[1]].split()) if bounds else ""


MENTIONS = Table(
    "mentions",
    lambda doc: (MentionItem(doc, m) for m in doc.mentions),
    (
        Column("doc_id", lambda r: r.doc.doc_id),
        Column("mention_id", lambda r: r.mention.id, "int"),
        Column("start", lambda r: r.mention.start, "int"),
        Column("end", lambda r: r.mention.end, "int"),
        Column("type", lambda r: r.mention.type),
        Column("text", lambda r: r.mention.text),
        Column("normal", lambda r: r.mention.normal),
        Column("entity_id", lambda r: r.mention.entity, "int"),
        Column("canonical", lambda r: r.entity.canonical),
        Column("kb_id", lambda r: r.entity.kb_id or ""),
        Column("wikidata", lambda r: r.mention.wikidata or ""),
    ),
)
ENTITIES = Table(
    "entities",
    lambda doc: (EntityItem(doc, e) for e in doc.entities),
    (
        Column("doc_id", lambda r: r.doc.doc_id),
        Column("entity_id", lambda r: r.entity.id, "int"),
        Column("type", lambda r: r.entity.type),
        Column("canonical", lambda r: r.entity.canonical),
        Column("kb_id", lambda r: r.entity.kb_id or ""),
        Column("gazetteer_id", lambda r: r.entity.gazetteer_id or ""),
        Column("mention_count", lambda r: len(r.entity.mentions), "int"),
        Column("mention_ids", lambda r: " ".join(map(str, r.entity.mentions))),
        Column("titles", lambda r: "; ".join(r.entity.titles)),
        Column("wikidata", lambda r: r.entity.wikidata or ""),
        Column("identity", lambda r: r.entity.identity or ""),
        Column("corpus_id", lambda r: r.entity.corpus_id or ""),
    ),
)
OCCUPATIONS = Table(
    "occupations",
    lambda doc: (OccupationItem.of(doc, o) for o in doc.occupations),
    (
        Column("doc_id", lambda r: r.doc.doc_id),
        Column("person_mention", lambda r: r.person.id, "int"),
        Column("title_mention", lambda r: r.title_value(lambda m: m.id), "int?"),
        Column("org_mention", lambda r: r.org_value(lambda m: m.id), "int?"),
        Column("person", lambda r: r.doc.entities[r.person.entity].canonical),
        Column("title", lambda r: r.title_value(lambda m: m.normal)),
        Column("org", lambda r: r.org_value(lambda m: r.doc.entities[m.entity].canonical)),
        Column("person_start", lambda r: r.person.start, "int"),
        Column("person_end", lambda r: r.person.end, "int"),
        Column("title_start", lambda r: r.title_value(lambda m: m.start), "int?"),
        Column("title_end", lambda r: r.title_value(lambda m: m.end), "int?"),
        Column("org_start", lambda r: r.org_value(lambda m: m.start), "int?"),
        Column("org_end", lambda r: r.org_value(lambda m: m.end), "int?"),
        Column("sentence", lambda r: " ".join(r.sentence.split())),
    ),
)
FACTS = Table(
    "facts",
    lambda doc: (FactItem(doc, f) for f in doc.facts),
    (
        Column("doc_id", lambda r: r.doc.doc_id),
        Column("person_entity", lambda r: r.fact.person, "int"),
        Column("person", lambda r: r.doc.entities[r.fact.person].canonical),
        Column("person_wikidata", lambda r: r.person_wikidata),
        Column("title", lambda r: r.fact.title),
        Column("org_entity", lambda r: "" if r.fact.org is None else r.fact.org, "int?"),
        Column("org", lambda r: r.fact.org_canonical or ""),
        Column("org_kb_id", lambda r: r.fact.org_kb_id or ""),
        Column("org_wikidata", lambda r: r.org_wikidata),
        Column("title_mentions", lambda r: " ".join(map(str, r.fact.titles))),
        Column("sentence", lambda r: r.sentence),
    ),
)
TABLES = {table.name: table for table in (MENTIONS, ENTITIES, OCCUPATIONS, FACTS)}


def corpus_entities_of(entities: Iterable[CorpusEntity]) -> Iterable[CorpusEntity]:
    return entities


# one row per corpus_id, written once the whole run is known (batch.corpus)
CORPUS_ENTITIES = Table(
    "corpus_entities",
    corpus_entities_of,
    (
        Column("corpus_id", lambda r: r.corpus_id),
        Column("type", lambda r: r.type),
        Column("canonical", lambda r: r.canonical),
        Column("wikidata", lambda r: r.wikidata),
        Column("kb_id", lambda r: r.kb_id),
        Column("documents", lambda r: r.documents, "int"),
        Column("mentions", lambda r: r.mentions, "int"),
        Column("posts", lambda r: "; ".join(r.posts)),
    ),
)
ALL_TABLES = {**TABLES, CORPUS_ENTITIES.name: CORPUS_ENTITIES}


def table_rows(doc: Document) -> dict[str, list[tuple[Any, ...]]]:
    """The rows a document adds to each table."""
    return {name: table.rows(doc) for name, table in TABLES.items()}


def pandas_dtypes(table: str) -> dict[str, str]:
    """pandas dtypes of a table's columns: Int64 for ids and offsets, string for text."""
    return {
        column.name: {"int": "int64", "int?": "Int64"}.get(column.kind, "string")
        for column in ALL_TABLES[table].columns
    }


def to_frames(documents: Iterable[Document]) -> dict[str, pd.DataFrame]:
    """Documents as typed DataFrames: mentions, entities, occupations, facts."""
    import pandas as pd

    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
    for doc in documents:
        for name, table in table_rows(doc).items():
            rows[name].extend(table)
    return {
        name: pd.DataFrame(
            [[None if value == "" else value for value in row] for row in rows[name]],
            columns=list(TABLES[name].names),
        ).astype(pandas_dtypes(name))
        for name in TABLES
    }


def read_tables(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The tables of an output folder (CSV or Parquet, whichever the run wrote) as typed
    DataFrames, corpus_entities (one row per corpus_id) where the run wrote it, with the text
    as the run found it: the apostrophe that the CSV tables put before a cell a spreadsheet
    would evaluate (`batch.lines.formula_safe`) is taken off."""
    folder = Path(out_dir)
    parquet = not (folder / "mentions.csv").exists() and (folder / "mentions.parquet").exists()
    suffix, read = (".parquet", read_parquet_table) if parquet else (".csv", read_csv_table)
    names = [n for n in ALL_TABLES if n in TABLES or (folder / f"{n}{suffix}").is_file()]
    return {name: read(folder / f"{name}{suffix}", name) for name in names}


def read_csv_table(path: Path, name: str) -> pd.DataFrame:
    import pandas as pd

    frame = pd.read_csv(
        path,
        dtype=pandas_dtypes(name),
        keep_default_na=False,
        na_values={c.name: [""] for c in ALL_TABLES[name].columns if c.kind == "int?"},
    )
    for column in text_columns(name):
        frame[column] = frame[column].str.replace(r"^'", "", regex=True)
    return frame


def read_parquet_table(path: Path, name: str) -> pd.DataFrame:
    """A Parquet table typed as its CSV twin: empty text is "" there, missing in Parquet."""
    import pandas as pd

    frame = pd.read_parquet(path)[list(ALL_TABLES[name].names)]
    for column in text_columns(name):
        frame[column] = frame[column].fillna("")
    return frame.astype(pandas_dtypes(name))


def text_columns(name: str) -> list[str]:
    return [column.name for column in ALL_TABLES[name].columns if column.kind == "text"]
