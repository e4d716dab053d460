"""RSS 2.0 and Atom feeds: one document per item, with hints from the item and feed."""

from __future__ import annotations

import pytest

from quellenkritik.document import Document, Metadata
from quellenkritik.errors import EmptyDocumentError, UnsupportedInputError
from quellenkritik.ingest import FakeTransport, Response, from_url, iter_feed, iter_inputs, looks_like_feed

RSS = """<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Testblatt Lokales</title>
  <link>https://testblatt.example/</link>
  <description>Erfundene Meldungen</description>
  <item>
    <title>Brücke gesperrt</title>
    <link>https://testblatt.example/bruecke</link>
    <description>Kurz: die Brücke ist zu.</description>
    <content:encoded><![CDATA[<p>Die Stadt sagte: „Die Brücke bleibt zu.“ Kosten: 2 Mio. €.</p>]]></content:encoded>
    <dc:creator>Anna Beispiel</dc:creator>
    <pubDate>Tue, 27 Jan 2026 00:30:00 +0100</pubDate>
    <guid>tb-1</guid>
  </item>
  <item>
    <title>Nur eine Zusammenfassung</title>
    <link>https://testblatt.example/kurz</link>
    <description>&lt;p&gt;Der Markt öffnet später.&lt;/p&gt;</description>
    <author>redaktion@testblatt.example (Max Muster)</author>
  </item>
  <item>
    <title>Leer</title>
    <link>https://testblatt.example/leer</link>
  </item>
</channel>
</rss>
""".encode("cp1252")

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Beispiel-Rundschau</title>
  <id>urn:beispiel:feed</id>
  <updated>2026-01-28T09:00:00+01:00</updated>
  <entry>
    <title>Rat beschließt Haushalt</title>
    <link href="https://rundschau.example/haushalt"/>
    <id>urn:beispiel:1</id>
    <updated>2026-01-28T09:00:00+01:00</updated>
    <author><name>Erika Probe</name></author>
    <author><name>Jonas Test</name></author>
    <summary>Der Rat hat entschieden.</summary>
    <content type="html">&lt;p&gt;Der Rat beschloss den Haushalt mit 31 zu 12 Stimmen.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Kurzmeldung</title>
    <id>urn:beispiel:2</id>
    <updated>2026-01-29T10:00:00Z</updated>
    <content type="text">Nur Text, ohne Auszeichnung.</content>
  </entry>
</feed>
""".encode("utf-8")


def test_rss_items_become_documents(tmp_path, settings):
    path = tmp_path / "lokales.rss"
    path.write_bytes(RSS)
    items = list(iter_inputs([str(path)], settings=settings))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "EmptyDocumentError"]
    full, summary_only, empty = items
    assert full.source.kind == "feed" and full.source.location == f"{path}#1"
    assert full.runtime["raw_format"] == "html"
    assert "„Die Brücke bleibt zu.“" in full.runtime["raw"] and "€" in full.runtime["raw"]
    assert full.runtime["hints"] == {
        "title": "Brücke gesperrt",
        "url": "https://testblatt.example/bruecke",
        "published": "2026-01-27",  # the date as written, not UTC (2026-01-26)
        "authors": ["Anna Beispiel"],
        "outlet": "Testblatt Lokales",
        "description": "Kurz: die Brücke ist zu.",
    }
    Metadata(**full.runtime["hints"])
    assert summary_only.runtime["raw"] == "<p>Der Markt öffnet später.</p>"
    assert summary_only.runtime["hints"]["authors"] == ["Max Muster"]
    assert "published" not in summary_only.runtime["hints"]
    assert empty.location == f"{path}#3"


def test_atom_entries(settings):
    docs = list(iter_feed(ATOM, location="rundschau.atom"))
    assert all(isinstance(d, Document) for d in docs)
    first, second = docs
    assert first.runtime["raw"] == "<p>Der Rat beschloss den Haushalt mit 31 zu 12 Stimmen.</p>"
    assert first.runtime["raw_format"] == "html"
    assert first.runtime["hints"]["authors"] == ["Erika Probe", "Jonas Test"]
    assert first.runtime["hints"]["published"] == "2026-01-28"
    assert first.runtime["hints"]["outlet"] == "Beispiel-Rundschau"
    assert first.runtime["hints"]["url"] == "https://rundschau.example/haushalt"
    assert first.runtime["input_extra"] == {"id": "urn:beispiel:1"}
    assert second.source.location == "rundschau.atom#2"
    assert second.runtime["raw_format"] == "text"
    assert "url" not in second.runtime["hints"]  # urn: ids are not links


def test_feed_is_sniffed_without_a_feed_extension(tmp_path, settings):
    path = tmp_path / "export.xml"
    path.write_bytes(ATOM)
    assert looks_like_feed(ATOM) and looks_like_feed(RSS)
    assert len(list(iter_inputs([str(path)], settings=settings))) == 2


def test_feed_without_items(settings):
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Leer</title></channel></rss>'
    [item] = list(iter_feed(empty, location="leer.rss"))
    assert isinstance(item, EmptyDocumentError) and item.location == "leer.rss"


def test_rss_file_that_is_no_feed(tmp_path, settings):
    path = tmp_path / "falsch.rss"
    path.write_text("Das ist nur Text.", encoding="utf-8")
    [item] = list(iter_inputs([str(path)], settings=settings))
    assert isinstance(item, UnsupportedInputError) and "not an RSS or Atom feed" in str(item)


def test_feed_url_yields_one_document_per_item(settings):
    fake = FakeTransport({"https://testblatt.example/feed": Response(200, {"content-type": "application/rss+xml"}, RSS)})
    items = list(iter_inputs(["https://testblatt.example/feed"], settings=settings, transport=fake))
    assert [i.location if not isinstance(i, Document) else i.source.location for i in items] == [
        "https://testblatt.example/feed#1", "https://testblatt.example/feed#2", "https://testblatt.example/feed#3",
    ]
    with pytest.raises(UnsupportedInputError, match="several articles"):
        from_url("https://testblatt.example/feed", settings=settings, transport=fake)
