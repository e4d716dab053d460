"""Score the ``claims`` detector on GermEval 2021 subtask 3 (fact-claiming comments).

    python training/eval_claims.py --data ../shared/data/germeval2021-toxic-factclaiming [--limit N]

The same as ``qk eval claims --data DIR``; the scoring lives in
:mod:`quellenkritik.evidence.claims.evaluate`. A comment is predicted
fact-claiming when it holds a claim with score >= a threshold chosen on the
train file only (best macro-F1 there); precision, recall and F1 of the
positive class and macro-F1 (the official metric) are reported on the test
file, with base rates. The data's license is not stated: this measures only
and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quellenkritik.errors import QuellenkritikError
from quellenkritik.evidence.claims.evaluate import evaluate_germeval


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, type=Path, help="folder with GermEval21_TrainData.csv and GermEval21_TestData.csv")
    ap.add_argument("--limit", type=int, default=0, help="only the first N comments of each file")
    args = ap.parse_args(argv)
    try:
        result = evaluate_germeval(args.data, args.limit)
    except QuellenkritikError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
