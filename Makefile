# The two commands of the README:
#   make run   create .venv if needed, then run the embedded default study
#   make test  create .venv if needed, then run the tests
# .venv is rebuilt only when requirements.lock or pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: run test env lock clean-results dvc-yaml

run: $(STAMP)
	snakemake --cores 2 all

# -n 2: two pytest-xdist workers. Most tests use one core (OMP_NUM_THREADS=1), so on the
# 2-core CI machine a serial run kept one core busy on average (99 % CPU of 200 %, 44.5 min);
# --dist loadfile keeps each test file on one worker (tests/conftest.py says why).
# --durations: the slowest tests, printed at the end so each CI log shows where the time goes.
test: $(STAMP)
	python -m pytest -q -n 2 --dist loadfile --durations=25

env: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Regenerate dvc.yaml from the results layout and params.yaml (tests/test_dvc.py checks it is current).
dvc-yaml: $(STAMP)
	advaug dvc-yaml

# Re-pin every package after changing pyproject.toml's ranges.
lock:
	rm -rf /tmp/advaug-lock && $(PYTHON) -m venv /tmp/advaug-lock
	/tmp/advaug-lock/bin/python -m pip install -q "torch==2.14.1" "torchvision==0.29.1" -e ".[dev]"
	/tmp/advaug-lock/bin/python -m pip freeze --all --exclude-editable | grep -v -E "^pip==" > requirements.lock

clean-results:
	rm -rf results .snakemake
