"""Small linear text classifiers: hashed n-gram features and a logistic model in numpy.

The stance and subjectivity models are trained with scikit-learn
(``training/train_stance.py``, ``training/train_subjectivity.py``) but run with
numpy only, so the feature code lives here and both the training scripts and the
run-time modules call it: the same strings, hashed the same way, at both ends.

Why our own and not scikit-learn's ``HashingVectorizer``: scikit-learn is not a
run-time dependency, and its vectorizer hashes with MurmurHash through a
C extension.  Here a feature is a plain string (``"w1:gut"``, ``"c:<gu"``), hashed
with ``zlib.crc32`` (stable across processes and platforms, unlike Python's
salted ``hash()``) into ``2**bits`` buckets.  A row is the set of its buckets
(binary values), each block of features L2-normalised.

Cue lexicons (``[category]`` sections of words and ``stem*`` prefixes) are
parsed and matched here too (:func:`parse_lexicon`, :func:`lexicon_categories`).

A model file is a compressed ``.npz`` holding the non-zero weight rows, the
bias, the labels and a JSON ``meta`` string (feature settings, training data,
scores).  :func:`load_model` caches by path.
"""

from __future__ import annotations

import json
import re
import threading
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from quellenkritik.errors import ConfigError

__all__ = [
    "LinearModel",
    "tokens",
    "token_spans",
    "word_ngrams",
    "char_ngrams",
    "bucket",
    "vectorize",
    "scores",
    "sparse_matrix",
    "Lexicon",
    "parse_lexicon",
    "lexicon_categories",
    "decision",
    "predict_proba",
    "fit_temperature",
    "f1_per_label",
    "macro_f1",
    "save_model",
    "load_model",
    "model_error",
]

# Words (with inner hyphens or apostrophes), numbers, and the punctuation that
# carries tone: ! ? and every kind of quotation mark.
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[!?]|[\"„“”«»‚‘’]")
_DIGITS = re.compile(r"\d")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``, digits folded to ``0``, plus ``!``, ``?`` and quote marks."""
    return [_DIGITS.sub("0", t.lower()) for t in _TOKEN.findall(text)]


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """The tokens of :func:`tokens` with their character offsets ``(token, start, end)``."""
    return [(_DIGITS.sub("0", m.group().lower()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def word_ngrams(toks: Sequence[str], n_max: int = 2, prefix: str = "w") -> list[str]:
    """Word n-grams of ``toks`` for n = 1..n_max, each as ``"{prefix}{n}:a b"``."""
    out = [f"{prefix}1:{t}" for t in toks]
    for n in range(2, n_max + 1):
        out.extend(f"{prefix}{n}:" + " ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return out


def char_ngrams(toks: Iterable[str], n_min: int = 3, n_max: int = 5, prefix: str = "c") -> list[str]:
    """Character n-grams inside each token padded with ``<`` and ``>`` (word-bounded, like char_wb)."""
    out: list[str] = []
    for t in toks:
        w = f"<{t}>"
        for n in range(n_min, n_max + 1):
            out.extend(f"{prefix}:{w[i : i + n]}" for i in range(len(w) - n + 1))
    return out


def bucket(feature: str, bits: int) -> int:
    """The bucket of a feature string: crc32 of its UTF-8 bytes, low ``bits`` bits."""
    return zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1)


def vectorize(feature_lists: Sequence[Sequence[str]], bits: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of hashed binary features as CSR arrays ``(indptr, indices, data)``.

    A feature's block is its text before the first ``:`` (``"w1"``, ``"c"``,
    ``"x"``). Each block of a row is L2-normalised on its own, so a block with
    a few features (the lexicon counts) weighs as much as one with hundreds (the
    character n-grams), whatever the sentence length. Repeated features count
    once; two features that share a bucket add up. A row with no features is
    all zeros (the model then answers with its bias). The training scripts wrap
    these arrays in ``scipy.sparse.csr_matrix``.
    """
    indptr = [0]
    indices: list[np.ndarray] = []
    data: list[np.ndarray] = []
    mask = (1 << bits) - 1
    for feats in feature_lists:
        unique = sorted(set(feats))
        sizes: dict[str, int] = {}
        blocks = [f.split(":", 1)[0] for f in unique]
        for b in blocks:
            sizes[b] = sizes.get(b, 0) + 1
        idx = np.fromiter((zlib.crc32(f.encode("utf-8")) & mask for f in unique), dtype=np.int64, count=len(unique))
        val = np.fromiter((1.0 / np.sqrt(sizes[b]) for b in blocks), dtype=np.float64, count=len(unique))
        idx, inverse = np.unique(idx, return_inverse=True)
        val = np.bincount(inverse, weights=val, minlength=len(idx)) if len(idx) else val
        indices.append(idx.astype(np.int32))
        data.append(val.astype(np.float32))
        indptr.append(indptr[-1] + len(idx))
    return (
        np.asarray(indptr, dtype=np.int64),
        np.concatenate(indices) if indices else np.zeros(0, np.int32),
        np.concatenate(data) if data else np.zeros(0, np.float32),
    )


@dataclass(frozen=True)
class Lexicon:
    """Word lists by category: exact words and stems (entries that ended in ``*``)."""

    words: dict[str, frozenset[str]]
    stems: dict[str, frozenset[str]]
    _memo: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def categories(self) -> tuple[str, ...]:
        """The category names, in file order."""
        return tuple(self.words)


def parse_lexicon(text: str) -> Lexicon:
    """Parse the ``[category]`` / one-entry-a-line format (``#`` comments; ``stem*`` for prefixes)."""
    words: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    cat = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            cat = line[1:-1]
            words.setdefault(cat, set())
            stems.setdefault(cat, set())
            continue
        if cat is None:
            raise ValueError(f"lexicon entry {line!r} before any [category]")
        if line.endswith("*"):
            stems[cat].add(line[:-1].lower())
        else:
            words[cat].add(line.lower())
    return Lexicon({c: frozenset(v) for c, v in words.items()}, {c: frozenset(v) for c, v in stems.items()})


def lexicon_categories(token: str, lexicon: Lexicon) -> list[str]:
    """The categories of a lower-cased token: exact match, or a stem that begins it or a hyphenated part of it.

    Answers are memoised per lexicon (news text repeats its words).
    """
    found = lexicon._memo.get(token)
    if found is None:
        parts = [token] if "-" not in token else [token, *token.split("-")]
        hits = []
        for cat in lexicon.categories:
            exact, stems = lexicon.words[cat], lexicon.stems[cat]
            if any(p in exact or any(p[:k] in stems for k in range(3, len(p) + 1)) for p in parts):
                hits.append(cat)
        found = tuple(hits)
        if len(lexicon._memo) < 200_000:  # bounded: a long run over many texts must not grow without limit
            lexicon._memo[token] = found
    return list(found)


@dataclass(frozen=True)
class LinearModel:
    """A trained linear classifier over hashed features.

    ``weights`` is ``(2**bits, k)``: k = 1 for a binary model (the column scores
    ``labels[1]``), k = len(labels) for a multinomial one.
    """

    labels: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    bits: int
    meta: dict[str, Any] = field(default_factory=dict)


def decision(model: LinearModel, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
    """Raw scores ``X @ W + b`` for each row of features, shape ``(n, k)``."""
    indptr, indices, data = vectorize(feature_lists, model.bits)
    n = len(indptr) - 1
    k = model.weights.shape[1]
    scores = np.tile(model.bias.astype(np.float64), (n, 1))
    if len(indices):
        contrib = model.weights[indices].astype(np.float64) * data[:, None]
        nonempty = np.flatnonzero(np.diff(indptr) > 0)
        sums = np.add.reduceat(contrib, indptr[nonempty], axis=0)
        scores[nonempty] += sums.reshape(len(nonempty), k)
    return scores


def predict_proba(model: LinearModel, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
    """Class probabilities, shape ``(n, len(labels))``: sigmoid for binary models, softmax otherwise."""
    s = decision(model, feature_lists)
    if model.weights.shape[1] == 1:
        p1 = 1.0 / (1.0 + np.exp(-s[:, 0]))
        return np.stack([1.0 - p1, p1], axis=1)
    s = s - s.max(axis=1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(model: LinearModel, feature_lists: Sequence[Sequence[str]], gold: Sequence[str]) -> LinearModel:
    """The model with weights and bias divided by the temperature that best fits ``gold`` (log-loss).

    Temperature scaling (one number, searched on a log grid from 0.1 to 10)
    makes the returned probabilities honest on held-out data without changing
    any decision: every score is divided by the same positive number.  The
    temperature goes into ``meta["temperature"]``.
    """
    scores = decision(model, feature_lists)
    idx = np.array([model.labels.index(g) for g in gold])
    best_t, best_nll = 1.0, np.inf
    for t in np.exp(np.linspace(np.log(0.1), np.log(10.0), 241)):
        s = scores / t
        if model.weights.shape[1] == 1:
            s = np.concatenate([np.zeros_like(s), s], axis=1)
        s = s - s.max(axis=1, keepdims=True)
        logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
        nll = -float(logp[np.arange(len(idx)), idx].mean())
        if nll < best_nll - 1e-12:
            best_t, best_nll = float(t), nll
    meta = {**model.meta, "temperature": round(best_t, 4)}
    return LinearModel(model.labels, (model.weights / best_t).astype(np.float32), model.bias / best_t, model.bits, meta)


def save_model(model: LinearModel, path: str | Path) -> None:
    """Write ``model`` as a compressed ``.npz`` with only its non-zero weight rows (float32)."""
    rows = np.flatnonzero(np.any(model.weights != 0, axis=1)).astype(np.int32)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:  # an open handle keeps numpy from appending ".npz"
        np.savez_compressed(
            fh,
            rows=rows,
            values=model.weights[rows].astype(np.float32),
            bias=model.bias.astype(np.float64),
            labels=np.array(model.labels),
            bits=np.array(model.bits, dtype=np.int64),
            meta=np.array(json.dumps(model.meta, ensure_ascii=False, sort_keys=True)),
        )


def f1_per_label(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, float]:
    """F1 of each label (0.0 where a label is neither predicted nor gold).

    Written here so that the tests and the model cards compute scores the same
    way without scikit-learn (it agrees with ``sklearn.metrics.f1_score``).
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold labels but {len(pred)} predictions")
    out: dict[str, float] = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        out[lab] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    """The unweighted mean of :func:`f1_per_label` over ``labels``."""
    per = f1_per_label(gold, pred, labels)
    return sum(per.values()) / len(per)


def scores(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict:
    """Macro-F1 and per-class F1, rounded, as the training scripts report them."""
    return {
        "n": len(gold),
        "macro_f1": round(macro_f1(gold, pred, labels), 4),
        "f1": {k: round(v, 4) for k, v in f1_per_label(gold, pred, labels).items()},
    }


def sparse_matrix(feature_lists: list[list[str]], bits: int):  # noqa: ANN201 - a scipy CSR matrix
    """The hashed features of :func:`vectorize` as a scipy CSR matrix, for training only
    (scipy comes with the ``train`` extra's scikit-learn; run time needs numpy alone)."""
    from scipy.sparse import csr_matrix

    indptr, indices, data = vectorize(feature_lists, bits)
    return csr_matrix((data, indices, indptr), shape=(len(feature_lists), 1 << bits))


def train_logistic(matrices: dict, features: dict, gold: dict, labels: Sequence[str], bits: int,
                   grid: Sequence[float]) -> tuple[LinearModel, float, dict[str, float]]:
    """Training only (scikit-learn, the ``train`` extra): a balanced logistic regression per C of
    ``grid`` on ``matrices["train"]``, the best by dev macro-F1, as a :class:`LinearModel` whose
    numpy probabilities are checked against scikit-learn's and whose temperature is fitted on
    dev. ``matrices``/``features``/``gold``: per split ("train", "dev"), the :func:`sparse_matrix`,
    the feature lists and the labels. Returns the model, its C and dev macro-F1 per C."""
    from sklearn.linear_model import LogisticRegression

    by_c: dict[str, float] = {}
    best = None
    for c in grid:
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(matrices["train"], gold["train"])
        f = macro_f1(gold["dev"], list(clf.predict(matrices["dev"])), labels)
        by_c[str(c)] = round(f, 4)
        if best is None or f > best[0]:
            best = (f, c, clf)
    _, c, clf = best
    assert tuple(clf.classes_) == tuple(labels), clf.classes_
    model = LinearModel(labels=tuple(labels), weights=clf.coef_.T.astype(np.float32),
                        bias=clf.intercept_.astype(np.float64), bits=bits)
    # the numpy path must give scikit-learn's probabilities (float32 weights: tiny drift only)
    ours = predict_proba(model, features["dev"])
    theirs = clf.predict_proba(matrices["dev"])
    if not np.allclose(ours, theirs, atol=1e-4):
        raise SystemExit(f"numpy and scikit-learn disagree: max diff {np.abs(ours - theirs).max()}")
    # balanced class weights and strong regularisation leave the probabilities flat or skewed;
    # one temperature fitted on dev makes them honest there and changes no decision
    return fit_temperature(model, features["dev"], gold["dev"]), c, by_c


_cache: dict[str, LinearModel] = {}
_lock = threading.Lock()


def model_error(path: Path, command: str) -> ConfigError:
    """The error for a missing model file, naming the command that rebuilds it."""
    return ConfigError(f"no model file at {path}: rebuild it with '{command}'")


def load_model(path: str | Path, command: str = "the training script in training/") -> LinearModel:
    """Load (once per path, then cached) a model written by :func:`save_model`.

    Raises ConfigError naming ``command`` when the file is absent.
    """
    p = Path(path)
    key = str(p.resolve())
    model = _cache.get(key)
    if model is not None:
        return model
    with _lock:
        model = _cache.get(key)
        if model is None:
            if not p.is_file():
                raise model_error(p, command)
            with np.load(p, allow_pickle=False) as z:
                bits = int(z["bits"])
                values = z["values"]
                weights = np.zeros((1 << bits, values.shape[1]), dtype=np.float32)
                weights[z["rows"]] = values
                model = LinearModel(
                    labels=tuple(str(x) for x in z["labels"]),
                    weights=weights,
                    bias=z["bias"].astype(np.float64),
                    bits=bits,
                    meta=json.loads(str(z["meta"])),
                )
            _cache[key] = model
    return model
