"""looks_like_html, from_text/from_html and the metadata hints they carry."""

from __future__ import annotations

import datetime as dt

import pytest

from quellenkritik.document import Metadata
from quellenkritik.errors import EmptyDocumentError
from quellenkritik.ingest import from_html, from_text, looks_like_html
from quellenkritik.ingest.meta import iso_date, split_hints


@pytest.mark.parametrize(
    "s",
    [
        "<!DOCTYPE html><html><body>x</body></html>",
        "\ufeff  <html lang='de'>",
        "<head><title>t</title></head>",
        "<article><p>Absatz</p></article>",
        "<p>Ein Absatz.</p>",
        "Ohne Anfangstag <b>fett</b> und <i>kursiv</i> und <br/>",
        "<!-- Kommentar --><div>x</div>",
    ],
)
def test_html_is_recognised(s):
    assert looks_like_html(s)


@pytest.mark.parametrize(
    "s",
    [
        "",
        "Ein ganz normaler Satz über Politik.",
        "Der Tag <p> kennzeichnet einen Absatz, sagte die Dozentin.",
        "Temperatur < 5 Grad und > -3 Grad.",
        '<?xml version="1.0"?><rss version="2.0"></rss>',
    ],
)
def test_text_is_not_html(s):
    assert not looks_like_html(s)


def test_html_sniff_reads_only_the_start():
    assert not looks_like_html("x" * 2000 + "<html><body>")


def test_from_text_and_from_html(german):
    doc = from_text(german, hints={"authors": "Anna Beispiel", "published": "27.01.2026", "title": " Titel "})
    assert doc.source.kind == "text" and doc.source.location == "<text>"
    assert doc.runtime["raw_format"] == "text"
    assert doc.runtime["hints"] == {"authors": ["Anna Beispiel"], "published": "2026-01-27", "title": "Titel"}
    page = from_html("<p>Absatz</p>", location="seite", kind="html")
    assert page.runtime["raw_format"] == "html" and page.source.location == "seite"
    assert page.source.content_type == "text/html"


@pytest.mark.parametrize("make", [from_text, from_html])
def test_empty_strings_are_refused(make):
    with pytest.raises(EmptyDocumentError, match="empty input"):
        make(" \n\t ")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-27", "2026-01-27"),
        ("2026-01-27T23:30:00-05:00", "2026-01-27"),
        ("Tue, 27 Jan 2026 00:30:00 +0100", "2026-01-27"),
        ("27.01.2026", "2026-01-27"),
        ("7.1.2026", "2026-01-07"),
        (dt.datetime(2026, 1, 27, 12, 0), "2026-01-27"),
        ("2026-02-30", None),
        ("gestern", None),
        (None, None),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_split_hints_keeps_only_metadata_keys():
    hints, extra = split_hints({"title": "T", "id": "x-1", "authors": ["A", "A", " B "], "published": "bald", "section": ""})
    assert hints == {"title": "T", "authors": ["A", "B"]}
    assert extra == {"id": "x-1", "published_raw": "bald"}
    Metadata(**hints)
