"""A run's pool started from its command line alone, before the command-line library loads.

`python -m pipeline run ...` imports typer and the command line (some 0.04 s) before it
knows its options. A run that will hand its documents to a pool starts the pool's
forkserver before that instead (`pool_start.start_forkserver`), which imports the stages and
loads the models meanwhile. The command line is read as `cli.run` reads it, and only so
far: an option this does not know, or one that may keep the pool from being used (--resume,
--dask) or changes its models (--gazetteer), leaves the start to `cli.run`, which decides
from the parsed options (a forkserver is never started twice). A wrong guess costs time,
never output: the run makes its pool itself, as before.
"""

from __future__ import annotations

from pathlib import Path

# The options of `cli.run` that take a value, and those that take none
VALUED = frozenset({"--out", "-o", "--id-field", "--text-field", "--format", "--max-bytes"})
FLAGS = frozenset({"--quiet", "-q", "--debug", "--no-debug", "--no-resume"})
WORKERS = "--workers"
# after which `cli.run` decides alone
LEFT_TO_THE_RUN = frozenset({"--resume", "--dask", "--gazetteer", "--help"})


def pool_ahead(argv: list[str]) -> tuple[list[Path], int] | None:
    """The inputs and processes of a `run` command line that asks for two processes or more
    (their number given, or the CPUs') and nothing that may decide otherwise; else None."""
    if argv[:1] != ["run"]:
        return None
    inputs: list[Path] = []
    workers: int | None = None
    args = iter(argv[1:])
    for arg in args:
        if arg == "--":  # the inputs alone follow
            inputs += map(Path, args)
        elif arg.startswith("-"):
            name, equals, value = arg.partition("=")
            if name not in VALUED | FLAGS | {WORKERS} or (equals and name in FLAGS):
                return None  # --resume, --help, -oOUT, a typo: the run decides
            if name in FLAGS:
                continue
            given = value if equals else next(args, None)
            if given is None:
                return None
            if name == WORKERS:
                workers = int(given) if given.isdigit() else 0
        else:
            inputs.append(Path(arg))
    if workers is None:
        from pipeline.batch.pool_start import default_workers

        workers = default_workers()
    return (inputs, workers) if workers > 1 and inputs else None


def start_early(argv: list[str]) -> None:
    """Start the pool's forkserver if the command line is a run `pool_ahead` reads as one
    that will use a pool, on inputs that hold two documents or more."""
    ahead = pool_ahead(argv)
    if ahead is None:
        return
    from pipeline.batch.inputs import check_inputs, count_inputs

    try:
        check_inputs(ahead[0])
        if count_inputs(ahead[0], at_most=2) < 2:
            return
    except (OSError, ValueError, RuntimeError):  # the run reports what cannot be read
        return
    from pipeline.batch.pool_start import start_forkserver

    start_forkserver(())
