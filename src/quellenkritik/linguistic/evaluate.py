"""Scoring sentence boundaries against a CoNLL-U treebank (UD German GSD).

UD German GSD has no document boundaries (no ``# newdoc``), so a running
text is rebuilt from chunks of consecutive sentences (their ``# text =``
lines) joined with a single space. A sentence boundary is the character
offset where a sentence ends; each chunk's last end is the end of the text,
which every splitter finds, so it is left out of the scores. Precision,
recall and F1 are over the remaining (internal) end offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

__all__ = ["read_conllu_texts", "chunks", "Scores", "score_boundaries", "evaluate_splitter"]

#: A splitter: text -> ``(start, end)`` character offsets of its sentences.
Splitter = Callable[[str], Sequence[tuple[int, int]]]


def read_conllu_texts(path: str | Path) -> list[str]:
    """The ``# text =`` line of every sentence of a CoNLL-U file, in order."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# text ="):
                out.append(line[len("# text =") :].strip())
    return out


def chunks(sentences: Sequence[str], size: int) -> Iterator[tuple[str, list[int]]]:
    """``(text, gold_end_offsets)`` for consecutive groups of ``size`` sentences."""
    for i in range(0, len(sentences), size):
        group = [s for s in sentences[i : i + size] if s]
        ends, pos = [], 0
        for s in group:
            pos += len(s)
            ends.append(pos)
            pos += 1
        yield " ".join(group), ends


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def score_boundaries(gold: Iterable[int], predicted: Iterable[int], text_len: int, scores: Scores) -> None:
    """Add one text's boundary counts to ``scores`` (the text end excluded)."""
    g = {e for e in gold if e < text_len}
    p = {e for e in predicted if e < text_len}
    scores.tp += len(g & p)
    scores.fp += len(p - g)
    scores.fn += len(g - p)


def evaluate_splitter(
    splitter: Splitter, sentences: Sequence[str], size: int = 20, errors: list | None = None
) -> Scores:
    """Boundary scores of ``splitter`` over ``sentences`` chunked by ``size``.

    ``errors``, when given, collects ``(kind, context)`` for each false
    positive ("fp") and false negative ("fn"), for error analysis.
    """
    scores = Scores()
    for text, gold in chunks(sentences, size):
        # trailing whitespace never matters: compare on trimmed ends
        pred = [end for _, end in splitter(text)]
        score_boundaries(gold, pred, len(text), scores)
        if errors is not None:
            gs, ps = set(gold), set(pred)
            for kind, offs in (("fp", ps - gs), ("fn", gs - ps)):
                for e in sorted(offs):
                    if e < len(text):
                        errors.append((kind, text[max(0, e - 40) : e] + " ‖ " + text[e : e + 30]))
    return scores
