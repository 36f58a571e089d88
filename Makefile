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
SERVE_OPTIONS := --metadata metadata.yml --plugins-dir plugins --template-dir templates --static static:static \
  --setting sql_time_limit_ms 3000 --setting max_returned_rows 1000 --setting facet_time_limit_ms 500 \
  --setting default_page_size 50 --setting suggest_facets off --setting truncate_cells_html 300

serve: inspect
	$(VENV)/bin/datasette serve -i $(DB) --inspect-file data/inspect.json $(SERVE_OPTIONS) --host $(HOST) --port $(PORT)

# A Docker image with the baked database (needs a Docker engine; none runs on the CI machine).
package: inspect
	$(VENV)/bin/datasette package $(DB) $(SERVE_OPTIONS) --static etl:etl --static data:data \
	  --install datasette==0.65.5 --install opencc==1.4.2 --install sqlite-utils==4.2.1 --install PyYAML==6.0.3 \
	  -t parks-warehouse

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
	rm -rf $(VENV) $(DB) data/inspect.json data/bench .pytest_cache tests/artifacts *.egg-info
