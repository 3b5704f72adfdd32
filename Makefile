# Hypnic: `make run` to use it, `make test` to check it. See README.md.
SHELL := /bin/bash
PY := .venv/bin/python
VENV_STAMP := .venv/.installed
ASSETS_STAMP := node_modules/.installed
PYTEST_WORKERS ?= 2
# make test fails below this line coverage (%); raise it when coverage rises.
COVERAGE_FLOOR ?= 93

.PHONY: bootstrap system services services-stop venv assets migrate run test lint format \
	pytest e2e bench profile video-bench moderation-model moderation-eval video-eval video-model lock clean

bootstrap: system venv assets services

system:
	@scripts/system-deps.sh

venv: $(VENV_STAMP)
$(VENV_STAMP): requirements.txt
	@test -x $(PY) || python3 -m venv .venv
	@.venv/bin/pip install --quiet --upgrade pip
	@.venv/bin/pip install --quiet -r requirements.txt
	@touch $@

assets: $(ASSETS_STAMP)
$(ASSETS_STAMP): package.json package-lock.json
	@npm ci --no-audit --no-fund --loglevel=error
	@touch $@

services:
	@scripts/services.sh start

services-stop:
	@scripts/services.sh stop

migrate: bootstrap
	@$(PY) manage.py migrate --noinput

# run.sh starts PostgreSQL and Redis itself, so that Ctrl-C stops what it started.
run: system venv assets
	@scripts/run.sh

lint: venv
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/djlint templates --lint
	.venv/bin/lint-imports --no-cache
	.venv/bin/mypy
	$(PY) manage.py makemigrations --check --dry-run

format: venv
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .
	.venv/bin/djlint templates --reformat

pytest: bootstrap
	$(PY) -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test: bootstrap lint
	$(PY) -m pytest -n $(PYTEST_WORKERS) --cov --cov-report=term \
		--cov-fail-under=$(COVERAGE_FLOOR) $(PYTEST_ARGS)

e2e: bootstrap
	$(PY) -m pytest tests/e2e $(PYTEST_ARGS)

bench: bootstrap
	$(PY) -m bench.run $(BENCH_ARGS)

# Where one page's time goes, in one process, on the database `make bench` seeded:
# make profile PROFILE_ARGS="/forum/t/<id>/<slug>/ --member --profile"
profile: bootstrap
	$(PY) -m bench.profile_page $(PROFILE_ARGS)

# Speed of the video pipeline alone (bench runs it too): 60 s of 1080p30.
video-bench: venv
	$(PY) -m bench.video_bench $(BENCH_ARGS)

# The jerk detector on the frozen test split of the night clips (renders them once
# into var/nightclips, a few minutes on 2 cores). EVAL_ARGS="--split dev" to tune.
video-eval: venv
	$(PY) -m tests.logbook.video.nightclips.evaluate $(EVAL_ARGS)

# Retrain the jerk classifier (logbook/video/motion/jerk_model.npz) on dev clips of
# both night-clip generators (never their frozen test clips); renders and analyses
# them once into var/ (long on 2 cores). Fixed seeds: the same clips, the same model.
video-model: venv
	$(PY) -m tests.logbook.video.nightclips.train $(MODEL_ARGS)

# Rebuild the committed default model from forum/moderation/corpus (train, dev; the
# test split only scores it). CORPUS=dir reads another corpus folder; MODEL_ARGS=--rescore
# keeps the model and only scores it again (after a rule change). A model that scores worse
# on the test split than the committed one is refused (MODEL_ARGS=--force writes it anyway).
moderation-model: venv
	$(PY) -m forum.moderation.engine.artefact $(if $(CORPUS),--corpus $(CORPUS)) $(MODEL_ARGS)

moderation-eval: venv
	$(PY) -m forum.moderation.evaluate $(if $(CORPUS),--corpus $(CORPUS)) $(EVAL_ARGS)

# The shipped model on the two held-out sets written by people who never saw the
# engine (corpus/INDEPENDENT.md, INDEPENDENT2.md); each is scored as a test split.
.PHONY: moderation-eval-independent
moderation-eval-independent: venv
	@status=0; for set in independent independent2; do \
		dir=$$(mktemp -d); ln -s $(CURDIR)/forum/moderation/corpus/$$set.jsonl $$dir/test.jsonl; \
		echo "== $$set.jsonl"; \
		$(PY) -m forum.moderation.evaluate --corpus $$dir --no-cv || status=1; \
		rm -r $$dir; \
	done; exit $$status

# Regenerate the pinned locks from pyproject.toml's groups (keeps current pins unless
# asked: `make lock LOCK_ARGS=--upgrade`). Production installs requirements/production.txt.
LOCK_FLAGS := --quiet --strip-extras --no-header --annotation-style=line --no-emit-index-url \
	--no-emit-find-links --no-emit-trusted-host $(LOCK_ARGS)
lock: venv
	.venv/bin/pip-compile $(LOCK_FLAGS) -o requirements/production.txt pyproject.toml
	.venv/bin/pip-compile $(LOCK_FLAGS) --extra test --extra bench -c requirements/production.txt \
		-o requirements.txt pyproject.toml

clean:
	rm -rf var/staticfiles .pytest_cache .ruff_cache

# The video detector of this checkout, as a black box, on clips it has never seen.
.PHONY: video-eval-independent
video-eval-independent: venv
	$(PY) -m bench.video_indep.evaluate $(VIDEO_EVAL_ARGS)
