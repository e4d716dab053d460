"""The store interface: where evidence records are kept, found and listed.

A store holds one record per document id. The id is the hash of the normalised
text, so the same article put twice is one record; putting it again (say after
a re-analysis) replaces the stored JSON of that id.

Records are fetched by full id or by a unique id prefix of at least
:data:`MIN_PREFIX` characters. Implementations: :class:`~.sqlite.SQLiteStore`
(the default), :class:`~.memory.MemoryStore` (a fake for tests).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

from ..document import Document
from ..errors import NotFoundError, StoreError

if TYPE_CHECKING:
    from .aliases import Merge

__all__ = ["Store", "Hit", "EntityHit", "Summary", "MIN_PREFIX", "resolve_id", "summary_of"]

#: the shortest id prefix accepted by :meth:`Store.get`
MIN_PREFIX = 6
_MAX_CANDIDATES = 10


@dataclass(frozen=True)
class Hit:
    """One search result."""

    id: str
    title: str | None
    location: str
    snippet: str
    score: float
    language: str | None
    published: str | None
    #: which index found it: "stem" (word forms) or "substring" (trigram)
    via: str = "stem"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EntityHit:
    """One record that mentions an entity (:meth:`Store.search_entity`)."""

    id: str
    title: str | None
    location: str
    language: str | None
    published: str | None
    #: how many times the record mentions the entity (all its matching ids together)
    mentions: int
    #: the canonical name in the record (the KB's, or the name as written for a local id)
    canonical: str
    #: the spelling the record uses most often
    surface: str
    #: the matching entity ids this record mentions, most mentioned first
    entity_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["entity_ids"] = list(self.entity_ids)
        return d


@dataclass(frozen=True)
class Summary:
    """One line of a listing: a record without its text and layers."""

    id: str
    title: str | None
    location: str
    language: str | None
    published: str | None
    outlet: str | None
    added_at: str
    updated_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def summary_of(doc: Document, added_at: str, updated_at: str) -> Summary:
    """The :class:`Summary` of a document."""
    return Summary(
        id=doc.id,
        title=doc.metadata.title,
        location=doc.source.location,
        language=doc.language,
        published=doc.metadata.published,
        outlet=doc.metadata.outlet,
        added_at=added_at,
        updated_at=updated_at,
    )


def resolve_id(key: str, exact: bool, candidates: list[str], where: str) -> str:
    """The one id that ``key`` names, given whether it exists exactly and its prefix matches.

    ``candidates`` are ids starting with ``key`` (at most a few more than
    :data:`_MAX_CANDIDATES` are needed). Raises NotFoundError or StoreError.
    """
    if exact:
        return key
    if len(key) < MIN_PREFIX:
        raise NotFoundError(
            f"no record with id {key!r} in {where} (a prefix needs at least {MIN_PREFIX} characters)"
        )
    if not candidates:
        raise NotFoundError(f"no record with id or id prefix {key!r} in {where}")
    if len(candidates) > 1:
        shown = ", ".join(candidates[:_MAX_CANDIDATES])
        more = f" and {len(candidates) - _MAX_CANDIDATES} more" if len(candidates) > _MAX_CANDIDATES else ""
        raise StoreError(f"id prefix {key!r} is ambiguous in {where}: {shown}{more}")
    return candidates[0]


def normalise_key(id_or_prefix: str) -> str:
    """Ids are lowercase hex; accept surrounding space and capitals."""
    return id_or_prefix.strip().lower()


class Store(ABC):
    """Where evidence records live. Use as a context manager or call :meth:`close`."""

    #: a human-readable location for messages ("/path/to/db", ":memory:")
    location: str = ""

    @abstractmethod
    def put(self, doc: Document) -> bool:
        """Store ``doc``; True if its id was new, False if it replaced a record.

        A document without an id gets one (:meth:`Document.assign_id`).
        """

    def put_many(self, docs: Iterable[Document]) -> int:
        """Store many documents; returns how many ids were new."""
        return sum(1 for doc in docs if self.put(doc))

    @abstractmethod
    def get(self, id_or_prefix: str) -> Document:
        """The record with this id, or the one whose id starts with this prefix (>= 6 chars).

        Raises NotFoundError when there is none, StoreError when the prefix is ambiguous.
        """

    @abstractmethod
    def search(self, query: str, limit: int = 20, offset: int = 0, filters: Mapping[str, str] | None = None) -> list[Hit]:
        """Records matching ``query``, best first; with ``filters`` (facet -> value: genre,
        technique, side; see :mod:`.facets`) only records that have those facets.

        Words and "phrases" must all match; ``a OR b`` matches either, ``NOT a``
        excludes records that match ``a`` (see :mod:`.query`). Diacritics are
        folded ("Kaczynski" finds "Kaczyński"). A malformed query (a lone
        ``NOT``) raises :class:`~.query.QuerySyntaxError`, a StoreError.
        """

    @abstractmethod
    def stored_sources(self, hashes: Iterable[str]) -> dict[str, tuple[str | None, list[str]]]:
        """For each of ``hashes`` (``source.sha256``, the hash of the raw input) that a stored record
        was made from: that record's language and ``processed_by`` (for ``qk analyze --resume``)."""

    @abstractmethod
    def search_facets(self, filters: Mapping[str, str], limit: int = 20, offset: int = 0) -> list[Hit]:
        """Records with every facet of ``filters`` (no text query): most occurrences of the first
        facet first (``score``), then the order records were stored. StoreError for an unknown facet."""

    def entity_ids(self, name: str) -> list[str]:
        """The entity ids ``name`` stands for, in any spelling.

        An id (``qk:per:volodymyr-zelensky``, ``qk:local:per:selenski``) stands for
        itself. A name goes through the resolver (the KB id: "Zelensky",
        "Selenskyj" and "Зеленский" give ``qk:per:volodymyr-zelensky``; both
        candidates of an ambiguous name), plus every stored local id whose
        canonical name folds to the same key (``translit.fold``), so that an
        entity the KB lacks is found in any spelling. See :mod:`.entities`.
        """
        from .aliases import apply_merges
        from .entities import resolve_entity

        return apply_merges(resolve_entity(name, self._has_entity, self._local_ids_with_keys), self._merges())

    # ---- corpus-level merges (see .aliases) ------------------------------
    def entity_merges(self, include_undone: bool = False) -> list["Merge"]:
        """The entity merges of this store (active ones; with ``include_undone`` the undone ones too), oldest first."""
        return [m for m in self._merges() if include_undone or m.active]

    def merge_surnames(self) -> list["Merge"]:
        """Join surnames alone to the one full name the store holds (:func:`.aliases.surname_merges`).

        Returns what changed: the new merges and the automatic merges undone because they became ambiguous.
        """
        from .aliases import Merge, Person, surname_merges

        persons = [Person(*row) for row in self._persons()]
        changed: list[Merge] = []
        when = _now_iso()
        for p in surname_merges(persons, self._merges()):
            if p.to_id is None:
                changed.extend(self._undo_merge(p.from_id, when, "auto"))
            else:
                m = Merge(p.from_id, p.to_id, p.reason, "auto", when)
                changed.extend(self._undo_merge(p.from_id, when, "auto"))
                self._add_merge(m)
                changed.append(m)
        return changed

    def merge_entities(self, from_id: str, to_id: str, reason: str = "") -> "Merge":
        """Read entity ``from_id`` as ``to_id`` across the store, by hand (replaces an automatic merge of ``from_id``)."""
        from .aliases import Merge

        from_id, to_id = from_id.strip(), to_id.strip()
        if from_id == to_id:
            raise StoreError(f"cannot merge {from_id!r} into itself")
        for eid in (from_id, to_id):
            if not self._has_entity(eid):
                raise NotFoundError(f"no stored record mentions entity {eid!r}")
        active = {m.from_id: m for m in self._merges() if m.active}
        if to_id in active:
            raise StoreError(f"{to_id!r} is itself merged into {active[to_id].to_id!r}: merge into that id instead")
        into = sorted(m.from_id for m in active.values() if m.to_id == from_id)
        if into:
            raise StoreError(f"{', '.join(into)} merged into {from_id!r}: undo those merges first")
        when = _now_iso()
        self._undo_merge(from_id, when, "user")
        m = Merge(from_id, to_id, reason or "merged by hand", "user", when)
        self._add_merge(m)
        return m

    def unmerge_entity(self, from_id: str) -> "Merge":
        """Undo the active merge of ``from_id``; an automatic merge undone so is never made again."""
        undone = self._undo_merge(from_id.strip(), _now_iso(), "user")
        if not undone:
            raise NotFoundError(f"entity {from_id.strip()!r} is not merged into another")
        return undone[0]

    @abstractmethod
    def _persons(self) -> list[tuple[str, str, int]]:
        """(entity id, canonical name, number of records) of every PER entity the store indexes."""

    @abstractmethod
    def _merges(self) -> list["Merge"]:
        """Every merge row, active and undone, oldest first."""

    @abstractmethod
    def _add_merge(self, merge: "Merge") -> None:
        """Store a new active merge (the caller has undone any earlier one of the same id)."""

    @abstractmethod
    def _undo_merge(self, from_id: str, when: str, by: str) -> list["Merge"]:
        """Mark the active merge of ``from_id`` undone; returns it as undone ([] when there is none)."""

    def search_entity(self, name: str, limit: int = 20, offset: int = 0) -> list[EntityHit]:
        """Records whose entities layer mentions the entity ``name`` (a name in any spelling, or an id).

        ``name`` is turned into ids by :meth:`entity_ids`. Most mentions first,
        then the newest ``published`` date (records without one last), then the
        order in which records were first stored. Raises StoreError only for an
        unusable store; no match is ``[]``.
        """
        ids = self.entity_ids(name)
        if not ids or limit <= 0:
            return []
        return self._entity_hits(ids, limit, max(0, offset))

    @abstractmethod
    def _has_entity(self, entity_id: str) -> bool:
        """Whether some stored record mentions ``entity_id``."""

    @abstractmethod
    def _local_ids_with_keys(self, keys: set[str]) -> list[str]:
        """The stored local ids (``qk:local:...``) whose canonical name folds to one of ``keys``, sorted."""

    @abstractmethod
    def _entity_hits(self, entity_ids: list[str], limit: int, offset: int) -> list[EntityHit]:
        """The records mentioning any of ``entity_ids``, in :meth:`search_entity` order."""

    def iter_raw(self, ids: Sequence[str] | None = None, batch: int = 200) -> Iterator[tuple[str, str | None, str | None]]:
        """(record JSON as stored, added_at, updated_at) of every record in the order they were first
        stored, or of ``ids`` in that order (an id deleted meanwhile is left out); for exports.
        This generic form reads the listing and ``get``; a backend reads its table directly."""
        dates: dict[str, tuple[str | None, str | None]] = {}
        if ids is None:
            listed: list[str] = []
            offset = 0
            while page := self.list(limit=batch, offset=offset):
                for s in page:
                    listed.append(s.id)
                    dates[s.id] = (s.added_at, s.updated_at)
                offset += len(page)
            ids = listed[::-1]  # oldest first
        for doc_id in ids:
            added, updated = dates.get(doc_id, (None, None))
            yield self.get(doc_id).to_json(), added, updated

    @abstractmethod
    def list(self, limit: int = 50, offset: int = 0) -> list[Summary]:
        """Records, most recently added first."""

    @abstractmethod
    def count(self) -> int:
        """How many records the store holds."""

    @abstractmethod
    def delete(self, id: str) -> None:
        """Remove the record with this id (or unique prefix); NotFoundError if absent."""

    def close(self) -> None:
        """Release resources; the store cannot be used afterwards."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _now_iso() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def ensure_id(doc: Document) -> str:
    """The document's id, assigning it from the text when empty."""
    return doc.id or doc.assign_id()
