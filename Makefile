# The two set-up commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint demo bench screenshots translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	# The CPU build of torch first, so the project's own torch range is already met.
	$(BIN)/python -m pip install torch==2.13.0
	$(BIN)/python -m pip install -e '.[dev]'
	touch $(STAMP)

# Compiled translations are built from the committed Qt Linguist sources.
QM := $(patsubst %.ts,%.qm,$(wildcard desktop/translations/*.ts))
desktop/translations/%.qm: desktop/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

setup: $(STAMP) $(QM)

# Refresh the .ts sources from the code's tr() strings (then translate with pyside6-linguist).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find desktop -name '*.py') \
		-ts desktop/translations/atelier_fr.ts desktop/translations/atelier_en.ts

run: setup
	$(BIN)/atelier

lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest

demo: setup
	$(BIN)/atelier demo --data-dir demo-data --orders 2000 --seed 1 --replace
	$(BIN)/atelier --data-dir demo-data

bench: setup
	$(BIN)/python -m benchmarks

screenshots: setup
	$(BIN)/python -m desktop.screenshots screenshots

clean:
	rm -rf $(VENV) desktop/translations/*.qm .pytest_cache .ruff_cache bench-results.json demo-data screenshots
