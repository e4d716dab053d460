"""qk search / show / list against a temporary store filled through the API."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenkritik.cli import main as cli_main
from quellenkritik.cli.app import app
from quellenkritik.store import SQLiteStore

cli_main._load()
runner = CliRunner()


@pytest.fixture
def db(tmp_path, corpus):
    path = tmp_path / "cli.sqlite"
    with SQLiteStore(path) as s:
        s.put_many(corpus)
    return path


def run(*args: str):
    return runner.invoke(app, list(args))


def test_search_table_shows_short_ids(db, corpus):
    res = run("search", "Lieferung", "--db", str(db))
    assert res.exit_code == 0, res.output
    assert corpus[0].id[:12] in res.stdout
    assert corpus[0].id[:13] not in res.stdout
    assert corpus[3].id[:12] not in res.stdout


def test_search_json_lines(db, corpus):
    res = run("search", "Drohne", "--json", "--db", str(db))
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == [corpus[3].id, corpus[1].id]
    assert {"id", "title", "location", "snippet", "score", "language", "published"} <= set(rows[0])


def test_search_limit(db):
    res = run("search", "Drohne", "--json", "--limit", "1", "--db", str(db))
    assert len(res.stdout.splitlines()) == 1


def test_search_without_hits_says_so_on_stderr(db, corpus):
    res = run("search", "Zebrastreifen", "--db", str(db))
    assert res.exit_code == 0
    assert res.stdout == ""
    assert "no match for 'Zebrastreifen'" in res.stderr
    assert f"({len(corpus)} records)" in res.stderr


def test_search_with_fts_syntax_does_not_crash(db):
    res = run("search", 'NEAR( "unclosed', "--db", str(db))
    assert res.exit_code == 0
    assert res.exception is None


def test_show_json_by_prefix(db, corpus):
    res = run("show", corpus[1].id[:8], "--format", "json", "--db", str(db))
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["id"] == corpus[1].id
    assert data["text"] == corpus[1].text


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_show_other_formats(db, corpus, fmt):
    res = run("show", corpus[0].id, "--format", fmt, "--db", str(db))
    assert res.exit_code == 0, res.output
    assert res.stdout.strip()


def test_show_unknown_id_exits_1_with_one_line(db):
    res = run("show", "ffffffffffff", "--db", str(db))
    assert res.exit_code == 1
    assert res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1
    assert "ffffffffffff" in res.stderr


def test_show_ambiguous_prefix_exits_1(tmp_path, make_doc):
    path = tmp_path / "amb.sqlite"
    with SQLiteStore(path) as s:
        s.put_many([make_doc("A.", doc_id="aaaaaa1111"), make_doc("B.", doc_id="aaaaaa2222")])
    res = run("show", "aaaaaa", "--db", str(path))
    assert res.exit_code == 1
    assert "aaaaaa1111" in res.stderr and "aaaaaa2222" in res.stderr


def test_list_table_and_json(db, corpus):
    res = run("list", "--db", str(db))
    assert res.exit_code == 0, res.output
    for doc in corpus:
        assert doc.id[:12] in res.stdout
    res = run("list", "--json", "--limit", "2", "--offset", "1", "--db", str(db))
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == [corpus[2].id, corpus[1].id]


def test_list_past_the_end(db):
    res = run("list", "--offset", "100", "--db", str(db))
    assert res.exit_code == 0
    assert res.stdout == ""
    assert "no records" in res.stderr


def test_missing_store_is_not_created(tmp_path):
    path = tmp_path / "absent.sqlite"
    res = run("search", "Haushalt", "--db", str(path))
    assert res.exit_code == 1
    assert "no store at" in res.stderr
    assert not path.exists()


def test_not_a_database_exits_2(tmp_path):
    path = tmp_path / "bad.sqlite"
    path.write_text("kein SQLite\n" * 100)
    res = run("list", "--db", str(path))
    assert res.exit_code == 2
    assert "not a SQLite database" in res.stderr


def test_snippet_marks_become_styles_not_markup():
    from quellenkritik.cli.store_cmds import snippet_text

    text = snippet_text("vor [Treffer] nach [bold]")
    assert text.plain == "vor Treffer nach bold"
    assert [(text.plain[s.start : s.end], str(s.style)) for s in text.spans] == [
        ("Treffer", "bold yellow"),
        ("bold", "bold yellow"),
    ]


def test_short_location_keeps_file_names_and_urls_whole():
    from quellenkritik.cli.store_cmds import short_location

    assert short_location("/data/in/a.txt") == "a.txt"
    assert short_location("/data/corpus.zip!2024/b.html") == "corpus.zip!2024/b.html"
    assert short_location("https://example.org/x/y") == "https://example.org/x/y"
    assert short_location("<text>") == "<text>"
