"""The default store: one SQLite file with two FTS5 indexes, an entity and a facet index.

Tables (the migrations to each schema version are in :mod:`.schema_sql`)::

    documents(seq INTEGER PRIMARY KEY, id TEXT UNIQUE, json, title, location, language,
              published, outlet, added_at, updated_at, source_sha256)
    doc_stems      FTS5(title, body), unicode61 with diacritics folded: Snowball stems
    doc_trigrams   FTS5(title, body), trigram, diacritics folded: substrings, compound parts
    doc_entities   one row per record and entity id of its entities layer
    doc_facets     genre, techniques, perspective side per record (:mod:`.facet_sql`)
    entity_merges  corpus-level entity merges with their history (:mod:`.alias_sql`)

The FTS tables use ``rowid = documents.seq``, an explicit integer primary key
because VACUUM may renumber implicit rowids. The file runs in WAL mode, so
readers do not block the writer; writes take the lock up front
(``BEGIN IMMEDIATE``). Opening an older file migrates it in one transaction;
indexes are rebuilt from the stored records, which are not changed.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from ..document import Document, headline_free_id
from ..errors import StoreError
from .base import EntityHit, Hit, Store, Summary, ensure_id, normalise_key, resolve_id
from . import alias_sql, entity_sql, facet_sql
from .aliases import Merge
from .entities import LOCAL_PREFIX, EntityRow, doc_entity_rows, raw_entity_rows
from .facets import check_filters, doc_facet_rows
from .merge import merge_into
from .query import (
    Query,
    clause_stem_expression,
    clause_substring_expression,
    make_snippet,
    negative_stem_expression,
    negative_substring_expression,
    parse_query,
    stem_expression,
    substring_expression,
)
from .schema_sql import _BATCH, _MIGRATIONS, APPLICATION_ID, SCHEMA_VERSION
from .text import fold_diacritics, stem_text

__all__ = ["SQLiteStore", "SCHEMA_VERSION", "APPLICATION_ID"]

_IN_CHUNK = 500
# bm25 column weights: a match in the title counts twice
_STEM_RANK = "bm25(doc_stems, 2.0, 1.0)"
_TRI_RANK = "bm25(doc_trigrams, 2.0, 1.0)"
_HIT_COLUMNS = "d.seq, d.id, d.title, d.location, d.language, d.published"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _batched(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


class SQLiteStore(Store):
    """A :class:`Store` in one SQLite file (``":memory:"`` for a throwaway one).

    ``timeout`` is how long a write waits for another process's lock before
    StoreError says the database is locked.
    """

    def __init__(self, path: str | Path, timeout: float = 5.0) -> None:
        self.timeout = timeout
        self._conn: sqlite3.Connection | None = None
        if str(path) == ":memory:":
            self.path: Path | None = None
            self.location = ":memory:"
            target = ":memory:"
        else:
            self.path = Path(path).expanduser()
            self.location = str(self.path)
            if self.path.is_dir():
                raise StoreError(f"{self.location}: is a directory, not a database file")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{self.location}: cannot create its directory: {exc}") from exc
            target = str(self.path)
        try:
            self._conn = sqlite3.connect(target, timeout=timeout, isolation_level=None)
            self._setup()
        except sqlite3.Error as exc:
            self._abandon()
            raise StoreError(self._explain(exc)) from exc
        except StoreError:
            self._abandon()
            raise

    # ---- opening ------------------------------------------------------
    def _abandon(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _explain(self, exc: sqlite3.Error) -> str:
        msg = str(exc)
        if "not a database" in msg or "malformed" in msg:
            return f"{self.location}: not a SQLite database ({msg})"
        if "locked" in msg or "busy" in msg:
            return f"{self.location}: the database is locked by another process (waited {self.timeout:g}s)"
        if "unable to open" in msg:
            return f"{self.location}: cannot open the database file ({msg})"
        if "no such tokenizer" in msg:
            return f"SQLite {sqlite3.sqlite_version} lacks the FTS5 trigram tokenizer (needs 3.34 or newer)"
        return f"{self.location}: {msg}"

    def _setup(self) -> None:
        conn = self._connection()
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.location}: store schema version {version} is newer than this "
                f"quellenkritik understands ({SCHEMA_VERSION}); upgrade quellenkritik"
            )
        if version == 0:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            if tables:
                raise StoreError(
                    f"{self.location}: a SQLite database but not a quellenkritik store "
                    f"(it has tables {', '.join(sorted(tables)[:5])})"
                )
        elif app_id != APPLICATION_ID:
            raise StoreError(f"{self.location}: a SQLite database but not a quellenkritik store")
        if version < SCHEMA_VERSION:
            self._migrate(version)

    def _reindex_all(self, conn: sqlite3.Connection) -> None:
        """Fill the (empty) FTS and entity indexes from every stored record, in batches."""
        last = 0
        while True:
            rows = conn.execute(
                "SELECT seq, json FROM documents WHERE seq > ? ORDER BY seq LIMIT ?", (last, _BATCH)
            ).fetchall()
            if not rows:
                return
            entries = []
            for seq, raw in rows:
                try:
                    record = json.loads(raw)
                    meta = record.get("metadata") or {}
                    entries.append(
                        (seq, meta.get("title") or "", record.get("text") or "", record.get("language"),
                         raw_entity_rows(record))
                    )
                except (ValueError, TypeError, AttributeError) as exc:
                    raise StoreError(
                        f"{self.location}: record seq {seq} cannot be read to rebuild the indexes ({exc}); "
                        "nothing was changed"
                    ) from exc
            self._index(conn, entries)
            last = rows[-1][0]

    def _migrate(self, version: int) -> None:
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            for v in range(version + 1, SCHEMA_VERSION + 1):
                for step in _MIGRATIONS[v]:
                    if isinstance(step, str):
                        conn.execute(step)
                    else:
                        step(self, conn)
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    # ---- plumbing -----------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"{self.location}: the store is closed")
        return self._conn

    @contextmanager
    def _errors(self) -> Iterator[sqlite3.Connection]:
        """The connection, with SQLite errors turned into StoreError."""
        conn = self._connection()
        try:
            yield conn
        except sqlite3.Error as exc:
            raise StoreError(self._explain(exc)) from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, rolled back on any error."""
        with self._errors() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def pragma(self, name: str) -> Any:
        """The value of a read-only PRAGMA (``journal_mode``, ``user_version``...)."""
        if not name.replace("_", "").isalpha():
            raise ValueError(f"not a pragma name: {name!r}")
        with self._errors() as conn:
            return conn.execute(f"PRAGMA {name}").fetchone()[0]

    @staticmethod
    def _column_by(conn: sqlite3.Connection, key: str, column: str, keys: Sequence[Any]) -> dict[Any, Any]:
        """``{key: column}`` of the documents rows whose ``key`` is one of ``keys`` (in chunks of IN lists)."""
        out: dict[Any, Any] = {}
        for chunk in _batched(keys, _IN_CHUNK):
            marks = ",".join("?" * len(chunk))
            out.update(conn.execute(f"SELECT {key}, {column} FROM documents WHERE {key} IN ({marks})", chunk).fetchall())
        return out

    @classmethod
    def _seqs(cls, conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, int]:
        return cls._column_by(conn, "id", "seq", ids)

    @classmethod
    def _jsons(cls, conn: sqlite3.Connection, seqs: list[int]) -> dict[int, str]:
        return cls._column_by(conn, "seq", "json", seqs)

    # ---- writing ------------------------------------------------------
    def put(self, doc: Document) -> bool:
        return self.put_many([doc]) == 1

    def put_many(self, docs: Iterable[Document]) -> int:
        """Store many documents in one transaction; returns how many ids were new."""
        new = 0
        with self._write() as conn:
            for chunk in _batched(docs, _BATCH):
                new += self._write_chunk(conn, chunk)
        return new

    def _write_chunk(self, conn: sqlite3.Connection, docs: list[Document]) -> int:
        by_id: dict[str, Document] = {}
        for doc in docs:
            by_id[ensure_id(doc)] = doc  # the same id twice in a batch: the last wins
        ids = list(by_id)
        # a record of the same article made before the headline was part of the text
        # (schema 1, another id): replaced, never kept beside the new one
        stale = [old for d in by_id.values() if (old := headline_free_id(d)) and old not in by_id]
        stale_seqs = list(self._seqs(conn, stale).values())
        self._unindex(conn, stale_seqs)
        conn.executemany("DELETE FROM documents WHERE seq = ?", [(seq,) for seq in stale_seqs])
        existing = self._seqs(conn, ids)
        if existing:  # the same text stored before: keep its richer metadata and where it was seen
            old = self._jsons(conn, list(existing.values()))
            for i, seq in existing.items():
                merge_into(by_id[i], old.get(seq))
        for i, d in by_id.items():
            if i not in existing:
                merge_into(d, None)
        now = _now()
        conn.executemany(
            """INSERT INTO documents (id, json, title, location, language, published, outlet, added_at, updated_at,
                                      source_sha256)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET
                 json=excluded.json, title=excluded.title, location=excluded.location,
                 language=excluded.language, published=excluded.published,
                 outlet=excluded.outlet, updated_at=excluded.updated_at, source_sha256=excluded.source_sha256""",
            [
                (
                    i, d.to_json(), d.metadata.title, d.source.location, d.language,
                    d.metadata.published, d.metadata.outlet, now, now, d.source.sha256,
                )
                for i, d in by_id.items()
            ],
        )
        self._unindex(conn, list(existing.values()))
        seqs = self._seqs(conn, ids)
        self._index(
            conn,
            [
                (seqs[i], d.metadata.title or "", d.text, d.language, doc_entity_rows(d))
                for i, d in by_id.items()
            ],
        )
        facet_sql.index(conn, [(seqs[i], doc_facet_rows(d)) for i, d in by_id.items()])
        return len(ids) - len(existing)

    @staticmethod
    def _index(
        conn: sqlite3.Connection, entries: list[tuple[int, str, str, str | None, list[EntityRow]]]
    ) -> None:
        """Add records to the three indexes: (seq, title, text, language, entity rows) each."""
        conn.executemany(
            "INSERT INTO doc_stems (rowid, title, body) VALUES (?, ?, ?)",
            [(seq, stem_text(title, lang), stem_text(text, lang)) for seq, title, text, lang, _ in entries],
        )
        conn.executemany(
            "INSERT INTO doc_trigrams (rowid, title, body) VALUES (?, ?, ?)",
            [(seq, fold_diacritics(title), fold_diacritics(text)) for seq, title, text, _, _ in entries],
        )
        conn.executemany(
            """INSERT INTO doc_entities (seq, entity_id, label, canonical, surface, key, mentions)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                (seq, r.entity_id, r.label, r.canonical, r.surface, r.key, r.mentions)
                for seq, _, _, _, rows in entries
                for r in rows
            ],
        )

    @staticmethod
    def _unindex(conn: sqlite3.Connection, seqs: list[int]) -> None:
        """Remove records from the three indexes (the documents rows stay)."""
        if not seqs:
            return
        params = [(seq,) for seq in seqs]
        conn.executemany("DELETE FROM doc_stems WHERE rowid = ?", params)
        conn.executemany("DELETE FROM doc_trigrams WHERE rowid = ?", params)
        conn.executemany("DELETE FROM doc_entities WHERE seq = ?", params)
        if facet_sql.exists(conn):
            conn.executemany("DELETE FROM doc_facets WHERE seq = ?", params)

    def delete(self, id: str) -> None:
        doc_id = self._resolve(id)
        with self._write() as conn:
            (seq,) = conn.execute("SELECT seq FROM documents WHERE id = ?", (doc_id,)).fetchone()
            self._unindex(conn, [seq])
            conn.execute("DELETE FROM documents WHERE seq = ?", (seq,))

    # ---- reading ------------------------------------------------------
    def _resolve(self, id_or_prefix: str) -> str:
        key = normalise_key(id_or_prefix)
        with self._errors() as conn:
            exact = bool(key) and conn.execute("SELECT 1 FROM documents WHERE id = ?", (key,)).fetchone() is not None
            candidates: list[str] = []
            if not exact and key:
                candidates = [
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 1000",
                        (key, key + "\U0010ffff"),
                    )
                ]
        return resolve_id(key, exact, candidates, self.location)

    def get(self, id_or_prefix: str) -> Document:
        doc_id = self._resolve(id_or_prefix)
        with self._errors() as conn:
            (raw,) = conn.execute("SELECT json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Document.from_json(raw)

    def count(self) -> int:
        with self._errors() as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def list(self, limit: int = 50, offset: int = 0) -> list[Summary]:
        with self._errors() as conn:
            rows = conn.execute(
                """SELECT id, title, location, language, published, outlet, added_at, updated_at
                   FROM documents ORDER BY added_at DESC, seq DESC LIMIT ? OFFSET ?""",
                (max(0, limit), max(0, offset)),
            ).fetchall()
        return [Summary(*row) for row in rows]

    def search(self, query: str, limit: int = 20, offset: int = 0, filters: Mapping[str, str] | None = None) -> list[Hit]:
        """Stem matches first (bm25), then the other matches, found partly by substring (trigram).

        ``filters`` (facet -> value, see :mod:`.facets`) keep only records with those facets.

        A record is a hit when every positive clause matches, in the stem index
        or as a substring, and no NOT clause does (in either index). Records
        matching every positive clause in the stem index come first, ranked
        by the stem index (``via="stem"``); the rest by the trigram index
        (``via="substring"``).
        """
        q = parse_query(query)  # QuerySyntaxError (a StoreError) when malformed
        stem_expr = stem_expression(q)
        if stem_expr is None or limit <= 0:
            return []
        offset = max(0, offset)
        exclude_sql, exclude_params = self._exclusion(q)
        facet_cond, facet_params = facet_sql.condition(check_filters(filters))
        exclude_sql += facet_cond
        exclude_params += facet_params
        with self._errors() as conn:
            rows = [
                (*r, "stem")
                for r in conn.execute(
                    f"""SELECT {_HIT_COLUMNS}, -{_STEM_RANK} FROM doc_stems
                        JOIN documents d ON d.seq = doc_stems.rowid
                        WHERE doc_stems MATCH ?{exclude_sql} ORDER BY {_STEM_RANK} LIMIT ? OFFSET ?""",
                    (stem_expr, *exclude_params, limit, offset),
                )
            ]
            sub_expr = substring_expression(q)
            if len(rows) < limit and sub_expr is not None:
                if rows:
                    sub_offset = 0
                else:
                    (n_stem,) = conn.execute(
                        f"SELECT count(*) FROM doc_stems JOIN documents d ON d.seq = doc_stems.rowid "
                        f"WHERE doc_stems MATCH ?{exclude_sql}",
                        (stem_expr, *exclude_params),
                    ).fetchone()
                    sub_offset = max(0, offset - n_stem)
                sql = f"""SELECT {_HIT_COLUMNS}, -{_TRI_RANK} FROM doc_trigrams
                          JOIN documents d ON d.seq = doc_trigrams.rowid
                          WHERE doc_trigrams MATCH ?
                            AND d.seq NOT IN (SELECT rowid FROM doc_stems WHERE doc_stems MATCH ?)"""
                params: list[Any] = [sub_expr, stem_expr]
                positive = q.positive
                for clause in positive:
                    tri = clause_substring_expression(clause)
                    if len(positive) == 1 and tri == sub_expr:
                        continue  # the MATCH above is this clause already
                    cond = "d.seq IN (SELECT rowid FROM doc_stems WHERE doc_stems MATCH ?)"
                    params.append(clause_stem_expression(clause))
                    if tri is not None:
                        cond += " OR d.seq IN (SELECT rowid FROM doc_trigrams WHERE doc_trigrams MATCH ?)"
                        params.append(tri)
                    sql += f" AND ({cond})"
                sql += f"{exclude_sql} ORDER BY {_TRI_RANK} LIMIT ? OFFSET ?"
                params += [*exclude_params, limit - len(rows), sub_offset]
                rows += [(*r, "substring") for r in conn.execute(sql, params)]
            texts = self._bodies(conn, [r[0] for r in rows])
        return [
            Hit(
                id=doc_id,
                title=title,
                location=location,
                snippet=make_snippet(texts.get(seq) or "", q, language),
                score=float(score),
                language=language,
                published=published,
                via=via,
            )
            for seq, doc_id, title, location, language, published, score, via in rows
        ]

    def iter_raw(self, ids: Sequence[str] | None = None, batch: int = 200) -> Iterator[tuple[str, str | None, str | None]]:
        batch = max(1, batch)
        if ids is None:
            last = 0
            while True:
                with self._errors() as conn:
                    rows = conn.execute(
                        "SELECT seq, json, added_at, updated_at FROM documents WHERE seq > ? ORDER BY seq LIMIT ?",
                        (last, batch),
                    ).fetchall()
                if not rows:
                    return
                for _, raw, added, updated in rows:
                    yield raw, added, updated
                last = rows[-1][0]
        else:
            for chunk in _batched(ids, batch):
                marks = ",".join("?" * len(chunk))
                with self._errors() as conn:
                    found = {r[0]: r[1:] for r in conn.execute(
                        f"SELECT id, json, added_at, updated_at FROM documents WHERE id IN ({marks})", chunk)}
                for doc_id in chunk:
                    if doc_id in found:  # deleted since it was selected: left out
                        yield found[doc_id]

    def stored_sources(self, hashes: Iterable[str]) -> dict[str, tuple[str | None, list[str]]]:
        found: dict[str, tuple[str | None, list[str]]] = {}
        with self._errors() as conn:
            for chunk in _batched([h for h in hashes if h], _IN_CHUNK):
                marks = ",".join("?" * len(chunk))
                for sha, language, processed in conn.execute(
                    f"""SELECT source_sha256, language, json_extract(json, '$.processed_by') FROM documents
                        WHERE source_sha256 IN ({marks})""", chunk):
                    found[sha] = (language, json.loads(processed or "[]"))
        return found

    def search_facets(self, filters: Mapping[str, str], limit: int = 20, offset: int = 0) -> list[Hit]:
        with self._errors() as conn:
            rows = facet_sql.hits(conn, check_filters(filters), limit, max(0, offset))
            texts = self._bodies(conn, [r[0] for r in rows])
        return [
            Hit(id=doc_id, title=title, location=location, snippet=(texts.get(seq) or "")[:160].replace("\n", " "),
                score=float(n), language=language, published=published, via="facet")
            for seq, doc_id, title, location, language, published, n in rows
        ]

    @staticmethod
    def _exclusion(q: Query) -> tuple[str, list[Any]]:
        """SQL (`` AND d.seq NOT IN ...``) and parameters that drop records matching a NOT clause."""
        parts: list[str] = []
        params: list[Any] = []
        neg_stem = negative_stem_expression(q)
        if neg_stem is not None:
            parts.append("SELECT rowid FROM doc_stems WHERE doc_stems MATCH ?")
            params.append(neg_stem)
        neg_tri = negative_substring_expression(q)
        if neg_tri is not None:
            parts.append("SELECT rowid FROM doc_trigrams WHERE doc_trigrams MATCH ?")
            params.append(neg_tri)
        if not parts:
            return "", []
        return f" AND d.seq NOT IN ({' UNION '.join(parts)})", params

    @staticmethod
    def _bodies(conn: sqlite3.Connection, seqs: list[int]) -> dict[int, str]:
        """The texts of these records, for snippets (the trigram index holds them folded)."""
        if not seqs:
            return {}
        marks = ",".join("?" * len(seqs))
        return dict(
            conn.execute(
                f"SELECT seq, json_extract(json, '$.text') FROM documents WHERE seq IN ({marks})", seqs
            ).fetchall()
        )

    # ---- entities -----------------------------------------------------
    def _has_entity(self, entity_id: str) -> bool:
        with self._errors() as conn:
            return conn.execute("SELECT 1 FROM doc_entities WHERE entity_id = ? LIMIT 1", (entity_id,)).fetchone() is not None

    def _local_ids_with_keys(self, keys: set[str]) -> list[str]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        with self._errors() as conn:
            return [
                r[0]
                for r in conn.execute(
                    f"""SELECT DISTINCT entity_id FROM doc_entities
                        WHERE key IN ({marks}) AND substr(entity_id, 1, ?) = ? ORDER BY entity_id""",
                    (*sorted(keys), len(LOCAL_PREFIX), LOCAL_PREFIX),
                )
            ]

    def _entity_hits(self, entity_ids: list[str], limit: int, offset: int) -> list[EntityHit]:
        with self._errors() as conn:
            return entity_sql.entity_hits(conn, entity_ids[:_IN_CHUNK], limit, offset)

    # ---- corpus-level merges (.aliases, .alias_sql) ------------------------
    def _persons(self) -> list[tuple[str, str, int]]:
        with self._errors() as conn:
            return alias_sql.persons(conn)

    def _merges(self) -> list[Merge]:
        with self._errors() as conn:
            return alias_sql.merges(conn)

    def _add_merge(self, merge: Merge) -> None:
        with self._write() as conn:
            alias_sql.add(conn, merge)

    def _undo_merge(self, from_id: str, when: str, by: str) -> list[Merge]:
        with self._write() as conn:
            return alias_sql.undo(conn, from_id, when, by)

    # ---- closing ------------------------------------------------------
    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self._conn.close()
            self._conn = None
