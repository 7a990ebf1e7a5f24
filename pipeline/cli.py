"""The command line: `python -m pipeline run INPUT... --out DIR`."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from pipeline.batch.command import CRASH_LOG, end, failed, run_checked
from pipeline.batch.inputs import InputError, check_inputs
from pipeline.batch.read import DEFAULT_MAX_BYTES
from pipeline.views.report import PEOPLE, SHOWN


class TableFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"


app = typer.Typer(
    help="Find who holds which post, in which organisation, where, in Russian news.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def main() -> None:
    """Extract persons, titles, organisations and places from Russian articles."""


@app.command()
def run(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Folders (every *.txt below), .txt files, .jsonl or .ndjson files."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the output files.")],
    id_field: Annotated[str, typer.Option(help="JSONL field holding the document id.")] = "id",
    text_field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    table_format: Annotated[
        TableFormat, typer.Option("--format", help="Format of the three tables.")
    ] = TableFormat.csv,
    resume: Annotated[
        bool, typer.Option(help="Continue an interrupted run into the same --out.")
    ] = False,
    max_bytes: Annotated[
        int, typer.Option(help="Skip (and report) documents larger than this.", min=1)
    ] = DEFAULT_MAX_BYTES,
    workers: Annotated[
        int | None,
        typer.Option(help="Processes to run on this machine [default: the number of CPUs].", min=1),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(help='Run on a Dask cluster: a scheduler address, or "local".'),
    ] = None,
    gazetteer: Annotated[
        list[Path] | None,
        typer.Option(
            help="Your own gazetteer (TSV, see gazetteers/README.md); repeatable. "
            "Its entries override shipped ones with the same id.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress and no summary line.")
    ] = False,
    debug: Annotated[
        bool, typer.Option(help=f"On a crash, print the traceback (else: in OUT/{CRASH_LOG}).")
    ] = False,
) -> None:
    """Process INPUTS and write documents.jsonl, the mentions, entities and occupations
    tables, and errors.jsonl for the inputs that had to be skipped.

    Exit status: 0 all done, 1 some inputs skipped, 2 a usage or environment error,
    3 a crash."""
    try:
        check_inputs(inputs)
    except InputError as error:
        fail(str(error))
    gazetteers = gazetteer or []
    from pipeline.lexicons.gazetteer_files import read_entries

    try:
        # a bad file stops the run before any work is done
        user_entries = read_entries(gazetteers)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--gazetteer") from error
    status = run_checked(
        inputs,
        out,
        id_field=id_field,
        text_field=text_field,
        table_format=table_format.value,
        resume=resume,
        max_bytes=max_bytes,
        workers=workers,
        dask=dask,
        gazetteers=gazetteers,
        user_entries=user_entries,
        quiet=quiet,
        debug=debug,
    )
    if status:
        raise typer.Exit(status)


def fail(message: str) -> NoReturn:
    """A usage or environment error: one line, exit status 2."""
    raise typer.Exit(failed(message))


@app.command()
def report(
    out: Annotated[Path, typer.Argument(help="An output folder of `run`.")],
    html: Annotated[Path, typer.Option("--html", help="Where to write the page.")],
    documents: Annotated[
        int, typer.Option(help="How many documents to show with their text.", min=0)
    ] = SHOWN,
    people: Annotated[
        int, typer.Option(help="How many people the table lists (named in most documents).", min=1)
    ] = PEOPLE,
) -> None:
    """Write a standalone HTML report of OUT: people, organisations, places and texts.

    Every document counts in the tables; the page shows the text of the first ones and
    the people named in most documents (entities.csv has them all).
    """
    from pipeline.batch.emit import documents_in
    from pipeline.views.report import build_report

    source = out / "documents.jsonl"
    if not source.is_file():
        fail(f"no documents.jsonl in {out}")
    errors = out / "errors.jsonl"
    skipped = (
        sum(1 for line in errors.open(encoding="utf-8") if line.strip()) if errors.is_file() else 0
    )
    page = build_report(
        documents_in(source),
        title=f"Report: {out.name}",
        shown=documents,
        people=people,
        skipped=skipped,
    )
    try:
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(page, encoding="utf-8")
    except OSError as error:
        fail(f"cannot write {html}: {error.strerror or error}")
    typer.echo(f"report -> {html}", err=True)


gazetteers_app = typer.Typer(help="Work with gazetteer files.", no_args_is_help=True)
app.add_typer(gazetteers_app, name="gazetteers")


def check_gazetteers(files: list[Path]) -> list[str]:
    from pipeline.data import gazetteer_files
    from pipeline.lexicons.gazetteer_files import check_files

    return check_files([*(f for f in gazetteer_files() if f.exists()), *files])


@gazetteers_app.command("check")
def gazetteers_check(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Your gazetteer files, checked together with the shipped ones."),
    ] = None,
) -> None:
    """Validate gazetteer files: columns, types, duplicate ids, an alias two entries claim."""
    missing = [str(f) for f in files or [] if not f.is_file()]
    if missing:
        raise typer.BadParameter(f"no such file: {', '.join(missing)}", param_hint="FILES")
    problems = check_gazetteers(files or [])
    for problem in problems:
        typer.echo(problem)
    if problems:
        raise typer.Exit(1)
    typer.echo("gazetteers: no problems found", err=True)


def entry(prog_name: str = "python -m pipeline") -> NoReturn:
    """The command in a process of its own (`python -m pipeline`), which ends with its
    status (`command.end`)."""
    try:
        app(prog_name=prog_name)
        status = 0
    except SystemExit as done:
        status = exit_status(done.code)
    end(status)


def exit_status(code: object) -> int:
    """The status `sys.exit(code)` ends a process with: None is 0, a number itself, anything
    else is printed and is 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


if __name__ == "__main__":
    entry()
