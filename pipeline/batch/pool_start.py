"""How a run's pool of local processes starts: from a forkserver that loads the models once
for every worker (`pool_context`), started by `batch.early` before the command line loads,
or by the run. Light on purpose, as `batch.inputs`: the forkserver is asked for as soon as
the interpreter is up, and what is imported before that only delays the models."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.lexicons.gazetteer_files import Entry


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


# What the forkserver imports before it forks the workers: the stages, and the shipped models
PRELOAD = "pipeline.batch.preload"
PRELOAD_MODELS = "pipeline.batch.preload_models"


def pool_context(user_entries: tuple[Entry, ...]) -> Any:
    """Where the platform has one, a forkserver: a process started fresh (the batch process
    imports no model library, and forks none of its own state) that imports the stages and
    loads the shipped models once, then forks each worker with them ready. Each worker
    started fresh did all that itself, a third of a second of CPU; a worker forked so takes
    a few milliseconds (and shares the models' pages with the others until it writes to
    them). The user's own gazetteer entries make other models: each worker loads them.
    Elsewhere (Windows), each worker is started fresh and loads its own."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # not the default "__main__": `python -m pipeline` would run the command again there
    context.set_forkserver_preload([PRELOAD] if user_entries else [PRELOAD, PRELOAD_MODELS])
    return context


def start_forkserver(user_entries: tuple[Entry, ...]) -> None:
    """Start the forkserver of a pool this run will use (`pool_context`) now, not on the
    pool's first document: it imports the stages and loads the models (a third of a
    second) while this process reads its inputs and opens its output; the pool's workers
    are forked from it as before. Nothing where the platform has no forkserver."""
    forkserver_running(pool_context(user_entries))


def forkserver_running(context: Any) -> None:
    """The forkserver of `context` started if it is one and has not been."""
    if context.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    # the forkserver, and so each worker, keeps both
    with single_threaded_numpy(), interrupts_ignored():
        forkserver.ensure_running()


@contextmanager
def interrupts_ignored() -> Iterator[None]:
    """Ctrl-C ignored by the processes started inside (in the main thread; elsewhere
    signals cannot be set). A terminal's Ctrl-C reaches every process of the run: the batch
    process alone answers it (it stops the pool, and says how to resume); the forkserver
    and its workers would each print a traceback of wherever it found them (importing
    the stages, loading the models, starting a worker) and die halfway. A process started
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
