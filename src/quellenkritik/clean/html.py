"""Clean an HTML page: trafilatura finds the main text and metadata.

trafilatura removes navigation, comments and other boilerplate; the plain-text
rules of :mod:`.scraped` then run over its output, so that share buttons or a
"weitergeleitet von" line that survive extraction are still moved out, and a
headline repeated as the first line of the text is recorded as removed.
"""

from __future__ import annotations

from typing import Any

import trafilatura

from ..errors import EmptyDocumentError
from .scraped import Cleaned, clean_text

__all__ = ["clean_html", "extract_main_text"]


def extract_main_text(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """(main text, metadata) of a page; both empty when trafilatura finds nothing."""
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if result is None:
        return "", {}
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    meta: dict[str, Any] = {}
    if data.get("title"):
        meta["title"] = data["title"]
    if data.get("author"):
        meta["authors"] = [a.strip() for a in str(data["author"]).split(";") if a.strip()]
    if data.get("sitename"):
        meta["outlet"] = data["sitename"]
    if data.get("date"):
        meta["published"] = str(data["date"])[:10]
    if data.get("url"):
        meta["url"] = data["url"]
    if data.get("description"):
        meta["description"] = data["description"]
    categories = data.get("categories") or []
    if categories:
        meta["section"] = categories[0]
    return data.get("text") or "", meta


def clean_html(html: str, hints: dict[str, Any] | None = None, *, location: str | None = None, by: str = "clean") -> Cleaned:
    hints = dict(hints or {})
    text, meta = extract_main_text(html, url=hints.get("url"))
    if not text.strip() and "<body" not in html[:5000].lower():
        # A fragment (a feed item's content, a JSONL "html" field): trafilatura
        # wants a page, so give it one; if that fails too, take the tag-free text.
        text, meta = extract_main_text(f"<html><body><article>{html}</article></body></html>", url=hints.get("url"))
        if not text.strip():
            text = trafilatura.html2txt(html) or ""
    if not text.strip():
        raise EmptyDocumentError("no article text found in the HTML page", location)
    meta.update({k: v for k, v in hints.items() if v not in (None, "", [])})
    # Title known from the page: do not guess another one from the text.
    return clean_text(text, meta, find_title="title" not in meta, by=by)
