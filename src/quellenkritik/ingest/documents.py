"""Text and HTML, as strings or as bytes, into documents (via :func:`new_document`)."""

from __future__ import annotations

import itertools
from typing import Any, Iterable, Literal

from ..document import Document
from ..errors import EmptyDocumentError, InputError, UnsupportedInputError
from .base import new_document
from .decode import decode_bytes
from .meta import normalise_hints
from .sniff import SNIFF_BYTES, looks_like_html

__all__ = ["from_text", "from_html", "from_bytes", "single_document"]

Format = Literal["html", "text"]


def _from_string(
    raw: str, *, raw_format: Format, kind: str, location: str, hints: dict[str, Any] | None
) -> Document:
    raw = raw.removeprefix("\ufeff")
    if not raw.strip():
        raise EmptyDocumentError("empty input", location)
    return new_document(raw, kind=kind, location=location, raw_format=raw_format, hints=normalise_hints(hints))


def from_text(
    text: str, *, location: str = "<text>", hints: dict[str, Any] | None = None, kind: str = "text"
) -> Document:
    """A document from plain article text (raw_format "text").

    Raises :class:`EmptyDocumentError` for empty or whitespace-only text.
    """
    return _from_string(text, raw_format="text", kind=kind, location=location, hints=hints)


def from_html(
    html: str, *, location: str = "<html>", hints: dict[str, Any] | None = None, kind: str = "html"
) -> Document:
    """A document from an HTML page or fragment (raw_format "html")."""
    return _from_string(html, raw_format="html", kind=kind, location=location, hints=hints)


def from_bytes(
    data: bytes,
    *,
    kind: str,
    location: str,
    raw_format: Format | None = None,
    declared_charset: str | None = None,
    content_type: str | None = None,
    hints: dict[str, Any] | None = None,
) -> Document:
    """A document from raw bytes: decoded (see :mod:`.decode`), HTML or text sniffed
    unless ``raw_format`` says which. The source hash is of ``data``."""
    if raw_format is None:
        html = looks_like_html(data[:SNIFF_BYTES].decode("latin-1"))
    else:
        html = raw_format == "html"
    text, encoding = decode_bytes(data, location=location, html=html, declared=declared_charset)
    if raw_format is None:
        raw_format = "html" if looks_like_html(text) else "text"
    return new_document(
        text,
        kind=kind,
        location=location,
        raw_format=raw_format,
        raw_bytes=data,
        content_type=content_type,
        encoding=encoding,
        hints=normalise_hints(hints),
    )


def single_document(items: Iterable[Document | InputError], *, location: str) -> Document:
    """The one document of ``items``: raise its error, or UnsupportedInputError
    when the input holds several articles (a feed, a JSONL file)."""
    first_two = list(itertools.islice(iter(items), 2))
    if not first_two:
        raise EmptyDocumentError("no articles in input", location)
    if len(first_two) > 1:
        raise UnsupportedInputError(
            "holds several articles (a feed or JSON Lines); read it as a batch with iter_inputs", location
        )
    item = first_two[0]
    if isinstance(item, InputError):
        raise item
    return item
