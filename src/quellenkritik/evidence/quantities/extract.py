"""Finding quantities in text: the regex of :mod:`.patterns` plus the checks it cannot express.

:func:`find_quantities` works on the plain text (no tokens needed) and
returns :class:`Quantity` objects with the span, label and the attributes
``value``, ``unit``, ``bound`` and, where they apply, ``value_min``/``value_max``,
``vague``, ``near``, ``fraction``/``percent``. The token-based attributes
(``what``, ``per``, ``part_of``) are added by :mod:`.context`.

``value`` is always a number: a range ("200 bis 250") gives its lower value
with bound "range" (``value_min`` 200, ``value_max`` 250), a vague count
("Tausende") the lower bound it implies with bound "at_least" (and ``value_min``,
``vague: true``), a fraction ("die Hälfte") the fraction, 0.5 (``percent``: 50).
``bound`` is one of :data:`.lexicon.BOUNDS`: exact, about, more_than,
less_than, at_most, at_least, range; ``near: true`` marks hedges such as
"knapp" or "gut" (close to the value).

Numbers written onto words are quantities: "45-jähriger", "die 61-Jährige",
"zweiwöchigen", "12-seitigen", "300-Millionen-Euro-Paket" (the number and its
scale and unit; the rest of the word is ``what``).

Rejected on purpose: years ("2024", "2014-2016"), dates ("24. Januar",
"24.01.", "January 24"), ordinals ("24. Tag", "dritten", "zum 100."), times
("14 Uhr", "14:30", "5 pm"), scores and fractions with ":" or "/", digits
inside names ("M30", "Shahed-136", "G20"), numbers after reference words
("Artikel 5", "Seite 3", "Satz 2"), and numbers that name rather than count
(:func:`_identifiers`): IBANs, phone, account, case and reference numbers,
postcodes, ISBNs, wallet ids, digit strings with a leading zero ("030").
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
_NEAR = frozenset(" ".join(k.lower().split()) for k in L.NEAR_HEDGES)
_GOVERNED = frozenset({"über", "unter"})
_TIME_BEFORE_LAST = frozenset(w[-1] for w in L.TIME_BEFORE)  # the letter before the space
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


def _half_value(raw: str, lang: str) -> float | None:
    """"anderthalb" -> 1.5, "zweieinhalb" -> 2.5 (a number word and one half)."""
    w = raw.lower()
    if w in L.HALF_WORDS:
        return L.HALF_WORDS[w]
    head = w[: -len(L.HALF_SUFFIX)]
    v = 1 if head == "ein" else word_value(head, lang)
    return None if v is None else v + 0.5


def _number(m: re.Match[str], group: str, lang: str) -> tuple[float | int | None, bool]:
    """(value, is_digits) of the ``num``/``num2`` group of a match."""
    raw = m.group(group)
    if raw[0].isdigit():
        return parse_digits(raw, lang), True
    if "halb" in raw:  # "anderthalb", "zweieinhalb"
        return _half_value(raw, lang), False
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


def _date_or_ordinal(text: str, m: re.Match[str], ce: int, value: float | int | None,
                     lang: str = "de") -> bool:
    """True when the number at ``m`` is a day, an ordinal or a time, not a count."""
    cs = m.start("num")
    if P.TIME_AFTER.match(text, ce) or (
            text[cs - 2 : cs - 1] in _TIME_BEFORE_LAST and P.TIME_BEFORE.search(text, max(0, cs - 14), cs)):
        return True  # "14 Uhr", "halb zwei"
    if (lang.startswith("en") and value is not None and value <= 12
            and P.TIME_AMPM.match(text, ce)):
        return True  # "5 pm"; in German "436 am Vortag" is a count
    if text[ce : ce + 1] == ".":
        if P.DATE_AFTER_DOT.match(text, ce):
            return True
        if P.ORDINAL_LINE_END.match(text, ce) and P.ORDINAL_WORD_BEFORE.search(
                text, max(0, cs - 12), cs):
            return True  # "Bukowski zum 100." closing a line
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
    if not (hedge or cur):
        ident = P.IDENT_END.search(text, max(0, cs - 25), cs)
        if ident is not None and (ident.group("any") or text[cs].isdigit()):
            return None  # "Artikel 5", "Satz 2" (but "im Satz drei Matchbälle")
    # -- the number -----------------------------------------------------------
    vague = gd["vague"]
    if vague:
        value, digits = _VAGUE[_norm(vague)], False
    elif gd["one"]:
        value, digits = (0.5 if gd["halfadj"] else 1), False
    else:
        value, digits = _number(m, "num", lang)
        if not digits and gd["num"].lower() in _ONE and not scale_txt:
            return None
    if value is None:
        return None
    if _date_or_ordinal(text, m, ce, value, lang):
        return None
    plain = not (hedge or cur or unit_txt or scale_txt or att)
    if _is_year(gd["num"], value) and (plain or ranged and not (cur or unit_txt or scale_txt)):
        return None
    if (_is_year(gd["num"], value) and hedge and not (cur or unit_txt or scale_txt)
            and (_norm(hedge).lower() in L.YEAR_HEDGES or not _noun_follows(text, m.end(), lang))):
        return None  # "ein Viertel mehr als 2014", "ab 2022": a comparison with a year
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
    attrs: dict[str, Any] = {"value": None, "unit": unit, "what": None, "per": None, "bound": "exact"}
    hkey = _norm(hedge).lower() if hedge else ""
    if hkey in L.AMBIGUOUS_HEDGES and not scale_txt and not float(value).is_integer():
        hedge = None  # "eine Rechnung über 396,67 Euro": a preposition
    elif hkey in _GOVERNED and P.GOVERNOR_END.search(text, max(0, m.start("hedge") - 80),
                                                       m.start("hedge")):
        hedge = None  # "verfügen über 180 Maschinen", "ein Kredit über 5 Millionen"
    if hedge:
        attrs["bound"] = _HEDGE_KEYS.get(hkey, "exact")
        if hkey in _NEAR:
            attrs["near"] = True
    attrs["value"] = _clean(value * mult)
    if vague:
        attrs.update(value_min=attrs["value"], vague=True)
        if attrs["bound"] != "more_than":
            attrs["bound"] = "at_least"
    elif ranged:
        attrs.update(value_min=attrs["value"], value_max=_clean(value2 * mult), bound="range")
        attrs.pop("near", None)
    start = m.start("hedge") if hedge else (
        m.start("between") if (ranged and gd["between"]) else (m.start("cur") if cur else cs))
    end = m.end()
    return Quantity(start, end, label, attrs, (cs, ce), mult)


_FRACTION_WORDS = tuple(L.FRACTIONS)
_ARTICLE_NUMERATORS = frozenset({"die", "der", "zur"})


def _fractions(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    if not any(w in text for w in _FRACTION_WORDS):
        return out  # most texts name no fraction: substring tests are far cheaper than the scan
    for a in P.FRACTION_NOUN.finditer(text):
        m = P.FRACTION.search(text, max(0, a.start() - 40, out[-1].end if out else 0), a.end())
        while m is not None and m.end() < a.end():  # an earlier fraction in the window
            m = P.FRACTION.search(text, m.end(), a.end())
        if m is None or m.end() != a.end():
            continue
        num, frac = m.group("fnum").lower(), m.group("frac")
        if num == "die" and frac != "Hälfte":
            continue
        if num in ("der", "zur") and frac != "Hälfte":
            continue
        n, d = L.FRACTION_NUMERATORS[num], L.FRACTIONS[frac]
        if _bad_after(text, m.end()):
            continue
        attrs: dict[str, Any] = {"value": _clean(n / d), "unit": "fraction", "what": None,
                                 "per": None, "bound": "exact", "fraction": f"{n}/{d}",
                                 "percent": _clean(100 * n / d)}
        if m.group("hedge"):
            hkey = _norm(m.group("hedge")).lower()
            attrs["bound"] = _HEDGE_KEYS.get(hkey, "exact")
            if hkey in _NEAR:
                attrs["near"] = True
        # "die Hälfte", "zur Hälfte": an article, not a number; the span is the noun
        start = m.start("hedge") if m.group("hedge") else (
            m.start("frac") if num in _ARTICLE_NUMERATORS else m.start("fnum"))
        core = m.span("frac") if num in _ARTICLE_NUMERATORS else m.span("fnum")
        out.append(Quantity(start, m.end(), "PERCENT", attrs, core))
    return out


_UNIT_PARTS = {**P.UNIT_KIND}


def _compound(start: int, num_end: int, value: float | int, label: str, unit: str | None,
              mult: float, end: int, what: str | None) -> Quantity:
    attrs: dict[str, Any] = {"value": _clean(value * mult), "unit": unit, "what": what,
                             "per": None, "bound": "exact"}
    return Quantity(start, end, label, attrs, (start, num_end), mult)


def _stem_of(part: str) -> str | None:
    """The stem of ``L.COMPOUND_SUFFIXES`` that ``part`` is, with an ending ("jährigen")."""
    for cut in (0, 1, 2):  # the endings are "", "e", "en", "er", "es", "em"
        stem = part[: len(part) - cut] if cut else part
        if stem in L.COMPOUND_SUFFIXES and part[len(stem):] in L.COMPOUND_ENDINGS:
            return stem
    return None


def _digit_compounds(text: str, lang: str) -> list[Quantity]:
    """"45-jähriger", "61-Jährige", "12-seitigen", "300-Millionen-Euro-Paket", "3-Zimmer-Wohnung"."""
    out: list[Quantity] = []
    for m in P.COMPOUND_DIGITS.finditer(text):
        ce = m.start()
        if not ce or not text[ce - 1].isdigit():
            continue
        cs = ce - 1
        while cs and (text[cs - 1].isdigit() or text[cs - 1] in ".," and text[cs - 2 : cs - 1].isdigit()):
            cs -= 1
        if cs and (text[cs - 1].isalnum() or text[cs - 1] in ".,:/-–+_"):
            continue  # "G20-Gipfel", "Covid-19-Fälle", "1.5-": part of a name or a longer string
        raw = text[cs:ce]
        if raw[0] == "0" and raw[1:2].isdigit():
            continue
        value = parse_digits(raw, lang)
        pm = P.COMPOUND_PARTS.match(text, m.end())
        if value is None or pm is None:
            continue
        after = pm.end()
        if after < len(text) and (text[after] == "-" or text[after].isdigit()):
            continue  # "3-D-2", a code
        parts = pm.group().split("-")
        stem = _stem_of(parts[0])
        if stem is not None:
            label, unit, what = L.COMPOUND_SUFFIXES[stem]
            out.append(_compound(cs, ce, value, label, unit, 1.0, m.end() + len(parts[0]), what))
            continue
        i, mult, label, unit = 0, 1.0, "CARDINAL", None
        if parts[i] in L.SCALES:
            mult, i = L.SCALES[parts[i]], i + 1
        if i < len(parts) and parts[i] in _UNIT_PARTS:
            (label, unit), i = _UNIT_PARTS[parts[i]], i + 1
        if i == 0:  # a plain noun: "3-Zimmer-Wohnung", "10-Punkte-Plan"
            p0 = parts[0]
            if (len(p0) < 2 or not p0[0].isupper() or p0.isupper() or p0 in L.COMPOUND_STOP
                    or len(parts) < 2 or _is_year(raw, value)):
                continue
            nb = P.NAME_BEFORE.search(text, max(0, cs - 40), cs)
            if nb is not None and nb.group(1) not in L.NOT_NAME_BEFORE:
                continue  # "Puls 4-Info-Direktorin": a name with a number
            end = m.end() + len(p0)
            out.append(_compound(cs, ce, value, label, unit, mult, end, p0))
            continue
        if _is_year(raw, value) and unit is None:
            continue
        end = m.end() + len("-".join(parts[:i]))
        rest = "-".join(parts[i:]) or None
        out.append(_compound(cs, ce, value, label, unit, mult, end, rest))
    return out


def _word_compounds(text: str, lang: str, anchors: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """"zweiwöchigen", "dreitägige", "anderthalbjährige": a number word written onto a stem.

    Tried only at the word anchors of the main scan (a number word starts there), which
    spares a scan of the text ("ein" is no anchor: "einjährig" is one, see patterns).
    """
    out: list[Quantity] = []
    match = P.COMPOUND_WORD.match
    for s, _ in _word_anchors(text) if anchors is None else anchors:
        if text[s].isdigit() or (s and (text[s - 1].isalnum() or text[s - 1] == "-")):
            continue
        m = match(text, s)
        if m is not None:
            q = _word_compound(text, m, lang)
            if q is not None:
                out.append(q)
    return out


def _word_compound(text: str, m: re.Match[str], lang: str) -> Quantity | None:
    """The quantity of a ``P.COMPOUND_WORD`` match, or None when its number is no number."""
    word, stem = m.group("wnum"), m.group("stem")
    low = word.lower()
    if low in ("ein", "eine") and stem not in L.COMPOUND_WORD_TIME_STEMS:
        return None  # "einseitig": one-sided
    if stem == "prozentig" and m.end() - m.end("stem") == 0:
        return None  # "hundertprozentig übereingestimmt": fully, not a share
    if low.endswith(L.HALF_SUFFIX) or low in L.HALF_WORDS:
        value: float | int | None = _half_value(word, lang)
    else:
        value = 1 if low == "ein" else word_value(low, lang)
    if value is None:
        return None
    label, unit, what = L.COMPOUND_SUFFIXES[stem]
    return _compound(m.start(), m.end("wnum"), value, label, unit, 1.0, m.end(), what)


_ID_SEPS = frozenset(" \u00a0/-–")
_CUES = frozenset(L.REFERENCE_CUES)
_CUE_ENDS = ("nummer", "Nummer", "-Nr.", "zeichen")
_PREV_WORD = re.compile(r"(\S+?):?[ \t\u00a0]*$")


def _may_name(text: str, cs: int, ce: int) -> bool:
    """A cheap test whether the digits at ``cs:ce`` can be part of an identifier: a digit
    group or code right next to them, a postcode's length, or a cue word before them.
    Only then is ``P.IDENTIFIER_ZONE`` tried (most numbers in news stand alone)."""
    b, a = text[max(0, cs - 2) : cs], text[ce : ce + 2]
    if len(b) == 2 and b[1] in _ID_SEPS and (b[0].isdigit() or b[0].isupper()):
        return True  # "DE12 3456", "030 1234567", "978-3"
    if len(a) == 2 and a[0] in _ID_SEPS and a[1].isdigit():
        return True
    if 4 <= ce - cs <= 5:
        j = cs
        while j and text[j - 1] in " \t\u00a0":
            j -= 1
        if j == 0 or text[j - 1] in "\n,":
            return True  # a postcode opening a line or after a comma ("Weg 5, 10115 Berlin")
    if a[:1] == " " and a[1:2].isupper() and P.CASE_AFTER.match(text, ce):
        return True  # "12 O 345/19"
    w = _PREV_WORD.search(text, max(0, cs - 30), cs)
    return w is not None and (w.group(1) in _CUES or w.group(1).endswith(_CUE_ENDS))


def _identifiers(text: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs`` without numbers that name rather than count: IBANs, phone, account, case and
    reference numbers, ISBNs, postcodes, wallet ids (``P.IDENTIFIER_ZONE``, ``P.STREET_BEFORE``)."""
    n, kept = len(text), []
    for q in qs:
        cs, ce = q.core
        if (q.label != "CARDINAL" or q.mult != 1.0 or q.attrs.get("bound") != "exact"
                or not text[cs : cs + 1].isdigit() or not _may_name(text, cs, ce)):
            kept.append(q)  # hedged, scaled or with a unit: a count, never a code
            continue
        named = False
        for z in P.IDENTIFIER_ZONE.finditer(text, max(0, cs - 40), min(n, ce + 40)):
            if z.start() < ce and cs < z.end():
                named = True
                break
            if z.start() >= ce:
                break
        if (not named and 4 <= ce - cs <= 5 and text[cs:ce].isdigit()
                and text[max(0, cs - 2) : cs].strip() == "," and P.STREET_BEFORE.search(
                    text, max(0, cs - 50), cs)):
            named = True  # "Musterweg 5, 10115 Berlin"
        if not named:
            kept.append(q)
    return kept


def _anchors(text: str) -> list[tuple[int, int]]:
    """The spans of ``P.ANCHOR`` matches from left to right, as repeated ``ANCHOR.search`` finds them.

    Digits and number words are found by patterns that ``re`` scans fast (a
    character class first) instead of one that it tries at every character.
    Anchors never overlap (a digit is no letter; a word anchor starts a word
    and holds no non-word character but a final "."), so the merged list holds
    the leftmost anchor at or after any position.
    """
    return sorted([m.span() for m in P.DIGIT_ANCHOR.finditer(text)] + _word_anchors(text))


def _word_anchors(text: str) -> list[tuple[int, int]]:
    """The number-word anchors of ``_anchors`` (no digits), left to right."""
    first = P.WORD_ANCHOR.match(text)
    return ([first.span()] if first else []) + [m.span(1) for m in P.WORD_ANCHOR_AFTER.finditer(text)]


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


def _first_pass(text: str, lang: str, words: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """The quantities found before the main scan: fractions and numbers written onto words
    (``words``: the word anchors, as ``_word_anchors`` finds them)."""
    out = _fractions(text)
    more = _digit_compounds(text, lang) + _word_compounds(text, lang, words)
    for q in more:
        if not out or not any(p.start < q.end and q.start < p.end for p in out):
            out.append(q)
    return out


def find_quantities(text: str, lang: str = "de") -> list[Quantity]:
    """All quantity expressions of ``text`` in order, non-overlapping."""
    words = _word_anchors(text)
    anchors, k = sorted([m.span() for m in P.DIGIT_ANCHOR.finditer(text)] + words), 0
    first = _first_pass(text, lang, words)
    taken = [(q.start, q.end) for q in first]
    out: list[Quantity] = list(first)
    pos, n = 0, len(text)
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
    return _identifiers(text, out)
