"""Claims: sentences and clauses that state a checkable fact.

:mod:`.detect` holds the test (plain functions on strings, shared with the
sourcing profile of the ``speech`` component); :mod:`.components` registers
the ``claims`` component; :mod:`.evaluate` scores the detector on
comment-level fact-claiming labels (GermEval 2021). Lexicons: :mod:`.cues`.
See docs/evidence-claims.md.
"""

from __future__ import annotations

from .detect import REASONS, claim_clauses, exclusion, is_claim, score

__all__ = ["REASONS", "claim_clauses", "exclusion", "is_claim", "score"]
