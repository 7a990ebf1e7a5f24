"""A batch run: inputs in, output folder written, resumable after a crash."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.batch.emit import Counts, OutputFiles, written_paths
from pipeline.batch.execute import (
    check_scheduler,
    models_here,
    run_dask,
    run_here,
    run_pool,
)
from pipeline.batch.inputs import check_inputs, visible
from pipeline.batch.journal import PARTIAL, Journal, Tag
from pipeline.batch.lock import LOCK, OutputError, output_folder
from pipeline.batch.progress import Progress, Silent
from pipeline.batch.read import DEFAULT_MAX_BYTES, documents
from pipeline.lexicons.gazetteer_files import read_entries
from pipeline.records import Article, Failure

if TYPE_CHECKING:
    from pipeline.resources import Resources


def run_batch(
    inputs: list[Path],
    out_dir: Path,
    *,
    id_field: str = "id",
    text_field: str = "text",
    max_bytes: int = DEFAULT_MAX_BYTES,
    table_format: str = "csv",
    resume: bool = False,
    workers: int = 1,
    dask: str | None = None,
    gazetteers: Sequence[Path] = (),
    resources: Resources | None = None,
    progress: Progress | None = None,
) -> Counts:
    """Process every input document and write the output files into `out_dir`.

    Finished documents go to a journal first, in input order whatever processes them:
    `workers` local processes, or a Dask cluster (`dask` is a scheduler address or
    "local"). With `resume`, documents already in the journal of an interrupted run with
    the same settings are not processed again unless their input changed, and the output
    equals that of an uninterrupted run on the inputs as they are now. `gazetteers` are
    the user's own files, over the shipped ones.

    Raises before anything is written: InputError for an input that cannot be read,
    OutputError for an `out_dir` that would overwrite an input, cannot be written or is
    being written by another run, SchedulerError for a `dask` address with no scheduler.
    """
    progress = progress or Silent()
    check_inputs(inputs)
    refuse_overwriting_inputs(inputs, out_dir)
    if dask is not None:
        check_scheduler(dask)
    user_entries = read_entries(gazetteers)
    settings = {
        "gazetteers": [
            [
                e.id,
                e.type,
                e.canonical,
                list(e.aliases),
                e.kb_id,
                e.country,
                e.wikidata,
                list(e.posts),
            ]
            for e in user_entries
        ],
        "inputs": [str(path.resolve()) for path in inputs],
        "id_field": id_field,
        "text_field": text_field,
        "max_bytes": max_bytes,
        "table_format": table_format,
    }
    with (
        output_folder(out_dir),
        Journal(out_dir, settings, resume) as journal,
        OutputFiles(out_dir, table_format) as files,
    ):
        # in input order, each document's entry in the journal of the interrupted run, or
        # None for one being processed now (in the same order, below)
        places: deque[int | None] = deque()

        def todo() -> Iterator[tuple[Tag, Article | Failure]]:
            for doc in documents(inputs, id_field, text_field, max_bytes):
                place = journal.reusable(doc.key, doc.stamp)
                places.append(place)
                if place is None:
                    yield (doc.key, doc.stamp), doc.read()

        def add_done_before() -> None:
            while places and (place := places[0]) is not None:
                places.popleft()
                files.add(journal.entry_at(place))
                progress.advance()

        if dask is not None:
            results = run_dask(todo(), dask, workers, table_format, user_entries)
        elif workers > 1:
            results = run_pool(todo(), workers, table_format, user_entries)
        else:
            here, one_thread = models_here(user_entries, resources)
            results = run_here(todo(), here, table_format, progress.window, one_thread=one_thread)
        # the output files grow with the journal (while workers compute), and take the
        # targets' place only once every document is in
        for entry in results:
            add_done_before()
            places.popleft()
            journal.write(entry, partial(files.add_part, mentions=entry.mentions))
            progress.advance()
        add_done_before()
        counts = files.commit()
    progress.close()
    journal.discard()
    return counts


def refuse_overwriting_inputs(inputs: list[Path], out_dir: Path) -> None:
    """OutputError if a file the run writes or removes in `out_dir` is one of the inputs
    (by any name: links and hard links too). A folder input is safe: only its *.txt are
    read, and no output is one."""
    written = [*written_paths(out_dir), out_dir / LOCK]
    partial = out_dir / PARTIAL
    if partial.is_dir():
        written += partial.iterdir()
    for path in inputs:
        if path.is_dir():
            continue
        for output in written:
            if output.exists() and os.path.samefile(path, output):
                raise OutputError(
                    f"--out {out_dir} would overwrite the input {visible(str(path))}: "
                    "choose another output folder"
                )
