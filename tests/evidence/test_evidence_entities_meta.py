"""Entities named in the metadata (byline author, outlet, forwarded-from) are resolved."""

from __future__ import annotations

from quellenkritik.document import Document, Metadata, Source
from quellenkritik.evidence.entities.components import metadata_entities


def test_author_outlet_and_forwarder_are_resolved():
    # invented metadata
    doc = Document(source=Source(kind="text", location="<test>"), text="Kurzer Text.",
                   metadata=Metadata(authors=["Erika Mustermann"], outlet="Associated Press", forwarded_from="Reuters"))
    ents = {e["field"]: e for e in metadata_entities(doc)}
    assert ents["authors"]["label"] == "PER" and ents["authors"]["kb"] is False
    assert ents["authors"]["id"].startswith("qk:local:per:")
    assert ents["outlet"]["kb"] is True and ents["outlet"]["canonical"] == "Associated Press"
    assert ents["forwarded_from"]["label"] == "ORG"


def test_same_author_spelled_alike_gets_one_local_id():
    a = Document(source=Source(kind="text", location="a"), text="x", metadata=Metadata(authors=["Jan Nowak"]))
    b = Document(source=Source(kind="text", location="b"), text="y", metadata=Metadata(authors=["Jan  Nowak"]))
    assert metadata_entities(a)[0]["id"] == metadata_entities(b)[0]["id"]


def test_no_metadata_no_entities():
    doc = Document(source=Source(kind="text", location="c"), text="z")
    assert metadata_entities(doc) == []
