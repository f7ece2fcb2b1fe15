PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
BENCH := $(VENV)/.bench-installed

.PHONY: run test lint bench messages serve decision-layer

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

# Local development settings, read by manage.py and the bench scripts (git-ignored; the
# environment wins). Written once; delete it to get a new one.
.env: | $(BIN)/python
	@printf '%s\n' "# Development only (written by make run): never deploy with this file." \
		"DEBUG=1" \
		"SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		"DATABASE_URL=sqlite:///$(CURDIR)/db.sqlite3" > $@
	@echo "Wrote $@ (DEBUG=1, a new SECRET_KEY, SQLite): development settings for this clone."

# Development server on SQLite, tasks in-process, demo users and the sample article.
run: $(RUNTIME) messages .env
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py seed_demo
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

# Every Procfile process but the release step, which runs once before them.
PROCESSES ?= $(shell sed -n 's/^\([a-z_]*\):.*/\1/p' Procfile | grep -vx release)

# Production processes from Procfile (web, one worker per queue group, beat), stopped
# together on Ctrl-C, after the Procfile's release step (compile translations, migrate,
# collect static files). Needs the environment of README's "Production" section.
serve: $(RUNTIME)
	@test -n "$$CELERY_BROKER_URL" || { echo "serve: set CELERY_BROKER_URL (see README, Production)"; exit 1; }
	@test -n "$$DATABASE_URL" || { echo "serve: set DATABASE_URL (see README, Production)"; exit 1; }
	PATH="$(CURDIR)/$(BIN):$$PATH" sh -c "$$(sed -n 's/^release: //p' Procfile)"
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start $(PROCESSES)

# Uses PostgreSQL when DATABASE_URL points there, and Redis when CELERY_BROKER_URL is set.
# axe-core (package.json, pinned in package-lock.json) for the accessibility checks of the browser tests.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

# Tests run on PYTEST_WORKERS processes (pytest-xdist; "auto": one per core); PYTEST_WORKERS=0
# runs them in this one process, in order, for debugging. loadgroup runs each xdist_group on one
# worker, one test after another (the tests sharing the real broker: tests/conftest.py); under the
# pinned pytest 9.2 only because tests/xdist_groups.py puts the group into the test's id.
PYTEST_WORKERS ?= auto

test: $(DEV) messages node_modules/.installed
	$(BIN)/pytest --numprocesses $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run

# Prints the figures recorded in BENCHMARKS.md.
bench: $(BENCH)
	DEBUG=1 $(BIN)/python bench/bench_extraction.py --seconds 3
	DEBUG=1 $(BIN)/python bench/eval_heldout.py
	DEBUG=1 $(BIN)/python bench/bench_hostile.py
	DEBUG=1 $(BIN)/python bench/eval_matching.py
	DEBUG=1 $(BIN)/python bench/eval_matching_bilingual.py
	DEBUG=1 $(BIN)/python bench/eval_real_pages.py
	FACTCHECK_EMBEDDING_THREADS=1 $(BIN)/python bench/bench_matching.py --embeddings --real 200
	@if [ -n "$$CELERY_BROKER_URL" ]; then $(BIN)/python bench/bench_monitoring.py --quick; \
	else echo "bench_monitoring.py skipped: set CELERY_BROKER_URL to a Redis database of your own"; fi
	$(BIN)/python bench/bench_api.py

# Retrains the learned decision layer (claims/extraction/model/decision.json) on the current code's signals; needed
# after any change to the rules, cues, speakers, clutter or model (tests/extraction/test_decision_layer_is_current.py).
decision-layer: $(BENCH)
	DEBUG=1 $(BIN)/python bench/stack_on_real_pages.py --export
