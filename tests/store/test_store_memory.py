"""The store contract, run against MemoryStore and SQLiteStore alike."""

from __future__ import annotations

import pytest

from quellenkritik.errors import NotFoundError, StoreError
from quellenkritik.store import MemoryStore, SQLiteStore, Store


@pytest.fixture(params=["memory", "sqlite"])
def any_store(request, tmp_path):
    s: Store = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "c.sqlite")
    yield s
    s.close()


def test_contract_put_get_idempotent(any_store, make_doc):
    doc = make_doc("Der Rat tagte am Abend.", title="Rat")
    assert any_store.put(doc) is True
    assert any_store.put(doc) is False
    assert any_store.count() == 1
    assert any_store.get(doc.id[:8]).to_dict() == doc.to_dict()


def test_contract_stored_copy_is_independent(any_store, make_doc):
    doc = make_doc("Der Rat tagte am Abend.")
    any_store.put(doc)
    doc.metadata.title = "nachträglich geändert"
    assert any_store.get(doc.id).metadata.title is None


def test_contract_prefix_errors(any_store, make_doc):
    any_store.put_many(
        [make_doc("Eins.", doc_id="123456aaaa"), make_doc("Zwei.", doc_id="123456bbbb")]
    )
    with pytest.raises(StoreError, match="ambiguous"):
        any_store.get("123456")
    with pytest.raises(NotFoundError):
        any_store.get("999999")
    with pytest.raises(NotFoundError):
        any_store.get("1234")


def test_contract_search_list_delete(any_store, corpus):
    assert any_store.put_many(corpus) == len(corpus)
    hits = any_store.search("Haushalt")
    assert [h.id for h in hits] == [corpus[3].id]
    assert "[Haushalt]" in hits[0].snippet
    assert [s.id for s in any_store.list(limit=2)] == [corpus[3].id, corpus[2].id]
    any_store.delete(corpus[3].id)
    assert any_store.search("Haushalt") == []
    assert any_store.count() == len(corpus) - 1


def test_contract_context_manager_closes(make_doc, tmp_path):
    for s in (MemoryStore(), SQLiteStore(tmp_path / "d.sqlite")):
        with s:
            s.put(make_doc("Text."))
        with pytest.raises(StoreError):
            s.count()


def test_memory_search_is_substring_and(corpus):
    s = MemoryStore()
    s.put_many(corpus)
    assert [h.id for h in s.search("drohne")] == [corpus[1].id, corpus[3].id]
    assert [h.id for h in s.search("Drohne Haushalt")] == [corpus[3].id]
    assert s.search('"unclosed') == []
