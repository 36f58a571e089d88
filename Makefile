# parks-warehouse: `make serve` (install, build, serve) and `make test` are the two set-up commands.
SHELL := /bin/bash
PYTHON_SYSTEM ?= python3
VENV := .venv
PYTHON := $(VENV)/bin/python
DB := data/parks.db
INPUT := data/raw
HOST ?= 127.0.0.1
PORT ?= 8001

.PHONY: install build inspect serve package lint test evaluate bench clean

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON_SYSTEM) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -c constraints.txt -e '.[test,browser]'
	touch $@

install: $(VENV)/.installed

build: install
	$(PYTHON) -m etl build --input $(INPUT) --db $(DB)

# Counts for the immutable database, so Datasette never scans tables at start-up.
inspect: build
	$(VENV)/bin/datasette inspect $(DB) --inspect-file data/inspect.json

# Settings on purpose: queries stop at 3 s, pages at 1,000 rows, facets at 0.5 s; no facet
# suggestions (they cost seconds on big tables); the database is opened immutable (-i).
SITE_OPTIONS := --metadata metadata.yml --template-dir templates --static static:static
SETTINGS := --setting sql_time_limit_ms 3000 --setting max_returned_rows 1000 --setting facet_time_limit_ms 500 \
  --setting default_page_size 50 --setting suggest_facets off --setting truncate_cells_html 300
SERVE_OPTIONS := $(SITE_OPTIONS) --plugins-dir plugins $(SETTINGS)

# --reload watches the database file: a `make build` in another terminal (in place, or a new file
# renamed over it) restarts the server, so a new article is there on the next page load. No
# inspect file here: its counts would be stale after that build (make package bakes one).
serve: build
	$(VENV)/bin/datasette -i $(DB) --reload $(SERVE_OPTIONS) --host $(HOST) --port $(PORT)

# A Docker image with the baked database (needs a Docker engine; none runs on the CI machine).
# The image pip-installs this project's wheel (etl, with data/*.yml as etl/data/), which the
# plugins import, and through it the pinned dependencies. `datasette package` copies its build
# directory to /app before its `RUN pip install`, so the wheel rides along in a copy of the
# plugins directory: only *.py there are loaded as plugins, and unlike a --static mount it is
# not served. build/ goes first: setuptools would copy a stale build/lib into the wheel.
# `datasette package` has no --setting: the settings reach the image's `datasette serve` as
# --extra-options.
PACKAGE_PLUGINS := build/package-plugins

package: inspect
	rm -rf build dist
	$(VENV)/bin/pip wheel --quiet --no-deps -w dist .
	mkdir -p $(PACKAGE_PLUGINS) && cp plugins/*.py dist/*.whl $(PACKAGE_PLUGINS)/
	$(VENV)/bin/datasette package $(DB) --plugins-dir $(PACKAGE_PLUGINS) $(SITE_OPTIONS) \
	  --extra-options '$(SETTINGS)' --install /app/plugins/$$(cd dist && echo *.whl) -t parks-warehouse

# Style is part of the tests: ruff (pinned in pyproject.toml) lints and checks the formatting.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: lint
	$(PYTHON) -m pytest -q

evaluate: build
	$(PYTHON) -m etl evaluate --gold tests/gold --db $(DB)

bench: install
	$(PYTHON) -m bench

clean:
	rm -rf $(VENV) $(DB) data/inspect.json data/bench .pytest_cache tests/artifacts *.egg-info build dist
