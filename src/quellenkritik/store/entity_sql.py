"""The SQL of entity search (:meth:`Store.search_entity`) for the SQLite store.

Kept apart from sqlite.py so that the store's code stays small.
"""

from __future__ import annotations

import sqlite3

from .base import EntityHit

__all__ = ["entity_hits"]


def entity_hits(conn: sqlite3.Connection, ids: list[str], limit: int, offset: int) -> list[EntityHit]:
    """The records mentioning any of ``ids`` (at most a few hundred), most mentions first."""
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"""SELECT d.seq, d.id, d.title, d.location, d.language, d.published, sum(e.mentions) AS n
            FROM doc_entities e JOIN documents d ON d.seq = e.seq
            WHERE e.entity_id IN ({marks})
            GROUP BY d.seq
            ORDER BY n DESC, d.published IS NULL, d.published DESC, d.seq
            LIMIT ? OFFSET ?""",
        (*ids, limit, offset),
    ).fetchall()
    if not rows:
        return []
    seq_marks = ",".join("?" * len(rows))
    detail: dict[int, list[tuple[str, str, str, int]]] = {}
    for seq, eid, canonical, surface, n in conn.execute(
        f"""SELECT seq, entity_id, canonical, surface, mentions FROM doc_entities
            WHERE seq IN ({seq_marks}) AND entity_id IN ({marks})""",
        (*[r[0] for r in rows], *ids),
    ):
        detail.setdefault(seq, []).append((eid, canonical, surface, n))
    rank = {eid: i for i, eid in enumerate(ids)}
    hits = []
    for seq, doc_id, title, location, language, published, n in rows:
        found = sorted(detail[seq], key=lambda x: (-x[3], rank[x[0]]))
        hits.append(
            EntityHit(
                id=doc_id,
                title=title,
                location=location,
                language=language,
                published=published,
                mentions=int(n),
                canonical=found[0][1],
                surface=found[0][2],
                entity_ids=tuple(x[0] for x in found),
            )
        )
    return hits

