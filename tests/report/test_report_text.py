"""The terminal report (rich) and its plain-text capture."""

from __future__ import annotations

import io

from rich.console import Console

from quellenkritik.report import render, text_renderable


def test_text_header_and_removed_furniture(report_doc):
    out = render(report_doc, "text")
    assert "Neustadt: Rat <b>lehnt</b> Haushalt ab" in out
    assert report_doc.id in out
    assert "tests:neustadt" in out
    assert "Neustädter Bote / Lokales" in out
    assert "Max Muster, Eva Beispiel" in out
    assert "Kreisblatt Süd" in out
    assert "3 min" in out
    assert "Auf X teilen" in out and "share-button" in out
    assert "Jetzt abonnieren!" in out and "subscription" in out


def test_text_is_plain_and_fits_width(report_doc):
    out = render(report_doc, "text")
    assert "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) <= 100


def test_text_condenses_structure_and_lists_spans(report_doc):
    out = render(report_doc, "text")
    n_sentences = len(report_doc.layers["sentences"])
    row = next(line.split() for line in out.splitlines() if line.split()[:1] == ["sentences"])
    assert row[1] == str(n_sentences) and row[-2:] == ["count", "only"]
    assert "Am Dienstag stimmten 21 von 35 Ratsmitgliedern gegen den Entwurf." not in out
    assert "Anna Keller" in out and "PER" in out and "id=Q-keller" in out
    assert "framing" in out and "loaded" in out  # a layer no renderer knows


def test_text_repeats_are_described(report_doc):
    out = render(report_doc, "text")
    assert "passage repeated at ¶1 (0–90) and ¶3" in out


def test_text_lists_at_most_n_spans(build_report_doc):
    words = " ".join(f"Ort{i}" for i in range(60)) + "."
    doc = build_report_doc(text=words, title="Viele Orte")
    for i in range(60):
        start = words.index(f"Ort{i} " if i < 59 else "Ort59.")
        doc.add("entities", start, start + len(f"Ort{i}"), label="LOC", by="test")
    out = render(doc, "text")
    assert "... and 35 more" in out
    assert "Ort24" in out and "Ort25" not in out


def test_rich_markup_in_article_is_literal(build_report_doc):
    doc = build_report_doc(text="Er schrieb [bold red]Alarm[/] und [link=x]hier[/link].", title="[blink]Titel[/blink]")
    doc.add("claims", 0, len(doc.text), label="claim", by="test")
    out = render(doc, "text")
    assert "[bold red]Alarm[/]" in out
    assert "[blink]Titel[/blink]" in out


def test_text_renderable_prints_with_colour(report_doc):
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="truecolor", width=100)
    console.print(text_renderable(report_doc))
    coloured = buffer.getvalue()
    assert "\x1b[" in coloured
    assert "Anna Keller" in coloured
