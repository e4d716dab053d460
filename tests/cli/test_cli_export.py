"""qk export: stored records as CSV, JSON Lines and Parquet tables, read back. Articles invented."""

from __future__ import annotations

import csv
import json
import sys

import pytest
from typer.testing import CliRunner

import quellenkritik
from quellenkritik.cli import main as cli_main
from quellenkritik.cli.app import app
from quellenkritik.export import SPAN_TABLES, columns
from quellenkritik.store import SQLiteStore

cli_main._load()
runner = CliRunner()

# Invented articles, written for these tests.
ARTICLES = [
    "Streit um neue Brücke in Linz\n\n"
    "Die Stadt Linz will bis 2027 eine neue Brücke über die Donau bauen. Bürgermeister Karl Huber sagte am Montag, "
    "sie werde rund 40 Millionen Euro kosten. „Das ist eine Zumutung für die Steuerzahler“, sagte Oppositionschefin "
    "Anna Berg. Die Kosten sind seit 2020 um mehr als 30 Prozent gestiegen. Kritiker sprechen von reiner Panikmache.",
    "Hochwasser am Inn\n\n"
    "Nach tagelangem Regen stieg der Inn bei Innsbruck am Sonntag um zwei Meter. Laut einem Sprecher der Feuerwehr "
    "mussten 150 Menschen ihre Häuser verlassen. Die Landesregierung stellte fünf Millionen Euro Soforthilfe bereit.",
    "Neues Museum in Graz\n\n"
    "Das Museum in Graz zeigt ab dem 1. Mai 2025 rund 120 Bilder aus dem 19. Jahrhundert. Die Direktorin Maria Gruber "
    "erklärte, die Sammlung sei „ein Schatz für die ganze Steiermark“. Wer will das verpassen?",
]


@pytest.fixture(scope="module")
def docs():
    return [quellenkritik.analyze(text=t) for t in ARTICLES]


@pytest.fixture
def db(tmp_path, docs):
    path = tmp_path / "store.sqlite"
    with SQLiteStore(path) as store:
        store.put_many(docs)
    return path


def _run(*args):
    return runner.invoke(app, ["export", *[str(a) for a in args]])


def _span_count(docs, layer):
    return sum(len(d.layers.get(layer, [])) for d in docs)


def _read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_csv_tables_match_the_records(db, docs, tmp_path):
    out = tmp_path / "out"
    res = _run("--db", db, "--to", out)
    assert res.exit_code == 0, res.output
    spans = sum(_span_count(docs, t) for t in SPAN_TABLES)
    assert f"exported 3 records, {spans:,} spans to {out}" in res.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.csv" for t in ["records", *SPAN_TABLES])
    assert (out / "records.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
    records = _read_csv(out / "records.csv")
    assert list(records[0]) == [name for name, _ in columns("records")]
    assert [r["id"] for r in records] == [d.id for d in docs]  # the order they were stored
    by_id = {r["id"]: r for r in records}
    first = by_id[docs[0].id]
    assert first["title"] == "Streit um neue Brücke in Linz"
    assert first["language"] == "de" and first["added_at"]
    assert int(first["n_quotes"]) == len(docs[0].layers["quotes"])
    assert float(first["share_unattributed"]) == docs[0].document["sourcing"]["share_unattributed"]
    assert first["genre"] == docs[0].document["genre"]["label"]
    assert int(first["words"]) == len(docs[0].text.split())
    for table in SPAN_TABLES:
        rows = _read_csv(out / f"{table}.csv")
        assert len(rows) == _span_count(docs, table), table
        with open(out / f"{table}.csv", encoding="utf-8-sig", newline="") as f:
            assert next(csv.reader(f)) == [name for name, _ in columns(table)]
    entities = _read_csv(out / "entities.csv")
    doc = docs[0]
    linz = [e for e in entities if e["record_id"] == doc.id and e["text"] == "Linz"]
    span = next(s for s in doc.layers["entities"] if doc.span_text(s) == "Linz")
    assert linz and linz[0]["entity_id"] == span.attrs["id"] and linz[0]["kb"] in ("true", "false")
    quotes = [q for q in _read_csv(out / "quotes.csv") if q["record_id"] == doc.id]
    q0 = doc.layers["quotes"][0]
    assert (int(quotes[0]["start"]), int(quotes[0]["end"])) == (q0.start, q0.end)
    assert quotes[0]["text"] == doc.span_text(q0) and quotes[0]["speaker"] == (q0.attrs.get("speaker") or "")
    a0 = doc.layers["attributions"][0]
    attribution = next(a for a in _read_csv(out / "attributions.csv") if a["record_id"] == doc.id)
    assert attribution["cue"] == doc.text[a0.attrs["cue"][0] : a0.attrs["cue"][1]]
    assert attribution["source_type"] == a0.attrs["source_type"] and attribution["of"] == a0.attrs["of"]
    claims = [c for c in _read_csv(out / "claims.csv") if c["record_id"] == doc.id]
    c0 = doc.layers["claims"][0]
    assert claims[0]["reasons"] == "; ".join(c0.attrs["reasons"])
    assert claims[0]["attributed"] == ("true" if c0.attrs["attributed"] else "false")


def test_jsonl_has_the_full_records(db, docs, tmp_path):
    out = tmp_path / "out"
    res = _run("--db", db, "--to", out, "--format", "jsonl")
    assert res.exit_code == 0, res.output
    full = _read_jsonl(out / "records.jsonl")
    with SQLiteStore(db) as store:  # the records as stored (the store adds where a text was seen)
        stored = [store.get(d.id) for d in docs]
    assert [quellenkritik.Document.from_dict(r) for r in full] == stored  # in stored order
    summary = _read_jsonl(out / "summary.jsonl")
    assert [r["id"] for r in summary] == [d.id for d in docs]
    assert summary[1]["title"] == "Hochwasser am Inn" and summary[1]["n_entities"] == len(docs[1].layers["entities"])
    quantities = _read_jsonl(out / "quantities.jsonl")
    assert len(quantities) == _span_count(docs, "quantities")
    q = docs[0].layers["quantities"][0]
    row = next(r for r in quantities if r["record_id"] == docs[0].id and r["start"] == q.start)
    assert row["value"] == q.attrs["value"] and row["unit"] == q.attrs["unit"] and row["bound"] == q.attrs["bound"]
    techniques = _read_jsonl(out / "techniques.jsonl")
    assert len(techniques) == _span_count(docs, "techniques")
    assert {t["technique"] for t in techniques} == {s.attrs["technique"] for d in docs for s in d.layers["techniques"]}


def test_parquet_reads_back_with_pyarrow(db, docs, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out"
    res = _run("--db", db, "--to", out, "--format", "parquet")
    assert res.exit_code == 0, res.output
    records = pq.read_table(out / "records.parquet")
    assert records.column_names == [name for name, _ in columns("records")]
    assert records.num_rows == 3 and str(records.schema.field("words").type) == "int64"
    assert records.column("id").to_pylist() == [d.id for d in docs]
    for table in SPAN_TABLES:
        t = pq.read_table(out / f"{table}.parquet")
        assert t.num_rows == _span_count(docs, table), table
        assert t.column_names == [name for name, _ in columns(table)]
    dates = pq.read_table(out / "dates.parquet").to_pylist()
    d0 = docs[2].layers["dates"][0]
    row = next(r for r in dates if r["record_id"] == docs[2].id and r["start"] == d0.start)
    assert row["value"] == d0.attrs.get("value") and row["granularity"] == d0.attrs.get("granularity")


def test_parquet_without_pyarrow_names_the_extra(db, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    out = tmp_path / "out"
    res = _run("--db", db, "--to", out, "--format", "parquet")
    assert res.exit_code == 2
    assert "pip install 'quellenkritik[export]'" in res.output
    assert not out.exists()


def test_ids_and_query_select_records(db, docs, tmp_path):
    res = _run("--db", db, "--to", tmp_path / "a", "--ids", docs[1].id[:8], "--ids", docs[0].id)
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in _read_csv(tmp_path / "a" / "records.csv")] == [docs[1].id, docs[0].id]
    assert {r["record_id"] for r in _read_csv(tmp_path / "a" / "entities.csv")} <= {docs[0].id, docs[1].id}
    res = _run("--db", db, "--to", tmp_path / "b", "--query", "Hochwasser")
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in _read_csv(tmp_path / "b" / "records.csv")] == [docs[1].id]
    res = _run("--db", db, "--to", tmp_path / "c", "--technique", "Loaded_Language")
    assert res.exit_code == 0, res.output
    with_technique = {d.id for d in docs if any(s.label == "Loaded_Language" for s in d.layers["techniques"])}
    assert {r["id"] for r in _read_csv(tmp_path / "c" / "records.csv")} == with_technique


def test_errors_exit_2_and_write_nothing(db, docs, tmp_path):
    empty = tmp_path / "empty.sqlite"
    SQLiteStore(empty).close()
    res = _run("--db", empty, "--to", tmp_path / "o1")
    assert res.exit_code == 2 and "holds no records" in res.output and not (tmp_path / "o1").exists()

    res = _run("--db", tmp_path / "absent.sqlite", "--to", tmp_path / "o2")
    assert res.exit_code == 2 and "no store at" in res.output

    res = _run("--db", db, "--to", tmp_path / "o3", "--ids", "0123456789abcdef0123")
    assert res.exit_code == 2 and "no record with id" in res.output and not (tmp_path / "o3").exists()

    res = _run("--db", db, "--to", tmp_path / "o4", "--query", "Quantenkryptographie")
    assert res.exit_code == 2 and "no record matches" in res.output

    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    res = _run("--db", db, "--to", busy)
    assert res.exit_code == 2 and "--force" in res.output
    assert [p.name for p in busy.iterdir()] == ["notes.txt"]
    res = _run("--db", db, "--to", busy, "--force")
    assert res.exit_code == 0, res.output
    assert (busy / "notes.txt").read_text(encoding="utf-8") == "mine" and (busy / "records.csv").exists()
    assert not list(busy.glob("*.part"))


def test_any_store_exports_the_same_tables(db, docs, tmp_path):
    """A store other than SQLite (here the in-memory fake) goes through list and get: same rows."""
    from quellenkritik.export import export
    from quellenkritik.store import MemoryStore

    with SQLiteStore(db) as store:
        stored = [store.get(d.id) for d in docs]
    memory = MemoryStore()
    memory.put_many(stored)
    result = export(memory, tmp_path / "m", "jsonl")
    assert result.records == 3 and result.rows["claims"] == _span_count(docs, "claims")
    with SQLiteStore(db) as store:
        export(store, tmp_path / "s", "jsonl")
    for table in SPAN_TABLES:
        assert (tmp_path / "m" / f"{table}.jsonl").read_text() == (tmp_path / "s" / f"{table}.jsonl").read_text()
    drop = {"added_at", "updated_at"}
    strip = lambda rows: [{k: v for k, v in r.items() if k not in drop} for r in rows]  # noqa: E731
    assert strip(_read_jsonl(tmp_path / "m" / "summary.jsonl")) == strip(_read_jsonl(tmp_path / "s" / "summary.jsonl"))
