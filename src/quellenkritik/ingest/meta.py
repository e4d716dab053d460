"""Metadata hints that inputs carry: keys named like ``Metadata`` fields, values tidied.

Ingest puts what an input says about itself (a feed item's title, a JSONL
line's authors) into ``doc.runtime["hints"]``; ``clean`` merges it into
``doc.metadata``. Keys are the :class:`~quellenkritik.document.Metadata`
field names, so ``Metadata(**hints)`` works for hints made here.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from typing import Any

from ..document import Metadata

__all__ = ["METADATA_KEYS", "iso_date", "split_hints", "normalise_hints"]

#: The keys a hint may carry: the fields of Metadata.
METADATA_KEYS = frozenset(Metadata.model_fields)

_GERMAN_DATE = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\b")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` for a date given as ISO 8601, RFC 822, ``27.01.2026``,
    a ``date``/``datetime`` or a ``time.struct_time``; None when not parsable.

    The date is the one written, in the writer's time zone: "Tue, 27 Jan 2026
    00:30:00 +0100" is 2026-01-27, not the UTC date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    candidates: list[tuple[int, int, int]] = []
    m = _ISO_DATE.match(s)
    if m:
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    m = _GERMAN_DATE.match(s)
    if m:
        candidates.append((int(m[3]), int(m[2]), int(m[1])))
    if not candidates:
        try:
            parsed = email.utils.parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError, OverflowError):  # "+99999999999999999999" as a zone
            parsed = None
        if parsed is not None:
            return parsed.date().isoformat()
    for year, month, day in candidates:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def _authors(value: Any) -> list[str]:
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
    out: list[str] = []
    for item in items:
        if isinstance(item, dict):  # {"name": ...} as in feeds and some JSON exports
            item = item.get("name")
        if isinstance(item, str) and item.strip() and item.strip() not in out:
            out.append(item.strip())
    return out


def split_hints(data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split ``data`` into Metadata hints (tidied) and the other keys (as given).

    ``authors`` may be a string or a list; ``published`` becomes ``YYYY-MM-DD``
    (an unparsable date goes to the extras as ``published_raw``); strings are
    stripped and empty values dropped.
    """
    hints: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        if key not in METADATA_KEYS:
            extra[key] = value
            continue
        if value is None:
            continue
        if key == "authors":
            authors = _authors(value)
            if authors:
                hints["authors"] = authors
        elif key == "published":
            date = iso_date(value)
            if date:
                hints["published"] = date
            else:
                extra["published_raw"] = value
        elif key == "reading_time_minutes":
            try:
                hints[key] = int(value)
            except (TypeError, ValueError, OverflowError):  # OverflowError: float("inf")
                extra[key] = value
        elif isinstance(value, str):
            if value.strip():
                hints[key] = value.strip()
        elif isinstance(value, (int, float)):
            hints[key] = str(value)
        else:
            extra[key] = value
    return hints, extra


def normalise_hints(hints: dict[str, Any] | None) -> dict[str, Any]:
    """Tidy the Metadata keys of caller-given hints; other keys, and values that
    cannot be tidied (an unparsable date), pass through as given."""
    if not hints:
        return {}
    known, _ = split_hints(hints)
    out = dict(hints)
    for key in METADATA_KEYS & hints.keys():
        if key in known:
            out[key] = known[key]
    return out
