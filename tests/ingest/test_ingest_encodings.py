"""Decoding: BOMs, strict UTF-8, declared charsets, legacy German encodings, binary, empty."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from quellenkritik.errors import DecodeError, EmptyDocumentError, UnsupportedInputError
from quellenkritik.ingest import decode_bytes, from_path


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("codec", "recorded"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1252", "cp1252")],
)
def test_file_encodings_come_out_right(tmp_path, settings, german, codec, recorded):
    path = _write(tmp_path, f"artikel-{codec}.txt", german.encode(codec))
    doc = from_path(path, settings=settings)
    assert doc.runtime["raw"] == german
    assert "„unter Kontrolle“" in doc.runtime["raw"] and "€" in doc.runtime["raw"]
    assert doc.source.encoding == recorded
    assert doc.source.kind == "file" and doc.source.location == str(path)
    assert doc.runtime["raw_format"] == "text"


def test_latin1_german_file_is_not_mojibake(tmp_path, settings, german_latin1):
    path = _write(tmp_path, "latin1.txt", german_latin1.encode("latin-1"))
    doc = from_path(path, settings=settings)
    assert doc.runtime["raw"] == german_latin1
    assert "Ã" not in doc.runtime["raw"]
    assert doc.source.encoding in ("cp1252", "iso8859-1", "iso8859-15")


@pytest.mark.parametrize("text", ["Schöne Grüße", "ß", "„Zitat“ – 20 €"])
def test_short_windows_1252_snippets(text):
    decoded, encoding = decode_bytes(text.encode("cp1252"))
    assert decoded == text
    assert encoding == "cp1252"


def test_cyrillic_legacy_encodings_are_not_read_as_western():
    text = "Правительство заявило во вторник, что ситуация «под контролем»."
    assert decode_bytes(text.encode("cp1251")) == (text, "cp1251")
    plain = text.replace("«", "").replace("»", "")
    assert decode_bytes(plain.encode("koi8_r")) == (plain, "koi8_r")


def test_utf16_little_and_big_endian_with_bom(german):
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        text, encoding = decode_bytes(bom + german.encode(codec))
        assert text == german
        assert encoding == "utf-16"


def test_bom_is_not_part_of_the_text(german):
    text, _ = decode_bytes(codecs.BOM_UTF8 + german.encode("utf-8"))
    assert not text.startswith("\ufeff")


def test_html_meta_charset_is_used_when_not_utf8(tmp_path, settings):
    html = '<html><head><meta charset="windows-1252"><title>Test</title></head><body><p>Grüße „hier“ €</p></body></html>'
    doc = from_path(_write(tmp_path, "seite.html", html.encode("cp1252")), settings=settings)
    assert "Grüße „hier“ €" in doc.runtime["raw"]
    assert doc.source.encoding == "cp1252"
    assert doc.runtime["raw_format"] == "html"


def test_http_equiv_latin1_is_read_as_windows_1252():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "</head><body><p>Kosten: 20 \x80</p></body></html>"
    ).encode("latin-1")
    text, encoding = decode_bytes(html, html=True)
    assert "20 €" in text
    assert encoding == "cp1252"


def test_declared_charset_from_outside_wins_over_detection():
    data = "Прямая речь: «да».".encode("cp1251")
    assert decode_bytes(data, declared="windows-1251") == ("Прямая речь: «да».", "cp1251")


def test_mostly_utf8_with_a_stray_byte_stays_utf8(german):
    data = german.encode("utf-8") + b" \xe4"
    text, encoding = decode_bytes(data)
    assert text.startswith(german)
    assert encoding.startswith("utf-8 (1 invalid byte")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"Text mit\x00 NUL-Bytes dazwischen", "NUL"),
        (bytes(range(1, 8)) * 40 + b"ein wenig Text", "control characters"),
    ],
)
def test_binary_files_are_refused(tmp_path, settings, data, reason):
    path = _write(tmp_path, "datei.txt", data)
    with pytest.raises(UnsupportedInputError) as info:
        from_path(path, settings=settings)
    assert "binary file" in str(info.value) and reason in str(info.value)
    assert info.value.location == str(path)


@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n", codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le")])
def test_empty_files(tmp_path, settings, data):
    path = _write(tmp_path, "leer.txt", data)
    with pytest.raises(EmptyDocumentError, match="empty input"):
        from_path(path, settings=settings)


def test_invalid_text_after_a_bom_is_a_decode_error():
    with pytest.raises(DecodeError):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8\x41")
