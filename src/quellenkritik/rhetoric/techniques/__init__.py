"""Persuasion techniques (SemEval-2023 Task 3 taxonomy): cues and their detection."""

from .detect import Finding, find_techniques
from .lexicon import FAMILIES, TAXONOMY

__all__ = ["Finding", "find_techniques", "FAMILIES", "TAXONOMY"]
