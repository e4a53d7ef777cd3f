# Set-up on a fresh machine with only Python 3.11 and make.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STORE ?= var/store.db
DB ?= var/scorecard.db
PORT ?= 8001
# axe-core for the accessibility tests, from the npm registry into a folder git ignores.
AXE_CORE_VERSION := 4.14.1
AXE := .cache/axe/node_modules/axe-core/axe.min.js

.PHONY: serve test build validate bench drill clean axe

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

$(AXE):
	npm install --prefix .cache/axe --no-save --ignore-scripts --no-audit --no-fund axe-core@$(AXE_CORE_VERSION)

axe: $(AXE)

test: $(VENV)/.installed-test build $(AXE)
	$(BIN)/python -m pytest -q

bench: build
	$(BIN)/python bench/serve.py --db $(DB)

drill: $(VENV)/.installed-test
	$(BIN)/python tests/durability.py

clean:
	rm -rf $(VENV) var
