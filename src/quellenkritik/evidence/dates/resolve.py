"""Normalise a :class:`~.patterns.Hit` to TIMEX3-style attributes, against an anchor date.

Conventions (see docs/evidence-dates.md):

* ``value`` follows TIMEX3: "2026-01-24" (day), "2026-W03" (ISO week),
  "2026-01" (month), "2026-SU" (season), "2026-Q1" (quarter), "2026-H1"
  (half), "2026" (year), "199" (decade), "PXD"/"P2W" (a period of days or
  weeks up to or from the anchor).
* A relative expression keeps the granularity of its unit: "vor einem Monat"
  with anchor 2026-01-27 is "2025-12", "vor zwei Wochen" is the ISO week of
  anchor - 14 days, "gestern" a day, "im vergangenen Jahr" "2025".
* A bare weekday ("am Montag") is the latest such day on or before the
  anchor (news report the past); "nächsten/kommenden Montag" the next one
  after it, "letzten/vergangenen Montag" the one before it.
* A day or month without a year ("24. Januar") takes, when an anchor is
  known, the year that puts it nearest the anchor; ``year_known`` stays
  false and ``year_from`` says "anchor". Without an anchor the year stays
  open: "XXXX-01-24".
* Without an anchor a relative expression has ``value`` null, its offset in
  ``offset`` (e.g. {"months": -1}) and the open value in ``template``
  ("XXXX-01" for "im Januar nächsten Jahres"). A year is never guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .patterns import Hit

__all__ = ["resolve", "granularity_of", "parse_anchor"]


def parse_anchor(anchor: str | dt.date | None) -> dt.date | None:
    """An ISO date (``YYYY-MM-DD``, longer ISO strings are cut) or None."""
    if anchor is None or isinstance(anchor, dt.date):
        return anchor
    try:
        return dt.date.fromisoformat(str(anchor)[:10])
    except ValueError:
        return None


def granularity_of(hit: Hit) -> str:
    if hit.duration:
        return hit.rel[0] if hit.rel else "day"
    if hit.decade is not None:
        return "decade"
    if hit.half is not None:
        return "half"
    if hit.quarter is not None:
        return "quarter"
    if hit.season is not None:
        return "season"
    if hit.day is not None or hit.weekday is not None:
        return "day"
    if hit.month is not None:
        return "month"
    if hit.rel is not None:
        return hit.rel[0]
    return "year"


def _fmt(year: str, hit: Hit) -> str:
    """The TIMEX3 value for ``hit`` with ``year`` (digits or "XXXX")."""
    if hit.decade is not None:
        return str(hit.decade)
    if hit.half is not None:
        return f"{year}-H{hit.half}"
    if hit.quarter is not None:
        return f"{year}-Q{hit.quarter}"
    if hit.season is not None:
        return f"{year}-{hit.season}"
    if hit.month is not None and hit.day is not None:
        return f"{year}-{hit.month:02d}-{hit.day:02d}"
    if hit.month is not None:
        return f"{year}-{hit.month:02d}"
    return year


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(hit: Hit, anchor: dt.date) -> int:
    """The year (anchor's, the one before or after) that puts ``hit`` nearest the anchor."""
    month = hit.month or {"SP": 4, "SU": 7, "FA": 10, "WI": 1}.get(hit.season or "", 0) or (
        (hit.quarter - 1) * 3 + 2 if hit.quarter else 6
    )
    day = hit.day or 15
    best, best_gap = anchor.year, None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = _valid(y, month, day)
        if d is None:
            continue
        gap = abs((d - anchor).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def _weekday(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    back = (anchor.isoweekday() - weekday) % 7
    if direction > 0:
        return anchor + dt.timedelta(days=((weekday - anchor.isoweekday()) % 7) or 7)
    if direction < 0:
        return anchor - dt.timedelta(days=back or 7)
    return anchor - dt.timedelta(days=back)


def _relative(hit: Hit, anchor: dt.date) -> str:
    unit, n = hit.rel  # type: ignore[misc]
    assert isinstance(n, int)
    if unit == "year":
        return _fmt(str(anchor.year + n), hit)
    if unit == "month":
        y, m = _add_months(anchor, n)
        return f"{y:04d}-{m:02d}"
    if unit == "week":
        iso = (anchor + dt.timedelta(weeks=n)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if unit == "weekday":
        return _weekday(anchor, hit.weekday or 1, n).isoformat()
    return (anchor + dt.timedelta(days=n)).isoformat()


def _template(hit: Hit) -> str | None:
    unit = hit.rel[0] if hit.rel else None
    if unit == "year":
        return _fmt("XXXX", hit)
    if unit == "weekday":
        return f"XXXX-WXX-{hit.weekday}"
    return None


def resolve(hit: Hit, anchor: dt.date | None) -> dict[str, Any]:
    """The attrs of a ``dates`` span for ``hit`` (see the module docstring)."""
    attrs: dict[str, Any] = {
        "value": None,
        "granularity": granularity_of(hit),
        "relative": hit.rel is not None,
        "anchor": anchor.isoformat() if anchor else None,
        "mod": hit.mod,
        "year_known": False,
    }
    if hit.duration:
        attrs["value"] = hit.duration
        attrs["relative"] = True
    elif hit.rel is None:
        if hit.year is not None or hit.decade is not None:
            attrs["value"] = _fmt(str(hit.year), hit)
            attrs["year_known"] = True
        elif anchor is not None:
            attrs["value"] = _fmt(str(_nearest_year(hit, anchor)), hit)
            attrs["year_from"] = "anchor"
        else:
            attrs["value"] = _fmt("XXXX", hit)
    else:
        unit, n = hit.rel
        if unit == "weekday":
            attrs["offset"] = {"weekday": hit.weekday, "direction": n}
        else:
            attrs["offset"] = {unit + "s": n}
        if anchor is not None and n != "X":
            attrs["value"] = _relative(hit, anchor)
            attrs["year_known"] = True
        else:
            template = _template(hit)
            if template:
                attrs["template"] = template
    if hit.bound:
        attrs["bound"] = hit.bound
    attrs.update(hit.extra)
    return attrs
