"""The shipped gazetteers and title lists, installed as the package data
`pipeline.gazetteers` (see `pipeline.data`); the build scripts beside them are run by
`make gazetteers`, never imported by the pipeline."""
