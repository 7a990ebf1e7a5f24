"""Where documents are processed: in this process, in a pool of local processes, or on Dask.

Each way takes (key, item) pairs and yields (key, result) pairs in the order given, so the
output is the same whichever runs it. Workers load the models once, on their first chunk;
no more than a few chunks per worker are in flight, so a batch of any size streams.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from .records import Article, Document, Failure
from .resources import Resources, shared_resources

Item = tuple[str, Article | Failure]
Result = tuple[str, Document | Failure]
CHUNK = 8
CHUNKS_IN_FLIGHT_PER_WORKER = 3


def process_chunk(chunk: list[Item]) -> list[Result]:
    """Run in a worker: process a chunk with the worker's own models, loaded once."""
    from .run import process_item

    resources = shared_resources()
    return [(key, process_item(item, resources)) for key, item in chunk]


def chunks(items: Iterable[Item], size: int = CHUNK) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def in_order(
    submit: Callable[[list[Item]], Any],
    result_of: Callable[[Any], list[Result]],
    items: Iterable[Item],
    window: int,
) -> Iterator[Result]:
    """Submit chunks with at most `window` pending; yield results in submission order."""
    pending: deque = deque()
    for chunk in chunks(items):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from result_of(pending.popleft())
    while pending:
        yield from result_of(pending.popleft())


def run_here(items: Iterable[Item], resources: Resources) -> Iterator[Result]:
    """In this process, one document after another."""
    from .run import process_item

    for key, item in items:
        yield key, process_item(item, resources)


def run_pool(items: Iterable[Item], workers: int) -> Iterator[Result]:
    """In `workers` local processes (started fresh: no model state is inherited)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:

        def submit(chunk: list[Item]) -> Future:
            return pool.submit(process_chunk, chunk)

        yield from in_order(submit, Future.result, items, workers * CHUNKS_IN_FLIGHT_PER_WORKER)


def run_dask(items: Iterable[Item], address: str, workers: int) -> Iterator[Result]:
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
        cluster, client = None, Client(address)
    try:
        total_threads = sum(client.nthreads().values()) or 1

        def submit(chunk: list[Item]) -> Any:
            return client.submit(process_chunk, chunk, pure=False)

        yield from in_order(
            submit,
            lambda future: future.result(),
            items,
            total_threads * CHUNKS_IN_FLIGHT_PER_WORKER,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def default_workers() -> int:
    return os.cpu_count() or 1
