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
from typing import Any, Iterable

from ..document import Removed
from .byline import parse_byline
from .furniture import (
    author_bio_header,
    author_bio_line,
    block_line,
    classify_line,
    forwarded_source,
    strip_quote_marker,
)

__all__ = ["Cleaned", "clean_text", "normalise_text", "split_site_name", "KNOWN_SECTIONS"]

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


#: Appeal blocks that take their neighbours along (payment details, thanks).
_BLOCK_REASONS = ("donation", "bank-account", "crypto-wallet")
#: Lines read under an author heading ("Über den Autor:") at most.
_BIO_LINES = 4
#: A note about the author counts on its own among the last lines of the text.
_BIO_TAIL = 3


def _grow_blocks(lines: list[str], nonempty: list[int], reasons: dict[int, str]) -> None:
    """Extend the appeals and author notes found line by line to their blocks.

    A donation, bank-account or crypto-wallet line takes along the lines next
    to it that only make sense as part of it ("Empfänger: ...", "Per
    Kreditkarte, Apple Pay etc.", "Herzlichen Dank!"), so a block ends up in
    ``removed`` whole, each line with the reason of the block. An author
    heading ("Über den Autor:") takes the note under it (a name, sentences
    about a person), and a note about the author ("Der Autor ist ...") is
    taken on its own among the last lines or in brackets.
    """
    # runs of lines that are appeals or belong to one; each line of a run that
    # is not an appeal itself takes the reason of the nearest appeal (the one
    # before it on a tie)
    run: list[int] = []
    for i in [*nonempty, -1]:
        if i >= 0 and (reasons.get(i) in _BLOCK_REASONS or (i not in reasons and block_line(lines[i]))):
            run.append(i)
            continue
        seeds = [k for k, j in enumerate(run) if reasons.get(j) in _BLOCK_REASONS]
        if seeds:
            for k, j in enumerate(run):
                if j not in reasons:
                    nearest = min(seeds, key=lambda s: (abs(s - k), s > k))
                    reasons[j] = reasons[run[nearest]]
        run = []
    for k, i in enumerate(nonempty):
        if reasons.get(i) == "author-bio" and author_bio_header(lines[i]):
            for j in nonempty[k + 1 : k + 1 + _BIO_LINES]:
                if j in reasons or not author_bio_line(lines[j], after_header=True):
                    break
                reasons[j] = "author-bio"
    kept = [i for i in nonempty if i not in reasons]
    for i in kept[-_BIO_TAIL:]:
        if author_bio_line(lines[i]):
            reasons[i] = "author-bio"
    for i in kept:
        if lines[i].lstrip("> ").startswith("[") and author_bio_line(lines[i]):
            reasons[i] = "author-bio"


#: Separators between a title and the site's name.
_SITE_SEPARATOR = re.compile(r"\s+(?:[-–—|·•»]|::)\s+")
_LEADING_SEPARATOR = re.compile(r"^(?:[-–—|·•»]|::)\s*")
_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:de|at|ch|com|net|org|info|eu|tv|news|online|blog|media|"
    r"io|co|uk|ru|fr|it|nl|be|pl|us|li|lu)/?$",
    re.I,
)
#: Last words of outlet names ("Kopp Report", "Compact Online", "Jagdzeitung").
_OUTLET_ENDINGS = (
    "online", "report", "magazin", "magazine", "news", "nachrichten", "zeitung", "blog", "tv", "journal", "post",
    "kurier", "rundschau", "tagblatt", "anzeiger", "presse", "times", "daily", "herald", "tribune", "radio",
    "portal", "blatt", "express", "bote", "info", "insider", "observer",
)
_NOT_OUTLET_START = frozenset(("ein", "eine", "einer", "kein", "keine", "a", "an"))


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", "", s).lower()


def _site_names(meta: dict[str, Any]) -> list[str]:
    """The site's names the metadata gives: the outlet, the URL's host (without "www." and the TLD)."""
    names = [str(meta["outlet"])] if meta.get("outlet") else []
    url = meta.get("url")
    if isinstance(url, str):
        m = re.match(r"^(?:\w+://)?(?:www\.)?([^/:?#]+)", url.strip())
        if m:
            host = m.group(1)
            names.append(host)
            names.append(host.rsplit(".", 1)[0])
    return [n for n in names if len(_norm(n)) >= 4]


def _is_site(part: str, names: list[str], strict: bool = False) -> bool:
    part = part.strip()
    words = part.split()
    if not words or len(words) > 6:
        return False
    norm = _norm(part)
    if len(norm) < 3:
        return False
    for name in names:
        n = _norm(name)
        if norm == n or (n in norm and len(n) >= 4 and len(norm) <= len(n) + 12) or (
            norm in n and len(norm) >= max(5, 0.6 * len(n))
        ):
            return True
    if len(words) == 1 and _DOMAIN.match(part):
        return True
    if strict or len(words) > 4:
        return False
    return (
        all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and words[0].lower() not in _NOT_OUTLET_START
        and words[-1].lower().endswith(_OUTLET_ENDINGS)
    )


def split_site_name(title: str, names: Iterable[str] = ()) -> tuple[str, str] | None:
    """``(title, site name)`` when ``title`` carries the site's name after (or,
    for a name the metadata knows, before) a separator: "Titel - reitschuster.de",
    "Titel | Kopp Report", "Titel – Compact Online"; else None.

    ``names``: what the metadata says the site is called (outlet, URL host).
    Without them a part counts as the site's name when it is a domain or a
    short capitalised name ending in an outlet word ("Report", "Online",
    "Zeitung"). At least two words of the title stay.
    """
    names = list(names)
    head, cut = title, None
    for _ in range(3):  # "Titel | petri-heil.ch | Dein Fischereimagazin": part by part
        seps = list(_SITE_SEPARATOR.finditer(head))
        if not seps:
            break
        last = seps[-1]
        rest, tail = head[: last.start()].strip(), head[last.end() :].strip()
        if len(rest.split()) < 2 or not _is_site(tail, names):
            break
        head, cut = rest, last.start()
    if cut is not None:
        return head, _LEADING_SEPARATOR.sub("", title[cut:].strip())
    seps = list(_SITE_SEPARATOR.finditer(title))
    if not seps:
        return None
    first = seps[0]
    head, tail = title[: first.start()].strip(), title[first.end() :].strip()
    if names and len(tail.split()) >= 2 and _is_site(head, names, strict=True):
        return tail, head
    return None


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
    # 1. Furniture anywhere (short whole lines, and appeals; see furniture.py).
    reasons: dict[int, str] = {}
    for i in nonempty:
        furn = classify_line(lines[i])
        if furn:
            reasons[i] = furn.reason
            if furn.reason == "forwarded-from" and furn.value:
                meta["forwarded_from"] = furn.value
    _grow_blocks(lines, nonempty, reasons)
    for i in sorted(reasons):
        remove(i, reasons[i])

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
        cut = split_site_name(title, _site_names(hints))
        for i in candidates[:3]:
            if _same(lines[i], title) or (cut and _same(lines[i], cut[0])):
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
    # 5. The site's name cut from the title ("Titel - reitschuster.de"), recorded.
    if isinstance(meta.get("title"), str):
        cut = split_site_name(meta["title"], _site_names(meta))
        if cut:
            full, (head, site) = meta["title"], cut
            meta["title"] = head
            at = next((k for k, (_, r) in enumerate(removed) if r.reason == "title" and r.text == full), None)
            line_no = removed[at][0] if at is not None else -1
            if at is not None:
                removed[at] = (line_no, Removed(text=head, reason="title", by=by))
            removed.append((line_no, Removed(text=site, reason="site-name", by=by)))
            meta.setdefault("outlet", site)
    ordered = [r for _, r in sorted(removed, key=lambda item: item[0])]
    return Cleaned(text="\n\n".join(p for p in paragraphs if p), metadata=meta, removed=ordered)
