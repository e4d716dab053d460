"""Finding quantities in text: the regex of :mod:`.patterns` plus the checks it cannot express.

:func:`find_quantities` works on the plain text (no tokens needed) and
returns :class:`Quantity` objects with the span, label and the attributes
``value``, ``unit``, ``bound`` (and ``value_min``/``value_max`` for ranges and
vague amounts, ``vague``, ``fraction``). The token-based attributes (``what``,
``per``, ``part_of``) are added by :mod:`.context`.

Rejected on purpose: years ("2024", "2014-2016"), dates ("24. Januar",
"24.01.", "January 24"), ordinals ("24. Tag", "dritten"), times ("14 Uhr",
"14:30"), scores and fractions with ":" or "/", digits inside names ("M30",
"Shahed-136", "G20") and compounds ("31-jährige", "3-Zimmer-Wohnung"), and
numbers after reference words ("Artikel 5", "Seite 3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import lexicon as L
from . import patterns as P
from .numbers import parse_digits, word_value

__all__ = ["Quantity", "find_quantities"]

_ONE = frozenset(L.ONE_WORDS)
_HEDGE_KEYS = {" ".join(k.lower().split()): v for k, v in L.HEDGES.items()}
_SCALES = {**L.SCALES, **L.DOZEN}
_VAGUE = {**L.VAGUE, **L.VAGUE_SCALES}
_WS = re.compile(r"\s+")


@dataclass
class Quantity:
    """One quantity expression: ``text[start:end]``; ``attrs`` become the span's attrs."""

    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)
    core: tuple[int, int] = (0, 0)  #: the number itself (without hedge, scale, unit)
    mult: float = 1.0  #: the scale applied to the written number ("Millionen" -> 1e6)

    @property
    def value(self) -> float | int | None:
        return self.attrs.get("value")

    @property
    def unit(self) -> str | None:
        return self.attrs.get("unit")


def _clean(x: float) -> float | int:
    """5.27 * 1e6 -> 5270000 (int when whole), floats rounded to 9 significant places."""
    r = float(f"{x:.9g}")
    return int(r) if r.is_integer() and abs(r) < 1e18 else r


def _norm(s: str) -> str:
    return _WS.sub(" ", s.strip())


def _number(m: re.Match[str], group: str, lang: str) -> tuple[float | int | None, bool]:
    """(value, is_digits) of the ``num``/``num2`` group of a match."""
    raw = m.group(group)
    if raw[0].isdigit():
        return parse_digits(raw, lang), True
    return word_value(_norm(raw).replace(" ", "-") if " " in raw else raw, lang), False


def _is_year(raw: str, value: float | int | None) -> bool:
    return raw.isdigit() and len(raw) == 4 and value is not None and 1800 <= value <= 2100


def _bad_after(text: str, p: int) -> bool:
    """A letter/digit, "-letter", ":digit" or "/digit" right after ``p``: a name or compound."""
    if p >= len(text):
        return False
    c = text[p]
    if c.isalnum():
        return True
    nxt = text[p + 1 : p + 2]
    if c in "-–" and nxt.isalpha():
        return True
    return c in ":/" and nxt.isdigit()


_NEXT_WORD = re.compile(r"\s+([^\W\d])")


def _noun_follows(text: str, p: int, lang: str) -> bool:
    """A word right after ``p`` that a count could count (capitalised in German)."""
    m = _NEXT_WORD.match(text, p)
    return bool(m) and (m.group(1).isupper() or lang.startswith("en"))


def _date_or_ordinal(text: str, m: re.Match[str], ce: int, value: float | int | None) -> bool:
    """True when the number at ``m`` is a day, an ordinal or a time, not a count."""
    cs = m.start("num")
    if P.TIME_AFTER.match(text, ce):
        return True
    if text[ce : ce + 1] == ".":
        if P.DATE_AFTER_DOT.match(text, ce):
            return True
        rest = text[ce + 1 : ce + 3]
        if len(rest) == 2 and rest[0] == " " and rest[1].islower():
            return True  # "am 3. weiteren Tag", "die 2. größte": an ordinal
        if rest[:1] in (")", ",", ";", ":"):
            return True  # "(30.)", "(65., 86.)": minutes, places
        if rest[1:2].isupper() and (text[max(0, cs - 2) : cs] == ", " or cs == 0
                                    or text[cs - 1] == "\n"):
            return True  # "..., 12. Roberto Janet": a rank in a list
        if rest[1:2].isupper() and P.ORDINAL_WORD_BEFORE.search(text, max(0, cs - 12), cs):
            return True  # "am 3. Tag"
    if isinstance(value, int) and value <= 31 and not m.group("unit"):
        if P.MONTH_AFTER.match(text, ce) or P.MONTH_NEAR.search(text, max(0, cs - 16), cs):
            return True
    return False


_FROM_END = re.compile(r"(?<!\w)from\s+$", re.IGNORECASE)


def _valid_range(text: str, m: re.Match[str], v1: Any, v2: Any, digits1: bool) -> bool:
    sep = m.group("rsep").strip().lower()
    if sep in ("und", "and") and not m.group("between"):
        return False
    if sep == "to" and _FROM_END.search(text, max(0, m.start() - 6), m.start()):
        return False  # "rose from $4 to $4.50": a change, two quantities
    if m.group("vague") or m.group("one") or v1 is None or v2 is None or v2 <= v1:
        return False
    return _is_year(m.group("num2"), v2) == (digits1 and _is_year(m.group("num"), v1))


def _interpret(text: str, m: re.Match[str], lang: str) -> Quantity | None:
    """A :class:`Quantity` for a match, or None when it is not one (see module doc)."""
    gd = m.groupdict()
    cs, ce0 = m.span("num")
    hedge, cur, unit_txt, scale_txt, att = gd["hedge"], gd["cur"], gd["unit"], gd["scale"], gd["att"]
    ranged = gd.get("num2") is not None
    ce = m.end("num2") if ranged else (m.end("att") if att else ce0)
    # -- names, compounds, references ---------------------------------------
    after = m.end() if (unit_txt or scale_txt) else ce
    if _bad_after(text, after) or (after != ce and _bad_after(text, ce)):
        return None
    if not (hedge or cur) and P.IDENT_END.search(text, max(0, cs - 25), cs):
        return None
    # -- the number -----------------------------------------------------------
    vague = gd["vague"]
    if vague:
        value, digits = _VAGUE[_norm(vague)], False
    elif gd["one"]:
        value, digits = 1, False
    else:
        value, digits = _number(m, "num", lang)
        if not digits and gd["num"].lower() in _ONE and not scale_txt:
            return None
    if value is None:
        return None
    if _date_or_ordinal(text, m, ce, value):
        return None
    plain = not (hedge or cur or unit_txt or scale_txt or att)
    if _is_year(gd["num"], value) and (plain or ranged and not (cur or unit_txt or scale_txt)):
        return None
    if (_is_year(gd["num"], value) and hedge and not (cur or unit_txt or scale_txt)
            and _HEDGE_KEYS.get(_norm(hedge).lower()) in ("more_than", "less_than")
            and not _noun_follows(text, m.end(), lang)):
        return None  # "ein Viertel mehr als 2014": a comparison with a year
    value2 = None
    if ranged:
        value2, _ = _number(m, "num2", lang)
        if not _valid_range(text, m, value, value2, digits):
            return None  # the caller retries without a range
    # -- scale, unit, label ---------------------------------------------------
    mult = 1.0
    if scale_txt:
        mult = _SCALES.get(_norm(scale_txt), 1.0)
    label, unit = "CARDINAL", None
    if att:
        if cur:
            mult *= L.ATTACHED_SCALES[att]
        elif att == "m":
            label, unit = "QUANTITY", "m"
        else:
            return None
    if cur:
        label, unit = "MONEY", L.CURRENCIES.get(cur, cur)
    if unit_txt:
        label, unit = P.UNIT_KIND.get(_norm(unit_txt), ("CARDINAL", None))
    attrs: dict[str, Any] = {"value": None, "unit": unit, "what": None, "per": None, "bound": None}
    if hedge and _norm(hedge).lower() in L.AMBIGUOUS_HEDGES and not scale_txt \
            and not float(value).is_integer():
        hedge = None  # "eine Rechnung über 396,67 Euro": a preposition
    if hedge:
        attrs["bound"] = _HEDGE_KEYS.get(_norm(hedge).lower())
    if vague:
        attrs.update(value_min=_clean(value * mult), vague=True)
    elif ranged:
        attrs.update(value_min=_clean(value * mult), value_max=_clean(value2 * mult))
    else:
        attrs["value"] = _clean(value * mult)
    start = m.start("hedge") if hedge else (
        m.start("between") if (ranged and gd["between"]) else (m.start("cur") if cur else cs))
    end = m.end()
    return Quantity(start, end, label, attrs, (cs, ce), mult)


_FRACTION_WORDS = tuple(L.FRACTIONS)


def _fractions(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    if not any(w in text for w in _FRACTION_WORDS):
        return out  # most texts name no fraction: substring tests are far cheaper than the scan
    for a in P.FRACTION_NOUN.finditer(text):
        m = P.FRACTION.search(text, max(0, a.start() - 40), a.end())
        if m is None or m.end() != a.end() or (out and m.start() < out[-1].end):
            continue
        num, frac = m.group("fnum").lower(), m.group("frac")
        if num == "die" and frac != "Hälfte":
            continue
        n, d = L.FRACTION_NUMERATORS[num], L.FRACTIONS[frac]
        if _bad_after(text, m.end()):
            continue
        attrs: dict[str, Any] = {"value": _clean(100 * n / d), "unit": "%", "what": None,
                                 "per": None, "bound": None, "fraction": f"{n}/{d}"}
        if m.group("hedge"):
            attrs["bound"] = _HEDGE_KEYS.get(_norm(m.group("hedge")).lower())
        start = m.start("hedge") if m.group("hedge") else m.start("fnum")
        out.append(Quantity(start, m.end(), "PERCENT", attrs, m.span("fnum")))
    return out


def _anchors(text: str) -> list[tuple[int, int]]:
    """The spans of ``P.ANCHOR`` matches from left to right, as repeated ``ANCHOR.search`` finds them.

    Digits and number words are found by patterns that ``re`` scans fast (a
    character class first) instead of one that it tries at every character.
    Anchors never overlap (a digit is no letter; a word anchor starts a word
    and holds no non-word character but a final "."), so the merged list holds
    the leftmost anchor at or after any position.
    """
    first = P.WORD_ANCHOR.match(text)
    return sorted([m.span() for m in P.DIGIT_ANCHOR.finditer(text)]
                  + [m.span(1) for m in P.WORD_ANCHOR_AFTER.finditer(text)]
                  + ([first.span()] if first else []))


def _leftmost(text: str, lo: int, last: int, endpos: int) -> re.Match[str] | None:
    """``P.QUANTITY.search(text, lo, endpos)`` when its match starts at or before ``last``, else None.

    A quantity starts at a word start or a currency sign (``P.QUANTITY_START``),
    so only those positions are tried, and none after ``last``: a match there
    is of no use to the caller, and searching on for it cost the most.
    """
    match = P.QUANTITY.match
    for c in P.QUANTITY_START.finditer(text, lo, min(len(text), last + 4)):
        p = c.start()
        if p > last:
            break
        m = match(text, p, endpos)
        if m is not None:
            return m
    return None


def find_quantities(text: str, lang: str = "de") -> list[Quantity]:
    """All quantity expressions of ``text`` in order, non-overlapping."""
    fracs = _fractions(text)
    taken = [(q.start, q.end) for q in fracs]
    out: list[Quantity] = list(fracs)
    pos, n = 0, len(text)
    anchors, k = _anchors(text), 0
    while pos < n:
        while k < len(anchors) and anchors[k][0] < pos:
            k += 1
        if k == len(anchors):
            break
        a_start, a_end = anchors[k]
        # a hedge, "zwischen" and a currency sign stand at most ~40 characters before
        # the number, the whole expression well within 160 characters after it
        m = _leftmost(text, max(pos, a_start - 40), a_start, min(n, a_end + 160))
        if m is None or m.start("num") > a_start:
            pos = a_end
            continue
        q = _interpret(text, m, lang)
        if q is None and m.group("num2") is not None:
            m2 = P.QUANTITY_NO_RANGE.match(text, m.start())
            if m2 is not None:
                q, m = _interpret(text, m2, lang), m2
        if q is None:
            pos = max(m.end("num"), pos + 1)
            continue
        pos = m.end()
        if any(a < q.end and q.start < b for a, b in taken):
            continue
        out.append(q)
    out.sort(key=lambda q: q.start)
    return out
