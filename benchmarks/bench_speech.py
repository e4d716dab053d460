"""Speed of the ``speech`` component alone (words/s) on 10kGNAD test articles.

    python benchmarks/bench_speech.py --data ../shared/data/10kgnad/test.csv [--limit N]

Tokens and sentences are computed first and not timed; only the speech
component is. Words are counted like the tokens stage (tokens with a letter
or digit, ``runtime["n_words"]``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gnad import best_of, read_texts
from quellenkritik.document import Document, Source
from quellenkritik.evidence.speech.components import make_speech
from quellenkritik.pipeline import registry


_LAYERS = ("quotes", "attributions", "sources", "unattributed", "findings")


def _reset(doc: Document) -> None:
    for name in _LAYERS:
        doc.layers.pop(name, None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, type=Path, help="10kGNAD test.csv (label;text, quotechar ')")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3, help="runs; the fastest is reported")
    args = ap.parse_args(argv)
    tokens, sentences = registry.get("tokens").factory(), registry.get("sentences").factory()
    docs = []
    for text in read_texts(args.data, args.limit):
        doc = Document(source=Source(kind="text", location="bench"), text=text, language="de")
        tokens(doc)
        sentences(doc)
        docs.append(doc)
    words = sum(d.runtime["n_words"] for d in docs)
    speech = make_speech()
    best = best_of(args.repeat, speech, docs, reset=_reset)
    print(json.dumps({"articles": len(docs), "words": words, "seconds": round(best, 3), "words_per_s": round(words / best)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
