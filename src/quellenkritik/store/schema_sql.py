"""The schema of the SQLite store: its version, application id and the migrations to each version.

Kept apart from sqlite.py so that the store's code stays small; see that module's docstring.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Callable, Union

from . import alias_sql, facet_sql

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

__all__ = ["SCHEMA_VERSION", "APPLICATION_ID", "Migration"]

#: records are read and indexed in batches of this many when indexes are rebuilt
_BATCH = 500
SCHEMA_VERSION = 5
#: ``PRAGMA application_id`` of a quellenkritik store ("QKST")
APPLICATION_ID = 0x514B5354

Migration = Union[str, Callable[["SQLiteStore", sqlite3.Connection], None]]

_MIGRATIONS: dict[int, list[Migration]] = {
    1: [
        """CREATE TABLE documents (
            seq        INTEGER PRIMARY KEY,
            id         TEXT NOT NULL UNIQUE,
            json       TEXT NOT NULL,
            title      TEXT,
            location   TEXT NOT NULL,
            language   TEXT,
            published  TEXT,
            outlet     TEXT,
            added_at   TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX documents_added ON documents(added_at)",
        "CREATE INDEX documents_published ON documents(published)",
        "CREATE VIRTUAL TABLE doc_stems USING fts5(title, body, tokenize='unicode61 remove_diacritics 0')",
        "CREATE VIRTUAL TABLE doc_trigrams USING fts5(title, body, tokenize='trigram')",
    ],
    # diacritics folded in both FTS indexes; the entity index; all rebuilt from the records
    2: [
        "DROP TABLE doc_stems",
        "CREATE VIRTUAL TABLE doc_stems USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')",
        "DROP TABLE doc_trigrams",
        "CREATE VIRTUAL TABLE doc_trigrams USING fts5(title, body, tokenize='trigram')",
        """CREATE TABLE doc_entities (
            seq        INTEGER NOT NULL,
            entity_id  TEXT NOT NULL,
            label      TEXT NOT NULL,
            canonical  TEXT NOT NULL,
            surface    TEXT NOT NULL,
            key        TEXT NOT NULL,
            mentions   INTEGER NOT NULL,
            PRIMARY KEY (entity_id, seq)
        ) WITHOUT ROWID""",
        "CREATE INDEX doc_entities_seq ON doc_entities(seq)",
        "CREATE INDEX doc_entities_key ON doc_entities(key)",
        lambda store, conn: store._reindex_all(conn),
    ],
    # the facet index (genre, techniques, perspective side), filled from the records
    3: [
        """CREATE TABLE doc_facets (
            seq    INTEGER NOT NULL,
            facet  TEXT NOT NULL,
            key    TEXT NOT NULL,
            n      INTEGER NOT NULL,
            PRIMARY KEY (facet, key, seq)
        ) WITHOUT ROWID""",
        "CREATE INDEX doc_facets_seq ON doc_facets(seq)",
        lambda store, conn: facet_sql.reindex(conn, _BATCH),
    ],
    # the hash of each record's raw input, for qk analyze --resume
    4: [
        "ALTER TABLE documents ADD COLUMN source_sha256 TEXT",
        "UPDATE documents SET source_sha256 = json_extract(json, '$.source.sha256')",
        "CREATE INDEX documents_source_sha256 ON documents(source_sha256)",
    ],
    # corpus-level entity merges (qk entity merges), with their history
    5: alias_sql.MIGRATION,
}

