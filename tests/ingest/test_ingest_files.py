"""Files and directories: gzip, html/text by name or content, directory walks."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from quellenkritik.document import Document
from quellenkritik.errors import (
    DecodeError,
    InputError,
    InputNotFoundError,
    UnsupportedInputError,
)
from quellenkritik.ingest import from_path, iter_directory, iter_inputs

HTML = (
    "<!DOCTYPE html><html><head><title>Brücke gesperrt</title></head>"
    "<body><article><p>Die Brücke über den Fluss bleibt „bis auf Weiteres“ gesperrt.</p></article></body></html>"
)


def test_gzipped_html_file(tmp_path, settings):
    path = tmp_path / "seite.html.gz"
    path.write_bytes(gzip.compress(HTML.encode("utf-8")))
    doc = from_path(path, settings=settings)
    assert doc.runtime["raw_format"] == "html"
    assert doc.runtime["raw"] == HTML
    assert doc.source.kind == "file"
    assert doc.source.encoding == "utf-8"


def test_gzipped_text_is_sniffed_as_text(tmp_path, settings, german):
    path = tmp_path / "notiz.gz"
    path.write_bytes(gzip.compress(german.encode("cp1252")))
    doc = from_path(path, settings=settings)
    assert doc.runtime["raw"] == german
    assert doc.runtime["raw_format"] == "text"


def test_broken_gzip_is_a_decode_error(tmp_path, settings):
    path = tmp_path / "kaputt.html.gz"
    path.write_bytes(gzip.compress(HTML.encode())[:30])
    with pytest.raises(DecodeError, match="gzip"):
        from_path(path, settings=settings)


def test_html_decided_by_extension_or_content(tmp_path, settings, german):
    (tmp_path / "a.htm").write_text("<p>Nur ein Absatz</p>", encoding="utf-8")
    (tmp_path / "b").write_text(HTML, encoding="utf-8")
    (tmp_path / "c.txt").write_text("<p>Text über <p>-Tags</p>", encoding="utf-8")
    (tmp_path / "d").write_text(german, encoding="utf-8")
    formats = {name: from_path(tmp_path / name, settings=settings).runtime["raw_format"] for name in "a.htm b c.txt d".split()}
    assert formats == {"a.htm": "html", "b": "html", "c.txt": "text", "d": "text"}


def test_missing_file(settings, tmp_path):
    missing = tmp_path / "gibt-es-nicht.txt"
    with pytest.raises(InputNotFoundError) as info:
        from_path(missing, settings=settings)
    assert info.value.location == str(missing)
    assert str(info.value) == f"{missing}: no such file or directory"


def test_from_path_refuses_a_directory(tmp_path, settings):
    with pytest.raises(UnsupportedInputError, match="directory"):
        from_path(tmp_path, settings=settings)


def _tree(root: Path, german: str) -> None:
    (root / "b").mkdir()
    (root / "a").mkdir()
    (root / ".versteckt").mkdir()
    (root / "a" / "1.txt").write_text("Erster Artikel: " + german, encoding="utf-8")
    (root / "a" / "2.pdf.txt").write_bytes(b"%PDF-1.4\n\x00\x01binary")  # broken, in the middle
    (root / "a" / "3.html").write_text(HTML, encoding="utf-8")
    (root / "b" / "4.md").write_text("# Titel\n\nDritter Artikel.", encoding="utf-8")
    (root / "b" / "5.html.gz").write_bytes(gzip.compress(HTML.encode("utf-8")))
    (root / "b" / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not an article suffix: skipped
    (root / ".versteckt" / "x.txt").write_text("versteckt", encoding="utf-8")
    (root / ".hidden.txt").write_text("versteckt", encoding="utf-8")
    (root / "0.text").write_text("Oberste Ebene.", encoding="utf-8")


def test_directory_walk_is_recursive_sorted_and_skips_hidden(tmp_path, german):
    _tree(tmp_path, german)
    names = [p.relative_to(tmp_path).as_posix() for p in iter_directory(tmp_path)]
    assert names == ["0.text", "a/1.txt", "a/2.pdf.txt", "a/3.html", "b/4.md", "b/5.html.gz"]


def test_directory_with_a_broken_file_goes_on(tmp_path, settings, german):
    _tree(tmp_path, german)
    items = list(iter_inputs([str(tmp_path)], settings=settings))
    assert len(items) == 6
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(errors) == 1 and isinstance(errors[0], UnsupportedInputError)
    assert errors[0].location == str(tmp_path / "a" / "2.pdf.txt")
    assert [Path(d.source.location).name for d in docs] == ["0.text", "1.txt", "3.html", "4.md", "5.html.gz"]
    assert isinstance(items[2], InputError)  # in the middle, in order
    assert all(d.source.kind == "file" for d in docs)


def test_directory_without_article_files(tmp_path, settings):
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    [item] = list(iter_inputs([str(tmp_path)], settings=settings))
    assert isinstance(item, InputNotFoundError)
    assert item.location == str(tmp_path)


def test_xml_file_that_is_no_feed_is_read_as_a_document(tmp_path, settings):
    path = tmp_path / "seite.xml"
    path.write_text('<?xml version="1.0"?>\n<html><body><p>Kein Feed.</p></body></html>', encoding="utf-8")
    [item] = list(iter_inputs([str(path)], settings=settings))
    assert isinstance(item, Document)
    assert item.runtime["raw_format"] == "html"


def test_sha256_is_of_the_file_bytes(tmp_path, settings, german):
    import hashlib

    data = german.encode("cp1252")
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert from_path(path, settings=settings).source.sha256 == hashlib.sha256(data).hexdigest()
