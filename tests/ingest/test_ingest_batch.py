"""iter_inputs: stdin, URLs, paths and bad inputs in one batch that never stops."""

from __future__ import annotations

import io

from quellenkritik.document import Document
from quellenkritik.errors import FetchError, InputError, InputNotFoundError, UnsupportedInputError
from quellenkritik.ingest import FakeTransport, Response, input_kind, iter_inputs


def test_stdin_bytes_are_decoded_and_sniffed(settings, german):
    stream = io.BytesIO(german.encode("cp1252"))
    [doc] = list(iter_inputs(["-"], settings=settings, stdin=stream))
    assert doc.source.kind == "stdin" and doc.source.location == "<stdin>"
    assert doc.runtime["raw"] == german and doc.runtime["raw_format"] == "text"
    assert doc.source.encoding == "cp1252"


def test_stdin_text_wrapper_is_read_through_its_buffer(settings):
    html = "<!doctype html><html><body><p>Über die „Brücke“.</p></body></html>"
    stream = io.TextIOWrapper(io.BytesIO(html.encode("utf-8")), encoding="utf-8")
    [doc] = list(iter_inputs(["-"], settings=settings, stdin=stream))
    assert doc.runtime["raw_format"] == "html" and doc.runtime["raw"] == html


def test_stdin_str_stream(settings):
    [doc] = list(iter_inputs(["-"], settings=settings, stdin=io.StringIO("Nur ein Satz.")))
    assert doc.runtime["raw"] == "Nur ein Satz." and doc.source.kind == "stdin"


def test_empty_stdin_and_stdin_twice(settings):
    items = list(iter_inputs(["-", "-"], settings=settings, stdin=io.BytesIO(b"  \n")))
    assert [type(i).__name__ for i in items] == ["EmptyDocumentError", "UnsupportedInputError"]
    assert all(i.location == "<stdin>" for i in items)


def test_a_mixed_batch_goes_on_past_every_bad_input(tmp_path, settings, german):
    good = tmp_path / "gut.txt"
    good.write_text(german, encoding="utf-8")
    fake = FakeTransport({
        "https://zeitung.example/a": Response(200, {"content-type": "text/html"}, b"<p>Online-Artikel.</p>"),
        "https://zeitung.example/kaputt": Response(503, {}, b""),
    })
    inputs = [
        str(tmp_path / "fehlt.txt"),
        "https://zeitung.example/kaputt",
        "ftp://zeitung.example/a.txt",
        "file:///etc/hosts",
        str(good),
        "http://127.0.0.1/admin",
        "https://zeitung.example/a",
    ]
    items = list(iter_inputs(inputs, settings=settings, transport=fake))
    assert [type(i).__name__ for i in items] == [
        "InputNotFoundError", "FetchError", "UnsupportedInputError", "UnsupportedInputError",
        "Document", "BlockedAddressError", "Document",
    ]
    assert [i.location if isinstance(i, InputError) else i.source.location for i in items] == inputs
    assert str(items[0]) == f"{tmp_path / 'fehlt.txt'}: no such file or directory"
    assert isinstance(items[1], FetchError) and items[1].reason == "HTTP 503"
    assert isinstance(items[2], UnsupportedInputError) and "'ftp'" in items[2].reason
    url_doc = items[6]
    assert isinstance(url_doc, Document) and url_doc.source.kind == "url"
    assert url_doc.runtime["hints"]["url"] == "https://zeitung.example/a"


def test_input_kind():
    assert input_kind("-") == "stdin"
    assert input_kind("https://a.example/") == "url"
    assert input_kind("file:relative.txt") == "url"
    assert input_kind("mailto:a@b.example") == "url"
    assert input_kind("artikel.txt") == "path"
    assert input_kind("C:\\daten\\artikel.txt") == "path"


def test_missing_path_error_type(settings):
    [err] = list(iter_inputs(["/nirgends/gibt/es/das"], settings=settings))
    assert isinstance(err, InputNotFoundError) and err.location == "/nirgends/gibt/es/das"


def test_count_inputs_matches_what_iter_inputs_yields(tmp_path, settings, german):
    import gzip

    from quellenkritik.ingest import count_inputs

    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(german, encoding="utf-8")
    (d / "sub" / "b.html").write_text(f"<html><body><p>{german}</p></body></html>", encoding="utf-8")
    (d / "notes.pdf").write_bytes(b"%PDF")  # not an article suffix: not walked
    lines = tmp_path / "batch.jsonl.gz"
    with gzip.open(lines, "wt", encoding="utf-8") as f:
        f.write('{"text": "eins"}\n\n{"text": "zwei"}\n{broken\n')
    inputs = [str(d), str(lines), str(tmp_path / "missing.txt"), str(tmp_path / "empty-dir")]
    (tmp_path / "empty-dir").mkdir()
    items = list(iter_inputs(inputs, settings=settings))
    assert count_inputs(inputs) == len(items) == 2 + 3 + 1 + 1


def test_count_inputs_is_unknown_for_urls_and_feeds(tmp_path):
    from quellenkritik.ingest import count_inputs

    (tmp_path / "news.rss").write_text("<rss/>", encoding="utf-8")
    assert count_inputs(["https://example.org/a"]) is None
    assert count_inputs([str(tmp_path / "news.rss")]) is None
    assert count_inputs(["-"]) == 1
