"""The per-article sourcing profile and unattributed factual sentences.

A sentence counts as a *factual statement* when it holds a claim by the test
of the claims stage (:func:`quellenkritik.evidence.claims.detect.claim_clauses`:
not a question, opinion, evaluation, speculation, imperative or slogan, and
with an anchor: a number, a date, an event verb, a named actor or place,
from the entities/quantities/dates layers when other components added them,
else from regexes). It is *unattributed* when no quote, indirect speech or
attribution covers any part of it. So every sentence of the ``unattributed``
layer holds at least one span of the ``claims`` layer, none of them
attributed, and the ``claims`` component keeps the same test.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..claims.detect import CACHE_KEY, claim_clauses, is_claim, layer_spans, spans_in

__all__ = ["is_factual", "sourcing_profile"]


def is_factual(sentence: str, has_span: bool = False) -> bool:
    """The test of the module docstring on one sentence's text; ``has_span``:
    a span of the entities, quantities or dates layers lies in it."""
    return is_claim(sentence, has_span)


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
    others = layer_spans(doc)
    starts = [a for a, _, _ in others]
    # the claims component reuses these results when its spans are these;
    # one shared empty tuple for the many sentences without a claim (fewer
    # objects for the garbage collector to track)
    found: dict[tuple[int, int], Any] = {}
    doc.runtime[CACHE_KEY] = {"spans": others, "clauses": found}
    unattributed: list[int] = []
    for i, (s, e) in enumerate(sentences):
        if i in covered:
            continue
        clauses = claim_clauses(text[s:e], spans_in(others, starts, s, e))
        found[(s, e)] = clauses or ()
        if clauses:
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
