# comptoir: the two commands of a fresh machine are `make demo` and `make test`.
# Both install what they need themselves: .venv (pip), node_modules (npm ci), redis-server (apt).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEPS := $(VENV)/.installed
NODE := node_modules/.installed

.PHONY: setup demo test lint generate check bench clean

setup: $(DEPS) $(NODE) redis

$(PY):
	$(PYTHON) -m venv $(VENV)

# pip's editable install is an import hook that mypy cannot follow; the .pth line naming the source
# directories makes them visible to mypy (ours and that of any project using this environment).
$(DEPS): $(PY) pyproject.toml
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -c 'import pathlib, sysconfig; pathlib.Path(sysconfig.get_paths()["purelib"], "comptoir-sources.pth").write_text("$(CURDIR)/overlays\n$(CURDIR)/generated\n")'
	touch $@

$(NODE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The Redis token store is tested against a real redis-server (Debian package).
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
		echo "installing redis-server (apt)"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq redis-server >/dev/null; }

# Regenerate stale clients (and register new packages with the editable install).
generate: $(DEPS) $(NODE)
	$(PY) scripts/generate.py
	$(PY) -m pip install --quiet --no-deps -e .

lint: $(DEPS) $(NODE)
	$(PY) scripts/generate.py --lint
	$(VENV)/bin/ruff check overlays scripts tests
	$(VENV)/bin/ruff format --check overlays scripts tests
	$(VENV)/bin/mypy --strict overlays scripts
	$(VENV)/bin/mypy generated

check: $(DEPS)
	$(PY) scripts/generate.py --check

demo: setup generate
	$(PY) scripts/demo.py

# Two passes: everything but the timing-sensitive tests on both cores, then those alone.
test: setup lint check
	$(PY) -m pytest -q -n 2 -m "not serial"
	$(PY) -m pytest -q -m serial

bench: setup
	$(PY) scripts/bench.py

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache .hypothesis
