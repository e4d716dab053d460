"""The per-article sourcing profile and unattributed factual sentences.

A sentence counts as a *factual statement* when it is declarative (not a
question, not a first-person opinion) and carries something checkable: a
number, a date word, a verb of event, or a name-like token sequence (two
capitalised words in a row not opening the sentence, or an acronym), or
overlaps a span of the "entities", "quantities" or "dates" layers when
other components added them. It is *unattributed* when no quote,
indirect speech or attribution covers any part of it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .patterns import DATE_WORD, DIGIT, EVENT, OPINION

__all__ = ["is_factual", "sourcing_profile"]

_NAMEISH = re.compile(r"(?<=\S)\s+(?:[A-ZÄÖÜ][\w\-]+\s+[A-ZÄÖÜ][\w\-]+|[A-ZÄÖÜ]{2,}[\w\-]*)")
_OTHER_LAYERS = ("entities", "quantities", "dates")


def is_factual(sentence: str, has_span: bool = False) -> bool:
    """The heuristic of the module docstring on one sentence's text."""
    s = sentence.strip()
    if not s or s.rstrip("“”\"»«)").endswith("?") or OPINION.search(s):
        return False
    return has_span or bool(DIGIT.search(s) or DATE_WORD.search(s) or EVENT.search(s) or _NAMEISH.search(s))


def _span_starts(doc: Any) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for name in _OTHER_LAYERS:
        out.extend((sp.start, sp.end) for sp in doc.layers.get(name, ()))
    return out


def sourcing_profile(
    doc: Any,
    sentences: list[tuple[int, int]],
    covered: set[int],
    sources: list[dict[str, Any]],
) -> tuple[dict[str, Any], list[int]]:
    """(profile, indices of unattributed factual sentences).

    ``covered``: indices of sentences touched by a quote or attribution;
    ``sources``: the attrs of the distinct source mentions.
    """
    text = doc.text
    others = _span_starts(doc)
    unattributed: list[int] = []
    for i, (s, e) in enumerate(sentences):
        if i in covered:
            continue
        has_span = any(a < e and b > s for a, b in others) if others else False
        if is_factual(text[s:e], has_span):
            unattributed.append(i)
    by_type = Counter(src["source_type"] for src in sources)
    by_state: Counter[str] = Counter()
    for src in sources:
        for code in src.get("states") or ([src["state"]] if src.get("state") else []):
            by_state[code] += 1
    n = len(sentences)
    profile = {
        "sentences": n,
        "factual_unattributed": len(unattributed),
        "share_unattributed": round(len(unattributed) / n, 3) if n else 0.0,
        "anonymous_sources": sum(1 for src in sources if src.get("anonymous")),
        "by_type": dict(sorted(by_type.items())),
        "by_state": dict(sorted(by_state.items())),
    }
    return profile, unattributed
