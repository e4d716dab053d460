# Every target sets up its own virtual environment; CI calls these verbatim.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
STAMP  := $(VENV)/.installed

.PHONY: setup demo test bench schema model clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/python scripts/demo.py --shared $(SHARED)

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --shared $(SHARED) --write-docs

# Retrain the shipped NER model from ../shared/data: the GermEval 2014 train
# split, selected on dev (about 25 minutes on one core).
model: $(STAMP)
	OMP_NUM_THREADS=1 $(BIN)/python training/train_ner.py --shared $(SHARED) --seed 1 --max-steps 12000 --eval-every 750 --patience 4 \
		--output src/quellenkritik/data/ner --report training/ner-report.json

schema: $(STAMP)
	$(BIN)/python -c "from quellenkritik.document import write_json_schema; write_json_schema()"

clean-venv:
	rm -rf $(VENV)
