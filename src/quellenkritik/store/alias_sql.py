"""The SQLite side of corpus-level entity merges (:mod:`.aliases`): one table, four statements.

Kept apart from sqlite.py so that the store's code stays small.
"""

from __future__ import annotations

import sqlite3

from .aliases import Merge

__all__ = ["MIGRATION", "persons", "merges", "add", "undo"]

#: schema version 5: the merge rows (history kept: undone rows stay, with when and by whom)
MIGRATION = [
    """CREATE TABLE entity_merges (
        n          INTEGER PRIMARY KEY,
        from_id    TEXT NOT NULL,
        to_id      TEXT NOT NULL,
        reason     TEXT NOT NULL,
        made_by    TEXT NOT NULL,
        made_at    TEXT NOT NULL,
        undone_at  TEXT,
        undone_by  TEXT
    )""",
    "CREATE INDEX entity_merges_from ON entity_merges(from_id)",
]

_COLUMNS = "from_id, to_id, reason, made_by, made_at, undone_at, undone_by"


def persons(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    return [
        (eid, canonical, int(n))
        for eid, canonical, n in conn.execute(
            """SELECT entity_id, max(canonical), count(*) FROM doc_entities
               WHERE label = 'PER' GROUP BY entity_id ORDER BY entity_id"""
        )
    ]


def merges(conn: sqlite3.Connection) -> list[Merge]:
    return [Merge(*row) for row in conn.execute(f"SELECT {_COLUMNS} FROM entity_merges ORDER BY n")]


def add(conn: sqlite3.Connection, m: Merge) -> None:
    conn.execute(
        f"INSERT INTO entity_merges ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (m.from_id, m.to_id, m.reason, m.by, m.made_at, m.undone_at, m.undone_by),
    )


def undo(conn: sqlite3.Connection, from_id: str, when: str, by: str) -> list[Merge]:
    row = conn.execute(
        f"SELECT n, {_COLUMNS} FROM entity_merges WHERE from_id = ? AND undone_at IS NULL", (from_id,)
    ).fetchone()
    if row is None:
        return []
    conn.execute("UPDATE entity_merges SET undone_at = ?, undone_by = ? WHERE n = ?", (when, by, row[0]))
    return [Merge(*row[1:6], when, by)]
