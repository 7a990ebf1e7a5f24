"""Imported by the forkserver after `preload` when the run has no gazetteer entries of the
user's: the shipped models, loaded once for every worker forked after (`process_chunk`
finds them as `process_resources(())`)."""

from __future__ import annotations

from contextlib import suppress

from pipeline.resources import process_resources

# a failure is left for each worker to meet again, where the run reports it
with suppress(Exception):
    len(process_resources(()).place_adjectives)  # derived when first read: once, here
