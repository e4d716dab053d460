"""Fixtures for the store tests: small invented articles built as Documents."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from quellenkritik.document import Document, Metadata, Source
from quellenkritik.store import SQLiteStore

MakeDoc = Callable[..., Document]


def _make_doc(
    text: str,
    title: str | None = None,
    language: str | None = "de",
    location: str = "test.txt",
    published: str | None = None,
    outlet: str | None = None,
    doc_id: str | None = None,
) -> Document:
    doc = Document(
        source=Source(kind="text", location=location),
        language=language,
        metadata=Metadata(title=title, published=published, outlet=outlet),
        text=text,
    )
    if doc_id is None:
        doc.assign_id()
    else:
        doc.id = doc_id
    return doc


@pytest.fixture
def make_doc() -> MakeDoc:
    return _make_doc


@pytest.fixture
def corpus() -> list[Document]:
    """Four invented articles, German and English, with the words the search tests need."""
    return [
        _make_doc(
            "Das Ministerium bestätigte neue Lieferungen von HIMARS-Raketen an die Armee. "
            "Die Flugabwehr meldete nächtliche Beschüsse im Norden.",
            title="Ministerium bestätigt Lieferungen",
            location="a.txt",
            published="2024-03-01",
            outlet="Beispielblatt",
        ),
        _make_doc(
            "Forscher arbeiten an Drohnentechnologien für die Landwirtschaft. "
            "Eine Sprecherin nannte keine Zahlen.",
            title="Forschung auf dem Feld",
            location="b.txt",
        ),
        _make_doc(
            "The ministry said the deliveries of spare parts were delayed by two weeks.",
            title="Spare parts delayed",
            language="en",
            location="c.txt",
        ),
        _make_doc(
            "Der Stadtrat beriet über den Haushalt. Eine Drohne filmte die Sitzung nicht.",
            title="Haushalt im Stadtrat",
            location="d.txt",
        ),
    ]


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "sub" / "qk.sqlite"


@pytest.fixture
def store(db_file: Path, corpus: list[Document]):
    s = SQLiteStore(db_file)
    s.put_many(corpus)
    yield s
    s.close()
