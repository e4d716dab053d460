"""Train the shipped target-stance model on GerNTSA (CC BY 4.0) and measure it.

    .venv/bin/python training/train_stance.py --data ../shared/data/gerntsa/GerNTSA.json

Needs scikit-learn (>= 1.3, the ``train`` extra); the model it writes runs on
numpy alone (``quellenkritik.rhetoric.stance``). Recipe: the fixed split of
``gerntsa_split`` (crc32 of the sentence mod 10: 0-7 train, 8 dev, 9 test);
features from ``stance_features``; multinomial logistic regression with
balanced class weights; C chosen on dev macro-F1 from ``--c-grid``; the model
fitted on train alone is what ships, so the test figure is that of the shipped
file. Prints a JSON report (also stored in the model's ``meta``).
Deterministic: hashing with crc32, lbfgs, no random state involved.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from quellenkritik.rhetoric.linear import (  # noqa: E402
    scores,
    sparse_matrix,
    LinearModel,
    train_logistic,
    predict_proba,
    save_model,
)
from quellenkritik.rhetoric.stance import LABELS, MODEL_PATH, read_gerntsa, stance_features  # noqa: E402

BITS = 18

# Names of both sides of a conflict or contest, swapped pairwise in the words
# around the target (never the target itself) to audit that the model reads
# wording, not sides: a label that flips when only the side changes is a bug.
SWAPS = [
    ("Russland", "Ukraine"), ("Putin", "Selenskyj"), ("russische", "ukrainische"),
    ("russischen", "ukrainischen"), ("Moskau", "Kiew"), ("Russen", "Ukrainer"),
    ("Israel", "Palästina"), ("USA", "China"), ("CDU", "SPD"), ("AfD", "Grünen"),
    ("Biden", "Trump"), ("Regierung", "Opposition"),
]


def _scores(gold: list[str], pred: list[str]) -> dict:
    return scores(gold, pred, LABELS)


def symmetry_audit(model: LinearModel, records: list[dict]) -> dict:
    """Swap the SWAPS names outside the target in every record that has one; count label flips."""
    swap = {a: b for a, b in SWAPS} | {b: a for a, b in SWAPS}
    rx = re.compile(r"\b(" + "|".join(map(re.escape, sorted(swap, key=len, reverse=True))) + r")\b")
    before, after = [], []
    for r in records:
        s, a, b = r["sentence"], r["start"], r["end"]
        left, right = rx.sub(lambda m: swap[m.group()], s[:a]), rx.sub(lambda m: swap[m.group()], s[b:])
        if (left, right) != (s[:a], s[b:]):
            before.append(stance_features(s, a, b))
            after.append(stance_features(left + s[a:b] + right, len(left), len(left) + b - a))
    p, q = predict_proba(model, before), predict_proba(model, after)
    return {
        "records_with_a_swappable_name": len(before),
        "label_flips": int((p.argmax(1) != q.argmax(1)).sum()),
        "max_probability_change": round(float(np.abs(p - q).max()) if len(before) else 0.0, 4),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/gerntsa/GerNTSA.json", help="GerNTSA.json")
    ap.add_argument("--output", default=str(MODEL_PATH), help="where the model file goes")
    ap.add_argument("--c-grid", default="0.03,0.1,0.3,1", help="inverse regularisation strengths to try on dev")
    ap.add_argument("--bits", type=int, default=BITS, help="hash buckets = 2**bits")
    args = ap.parse_args(argv)

    from sklearn import __version__ as sk_version

    records = read_gerntsa(args.data)
    parts = {name: [r for r in records if r["split"] == name] for name in ("train", "dev", "test")}
    feats = {k: [stance_features(r["sentence"], r["start"], r["end"]) for r in v] for k, v in parts.items()}
    gold = {k: [r["label"] for r in v] for k, v in parts.items()}
    X = {k: sparse_matrix(v, args.bits) for k, v in feats.items()}

    majority = Counter(gold["train"]).most_common(1)[0][0]
    report: dict = {
        "data": "GerNTSA (github.com/cgoer/GerNTSA), CC BY 4.0",
        "split": "crc32(UTF-8 sentence) % 10: 0-7 train, 8 dev, 9 test",
        "counts": {k: dict(sorted(Counter(v).items())) for k, v in gold.items()},
        "features": "masked target; word 1-2-grams; own polar lexicon counts (sentence, +-5 tokens, clause, nearest)",
        "bits": args.bits,
        "sklearn": sk_version,
        "grid": {},
    }
    model, c, report["grid"] = train_logistic(X, feats, gold, LABELS, args.bits, [float(x) for x in args.c_grid.split(",")])
    report["temperature (fitted on dev)"] = model.meta["temperature"]

    report["C"] = c
    for k in ("dev", "test"):
        pred = [LABELS[i] for i in predict_proba(model, feats[k]).argmax(1)]
        report[k] = _scores(gold[k], pred)
        report[k]["majority_baseline"] = _scores(gold[k], [majority] * len(gold[k]))
    report["symmetry_audit (all GerNTSA records)"] = symmetry_audit(model, records)

    model = LinearModel(model.labels, model.weights, model.bias, model.bits, meta=report)
    save_model(model, args.output)  # the meta holds no timing, so a rerun writes the same bytes
    report["file_bytes"] = Path(args.output).stat().st_size
    t0 = time.perf_counter()
    predict_proba(model, [stance_features(r["sentence"], r["start"], r["end"]) for r in records])
    report["sentences_per_second_featurise_and_score"] = round(len(records) / (time.perf_counter() - t0))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
