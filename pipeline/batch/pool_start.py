"""How a run's pool of local processes starts: forked from the batch process, with its
models (`pool_context`), Ctrl-C left to the batch process (`interrupts_ignored`)."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


@contextmanager
def single_threaded_numpy() -> Iterator[None]:
    """numpy loaded inside runs on one thread: in the processes started (N workers, N
    cores, no contention), and in this one if numpy is first imported here.

    Dask's nanny does the same for its workers (distributed.nanny.pre-spawn-environ).
    """
    saved = {name: os.environ.get(name) for name in ONE_THREAD}
    os.environ.update(ONE_THREAD)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def pool_context() -> Any:
    """On Linux, fork: a pool's workers are forked from the batch process once it has
    loaded the models (`execute.run_pool`), and each starts on its first document at
    once, sharing the models' pages with the others until it writes to them. A forkserver
    that loaded them meanwhile made the workers start a tenth of a second after the batch
    process could have (its own interpreter's start), for 0.3 s more CPU (short news, 216
    dev texts, --workers 2). No thread of the command's process runs as it forks (the
    progress bar draws from the run's thread, `progress.Bar`). A process that has other
    threads (a notebook's kernel, a program that calls `runner.run_batch` from a thread
    pool, numpy's own threads) is not forked: a lock one of them held would stay held in
    the worker for ever. Its workers, as elsewhere (macOS, where a fork may break system
    libraries, and Windows), are started fresh and load their own models."""
    import multiprocessing

    if sys.platform.startswith("linux") and threads_running() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def threads_running() -> int:
    """The threads of this process the system knows of, those started outside Python
    (numpy's, a library's) included; Python's own count where /proc cannot be read."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


@contextmanager
def interrupts_ignored() -> Iterator[None]:
    """Ctrl-C ignored by the processes started inside (in the main thread; elsewhere
    signals cannot be set). A terminal's Ctrl-C reaches every process of the run: the batch
    process alone answers it (it stops the pool, and says how to resume); its workers would
    each print a traceback of wherever it found them and die halfway. A process started
    with the signal ignored keeps it so, Python included.

    Meanwhile the signal is also blocked (where it can be): a Ctrl-C that comes then waits,
    and reaches this process once its own handler is back, where ignored it was lost and
    the run went on to its end (one `test_ctrl_c_stops_a_pool_at_once` in four on a busy
    machine, the Ctrl-C as the pool started). The processes started inherit the block as
    well as the ignoring: a Ctrl-C never reaches them either way."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    blocked = (
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        if hasattr(signal, "pthread_sigmask")
        else None
    )
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if blocked is not None:  # a Ctrl-C held meanwhile is delivered now
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def default_workers() -> int:
    return os.cpu_count() or 1
