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


# An invented article (not a real report) for the Sourcing, Claims and Entities sections.
SECTIONS_TEXT = (
    "Wladimir Putin sprach am Montag in Moskau. "
    "Laut dem Kreml sei die Lage stabil. "
    "Putin kündigte neue Gespräche an. "
    "Die Regierung in Kiew meldete 12 Verletzte. "
    "Ein Beamter bestätigte den Angriff. "
    "Reporterin Olga Beispiel war vor Ort. "
    "In Moskau blieb es ruhig."
)
PUTIN = {"id": "qk:per:vladimir-putin", "canonical": "Vladimir Putin", "kb": True, "method": "kb"}
MOSCOW = {"id": "qk:loc:moscow", "canonical": "Moscow", "kb": True}


def build_sections_document(claims: bool = True) -> Document:
    """SECTIONS_TEXT with entities, sources, a sourcing profile and (optionally) claims."""
    text = SECTIONS_TEXT
    doc = Document(source=Source(kind="text", location="tests:sections"), language="de", text=text,
                   metadata=Metadata(title="Erfunden: Gespräche in Moskau"))
    doc.assign_id()
    for m in re.finditer(r"[^.]+\.", text):
        doc.add("sentences", m.start() + (m.group().startswith(" ")), m.end(), by="test")
    doc.add("entities", *find(text, "Wladimir Putin"), label="PER", by="test", **PUTIN)
    doc.add("entities", *find(text, "Moskau"), label="LOC", by="test", **MOSCOW)
    doc.add("entities", *find(text, "Kreml"), label="ORG", by="test", id="qk:org:kremlin", canonical="Kremlin", kb=True)
    doc.add("entities", *find(text, "Putin", 1), label="PER", by="test", **PUTIN)
    doc.add("entities", *find(text, "Kiew"), label="LOC", by="test", id="qk:loc:kyiv", canonical="Kyiv", kb=True)
    doc.add("entities", *find(text, "Olga Beispiel"), label="PER", by="test", kb=False)
    doc.add("entities", *find(text, "Moskau", 1), label="LOC", by="test", **MOSCOW)
    attribution = doc.add("attributions", *find(text, "Laut dem Kreml"), label="REPORTED", by="test")
    doc.add("sources", *find(text, "dem Kreml"), label="official", by="test",
            source_type="official", anonymous=False, state="RU", states=["RU"], name="Kreml")
    doc.add("sources", *find(text, "Die Regierung in Kiew"), label="official", by="test",
            source_type="official", anonymous=False, state="UA", states=["UA"], name=None)
    doc.add("sources", *find(text, "Ein Beamter"), label="official", by="test",
            source_type="official", anonymous=True, state=None, states=[], name=None)
    doc.add("findings", 0, len(text), "sourcing-profile", by="test", sentences=7, factual_unattributed=3,
            share_unattributed=0.429, anonymous_sources=1, by_type={"official": 3},
            by_state={"UA": 1, "RU": 1})
    if claims:
        doc.add("claims", *find(text, "Wladimir Putin sprach am Montag in Moskau."), label="claim", by="test",
                score=0.4, reasons=["date", "named entity"], attributed=False, attribution=None,
                source=None, source_id=None)
        doc.add("claims", *find(text, "sei die Lage stabil."), label="claim", by="test",
                score=0.7, reasons=["reported speech"], attributed=True,
                attribution={"layer": "attributions", "start": attribution.start, "end": attribution.end},
                source="dem Kreml", source_id="qk:org:kremlin")
        doc.add("claims", *find(text, "Die Regierung in Kiew meldete 12 Verletzte."), label="claim", by="test",
                score=0.9, reasons=["number", "casualties"], attributed=False, attribution=None,
                source=None, source_id=None)
    return doc


@pytest.fixture
def sections_doc() -> Document:
    return build_sections_document()


@pytest.fixture
def build_sections_doc():
    """The sections document builder itself (``claims=False``: a record without the claims layer)."""
    return build_sections_document
