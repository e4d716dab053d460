"""False alarms of the translation signals on native German copy (10kGNAD, Der Standard).

    python benchmarks/bench_translation.py --data ../shared/data/10kgnad/test.csv [--limit 300] [--names kb] [--show]

Runs tokens and sentences (and, with ``--names kb`` or ``kb+ner``, the entity components
whose spans are passed as ``names``) over the first ``--limit`` articles, then
``rhetoric.translation.find_signals``; prints signals per 1,000 words by kind, the two
example articles beside them when ../shared/examples exists, and with ``--show`` every
signal with its context, for reading. Words are counted like the tokens stage
(``runtime["n_words"]``). The articles are native copy: every signal there is a false alarm
unless the text really has the slip (read them).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gnad import read_texts
from quellenkritik.document import Document, Source
from quellenkritik.pipeline import registry
from quellenkritik.rhetoric.translation import KINDS, find_signals, summarise

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"


def _pipeline(names: str) -> list:
    steps = ["tokens", "sentences"] + {"none": [], "kb": ["entities.kb"], "kb+ner": ["entities.kb", "entities.ner"]}[names]
    return [registry.get(n).factory() for n in steps]


def run(texts: list[str], names: str = "none") -> tuple[dict, list[tuple[int, str, object]]]:
    """(summary over all texts, [(article index, text, signal)]) for the given texts."""
    steps = _pipeline(names)
    found, n_words = [], 0
    for k, text in enumerate(texts):
        doc = Document(source=Source(kind="text", location="bench"), text=text, language="de")
        for step in steps:
            step(doc)
        n_words += int(doc.runtime.get("n_words") or len(text.split()))
        sents = [(s.start, s.end) for s in doc.layers.get("sentences", [])]
        ents = [(s.start, s.end, s.label) for s in doc.layers.get("entities", [])]
        found += [(k, doc.text, sig) for sig in find_signals(doc.text, sents, "de", ents)]
    summary = summarise([sig for _, _, sig in found], n_words)
    summary["articles"], summary["words"] = len(texts), n_words
    return summary, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, type=Path, help="10kGNAD test.csv (label;text, quotechar ')")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--names", choices=("none", "kb", "kb+ner"), default="none")
    ap.add_argument("--show", action="store_true", help="print every signal with its context")
    args = ap.parse_args(argv)
    summary, found = run(read_texts(args.data, args.limit), args.names)
    result = {"10kgnad": summary}
    if EXAMPLES.exists():
        for path in sorted(EXAMPLES.glob("*.txt")):
            result[path.name] = run([path.read_text(encoding="utf-8")], args.names)[0]
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.show:
        for k, text, sig in found:
            ctx = " ".join(text[max(0, sig.start - 60):sig.end + 60].split())
            print(f"[{k}] {sig.kind} {sig.confidence} {sig.cue!r}\n    {ctx}\n    {sig.explanation}")
    print("kinds:", ", ".join(f"{k}={summary['by_kind'][k]}" for k in KINDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
