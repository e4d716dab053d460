"""Speed of the ``speech`` component alone (words/s) on 10kGNAD test articles.

    python benchmarks/bench_speech.py --data ../shared/data/10kgnad/test.csv [--limit N]

Tokens and sentences are computed first and not timed; only the speech
component is. Words are counted like the tokens stage (tokens with a letter
or digit, ``runtime["n_words"]``).
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from pathlib import Path

from quellenkritik.document import Document, Source
from quellenkritik.evidence.speech.components import make_speech
from quellenkritik.pipeline import registry


def load(path: Path, limit: int) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r[1] for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) >= 2]
    return rows[:limit] if limit else rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, type=Path, help="10kGNAD test.csv (label;text, quotechar ')")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3, help="runs; the fastest is reported")
    args = ap.parse_args(argv)
    tokens, sentences = registry.get("tokens").factory(), registry.get("sentences").factory()
    docs = []
    for text in load(args.data, args.limit):
        doc = Document(source=Source(kind="text", location="bench"), text=text, language="de")
        tokens(doc)
        sentences(doc)
        docs.append(doc)
    words = sum(d.runtime["n_words"] for d in docs)
    speech = make_speech()
    best = float("inf")
    for _ in range(args.repeat):
        for d in docs:
            for name in ("quotes", "attributions", "sources", "unattributed", "findings"):
                d.layers.pop(name, None)
        t0 = time.perf_counter()
        for d in docs:
            speech(d)
        best = min(best, time.perf_counter() - t0)
    print(json.dumps({"articles": len(docs), "words": words, "seconds": round(best, 3), "words_per_s": round(words / best)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
