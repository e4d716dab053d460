"""JSON Lines: one article per line; a bad line is an InputError and the file goes on."""

from __future__ import annotations

import gzip
import json

import pytest

from quellenkritik.document import Document, Metadata
from quellenkritik.errors import DecodeError, EmptyDocumentError, FetchError, InputError, UnsupportedInputError
from quellenkritik.ingest import FakeTransport, Response, from_path, iter_inputs


def _lines(*objs: object) -> str:
    return "\n".join(o if isinstance(o, str) else json.dumps(o, ensure_ascii=False) for o in objs) + "\n"


def test_jsonl_with_bad_lines_in_the_middle(tmp_path, settings):
    path = tmp_path / "korpus.jsonl"
    path.write_text(
        _lines(
            {"id": "a1", "text": "Erster Artikel über die „Brücke“.", "title": "Brücke", "authors": "Anna Beispiel",
             "published": "2026-01-27T08:00:00+01:00", "outlet": "Testblatt", "section": "Lokales"},
            '{"text": "kaputt",',  # line 2: bad JSON
            "",  # line 3: blank, skipped
            '["ein", "Array"]',  # line 4: not an object
            {"title": "ohne Inhalt"},  # line 5: none of text/html/url
            {"html": "<p>Zweiter Artikel</p>", "authors": ["Max Muster", "Erika Probe"], "published": "27.01.2026"},
            {"text": "   "},  # line 7: empty
        ),
        encoding="utf-8",
    )
    items = list(iter_inputs([str(path)], settings=settings))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "DecodeError", "UnsupportedInputError", "UnsupportedInputError", "Document", "EmptyDocumentError"]
    assert [i.location for i in items if isinstance(i, InputError)] == [f"{path}:2", f"{path}:4", f"{path}:5", f"{path}:7"]
    first, second = items[0], items[4]
    assert first.source.kind == "jsonl" and first.source.location == f"{path}:1"
    assert first.runtime["raw_format"] == "text"
    assert first.runtime["hints"] == {
        "title": "Brücke", "authors": ["Anna Beispiel"], "published": "2026-01-27", "outlet": "Testblatt", "section": "Lokales",
    }
    assert first.runtime["input_extra"] == {"id": "a1"}
    Metadata(**first.runtime["hints"])  # hint keys are Metadata fields
    assert second.source.location == f"{path}:6"
    assert second.runtime["raw_format"] == "html"
    assert second.runtime["hints"]["authors"] == ["Max Muster", "Erika Probe"]
    assert second.runtime["hints"]["published"] == "2026-01-27"


def test_jsonl_non_utf8_line_is_a_decode_error(tmp_path, settings):
    path = tmp_path / "gemischt.jsonl"
    path.write_bytes(
        json.dumps({"text": "gut"}).encode() + b"\n" + '{"text": "Gr\xfc\xdfe"}'.encode("latin-1") + b"\n"
        + json.dumps({"text": "auch gut"}).encode() + b"\n"
    )
    items = list(iter_inputs([str(path)], settings=settings))
    assert [type(i) for i in items] == [Document, DecodeError, Document]
    assert items[1].location == f"{path}:2"


def test_jsonl_url_line_is_fetched(tmp_path, settings):
    path = tmp_path / "links.jsonl"
    path.write_text(
        _lines({"url": "https://zeitung.example/artikel", "title": "Aus der Datei"}, {"url": "https://zeitung.example/fehlt"}),
        encoding="utf-8",
    )
    fake = FakeTransport({
        "https://zeitung.example/artikel": Response(200, {"Content-Type": "text/html; charset=utf-8"}, "<p>Geholt.</p>".encode()),
        "https://zeitung.example/fehlt": Response(404, {}, b"nicht da"),
    })
    doc, err = list(iter_inputs([str(path)], settings=settings, transport=fake))
    assert isinstance(doc, Document)
    assert doc.source.kind == "jsonl" and doc.source.location == f"{path}:1"
    assert doc.runtime["raw"] == "<p>Geholt.</p>"
    assert doc.runtime["hints"] == {"title": "Aus der Datei", "url": "https://zeitung.example/artikel"}
    assert isinstance(err, FetchError)
    assert err.location == f"{path}:2"
    assert "HTTP 404" in str(err) and "https://zeitung.example/fehlt" in str(err)


def test_gzipped_jsonl(tmp_path, settings):
    path = tmp_path / "korpus.jsonl.gz"
    path.write_bytes(gzip.compress(_lines({"text": "Eins."}, {"text": "Zwei."}).encode()))
    items = list(iter_inputs([str(path)], settings=settings))
    assert [i.runtime["raw"] for i in items] == ["Eins.", "Zwei."]


def test_jsonl_non_string_text_is_refused(tmp_path, settings):
    path = tmp_path / "typen.jsonl"
    path.write_text(_lines({"text": 42}), encoding="utf-8")
    [err] = list(iter_inputs([str(path)], settings=settings))
    assert isinstance(err, UnsupportedInputError) and "not a string" in str(err)


def test_from_path_on_a_multi_line_jsonl_says_to_use_a_batch(tmp_path, settings):
    path = tmp_path / "zwei.jsonl"
    path.write_text(_lines({"text": "Eins."}, {"text": "Zwei."}), encoding="utf-8")
    with pytest.raises(UnsupportedInputError, match="several articles"):
        from_path(path, settings=settings)
    one = tmp_path / "eins.jsonl"
    one.write_text(_lines({"text": "Nur einer."}), encoding="utf-8")
    assert from_path(one, settings=settings).runtime["raw"] == "Nur einer."


def test_jsonl_empty_html_and_no_url(tmp_path, settings):
    path = tmp_path / "leer.jsonl"
    path.write_text(_lines({"html": " "}), encoding="utf-8")
    [err] = list(iter_inputs([str(path)], settings=settings))
    assert isinstance(err, EmptyDocumentError)
