"""Reading written numbers: digit strings in German and English style, number words.

Digit strings are parsed here because no library in the environment reads
both conventions with the ambiguity rule we need (babel's ``parse_decimal``
takes one locale and rejects "5,27" under "en"): German writes "1.234,5",
English "1,234.5", and "12.000" means twelve thousand in a German text but
twelve in an English one. Number words go to ``text2num`` (German and
English), cached per word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

__all__ = ["parse_digits", "word_value", "format_number"]

_SEPS = re.compile(r"[.,\u00a0\u202f\u2009]")
_SPACES = "\u00a0\u202f\u2009 "
#: Longer digit strings are not read as numbers: their value (times a scale such
#: as "Billionen") would overflow a float, and ``int`` refuses more than 4300 digits.
MAX_DIGIT_STRING = 100


def parse_digits(raw: str, lang: str = "de") -> float | int | None:
    """The value of a digit string such as "170.000", "5,27", "12,000", "1.234,5".

    Rules, in order: spaces (no-break, thin, plain) group thousands; with both "." and
    "," the last one is the decimal mark; one kind repeated groups thousands;
    one mark once before exactly three digits follows the language ("de":
    "." groups, "," decimal; otherwise the English way); else it is the
    decimal mark. Returns None for malformed groupings ("1.23.4") and for strings
    longer than :data:`MAX_DIGIT_STRING`.
    """
    if len(raw) > MAX_DIGIT_STRING:
        return None
    if raw.isdigit():
        return int(raw)
    s = raw
    for sp in _SPACES:
        s = s.replace(sp, "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        return _build(s, grp, dec)
    if not dots and not commas:
        return int(s)
    mark = "." if dots else ","
    count = dots or commas
    parts = s.split(mark)
    if count > 1:
        return _build(s, mark, None)
    if len(parts[1]) == 3 and parts[0] != "0":
        german = lang.startswith("de")
        grouping = (mark == ".") if german else (mark == ",")
        return _build(s, mark, None) if grouping else _build(s, None, mark)
    return _build(s, None, mark)


def _build(s: str, grp: str | None, dec: str | None) -> float | int | None:
    whole, frac = (s.rsplit(dec, 1) + [""])[:2] if dec else (s, "")
    if grp:
        groups = whole.split(grp)
        if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]):
            return None
        whole = "".join(groups)
    if not whole.isdigit() or (frac and not frac.isdigit()):
        return None
    return float(f"{whole}.{frac}") if frac else int(whole)


@lru_cache(maxsize=4096)
def word_value(word: str, lang: str = "de") -> int | None:
    """The value of one number word ("drei", "hunderttausend", "twenty-one"), or None."""
    w = word.lower()
    code = "en" if lang.startswith("en") else "de"
    for c in (code, "en" if code == "de" else "de"):
        try:
            v = text2num(w, c)
        except ValueError:
            continue
        if v > 0:
            return v
    return None


def format_number(x: float | int | None) -> str:
    """Plain readable form for explanations: 5270000 -> "5,270,000", 33.333 -> "33.33"."""
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")
