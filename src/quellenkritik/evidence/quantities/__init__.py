"""Quantities: numbers, amounts, percentages and measures, and consistency checks between them.

Importing :mod:`quellenkritik.evidence.quantities.components` registers the
``quantities`` component (layer ``quantities``; checks in layer ``findings``).
The text-only extractor is :func:`find_quantities`; see docs/evidence-quantities.md.
"""

from __future__ import annotations

from .checks import interval, run_checks
from .extract import Quantity, find_quantities
from .numbers import parse_digits, word_value

__all__ = ["Quantity", "find_quantities", "run_checks", "interval", "parse_digits", "word_value"]
