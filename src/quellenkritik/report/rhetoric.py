"""The Rhetoric section every report format shows: genre, perspective, translation signals
and the techniques, in the same words for terminal, Markdown and HTML.

Plain data, read defensively (a record older than the rhetoric stage has none
of it: the section is then left out). Nothing is escaped here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..document import Document

__all__ = ["TechniqueRow", "rhetoric_lines", "technique_rows", "family_legend", "ACCURACY_NOTE"]

#: The line every report ends with: where the measured accuracy of each layer is.
ACCURACY_NOTE = ("How accurate each layer is, measured on public data and annotated articles: "
                 "run `qk accuracy` (the package's data/ACCURACY.md).")


@dataclass(frozen=True)
class TechniqueRow:
    index: int
    start: int
    end: int
    technique: str
    family: str
    text: str
    voice: str
    confidence: float | None
    explanation: str


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


def rhetoric_lines(doc: Document) -> list[str]:
    """One line each for genre, perspective, techniques by voice and translation signals (those present)."""
    d = doc.document if isinstance(doc.document, dict) else {}
    lines = []
    genre = _dict(d.get("genre"))
    if genre.get("label"):
        sig = _dict(genre.get("signals"))
        why = sig.get("label_in_text")
        detail = (f"labelled “{why}”" if why else
                  ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sig.items() if k not in ("words", "opinion_score")))
        lines.append(f"genre: {genre['label']} (confidence {genre.get('confidence', '?')}; {detail})")
    persp = _dict(d.get("perspective"))
    if persp.get("summary"):
        lines.append(f"perspective: {persp['summary']}")
    rh = _dict(d.get("rhetoric"))
    counts = _dict(rh.get("techniques"))
    author, quoted = _dict(counts.get("author")), _dict(counts.get("quoted"))
    if author or quoted:
        top = ", ".join(f"{k} ×{v}" for k, v in list(author.items())[:5]) or "none"
        lines.append(f"techniques in the author's voice: {sum(author.values())} ({top}); "
                     f"in quotations: {sum(quoted.values())}")
    tr = _dict(d.get("translation"))
    if tr:
        kinds = ", ".join(f"{k} ×{v}" for k, v in _dict(tr.get("by_kind")).items()) or "none"
        lines.append(f"signs of translation: {tr.get('per_1000_words', 0)} per 1,000 words ({kinds}); signals, not a verdict")
    return lines


def technique_rows(doc: Document) -> list[TechniqueRow] | None:
    """The techniques layer as rows (None when the record has no such layer)."""
    spans = doc.layers.get("techniques")
    if spans is None:
        return None
    rows = []
    for i, sp in enumerate(spans):
        a = sp.attrs if isinstance(sp.attrs, dict) else {}
        voice = a.get("voice")
        who = "author" if voice in (None, "author") else str(a.get("voice_name") or voice)
        conf = a.get("confidence")
        rows.append(TechniqueRow(
            index=i, start=sp.start, end=sp.end, technique=sp.label or "?", family=str(a.get("family") or "other"),
            text=" ".join(doc.text[sp.start:sp.end].split()), voice=who,
            confidence=float(conf) if isinstance(conf, (int, float)) else None,
            explanation=str(a.get("explanation") or ""),
        ))
    return rows


def family_legend(rows: list[TechniqueRow]) -> list[tuple[str, list[str]]]:
    """(family, its techniques present) in order of first appearance, for the legend."""
    out: dict[str, list[str]] = {}
    for r in rows:
        names = out.setdefault(r.family, [])
        if r.technique not in names:
            names.append(r.technique)
    return list(out.items())
