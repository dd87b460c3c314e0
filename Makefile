# Quick start: `make demo` runs the pipeline on seeds/, `make test` runs the test suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench bytecode clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

# .pyc files, as `pip install` writes for a wheel: an editable install under PYTHONDONTWRITEBYTECODE
# would parse every module at every start
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q src

demo: bytecode
	PATH="$(abspath $(BIN)):$$PATH" $(MAKE) --no-print-directory -C examples

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/ruff format --check src tests benchmarks

bench: bytecode
	$(BIN)/python benchmarks/run.py

clean-venv:
	rm -rf $(VENV)
