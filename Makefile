# Two commands for a fresh machine with only Python 3.11+ and make:
#   make run    -> dashboard at http://localhost:8501
#   make test   -> lint + the whole test suite (and the map frontend's checks, with Node.js)
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501
NPM ?= npm

.PHONY: install install-test run test lint format validate docs container-test clean \
	frontend frontend-test bench load-test

$(BIN)/python:
	$(PY) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required, found " + sys.version'
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Stamps re-run the install only when pyproject.toml changes. The distribution was once
# called tj-cn-security-dashboard: an old venv's copy is removed (two would both claim
# the map component).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip uninstall -q -y tj-cn-security-dashboard 2>/dev/null || true
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# The map's bundle (dashboard/frontend/map.js) is committed: running needs no Node.js.
run: install
	$(BIN)/python -m dashboard serve --server.port $(PORT)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/hadolint Dockerfile

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint frontend-test
	$(BIN)/python -m pytest -q

# --- the map frontend (frontend/: TypeScript, deck.gl, esbuild; lockfile committed) ------
frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && $(NPM) ci --no-audit --no-fund --loglevel=error

# Rebuild dashboard/frontend/map.js from the sources and the lockfile, after writing the
# protocol's TypeScript from its Python declaration (dashboard/render/map/protocol.py).
frontend: frontend/node_modules/.package-lock.json install
	$(BIN)/python -m dashboard.render.map.codegen
	cd frontend && node build.mjs

# Type check, unit tests, and proof that the committed bundle is what the sources build.
frontend-test: frontend/node_modules/.package-lock.json
	cd frontend && npx --no-install tsc --noEmit
	cd frontend && node build.mjs --tests && node --test .test-build/
	cd frontend && node build.mjs --outdir .test-build/bundle
	diff -r dashboard/frontend frontend/.test-build/bundle || \
		(echo "dashboard/frontend/ is stale: run make frontend and commit it" && exit 1)

validate: install
	$(BIN)/python -m dashboard validate

# Regenerate docs/data.md and the shipped package's datapackage.json from the schema
# declaration (dashboard/contract/datapackage.json).
docs: install
	$(BIN)/python -m dashboard schema-docs --out docs/data.md
	$(BIN)/python -m dashboard describe --data-dir .

container-test: install-test
	./scripts/container-test.sh

# Issue 22's summary first: the dashboard beside the floor app at three sizes against the
# issue's targets (its own section of docs/benchmarks.md); then side-by-side measurements
# (floor app, baseline, explore()) -> docs/benchmarks.md (other sections kept);
# start from CSV vs restart from the snapshot, warm rerun -> docs/restart-bench.md.
# BENCH_SIZES=shipped,10k BENCH_SPEED_SIZES=shipped make bench  for a shorter run.
BENCH_SPEED_SIZES ?= shipped,100k,1m
BENCH_SIZES ?= shipped,1k,10k,100k,1m
BENCH_PG_EVENTS ?= 1000000
BENCH_RESTART_SIZES ?= shipped,100k,1m
BENCH_FIRST_DRAW_RUNS ?= 5
bench: install-test
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	@# The issue-22 table: first draw, first visitor after a start, loads, rerun, slider, RSS.
	$(BIN)/python -m bench.speed --sizes $(BENCH_SPEED_SIZES) --out docs/benchmarks.md
	@# The first map against the floor app, fresh browser contexts (docs/benchmarks.md, First draw).
	$(BIN)/python -m bench.first_draw --runs $(BENCH_FIRST_DRAW_RUNS)
	$(BIN)/python -m bench.run --sizes $(BENCH_SIZES) --out docs/benchmarks.md
	@# A start from CSV against a restart from the snapshot, and a rerun that changes nothing.
	$(BIN)/python -m bench.restart --sizes $(BENCH_RESTART_SIZES) --out docs/restart-bench.md
	@# The PostGIS store beside the embedded one (needs postgresql-15-postgis-3 from apt).
	$(BIN)/python -m bench.postgis --events $(BENCH_PG_EVENTS) --out docs/postgis-bench.md

# One server, LOAD_SESSIONS concurrent headless browsers x LOAD_INTERACTIONS each: errors
# (must be 0), p50/p95 latency, server memory per added session -> docs/load-test.md.
# LOAD_EVENTS=100000 make load-test  runs it on synthetic data of that size;
# LOAD_REPLICAS=2 through HAProxy to two replicas on one PostGIS database (needs
# postgresql-15-postgis-3 and haproxy from apt) -> docs/load-test-replicas.md.
LOAD_SESSIONS ?= 10
LOAD_INTERACTIONS ?= 20
LOAD_EVENTS ?= 0
LOAD_REPLICAS ?= 1
LOAD_OUT = docs/load-test$(if $(filter 2,$(LOAD_REPLICAS)),-replicas,).md
load-test: install-test
	$(BIN)/python -m bench.load --sessions $(LOAD_SESSIONS) --replicas $(LOAD_REPLICAS) \
		--interactions $(LOAD_INTERACTIONS) --events $(LOAD_EVENTS) --out $(LOAD_OUT)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts frontend/node_modules frontend/.test-build
