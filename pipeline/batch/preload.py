"""Imported by the forkserver the pool's workers are forked from (`pool_start.pool_context`):
the stages each worker runs, imported once for them all."""

from __future__ import annotations

import sys
from types import TracebackType

from pipeline.batch.emit import streamed_entry
from pipeline.batch.execute import process_chunk
from pipeline.resources import process_resources
from pipeline.run import process_item

__all__ = ["process_chunk", "process_item", "process_resources", "streamed_entry"]


def quiet_when_the_batch_is_gone(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """The forkserver's hook for an error before a worker it forked began to run: a start
    cut short (its pipe empty, its semaphores unlinked) means the batch process ended
    meanwhile, on Ctrl-C, and has said so; any other error is shown as Python would."""
    if issubclass(kind, EOFError | FileNotFoundError):
        return
    sys.__excepthook__(kind, error, trace)


sys.excepthook = quiet_when_the_batch_is_gone
