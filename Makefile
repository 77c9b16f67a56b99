# Two commands do everything on a fresh Debian machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= $(if $(wildcard corpora/kent-send-locality/responses.csv),corpora/kent-send-locality,tests/fixtures/example)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
# torch is pinned to the CPU wheel; on machines that keep it on disk, look there first
FIND_LINKS := $(if $(wildcard /opt/wheels),--find-links /opt/wheels,)

.PHONY: setup demo test test-fast lint format bench bench-presidio sysdeps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet $(FIND_LINKS) torch==2.13.0
	$(BIN)/pip install --quiet $(FIND_LINKS) -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/consult-nlp run $(CORPUS)

# Debian tools the tests use: poppler (pdftotext, pdftoppm), Chromium (axe-core check), LibreOffice (Word pages
# drawn for the reference-image tests) and the Liberation fonts they all draw Arial with; axe-core from npm.
sysdeps:
	@command -v pdftotext >/dev/null && command -v chromium >/dev/null && command -v soffice >/dev/null && \
	  fc-list | grep -q LiberationSans-Regular || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    chromium poppler-utils libreoffice-writer-nogui fonts-liberation >/dev/null; }
	@test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund --silent

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: setup
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

# CONSULT_NLP_REQUIRE_TOOLS: the browser and PDF tests fail, rather than skip, if sysdeps did not install the tools
test: setup sysdeps lint
	CONSULT_NLP_REQUIRE_TOOLS=1 $(BIN)/python -m pytest -q

# the fast tier: a fake encoder, no browser, no test that needs the real models (under 30 s)
test-fast: setup
	CONSULT_NLP_FAST=1 $(BIN)/python -m pytest -q -n 2 -m "not slow and not browser" -p no:cacheprovider

bench: setup
	$(BIN)/python -m benchmarks.run

# the redactor beside Presidio (and the campaign finder's LSH beside datasketch's), in a venv of their own:
# Presidio registers spaCy entry points, so every spacy.load in a venv that has it imports it and transformers
# (seconds on each load), which would slow the pipeline and the speed figures of `make bench`
PRESIDIO_VENV := .venv-presidio
bench-presidio: setup
	test -x $(PRESIDIO_VENV)/bin/python || $(PYTHON) -m venv $(PRESIDIO_VENV)
	$(PRESIDIO_VENV)/bin/pip install --quiet $(FIND_LINKS) torch==2.13.0
	$(PRESIDIO_VENV)/bin/pip install --quiet $(FIND_LINKS) -e '.[bench]'
	$(PRESIDIO_VENV)/bin/python -m benchmarks.ingest_bench --only kent,dev,dev2,eval,lsh

clean:
	rm -rf reports/* models/*/classifier-*.pkl
