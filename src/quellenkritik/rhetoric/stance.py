"""Stance toward a target: is a sentence positive, negative or neutral about a named span?

A small logistic model (numpy at run time) over the sentence with the target
replaced by a marker: word unigrams and bigrams (so ``<t> kritisierte`` and
``lobte <t>`` are features), plus counts of the project's own polar words
(``data/subjectivity/lexicon_de.txt``, negation-aware) in the whole sentence,
within five tokens of the target and in the target's clause, and the polarity
of the polar word nearest to it.  Trained on GerNTSA (CC BY 4.0); scores,
split and limits in ``data/stance/STANCE_CARD.md`` and ``docs/rhetoric-stance.md``.

Neutral by construction: the target's own words never reach the model (it is
masked), so the same sentence gives the same answer whichever person, party
or country stands at the target's place.  The answer describes the wording of
the sentence toward the span, not the target.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Sequence
from pathlib import Path

from quellenkritik.rhetoric.linear import LinearModel, load_model, predict_proba, tokens, word_ngrams
from quellenkritik.rhetoric.subjectivity import cue_hits

__all__ = [
    "MODEL_PATH",
    "TRAIN_COMMAND",
    "TARGET",
    "LABELS",
    "gerntsa_split",
    "read_gerntsa",
    "check_offsets",
    "stance_features",
    "load_stance_model",
    "stance",
    "stances",
]

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "stance" / "stance.npz"
TRAIN_COMMAND = ".venv/bin/python training/train_stance.py --data ../shared/data/gerntsa/GerNTSA.json"
TARGET = "<t>"  # the marker token; tokens() never yields "<" so it cannot clash with a word
_WINDOW = 5
# Clause boundaries: sentence punctuation, a comma, a dash between spaces.
_CLAUSE = re.compile(r"[.;:!?](?:\s|$)|,\s|\s[-–—]\s")
_POLAR = ("pos", "neg", "negated_pos", "negated_neg")
LABELS = ("negative", "neutral", "positive")


def gerntsa_split(sentence: str) -> str:
    """The fixed GerNTSA split of a sentence: crc32 of its UTF-8 text mod 10, 0-7 train, 8 dev, 9 test.

    The split hashes the sentence, not the record id, so a sentence annotated
    for several targets (147 sentences carry two or more) never sits in two splits.
    """
    bucket = zlib.crc32(sentence.encode("utf-8")) % 10
    return "train" if bucket < 8 else ("dev" if bucket == 8 else "test")


def read_gerntsa(path: str | Path) -> list[dict]:
    """GerNTSA records as ``{"id", "sentence", "start", "end", "target", "label", "split"}``.

    Raises ValueError where a record's offsets do not select its target.
    """
    out = []
    for rec in json.loads(Path(path).read_text(encoding="utf-8")):
        s, a = rec["opinion_snippet"], rec["target_anchor"]
        start, end = int(a["from"]), int(a["to"])
        if s[start:end] != rec["target"]:
            raise ValueError(f"GerNTSA record {rec['id']}: offsets {start}-{end} do not select {rec['target']!r}")
        label = rec["sentiment"]["polarity"]
        out.append({"id": rec["id"], "sentence": s, "start": start, "end": end, "target": rec["target"],
                    "label": label, "split": gerntsa_split(s)})
    return out


def check_offsets(sentence: str, start: int, end: int) -> None:
    """Raise ValueError (TypeError for a non-str sentence) unless ``0 <= start < end <= len(sentence)``."""
    if not isinstance(sentence, str):
        raise TypeError(f"the sentence must be a str, not {type(sentence).__name__}")
    for name, v in (("start", start), ("end", end)):
        if isinstance(v, bool) or not isinstance(v, int):
            raise ValueError(f"target {name} must be an int, not {type(v).__name__}")
    if not 0 <= start < end <= len(sentence):
        raise ValueError(
            f"target offsets ({start}, {end}) out of range for a sentence of {len(sentence)} characters: "
            f"need 0 <= start < end <= {len(sentence)}"
        )


def _polarity(cat: str) -> str:
    """``pos``/``neg`` after negation is folded in (``negated_pos`` counts as ``neg``)."""
    return "neg" if cat in ("neg", "negated_pos") else "pos"


def _counts(prefix: str, hits: Sequence[str]) -> list[str]:
    """Bucketed counts (0, 1, 2, 3+) of positive and negative hits as ``prefix:pos=n``."""
    return [f"{prefix}:{p}={min(sum(1 for h in hits if h == p), 3)}" for p in ("pos", "neg")]


def stance_features(sentence: str, start: int, end: int) -> list[str]:
    """The feature strings for the target ``sentence[start:end]`` (offsets checked)."""
    check_offsets(sentence, start, end)
    left, right = tokens(sentence[:start]), tokens(sentence[end:])
    toks = [*left, TARGET, *right]
    ti = len(left)
    feats = word_ngrams(toks, 2)
    hits = [(i, _polarity(c)) for i, c in cue_hits(toks) if c in _POLAR]
    feats += _counts("x", [p for _, p in hits])
    feats += _counts("xw", [p for i, p in hits if abs(i - ti) <= _WINDOW])
    cut = [m.end() for m in _CLAUSE.finditer(sentence, 0, start)]
    stop = _CLAUSE.search(sentence, end)
    clause = [*tokens(sentence[cut[-1] if cut else 0 : start]), TARGET, *tokens(sentence[end : stop.start() if stop else len(sentence)])]
    feats += _counts("xk", [_polarity(c) for _, c in cue_hits(clause) if c in _POLAR])
    if hits:
        feats.append("xn:" + min(hits, key=lambda h: (abs(h[0] - ti), h[0]))[1])
    return feats


def load_stance_model(path: str | Path | None = None) -> LinearModel:
    """The stance model (default: the shipped one), loaded once per path."""
    return load_model(path or MODEL_PATH, TRAIN_COMMAND)


def stances(items: Sequence[tuple[str, int, int]], model: LinearModel | None = None) -> list[tuple[str, float]]:
    """``(label, probability of that label)`` for each ``(sentence, target_start, target_end)``.

    Labels are ``"positive"``, ``"negative"``, ``"neutral"``. Offsets are
    character offsets into the sentence, end exclusive; every item is checked
    before any is scored (ValueError names the first bad one).
    """
    feature_lists = []
    for n, item in enumerate(items):
        try:
            sentence, start, end = item
            feature_lists.append(stance_features(sentence, start, end))
        except (ValueError, TypeError) as exc:
            raise type(exc)(f"item {n}: {exc}") from None
    if not feature_lists:
        return []
    m = model or load_stance_model()
    out: list[tuple[str, float]] = []
    for row in predict_proba(m, feature_lists):
        k = int(row.argmax())
        out.append((m.labels[k], float(row[k])))
    return out


def stance(sentence: str, target_start: int, target_end: int) -> tuple[str, float]:
    """``(label, probability)`` of the sentence toward ``sentence[target_start:target_end]``.

    Raises ValueError when the offsets are not ``0 <= start < end <= len(sentence)``.
    """
    check_offsets(sentence, target_start, target_end)  # here too, so the message names no batch item
    return stances([(sentence, target_start, target_end)])[0]
