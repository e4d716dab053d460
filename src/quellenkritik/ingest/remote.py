"""URLs into documents: fetch (see :mod:`.fetch`), then a feed or one page."""

from __future__ import annotations

from typing import Any, Iterator

from ..document import Document
from ..errors import InputError, UnsupportedInputError
from .decode import charset_from_content_type
from .documents import from_bytes, single_document
from .feeds import iter_feed
from .fetch import Resolver, Transport, fetch
from .sniff import binary_reason, looks_like_feed

__all__ = ["from_url", "iter_url", "FEED_TYPES"]

#: Content types that are always read as feeds.
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/")
_BINARY_TYPES = frozenset({"application/pdf", "application/zip", "application/octet-stream", "application/msword"})


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def iter_url(
    url: str,
    *,
    settings: Any,
    transport: Transport | None = None,
    resolver: Resolver | None = None,
) -> Iterator[Document | InputError]:
    """Fetch ``url``: a feed yields one document per item (``URL#N``), anything
    else one document (kind "url", location ``url``, hints["url"] the final URL).

    Raises the InputError of a failed fetch; yields those of single feed items.
    """
    resp = fetch(url, settings=settings, transport=transport, resolver=resolver)
    content_type = resp.headers.get("content-type")
    mime = _mime(content_type)
    data = resp.content
    if mime in FEED_TYPES or (mime not in _HTML_TYPES and looks_like_feed(data)):
        yield from iter_feed(data, location=url, content_type=content_type)
        return
    if mime.startswith(_BINARY_PREFIXES) or mime in _BINARY_TYPES:
        reason = binary_reason(data)
        if reason or mime != "application/octet-stream":
            raise UnsupportedInputError(f"binary content ({mime})", url)
    raw_format = "html" if mime in _HTML_TYPES else "text" if mime == "text/plain" else None
    yield from_bytes(
        data,
        kind="url",
        location=url,
        raw_format=raw_format,
        declared_charset=charset_from_content_type(content_type),
        content_type=mime or None,
        hints={"url": resp.url},
    )


def from_url(
    url: str,
    *,
    settings: Any,
    transport: Transport | None = None,
    resolver: Resolver | None = None,
) -> Document:
    """One document from an http(s) URL (source kind "url", hints["url"] the final URL).

    Raises FetchError (HTTP status, timeout, size), BlockedAddressError
    (loopback/private address), UnsupportedInputError (other scheme, binary
    content, or a feed with several items: use :func:`iter_inputs`).
    """
    return single_document(iter_url(url, settings=settings, transport=transport, resolver=resolver), location=url)
