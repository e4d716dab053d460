"""Query parsing, FTS5 expressions and snippets, without a database."""

from __future__ import annotations

import sqlite3

import pytest

from quellenkritik.store.query import (
    fts_string,
    make_snippet,
    parse_query,
    stem_expression,
    substring_expression,
)
from quellenkritik.store.text import stem_text, term_variants, words


def test_parse_words_and_phrases():
    q = parse_query('Lieferung "HIMARS Raketen" Armee')
    assert q.words == ["lieferung", "armee"]
    assert q.phrases == [["himars", "raketen"]]
    assert q.phrase_texts == ["HIMARS Raketen"]


def test_one_word_phrase_is_a_word_and_duplicates_go():
    q = parse_query('"Haushalt" haushalt HAUSHALT')
    assert q.words == ["haushalt"] and q.phrases == []


def test_unclosed_quote_and_fts_syntax_are_words():
    # AND (upper case, alone) is the explicit form of the default; NEAR( is a word
    q = parse_query('"unclosed AND NEAR( *')
    assert q.words == ["unclosed", "near"]
    assert parse_query("* ( ) : ^ -").empty
    # lower case or quoted, the operators are words
    assert parse_query('and or not "OR" "NOT"').words == ["and", "or", "not"]


def test_fts_string_doubles_quotes():
    assert fts_string('a"b') == '"a""b"'


@pytest.mark.parametrize("text", ['x" OR "y', 'NEAR("a" "b")', 'col:wert', '"', 'a*', 'Ende"'])
def test_expressions_are_valid_fts5(text):
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE s USING fts5(body, tokenize='unicode61 remove_diacritics 0')")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram')")
    q = parse_query(text)
    for table, expr in (("s", stem_expression(q)), ("t", substring_expression(q))):
        if expr is not None:
            con.execute(f"SELECT * FROM {table} WHERE {table} MATCH ?", (expr,)).fetchall()


def test_stem_expression_offers_german_english_and_plain_forms():
    expr = stem_expression(parse_query("Lieferungen"))
    assert expr == '("liefer" OR "lieferungen")'
    assert term_variants("deliveries") == ["deliveri", "deliveries"]


def test_substring_expression_skips_short_words():
    assert substring_expression(parse_query("im EU")) is None
    assert substring_expression(parse_query("im Drohne")) == '"drohne"'


def test_stem_text_by_language():
    assert stem_text("Die Lieferungen", "de") == "die liefer"
    assert stem_text("The deliveries", "en-GB") == "the deliveri"
    assert stem_text("Les Livraisons", "fr") == "les livraisons"
    assert words("HIMARS-Raketen, snake_case 42") == ["himars", "raketen", "snake", "case", "42"]


def test_snippet_marks_stem_and_substring_matches():
    q = parse_query("Lieferung Drohne")
    text = "Vorweg. Die Lieferungen und die Drohnentechnologien wurden erwähnt."
    snip = make_snippet(text, q, "de")
    assert snip == "Vorweg. Die [Lieferungen] und die [Drohnentechnologien] wurden erwähnt."


def test_snippet_window_around_a_late_match():
    text = ("Füllwort " * 60) + "Hier kommt der Haushalt vor. " + ("Nachsatz " * 60)
    snip = make_snippet(text, parse_query("Haushalt"), "de")
    assert snip.startswith("… ") and snip.endswith(" …")
    assert "[Haushalt]" in snip
    assert len(snip) < 260


def test_snippet_without_match_is_the_start():
    snip = make_snippet("Anfang des Textes. Weiter.", parse_query("Titelwort"), "de")
    assert snip == "Anfang des Textes. Weiter."


@pytest.mark.parametrize(
    ("query", "text", "language", "marked"),
    [
        ("Krankenhaus", "Zwei Krankenhäuser schlossen.", "de", "[Krankenhäuser]"),
        ("Flüchtlinge", "Ein Flüchtling sprach.", "de", "[Flüchtling]"),
        ("Fluss", "Am Fluß stand er.", "de", "[Fluß]"),
        ("deliveries", "One delivery came.", "en", "[delivery]"),
    ],
)
def test_snippet_marks_inflected_forms(query, text, language, marked):
    assert marked in make_snippet(text, parse_query(query), language)
