# The two commands of the README: `make lab` starts the product, `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYTEST_ARGS ?=
PORT ?=
THEME ?=
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: lab app test lint unit bench help

help:
	@echo "make lab    start JupyterLab on notebooks/ (demo data if the workspace is empty; PORT=8890)"
	@echo "make test   lint, unit tests, notebooks (nbval), Binder check and browser test"
	@echo "make app    the whole follow-up as one web page (Voila), no notebook needed (PORT=8890, THEME=dark)"
	@echo "make unit   the fast unit tests only"
	@echo "make bench  print the benchmark figures beside their references"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "followup-kit needs Python 3.11 or newer; set PYTHON=python3.12 or similar"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Debian's headless Chromium for the browser test (Playwright never downloads a browser here).
/usr/bin/chromium:
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-dejavu-core

# The repository's Jupyter configuration saves notebooks without outputs or widget state
# (personal data stays in the workspace, out of git); Binder uses it too (binder/start).
LAB_CONFIG := JUPYTER_CONFIG_PATH="$(CURDIR)/jupyter-config$${JUPYTER_CONFIG_PATH:+:$$JUPYTER_CONFIG_PATH}"

lab: $(STAMP)
	$(BIN)/followup-kit demo --if-empty
	$(LAB_CONFIG) $(BIN)/jupyter lab notebooks/ $(if $(PORT),--port=$(PORT)) $(ALLOW_ROOT)

app: $(STAMP)
	$(BIN)/followup-kit demo --if-empty
	$(BIN)/voila app/followup.ipynb $(if $(PORT),--port=$(PORT)) $(if $(THEME),--theme=$(THEME))

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# axe-core (accessibility rules) from the npm registry, for the browser test to inject into pages.
AXE := $(VENV)/axe/node_modules/axe-core/axe.min.js
$(AXE):
	command -v npm > /dev/null || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }
	npm install --silent --no-audit --no-fund --prefix $(VENV)/axe axe-core@4.14

test: $(STAMP) /usr/bin/chromium $(AXE) lint
	$(BIN)/python -m pytest --nbval-lax --nbval-current-env tests notebooks app $(PYTEST_ARGS)

unit: $(STAMP)
	$(BIN)/python -m pytest tests -m "not slow" $(PYTEST_ARGS)

bench: $(STAMP) /usr/bin/chromium
	$(BIN)/python benchmarks/spelling.py
	$(BIN)/python benchmarks/review_speed.py
	$(BIN)/python benchmarks/unanswered_concern.py
	$(BIN)/python benchmarks/templates.py
	$(BIN)/python benchmarks/grammar.py
	$(BIN)/python benchmarks/store_speed.py
	$(BIN)/python benchmarks/board_speed.py
	$(BIN)/python benchmarks/live_review.py
	$(BIN)/python benchmarks/tone.py
	$(BIN)/python benchmarks/letters.py
	$(BIN)/python benchmarks/replies.py
