"""Free-text search: OR, NOT, malformed queries, folded diacritics; both backends."""

from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from quellenkritik.cli import main as cli_main
from quellenkritik.cli.app import app
from quellenkritik.errors import StoreError
from quellenkritik.store import MemoryStore, SQLiteStore, Store
from quellenkritik.store.query import (
    QuerySyntaxError,
    make_snippet,
    negative_stem_expression,
    negative_substring_expression,
    parse_query,
    stem_expression,
    substring_expression,
)

cli_main._load()
runner = CliRunner()


@pytest.fixture
def news(make_doc):
    """Invented articles."""
    return [
        make_doc("Putin sprach über die Ukraine und Russland.", title="Rede", location="putin.txt"),
        make_doc("Selenskyj besuchte die Front in der Ukraine.", title="Besuch", location="selenskyj.txt"),
        make_doc("Die Ukraine erhielt neue Hilfen aus Brüssel.", title="Hilfen", location="hilfe.txt"),
        make_doc("Jarosław Kaczyński kritisierte die Regierung in Warschau.", title="Kritik", location="pl.txt"),
        make_doc("Kaczyńskis Partei verlor Stimmen; Wałęsa schwieg.", title="Wahl", location="pl2.txt"),
        make_doc("Ein Bericht über Belarus und Russland.", title="Nachbarn", location="by.txt"),
    ]


@pytest.fixture(params=["memory", "sqlite"])
def any_store(request, tmp_path, news):
    s: Store = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "ops.sqlite")
    s.put_many(news)
    yield s
    s.close()


def locs(hits) -> set[str]:
    return {h.location for h in hits}


# ---- parsing -------------------------------------------------------------------


def test_parse_or_groups_and_not():
    q = parse_query('Putin OR Selenskyj Ukraine NOT "in Brüssel" OR Belarus')
    assert [(len(c.terms), c.negated) for c in q.clauses] == [(2, False), (1, False), (2, True)]
    assert [t.words for t in q.clauses[0].terms] == [("putin",), ("selenskyj",)]
    assert q.clauses[2].terms[0].words == ("in", "brussel")
    assert q.words == ["ukraine"]  # required on its own
    assert q.all_words() == ["putin", "selenskyj", "ukraine"]  # excluded words are never marked


def test_expressions_with_operators_are_valid_fts5():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE s USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram')")
    con.execute("INSERT INTO s VALUES ('ukrain putin')")
    q = parse_query('Putin OR "x"" OR y" Ukraine NOT NEAR(a OR b*')
    for table, expr in (
        ("s", stem_expression(q)),
        ("s", negative_stem_expression(q)),
        ("t", substring_expression(q)),
        ("t", negative_substring_expression(q)),
    ):
        assert expr is not None
        con.execute(f"SELECT * FROM {table} WHERE {table} MATCH ?", (expr,)).fetchall()
    # a quote inside a chunk stays inside its FTS string (doubled), never closes it
    assert stem_expression(parse_query('abc"def')) == '("abc def")'
    assert substring_expression(parse_query('abc"def')) == '"abc""def"'
    # operators in the expression come from the parser only: lower case "or" is a term
    assert stem_expression(parse_query("putin or")) == '("putin") AND ("or")'


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("NOT", "NOT must be followed"),
        ("Ukraine NOT", "NOT must be followed"),
        ("NOT Russland", "nothing to look for"),
        ("NOT Russland NOT Belarus", "nothing to look for"),
        ("OR", "OR needs"),
        ("Putin OR", "OR needs"),
        ("OR Putin", "OR needs"),
        ("Putin OR OR Selenskyj", "OR needs"),
        ("Putin OR NOT Selenskyj", "NOT cannot follow OR"),
        ("AND Putin", "AND needs"),
        ("Putin AND", "AND needs"),
        ("Ukraine NOT NOT Russland", "NOT must be followed"),
        ("Putin OR *", "OR needs"),
    ],
)
def test_malformed_queries_raise_a_clear_store_error(query, why):
    with pytest.raises(QuerySyntaxError, match=why) as info:
        parse_query(query)
    assert isinstance(info.value, StoreError)
    assert repr(query.strip()) in str(info.value)


def test_malformed_query_raises_from_both_stores(any_store):
    with pytest.raises(StoreError, match="malformed query 'Ukraine NOT'"):
        any_store.search("Ukraine NOT")


# ---- OR and NOT ----------------------------------------------------------------


def test_or(any_store):
    assert locs(any_store.search("Putin OR Selenskyj")) == {"putin.txt", "selenskyj.txt"}


def test_or_binds_tighter_than_and(any_store):
    # (Putin OR Brüssel) AND Ukraine
    assert locs(any_store.search("Putin OR Brüssel Ukraine")) == {"putin.txt", "hilfe.txt"}
    assert locs(any_store.search("Putin OR Belarus Russland")) == {"putin.txt", "by.txt"}
    assert any_store.search("Putin OR Belarus Front") == []


def test_not(any_store):
    assert locs(any_store.search("Ukraine NOT Russland")) == {"selenskyj.txt", "hilfe.txt"}
    assert locs(any_store.search("Ukraine AND NOT Russland")) == {"selenskyj.txt", "hilfe.txt"}
    assert locs(any_store.search("Russland NOT Putin")) == {"by.txt"}


def test_not_or_group_excludes_every_alternative(any_store):
    assert locs(any_store.search("Ukraine NOT Russland OR Brüssel")) == {"selenskyj.txt"}


def test_not_phrase(any_store):
    assert locs(any_store.search('Ukraine NOT "neue Hilfen"')) == {"putin.txt", "selenskyj.txt"}
    # the words apart do not make the phrase
    assert locs(any_store.search('Ukraine NOT "Hilfen neue"')) == {"putin.txt", "selenskyj.txt", "hilfe.txt"}


def test_quoted_phrases_still_work_with_or(any_store):
    assert locs(any_store.search('"die Front" OR "aus Brüssel"')) == {"selenskyj.txt", "hilfe.txt"}
    assert any_store.search('"Front die"') == []


def test_sqlite_not_excludes_word_forms_and_substrings(tmp_path, make_doc):
    docs = [
        make_doc("Die Lieferungen kamen an.", location="a"),
        make_doc("Die Drohnentechnologien kamen an.", location="b"),
        make_doc("Alles blieb, wie es war.", location="c"),
    ]
    with SQLiteStore(tmp_path / "n.sqlite") as s:
        s.put_many(docs)
        assert locs(s.search("kamen NOT Lieferung")) == {"b"}  # a stem match excludes
        assert locs(s.search("kamen NOT Drohne")) == {"a"}  # a substring match excludes too
        assert {h.via for h in s.search("kamen NOT Drohne")} == {"stem"}


def test_sqlite_clauses_may_match_in_different_indexes(tmp_path, make_doc):
    # "Beschuss" matches only as a word form (Beschüsse), "Drohne" only as a compound part
    doc = make_doc("Nach den Beschüssen zeigten Drohnentechnologien Wirkung.", location="mixed")
    other = make_doc("Beschüsse ohne Folgen.", location="other")
    with SQLiteStore(tmp_path / "m.sqlite") as s:
        s.put_many([doc, other])
        hits = s.search("Beschuss Drohne")
        assert [h.location for h in hits] == ["mixed"]
        assert hits[0].via == "substring"
        assert locs(s.search("Beschuss OR Drohne")) == {"mixed", "other"}


def test_sqlite_stem_hits_come_first_and_paging_still_works(tmp_path, make_doc):
    docs = [
        make_doc("Eine Drohne flog.", location="word"),
        make_doc("Drohnentechnologien wachsen.", location="part"),
        make_doc("Der Haushalt wuchs.", location="other"),
    ]
    with SQLiteStore(tmp_path / "p.sqlite") as s:
        s.put_many(docs)
        hits = s.search("Drohne OR Haushalt")
        assert [h.via for h in hits] == ["stem", "stem", "substring"]
        assert hits[2].location == "part"
        all_ids = [h.id for h in hits]
        assert [h.id for h in s.search("Drohne OR Haushalt", limit=1, offset=2)] == all_ids[2:]
        assert [h.id for h in s.search("Drohne OR Haushalt", limit=2, offset=1)] == all_ids[1:]


# ---- diacritics ----------------------------------------------------------------


@pytest.mark.parametrize("query", ["Kaczynski", "KACZYNSKI", "Kaczyński", "kaczyński"])
def test_diacritics_fold_both_ways(any_store, query):
    assert "pl.txt" in locs(any_store.search(query))


def test_folding_beyond_unicode_decomposition(any_store):
    # ł has no Unicode decomposition; the store folds it anyway
    assert locs(any_store.search("Walesa")) == {"pl2.txt"}
    assert locs(any_store.search("Jaroslaw")) == {"pl.txt"}


def test_sqlite_trigram_fallback_folds_too(tmp_path, news):
    with SQLiteStore(tmp_path / "t.sqlite") as s:
        s.put_many(news)
        hits = s.search("Kaczynski")
        # the exact word by stems, the genitive "Kaczyńskis" as a substring
        assert [(h.location, h.via) for h in hits] == [("pl.txt", "stem"), ("pl2.txt", "substring")]
        assert "[Kaczyńskis]" in hits[1].snippet  # shown as written, matched folded
        assert "[Kaczyński]" in hits[0].snippet


def test_snippet_marks_words_with_diacritics():
    snip = make_snippet("Gestern sprach Lech Wałęsa in Danzig.", parse_query("walesa"), "de")
    assert snip == "Gestern sprach Lech [Wałęsa] in Danzig."
    snip = make_snippet("Kaczyński sprach.", parse_query("Putin OR Kaczynski NOT sprach"), "de")
    assert snip == "[Kaczyński] sprach."


# ---- CLI -----------------------------------------------------------------------


@pytest.fixture
def db(tmp_path, news):
    path = tmp_path / "cli.sqlite"
    with SQLiteStore(path) as s:
        s.put_many(news)
    return path


def test_cli_or_not(db, news):
    res = runner.invoke(app, ["search", "Ukraine NOT Russland", "--json", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert {line.split('"location": "')[1].split('"')[0] for line in res.stdout.splitlines()} == {
        "selenskyj.txt",
        "hilfe.txt",
    }


def test_cli_malformed_query_exits_2_with_one_line(db):
    res = runner.invoke(app, ["search", "Ukraine NOT", "--db", str(db)])
    assert res.exit_code == 2
    assert res.stdout == ""
    assert "malformed query 'Ukraine NOT': NOT must be followed" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_cli_help_documents_operators_and_entity():
    res = runner.invoke(app, ["search", "--help"])
    assert res.exit_code == 0
    for word in ("OR", "NOT", "--entity", "Kaczyński"):
        assert word in res.stdout
