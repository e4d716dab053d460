"""Train the shipped sentence-subjectivity model on GerNTSA (CC BY 4.0); measure it on CheckThat!.

    .venv/bin/python training/train_subjectivity.py --data ../shared/data
    .venv/bin/python training/train_subjectivity.py --data ../shared/data --ceiling   # + measure-only ceiling

Needs scikit-learn (>= 1.3, the ``train`` extra); the model runs on numpy alone
(``quellenkritik.rhetoric.subjectivity``).

What ships is trained only on openly licensed data: GerNTSA sentences (one
row per distinct sentence, the stance split of ``gerntsa_split``), labelled
"subjective" when any of its targets has a non-neutral polarity — a proxy, not
a subjectivity annotation. Features: ``subjectivity_features`` (the project's
own cue lexicon, punctuation, numbers, length). C is chosen on GerNTSA dev.

CheckThat! 2025 German (CC BY-NC-SA 4.0) is read only to measure: dev and
dev_test. ``--ceiling`` also fits a measure-only model on the CheckThat! train
split (words, characters and cues) and reports its dev / dev_test scores; that
model is never written anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from quellenkritik.rhetoric.linear import (  # noqa: E402
    scores,
    sparse_matrix,
    LinearModel,
    char_ngrams,
    macro_f1,
    train_logistic,
    predict_proba,
    save_model,
    tokens,
    word_ngrams,
)
from quellenkritik.rhetoric.stance import read_gerntsa  # noqa: E402
from quellenkritik.rhetoric.subjectivity import (  # noqa: E402
    LABELS,
    MODEL_PATH,
    read_checkthat,
    subjectivity_features,
)

BITS = 16  # the cue features are few; 65,536 buckets leave collisions negligible


def _scores(gold: list[str], pred: list[str]) -> dict:
    return scores(gold, pred, LABELS)


def gerntsa_sentences(path: Path) -> dict[str, list[tuple[str, str]]]:
    """GerNTSA as distinct sentences per split, "subjective" when any target is non-neutral."""
    subj: dict[str, bool] = {}
    split: dict[str, str] = {}
    for r in read_gerntsa(path):
        subj[r["sentence"]] = subj.get(r["sentence"], False) or r["label"] != "neutral"
        split[r["sentence"]] = r["split"]
    out: dict[str, list[tuple[str, str]]] = {"train": [], "dev": [], "test": []}
    for s, is_subj in subj.items():
        out[split[s]].append((s, LABELS[1] if is_subj else LABELS[0]))
    return out


def _ceiling_features(sentence: str) -> list[str]:
    """Words, word-bounded character 3-5-grams and the cue features (measure-only ceiling)."""
    toks = tokens(sentence)
    return word_ngrams(toks, 2) + char_ngrams(toks, 3, 5) + subjectivity_features(sentence)


def ceiling(checkthat: dict[str, list[tuple[str, str]]], c_grid: list[float]) -> dict:
    """Fit on CheckThat! train (NC data: nothing is saved), choose C on dev, report dev and dev_test."""
    from sklearn.linear_model import LogisticRegression

    X = {k: sparse_matrix([_ceiling_features(s) for s, _ in v], 18) for k, v in checkthat.items()}
    y = {k: [lab for _, lab in v] for k, v in checkthat.items()}
    best = None
    for c in c_grid:
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(X["train"], y["train"])
        f = macro_f1(y["dev"], list(clf.predict(X["dev"])), LABELS)
        if best is None or f > best[0]:
            best = (f, c, clf)
    _, c, clf = best
    return {
        "note": "measure only: trained on CheckThat! train (CC BY-NC-SA), never saved",
        "features": "word 1-2-grams, char 3-5-grams, cue features",
        "C (chosen on CheckThat dev)": c,
        "dev": _scores(y["dev"], list(clf.predict(X["dev"]))),
        "dev_test": _scores(y["dev_test"], list(clf.predict(X["dev_test"]))),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data", help="folder holding gerntsa/ and checkthat2025-subjectivity/")
    ap.add_argument("--output", default=str(MODEL_PATH), help="where the model file goes")
    ap.add_argument("--c-grid", default="0.1,0.3,1,3", help="inverse regularisation strengths to try")
    ap.add_argument("--ceiling", action="store_true", help="also measure a model trained on CheckThat! train (not saved)")
    args = ap.parse_args(argv)

    from sklearn import __version__ as sk_version

    data = Path(args.data)
    grid = [float(x) for x in args.c_grid.split(",")]
    parts = gerntsa_sentences(data / "gerntsa" / "GerNTSA.json")
    ct_dir = data / "checkthat2025-subjectivity" / "german"
    checkthat = {k: read_checkthat(ct_dir / f"{k}_de.tsv") for k in ("train", "dev", "dev_test")}

    feats = {k: [subjectivity_features(s) for s, _ in v] for k, v in parts.items()}
    gold = {k: [lab for _, lab in v] for k, v in parts.items()}
    X = {k: sparse_matrix(v, BITS) for k, v in feats.items()}
    report: dict = {
        "data": "GerNTSA (github.com/cgoer/GerNTSA), CC BY 4.0: distinct sentences, subjective = any non-neutral target",
        "split": "crc32(UTF-8 sentence) % 10: 0-7 train, 8 dev, 9 test",
        "counts": {k: dict(sorted(Counter(v).items())) for k, v in gold.items()},
        "features": "own cue lexicon (data/subjectivity/lexicon_de.txt) counts, ! ? scare quotes, numbers, length",
        "bits": BITS,
        "sklearn": sk_version,
        "grid": {},
    }
    model, c, report["grid"] = train_logistic(X, feats, gold, LABELS, BITS, grid)
    report["temperature (fitted on dev)"] = model.meta["temperature"]
    report["C"] = c

    def evaluate(rows: list[tuple[str, str]]) -> dict:
        g = [lab for _, lab in rows]
        pred = [LABELS[i] for i in predict_proba(model, [subjectivity_features(s) for s, _ in rows]).argmax(1)]
        out = _scores(g, pred)
        out["majority_baseline"] = _scores(g, [Counter(g).most_common(1)[0][0]] * len(g))
        return out

    report["gerntsa_dev"] = evaluate(parts["dev"])
    report["gerntsa_test"] = evaluate(parts["test"])
    report["checkthat_de_dev"] = evaluate(checkthat["dev"])
    report["checkthat_de_dev_test"] = evaluate(checkthat["dev_test"])
    # the meta holds no timing, so a rerun writes the same bytes
    save_model(LinearModel(model.labels, model.weights, model.bias, model.bits, meta=report), args.output)
    report["file_bytes"] = Path(args.output).stat().st_size
    sentences = [s for v in parts.values() for s, _ in v]
    t0 = time.perf_counter()
    predict_proba(model, [subjectivity_features(s) for s in sentences])
    report["sentences_per_second_featurise_and_score"] = round(len(sentences) / (time.perf_counter() - t0))
    if args.ceiling:
        report["ceiling_checkthat_train"] = ceiling(checkthat, grid + [10.0])
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
