"""Who said what: the attributions grouped by speaker, for the record and every report.

One group per speaker: the knowledge-base or NER entity id when there is one,
else the resolved name, else the earlier mention a surname, description or
pronoun was resolved to, else the mention itself. Each statement keeps its
kind (direct, indirect, reported; "continued" for reported speech running on
in Konjunktiv I), its cue and its confidence, so a guessed speaker says so.
"""

from __future__ import annotations

from typing import Any

from ...document import Document

__all__ = ["who_said_what"]

_KIND = {"DIRECT": "direct", "INDIRECT": "indirect", "REPORTED": "reported"}


def _key(attrs: dict[str, Any]) -> str:
    for k in ("speaker_id", "speaker", "resolved_from", "source_text"):
        v = attrs.get(k)
        if isinstance(v, str) and v.strip():
            return (k if k == "speaker_id" else "name") + ":" + v.strip().lower()
    return "?"


def who_said_what(doc: Document, max_chars: int = 240) -> list[dict[str, Any]]:
    """The speakers of ``doc`` in order of first statement, each with their statements."""
    groups: dict[str, dict[str, Any]] = {}
    for span in doc.layers.get("attributions", ()):
        a = span.attrs
        if not isinstance(a, dict) or not a.get("source_text"):
            continue
        key = _key(a)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {
                "speaker": a.get("speaker") or a.get("resolved_from") or a.get("source_text"),
                "mentions": [],
                "type": a.get("source_type") or "unknown",
                "states": list(a.get("states") or []),
                "anonymous": bool(a.get("anonymous")),
                "confidence": 0.0,
                "statements": [],
            }
        if a["source_text"] not in g["mentions"]:
            g["mentions"].append(a["source_text"])
        conf = float(a.get("confidence") or 0.0)
        g["confidence"] = max(g["confidence"], conf)
        content = a.get("content")
        lo, hi = (content if isinstance(content, list) and len(content) == 2 else (span.start, span.end))
        cue = a.get("cue")
        kind = _KIND.get(str(a.get("of")), "reported")
        g["statements"].append({
            "kind": "continued" if a.get("continued") else kind,
            "cue": doc.text[cue[0] : cue[1]] if isinstance(cue, list) and len(cue) == 2 else None,
            "confidence": conf,
            # the speaker is named at the cue ("sagt Marie Prevot"): a low confidence is about the type
            "named": a.get("resolved_from") is None and bool(a.get("source_text"))
                     and a.get("source_text") == a.get("speaker") and not a.get("anonymous"),
            "start": lo,
            "end": hi,
            "text": doc.text[lo:hi][:max_chars],
        })
    return list(groups.values())
