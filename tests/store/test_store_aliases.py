"""Corpus-level entity merges (``store.aliases``): a surname alone read as the one full name in the store.

Records are invented and built by hand (entities layers with the attrs the
entity components write); no NER runs here, except in the one CLI test.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quellenkritik.cli import main as cli_main
from quellenkritik.cli.app import app
from quellenkritik.errors import NotFoundError, StoreError
from quellenkritik.store import MemoryStore, SQLiteStore, Store
from quellenkritik.store.aliases import Merge, Person, apply_merges, surname_merges

from tests.store.test_store_entity_search import entity_doc

cli_main._load()
runner = CliRunner()

KARIN = "qk:local:per:karin-pemerl"
ALONE = "qk:local:per:pemerl"
GENITIVE = "qk:local:per:pemerls"
JOSEF = "qk:local:per:josef-pemerl"


def _docs() -> list:
    return [
        entity_doc("Karin Pemmerl besuchte Graz.", "Eins", [("Karin Pemmerl", KARIN, "Karin Pemmerl", False)]),
        entity_doc("Pemmerl sagte am Dienstag etwas.", "Zwei", [("Pemmerl", ALONE, "Pemmerl", False)]),
        entity_doc("Pemmerls Sprecher schwieg.", "Drei", [("Pemmerls", GENITIVE, "Pemmerls", False)]),
        entity_doc("Otto Berger kam nicht.", "Vier", [("Otto Berger", "qk:local:per:otto-berger", "Otto Berger", False)]),
    ]


@pytest.fixture(params=["memory", "sqlite"])
def store(request, tmp_path: Path) -> Store:
    s: Store = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "s.db")
    s.put_many(_docs())
    yield s
    s.close()


# ---- the rule, as a pure function --------------------------------------------------------------------------
def test_surname_alone_and_genitive_join_the_only_full_name() -> None:
    persons = [Person(KARIN, "Karin Pemmerl", 3), Person(ALONE, "Pemmerl", 1), Person(GENITIVE, "Pemmerls", 1)]
    got = {(p.from_id, p.to_id) for p in surname_merges(persons, [])}
    assert got == {(ALONE, KARIN), (GENITIVE, KARIN)}


def test_two_full_names_with_the_surname_merge_nothing() -> None:
    persons = [Person(KARIN, "Karin Pemmerl", 1), Person(JOSEF, "Josef Pemmerl", 1), Person(ALONE, "Pemmerl", 1)]
    assert surname_merges(persons, []) == []


def test_kb_ids_and_first_names_are_not_merged() -> None:
    persons = [Person(KARIN, "Karin Pemmerl", 1), Person("qk:per:pemmerl", "Pemmerl", 1),
               Person("qk:local:per:karin", "Karin", 1)]
    assert surname_merges(persons, []) == []  # only a local one-word id joins; "Karin" is no surname


def test_merge_undone_by_a_user_is_not_proposed_again() -> None:
    persons = [Person(KARIN, "Karin Pemmerl", 1), Person(ALONE, "Pemmerl", 1)]
    undone = Merge(ALONE, KARIN, "r", "auto", "t0", "t1", "user")
    assert surname_merges(persons, [undone]) == []
    auto_undone = Merge(ALONE, KARIN, "r", "auto", "t0", "t1", "auto")
    assert [(p.from_id, p.to_id) for p in surname_merges(persons, [auto_undone])] == [(ALONE, KARIN)]


def test_apply_merges_follows_both_ways() -> None:
    merges = [Merge(ALONE, KARIN, "r", "auto", "t"), Merge(GENITIVE, KARIN, "r", "auto", "t", "u", "user")]
    assert apply_merges([ALONE], merges) == [KARIN, ALONE]
    assert apply_merges([KARIN], merges) == [KARIN, ALONE]  # the undone genitive merge is not followed
    assert apply_merges(["qk:x"], merges) == ["qk:x"]


# ---- both stores ----------------------------------------------------------------------------------------------
def test_store_merges_surnames_and_search_finds_both(store: Store) -> None:
    before = {h.id for h in store.search_entity(ALONE)}
    changed = store.merge_surnames()
    assert {(m.from_id, m.to_id, m.by) for m in changed} == {(ALONE, KARIN, "auto"), (GENITIVE, KARIN, "auto")}
    assert "Karin Pemmerl" in changed[0].reason
    hits = store.search_entity("Karin Pemmerl")
    assert len(hits) == 3 and len(before) == 1
    assert {len(store.search_entity(i)) for i in (ALONE, GENITIVE, KARIN)} == {3}
    assert store.merge_surnames() == []  # nothing new: idempotent
    assert len(store.entity_merges()) == 2


def test_new_full_name_makes_the_merge_ambiguous_and_undoes_it(store: Store) -> None:
    store.merge_surnames()
    store.put(entity_doc("Josef Pemmerl widersprach.", "Fünf", [("Josef Pemmerl", JOSEF, "Josef Pemmerl", False)]))
    changed = store.merge_surnames()
    assert {(m.from_id, m.undone_by) for m in changed} == {(ALONE, "auto"), (GENITIVE, "auto")}
    assert store.entity_merges() == []
    assert len(store.entity_merges(include_undone=True)) == 2
    assert len(store.search_entity("Karin Pemmerl")) == 1


def test_user_undo_sticks_and_hand_merge_is_kept(store: Store) -> None:
    store.merge_surnames()
    undone = store.unmerge_entity(ALONE)
    assert undone.undone_by == "user" and not undone.active
    assert all(m.from_id != ALONE for m in store.merge_surnames())
    with pytest.raises(NotFoundError):
        store.unmerge_entity(ALONE)
    m = store.merge_entities(ALONE, KARIN, "same person, checked in the sources")
    assert m.by == "user" and m.reason.startswith("same person")
    store.put(entity_doc("Josef Pemmerl widersprach.", "Fünf", [("Josef Pemmerl", JOSEF, "Josef Pemmerl", False)]))
    store.merge_surnames()  # undoes the automatic genitive merge, never the user's
    assert [(x.from_id, x.by) for x in store.entity_merges()] == [(ALONE, "user")]


def test_hand_merge_checks_its_ids(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.merge_entities(ALONE, "qk:per:nobody")
    with pytest.raises(StoreError):
        store.merge_entities(ALONE, ALONE)
    store.merge_entities(ALONE, KARIN)
    with pytest.raises(StoreError, match="itself merged"):
        store.merge_entities(GENITIVE, ALONE)
    with pytest.raises(StoreError, match="undo those merges first"):
        store.merge_entities(KARIN, "qk:local:per:otto-berger")


def test_records_are_never_changed_by_merges(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.db") as s:
        s.put_many(_docs())
        before = [raw for raw, _, _ in s.iter_raw()]
        s.merge_surnames()
        assert [raw for raw, _, _ in s.iter_raw()] == before


def test_schema_4_store_migrates_to_merges(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with SQLiteStore(path) as s:
        s.put_many(_docs())
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE entity_merges")
    conn.execute("PRAGMA user_version=4")
    conn.commit()
    conn.close()
    with SQLiteStore(path) as s:
        assert s.pragma("user_version") == 5
        assert {m.from_id for m in s.merge_surnames()} == {ALONE, GENITIVE}


# ---- the CLI --------------------------------------------------------------------------------------------------
def test_cli_analyze_merges_and_entity_commands(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Die Ministerin Karin Pemmerl besuchte am Montag Graz. Pemmerl lobte die Stadt.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Pemmerl sagte am Dienstag in Linz, das Budget werde halten.\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    r = runner.invoke(app, ["analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", db, "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "entity merges: 1 made" in r.stderr
    r = runner.invoke(app, ["entity", "merges", "--db", db, "--json"])
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["from_id"], x["by"]) for x in rows] == [(ALONE, "auto")]
    r = runner.invoke(app, ["search", "--entity", "Pemmerl", "--db", db, "--json"])
    assert len(r.stdout.splitlines()) == 2
    r = runner.invoke(app, ["entity", "unmerge", ALONE, "--db", db])
    assert r.exit_code == 0 and "no longer read as" in r.stderr
    r = runner.invoke(app, ["entity", "unmerge", ALONE, "--db", db])
    assert r.exit_code == 1 and "is not merged" in r.stderr
    r = runner.invoke(app, ["entity", "merges", "--db", db, "--all"])
    assert "by user" in r.stdout and ALONE in r.stdout


def test_export_gives_each_entity_row_its_corpus_id(store: Store, tmp_path: Path) -> None:
    import csv

    from quellenkritik.export import export

    store.merge_surnames()
    export(store, tmp_path / "out", "csv")
    with (tmp_path / "out" / "entities.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    by_id = {r["entity_id"]: r["corpus_id"] for r in rows}
    assert by_id[ALONE] == KARIN and by_id[GENITIVE] == KARIN and by_id[KARIN] == KARIN
