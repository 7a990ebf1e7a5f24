"""Where documents are processed: in this process, in a pool of local processes, or on Dask.

Each way takes (key, item) pairs and yields their journal entries in the order given, so the
output is the same whichever runs it. A pool shares the documents with this process, whose
models its workers are forked with (`pool_context`); a Dask worker loads them once, on its
first chunk. No more than a few chunks per worker are in flight, so a batch of any size
streams.
"""

from __future__ import annotations

import atexit
import os
import re
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from pipeline.batch.journal import JournalEntry, Tag
from pipeline.batch.pool_start import interrupts_ignored, pool_context, single_threaded_numpy
from pipeline.records import Article, Failure

if TYPE_CHECKING:
    from concurrent.futures import Future

    from pipeline.lexicons.gazetteer_files import Entry
    from pipeline.resources import Resources
    from pipeline.run import Ahead

Item = tuple[Tag, Article | Failure]
Result = JournalEntry
CHUNKS_IN_FLIGHT_PER_WORKER = 3
CONNECT_SECONDS = 3.0
SCHEDULER_SECONDS = "10s"  # for Dask's own handshake, once the address answers
ADDRESS = re.compile(
    r"(?:(?P<scheme>[a-z]+)://)?(?P<host>[\w.-]+|\[[0-9a-fA-F:.]+\]):(?P<port>\d+)"
)
SOCKET_SCHEMES = {None, "tcp", "tls", "ws", "wss"}


class SchedulerError(ValueError):
    """A --dask address that is not one, or where no scheduler answers."""


def finish(
    key: Tag,
    item: Article | Failure,
    resources: Resources,
    table_format: str,
    made: Ahead | None = None,
    on_window: Callable[[int, int], None] | None = None,
) -> Result:
    """Process one item into its journal entry; serialising it here keeps the writer light.
    Its parts are rendered as they are read (`emit.streamed_entry`): by the writer, in a
    run in this process; at once, to be sent, in a worker (`process_chunk`). `made` holds
    what was made ahead for several articles (`pipeline.run.analysed_ahead`); `on_window`
    hears of each window of a long document as it is done (`pipeline.run.window_done`)."""
    # the stages are imported where documents are processed (this process, a pool or a
    # Dask worker), not by a batch process that only hands documents out
    from pipeline.batch.emit import streamed_entry
    from pipeline.run import ahead, process_item, window_done

    told, early = window_done.set(on_window), ahead.set(made)
    try:
        return streamed_entry(process_item(item, resources), table_format, key)
    finally:
        ahead.reset(early)
        window_done.reset(told)


# Documents read ahead (by this process, or by a worker in its chunk), so that the tagger
# runs on several short articles at once (`pipeline.run.analysed_ahead`): up to AHEAD
# documents, and no more once they have AHEAD_CHARS characters between them (a long
# document is read alone). The tagger
# alone over short news (216 dev texts), CPU: 0.74 s one at a time, 0.56 s four, 0.51 s
# eight, 0.52 s sixteen at a time; the batch's arrays raise the run's peak memory by 6, 13
# and 25 MB (172 MB one at a time).
AHEAD = 8
AHEAD_CHARS = 20_000


def process_chunk(
    chunk: list[Item], table_format: str, user_entries: tuple[Entry, ...] = ()
) -> list[Result]:
    """Run in a worker: process a chunk with the worker's models: those of the batch
    process it was forked from, or (where it was started fresh) its own, loaded once.

    The user's gazetteer entries are sent to the workers, as a worker on another machine
    cannot read the user's files: once per pool worker (`start_pool_worker`), scattered
    once to each Dask worker. A pool worker runs nothing else: its collector is set for
    the pipeline (`process_resources`); a Dask worker's is left as it is.
    """
    # here, as the stages in `finish`: a Dask client imports none of the models' libraries
    from pipeline.resources import process_resources, shared_resources

    load = process_resources if IN_POOL_WORKER else shared_resources
    resources = load(user_entries or POOL_WORKER_ENTRIES)
    entries = finished(chunk, resources, table_format)
    return [replace(entry, parts=tuple(entry.parts)) for entry in entries]


def finished(
    items: Iterable[Item],
    resources: Resources,
    table_format: str,
    on_window: Callable[[int, int], None] | None = None,
) -> Iterator[Result]:
    """Each item's journal entry (`finish`), the articles tagged several at a time
    (`chunks_ahead`, `pipeline.run.analysed_ahead`): in this process and in a worker alike."""
    from pipeline.run import analysed_ahead

    for chunk in chunks_ahead(items):
        made = analysed_ahead([item for _, item in chunk], resources)
        for key, item in chunk:
            yield finish(key, item, resources, table_format, made, on_window)


POOL_WORKER_ENTRIES: tuple[Entry, ...] = ()
IN_POOL_WORKER = False


def start_pool_worker(user_entries: tuple[Entry, ...]) -> None:
    """A pool worker's start: end with its parent, keep the user's gazetteer entries, and
    leave without tearing down its models when the pool is done."""
    global POOL_WORKER_ENTRIES, IN_POOL_WORKER
    POOL_WORKER_ENTRIES, IN_POOL_WORKER = user_entries, True
    exit_with_parent()
    atexit.register(leave_at_once)


def leave_at_once() -> None:
    """The last thing a pool worker does: every result has gone down the pipe already,
    so freeing the models and memos object by object (a quarter of a second, which the
    batch process waits for) is skipped."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def chunks(items: Iterable[Item], workers: int = 1) -> Iterator[list[Item]]:
    """The items in order, in the chunks sent to a worker at once: those the worker's
    tagger runs on at once (`chunks_ahead`, as in one process), but the last ones (AHEAD
    items for each of `workers`, or a few more, held back until the input ends), each sent
    in two halves.

    At the end of a batch one worker finishes its last chunk while another has none left:
    half a chunk's time on average, lost on one core. Chunks of 4 short news articles left
    0.02 s of it where 8 left 0.14 s (short news, --workers 2, medians of 5 runs); sent 4 at
    a time throughout, a worker's tagger ran on 4 articles at once, not 8.
    """
    held: deque[list[Item]] = deque()
    behind = 0  # items held after the first chunk held
    for chunk in chunks_ahead(items):
        held.append(chunk)
        behind += len(chunk) if len(held) > 1 else 0
        while len(held) > 1 and behind >= workers * AHEAD:
            yield held.popleft()
            behind -= len(held[0])
    for chunk in held:
        half = (len(chunk) + 1) // 2
        yield chunk[:half]
        if chunk[half:]:
            yield chunk[half:]


def chunks_ahead(items: Iterable[Item]) -> Iterator[list[Item]]:
    """The items in order, AHEAD at a time, or fewer once they have AHEAD_CHARS
    characters of text between them."""
    chunk: list[Item] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item[1].text) if isinstance(item[1], Article) else 0
        if len(chunk) == AHEAD or size >= AHEAD_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def in_order(
    submit: Callable[[list[Item]], Any],
    result_of: Callable[[Any], list[Result]],
    items: Iterable[Item],
    window: int,
    workers: int = 1,
) -> Iterator[Result]:
    """Submit the chunks of `workers` (`chunks`) with at most `window` pending; yield
    results in submission order."""
    pending: deque = deque()
    for chunk in chunks(items, workers):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from result_of(pending.popleft())
    while pending:
        yield from result_of(pending.popleft())


def run_here(
    items: Iterable[Item],
    resources: Resources,
    table_format: str,
    on_window: Callable[[int, int], None] | None = None,
    one_thread: bool = False,
) -> Iterator[Result]:
    """In this process, one document after another, on one core; `on_window` hears of
    each window of a long document as it is done (`pipeline.run.window_done`).

    numpy's BLAS would otherwise start a thread per core for the tagger's small products:
    measured on the bench corpus, the same wall time at twice the CPU time. It is limited
    to one here unless `one_thread` says numpy was loaded so (`single_threaded_numpy`),
    which spares a run threadpoolctl's import and its look at the loaded libraries.
    """
    if one_thread:
        yield from finished(items, resources, table_format, on_window)
        return
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield from finished(items, resources, table_format, on_window)


def models_here(
    user_entries: tuple[Entry, ...], resources: Resources | None = None
) -> tuple[Resources, bool]:
    """The models this process computes with (`resources` if given, else loaded), and
    whether numpy was first loaded here, so, on one thread (`run_here`'s `one_thread`):
    OpenBLAS then starts no thread per core, 0.04-0.06 s of a start on two cores. Loaded
    before, by the caller, its threads are limited while the documents are processed."""
    one_thread = "numpy" not in sys.modules
    with single_threaded_numpy():
        from pipeline.resources import process_resources  # not in a Dask client

        return resources or process_resources(user_entries), one_thread


def exit_with_parent() -> None:
    """In a pool worker: end when the batch process is gone (killed with -9, say), instead
    of lingering with the models in memory: the pipe it was started through closes then."""
    from multiprocessing import parent_process
    from multiprocessing.connection import wait

    batch_process = parent_process()
    if batch_process is None:
        return

    def watch() -> None:
        wait([batch_process.sentinel])
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


MANAGER_SECONDS = 2.0  # the longest an interrupted run waits for its pool's thread


def run_pool(
    items: Iterable[Item], workers: int, table_format: str, user_entries: tuple[Entry, ...] = ()
) -> Iterator[Result]:
    """In this process and `workers - 1` others, the documents shared between them
    (`shared_in_order`). The models are loaded here first, and the others forked with
    them (`pool_context`): each starts on its first document as this process does."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # here: not in one process

    resources, one_thread = models_here(user_entries)
    len(resources.place_adjectives)  # derived when first read: once, before the forks
    others = set(multiprocessing.active_children())
    pool = ProcessPoolExecutor(
        max_workers=workers - 1,
        mp_context=pool_context(),
        initializer=start_pool_worker,
        initargs=(user_entries,),
    )
    try:

        def submit(chunk: list[Item]) -> Future:
            with interrupts_ignored():  # where a submit starts a worker
                return pool.submit(process_chunk, chunk, table_format)

        def here(chunk: list[Item]) -> Iterator[Result]:
            return run_here(chunk, resources, table_format, one_thread=one_thread)

        with single_threaded_numpy(), quick_switches():  # numpy: for workers started fresh
            yield from shared_in_order(submit, here, items, workers)
        # waited for when every result is in: the workers leave at once (`leave_at_once`),
        # and a pool left to its management thread as the interpreter ends may meet a
        # closed pipe there, which Python reports on stderr
        pool.shutdown(wait=True)
    except BaseException:
        # Ctrl-C (which the workers ignore, `interrupts_ignored`) or an error: the workers
        # stop now, not after the documents they hold, and a pool that the interruption
        # caught halfway through a submit cannot keep this process from ending
        pool.shutdown(wait=False, cancel_futures=True)
        for worker in set(multiprocessing.active_children()) - others:
            worker.terminate()
        # a worker ended halfway through sending a result leaves half a message in the
        # results pipe, which the pool's thread would wait on for ever (and this process,
        # as it ends, on that thread): with the pipe's last open end, this one, closed,
        # the thread reads the pipe's end instead, and leaves
        with suppress(AttributeError, OSError):
            pool._result_queue._writer.close()  # type: ignore[attr-defined]
        # and the thread, which then finds the pool broken, is let end here: ended while
        # Python's exit wakes it, it closed the pipe of that wake-up under it (a traceback)
        manager = getattr(pool, "_executor_manager_thread", None)
        if manager is not None:
            manager.join(timeout=MANAGER_SECONDS)
        raise


# How long this process's thread computing a chunk keeps Python's lock while the pool's
# threads wait for it (Python's default: 0.005 s). The pool's thread reads a worker's results
# a pipe's buffer (64 KiB) at a time, and waits for the lock after each read: the worker,
# unable to send the rest, waited 5-7 ms a chunk, 0.1-0.2 s a run over short news (216 dev
# texts, --workers 2), and 0.02-0.06 s with turns of 0.5 ms.
SWITCH_SECONDS = 0.0005


@contextmanager
def quick_switches() -> Iterator[None]:
    """Python's threads of this process take turns every SWITCH_SECONDS inside."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_SECONDS)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


# Chunks a pool worker holds at once where the batch process computes too
# (`shared_in_order`): the one it processes, and the next, sent while it works; once the
# items are all read, only the one it processes, so that the last chunks go to whichever
# process is free first.
HELD_PER_WORKER = 2


def shared_in_order(
    submit: Callable[[list[Item]], Future],
    here: Callable[[list[Item]], Iterator[Result]],
    items: Iterable[Item],
    workers: int,
) -> Iterator[Result]:
    """The items' results in order, computed by a pool of `workers - 1` processes
    (`submit`) and by this process (`here`), which takes the next chunk whenever the pool
    holds HELD_PER_WORKER chunks a worker, and keeps no more than
    CHUNKS_IN_FLIGHT_PER_WORKER chunks a worker unwritten.

    The pool is handed its next chunk as soon as one of its chunks is done (by the pool's
    own thread, `one_done`), not only when this process is between two of its chunks:
    a worker otherwise sat idle whenever this process's chunk outlasted two of the
    worker's (short news, --workers 2: 0.1-0.3 s a run), and at the end it held a chunk
    more than it needed, which this process then waited for.

    This process's own documents go through no pipe, and are written as they are done
    where no earlier chunk is pending."""
    ended = [False]  # whether every item is read: the last chunks are being handed out

    def read() -> Iterator[Item]:
        yield from items
        ended[0] = True

    chunked = chunks(read(), workers)
    window = CHUNKS_IN_FLIGHT_PER_WORKER * workers
    pending: deque[Future | list[Result]] = deque()
    # over `chunked` and `pending`, which the pool's thread tops up; reentrant, as a future
    # already done calls `one_done` at once, in the thread that asks
    lock = threading.RLock()
    held = [0]  # chunks the pool holds, not done
    failed: list[Exception] = []  # raised in the pool's thread, for this one to raise

    def top_up() -> None:
        """With the lock: hand the pool chunks while it holds fewer than it may."""
        while not failed and len(pending) < window:
            if held[0] >= (1 if ended[0] else HELD_PER_WORKER) * (workers - 1):
                return
            chunk = next(chunked, None)
            if chunk is None:
                return
            future = submit(chunk)
            pending.append(future)
            held[0] += 1
            future.add_done_callback(one_done)

    def one_done(_: Future) -> None:
        """In the pool's thread: one of its chunks is done; it gets the next."""
        with lock:
            held[0] -= 1
            try:
                top_up()
            except Exception as error:  # noqa: BLE001 - the items' reading, a broken pool
                failed.append(error)

    while True:
        while pending and ready(pending[0]):
            yield from result_of(pending.popleft())
        with lock:
            if failed:
                raise failed[0]
            top_up()
            chunk = next(chunked, None)
            alone = not pending  # nothing before it: each document written as it is done
            done: list[Result] = []
            if chunk is not None and not alone:
                pending.append(done)
        if chunk is None:
            break
        if alone:
            yield from here(chunk)
            continue
        done += (replace(entry, parts=tuple(entry.parts)) for entry in here(chunk))
        while len(pending) >= window:
            yield from result_of(pending.popleft())
    while pending:
        yield from result_of(pending.popleft())
    if failed:
        raise failed[0]


def ready(pending: Future | list[Result]) -> bool:
    return isinstance(pending, list) or pending.done()


def result_of(pending: Future | list[Result]) -> list[Result]:
    return pending if isinstance(pending, list) else pending.result()


def check_scheduler(address: str, timeout: float = CONNECT_SECONDS) -> None:
    """SchedulerError, within `timeout` seconds, for an address no scheduler can be at
    ("tcp//host:8786", no port) or where nothing answers; Dask itself would wait 30 s."""
    if address == "local":
        return
    match = ADDRESS.fullmatch(address)
    if match is None:
        raise SchedulerError(
            f"not a Dask scheduler address: {address!r} (give tcp://HOST:PORT, or local)"
        )
    if match["scheme"] not in SOCKET_SCHEMES:  # another transport (ucx): Dask will tell
        return
    import socket

    host = match["host"].strip("[]")
    try:
        socket.create_connection((host, int(match["port"])), timeout=timeout).close()
    except OSError as error:
        raise SchedulerError(
            f"no Dask scheduler at {address}: {error.strerror or error}"
        ) from error


def run_dask(
    items: Iterable[Item],
    address: str,
    workers: int,
    table_format: str,
    user_entries: tuple[Entry, ...] = (),
) -> Iterator[Result]:
    """On a Dask cluster: an existing scheduler's address, or "local" for a local cluster.

    Every Dask worker needs this package installed; the models load once per worker
    process, on its first chunk.
    """
    from dask.distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        try:
            cluster, client = None, Client(address, timeout=SCHEDULER_SECONDS)
        except OSError as error:  # something answered, but no scheduler
            raise SchedulerError(f"no Dask scheduler at {address}: {error}") from error
    try:
        total_threads = sum(client.nthreads().values()) or 1
        entries = client.scatter([user_entries], broadcast=True)[0] if user_entries else ()

        def submit(chunk: list[Item]) -> Any:
            return client.submit(process_chunk, chunk, table_format, entries, pure=False)

        yield from in_order(
            submit,
            lambda future: future.result(),
            items,
            total_threads * CHUNKS_IN_FLIGHT_PER_WORKER,
            total_threads,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
