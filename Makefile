# parks-warehouse: `make serve` (install, build, serve) and `make test` are the two set-up commands.
SHELL := /bin/bash
PYTHON_SYSTEM ?= python3
VENV := .venv
PYTHON := $(VENV)/bin/python
DB := data/parks.db
INPUT := data/raw
HOST ?= 127.0.0.1
PORT ?= 8001

.PHONY: install build inspect serve test test-browser evaluate bench package clean

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

serve: inspect
	$(VENV)/bin/datasette serve -i $(DB) --inspect-file data/inspect.json \
	  --metadata metadata.yml --plugins-dir plugins --template-dir templates --static static:static \
	  --setting sql_time_limit_ms 3000 --setting max_returned_rows 1000 \
	  --setting facet_time_limit_ms 500 --setting default_page_size 50 \
	  --host $(HOST) --port $(PORT)

test: install
	$(PYTHON) -m pytest -q

evaluate: build
	$(PYTHON) -m etl evaluate --gold tests/gold --db $(DB)

bench: install
	$(PYTHON) -m etl bench

clean:
	rm -rf $(VENV) $(DB) data/inspect.json data/bench .pytest_cache tests/artifacts *.egg-info
