"""The command line: `python -m pipeline run INPUT... --out DIR`."""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from contextlib import suppress
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from pipeline.batch.inputs import InputError, check_inputs, count_inputs
from pipeline.batch.read import DEFAULT_MAX_BYTES
from pipeline.views.report import PEOPLE, SHOWN

# Exit status: 0 every document done, 1 some skipped (listed in errors.jsonl), 2 a usage or
# environment error (one line on stderr), 3 a crash (the traceback in OUT/crash.log, or
# on stderr with --debug), 130 interrupted.
SKIPPED, USAGE, CRASHED, INTERRUPTED = 1, 2, 3, 130
CRASH_LOG = "crash.log"


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

    from pipeline.batch.execute import SchedulerError
    from pipeline.batch.journal import ResumeError, journal_in
    from pipeline.batch.lock import OutputError
    from pipeline.batch.pool_start import default_workers, start_forkserver
    from pipeline.batch.progress import progress_for

    started = time.perf_counter()
    try:
        total = count_inputs(inputs)
        # more processes than documents would only load models for nothing
        workers = max(1, min(workers or default_workers(), total))
        # a resumed run may have no document left to hand to a pool
        if workers > 1 and dask is None and not (resume and journal_in(out)):
            start_forkserver(user_entries)
        from pipeline.batch.runner import run_batch  # while the forkserver loads the models

        counts = run_batch(
            inputs,
            out,
            workers=workers,
            dask=dask,
            id_field=id_field,
            text_field=text_field,
            max_bytes=max_bytes,
            table_format=table_format.value,
            resume=resume,
            gazetteers=gazetteers,
            progress=progress_for(total, quiet),
        )
    except (InputError, OutputError, ResumeError, SchedulerError) as error:
        fail(str(error))
    except KeyboardInterrupt:
        typer.echo(f"Interrupted: run again with --resume to go on into {out}", err=True)
        raise typer.Exit(INTERRUPTED) from None
    except Exception as error:
        crashed(error, out, debug)
    if not quiet:
        seconds = time.perf_counter() - started
        typer.echo(
            f"{counts.documents} documents, {counts.mentions} mentions, "
            f"{counts.failures} skipped, {seconds:.1f} s -> {out}",
            err=True,
        )
    if counts.failures:
        typer.echo(f"skipped inputs are listed in {out / 'errors.jsonl'}", err=True)
        raise typer.Exit(SKIPPED)


def fail(message: str) -> NoReturn:
    """A usage or environment error: one line, exit status 2."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(USAGE)


def crashed(error: Exception, out: Path, debug: bool) -> NoReturn:
    """A crash: one line and exit status 3; the traceback in OUT/crash.log, or on stderr
    with --debug (or where the log cannot be written)."""
    message = str(error).strip().splitlines()
    what = type(error).__name__ + (f": {message[0]}" if message else "")
    log = out / CRASH_LOG
    if not debug and write_log(log, traceback.format_exc()):
        where = f"the traceback is in {log}"
    else:
        traceback.print_exc()
        where = "the traceback is above"
    typer.echo(f"Error: crashed ({what}); {where}", err=True)
    raise typer.Exit(CRASHED)


def write_log(path: Path, text: str) -> bool:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError:
        return False
    return True


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


def entry(prog_name: str = "python -m pipeline") -> None:
    """The command in a process of its own (`python -m pipeline`). Once it is done and
    what it printed is flushed, the process ends at once: freeing the models, lists and
    memos object by object took a fifth of a second of a run over short news, after every
    output file was closed (pool workers end the same way, `batch.execute`). A run whose
    pool or Dask cluster still has threads (it was interrupted, or failed) ends as Python
    does."""
    try:
        app(prog_name=prog_name)
        status = 0
    except SystemExit as done:
        status = exit_status(done.code)
    if threading.active_count() > 1:
        # a pool's queues' semaphores are released as Python ends (once it has waited for
        # the pool's threads), which multiprocessing's resource tracker would otherwise
        # report on stderr as leaked; a pool shut down at the end of a run released them
        # (`execute.run_pool`), and ending as Python does took that process 0.02 s more
        sys.exit(status)
    with suppress(OSError):  # a reader that went away (`| head`) is no error of ours
        sys.stdout.flush()
    with suppress(OSError):
        sys.stderr.flush()
    os._exit(status)


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
