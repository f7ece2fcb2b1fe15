PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
BENCH := $(VENV)/.bench-installed

.PHONY: run test lint bench messages serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(RUNTIME): requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(DEV): requirements.txt requirements-dev.txt $(RUNTIME)
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

$(BENCH): requirements-bench.txt $(DEV)
	$(BIN)/pip install --quiet -r requirements-bench.txt
	touch $@

# Compiled translations (.mo) are not in git; needs GNU gettext (Debian: gettext).
messages: $(RUNTIME)
	DEBUG=1 $(BIN)/python manage.py compilemessages --ignore=$(VENV) --verbosity 0

# Development server on SQLite, tasks in-process, demo users and the sample article.
run: $(RUNTIME) messages
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py seed_demo
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

# Production processes from Procfile (web, one worker per queue group, beat), stopped
# together on Ctrl-C. Needs the environment of README's "Production" section.
serve: $(RUNTIME)
	@test -n "$$CELERY_BROKER_URL" || { echo "serve: set CELERY_BROKER_URL (see README, Production)"; exit 1; }
	@test -n "$$DATABASE_URL" || { echo "serve: set DATABASE_URL (see README, Production)"; exit 1; }
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start $(PROCESSES)

# Uses PostgreSQL when DATABASE_URL points there, and Redis when CELERY_BROKER_URL is set.
# axe-core (package.json, pinned in package-lock.json) for the accessibility checks of the browser tests.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

test: $(DEV) messages node_modules/.installed
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run

# Prints the figures recorded in BENCHMARKS.md.
bench: $(BENCH)
	DEBUG=1 $(BIN)/python bench/bench_extraction.py --seconds 3
	DEBUG=1 $(BIN)/python bench/eval_heldout.py
	$(BIN)/python bench/bench_matching.py
	$(BIN)/python bench/bench_api.py
