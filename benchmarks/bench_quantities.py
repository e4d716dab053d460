"""Speed of the ``quantities`` component alone, after tokens and sentences.

Reads 10kGNAD's test split from the path given (never copied into the repo):
semicolon separated, quotechar "'", columns label;text. Runs the default
pipeline (clean ... sentences) untimed, then times only ``quantities`` and
prints words/s (words = ``\\w+`` runs of the cleaned text), quantities and
findings per document, and the tokenizer's own words/s for comparison.

    python benchmarks/bench_quantities.py ../shared/data/10kgnad/test.csv [--limit N] [--repeat 3]

The fastest of ``--repeat`` runs is reported.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from gnad import best_of, read_texts  # noqa: E402 - benchmarks/ is on sys.path when run as a script

_WORD = re.compile(r"\w+")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="runs; the fastest is reported")
    args = ap.parse_args(argv)

    import quellenkritik.evidence.quantities.components  # noqa: F401 - registers
    from quellenkritik import analyze
    from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline, registry

    texts = read_texts(args.csv, args.limit)
    pre = Pipeline.from_names(list(DEFAULT_COMPONENTS))
    docs = [analyze(t, kind="text", pipeline=pre) for t in texts]
    run = registry.get("quantities").factory()
    run(docs[0])  # warm-up (regex compilation happens at import; text2num cache)
    docs[0].layers.pop("quantities", None)
    words = sum(len(_WORD.findall(d.text)) for d in docs)
    secs = best_of(args.repeat, run, docs)  # the component replaces its own spans on a rerun
    n_q = sum(len(d.layers.get("quantities", [])) for d in docs)
    n_f = sum(1 for d in docs for s in d.layers.get("findings", []) if s.by == "quantities")
    tok = pre.timings.get("tokens", 0.0)
    print(json.dumps({
        "docs": len(docs), "words": words, "seconds": round(secs, 3),
        "words_per_s": round(words / secs), "quantities": n_q, "quantity_checks": n_f,
        "tokens_words_per_s": round(words / tok) if tok else None,
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
