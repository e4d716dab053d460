"""Where evidence records are kept: a Store interface, SQLite by default.

    from quellenkritik.store import open_store

    with open_store("corpus.sqlite") as store:
        store.put_many(docs)
        for hit in store.search('Lieferung "HIMARS-Raketen" OR Drohne NOT Russland'):
            print(hit.id, hit.snippet)
        for hit in store.search_entity("Selenskyj"):   # any spelling, or an entity id
            print(hit.id, hit.mentions, hit.surface)

See docs/store.md for the schema, the two indexes and measured figures.
"""

from __future__ import annotations

from pathlib import Path

from ..config import default_db_path
from ..errors import StoreError
from .base import MIN_PREFIX, EntityHit, Hit, Store, Summary
from .memory import MemoryStore
from .query import Query, QuerySyntaxError, parse_query
from .sqlite import SCHEMA_VERSION, SQLiteStore

__all__ = [
    "Store",
    "Hit",
    "EntityHit",
    "Summary",
    "MemoryStore",
    "SQLiteStore",
    "open_store",
    "parse_query",
    "Query",
    "QuerySyntaxError",
    "MIN_PREFIX",
    "SCHEMA_VERSION",
]


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating if needed) the store at ``path``; default: the per-user data dir.

    ``":memory:"`` gives a throwaway SQLite store. Server URLs (``postgresql://``)
    are not supported yet.
    """
    if path is None:
        path = default_db_path()
    text = str(path)
    if "://" in text:
        raise StoreError(f"{text}: only SQLite files are supported so far")
    return SQLiteStore(path)
