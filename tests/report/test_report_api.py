"""render(), render_many(), FORMATS, extension() and the JSON format."""

from __future__ import annotations

import json

import pytest

from quellenkritik.document import Document
from quellenkritik.report import FORMATS, extension, render, render_many


def test_formats_and_extensions():
    assert FORMATS == ("json", "md", "html", "text")
    assert [extension(f) for f in FORMATS] == ["json", "md", "html", "txt"]


def test_unknown_format_names_the_formats(report_doc):
    with pytest.raises(ValueError) as info:
        render(report_doc, "pdf")
    message = str(info.value)
    assert "pdf" in message
    for fmt in FORMATS:
        assert fmt in message
    with pytest.raises(ValueError):
        extension("docx")
    with pytest.raises(ValueError):
        render_many([report_doc], "yaml")


def test_json_is_the_record(report_doc):
    out = render(report_doc, "json")
    assert json.loads(out) == report_doc.to_dict()
    assert Document.from_json(out) == report_doc


def test_render_many_json_lines(build_report_doc):
    docs = [build_report_doc(), build_report_doc(text="Kurzer Text über Altdorf.", title="Altdorf")]
    lines = render_many(docs, "json").splitlines()
    assert len(lines) == 2
    assert [json.loads(line) for line in lines] == [d.to_dict() for d in docs]


def test_render_many_text_and_md_contain_every_document(build_report_doc):
    docs = [build_report_doc(), build_report_doc(text="Kurzer Text über Altdorf.", title="Altdorf am See")]
    for fmt in ("md", "text"):
        out = render_many(docs, fmt)
        assert "Neustadt" in out and "Altdorf am See" in out, fmt
    with pytest.raises(ValueError, match="one document"):
        render_many(docs, "html")


def test_every_format_renders_an_empty_document():
    doc = Document.model_validate({"source": {"kind": "text", "location": "<leer>"}})
    for fmt in FORMATS:
        out = render(doc, fmt)
        assert isinstance(out, str) and out
