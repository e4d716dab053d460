"""Page furniture: lines that belong to the web page, not to the article.

Each pattern names a *reason* that is recorded with the removed line
(``removed: [{"text": ..., "reason": ...}]``), so a reader can audit what was
taken out. Patterns are German and English and match whole short lines only:
a body sentence that happens to mention "Facebook" or "spenden" is never
removed. Tested in tests/clean/test_clean_furniture.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["classify_line", "forwarded_source", "strip_quote_marker", "FURNITURE_REASONS", "Furniture"]

_NETWORKS = (
    r"x|twitter|facebook|linkedin|whatsapp|telegram|xing|reddit|pinterest|threads|bluesky|"
    r"mastodon|vk|vkontakte|flipboard|pocket|tumblr|signal|messenger|instagram|tiktok|youtube"
)

# Order matters only for readability; the first matching reason wins.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "share-button",
        re.compile(
            rf"^(?:(?:auf|bei|via|über|on|share on|teilen auf|share via)\s+)?(?:{_NETWORKS})"
            r"(?:\s+(?:teilen|posten|senden|share|folgen|follow))?$",
            re.I,
        ),
    ),
    (
        "share-button",
        re.compile(
            r"^(?:per|via|als|by)?\s*e-?mail\s*(?:senden|teilen|verschicken|versenden|share)?$|"
            r"^(?:artikel|beitrag|seite|story|article|this article|this story)?\s*"
            r"(?:teilen|drucken|versenden|merken|speichern|share|print|save|bookmark)$|"
            r"^(?:link kopieren|copy link|jetzt teilen|share this)$",
            re.I,
        ),
    ),
    (
        "donation-call",
        re.compile(
            r"^(?:spendier(?:en sie)?\s+(?:mir|uns)\s+einen\s+kaffee|buy me a coffee|"
            r"jetzt spenden|hier spenden|spenden|donate(?: now)?|support us|unterstützen sie uns|"
            r"unterstützen sie (?:unsere arbeit|unabhängigen journalismus)|"
            r"support (?:our work|independent journalism)|become a patron|werden sie unterstützer)[.!]?$",
            re.I,
        ),
    ),
    (
        "subscription-call",
        re.compile(
            r"^(?:newsletter(?:\s+(?:abonnieren|bestellen))?|jetzt abonnieren|abonnieren|"
            r"subscribe(?: now| to our newsletter)?|sign up(?: for our newsletter)?|abo abschließen|"
            r"jetzt registrieren|anmelden|login|log in|einloggen)[.!]?$",
            re.I,
        ),
    ),
    (
        "navigation",
        re.compile(
            r"^(?:zurück|weiter|nach oben|zum seitenanfang|back to top|startseite|home|menü|menu|"
            r"mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|"
            r"related(?: articles| stories)?|read more|weiterlesen|mehr lesen|mehr dazu|"
            r"kommentare?(?: anzeigen)?|comments?|zu den kommentaren)(?:\s*[:»›>].{0,120})?$",
            re.I,
        ),
    ),
    ("advertisement", re.compile(r"^(?:anzeige|werbung|advertisement|sponsored|gesponsert)$", re.I)),
    (
        "cookie-notice",
        re.compile(r"^.{0,80}\bcookies?\b.{0,80}\b(?:akzeptieren|zustimmen|accept|agree)\b.{0,40}$", re.I),
    ),
    (
        "image-credit",
        re.compile(r"^(?:foto|fotos|bild|bilder|photo|image|grafik|illustration)\s*:\s*\S.{0,80}$", re.I),
    ),
    ("source-credit", re.compile(r"^(?:quelle|quellen|source|sources)\s*:\s*\S.{0,120}$", re.I)),
    ("copyright", re.compile(r"^(?:©|\(c\)|copyright\b|alle rechte vorbehalten|all rights reserved).{0,120}$", re.I)),
    (
        "reading-time",
        re.compile(
            r"^(?:⏱\s*)?(?:lesezeit|lesedauer|reading time)?\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*"
            r"(?:min\.?|minuten|minutes?)\s*(?:lesezeit|lesedauer|read)?$",
            re.I,
        ),
    ),
    (
        "notice",  # a label saying the text is invented, fictional or satire
        re.compile(r"^\[?\s*(?:erfunden\w*|fiktiv\w*|invented|fictional|fictitious|satire)\b.{0,120}$", re.I),
    ),
    ("tag-list", re.compile(r"^(?:schlagwörter|schlagworte|tags|themen|topics|stichwörter)\s*:.{0,200}$", re.I)),
]

_FORWARDED = re.compile(
    r"(?:^|\s)(?:(?:artikel|beitrag|nachricht|text)\s+)?(?:weitergeleitet|übernommen)\s+(?:von|aus)\s*:?\s*(?P<src>\S.{0,100}?)\s*$|"
    r"(?:^|\s)(?:forwarded|republished|reposted|syndicated)\s+from\s*:?\s*(?P<src2>\S.{0,100}?)\s*$|"
    r"^(?:zuerst erschienen|erstveröffentlichung|originally published)\s*(?:bei|in|auf|by|at|on)?\s*:?\s*(?P<src3>\S.{0,100}?)\s*$",
    re.I,
)

_QUOTE_MARKER = re.compile(r"^(?:>\s*)+")

#: Every reason a removed line can carry (documented in docs/clean.md).
FURNITURE_REASONS = (
    "share-button",
    "donation-call",
    "subscription-call",
    "navigation",
    "advertisement",
    "cookie-notice",
    "image-credit",
    "source-credit",
    "copyright",
    "reading-time",
    "tag-list",
    "notice",
    "forwarded-from",
    "byline",
    "kicker",
    "title",
    "empty-markup",
)

MAX_FURNITURE_WORDS = 14


@dataclass(frozen=True)
class Furniture:
    reason: str
    value: str | None = None  # e.g. the outlet named in a forwarded-from line


def strip_quote_marker(line: str) -> str:
    """Drop leading '>' markers that scraping leaves from blockquote markup."""
    return _QUOTE_MARKER.sub("", line).strip()


def forwarded_source(line: str) -> tuple[str, str] | None:
    """``(source, prefix)`` if the line (or its tail) says it was forwarded from somewhere."""
    if len(line.split()) > 40:
        return None
    m = _FORWARDED.search(line)
    if not m:
        return None
    src = (m.group("src") or m.group("src2") or m.group("src3") or "").strip().rstrip(".")
    if not src or len(src.split()) > 8:
        return None
    return src, line[: m.start()].rstrip()


def classify_line(line: str) -> Furniture | None:
    """The furniture reason of a whole line, or None when it may be article text."""
    core = strip_quote_marker(line)
    if not core:
        return Furniture("empty-markup") if line.strip() else None
    words = core.split()
    if len(words) > MAX_FURNITURE_WORDS:
        return None
    for reason, pattern in _PATTERNS:
        if pattern.match(core):
            return Furniture(reason)
    fwd = forwarded_source(core)
    if fwd and not fwd[1]:
        return Furniture("forwarded-from", fwd[0])
    return None
