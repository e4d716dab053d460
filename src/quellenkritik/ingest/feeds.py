"""RSS and Atom feeds: one document per item (feedparser on the raw bytes).

An item's full content (``content:encoded``, Atom ``<content>``) is its raw
input; without it the summary (``<description>``, ``<summary>``) is. The
item's title, link, date and authors and the feed's title go into the hints.
Items are not fetched from their links (a later option, see docs/ingest.md).
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Any, Iterator

from ..document import Document
from ..errors import EmptyDocumentError, InputError, UnsupportedInputError
from .base import new_document
from .meta import iso_date, split_hints

__all__ = ["iter_feed", "parse_feed"]

_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")
_ADDRESS = re.compile(r"^([^(<]*)[(<]([^)>]*)[)>]\s*$")


def parse_feed(data: bytes, *, location: str, content_type: str | None = None) -> Any:
    """feedparser's result for ``data``; UnsupportedInputError when it is no feed."""
    import feedparser

    headers = {"content-type": content_type} if content_type else None
    # Bytes, never a string: feedparser would take a string for a URL or a path.
    parsed = feedparser.parse(bytes(data), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        raise UnsupportedInputError(f"not an RSS or Atom feed{f' ({why})' if why else ''}", location)
    return parsed


def _plain(fragment: str) -> str:
    return _WS.sub(" ", html_lib.unescape(_TAG.sub(" ", fragment))).strip()


def _body(entry: Any) -> tuple[str, str, bool] | None:
    """``(raw, raw_format, is_full_content)`` of an entry, or None when it has neither."""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            fmt = "text" if content.get("type", "") == "text/plain" else "html"
            return value, fmt, True
    summary = entry.get("summary") or ""
    if summary.strip():
        kind = (entry.get("summary_detail") or {}).get("type", "text/html")
        return summary, "text" if kind == "text/plain" else "html", False
    return None


def _published(entry: Any) -> str | None:
    # The date as written (its own time zone), not feedparser's UTC struct.
    for key in ("published", "updated", "created"):
        date = iso_date(entry.get(key))
        if date:
            return date
    for key in ("published_parsed", "updated_parsed"):
        date = iso_date(entry.get(key))
        if date:
            return date
    return None


def _name_from_address(raw: str) -> str | None:
    """The name in "mail@host (Name)", "Name (mail@host)" or "Name <mail@host>"; None for a bare address."""
    m = _ADDRESS.match(raw)
    if not m:
        return None if "@" in raw else raw.strip() or None
    outside, inside = m.group(1).strip(), m.group(2).strip()
    name = inside if "@" in outside else outside
    return name if name and "@" not in name else None


def _authors(entry: Any) -> list[str]:
    # feedparser cuts e-mail domains after four letters ("x@blatt.example (Max)"
    # gives the name "ple (Max"), so a single RSS author with an address is
    # parsed here.
    raw = entry.get("author") or ""
    details = entry.get("authors") or []
    if "@" in raw and len(details) <= 1:
        name = _name_from_address(raw)
        return [name] if name else []
    return [d["name"] for d in details if isinstance(d, dict) and d.get("name")] or ([raw] if raw else [])


def _entry_hints(entry: Any, feed_title: str | None) -> dict[str, Any]:
    link = entry.get("link") or ""
    data: dict[str, Any] = {
        "title": _plain(entry.get("title") or "") or None,
        "url": link if link.startswith(("http://", "https://")) else None,
        "published": _published(entry),
        "authors": _authors(entry),
        "outlet": feed_title,
    }
    hints, _ = split_hints(data)
    return hints


def iter_feed(
    data: bytes, *, location: str, content_type: str | None = None
) -> Iterator[Document | InputError]:
    """One document (kind "feed", location ``LOCATION#N``) per feed item, or an
    InputError for an item without content. A feed without items is one
    EmptyDocumentError; bytes that are no feed raise UnsupportedInputError."""
    parsed = parse_feed(data, location=location, content_type=content_type)
    if not parsed.entries:
        yield EmptyDocumentError("feed has no items", location)
        return
    feed_title = _plain(parsed.feed.get("title") or "") or None
    encoding = parsed.get("encoding") or None
    for n, entry in enumerate(parsed.entries, start=1):
        item_location = f"{location}#{n}"
        body = _body(entry)
        if body is None:
            yield EmptyDocumentError("feed item has no content or summary", item_location)
            continue
        raw, raw_format, full = body
        hints = _entry_hints(entry, feed_title)
        if full and entry.get("summary"):
            description = _plain(entry["summary"])
            if description and description != _plain(raw):
                hints["description"] = description
        doc = new_document(
            raw,
            kind="feed",
            location=item_location,
            raw_format=raw_format,  # type: ignore[arg-type]
            content_type="text/plain" if raw_format == "text" else "text/html",
            encoding=encoding,
            hints=hints,
        )
        entry_id = entry.get("id")
        if entry_id:
            doc.runtime["input_extra"] = {"id": entry_id}
        yield doc
