"""Fixtures for the report tests: small invented German articles, built by hand."""

from __future__ import annotations

import re

import pytest

from quellenkritik.document import Document, Metadata, Removed, Source

TEASER = "Der Stadtrat von Neustadt lehnt den Haushalt ab. Die Opposition spricht von einem Skandal."
BODY = (
    TEASER
    + "\n\n"
    + "Am Dienstag stimmten 21 von 35 Ratsmitgliedern gegen den Entwurf. "
    + "„Wir werden das nicht hinnehmen“, sagte Bürgermeisterin Anna Keller am Abend. "
    + "Kosten von 4,2 Millionen Euro seien nicht gedeckt | laut <Kämmerei> & *Finanzamt*.\n\n"
    + "Weitere Sitzung am Freitag.\n"
    + TEASER
    + "\n\n"
    + "Leserbrief: <script>alert(1)</script> und \"><img src=x onerror=alert(1)> und [bold]fett[/bold]."
)


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of needle in text."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(needle, index + 1)
    return index, index + len(needle)


def build_document(text: str = BODY, title: str = "Neustadt: Rat <b>lehnt</b> Haushalt ab") -> Document:
    """A document with every kind of layer the reports know, plus one they do not."""
    doc = Document(
        source=Source(kind="text", location="tests:neustadt"),
        language="de",
        metadata=Metadata(
            title=title,
            authors=["Max Muster", "Eva Beispiel"],
            outlet="Neustädter Bote",
            section="Lokales",
            published="2026-03-04",
            reading_time_minutes=3,
            forwarded_from="Kreisblatt Süd",
        ),
        text=text,
        removed=[
            Removed(text="Auf X teilen", reason="share-button", by="clean"),
            Removed(text="Jetzt abonnieren!", reason="subscription", by="clean"),
        ],
    )
    doc.assign_id()
    for m in re.finditer(r"[^.!?\n]+[.!?]+", text):
        doc.add("sentences", m.start(), m.end(), by="test-sentences")
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        doc.add("paragraphs", m.start(), m.end(), by="test-paragraphs")
    if "„Wir werden" in text:
        doc.add("quotes", *find(text, "„Wir werden das nicht hinnehmen“"), label="direct", by="test", speaker="Anna Keller")
        doc.add("entities", *find(text, "Anna Keller"), label="PER", by="test", id="Q-keller")
        doc.add("entities", *find(text, "werden das"), label="MISC", by="test", note="inside a quote")
        doc.add("quantities", *find(text, "21 von 35"), label="COUNT", by="test", value=21, of=35)
        doc.add("quantities", *find(text, "4,2 Millionen Euro"), label="MONEY", by="test", value=4200000)
        doc.add("dates", *find(text, "Dienstag"), label="DATE", by="test", value="weekday")
        doc.add("findings", *find(text, "4,2 Millionen Euro"), label="unattributed-number", by="test")
        doc.add("framing", *find(text, "Skandal"), label="loaded", by="test", note='<img src=x onerror="alert(3)">')
    if text.count(TEASER) >= 2:
        doc.add("entities", *find(text, "Neustadt"), label="LOC", by="test")
        doc.add("entities", *find(text, "Neustadt", 1), label="LOC", by="test")
        doc.add("repeats", *find(text, TEASER), label="repeat", by="test", group=1)
        doc.add("repeats", *find(text, TEASER, 1), label="repeat", by="test", group=1)
    return doc


@pytest.fixture
def report_doc() -> Document:
    return build_document()


@pytest.fixture
def build_report_doc():
    """The document builder itself, for tests that need their own text."""
    return build_document
