"""Clean plain text that was scraped from a web page.

A scraped page reads top to bottom as: kicker ("VZ Geopolitik"), headline,
byline, share buttons, the article, then a footer (donation calls,
"Artikel weitergeleitet von: ..."). This module finds each part with general
rules (see docs/clean.md), moves what is not article text into metadata or
into ``removed`` with its reason, and returns the article text with
paragraphs separated by a blank line. Nothing is dropped silently: every line
of the input ends up in the text, the metadata (title, byline) or ``removed``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..document import Removed
from .byline import parse_byline
from .furniture import classify_line, forwarded_source, strip_quote_marker

__all__ = ["Cleaned", "clean_text", "normalise_text", "KNOWN_SECTIONS"]

#: Section names that may follow an outlet name in a kicker line ("VZ Geopolitik").
KNOWN_SECTIONS = frozenset(
    s.lower()
    for s in (
        "Politik Geopolitik Wirtschaft Ausland Inland International Kultur Sport Meinung Kommentar "
        "Analyse Panorama Wissen Wissenschaft Digital Gesellschaft Welt Feuilleton Finanzen Medien "
        "Regional Lokales Leben Reise Auto Gesundheit Bildung Klima Nachrichten News Politics World "
        "Business Opinion Analysis Culture Science Technology Tech Health Europe Europa Deutschland "
        "Österreich Schweiz Osteuropa Russland Ukraine USA Amerika Asien Afrika Nahost Interview"
    ).split()
)

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SENT_END = re.compile(r"[.!?…](?:[\"“”»«’)\]]*)(?=\s|$)")
_ENDS_SENTENCE = re.compile(r"[.!:…][\"“”»«’)\]]*$")
_HEADER_LIMIT = 15


@dataclass
class Cleaned:
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    removed: list[Removed] = field(default_factory=list)


def normalise_text(raw: str) -> str:
    """NFC, unified newlines, no invisible characters, single spaces inside lines."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def _body_like(line: str) -> bool:
    words = len(line.split())
    if words >= 20:
        return True
    if words >= 8 and _ENDS_SENTENCE.search(line):
        return True
    return len(_SENT_END.findall(line)) >= 2 and words >= 6


def _blocks(lines: list[str]) -> list[list[int]]:
    """Indices of non-empty lines, grouped into blank-line separated blocks."""
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line:
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _hard_wrapped(block: list[str]) -> bool:
    """Lines of one paragraph broken at a fixed width (e-mail or terminal style)."""
    if len(block) < 3:
        return False
    inner = block[:-1]
    width_ok = sum(40 <= len(x) <= 100 for x in inner) >= 0.8 * len(inner)
    open_ends = sum(not _ENDS_SENTENCE.search(x) for x in inner) >= 0.6 * len(inner)
    return width_ok and open_ends


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of hard-wrapped blocks, so that each line is one paragraph."""
    out: list[str] = []
    for k, block in enumerate(_blocks(lines)):
        if k:
            out.append("")
        block_lines = [lines[i] for i in block]
        out.extend([" ".join(block_lines)] if _hard_wrapped(block_lines) else block_lines)
    return out


def _kicker_metadata(kicker: str) -> dict[str, Any]:
    words = kicker.split()
    if len(words) >= 2 and words[-1].lower() in KNOWN_SECTIONS:
        return {"outlet": " ".join(words[:-1]), "section": words[-1]}
    return {"section": kicker}


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return bool(a) and norm(a) == norm(b)


def clean_text(raw: str, hints: dict[str, Any] | None = None, *, find_title: bool = True, by: str = "clean") -> Cleaned:
    """Split scraped text into article text, metadata and removed furniture."""
    hints = dict(hints or {})
    lines = _unwrap(normalise_text(raw).split("\n"))
    meta: dict[str, Any] = {}
    removed: list[tuple[int, Removed]] = []  # (line number, record): reported in reading order
    drop: set[int] = set()

    def remove(i: int, reason: str, text: str | None = None) -> None:
        drop.add(i)
        removed.append((i, Removed(text=text if text is not None else lines[i], reason=reason, by=by)))

    nonempty = [i for i, line in enumerate(lines) if line]
    # 1. Furniture anywhere (short whole lines only; see furniture.py).
    for i in nonempty:
        furn = classify_line(lines[i])
        if furn:
            remove(i, furn.reason)
            if furn.reason == "forwarded-from" and furn.value:
                meta["forwarded_from"] = furn.value

    # 2. A forwarded-from note glued to the end of the last line.
    kept = [i for i in nonempty if i not in drop]
    if kept and "forwarded_from" not in meta:
        last = kept[-1]
        fwd = forwarded_source(lines[last])
        if fwd and fwd[1]:
            src, prefix = fwd
            meta["forwarded_from"] = src
            removed.append((last, Removed(text=lines[last][len(prefix):].strip(), reason="forwarded-from", by=by)))
            lines[last] = prefix

    # 3. Header zone: the lines before the first body-like line.
    kept = [i for i in nonempty if i not in drop]
    first_body = next((k for k, i in enumerate(kept) if _body_like(lines[i])), len(kept))
    header = kept[:first_body] if first_body <= _HEADER_LIMIT else []
    candidates: list[int] = []
    for i in header:
        byline = parse_byline(strip_quote_marker(lines[i]))
        if byline:
            remove(i, "byline")
            if byline.authors:
                meta.setdefault("authors", byline.authors)
            if byline.reading_time_minutes is not None:
                meta.setdefault("reading_time_minutes", byline.reading_time_minutes)
            if byline.published:
                meta.setdefault("published", byline.published)
        else:
            candidates.append(i)

    title = hints.get("title")
    if title:
        for i in candidates[:3]:
            if _same(lines[i], title):
                remove(i, "title")
                candidates.remove(i)
                break
    elif find_title and candidates and first_body < len(kept):  # a headline needs a body below it
        titled = [i for i in candidates if len(lines[i].split()) >= 3]
        t = titled[-1] if titled else (candidates[-1] if len(candidates) == 1 else None)
        if t is not None:
            meta["title"] = lines[t]
            remove(t, "title")
            for i in [c for c in candidates if c < t and len(lines[c].split()) <= 4]:
                meta.update({k: v for k, v in _kicker_metadata(lines[i]).items() if k not in meta})
                remove(i, "kicker")

    # 4. What is left is the article, one paragraph per (unwrapped) line.
    paragraphs = [line for i, line in enumerate(lines) if line and i not in drop]
    meta = {**meta, **{k: v for k, v in hints.items() if v not in (None, "", [])}}
    ordered = [r for _, r in sorted(removed, key=lambda item: item[0])]
    return Cleaned(text="\n\n".join(p for p in paragraphs if p), metadata=meta, removed=ordered)
