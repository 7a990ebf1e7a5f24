"""A `run` command line read as `cli.run` reads it, before the command-line library loads.

`python -m pipeline run ...` imported typer and the command line (some 0.04 s) before it
knew its options. A command line read whole, its values all ones `cli.run` takes
(`plain_run`), is run without typer at all (`command.run_plain`): the same run, messages
and exit status. An option this does not know, or one it leaves to `cli.run` (--resume,
--dask, --gazetteer, --help), goes through typer as before.
"""

from __future__ import annotations

from pathlib import Path

# The options of `cli.run` that take a value, and those that take none, with the keyword of
# `command.run_checked` each sets
VALUES = {
    "--out": "out",
    "-o": "out",
    "--id-field": "id_field",
    "--text-field": "text_field",
    "--format": "table_format",
    "--max-bytes": "max_bytes",
}
SWITCHES = {
    "--quiet": ("quiet", True),
    "-q": ("quiet", True),
    "--debug": ("debug", True),
    "--no-debug": ("debug", False),
    "--no-resume": ("resume", False),
}
VALUED, FLAGS = frozenset(VALUES), frozenset(SWITCHES)
WORKERS = "--workers"
# after which `cli.run` decides alone
LEFT_TO_THE_RUN = frozenset({"--resume", "--dask", "--gazetteer", "--help"})
TABLE_FORMATS = ("csv", "parquet")


def read_run(argv: list[str]) -> tuple[list[Path], dict[str, str | bool]] | None:
    """The inputs and the options of a `run` command line read as `cli.run` reads it (the
    last of an option given twice), values as written; None for another command, or any
    option or form this does not read (--resume, --help, -oOUT, a typo): the run decides."""
    if argv[:1] != ["run"]:
        return None
    inputs: list[Path] = []
    given: dict[str, str | bool] = {}
    args = iter(argv[1:])
    for arg in args:
        if arg == "--":  # the inputs alone follow
            inputs += map(Path, args)
        elif arg.startswith("-"):
            name, equals, value = arg.partition("=")
            if name in SWITCHES and not equals:
                key, switch = SWITCHES[name]
                given[key] = switch
                continue
            if name not in VALUES and name != WORKERS:
                return None
            found = value if equals else next(args, None)
            if found is None:
                return None
            given[VALUES.get(name, "workers")] = found
        else:
            inputs.append(Path(arg))
    return inputs, given


def plain_run(argv: list[str]) -> tuple[list[Path], Path, dict[str, object]] | None:
    """The inputs, output folder and other options (`command.run_checked`'s keywords) of a
    `run` command line `read_run` reads, with inputs, an output folder and every value one
    `cli.run` takes as it is; else None (the command line is then left to typer, which
    reports what it refuses)."""
    read = read_run(argv)
    if read is None:
        return None
    inputs, given = read
    options: dict[str, object] = dict(given)
    out = options.pop("out", None)
    if (
        not inputs
        or not isinstance(out, str)
        or options.get("table_format", "csv") not in TABLE_FORMATS
    ):
        return None
    for key in ("workers", "max_bytes"):
        if key in options:
            count = number(str(options[key]))
            if not count:  # not a number, or below the least (1)
                return None
            options[key] = count
    return inputs, Path(out), options


def number(text: str) -> int | None:
    """A count written in ASCII digits, else None."""
    return int(text) if text.isascii() and text.isdigit() else None
