"""SQL of the facet index (:mod:`.facets`) for the SQLite store: kept apart so that sqlite.py stays small."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .facets import FacetRow, raw_facet_rows

__all__ = ["exists", "index", "reindex", "condition", "hits"]


def exists(conn: sqlite3.Connection) -> bool:
    """Whether the store has the facet table (schema 3 and later; migrations before it run without)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='doc_facets'").fetchone() is not None


def index(conn: sqlite3.Connection, entries: list[tuple[int, list[FacetRow]]]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO doc_facets (seq, facet, key, n) VALUES (?, ?, ?, ?)",
        [(seq, facet, key, n) for seq, rows in entries for facet, key, n in rows],
    )


def reindex(conn: sqlite3.Connection, batch: int) -> None:
    """Fill the (empty) facet index from every stored record."""
    last = 0
    while True:
        rows = conn.execute("SELECT seq, json FROM documents WHERE seq > ? ORDER BY seq LIMIT ?", (last, batch)).fetchall()
        if not rows:
            return
        entries = []
        for seq, raw in rows:
            try:
                entries.append((seq, raw_facet_rows(json.loads(raw))))
            except (ValueError, TypeError, AttributeError):
                entries.append((seq, []))  # a record that cannot be read has no facets; it stays stored
        index(conn, entries)
        last = rows[-1][0]


def condition(filters: list[tuple[str, str]]) -> tuple[str, list[Any]]:
    """`` AND d.seq IN (...)`` per filter, and its parameters."""
    sql, params = "", []
    for facet, key in filters:
        sql += " AND d.seq IN (SELECT seq FROM doc_facets WHERE facet = ? AND key = ?)"
        params += [facet, key]
    return sql, params


def hits(conn: sqlite3.Connection, filters: list[tuple[str, str]], limit: int, offset: int) -> list[tuple[Any, ...]]:
    """(seq, id, title, location, language, published, n) of the records with every facet of ``filters``,
    most occurrences of the first facet first, then the order in which records were stored."""
    if not filters or limit <= 0:
        return []
    first, rest = filters[0], filters[1:]
    cond, params = condition(rest)
    return conn.execute(
        f"""SELECT d.seq, d.id, d.title, d.location, d.language, d.published, f.n
            FROM doc_facets f JOIN documents d ON d.seq = f.seq
            WHERE f.facet = ? AND f.key = ?{cond}
            ORDER BY f.n DESC, d.seq LIMIT ? OFFSET ?""",
        [*first, *params, limit, offset],
    ).fetchall()
