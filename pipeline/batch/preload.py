"""Imported by the forkserver the pool's workers are forked from (`execute.pool_context`):
the stages each worker runs, imported once for them all."""

from __future__ import annotations

from pipeline.batch.emit import streamed_entry
from pipeline.batch.execute import process_chunk
from pipeline.resources import process_resources
from pipeline.run import process_item

__all__ = ["process_chunk", "process_item", "process_resources", "streamed_entry"]
