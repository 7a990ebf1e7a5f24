"""Developer tools, never imported by the pipeline: `make bench` and the error analysis
of a run against a gold corpus."""
