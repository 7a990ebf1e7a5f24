"""The command line's entry: `python -m pipeline` and the installed `ru-occupations`.

Neither imports typer before `batch.early` has read the command line: a `run` command line
read whole (`early.plain_run`) is run without typer (`batch.command`).
"""

import sys


def main(prog_name: str = "python -m pipeline") -> None:
    try:
        from pipeline.batch.early import plain_run
        from pipeline.frozen import collect_seldom

        collect_seldom()  # before the command's imports, which the collector need not walk
        plain = plain_run(sys.argv[1:])
        if plain is None:
            from pipeline.cli import entry
        else:
            from pipeline.batch.command import end, run_plain
    except KeyboardInterrupt:  # Ctrl-C before the command started: nothing was written
        sys.stderr.write("Interrupted before the run started.\n")
        raise SystemExit(INTERRUPTED) from None
    if plain is None:
        entry(prog_name)
    inputs, out, options = plain
    try:
        status = run_plain(inputs, out, **options)
    except KeyboardInterrupt:  # while the inputs were checked: nothing was written
        sys.stderr.write("Interrupted before the run started.\n")
        status = INTERRUPTED
    end(status)


INTERRUPTED = 130  # as `cli` exits on Ctrl-C: 128 + SIGINT


def script() -> None:
    """The `ru-occupations` command pyproject installs: `main` under its own name."""
    main("ru-occupations")


if __name__ == "__main__":
    main()
