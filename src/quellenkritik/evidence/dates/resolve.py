"""Normalise a :class:`~.patterns.Hit` to TIMEX3-style attributes, against an anchor date.

Conventions (see docs/evidence-dates.md):

* ``value`` follows TIMEX3: "2026-01-24" (day), "2026-W03" (ISO week),
  "2026-01" (month), "2026-SU" (season), "2026-Q1" (quarter), "2026-H1"
  (half), "2026" (year), "199" (decade), "PXD"/"P2W" (a period of days or
  weeks up to or from the anchor).
* A relative expression keeps the granularity of its unit: "vor einem Monat"
  with anchor 2026-01-27 is "2025-12", "vor zwei Wochen" is the ISO week of
  anchor - 14 days, "gestern" a day, "im vergangenen Jahr" "2025".
* A bare weekday ("am Montag") follows the tense of its clause (see
  :mod:`.tense`, attr ``tense``): in the past the latest such day on or
  before the anchor, in the present or future the first on or after it;
  with no tense to read, the past (news report the past).
  "nächsten/kommenden Montag" is the next one after the anchor,
  "letzten/vergangenen Montag" the one before it. "Wochenende" likewise
  ("2019-W42-WE").
* A day or month without a year ("24. Januar") takes, when an anchor is
  known, the year that puts it nearest the anchor, or, when the clause has
  a tense, the nearest year on that side of the anchor ("im Dezember sagte
  er" in October is last December); ``year_known`` stays false and
  ``year_from`` says "anchor". Without an anchor the year stays open:
  "XXXX-01-24". Holidays likewise ("Ostern" is Easter Sunday of that year).
* "seit vergangenem September": the latest September before the anchor's month.
* Reference words ("derzeit", "künftig", "zuletzt") keep TIMEX3's
  PRESENT_REF / FUTURE_REF / PAST_REF as value (granularity "ref"); a SET
  ("jeden Winter") its written value ("XXXX-WI", "P1Y"). Days counted from
  a day of the text ("am Vortag") and parts of a day ("am Abend") have
  ``reference: "text"`` and value null: the anchor does not say which day.
* Without an anchor a relative expression has ``value`` null, its offset in
  ``offset`` (e.g. {"months": -1}) and the open value in ``template``
  ("XXXX-01" for "im Januar nächsten Jahres"). A year is never guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .patterns import Hit
from .tense import FUTURE, PAST

__all__ = ["resolve", "granularity_of", "parse_anchor", "easter"]


def parse_anchor(anchor: str | dt.date | None) -> dt.date | None:
    """An ISO date (``YYYY-MM-DD``, longer ISO strings are cut) or None."""
    if anchor is None or isinstance(anchor, dt.date):
        return anchor
    try:
        return dt.date.fromisoformat(str(anchor)[:10])
    except ValueError:
        return None


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian calendar; the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday(rule: tuple[object, ...], year: int) -> dt.date | None:
    """The holiday's date in ``year``; None outside the calendar (years 1 to 9999)."""
    if rule[0] == "fixed":
        return _valid(year, int(rule[1]), int(rule[2]))  # type: ignore[call-overload]
    try:
        return easter(year) + dt.timedelta(days=int(rule[1]))  # type: ignore[call-overload]
    except (ValueError, OverflowError):  # an anchor of 0001-01-01 or 9999-12-31 asks for year 0 or 10000
        return None


def granularity_of(hit: Hit) -> str:
    if hit.kind:
        return hit.kind
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


def _nearest_year(hit: Hit, anchor: dt.date, tense: str | None = None) -> int:
    """The year (anchor's, the one before or after) that puts ``hit`` nearest the anchor.

    With a ``tense``, only years that put it on that side of the anchor
    count (a month holding the anchor is on both sides); when none does,
    the nearest.
    """
    if tense is not None and hit.day is not None and hit.month and not hit.holiday:
        # a calendar day within a month of the anchor is that one, whatever the clause's tense:
        # "hat die Feier am 25. September abgesagt", written on 12 September, is this September
        near = _nearest_year(hit, anchor)
        d = _valid(near, hit.month, hit.day)
        if d is not None and abs((d - anchor).days) <= 31:
            return near
    month = hit.month or {"SP": 4, "SU": 7, "FA": 10, "WI": 1}.get(hit.season or "", 0) or (
        (hit.quarter - 1) * 3 + 2 if hit.quarter else 6
    )
    day = hit.day or 15
    whole_month = hit.day is None
    best, best_gap = anchor.year, None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = _holiday(hit.holiday, y) if hit.holiday else _valid(y, month, day)
        if d is None:
            continue
        if tense is not None and not _on_side(d, anchor, tense, whole_month and not hit.holiday):
            continue
        gap = abs((d - anchor).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    if best_gap is None and tense is not None:
        return _nearest_year(hit, anchor)
    return best


def _on_side(d: dt.date, anchor: dt.date, tense: str, whole_month: bool) -> bool:
    if whole_month:
        key, akey = (d.year, d.month), (anchor.year, anchor.month)
    else:
        key, akey = (d.year, d.month, d.day), (anchor.year, anchor.month, anchor.day)
    return key <= akey if tense == PAST else key >= akey


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def _weekday(anchor: dt.date, weekday: int, direction: int, tense: str | None = None) -> dt.date:
    back = (anchor.isoweekday() - weekday) % 7
    if direction == 0 and tense == FUTURE:
        return anchor + dt.timedelta(days=(weekday - anchor.isoweekday()) % 7)
    if direction > 0:
        return anchor + dt.timedelta(days=((weekday - anchor.isoweekday()) % 7) or 7)
    if direction < 0:
        return anchor - dt.timedelta(days=back or 7)
    return anchor - dt.timedelta(days=back)


def _relative(hit: Hit, anchor: dt.date) -> str | None:
    """The value of a relative expression from the anchor; None when it falls outside the
    calendar ("morgen" written on 9999-12-31, "vor 10.000.000 Tagen")."""
    try:
        return _relative_value(hit, anchor)
    except (ValueError, OverflowError):
        return None


def _relative_value(hit: Hit, anchor: dt.date) -> str:
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
        return _weekday(anchor, hit.weekday or 1, n, hit.extra.get("tense")).isoformat()  # type: ignore[arg-type]
    if unit == "weekend":
        iso = _weekday(anchor, 6, n, hit.extra.get("tense")).isocalendar()  # type: ignore[arg-type]
        return f"{iso[0]:04d}-W{iso[1]:02d}-WE"
    if unit == "monthname":
        month = hit.month or 1
        if n < 0:
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif n > 0:
            year = anchor.year if month > anchor.month else anchor.year + 1
        else:
            year = anchor.year
        return f"{year:04d}-{month:02d}"
    return (anchor + dt.timedelta(days=n)).isoformat()


def _template(hit: Hit) -> str | None:
    unit = hit.rel[0] if hit.rel else None
    if unit == "year":
        return _fmt("XXXX", hit)
    if unit == "weekday":
        return f"XXXX-WXX-{hit.weekday}"
    if unit == "weekend":
        return "XXXX-WXX-WE"
    if unit == "monthname":
        return f"XXXX-{hit.month:02d}"
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
    tense = hit.extra.get("tense")
    if hit.literal is not None:
        attrs["value"] = hit.literal
        attrs["relative"] = hit.kind == "ref"
    elif hit.extra.get("reference") == "text" or (hit.kind == "ref" and hit.duration is None):
        attrs["relative"] = True
        if hit.rel is not None:
            attrs["offset"] = {hit.rel[0] + "s": hit.rel[1]}
    elif hit.duration:
        attrs["value"] = hit.duration
        attrs["relative"] = True
    elif hit.kind == "period":
        attrs["value"] = str(hit.year) if hit.year is not None else None
        attrs["year_known"] = hit.year is not None
    elif hit.holiday is not None and hit.rel is None:
        year = hit.year if hit.year is not None else _nearest_year(hit, anchor, tense) if anchor else None  # type: ignore[arg-type]
        day = _holiday(hit.holiday, year) if year is not None else None
        if day is not None:
            attrs["value"] = day.isoformat()
            attrs["year_known"] = hit.year is not None
            if hit.year is None:
                attrs["year_from"] = "anchor"
        elif hit.holiday[0] == "fixed":
            attrs["value"] = f"XXXX-{hit.holiday[1]:02d}-{hit.holiday[2]:02d}"
    elif hit.rel is None:
        if hit.year is not None or hit.decade is not None:
            attrs["value"] = _fmt(str(hit.year), hit)
            attrs["year_known"] = True
        elif anchor is not None:
            attrs["value"] = _fmt(str(_nearest_year(hit, anchor, tense)), hit)  # type: ignore[arg-type]
            attrs["year_from"] = "anchor"
        else:
            attrs["value"] = _fmt("XXXX", hit)
    else:
        unit, n = hit.rel
        if unit == "weekday":
            attrs["offset"] = {"weekday": hit.weekday, "direction": n}
        elif unit == "monthname":
            attrs["offset"] = {"month": hit.month, "direction": n}
        elif unit == "weekend":
            attrs["offset"] = {"weekend": n}
        else:
            attrs["offset"] = {unit + "s": n}
        value = _relative(hit, anchor) if anchor is not None and n != "X" else None
        if value is not None:
            attrs["value"] = value
            attrs["year_known"] = True
        else:
            template = _template(hit)
            if template:
                attrs["template"] = template
    if hit.bound:
        attrs["bound"] = hit.bound
    attrs.update(hit.extra)
    return attrs
