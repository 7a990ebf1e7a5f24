# Set-up is two commands: `make run` and `make test`; both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GOLD ?= ../shared/eval/gold
EVAL_OUT ?= outputs/eval

.PHONY: install bytecode run test check lint types format eval errors audit baseline gazetteers bench bench-huge clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m compileall -q pipeline
	# the caches a run reads (the gazetteers' index, slovnet's word ids, the lemmas of news
	# words: some 6 s) are built here once rather than by the first run
	$(BIN)/python -c "from pipeline.resources import load_resources; load_resources()"
	touch $(STAMP)

# The modules' bytecode, as a regular (not editable) install writes it: where Python is
# told not to write it (PYTHONDONTWRITEBYTECODE), every run would compile the pipeline's
# sources anew, a sixth of a one-sentence run. Stale files are refreshed here too.
bytecode:
	$(BIN)/python -m compileall -q pipeline

run: install
	$(BIN)/python -m pipeline run seeds --out outputs

test: install
	$(BIN)/python -m pytest

# What CI runs (.ci/run): lint, types, tests.
check: lint types test

lint: install
	$(BIN)/ruff check pipeline tests
	$(BIN)/ruff format --check pipeline tests

types: install
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix pipeline tests
	$(BIN)/ruff format pipeline tests

# Speed and memory against plain natasha on seed-cut documents, short news (the dev texts
# when ../shared is there), one sentence (start-up) and a 5M-character document: outputs/bench.md.
bench: install bytecode
	$(BIN)/python -m pipeline.dev.bench --out outputs

# Huge documents alone: 5, 10 and 29 million characters, one worker: outputs/bench-huge.md.
bench-huge: install bytecode
	$(BIN)/python -m pipeline.dev.bench --huge-only --huge 5000000,10000000,29000000 --out outputs

# Rebuild the generated gazetteers: places from the packages of the [gazetteers] extra;
# titles, the occupation linker's model, the filter of lone titles, the workplace linker's
# model (it runs after both: it places the links they leave) and the Wikidata
# gazetteers (persons.tsv, wikidata.tsv, nerel_entities.tsv) learned from NEREL-train
# (needs ../shared/eval).
gazetteers: install
	$(BIN)/python -m pip install --quiet -e '.[gazetteers]'
	$(BIN)/python gazetteers/build_places.py
	$(BIN)/python gazetteers/build_titles.py --nerel $(GOLD)/nerel-train.jsonl
	$(BIN)/python gazetteers/build_linker.py --nerel $(GOLD)/nerel-train.jsonl --workers 2
	$(BIN)/python gazetteers/build_title_filter.py --nerel $(GOLD)/nerel-train.jsonl --workers 2
	$(BIN)/python gazetteers/build_workplace_linker.py --nerel $(GOLD)/nerel-train.jsonl --workers 2
	$(BIN)/python gazetteers/build_wikidata.py --nerel $(GOLD)/nerel-train.jsonl

# Scores on the dev corpora of ../shared/eval (not shipped with the project).
eval: install
	for corpus in factru-dev nerel-dev bsnlp-dev slavicner-covid-dev; do \
	  $(BIN)/python -m pipeline run $(GOLD)/$$corpus.jsonl --out $(EVAL_OUT)/$$corpus --quiet || exit 1; \
	  echo "== $$corpus"; \
	  $(BIN)/python $(GOLD)/../score.py $(GOLD)/$$corpus.jsonl $(EVAL_OUT)/$$corpus/documents.jsonl; \
	done

# Where the tagger goes wrong on each dev corpus, by type and cause: $(EVAL_OUT)/CORPUS-errors.md
errors: install
	for corpus in factru-dev nerel-dev bsnlp-dev slavicner-covid-dev; do \
	  $(BIN)/python -m pipeline run $(GOLD)/$$corpus.jsonl --out $(EVAL_OUT)/$$corpus --quiet || exit 1; \
	  $(BIN)/python -m pipeline.dev.error_analysis $(GOLD)/$$corpus.jsonl $(EVAL_OUT)/$$corpus/documents.jsonl \
	    > $(EVAL_OUT)/$$corpus-errors.md || exit 1; \
	  echo "$$corpus -> $(EVAL_OUT)/$$corpus-errors.md"; \
	done

# What each NER repair gains on each gold corpus (outputs/repairs.json; about twenty minutes).
audit: install
	$(BIN)/python -m pipeline.dev.repair_audit --gold $(GOLD) --out outputs/repairs.json

# Plain natasha on the same corpora (natasha imports pymorphy2: Python 3.11 only).
baseline: install
	mkdir -p $(EVAL_OUT)/natasha
	for corpus in factru-dev nerel-dev bsnlp-dev slavicner-covid-dev; do \
	  $(BIN)/python $(GOLD)/../natasha_baseline.py $(GOLD)/$$corpus.jsonl $(EVAL_OUT)/natasha/$$corpus.jsonl || exit 1; \
	  echo "== natasha $$corpus"; \
	  $(BIN)/python $(GOLD)/../score.py $(GOLD)/$$corpus.jsonl $(EVAL_OUT)/natasha/$$corpus.jsonl; \
	done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache outputs/*.jsonl outputs/*.csv $(EVAL_OUT)
