"""The facet index: qk search by technique, genre and perspective side. Articles invented for the tests."""

from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from quellenkritik import analyze
from quellenkritik.cli import main as cli_main  # noqa: F401 - registers the commands
from quellenkritik.cli.app import app
from quellenkritik.errors import StoreError
from quellenkritik.store import MemoryStore, SQLiteStore
from quellenkritik.store.facets import doc_facet_rows

cli_main._load()
runner = CliRunner()

OPINION = ("Ein Kommentar\n\nDie sogenannten Experten betreiben Panikmache, und die Lügenpresse hilft. "
           "Unsere Truppen rücken vor, das Kiewer Regime wankt. Wer soll das noch glauben?")
REPORT = ("Neue Brücke in Linz\n\nDie Stadt Linz eröffnet am Montag eine neue Brücke. "
          "Bürgermeister Karl Huber sagte, der Bau habe 40 Millionen Euro gekostet.")


@pytest.fixture(scope="module")
def docs():
    return [analyze(OPINION), analyze(REPORT)]


def test_rows_from_a_record(docs):
    rows = {(f, k) for f, k, _ in doc_facet_rows(docs[0])}
    assert ("genre", "opinion") in rows and ("technique", "loaded_language") in rows
    assert ("side", "russian side") in rows
    assert ("genre", "reporting") in {(f, k) for f, k, _ in doc_facet_rows(docs[1])}


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_filters(kind, docs, tmp_path):
    store = MemoryStore() if kind == "memory" else SQLiteStore(tmp_path / "f.sqlite")
    with store as s:
        s.put_many(docs)
        assert [h.id for h in s.search_facets({"technique": "loaded_language"})] == [docs[0].id]
        assert [h.id for h in s.search_facets({"genre": "Reporting"})] == [docs[1].id]
        assert s.search_facets({"genre": "opinion", "side": "Ukrainian side"}) == []
        assert [h.id for h in s.search("Brücke", filters={"genre": "reporting"})] == [docs[1].id]
        assert s.search("Brücke", filters={"genre": "opinion"}) == []
        with pytest.raises(StoreError, match="unknown filter 'mood'"):
            s.search_facets({"mood": "angry"})
        # a record stored again is re-indexed, not doubled
        s.put(docs[0])
        assert len(s.search_facets({"technique": "Loaded_Language"})) == 1


def test_schema_2_store_gets_facets(tmp_path, docs):
    path = tmp_path / "v2.sqlite"
    with SQLiteStore(path) as s:
        s.put_many(docs)
    con = sqlite3.connect(path)  # make it look like a schema-2 store: no facet table
    con.execute("DROP TABLE doc_facets")
    con.execute("DROP TABLE entity_merges")
    con.execute("DROP INDEX documents_source_sha256")
    con.execute("ALTER TABLE documents DROP COLUMN source_sha256")
    con.execute("PRAGMA user_version=2")
    con.commit()
    con.close()
    with SQLiteStore(path) as s:
        assert s.pragma("user_version") == 5
        assert [h.id for h in s.search_facets({"genre": "opinion"})] == [docs[0].id]
        assert set(s.stored_sources([docs[0].source.sha256, "nope"])) == {docs[0].source.sha256}


def test_cli(tmp_path, docs):
    db = tmp_path / "cli.sqlite"
    with SQLiteStore(db) as s:
        s.put_many(docs)
    res = runner.invoke(app, ["search", "--technique", "Loaded_Language", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert docs[0].id[:12] in res.stdout and docs[1].id[:12] not in res.stdout
    res = runner.invoke(app, ["search", "Brücke", "--genre", "opinion", "--db", str(db)])
    assert res.exit_code == 0 and "no match for 'Brücke' and genre 'opinion'" in res.output
    res = runner.invoke(app, ["search", "--db", str(db)])
    assert res.exit_code == 2 and "--technique" in res.output
