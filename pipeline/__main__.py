import sys

from pipeline.batch.early import start_early

start_early(sys.argv[1:])  # a pool's models load while the command line is parsed

from pipeline.cli import entry  # noqa: E402

entry()
