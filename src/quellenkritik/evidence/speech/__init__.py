"""Quotations, indirect speech, attributions, source types and the sourcing profile.

Importing :mod:`quellenkritik.evidence.speech.components` registers the
``speech`` component. The cue lexicons are in :mod:`.cues` (one documented
table per kind of cue); see docs/evidence-speech.md.
"""

from __future__ import annotations

from .profile import is_factual, sourcing_profile
from .sources import type_source

__all__ = ["type_source", "is_factual", "sourcing_profile"]
