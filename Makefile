# Set-up on a fresh machine with only Python 3.11 and make.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STORE ?= var/store.db
DB ?= var/scorecard.db
PORT ?= 8001

.PHONY: serve test lint build validate bench drill clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

build: $(VENV)/.installed
	$(BIN)/scorecard build --store $(STORE) --db $(DB)

serve: build
	$(BIN)/scorecard serve --port $(PORT) --db $(DB)

validate: $(VENV)/.installed
	$(BIN)/scorecard validate

test: $(VENV)/.installed-test build
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

bench: build
	$(BIN)/python bench/serve.py --db $(DB)

drill: $(VENV)/.installed-test
	$(BIN)/python tests/durability.py

clean:
	rm -rf $(VENV) var
