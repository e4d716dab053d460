"""Bylines: "· Anna Beispiel · ⏱ 4 Min · Quelle", "Von Anna Beispiel und Jan Muster | 27.01.2026".

A byline is split at its separators (· • | –); each part is read as a
reading time, a date, a source-link marker or an author name. A line counts
as a byline only when it has a clear signal: a reading time, a leading
"Von"/"By", or at least two separated parts one of which is a name or date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..evidence.dates.lexicon import MONTHS_DE, MONTHS_EN

__all__ = ["Byline", "parse_byline", "parse_date", "looks_like_name"]

_SEPARATORS = re.compile(r"\s*[·•|‧∙]\s*|\s+[–—]\s+")
_READING = re.compile(
    r"^(?:⏱\s*)?(?:lesezeit|lesedauer|reading time)?\s*:?\s*(?:ca\.\s*)?(\d{1,3})\s*"
    r"(?:min\.?|minuten|minutes?)\b\.?\s*(?:lesezeit|lesedauer|read)?$",
    re.I,
)
_BY = re.compile(r"^(?:von|by|text|autor(?:in)?|author)\s*:?\s+(.+)$", re.I)
_SOURCE_MARK = re.compile(r"^(?:quelle|source|original|link|zur quelle|zum original)$", re.I)
_NAME_WORD = re.compile(r"^[A-ZÄÖÜÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]*$")
_PARTICLES = {"von", "van", "der", "den", "de", "zu", "vom", "al", "bin", "ter", "la", "le", "da", "di", "du"}
_NOT_NAMES = {
    "quelle", "source", "min", "lesezeit", "redaktion", "aktualisiert", "updated", "veröffentlicht",
    "published", "uhr", "foto", "bild", "teilen", "share", "kommentare", "geopolitik", "politik",
}
# One month table for the project: the dates lexicon's (German incl. Austrian forms, English).
_MONTHS = {k.lower().rstrip("."): v for k, v in {**MONTHS_DE, **MONTHS_EN}.items()}
_DATE_NUM = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATE_WORDS = re.compile(r"\b(\d{1,2})\.?\s+([A-Za-zäÄöÖüÜ]{3,9})\.?\s+(\d{4})\b")
_DATE_EN = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s+(\d{4})\b")
_NAME_SPLIT = re.compile(r"\s*(?:,|\bund\b|\band\b|&)\s*")


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    reading_time_minutes: int | None = None
    published: str | None = None
    source_link: bool = False


def _valid(y: int, m: int, d: int) -> str | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:  # 31 February and the like
        return None


def parse_date(text: str) -> str | None:
    """An ISO date from the first complete day-month-year date in ``text``."""
    if m := _DATE_ISO.search(text):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _DATE_NUM.search(text):
        return _valid(int(m[3]), int(m[2]), int(m[1]))
    if (m := _DATE_WORDS.search(text)) and m[2].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    if (m := _DATE_EN.search(text)) and m[1].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    return None


def looks_like_name(part: str) -> bool:
    """Two to four capitalised words (particles like "von" allowed), no digits."""
    words = part.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in part):
        return False
    caps = 0
    for w in words:
        if w.lower() in _NOT_NAMES:
            return False
        if w.lower() in _PARTICLES:
            continue
        if not _NAME_WORD.match(w):
            return False
        caps += 1
    return caps >= 2


def _names(part: str) -> list[str]:
    return [p.strip() for p in _NAME_SPLIT.split(part) if p.strip()]


def parse_byline(line: str) -> Byline | None:
    """A :class:`Byline` if ``line`` is one, else None."""
    line = line.strip()
    if not line or len(line) > 200:
        return None
    parts = [p for p in _SEPARATORS.split(line) if p.strip()]
    result = Byline()
    signals = 0
    unknown = 0
    for raw in parts:
        part = raw.strip()
        if m := _READING.match(part):
            result.reading_time_minutes = int(m[1])
            signals += 2
        elif _SOURCE_MARK.match(part):
            result.source_link = True
        elif (date := parse_date(part)) and len(part.split()) <= 6:
            result.published = result.published or date
            signals += 1
        elif m := _BY.match(part):
            names = [n for n in _names(m[1]) if looks_like_name(n) or len(n.split()) == 1]
            if names:
                result.authors.extend(names)
                signals += 2
            else:
                unknown += 1
        elif all(looks_like_name(n) for n in _names(part)) and _names(part):
            result.authors.extend(_names(part))
            signals += 1
        else:
            unknown += 1
    separated = len(parts) >= 2 or line.startswith(("·", "•", "|"))
    if unknown > 1 or signals == 0:
        return None
    if signals < 2 and not separated:
        return None
    return result
