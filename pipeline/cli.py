"""The command line: `python -m pipeline run INPUT... --out DIR`."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from .emit import OutputWriter
from .read import InputError, check_inputs, read_inputs

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
        typer.Argument(help="Folders (every *.txt below), .txt files or .jsonl files."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the output files.")],
    id_field: Annotated[str, typer.Option(help="JSONL field holding the document id.")] = "id",
    text_field: Annotated[str, typer.Option(help="JSONL field holding the text.")] = "text",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Process INPUTS and write documents.jsonl, mentions.csv, entities.csv, occupations.csv."""
    try:
        check_inputs(inputs)
    except InputError as error:
        raise typer.BadParameter(str(error), param_hint="INPUTS") from error

    from .resources import load_resources
    from .run import process_articles

    started = time.perf_counter()
    resources = load_resources()
    with OutputWriter(out) as writer:
        for item in process_articles(read_inputs(inputs, id_field, text_field), resources):
            writer.write(item)
    if not quiet:
        seconds = time.perf_counter() - started
        typer.echo(
            f"{writer.documents} documents, {writer.mentions} mentions, "
            f"{writer.failures} skipped, {seconds:.1f} s -> {out}",
            err=True,
        )
    if writer.failures:
        typer.echo(f"skipped inputs are listed in {out / 'errors.jsonl'}", err=True)
        raise typer.Exit(1)


def entry() -> None:
    app(prog_name="python -m pipeline")


if __name__ == "__main__":
    sys.exit(entry())
