"""Search by entity (``Store.search_entity``, ``qk search --entity``) and the schema-2 migration.

Records are invented and built by hand: Documents with an entities layer whose
spans carry the attrs the entity components write (no NER runs here).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quellenkritik.cli import main as cli_main
from quellenkritik.cli.app import app
from quellenkritik.document import Document, Metadata, Source
from quellenkritik.store import MemoryStore, SQLiteStore, Store
from quellenkritik.store.sqlite import APPLICATION_ID, SCHEMA_VERSION

cli_main._load()
runner = CliRunner()

ZELENSKY = "qk:per:volodymyr-zelensky"


def entity_doc(
    text: str,
    title: str,
    mentions: list[tuple[str, str, str, bool]],
    published: str | None = None,
    label: str = "PER",
) -> Document:
    """A document whose entities layer has a span for every occurrence of each surface form.

    ``mentions``: (surface, id, canonical, kb) per entity.
    """
    doc = Document(
        source=Source(kind="text", location=f"{title.lower()}.txt"),
        language="de",
        metadata=Metadata(title=title, published=published),
        text=text,
    )
    for surface, eid, canonical, kb in mentions:
        start = 0
        while (i := text.find(surface, start)) != -1:
            attrs = {"id": eid, "canonical": canonical, "kb": kb, "method": "kb" if kb else "local"}
            if kb:
                attrs["confidence"] = 1.0
            doc.add("entities", i, i + len(surface), label=label, by="test", **attrs)
            start = i + len(surface)
    doc.assign_id()
    return doc


@pytest.fixture
def records() -> list[Document]:
    return [
        # the KB entity, three spellings in three articles
        entity_doc(
            "Selenskyj sprach in Kiew. Später reiste Selenskyj nach Brüssel.",
            "Rede in Kiew",
            [("Selenskyj", ZELENSKY, "Volodymyr Zelensky", True)],
            published="2024-02-01",
        ),
        entity_doc(
            "Zelensky met the press.",
            "Press",
            [("Zelensky", ZELENSKY, "Volodymyr Zelensky", True)],
            published="2024-03-01",
        ),
        # an entity the KB lacks, local ids of two labels, two spellings
        entity_doc(
            "Der Abgeordnete Petrenkowskyj widersprach. Petrenkowskyj blieb dabei. Petrenkowskyj ging.",
            "Widerspruch",
            [("Petrenkowskyj", "qk:local:per:petrenkovski", "Petrenkowskyj", False)],
        ),
        entity_doc(
            "Die Firma Petrenkovsky meldete Gewinne.",
            "Gewinne",
            [("Petrenkovsky", "qk:local:org:petrenkovski", "Petrenkovsky", False)],
            label="ORG",
        ),
        # no entities at all, but the name in the text
        entity_doc("Ein Text über Selenskyj ohne Entitäten.", "Ohne", []),
    ]


@pytest.fixture(params=["memory", "sqlite"])
def any_store(request, tmp_path, records):
    s: Store = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "e.sqlite")
    s.put_many(records)
    yield s
    s.close()


def titles(hits) -> list[str | None]:
    return [h.title for h in hits]


@pytest.mark.parametrize("name", ["Zelensky", "Selenskyj", "Зеленский", "Зеленський", ZELENSKY])
def test_kb_entity_in_every_spelling(any_store, name):
    hits = any_store.search_entity(name)
    # most mentions first: two in "Rede in Kiew", one in "Press"; the record without
    # an entities layer is not a hit although its text has the name
    assert titles(hits) == ["Rede in Kiew", "Press"]
    assert [h.mentions for h in hits] == [2, 1]
    assert [h.surface for h in hits] == ["Selenskyj", "Zelensky"]
    assert {h.canonical for h in hits} == {"Volodymyr Zelensky"}
    assert hits[0].entity_ids == (ZELENSKY,)


@pytest.mark.parametrize("name", ["Petrenkovsky", "Petrenkowskyj", "petrenkovskyi"])
def test_local_entity_found_in_any_spelling_and_label(any_store, name):
    # the resolver gives qk:local:misc:..., which no record has; the folded key finds both labels
    hits = any_store.search_entity(name)
    assert titles(hits) == ["Widerspruch", "Gewinne"]
    assert [h.mentions for h in hits] == [3, 1]
    assert [h.surface for h in hits] == ["Petrenkowskyj", "Petrenkovsky"]
    assert set(any_store.entity_ids(name)) >= {"qk:local:per:petrenkovski", "qk:local:org:petrenkovski"}


def test_an_id_stands_for_itself(any_store):
    assert any_store.entity_ids("qk:local:org:petrenkovski") == ["qk:local:org:petrenkovski"]
    assert titles(any_store.search_entity("qk:local:org:petrenkovski")) == ["Gewinne"]
    assert any_store.search_entity("qk:per:no-such-entity") == []


def test_unknown_name_and_paging(any_store):
    assert any_store.search_entity("Quirinus Zzyzxwalder") == []
    assert any_store.search_entity("   ") == []
    assert titles(any_store.search_entity("Zelensky", limit=1, offset=1)) == ["Press"]
    assert any_store.search_entity("Zelensky", limit=0) == []


def test_both_backends_agree(tmp_path, records):
    mem, sql = MemoryStore(), SQLiteStore(tmp_path / "agree.sqlite")
    try:
        for s in (mem, sql):
            s.put_many(records)
        for name in ("Selenskyj", "Petrenkovsky", ZELENSKY, "Niemand"):
            assert [h.to_dict() for h in mem.search_entity(name)] == [h.to_dict() for h in sql.search_entity(name)]
    finally:
        mem.close()
        sql.close()


def test_ties_go_to_the_newest_published(any_store, records):
    extra = entity_doc("Selenskyj dankte.", "Dank", [("Selenskyj", ZELENSKY, "Volodymyr Zelensky", True)],
                       published="2025-01-01")
    any_store.put(extra)
    # one mention each: 2025 before 2024-03
    assert titles(any_store.search_entity("Zelensky")) == ["Rede in Kiew", "Dank", "Press"]


def test_index_follows_replace_and_delete(any_store, records):
    doc = records[1]
    replaced = Document.from_json(doc.to_json())
    replaced.layers["entities"] = []  # a re-analysis that finds no entity
    any_store.put(replaced)
    assert titles(any_store.search_entity("Zelensky")) == ["Rede in Kiew"]
    any_store.delete(records[0].id)
    assert any_store.search_entity("Zelensky") == []
    assert titles(any_store.search_entity("Petrenkovsky")) == ["Widerspruch", "Gewinne"]


def test_sqlite_entity_rows_are_deleted_with_the_record(tmp_path, records):
    path = tmp_path / "rows.sqlite"
    with SQLiteStore(path) as s:
        s.put_many(records)
        s.delete(records[2].id)
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT entity_id, mentions FROM doc_entities ORDER BY entity_id, mentions").fetchall()
    finally:
        con.close()
    assert rows == [("qk:local:org:petrenkovski", 1), (ZELENSKY, 1), (ZELENSKY, 2)]


# ---- migration of a schema-1 database ------------------------------------------

_V1_SCHEMA = [
    """CREATE TABLE documents (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL, title TEXT,
        location TEXT NOT NULL, language TEXT, published TEXT, outlet TEXT,
        added_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE INDEX documents_added ON documents(added_at)",
    "CREATE INDEX documents_published ON documents(published)",
    "CREATE VIRTUAL TABLE doc_stems USING fts5(title, body, tokenize='unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE doc_trigrams USING fts5(title, body, tokenize='trigram')",
]


def write_v1_store(path: Path, docs: list[Document]) -> None:
    """A store as version 1 wrote it: no entity index, diacritics kept in both FTS tables."""
    from quellenkritik.store.text import stem_text

    con = sqlite3.connect(path)
    try:
        for stmt in _V1_SCHEMA:
            con.execute(stmt)
        for seq, d in enumerate(docs, start=1):
            con.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (seq, d.id, d.to_json(), d.metadata.title, d.source.location, d.language,
                 d.metadata.published, d.metadata.outlet, f"2024-01-0{seq}T00:00:00+00:00", "2024-01-01T00:00:00+00:00"),
            )
            # schema 1 indexed stems with diacritics: simulate with plain lowercase words
            con.execute(
                "INSERT INTO doc_stems (rowid, title, body) VALUES (?, ?, ?)",
                (seq, (d.metadata.title or "").lower(), d.text.lower()),
            )
            con.execute("INSERT INTO doc_trigrams (rowid, title, body) VALUES (?, ?, ?)",
                        (seq, d.metadata.title or "", d.text))
        con.execute(f"PRAGMA application_id={APPLICATION_ID}")
        con.execute("PRAGMA user_version=1")
        con.commit()
    finally:
        con.close()
    assert stem_text  # imported to show what the real schema 1 stored; not needed here


def test_schema_1_database_is_migrated_and_backfilled(tmp_path, records):
    polish = entity_doc(
        "Jarosław Kaczyński sprach in Warschau.",
        "Warschau",
        [("Jarosław Kaczyński", "qk:per:jaroslaw-kaczynski", "Jarosław Kaczyński", True)],
    )
    docs = [*records, polish]
    path = tmp_path / "old.sqlite"
    write_v1_store(path, docs)
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'doc_entities'").fetchone()[0] == 0
    con.close()

    with SQLiteStore(path) as s:
        assert s.pragma("user_version") == SCHEMA_VERSION == 5
        # nothing lost
        assert s.count() == len(docs)
        for d in docs:
            assert s.get(d.id).to_dict() == d.to_dict()
        assert [h.id for h in s.list(limit=1)] == [polish.id]  # added_at kept
        # the entity index was filled from the stored records
        assert titles(s.search_entity("Зеленский")) == ["Rede in Kiew", "Press"]
        assert titles(s.search_entity("Petrenkovsky")) == ["Widerspruch", "Gewinne"]
        # the FTS tables were rebuilt: stems and folded diacritics
        assert [h.id for h in s.search("Kaczynski")] == [polish.id]
        assert [h.id for h in s.search("Rede")] == [records[0].id]
        assert [h.id for h in s.search("Reden")] == [records[0].id]  # a stem, not the v1 plain word
    con = sqlite3.connect(path)
    try:
        (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 'doc_stems'").fetchone()
        n_entities = con.execute("SELECT count(*) FROM doc_entities").fetchone()[0]
    finally:
        con.close()
    assert "remove_diacritics 2" in sql
    assert n_entities == 5  # Zelensky x2 records, two Petrenkovsky ids, Kaczyński
    # opening again changes nothing
    with SQLiteStore(path) as s:
        assert s.count() == len(docs)
        assert titles(s.search_entity("Selenskyj")) == ["Rede in Kiew", "Press"]


def test_migration_with_an_unreadable_record_changes_nothing(tmp_path, records):
    from quellenkritik.errors import StoreError

    path = tmp_path / "bad.sqlite"
    write_v1_store(path, records[:2])
    con = sqlite3.connect(path)
    con.execute("UPDATE documents SET json = '{not json' WHERE seq = 2")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="cannot be read to rebuild the indexes"):
        SQLiteStore(path)
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM doc_stems").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'doc_entities'").fetchone()[0] == 0
    finally:
        con.close()


# ---- CLI ------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path, records) -> Path:
    path = tmp_path / "cli.sqlite"
    with SQLiteStore(path) as s:
        s.put_many(records)
    return path


def test_cli_entity_table(db, records):
    res = runner.invoke(app, ["search", "--entity", "Зеленский", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert records[0].id[:12] in res.stdout and records[1].id[:12] in res.stdout
    assert records[4].id[:12] not in res.stdout
    assert "Selenskyj" in res.stdout and "Zelensky)" in res.stdout


def test_cli_entity_json(db, records):
    res = runner.invoke(app, ["search", "--entity", "Petrenkovsky", "--json", "--db", str(db)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == [records[2].id, records[3].id]
    assert rows[0]["mentions"] == 3 and rows[0]["surface"] == "Petrenkowskyj"
    assert rows[0]["entity_ids"] == ["qk:local:per:petrenkovski"]
    assert {"id", "title", "location", "mentions", "canonical", "surface", "entity_ids"} <= set(rows[0])


def test_cli_entity_without_match_says_so(db, records):
    res = runner.invoke(app, ["search", "--entity", "Quirinus Zzyzxwalder", "--db", str(db)])
    assert res.exit_code == 0
    assert res.stdout == ""
    assert "no stored article mentions 'Quirinus Zzyzxwalder'" in res.stderr
    assert "qk:local:" in res.stderr and f"({len(records)} records)" in res.stderr


def test_cli_query_and_entity_are_exclusive(db):
    res = runner.invoke(app, ["search", "Kiew", "--entity", "Zelensky", "--db", str(db)])
    assert res.exit_code == 2
    assert "not both" in res.stderr
    res = runner.invoke(app, ["search", "--db", str(db)])
    assert res.exit_code == 2
    assert "--entity" in res.stderr
