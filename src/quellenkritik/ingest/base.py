"""What ingest hands to the pipeline: a Document with its raw input attached.

Every ingest path (file, HTML, URL, feed item, JSONL line, stdin) ends in
:func:`new_document`. The raw text goes into ``doc.runtime["raw"]``, its
format ("html" or "text") into ``doc.runtime["raw_format"]`` and metadata that
the input carried (a feed item's title, a JSONL line's url) into
``doc.runtime["hints"]``; the ``clean`` component turns these into ``text``,
``metadata`` and ``removed``.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from ..document import Document, Source

__all__ = ["new_document", "sha256_hex"]

RawFormat = Literal["html", "text"]


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def new_document(
    raw: str,
    *,
    kind: str,
    location: str,
    raw_format: RawFormat,
    raw_bytes: bytes | None = None,
    content_type: str | None = None,
    encoding: str | None = None,
    hints: dict[str, Any] | None = None,
) -> Document:
    """A document that has a source and raw input, ready for the pipeline."""
    source = Source(
        kind=kind,  # type: ignore[arg-type]
        location=location,
        sha256=sha256_hex(raw_bytes if raw_bytes is not None else raw),
        content_type=content_type or ("text/html" if raw_format == "html" else "text/plain"),
        encoding=encoding,
    )
    doc = Document(source=source)
    doc.runtime["raw"] = raw
    doc.runtime["raw_format"] = raw_format
    doc.runtime["hints"] = dict(hints or {})
    return doc
