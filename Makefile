# London Health & Care Pathways. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
CAREERS := $(VENV)/bin/careers
STAMPS := .stamps
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
TEST_DATABASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
PYTEST_ARGS ?=
export TEST_DATABASE_URL

.PHONY: help install assets db run test lint typecheck pytest bench eval train-weights train-encoder clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMPS)/install: pyproject.toml
	@mkdir -p $(STAMPS)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[dev]'
	@touch $@

$(STAMPS)/assets: package.json package-lock.json $(wildcard careers/static/scss/*.scss) careers/static/js/init.js
	@mkdir -p $(STAMPS)
	npm ci --no-audit --no-fund --loglevel=error
	rm -rf careers/static/nhsuk && mkdir -p careers/static/nhsuk
	@# the NHS.UK styles this service uses, compiled from nhsuk-frontend's own SCSS (careers/static/scss/)
	node_modules/.bin/sass --no-source-map --style=compressed --load-path=node_modules \
		careers/static/scss/nhsuk-public.scss:careers/static/nhsuk/nhsuk-public.min.css \
		careers/static/scss/nhsuk-staff.scss:careers/static/nhsuk/nhsuk-staff.min.css
	@# no third-party requests: nothing may be fetched from assets.nhs.uk (the settings turn off Frutiger's @font-face)
	! grep -l 'assets\.nhs\.uk' careers/static/nhsuk/*.css
	@# the NHS.UK components' JavaScript: header and skip link in init.js, the rest in chunks loaded when a page has them
	node_modules/.bin/esbuild careers/static/js/init.js --bundle --splitting --format=esm --minify \
		--target=es2020 --legal-comments=none --outdir=careers/static/nhsuk/js --log-level=warning
	cp -r node_modules/nhsuk-frontend/dist/nhsuk/assets/* careers/static/nhsuk/
	@touch $@

install: $(STAMPS)/install $(STAMPS)/assets ## Create .venv, install Python and npm packages, put NHS.UK assets in place

db: install ## Migrate the SQLite database, seed it when empty and build the match index
	$(CAREERS) db upgrade
	$(CAREERS) seed --if-empty
	CAREERS_TORCH_THREADS=$$(nproc) $(CAREERS) reindex

run: db ## Install, migrate, seed, index, then serve on http://$(HOST):$(PORT) with one task worker
	@echo "Serving London Health & Care Pathways on http://$(HOST):$(PORT), with a task worker"
	@# The task worker (careers worker) runs beside gunicorn; stopping one stops both.
	$(CAREERS) worker & worker=$$!; \
	$(VENV)/bin/gunicorn --config gunicorn.conf.py --bind $(HOST):$(PORT) --workers $(WORKERS) wsgi:app & web=$$!; \
	trap 'kill -INT $$worker $$web 2>/dev/null; wait' EXIT INT TERM; \
	wait -n

lint: install ## ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install ## mypy on careers/
	$(VENV)/bin/mypy

pytest: install ## Every test (PostgreSQL at TEST_DATABASE_URL, Chromium for browser tests)
	$(VENV)/bin/pytest $(PYTEST_ARGS)

test: lint typecheck pytest ## Install, lint, type-check and run every test

bench: db ## Matcher benchmark: writes docs/benchmarks.md
	$(CAREERS) bench --output docs/benchmarks.md

eval: install ## Matcher evaluation on every set of docs/eval/sets.toml, one table
	$(CAREERS) eval --all

train-weights: install ## Learn the matcher's score weights on the training sets (careers/matching/score_weights.json)
	$(CAREERS) train-weights --pull 1.0

train-encoder: install ## Train the encoder's domain adapter (models/README.md) on O*NET and the training sets; needs ../shared
	$(CAREERS) train-encoder ../shared/data/onet --output models/careers-adapter

clean: ## Remove the virtual environment, npm packages and built files
	rm -rf $(VENV) node_modules $(STAMPS) careers/static/nhsuk instance
