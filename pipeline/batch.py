"""A batch run: inputs in, output folder written, resumable after a crash."""

from __future__ import annotations

from pathlib import Path

from .emit import Counts, journal_entry, write_outputs
from .journal import Journal, item_key
from .progress import Progress, Silent
from .read import DEFAULT_MAX_BYTES, read_inputs
from .resources import Resources


def run_batch(
    inputs: list[Path],
    out_dir: Path,
    resources: Resources,
    *,
    id_field: str = "id",
    text_field: str = "text",
    max_bytes: int = DEFAULT_MAX_BYTES,
    table_format: str = "csv",
    resume: bool = False,
    progress: Progress | None = None,
) -> Counts:
    """Process every input document and write the output files into `out_dir`.

    Finished documents go to a journal first; with `resume`, documents already in the
    journal of an interrupted run with the same settings are not processed again, and
    the output equals that of an uninterrupted run.
    """
    from .run import process_item

    progress = progress or Silent()
    settings = {
        "inputs": [str(path.resolve()) for path in inputs],
        "id_field": id_field,
        "text_field": text_field,
        "max_bytes": max_bytes,
        "table_format": table_format,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    with Journal(out_dir, settings, resume) as journal:
        for item in read_inputs(inputs, id_field, text_field, max_bytes):
            key = item_key(item)
            if key not in journal.done:
                journal.write(key, journal_entry(process_item(item, resources)))
            progress.advance()
    progress.close()
    counts = write_outputs(out_dir, journal.entries(), table_format)
    journal.discard()
    return counts
