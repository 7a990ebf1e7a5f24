"""The `run` command itself, without the command-line library: what `cli.run` does once its
options are read, and what `python -m pipeline` does alone when `batch.early` reads the
whole command line (`early.plain_run`). typer and the command line's definitions took
0.05-0.07 s of CPU, a sixth of a one-sentence run; a command line that `plain_run` does not
read whole (--help, --resume, --dask, --gazetteer, a value `run` would refuse) still goes
through typer."""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from pipeline.batch.inputs import InputError, check_inputs, count_inputs

if TYPE_CHECKING:
    from pipeline.lexicons.gazetteer_files import Entry

# Exit status: 0 every document done, 1 some skipped (listed in errors.jsonl), 2 a usage or
# environment error (one line on stderr), 3 a crash (the traceback in OUT/crash.log, or
# on stderr with --debug), 130 interrupted.
SKIPPED, USAGE, CRASHED, INTERRUPTED = 1, 2, 3, 130
CRASH_LOG = "crash.log"


def say(message: str) -> None:
    """A line on stderr (as typer.echo(..., err=True) writes it)."""
    sys.stderr.write(f"{message}\n")
    sys.stderr.flush()


def run_checked(
    inputs: list[Path],
    out: Path,
    *,
    resume: bool = False,
    workers: int | None = None,
    dask: str | None = None,
    gazetteers: Sequence[Path] = (),
    user_entries: tuple[Entry, ...] = (),
    quiet: bool = False,
    debug: bool = False,
    **reading: Any,
) -> int:
    """Run over inputs that `check_inputs` passed and the user's gazetteer entries already
    read from `gazetteers`; the exit status, each message said on stderr. `reading` holds
    how documents are read and written, as `runner.run_batch` takes it (id_field,
    text_field, max_bytes, table_format)."""
    from pipeline.batch.execute import SchedulerError
    from pipeline.batch.journal import ResumeError
    from pipeline.batch.lock import OutputError
    from pipeline.batch.pool_start import default_workers
    from pipeline.batch.progress import progress_for
    from pipeline.batch.runner import run_batch

    started = time.perf_counter()
    try:
        total = count_inputs(inputs)
        # more processes than documents would only load models for nothing
        workers = max(1, min(workers or default_workers(), total))

        counts = run_batch(
            inputs,
            out,
            workers=workers,
            dask=dask,
            resume=resume,
            gazetteers=gazetteers,
            progress=progress_for(total, quiet),
            **reading,
        )
    except (InputError, OutputError, ResumeError, SchedulerError) as error:
        return failed(str(error))
    except KeyboardInterrupt:
        say(f"Interrupted: run again with --resume to go on into {out}")
        return INTERRUPTED
    except Exception as error:
        return crashed(error, out, debug)
    if not quiet:
        seconds = time.perf_counter() - started
        say(
            f"{counts.documents} documents, {counts.mentions} mentions, "
            f"{counts.failures} skipped, {seconds:.1f} s -> {out}"
        )
    if counts.failures:
        say(f"skipped inputs are listed in {out / 'errors.jsonl'}")
        return SKIPPED
    return 0


def run_plain(inputs: list[Path], out: Path, **options: object) -> int:
    """`run` as `cli.run` runs it with no gazetteer of the user's: the inputs checked, then
    `run_checked`; the exit status."""
    try:
        check_inputs(inputs)
    except InputError as error:
        return failed(str(error))
    return run_checked(inputs, out, **options)  # type: ignore[arg-type]


def failed(message: str) -> int:
    """A usage or environment error: one line; exit status 2."""
    say(f"Error: {message}")
    return USAGE


def crashed(error: Exception, out: Path, debug: bool) -> int:
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
    say(f"Error: crashed ({what}); {where}")
    return CRASHED


def write_log(path: Path, text: str) -> bool:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError:
        return False
    return True


THREADS_SECONDS = 5.0  # the longest a run waits for its pool's threads as it ends


def threads_end(seconds: float) -> bool:
    """Whether every thread but this one that Python would wait for ends within `seconds`."""
    deadline = time.monotonic() + seconds
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join(max(0.0, deadline - time.monotonic()))
    return not any(
        t.is_alive() and not t.daemon and t is not threading.current_thread()
        for t in threading.enumerate()
    )


def end(status: int) -> NoReturn:
    """The end of a command's process. Once the command is done and what it printed is
    flushed, the process ends at once: freeing the models, lists and memos object by object
    took a fifth of a second of a run over short news, after every output file was closed
    (pool workers end the same way, `batch.execute`). A run whose pool or Dask cluster
    still has threads (it was interrupted, or failed) ends as Python does."""
    if threading.active_count() > 1 and threads_end(THREADS_SECONDS):
        # a pool's queues' semaphores are released as Python ends (once it has waited for
        # the pool's threads), which multiprocessing's resource tracker would otherwise
        # report on stderr as leaked; a pool shut down at the end of a run released them
        # (`execute.run_pool`), and ending as Python does took that process 0.02 s more.
        # A thread that does not end (the pool's, on a results pipe a worker killed
        # halfway through a send left half a message in) would hold Python's end for
        # ever: then the process ends at once, and the tracker may say so
        sys.exit(status)
    with suppress(OSError):  # a reader that went away (`| head`) is no error of ours
        sys.stdout.flush()
    with suppress(OSError):
        sys.stderr.flush()
    os._exit(status)
