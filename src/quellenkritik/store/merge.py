"""What the store keeps when the same text arrives again: the richer metadata, and every place it was seen.

A text's id is the hash of its normalised text, so the same article from a
JSON Lines line with title, URL and outlet and later from a bare .txt file is
one record. The newer analysis replaces the older one, but a metadata field
the newer input lacks keeps the older value, and ``document.seen`` lists every
source location the text came from (oldest first, at most :data:`MAX_SEEN`).
"""

from __future__ import annotations

import json
from typing import Any

from ..document import Document

__all__ = ["merge_into", "MERGED_FIELDS", "MAX_SEEN"]

#: Metadata fields an older record fills when the new input lacks them.
MERGED_FIELDS = ("title", "authors", "outlet", "section", "published", "reading_time_minutes", "forwarded_from",
                 "url", "description")
MAX_SEEN = 100


def _seen_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    d = record.get("document") or {}
    seen = d.get("seen") if isinstance(d, dict) else None
    if isinstance(seen, list) and seen:
        return [s for s in seen if isinstance(s, dict)]
    src = record.get("source") or {}
    return [{"kind": src.get("kind"), "location": src.get("location")}] if src.get("location") else []


def merge_into(doc: Document, old_json: str | None) -> Document:
    """``doc`` with the metadata the older record had and ``doc`` lacks, and the union of the places seen."""
    old: dict[str, Any] = {}
    if old_json:
        try:
            old = json.loads(old_json)
        except ValueError:
            old = {}
    meta_old = old.get("metadata") or {}
    filled = []
    for name in MERGED_FIELDS:
        value = getattr(doc.metadata, name)
        if value in (None, "", []) and meta_old.get(name) not in (None, "", []):
            setattr(doc.metadata, name, meta_old[name])
            filled.append(name)
    seen = _seen_of(old)
    here = {"kind": doc.source.kind, "location": doc.source.location}
    if here not in seen:
        seen.append(here)
    doc.document["seen"] = seen[-MAX_SEEN:]
    if filled:
        doc.document["metadata_from_earlier"] = sorted(set(filled) | set((doc.document.get("metadata_from_earlier") or [])))
    return doc
