"""Batch runs: reading inputs, processing them here, in a pool or on Dask, the resumable
journal, writing documents.jsonl and the tables, progress on stderr.

In: folders, .txt and JSONL files. Out: an output folder (see the README's contract).
"""
