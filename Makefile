# Two commands for a fresh machine: `make run` (set up and start) and `make test` (set up and test).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-slow lint bench translations screenshot clean bundle docs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --only-binary sqlcipher3 -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

# The quick suite (the crash loop and the full translation scan are marked slow), the layer
# contracts and ruff; CI (.ci/run) runs `make test` and then `make test-slow`. The quick suite
# runs in one worker process per core (pytest-xdist): each test file whole in one worker, the
# files in the order a single process runs them (module fixtures built once, partial order kept).
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow" -n auto --dist loadfile --no-loadscope-reorder
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check .

test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

translations: $(STAMP)
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py check

# The one-folder app that starts without Python (dist/samordnare/), from packaging/samordnare.spec.
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet --only-binary sqlcipher3 -e ".[bundle]"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/samordnare.spec
	@du -sh dist/samordnare

# The handbook's screenshots, from the demo through the `screenshot` command.
docs: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/handbook_screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
