#!/usr/bin/env python3
"""Measure the ``dates`` component on German court decisions with TimeML (TIMEX3) annotation.

Reads the gzipped files of ``german-court-timex`` (one tokenised sentence a
line, ``<TIMEX3 ... type=".." value="..">text</TIMEX3>`` inline), strips the
tags to get the text and the gold spans, runs
:func:`quellenkritik.evidence.dates.find_dates` on every line (language "de",
no anchor: the corpus gives no document creation time) and prints JSON:

* ``n_gold``: gold DATE expressions; ``recall``: those overlapped by a
  predicted span (any label);
* ``precision``: predicted spans that overlap a gold TIMEX3 of any type
  (DATE, DURATION, TIME, SET);
* ``value_accuracy``: on recalled gold DATEs, the share whose predicted value
  (of the most-overlapping prediction) equals the gold value exactly;
  ``value_accuracy_resolved``: the same, counting only predictions with a
  fully known value (no "X", not null) -- without an anchor, year-less and
  relative expressions cannot match the annotators' resolved values;
  ``value_accuracy_same_granularity``: counting only pairs whose values have
  the same shape (the gold often marks just the year of "18. 7. 2016");
* per-file recall and speed (characters and words per second of
  ``find_dates`` alone).

Usage::

    .venv/bin/python training/eval_timex.py --data ../shared/data/german-court-timex [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from quellenkritik.evidence.dates import find_dates

_TAG = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_line(line: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and gold spans ``{start, end, type, value}`` of one TimeML line (nesting allowed)."""
    out: list[str] = []
    pos = 0
    n = 0
    stack: list[dict[str, Any]] = []
    gold: list[dict[str, Any]] = []
    for m in _TAG.finditer(line):
        chunk = line[pos : m.start()]
        out.append(chunk)
        n += len(chunk)
        pos = m.end()
        if m.group(1) is not None:
            attrs = dict(_ATTR.findall(m.group(1)))
            stack.append({"start": n, "type": attrs.get("type", ""), "value": attrs.get("value", "")})
        elif stack:
            g = stack.pop()
            g["end"] = n
            gold.append(g)
    out.append(line[pos:])
    return "".join(out), gold


def _shape(value: str) -> str:
    return re.sub(r"[0-9X]", "9", value)


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def evaluate(files: list[Path], limit: int | None = None) -> dict[str, Any]:
    n_gold = n_hit = n_pred = n_pred_ok = 0
    n_val = n_resolved = n_resolved_ok = n_same = n_same_ok = 0
    per_file: dict[str, dict[str, Any]] = {}
    misses: dict[str, int] = {}
    seconds = 0.0
    chars = words = 0
    for path in files:
        fg = fh = 0
        with gzip.open(path, "rt", encoding="utf-8") as fh_in:
            for i, line in enumerate(fh_in):
                if limit is not None and i >= limit:
                    break
                text, gold = parse_line(line.rstrip("\n"))
                t0 = time.perf_counter()
                pred = find_dates(text, "de", None)
                seconds += time.perf_counter() - t0
                chars += len(text)
                words += len(text.split())
                n_pred += len(pred)
                n_pred_ok += sum(1 for p in pred if any(_overlap(p, g) for g in gold))
                for g in gold:
                    if g["type"] != "DATE":
                        continue
                    n_gold += 1
                    fg += 1
                    best = max(pred, key=lambda p: _overlap(p, g), default=None)
                    if best is None or not _overlap(best, g):
                        key = re.sub(r"\d", "9", text[g["start"] : g["end"]])
                        misses[key] = misses.get(key, 0) + 1
                        continue
                    n_hit += 1
                    fh += 1
                    value = best["attrs"]["value"]
                    n_val += value == g["value"]
                    if value and "X" not in value:
                        n_resolved += 1
                        n_resolved_ok += value == g["value"]
                    if value and _shape(value) == _shape(g["value"]):
                        n_same += 1
                        n_same_ok += value == g["value"]
        per_file[path.name.split("_")[0]] = {"n_gold": fg, "recall": round(fh / fg, 4) if fg else None}
    top_misses = sorted(misses.items(), key=lambda kv: -kv[1])[:15]
    return {
        "n_gold": n_gold,
        "recall": round(n_hit / n_gold, 4) if n_gold else None,
        "precision": round(n_pred_ok / n_pred, 4) if n_pred else None,
        "n_pred": n_pred,
        "value_accuracy": round(n_val / n_hit, 4) if n_hit else None,
        "value_accuracy_resolved": round(n_resolved_ok / n_resolved, 4) if n_resolved else None,
        "n_resolved": n_resolved,
        "value_accuracy_same_granularity": round(n_same_ok / n_same, 4) if n_same else None,
        "n_same_granularity": n_same,
        "per_file": per_file,
        "top_missed_shapes": top_misses,
        "words_per_second": round(words / seconds) if seconds else None,
        "chars_per_second": round(chars / seconds) if seconds else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="the german-court-timex folder")
    ap.add_argument("--limit", type=int, default=None, help="at most N lines per file")
    args = ap.parse_args(argv)
    files = sorted(args.data.glob("*_timex.txt.gz"))
    if not files:
        print(f"no *_timex.txt.gz files in {args.data}", file=sys.stderr)
        return 2
    print(json.dumps(evaluate(files, args.limit), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
