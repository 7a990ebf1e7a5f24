"""The command line's entry: `python -m pipeline` and the installed `ru-occupations`.

Neither imports typer before `batch.early` has read the command line, so a run that will
use a pool starts its forkserver (which loads the models) while the command line loads.
"""

import sys


def main(prog_name: str = "python -m pipeline") -> None:
    try:
        from pipeline.batch.early import start_early
        from pipeline.frozen import collect_seldom

        collect_seldom()  # before the command's imports, which the collector need not walk
        start_early(sys.argv[1:])  # a pool's models load while the command line is parsed
        from pipeline.cli import entry
    except KeyboardInterrupt:  # Ctrl-C before the command started: nothing was written
        sys.stderr.write("Interrupted before the run started.\n")
        raise SystemExit(INTERRUPTED) from None
    entry(prog_name)


INTERRUPTED = 130  # as `cli` exits on Ctrl-C: 128 + SIGINT


def script() -> None:
    """The `ru-occupations` command pyproject installs: `main` under its own name."""
    main("ru-occupations")


if __name__ == "__main__":
    main()
