"""Score the ``speech`` component on the REDEWIEDERGABE corpus (token level).

    python training/eval_speech.py --data ../shared/data/redewiedergabe [--source grenz mkhz] [--limit N]

The same as ``qk eval speech --data DIR``; the scoring lives in
:mod:`quellenkritik.evidence.speech.evaluate` (see its docstring). Prints
precision, recall and F1 per type (direct, indirect, reported) as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quellenkritik.errors import QuellenkritikError
from quellenkritik.evidence.speech.evaluate import evaluate_speech


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, type=Path, help="the corpus folder (with main/tsv) or a folder of .tsv files")
    ap.add_argument("--source", nargs="*", default=None, help="only samples whose name has one of these (digbib, grenz, mkhz)")
    ap.add_argument("--limit", type=int, default=0, help="at most this many samples (sorted by name)")
    args = ap.parse_args(argv)
    try:
        result = evaluate_speech(args.data, args.source, args.limit)
    except QuellenkritikError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
