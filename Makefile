# pelican-aibot: build the demo site and run the tests.
# `make html` and `make test` create the virtual environment on first use.

PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
PELICAN ?= $(BIN)/pelican
PELICANOPTS ?=

BASEDIR = $(CURDIR)
INPUTDIR = $(BASEDIR)/content
OUTPUTDIR = $(BASEDIR)/output
CONFFILE = $(BASEDIR)/pelicanconf.py
PUBLISHCONF = $(BASEDIR)/publishconf.py
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: help install html regenerate devserver serve publish clean test lint format bench

help:
	@echo 'make html        build the demo site into output/ (creates .venv if missing)'
	@echo 'make test        run the whole test suite and the linters'
	@echo 'make serve       serve output/ on http://localhost:$(PORT)'
	@echo 'make devserver   rebuild on change and serve'
	@echo 'make publish     build for production with publishconf.py (frozen cache)'
	@echo 'make bench       run the benchmarks in bench/'
	@echo 'make clean       remove output/'

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(VENV)/.installed $@

install: $(VENV)/.installed

html: $(VENV)/.installed
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

regenerate: $(VENV)/.installed
	$(PELICAN) -r $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

devserver: $(VENV)/.installed
	$(PELICAN) -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS) -p $(PORT)

serve: $(VENV)/.installed
	$(PELICAN) -l $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS) -p $(PORT)

publish: $(VENV)/.installed
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) $(PELICANOPTS)

clean:
	rm -rf $(OUTPUTDIR)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint
	$(BIN)/python -m pytest -q -n 2 $(PYTEST_ARGS)

bench: $(VENV)/.installed-test
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done
