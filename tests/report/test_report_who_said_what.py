"""The who-said-what view in every report format (invented article)."""

from __future__ import annotations

import json

import quellenkritik as qk
from quellenkritik.report.html import render_html
from quellenkritik.report.markdown import render_markdown
from quellenkritik.report.sections import describe_statement, speakers
from quellenkritik.report.text import render_text

# Invented article.
TEXT = (
    "Brücke in Talheim bleibt gesperrt\n\n"
    "Die Bürgermeisterin Petra Kessler sagte am Montag, die Brücke bleibe bis Mai gesperrt. "
    "Kessler fügte hinzu, es gebe keine Umleitung. Laut Polizei gab es drei Verletzte. "
    "Er werde das prüfen, sagte er."
)


def _doc():
    return qk.analyze(TEXT)


def test_record_groups_statements_by_speaker():
    doc = _doc()
    groups = doc.document["speakers"]
    first = groups[0]
    assert first["speaker"] == "Die Bürgermeisterin Petra Kessler" or "Kessler" in first["speaker"]
    assert first["type"] == "official"
    assert [st["kind"] for st in first["statements"]][:2] == ["indirect", "indirect"]
    assert "Kessler" in first["mentions"]
    assert any(g["speaker"] == "Polizei" for g in groups)
    # JSON round trip keeps it
    again = qk.Document.from_json(doc.to_json())
    assert again.document["speakers"] == groups


def test_guessed_speakers_say_so():
    doc = _doc()
    pronoun = [st for g in doc.document["speakers"] for st in g["statements"] if st["confidence"] < 0.6]
    assert pronoun, "the pronoun speaker is resolved with a low confidence"
    assert "guessed" in describe_statement(pronoun[0])


def test_every_format_shows_it():
    doc = _doc()
    text = render_text(doc)
    assert "Who said what" in text and "cue “sagte”" in text
    md = render_markdown(doc)
    assert "## Who said what" in md and "Polizei" in md.split("## Who said what", 1)[1]
    html = render_html(doc)
    assert "Who said what" in html and "confidence" in html
    assert json.loads(doc.to_json())["document"]["speakers"]


def test_older_records_without_the_summary_still_show_it():
    doc = _doc()
    doc.document.pop("speakers")
    assert [sp.name for sp in speakers(doc)]


def test_named_speaker_with_a_default_type_says_the_type_is_guessed():
    from quellenkritik import analyze
    from quellenkritik.report import render

    doc = analyze("„Ich finde das gut“, sagt Marie Beispielfrau. Die Passantin schiebt einen Kinderwagen. (Erfunden.)")
    out = render(doc, "text")
    assert "(type guessed)" in out and "Marie Beispielfrau" in out
