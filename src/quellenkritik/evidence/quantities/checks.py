"""Consistency checks between quantities of one article -> ``findings`` spans.

Each check pairs quantities only when they plausibly relate (same currency,
close together, a compatible counted thing) and returns nothing otherwise:
no finding is better than a wrong one. Stated values become intervals by
their bound ("mehr als 5 Mio." -> (5e6, inf); "etwa" -> +-10 %; "knapp 400"
(less_than, ``near``) -> [360, 400]; a range -> [value_min, value_max]; an exact
figure -> +- half its last written digit, at least 1 %); a check is
"consistent" when the computed interval meets the stated one. Vague counts
("Tausende", bound at_least) are never multiplied or summed, and a stated vague
total is "not checkable". Fractions ("ein Drittel", value 1/3) are compared
as percentages (attr ``percent``).

Kinds: ``count_times_unit_price`` (N things x price per piece vs a stated
total), ``parts_and_total`` ("10 Flugzeuge, darunter zwei"),
``change_percent`` ("von 4 auf 4,50 Euro ... 12,5 Prozent mehr") and
``percentage_of_base`` ("sank von 518 auf 172 Mio. Euro, auf ein Drittel").
"""

from __future__ import annotations

import math
import re
from typing import Any, Sequence

from . import lexicon as L
from .extract import Quantity
from .numbers import format_number as fmt

__all__ = ["Finding", "run_checks", "interval"]

Finding = dict[str, Any]  #: {"start", "end", "attrs"}: one "quantity-check" span
INF = math.inf
_TOL_ABOUT = 0.10
_TOL_EXACT = 0.01
_WINDOW = 2  #: sentences after the price in which the total may stand
_WORD = re.compile(r"\b[^\W\d][\w-]+")
_UP = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(L.CHANGE_UP), re.IGNORECASE)
_DOWN = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(L.CHANGE_DOWN), re.IGNORECASE)
_FROM_END = re.compile(r"(?<!\w)(?:von|from)\s*$", re.IGNORECASE)
_TO_MID = re.compile(r"^\s*(?:auf|to)\s*$", re.IGNORECASE)
_AFTER_MID = re.compile(r"^\s*(?:nach|,?\s*(?:up|down)\s+from)\s*$", re.IGNORECASE)
_RATIO_END = re.compile(r"(?<!\w)(?:auf|to)\s+$", re.IGNORECASE)
_BACK_REF = re.compile(r"\s*(?:%s)\b" % "|".join(re.escape(w) for w in L.BACK_REFERENCE))
_ALTERNATIVE = re.compile(r"\s*(?:oder|bzw\.|und|bis|or|and|to|[-–,/])\s*$", re.IGNORECASE)
_BOUND_WORDS = {"more_than": "more than", "at_least": "at least", "at_most": "at most",
                "less_than": "less than", "about": "about", "just_under": "just under"}
_NEAR_WORDS = {"more_than": "just over", "less_than": "just under"}


def _bound(q: Quantity) -> str | None:
    """The bound of ``q``; None for an exact figure (also for records without "exact")."""
    b = q.attrs.get("bound")
    return None if b == "exact" else b


def _is_range(q: Quantity) -> bool:
    a = q.attrs
    return a.get("bound") == "range" or (a.get("value") is None and a.get("value_max") is not None)


def _point(q: Quantity) -> float | int | None:
    """The one value of a figure that can enter arithmetic: not a range, not a vague count."""
    a = q.attrs
    return None if a.get("vague") or _is_range(q) else a.get("value")


def _half_ulp(q: Quantity) -> float:
    """Half a unit of the last written digit: "5 Millionen" -> 500,000; "5,27 Mio." -> 5,000.

    Trailing zeros of whole numbers count as written ("500" -> 0.5), since
    "500" may be exact; the 1 % floor of :func:`interval` covers rounding.
    """
    v = q.value
    if v is None:
        return 0.0
    mant = round(v / q.mult, 9)
    k = 0 if float(mant).is_integer() else -len(repr(float(mant)).split(".")[1])
    return 0.5 * 10**k * q.mult


def interval(q: Quantity) -> tuple[float, float] | None:
    """The values a stated quantity allows, from its value or range and its bound."""
    a = q.attrs
    if a.get("vague"):
        return None
    if _is_range(q) or a.get("value") is None:
        lo, hi = a.get("value_min"), a.get("value_max")
        return (float(lo), float(hi)) if lo is not None and hi is not None else None
    v = float(a["value"])
    bound = _bound(q) or ("about" if a.get("fraction") else None)
    if bound == "about":
        return v * (1 - _TOL_ABOUT), v * (1 + _TOL_ABOUT)
    if bound == "just_under" or (bound == "less_than" and a.get("near")):
        return v * (1 - _TOL_ABOUT), v
    if bound == "more_than" and a.get("near"):
        return v, v * (1 + _TOL_ABOUT)
    if bound in ("more_than", "at_least"):
        return v, INF
    if bound in ("at_most", "less_than"):
        return 0.0, v
    h = max(_half_ulp(q), abs(v) * _TOL_EXACT)
    return v - h, v + h


def _meets(comp: tuple[float, float], stated: tuple[float, float], bound: str | None) -> bool:
    lo, hi = stated
    if bound == "more_than":
        return comp[1] > lo and comp[0] <= hi
    if bound == "less_than":
        return comp[0] < hi and comp[1] >= lo
    return comp[1] >= lo and comp[0] <= hi


def _percent(q: Quantity) -> Quantity:
    """``q`` in percent: a fraction (value 1/3, ``percent`` 33.33) as its percentage."""
    a = q.attrs
    if not a.get("fraction") or a.get("percent") is None:
        return q
    return Quantity(q.start, q.end, q.label, {**a, "value": a["percent"], "unit": "%"}, q.core, q.mult)


def _stated(q: Quantity, text: str) -> dict[str, Any]:
    a = q.attrs
    out = {"value": a.get("value"), "bound": a.get("bound"), "text": text[q.start : q.end]}
    for k in ("value_min", "value_max", "near", "percent"):
        if k in a:
            out[k] = a[k]
    return out


def _show(q: Quantity) -> str:
    q = _percent(q)
    a, unit = q.attrs, (" " + q.unit if q.unit and q.unit != "%" else (q.unit or ""))
    if _is_range(q) or a.get("vague") or a.get("value") is None:
        lo, hi = a.get("value_min"), a.get("value_max")
        return f"{fmt(lo)}–{fmt(hi)}{unit}" if hi is not None else f"at least {fmt(lo)}{unit}"
    b = _bound(q) or ""
    pre = (_NEAR_WORDS.get(b) if a.get("near") else None) or _BOUND_WORDS.get(b, "")
    return f"{pre + ' ' if pre else ''}{fmt(a['value'])}{unit}"


def _stem(word: str) -> str:
    w = word.rsplit("-", 1)[-1].lower()
    for end in ("en", "er", "n", "e", "s"):
        if len(w) > 4 and w.endswith(end):
            return w[: -len(end)]
    return w


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    sa, sb = _stem(a.split()[-1]), _stem(b.split()[-1])
    return len(min(sa, sb, key=len)) >= 3 and (sa.startswith(sb) or sb.startswith(sa))


def _finding(target: Quantity, kind: str, parts: Sequence[Quantity], arithmetic: str,
             computed: float | None, stated: dict[str, Any], verdict: str, why: str) -> Finding:
    return {"start": target.start, "end": target.end, "attrs": {
        "kind": kind, "spans": [[q.start, q.end] for q in parts], "arithmetic": arithmetic,
        "computed": computed, "stated": stated, "verdict": verdict, "explanation": why}}


def _count_for(price: Quantity, k: int, qs: list[Quantity], sents: list[int], text: str,
               sent_starts: Sequence[int]) -> Quantity | None:
    """The count the unit price multiplies: compatible with the price's item, else the only one."""
    cands = [q for j, q in enumerate(qs[:k]) if q.label == "CARDINAL" and _point(q) is not None
             and q.attrs.get("what") and "part_of" not in q.attrs
             and 0 <= sents[k] - sents[j] <= _WINDOW]
    if not cands:
        return None
    per = price.attrs.get("per")
    if per and per not in L.PER_ITEM:
        nouns = [per]
    else:
        s0 = sent_starts[sents[k]] if sent_starts else 0
        nouns = _WORD.findall(text, s0, price.start)
    compat = [c for c in cands if any(_compatible(c.attrs["what"], n) for n in nouns)]
    if compat:
        return compat[-1]
    return cands[0] if len(cands) == 1 else None


def _unit_price_checks(qs: list[Quantity], sents: list[int], text: str,
                       sent_starts: Sequence[int]) -> list[Finding]:
    out = []
    for k, p in enumerate(qs):
        per = p.attrs.get("per")
        if p.label != "MONEY" or not per or per in L.PER_TIME or interval(p) is None:
            continue
        n = _count_for(p, k, qs, sents, text, sent_starts)
        if n is None:
            continue
        totals = [t for j, t in enumerate(qs) if j > k and t.label == "MONEY"
                  and t.unit == p.unit and not t.attrs.get("per")
                  and 0 <= sents[j] - sents[k] <= _WINDOW]
        if not totals:
            continue
        t = totals[0]
        ni, pi, ti = interval(n), interval(p), interval(t)
        pv = _point(p)
        if pv is not None:
            c = float(n.value) * float(pv)
        else:
            pi_lo, pi_hi = pi
            c = float(n.value) * (pi_lo + pi_hi) / 2
        unit = f" {p.unit}"
        arith = f"{fmt(n.value)} × {fmt(pv) if pv is not None else _show(p)}{unit} = {fmt(c)}{unit}"
        stated = _stated(t, text)
        if ti is None:
            out.append(_finding(t, "count_times_unit_price", [n, p, t], arith, c, stated,
                                "not checkable", f"The stated total '{stated['text']}' is vague, "
                                f"so the computed {fmt(c)}{unit} cannot be compared with it."))
            continue
        comp = (ni[0] * pi[0], ni[1] * pi[1])
        ok_point = _meets((c, c), ti, _bound(t))
        ok = ok_point or _meets(comp, ti, _bound(t))
        rel = "agrees with" if ok_point else ("agrees only within the stated approximations with"
                                              if ok else "does not agree with")
        why = (f"{fmt(n.value)} {n.attrs['what']} at {_show(p)} each make {fmt(c)}{unit}, "
               f"which {rel} the stated {_show(t)}.")
        out.append(_finding(t, "count_times_unit_price", [n, p, t], f"{arith}; stated: {_show(t)}",
                            c, stated, "consistent" if ok else "inconsistent", why))
    return out


def _parts_checks(qs: list[Quantity], text: str) -> list[Finding]:
    by_total: dict[tuple[int, int], list[Quantity]] = {}
    for q in qs:
        if "part_of" in q.attrs and _point(q) is not None and _bound(q) is None:
            by_total.setdefault(tuple(q.attrs["part_of"]), []).append(q)
    out = []
    for (s, e), parts in by_total.items():
        total = next((q for q in qs if (q.start, q.end) == (s, e)), None)
        if total is None or _point(total) is None or _bound(total) not in (None, "about"):
            continue
        psum = sum(float(p.value) for p in parts)
        limit = float(total.value) * (1 + _TOL_ABOUT if _bound(total) == "about" else 1)
        ok = psum <= limit
        terms = " + ".join(fmt(p.value) for p in parts)
        arith = f"{terms}{' = ' + fmt(psum) if len(parts) > 1 else ''} ≤ {_show(total)}"
        many = len(parts) > 1
        verb = ("fit" if many else "fits") if ok else ("do not fit" if many else "does not fit")
        why = (f"The part{'s' if many else ''} ({fmt(psum)}) {verb} within the "
               f"stated whole of {_show(total)} {total.attrs.get('what') or ''}".rstrip() + ".")
        out.append(_finding(total, "parts_and_total", [total, *parts], arith, psum,
                            _stated(total, text), "consistent" if ok else "inconsistent", why))
    return out


def _change_interval(old: tuple[float, float], new: tuple[float, float], ratio: bool
                     ) -> tuple[float, float]:
    """Percent change (or ratio, new/old) over all values the two stated figures allow."""
    if ratio:
        return new[0] / old[1] * 100, new[1] / old[0] * 100
    return (new[0] - old[1]) / old[1] * 100, (new[1] - old[0]) / old[0] * 100


def _percent_for(qs: list[Quantity], sents: list[int], k: int, text: str,
                 sent_starts: Sequence[int]) -> Quantity | None:
    """The percentage stated for the pair at ``k``: same sentence, or the next if it refers back."""
    for j, q in enumerate(qs):
        if q.label != "PERCENT" or _percent(q).unit != "%" or interval(q) is None:
            continue
        if sents[j] == sents[k]:
            return q
        if sents[j] == sents[k] + 1 and sents[j] < len(sent_starts) and _BACK_REF.match(
                text, sent_starts[sents[j]]):
            return q
    return None


def _change_checks(qs: list[Quantity], sents: list[int], text: str,
                   sent_starts: Sequence[int]) -> list[Finding]:
    out = []
    for k in range(len(qs) - 1):
        a, b = qs[k], qs[k + 1]
        if sents[k] != sents[k + 1] or _point(a) is None or _point(b) is None:
            continue
        if "PERCENT" in (a.label, b.label) or (a.unit and b.unit and a.unit != b.unit):
            continue
        mid = text[a.end : b.start]
        if _TO_MID.match(mid) and _FROM_END.search(text, max(0, a.start - 8), a.start):
            old, new = a, b
        elif _AFTER_MID.match(mid):
            old, new = b, a
        else:
            continue
        z = _percent_for(qs, sents, k, text, sent_starts)
        z = _percent(z) if z is not None else None
        oi, ni = interval(old), interval(new)
        if z is None or not old.value or oi is None or ni is None or oi[0] <= 0:
            continue
        if z.start > new.end and _ALTERNATIVE.match(text, new.end, z.start):
            continue  # "von 4,5 auf 3,5 oder 3,6 Prozent": the figures are percentages
        ratio = bool(_RATIO_END.search(text, max(0, z.start - 8), z.start))
        o, n = float(old.value), float(new.value)
        value = n / o * 100 if ratio else (n - o) / o * 100
        comp = _change_interval(oi, ni, ratio)
        ctx = text[max(0, z.start - 40) : z.end + 40]
        up, down = bool(_UP.search(ctx)), bool(_DOWN.search(ctx))
        direction_ok = ratio or not (up ^ down) or (up and value > 0) or (down and value < 0)
        zi, zb = interval(z), _bound(z)
        if zb == "less_than" and z.attrs.get("near") or zb == "more_than" and z.attrs.get("near"):
            zb = None  # "knapp ein Drittel": the interval says it
        if not ratio and value < 0:
            comp = (-comp[1], -comp[0])
        ok_point = _meets((abs(value), abs(value)), zi, zb)
        ok = direction_ok and (ok_point or _meets(comp, zi, zb))
        shown = fmt(round(abs(value), 2))
        if ratio:
            arith = f"{fmt(n)} / {fmt(o)} = {shown} %; stated: {_show(z)}"
            what = f"{fmt(n)} is {shown} % of {fmt(o)}"
        else:
            sign = "+" if value >= 0 else "−"
            arith = (f"({fmt(n)} − {fmt(o)}) / {fmt(o)} = {sign}{shown} %; stated: {_show(z)}"
                     f"{' (up)' if up and not down else ' (down)' if down and not up else ''}")
            what = f"The change from {fmt(o)} to {fmt(n)} is {sign}{shown} %"
        rel = "agrees" if ok_point and ok else ("agrees only within the stated approximations"
                                                if ok else "does not agree")
        why = f"{what}, which {rel} with the stated {_show(z)}" + (
            "" if direction_ok else " and the direction the text gives") + "."
        kind = "percentage_of_base" if ratio else "change_percent"
        out.append(_finding(z, kind, [old, new, z], arith, round(value, 4),
                            _stated(z, text), "consistent" if ok else "inconsistent", why))
    return out


def run_checks(qs: list[Quantity], sents: list[int], text: str,
               sent_starts: Sequence[int]) -> list[Finding]:
    """All consistency findings of one article, in text order."""
    found = (_unit_price_checks(qs, sents, text, sent_starts) + _parts_checks(qs, text)
             + _change_checks(qs, sents, text, sent_starts))
    return sorted(found, key=lambda f: (f["start"], f["end"]))
