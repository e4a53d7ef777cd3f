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


# Litestream from the npm registry: Fly.io's package of the upstream v0.3.13 binary, pinned.
LITESTREAM_PKG := @flydotio/litestream-linux-x64@1.0.1
LITESTREAM := .tools/node_modules/@flydotio/litestream-linux-x64/litestream

.PHONY: serve test build validate bench drill clean publish litestream drill-replica scrape watch feeds vendors export export-from-writer system-deps smoke deploy axe lint

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

test: $(VENV)/.installed-test build $(AXE) $(LITESTREAM)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

bench: build
	$(BIN)/python bench/serve.py --db $(DB)

drill: $(VENV)/.installed-test
	$(BIN)/python tests/durability.py

# --- publishing, deploying and the scheduled refresh (.github/workflows call only these) -----------
SMOKE_PAGES := / /campuses/university-of-california-los-angeles /campuses/university-of-california-los-angeles.json \
	/method /releases /sitemap.xml /robots.txt /scorecard/color_changes.atom /scorecard/campuses.json
SCRAPE_FLAGS ?=
FLY_CONFIG := deploy/fly.toml

publish: $(VENV)/.installed
	$(BIN)/scorecard publish --store $(STORE) --db $(DB)

$(LITESTREAM):
	npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error $(LITESTREAM_PKG)

litestream: $(LITESTREAM)
	$(LITESTREAM) version

drill-replica: $(VENV)/.installed-test $(LITESTREAM)
	$(BIN)/python tests/replication.py --litestream $(LITESTREAM)

# SCORECARD=deploy/on-writer.sh runs these on the deployed writer (the workflow does), STORE=/data/store.db.
SCORECARD ?= $(BIN)/scorecard

watch feeds vendors: $(VENV)/.installed
	$(SCORECARD) $@ --store $(STORE) $(SCRAPE_FLAGS)

scrape: watch feeds vendors

export: $(VENV)/.installed
	$(BIN)/scorecard export --store $(STORE)

export-from-writer:
	deploy/on-writer.sh export-to data/evidence_reviewed.csv

# What .ci/run and the workflows need from Debian: chromium for the browser tests, faketime for .ci/run's
# calendar run, npm for Litestream and axe-core. Only the missing ones are installed: where Node.js came from
# elsewhere, its npm is there already and Debian's npm package conflicts with it (apt would refuse them all).
SYSTEM_TOOLS := chromium faketime npm
system-deps:
	@missing=""; for tool in $(SYSTEM_TOOLS); do command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

smoke: build
	@for p in $(SMOKE_PAGES); do \
	  $(BIN)/datasette --get "$$p" -i $(DB) --metadata metadata.json --config datasette.yaml >/dev/null \
	    || { echo "smoke: $$p failed"; exit 1; }; echo "smoke: $$p ok"; done

deploy:
	flyctl deploy --config $(FLY_CONFIG) --remote-only

clean:
	rm -rf $(VENV) var .tools
