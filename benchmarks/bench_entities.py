"""Speed of the KB entity matcher, KB size and load time.

    python benchmarks/bench_entities.py /work/shared/data/10kgnad/test.csv [--top 30]

The 10kGNAD file is semicolon-separated (quotechar '), label;text. Words are
counted like the tokens stage does (tokens with a letter or a digit). With
``--top`` it also prints the most frequent matched surface forms per label,
to review precision by eye (nothing is written).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from gnad import read_texts  # noqa: E402

_WORDS = re.compile(r"\w+")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", type=Path)
    ap.add_argument("--top", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    texts = read_texts(args.csv)

    t0 = time.perf_counter()
    from quellenkritik.evidence.entities.kb import KB_PATH, load_kb

    kb = load_kb()
    t_kb = time.perf_counter() - t0
    from quellenkritik.evidence.entities.matcher import get_matcher

    t1 = time.perf_counter()
    matcher = get_matcher()
    t_matcher = time.perf_counter() - t1

    n_words = sum(len(_WORDS.findall(t)) for t in texts)
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    n_spans = 0
    t2 = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            for m in matcher.find(text):
                n_spans += 1
                if args.top:
                    counts[m.label][text[m.start : m.end]] += 1
    dt = time.perf_counter() - t2
    kb_dir = KB_PATH.parent
    print(json.dumps({
        "docs": len(texts), "words": n_words * args.repeat, "seconds": round(dt, 3),
        "words_per_s": round(n_words * args.repeat / dt), "spans": n_spans,
        "kb_entries": len(kb), "kb_file_bytes": KB_PATH.stat().st_size,
        "kb_dir_bytes": sum(p.stat().st_size for p in kb_dir.iterdir() if p.is_file()),
        "kb_load_s": round(t_kb, 3), "matcher_build_s": round(t_matcher, 3),
    }, indent=1))
    for label, c in sorted(counts.items()):
        print(label, c.most_common(args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
