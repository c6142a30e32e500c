# Living systematic review of dry needling. `make help` lists the targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OUT    ?= outputs

.DEFAULT_GOAL := help
.PHONY: help report test monthly bench clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required (found %s)" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench]'
	@touch $@

report: $(STAMP) ## Run the whole pipeline offline on the bundled data; writes outputs/report.html
	$(PY) -m pipeline run --source snapshot --out $(OUT)
	@echo "Report: $(OUT)/report.html"

test: $(STAMP) ## Run the test suite
	$(PY) -m pytest -q

monthly: $(STAMP) ## Live incremental PubMed run into $(OUT) (needs NCBI_EMAIL; NCBI_API_KEY optional)
	$(PY) -m pipeline run --source live --out $(OUT)

bench: $(STAMP) ## Print speed and memory benchmarks (parse, scaling, default run, live fetch)
	$(PY) bench/run.py

clean: ## Remove the virtual environment and generated outputs (keeps outputs/README.md)
	rm -rf $(VENV)
	find $(OUT) -mindepth 1 ! -name README.md -exec rm -rf {} +
