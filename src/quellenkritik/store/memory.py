"""An in-memory store: a fake for tests of other components.

Records are kept as JSON strings (so a caller changing a document after
``put`` does not change the stored record). Search is naive: a query word or
phrase matches when it occurs, case-insensitively and with diacritics folded,
as a substring of title or text; the query's clauses (``OR``, ``NOT``) are
applied as in the SQLite store; hits come in insertion order with score 1.0.
Entity search (:meth:`search_entity`) behaves exactly as the SQLite store's:
the entity rows are computed from the records on each call.
"""

from __future__ import annotations

from datetime import datetime, timezone

from typing import Iterable, Mapping

from ..document import Document, headline_free_id
from ..errors import StoreError
from .base import EntityHit, Hit, Store, Summary, ensure_id, normalise_key, resolve_id, summary_of
from .aliases import Merge
from .entities import LOCAL_PREFIX, EntityRow, doc_entity_rows
from .facets import check_filters, doc_facet_rows
from .merge import merge_into
from .query import Clause, make_snippet, parse_query
from .text import fold_diacritics

__all__ = ["MemoryStore"]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class MemoryStore(Store):
    """A :class:`Store` in dicts. Same contract as the SQLite store, simpler search."""

    location = ":memory:"

    def __init__(self) -> None:
        self._records: dict[str, str] = {}
        self._added: dict[str, str] = {}
        self._updated: dict[str, str] = {}
        self._merge_rows: list[Merge] = []
        self._closed = False

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the store is closed")

    def put(self, doc: Document) -> bool:
        self._check_open()
        doc_id = ensure_id(doc)
        stale = headline_free_id(doc)  # the same article's record from before the headline (schema 1)
        if stale and stale != doc_id and stale in self._records:
            for table in (self._records, self._added, self._updated):
                table.pop(stale, None)
        new = doc_id not in self._records
        merge_into(doc, self._records.get(doc_id))
        now = _now()
        if new:
            self._added[doc_id] = now
        self._records[doc_id] = doc.to_json()
        self._updated[doc_id] = now
        return new

    def _resolve(self, id_or_prefix: str) -> str:
        key = normalise_key(id_or_prefix)
        candidates = sorted(i for i in self._records if i.startswith(key)) if key else []
        return resolve_id(key, key in self._records, candidates, self.location)

    def get(self, id_or_prefix: str) -> Document:
        self._check_open()
        return Document.from_json(self._records[self._resolve(id_or_prefix)])

    def _facets_match(self, doc: Document, filters: list[tuple[str, str]]) -> bool:
        have = {(facet, key) for facet, key, _ in doc_facet_rows(doc)}
        return all(f in have for f in filters)

    def stored_sources(self, hashes: Iterable[str]) -> dict[str, tuple[str | None, list[str]]]:
        self._check_open()
        wanted = set(hashes)
        found: dict[str, tuple[str | None, list[str]]] = {}
        for raw in self._records.values():
            doc = Document.from_json(raw)
            if doc.source.sha256 in wanted:
                found[doc.source.sha256] = (doc.language, list(doc.processed_by))
        return found

    def search_facets(self, filters: Mapping[str, str], limit: int = 20, offset: int = 0) -> list[Hit]:
        self._check_open()
        wanted = check_filters(filters)
        if not wanted or limit <= 0:
            return []
        found = []
        for i, raw in enumerate(self._records.values()):
            doc = Document.from_json(raw)
            if self._facets_match(doc, wanted):
                n = next(n for f, k, n in doc_facet_rows(doc) if (f, k) == wanted[0])
                found.append((-n, i, doc))
        found.sort(key=lambda x: (x[0], x[1]))
        return [
            Hit(id=d.id, title=d.metadata.title, location=d.source.location, snippet=d.text[:160].replace("\n", " "),
                score=float(-n), language=d.language, published=d.metadata.published, via="facet")
            for n, _, d in found[max(0, offset): max(0, offset) + limit]
        ]

    def search(self, query: str, limit: int = 20, offset: int = 0, filters: Mapping[str, str] | None = None) -> list[Hit]:
        self._check_open()
        wanted = check_filters(filters)
        q = parse_query(query)
        if q.empty or limit <= 0:
            return []

        def matches(clause: Clause, hay: str) -> bool:
            return any(fold_diacritics(t.text).lower() in hay for t in clause.terms)

        hits: list[Hit] = []
        for raw in self._records.values():
            doc = Document.from_json(raw)
            hay = fold_diacritics(f"{doc.metadata.title or ''}\n{doc.text}").lower()
            if (all(matches(c, hay) for c in q.positive) and not any(matches(c, hay) for c in q.negative)
                    and self._facets_match(doc, wanted)):
                hits.append(
                    Hit(
                        id=doc.id,
                        title=doc.metadata.title,
                        location=doc.source.location,
                        snippet=make_snippet(doc.text, q, doc.language),
                        score=1.0,
                        language=doc.language,
                        published=doc.metadata.published,
                        via="substring",
                    )
                )
        return hits[max(0, offset) : max(0, offset) + limit]

    # ---- entities -----------------------------------------------------
    def _entity_index(self) -> list[tuple[Document, list[EntityRow]]]:
        """Every record with its entity rows, in the order records were first stored."""
        out = []
        for raw in self._records.values():
            doc = Document.from_json(raw)
            out.append((doc, doc_entity_rows(doc)))
        return out

    def _has_entity(self, entity_id: str) -> bool:
        self._check_open()
        return any(r.entity_id == entity_id for _, rows in self._entity_index() for r in rows)

    def _local_ids_with_keys(self, keys: set[str]) -> list[str]:
        self._check_open()
        found = {
            r.entity_id
            for _, rows in self._entity_index()
            for r in rows
            if r.key in keys and r.entity_id.startswith(LOCAL_PREFIX)
        }
        return sorted(found)

    def _entity_hits(self, entity_ids: list[str], limit: int, offset: int) -> list[EntityHit]:
        self._check_open()
        rank = {eid: i for i, eid in enumerate(entity_ids)}
        hits: list[EntityHit] = []
        for doc, rows in self._entity_index():
            found = sorted((r for r in rows if r.entity_id in rank), key=lambda r: (-r.mentions, rank[r.entity_id]))
            if not found:
                continue
            hits.append(
                EntityHit(
                    id=doc.id,
                    title=doc.metadata.title,
                    location=doc.source.location,
                    language=doc.language,
                    published=doc.metadata.published,
                    mentions=sum(r.mentions for r in found),
                    canonical=found[0].canonical,
                    surface=found[0].surface,
                    entity_ids=tuple(r.entity_id for r in found),
                )
            )
        # most mentions, then newest published (none last), then storage order (stable sorts)
        hits.sort(key=lambda h: h.published or "", reverse=True)
        hits.sort(key=lambda h: (-h.mentions, h.published is None))
        return hits[offset : offset + limit]

    def _persons(self) -> list[tuple[str, str, int]]:
        self._check_open()
        records: dict[str, int] = {}
        canonical: dict[str, str] = {}
        for _, rows in self._entity_index():
            for r in rows:
                if r.label == "PER":
                    records[r.entity_id] = records.get(r.entity_id, 0) + 1
                    canonical[r.entity_id] = max(canonical.get(r.entity_id, ""), r.canonical)
        return [(eid, canonical[eid], n) for eid, n in sorted(records.items())]

    def _merges(self) -> list[Merge]:
        return list(self._merge_rows)

    def _add_merge(self, merge: Merge) -> None:
        self._check_open()
        self._merge_rows.append(merge)

    def _undo_merge(self, from_id: str, when: str, by: str) -> list[Merge]:
        self._check_open()
        for i, m in enumerate(self._merge_rows):
            if m.from_id == from_id and m.active:
                done = Merge(m.from_id, m.to_id, m.reason, m.by, m.made_at, when, by)
                self._merge_rows[i] = done
                return [done]
        return []

    def list(self, limit: int = 50, offset: int = 0) -> list[Summary]:
        self._check_open()
        ids = list(reversed(self._records))  # most recently added first
        ids.sort(key=lambda i: self._added[i], reverse=True)
        out = []
        for doc_id in ids[offset : offset + limit]:
            doc = Document.from_json(self._records[doc_id])
            out.append(summary_of(doc, self._added[doc_id], self._updated[doc_id]))
        return out

    def count(self) -> int:
        self._check_open()
        return len(self._records)

    def delete(self, id: str) -> None:
        self._check_open()
        doc_id = self._resolve(id)
        del self._records[doc_id], self._added[doc_id], self._updated[doc_id]

    def close(self) -> None:
        self._closed = True
