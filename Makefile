# Two commands for a fresh machine with only Python 3.11+ and make:
#   make run    -> dashboard at http://localhost:8501
#   make test   -> lint + the whole test suite
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: install install-test run test lint format validate docs container-test clean

$(BIN)/python:
	$(PY) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required, found " + sys.version'
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Stamps re-run the install only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	$(BIN)/streamlit run dashboard/app.py --server.port $(PORT)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/hadolint Dockerfile


format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint
	$(BIN)/python -m pytest -q

validate: install
	$(BIN)/python -m dashboard validate

# Regenerate docs/data.md from the schema declaration (dashboard/core/datapackage.json).
docs: install
	$(BIN)/python -m dashboard schema-docs --out docs/data.md

container-test: install-test
	./scripts/container-test.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts
