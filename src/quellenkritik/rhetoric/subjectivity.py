"""Sentence subjectivity: does a sentence read as the author's view or as report?

A small logistic model over cue counts from the project's own German lexicon
(``data/subjectivity/lexicon_de.txt``: evaluative words with negation, first and
second person, intensifiers, modal particles, stance adverbs, obligation and
opinion words, reporting verbs) plus punctuation cues (``!``, ``?``, scare
quotes), numbers and sentence length.  It is trained on GerNTSA (CC BY 4.0),
where a sentence with a non-neutral polarity toward any target stands in for
"subjective"; the CheckThat! subjectivity data (CC BY-NC-SA) is used only to
measure it.  Scores and limits: ``data/subjectivity/SUBJECTIVITY_CARD.md`` and
``docs/rhetoric-stance.md``.

Evidence, not verdicts: :func:`subjectivity_cues` gives the spans behind the
score, and the lexicon holds no names of people, parties or countries, so the
same wording scores the same whoever it is about.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from quellenkritik.rhetoric.linear import (
    Lexicon,
    LinearModel,
    lexicon_categories,
    load_model,
    parse_lexicon,
    predict_proba,
    token_spans,
)

__all__ = [
    "LEXICON_PATH",
    "MODEL_PATH",
    "TRAIN_COMMAND",
    "LABELS",
    "read_checkthat",
    "lexicon",
    "cue_hits",
    "subjectivity_cues",
    "subjectivity_features",
    "load_subjectivity_model",
    "subjectivity",
    "subjectivities",
]

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "subjectivity"
LEXICON_PATH = DATA_DIR / "lexicon_de.txt"
MODEL_PATH = DATA_DIR / "subjectivity.npz"
TRAIN_COMMAND = ".venv/bin/python training/train_subjectivity.py --data ../shared/data"

LABELS = ("objective", "subjective")
_CHECKTHAT_LABEL = {"OBJ": "objective", "SUBJ": "subjective"}

# Polar words are flipped when one of the three tokens before them negates.
_NEGATION_WINDOW = 3
# A word or two (up to three) between quotation marks: a scare quote or a quoted term.
_SCARE = re.compile(r"[\"„“»«‚‘]\s*\w+(?:[\s-]\w+){0,2}\s*[\"“”«»‘’]")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped cue lexicon (read once)."""
    return parse_lexicon(LEXICON_PATH.read_text(encoding="utf-8"))


def read_checkthat(path: str | Path) -> list[tuple[str, str]]:
    """``(sentence, "objective" | "subjective")`` rows of a CheckThat! subjectivity TSV (last column the label)."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0][:2] != ["sentence_id", "sentence"]:
        raise ValueError(f"{path}: not a CheckThat! subjectivity TSV (header sentence_id, sentence, ..., label)")
    return [(r[1], _CHECKTHAT_LABEL[r[-1]]) for r in rows[1:] if r]


def cue_hits(toks: Sequence[str], lex: Lexicon | None = None) -> list[tuple[int, str]]:
    """``(token index, category)`` for each lexicon cue in lower-cased tokens.

    A ``pos``/``neg`` word after a negation (``nicht``, ``kein``, ...) within
    three tokens is reported as ``negated_pos``/``negated_neg``. The
    ``negation`` category itself is not reported.
    """
    lex = lex or lexicon()
    negators = lex.words.get("negation", frozenset())
    hits: list[tuple[int, str]] = []
    for i, t in enumerate(toks):
        for cat in lexicon_categories(t, lex):
            if cat == "negation":
                continue
            if cat in ("pos", "neg") and any(u in negators for u in toks[max(0, i - _NEGATION_WINDOW) : i]):
                cat = "negated_" + cat
            hits.append((i, cat))
    return hits


def subjectivity_cues(sentence: str) -> list[tuple[int, int, str]]:
    """Character spans ``(start, end, category)`` of the cues the model reads, for display."""
    spans = token_spans(sentence)
    out = [(spans[i][1], spans[i][2], cat) for i, cat in cue_hits([t for t, _, _ in spans])]
    out.extend((m.start(), m.end(), "scare_quote") for m in _SCARE.finditer(sentence))
    out.extend((m.start(), m.end(), "exclamation" if m.group() == "!" else "question") for m in re.finditer(r"[!?]", sentence))
    return sorted(out)


def subjectivity_features(sentence: str) -> list[str]:
    """The feature strings of one sentence (block ``x``): cue counts, punctuation, numbers, length."""
    toks = [t for t, _, _ in token_spans(sentence)]
    counts: dict[str, int] = {}
    for _, cat in cue_hits(toks):
        counts[cat] = counts.get(cat, 0) + 1
    feats: list[str] = []
    for cat, n in sorted(counts.items()):
        feats.append(f"x:{cat}")
        feats.append(f"x:{cat}={min(n, 3)}")
    polar = sum(n for c, n in counts.items() if c in ("pos", "neg", "negated_pos", "negated_neg"))
    feats.append(f"x:polar={min(polar, 4)}")
    if "!" in sentence:
        feats.append("x:excl")
    if "?" in sentence:
        feats.append("x:quest")
    if _SCARE.search(sentence):
        feats.append("x:scare")
    numbers = sum(1 for t in toks if "0" in t)
    feats.append(f"x:digits={min(numbers, 3)}")
    feats.append(f"x:len={min(len(toks) // 10, 5)}")
    return feats


def load_subjectivity_model(path: str | Path | None = None) -> LinearModel:
    """The subjectivity model (default: the shipped one), loaded once per path."""
    return load_model(path or MODEL_PATH, TRAIN_COMMAND)


def subjectivities(sentences: Sequence[str], model: LinearModel | None = None) -> list[tuple[str, float]]:
    """``("subjective" | "objective", probability of that label)`` for each sentence.

    An empty sentence gets the model's prior (its bias alone).
    Raises TypeError for an item that is not a string.
    """
    for s in sentences:
        if not isinstance(s, str):
            raise TypeError(f"a sentence must be a str, not {type(s).__name__}")
    if not sentences:
        return []
    m = model or load_subjectivity_model()
    probs = predict_proba(m, [subjectivity_features(s) for s in sentences])
    out: list[tuple[str, float]] = []
    for row in probs:
        k = int(row.argmax())
        out.append((m.labels[k], float(row[k])))
    return out


def subjectivity(sentence: str) -> tuple[str, float]:
    """``("subjective" | "objective", probability of that label)`` for one sentence."""
    return subjectivities([sentence])[0]
