"""The genre of an article: opinion, reporting, satire or other, with the signals that decided it.

A transparent score over signals a reader can check, not a trained model
(no openly licensed German genre data is at hand; SemEval-2023 subtask 1
is not in ../shared). Each signal adds to opinion or to reporting:

* a genre label in the headline or the first lines ("Ein Kommentar",
  "Kolumne", "Gastbeitrag", "Meinung", "Satire", "Pressemitteilung");
* the author's voice: first person outside quotations, questions and
  exclamations the text asks itself;
* the density of persuasion techniques (per 100 words, author voice only);
* the share of sentences attributed to a source (reporting attributes).

Weights are set by hand and measured on the dev gold (docs/rhetoric.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from .spans import SpanIndex

__all__ = ["GenreResult", "classify_genre", "LABEL_PATTERNS"]

#: Genre labels an outlet prints, in the headline or the first 300 characters.
LABEL_PATTERNS: dict[str, re.Pattern[str]] = {
    "opinion": re.compile(
        r"\b(?:ein\s+kommentar|kommentar\s+(?:von|zu)|kolumne|gastbeitrag|gastkommentar|meinung:|"
        r"leitartikel|glosse|essay|editorial|standpunkt|op-ed|opinion:|commentary)\b", re.I),
    "satire": re.compile(r"\b(?:satire|satirisch|der\s+postillon|the\s+onion)\b", re.I),
    "other": re.compile(
        r"\b(?:pressemitteilung|presseaussendung|press\s+release|anzeige|advertorial|sponsored|"
        r"inhaltsverzeichnis|table\s+of\s+contents|in\s+dieser\s+ausgabe)\b", re.I),
}
#: The opinion score from which a text is opinion.
OPINION_FROM = 0.5

_FIRST_PERSON = re.compile(
    r"(?<![\w-])(?:ich|mir|mich|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren|unserem|unserer|"
    r"I|me|my|we|us|our)(?![\w-])")


@dataclass
class GenreResult:
    label: str
    confidence: float
    signals: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "confidence": self.confidence, "signals": self.signals}


def classify_genre(
    text: str,
    sentences: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]],
    attributed: int,
    techniques: Sequence[tuple[int, int, str, bool]],
    title: str = "",
) -> GenreResult:
    """The genre of a text.

    ``quoted``: content spans of quotations and reported speech;
    ``attributed``: the number of sentences an attribution covers;
    ``techniques``: (start, end, technique, author_voice) of the findings.
    """
    words = max(1, len(text.split()))
    n_sent = max(1, len(sentences))
    head = (title or "") + "\n" + text[:300]
    for label in ("satire", "other", "opinion"):
        m = LABEL_PATTERNS[label].search(head)
        if m:
            return GenreResult(label, 0.9, {"label_in_text": m.group()})
    index = SpanIndex(quoted)
    first = sum(1 for m in _FIRST_PERSON.finditer(text) if not index.covers(m.start()))
    author = [t for t in techniques if t[3]]
    questions = sum(1 for _, _, tech, _ in author if tech == "Rhetorical_Question")
    exclaims = sum(1 for s, e in sentences if text[s:e].rstrip().endswith("!") and not index.covers(s))
    lexical = sum(1 for t in author if t[2] not in ("Rhetorical_Question",))
    signals = {
        "first_person_per_100_words": round(100 * first / words, 2),
        "techniques_per_100_words": round(100 * lexical / words, 2),
        "questions": questions,
        "exclamations": exclaims,
        "attributed_share": round(attributed / n_sent, 2),
        "words": words,
    }
    # opinion score: each signal at its typical level in commentary adds about 1; quoting
    # sources is what reports do, but commentary quotes too, so only a share above a
    # quarter of the sentences counts against opinion
    score = (
        min(2.0, signals["first_person_per_100_words"] / 0.8)
        + min(2.5, signals["techniques_per_100_words"] / 0.8)
        + min(1.5, 0.5 * questions)
        + min(1.0, 0.5 * exclaims)
        - min(1.5, max(0.0, signals["attributed_share"] - 0.25) / 0.25)
        - 0.5
    )
    signals["opinion_score"] = round(score, 2)
    if score >= OPINION_FROM:
        return GenreResult("opinion", round(min(0.9, 0.5 + 0.1 * (score - OPINION_FROM + 1)), 2), signals)
    return GenreResult("reporting", round(min(0.9, 0.5 + 0.1 * (OPINION_FROM + 1 - score)), 2), signals)
