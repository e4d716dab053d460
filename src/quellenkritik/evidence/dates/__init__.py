"""Dates and times: absolute, relative and period expressions, German first, then English.

Importing :mod:`quellenkritik.evidence.dates.components` registers the
``dates`` component (the ``dates`` layer). :func:`find_dates` is the same
analysis as a plain function over a string.
"""

from __future__ import annotations

from .components import find_dates, make_dates

__all__ = ["find_dates", "make_dates"]
