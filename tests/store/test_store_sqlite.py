"""SQLiteStore: records in and out, ids and prefixes, the file itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quellenkritik.errors import NotFoundError, StoreError
from quellenkritik.store import SCHEMA_VERSION, SQLiteStore, open_store
from quellenkritik.store.sqlite import APPLICATION_ID


def test_round_trip_keeps_the_whole_record(db_file, make_doc):
    doc = make_doc("Die Lieferung kam am Montag an.", title="Lieferung", published="2024-05-06")
    doc.add("sentences", 0, 31, by="test")
    doc.add("entities", 23, 29, label="DATE", by="test", norm="monday")
    with SQLiteStore(db_file) as s:
        assert s.put(doc) is True
        back = s.get(doc.id)
    assert back.to_dict() == doc.to_dict()
    assert back.layers["entities"][0].attrs == {"norm": "monday"}


def test_put_twice_is_one_record(db_file, make_doc):
    doc = make_doc("Ein Satz über den Haushalt.")
    with SQLiteStore(db_file) as s:
        assert s.put(doc) is True
        assert s.put(doc) is False
        assert s.count() == 1
        assert len(s.search("Haushalt")) == 1


def test_reanalysis_replaces_the_stored_json(db_file, make_doc):
    doc = make_doc("Die Stadt meldete zwölf Verletzte.")
    with SQLiteStore(db_file) as s:
        s.put(doc)
        first_added = s.list()[0].added_at
        doc.add("quantities", 18, 23, label="COUNT", by="test")
        doc.metadata.title = "Neu analysiert"
        assert s.put(doc) is False
        back = s.get(doc.id)
        assert back.layers["quantities"][0].label == "COUNT"
        assert s.count() == 1
        summary = s.list()[0]
        assert summary.title == "Neu analysiert"
        assert summary.added_at == first_added
        # the indexes follow the replacement and hold no stale duplicate
        assert [h.id for h in s.search("analysiert")] == [doc.id]
        assert len(s.search("Verletzte")) == 1


def test_put_many_counts_new_ids_only(db_file, corpus, make_doc):
    with SQLiteStore(db_file) as s:
        assert s.put_many(corpus) == len(corpus)
        extra = make_doc("Ein ganz anderer Text.")
        # two known ids, one new one, and the new one twice in the batch
        assert s.put_many([corpus[0], corpus[1], extra, extra]) == 1
        assert s.count() == len(corpus) + 1


def test_put_assigns_a_missing_id(db_file, make_doc):
    doc = make_doc("Text ohne Kennung.", doc_id="")
    with SQLiteStore(db_file) as s:
        s.put(doc)
        assert doc.id
        assert s.get(doc.id).text == "Text ohne Kennung."


def test_get_by_unique_prefix(store, corpus):
    doc = corpus[2]
    assert store.get(doc.id[:6]).id == doc.id
    assert store.get(doc.id[:12].upper()).id == doc.id


def test_ambiguous_prefix_lists_candidates(db_file, make_doc):
    a = make_doc("Erster Text.", doc_id="abcdef0000000000aaaa")
    b = make_doc("Zweiter Text.", doc_id="abcdef0000000000bbbb")
    with SQLiteStore(db_file) as s:
        s.put_many([a, b])
        with pytest.raises(StoreError) as info:
            s.get("abcdef")
        assert not isinstance(info.value, NotFoundError)
        assert a.id in str(info.value) and b.id in str(info.value)
        assert s.get("abcdef0000000000b").id == b.id


def test_unknown_id_raises_not_found(store):
    with pytest.raises(NotFoundError, match="ffffffffff"):
        store.get("ffffffffff")


def test_short_prefix_is_not_accepted(store, corpus):
    with pytest.raises(NotFoundError, match="at least 6"):
        store.get(corpus[0].id[:5])


def test_delete_removes_record_and_index_entries(store, corpus):
    store.delete(corpus[0].id)
    assert store.count() == len(corpus) - 1
    with pytest.raises(NotFoundError):
        store.get(corpus[0].id)
    assert store.search("Lieferungen") == []
    with pytest.raises(NotFoundError):
        store.delete(corpus[0].id)


def test_list_newest_first_with_paging(db_file, make_doc):
    docs = [make_doc(f"Meldung Nummer {i}.", title=f"Nr {i}") for i in range(5)]
    with SQLiteStore(db_file) as s:
        for d in docs:
            s.put(d)
        titles = [r.title for r in s.list(limit=2)]
        assert titles == ["Nr 4", "Nr 3"]
        assert [r.title for r in s.list(limit=2, offset=4)] == ["Nr 0"]
        assert s.list(limit=10, offset=10) == []


def test_wal_mode_and_schema_version(db_file, corpus):
    with SQLiteStore(db_file) as s:
        assert s.pragma("journal_mode") == "wal"
        assert s.pragma("user_version") == SCHEMA_VERSION >= 1
    con = sqlite3.connect(db_file)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        con.close()


def test_reopening_keeps_the_data(db_file, corpus):
    with open_store(db_file) as s:
        s.put_many(corpus)
    with open_store(db_file) as s:
        assert s.count() == len(corpus)
        assert s.get(corpus[1].id).to_dict() == corpus[1].to_dict()
        assert [h.id for h in s.search("Lieferung")] == [corpus[0].id]


def test_creates_parent_directories(tmp_path):
    path = tmp_path / "a" / "b" / "c" / "qk.sqlite"
    with SQLiteStore(path) as s:
        assert s.count() == 0
    assert path.is_file()


def test_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Dies ist keine Datenbank, nur ein Text.\n" * 200)
    with pytest.raises(StoreError, match="not a SQLite database"):
        SQLiteStore(path)


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kunden (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a quellenkritik store"):
        SQLiteStore(path)


def test_newer_schema_version_is_refused(db_file):
    SQLiteStore(db_file).close()
    con = sqlite3.connect(db_file)
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(db_file)


def test_locked_database_raises_store_error(db_file, make_doc):
    SQLiteStore(db_file).close()
    holder = sqlite3.connect(db_file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with SQLiteStore(db_file, timeout=0.05) as s:
            with pytest.raises(StoreError, match="locked"):
                s.put(make_doc("Ein Text, der warten muss."))
            assert s.count() == 0  # readers are not blocked in WAL mode
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_directory_path_raises_store_error(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        SQLiteStore(tmp_path)


def test_closed_store_raises(db_file):
    s = SQLiteStore(db_file)
    s.close()
    s.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        s.count()


def test_failed_batch_is_rolled_back(db_file, make_doc):
    good = make_doc("Ein guter Text.")

    class Broken:
        id = "brokenbroken"

        def to_json(self):
            raise RuntimeError("boom")

    with SQLiteStore(db_file) as s:
        with pytest.raises(Exception):
            s.put_many([good, Broken()])  # type: ignore[list-item]
        assert s.count() == 0
        assert s.put(good) is True


def test_open_store_rejects_urls(tmp_path):
    with pytest.raises(StoreError, match="only SQLite"):
        open_store("postgresql://localhost/qk")


def test_memory_database(make_doc):
    with SQLiteStore(":memory:") as s:
        s.put(make_doc("Flüchtige Daten."))
        assert s.count() == 1


def test_schema_1_record_is_upgraded_and_replaced_by_its_reanalysis(tmp_path):
    """A record written before the headline was part of the text opens, says so, and is
    replaced (not kept beside) when the same article is analysed again."""
    import json as _json

    from quellenkritik import analyze
    from quellenkritik.document import Document

    # Invented article.
    raw = "Neue Brücke in Kleinstadt eröffnet\n\nDie Stadt Beispielhausen hat am Montag ihre neue Brücke eröffnet. Sie kostete 4 Millionen Euro."
    new = analyze(raw)
    assert new.text.startswith("Neue Brücke in Kleinstadt eröffnet\n\n")
    old = _json.loads(new.to_json())
    body_start = new.layers["structure"][0].end + 2
    old.update(schema="quellenkritik.document/1", text=new.text[body_start:], layers={}, document={})
    from quellenkritik.document import document_id

    old["id"] = document_id(old["text"])
    upgraded = Document.from_dict(old)
    assert upgraded.document["migrated"]["from"] == "quellenkritik.document/1"
    assert "headline" in upgraded.document["coverage"]
    store = SQLiteStore(tmp_path / "s.sqlite")
    store.put(upgraded)
    assert store.count() == 1 and store.get(old["id"]).document["migrated"]
    store.put(new)
    assert store.count() == 1
    assert store.get(new.id).text == new.text
    store.close()
