"""The facet index: genre, techniques and perspective side of each record, for ``qk search`` filters.

One row per record, facet and value: (seq, facet, key, n), ``key`` the
lower-cased value, ``n`` how often it occurs (techniques: spans in the
author's voice and in quotations together; genre and side: 1). Read from
``document.genre.label``, the ``techniques`` layer and
``document.perspective.side``, so records stored before the rhetoric stage
simply have no facets.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Mapping

from ..document import Document
from ..errors import StoreError

__all__ = ["FACETS", "FacetRow", "doc_facet_rows", "raw_facet_rows", "check_filters"]

#: The facets and what a filter value means.
FACETS: dict[str, str] = {
    "genre": "document genre (opinion, reporting, satire, other)",
    "technique": "a persuasion technique in the techniques layer (e.g. Loaded_Language)",
    "side": "the side whose vocabulary the perspective summary names (e.g. 'Russian side')",
}

FacetRow = tuple[str, str, int]


def _rows(genre: Any, techniques: list[str], side: Any) -> list[FacetRow]:
    out: list[FacetRow] = []
    if isinstance(genre, str) and genre:
        out.append(("genre", genre.lower(), 1))
    for name, n in Counter(t for t in techniques if t).items():
        out.append(("technique", name.lower(), n))
    if isinstance(side, str) and side:
        out.append(("side", side.lower(), 1))
    return out


def doc_facet_rows(doc: Document) -> list[FacetRow]:
    d = doc.document if isinstance(doc.document, dict) else {}
    genre = (d.get("genre") or {}).get("label") if isinstance(d.get("genre"), dict) else None
    side = (d.get("perspective") or {}).get("side") if isinstance(d.get("perspective"), dict) else None
    return _rows(genre, [s.label for s in doc.layers.get("techniques", ())], side)


def raw_facet_rows(record: Mapping[str, Any]) -> list[FacetRow]:
    """The rows of a stored record read as JSON (for rebuilding the index)."""
    d = record.get("document") or {}
    genre = d.get("genre", {}).get("label") if isinstance(d.get("genre"), dict) else None
    side = d.get("perspective", {}).get("side") if isinstance(d.get("perspective"), dict) else None
    layers = record.get("layers") or {}
    techniques = [str(s.get("label") or "") for s in layers.get("techniques") or [] if isinstance(s, dict)]
    return _rows(genre, techniques, side)


def check_filters(filters: Mapping[str, str] | None) -> list[tuple[str, str]]:
    """(facet, key) pairs of ``filters``; StoreError naming the facets for an unknown one or an empty value."""
    out = []
    for facet, value in (filters or {}).items():
        if facet not in FACETS:
            raise StoreError(f"unknown filter {facet!r}: use one of {', '.join(FACETS)}")
        if not str(value).strip():
            raise StoreError(f"the {facet} filter needs a value ({FACETS[facet]})")
        out.append((facet, str(value).strip().lower()))
    return out
