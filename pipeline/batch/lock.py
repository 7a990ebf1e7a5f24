"""The output folder of a run: created if need be, and held by one run at a time.

The hold is an OS lock (flock) on OUT/.lock, which the kernel releases when the run ends
in any way, kill -9 included, so no stale lock is ever left; the file itself stays, with
the process id of the last run that held it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: runs into one folder are not kept apart there
    fcntl = None  # type: ignore[assignment]

LOCK = ".lock"


class OutputError(ValueError):
    """An output folder that cannot be used: not a folder, not writable, or busy."""


@contextmanager
def output_folder(out_dir: Path) -> Iterator[None]:
    """Hold `out_dir` (made if missing) for the run; OutputError if another run holds it."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir} is not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        handle = (out_dir / LOCK).open("a+", encoding="utf-8")
    except OSError as error:
        raise OutputError(
            f"cannot write into --out {out_dir}: {error.strerror or error}"
        ) from error
    with handle:
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "?"
                raise OutputError(
                    f"--out {out_dir} is busy: another run (pid {holder}) is writing into it"
                ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
