"""SQLiteStore.search: word forms, compound parts, safety, ranking, paging, snippets."""

from __future__ import annotations

import pytest

from quellenkritik.store import SQLiteStore


def ids(hits):
    return [h.id for h in hits]


def test_stem_finds_other_inflection(store, corpus):
    hits = store.search("Lieferung")
    assert ids(hits) == [corpus[0].id]
    assert hits[0].via == "stem"


def test_english_stemming(store, corpus):
    assert ids(store.search("delivery")) == [corpus[2].id]
    assert ids(store.search("delayed parts")) == [corpus[2].id]


def test_compound_part_via_trigram(store, corpus):
    hits = store.search("Drohne")
    # the exact word (stem index) ranks before the compound part (trigram index)
    assert ids(hits) == [corpus[3].id, corpus[1].id]
    assert [h.via for h in hits] == ["stem", "substring"]
    assert "[Drohnentechnologien]" in hits[1].snippet


def test_hyphenated_compound_part(store, corpus):
    assert ids(store.search("raketen")) == [corpus[0].id]
    assert ids(store.search("HIMARS")) == [corpus[0].id]


@pytest.mark.parametrize("query", ["flugabwehr", "FLUGABWEHR", "Flugabwehr", "Beschüsse", "BESCHÜSSE", "Beschuss"])
def test_case_and_umlauts(store, corpus, query):
    assert ids(store.search(query)) == [corpus[0].id]


def test_decomposed_umlaut_in_query(store, corpus):
    decomposed = "Beschu\u0308sse"  # u + combining diaeresis
    assert ids(store.search(decomposed)) == [corpus[0].id]


def test_words_are_and_ed(store, corpus):
    assert ids(store.search("Ministerium Flugabwehr")) == [corpus[0].id]
    assert store.search("Flugabwehr Haushalt") == []


def test_quoted_phrase(store, corpus):
    assert ids(store.search('"nächtliche Beschüsse"')) == [corpus[0].id]
    # both words occur, but not next to each other
    assert store.search('"Beschüsse nächtliche"') == []


def test_title_matches(store, corpus):
    hits = store.search("Feld")
    assert ids(hits) == [corpus[1].id]
    assert hits[0].title == "Forschung auf dem Feld"


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed', '"AND" "OR"', "*", "NEAR(", "NEAR(a b", "title:Haushalt", "-Haushalt",
        "^Haus", "a or", '""', "", "   ", "{}", "'", "Haus*", "(Haushalt", "Haus OR(", "OR)",
    ],
)
def test_fts_syntax_in_query_does_not_raise(store, query):
    hits = store.search(query)
    assert isinstance(hits, list)


def test_quoted_or_lower_case_operators_are_searched_as_words(db_file, make_doc):
    doc = make_doc("Rock AND Roll OR nicht", language="en")
    with SQLiteStore(db_file) as s:
        s.put_many([doc, make_doc("Rock und Roll", language="en")])
        assert ids(s.search('"AND" "OR"')) == [doc.id]
        assert ids(s.search("and or")) == [doc.id]
        assert ids(s.search("title:Rock")) == []  # no column filter: 'title' is a word


def test_unclosed_quote_searches_the_words(store, corpus):
    assert ids(store.search('"Haushalt')) == [corpus[3].id]


def test_short_word_must_also_match(store, corpus):
    # 'im' is too short for the trigram index; the stem index must still require it
    assert store.search("zu Drohne") == []
    assert ids(store.search("im Haushalt")) == [corpus[3].id]
    # 'dem' is in the title of the compound article only, not in the exact-word one
    hits = store.search("dem Drohne")
    assert ids(hits) == [corpus[1].id]
    assert hits[0].via == "substring"


def test_no_match_and_empty_query(store):
    assert store.search("Zebrastreifen") == []
    assert store.search("") == []
    assert store.search("Drohne", limit=0) == []


def test_paging_runs_across_both_indexes(store, corpus):
    all_hits = ids(store.search("Drohne"))
    assert ids(store.search("Drohne", limit=1)) == all_hits[:1]
    assert ids(store.search("Drohne", limit=1, offset=1)) == all_hits[1:2]
    assert store.search("Drohne", limit=5, offset=2) == []


def test_hit_fields(store, corpus):
    (hit,) = store.search("Ministerium bestätigte")
    assert hit.id == corpus[0].id
    assert hit.location == "a.txt"
    assert hit.published == "2024-03-01"
    assert hit.language == "de"
    assert isinstance(hit.score, float)
    assert "[bestätigte]" in hit.snippet


def test_brackets_in_text_do_not_look_like_marks(db_file, make_doc):
    with SQLiteStore(db_file) as s:
        s.put(make_doc("Der Bericht [Entwurf] nennt die Raffinerie."))
        (hit,) = s.search("Raffinerie")
    assert hit.snippet.count("[") == 1
    assert "(Entwurf)" in hit.snippet
    assert "[Raffinerie]" in hit.snippet


def test_language_without_stemmer_is_lowercased(db_file, make_doc):
    doc = make_doc("Les livraisons de pièces sont retardées.", language="fr")
    with SQLiteStore(db_file) as s:
        s.put(doc)
        assert ids(s.search("LIVRAISONS")) == [doc.id]
        # no French stemmer: the singular is found only as a substring
        hits = s.search("livraison")
        assert ids(hits) == [doc.id] and hits[0].via == "substring"
