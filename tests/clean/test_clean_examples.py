"""Acceptance on the two real example articles in ../shared/examples (skipped without them)."""

from pathlib import Path

import pytest

import quellenkritik as qk
from tests.conftest import EXAMPLES, need_shared

SHARE_LINES = ["Auf X teilen", "Auf LinkedIn teilen", "Auf WhatsApp teilen", "Auf Facebook teilen",
               "Per E-Mail senden", "Auf Telegram teilen"]


@pytest.fixture(scope="module")
def himars() -> qk.Document:
    return qk.analyze(need_shared(EXAMPLES / "vz-himars-belgorod.txt"))


@pytest.fixture(scope="module")
def atacms() -> qk.Document:
    return qk.analyze(need_shared(EXAMPLES / "goldenten-atacms-kursk.txt"))


def test_himars_page_furniture_is_out_of_the_text(himars):
    for line in SHARE_LINES + ["Spendier mir einen Kaffee", "⏱", "Boris Dscherelijewski", "VZ Geopolitik"]:
        assert line not in himars.text
    reasons = {r.text.lstrip("> "): r.reason for r in himars.removed}
    assert all(reasons[line] == "share-button" for line in SHARE_LINES)
    assert reasons["Spendier mir einen Kaffee"] == "donation"


def test_himars_metadata(himars):
    m = himars.metadata
    assert m.title == "Warum die USA die Lieferungen von HIMARS wieder aufgenommen haben"
    assert m.authors == ["Boris Dscherelijewski"]
    assert m.reading_time_minutes == 4
    assert himars.language == "de"
    # the headline opens the text as its own paragraph, marked in the structure layer
    assert himars.text.startswith(m.title + "\n\n")
    assert [(s.start, s.end) for s in himars.layers["structure"] if s.label == "title"] == [(0, len(m.title))]


def test_himars_repeated_teaser_is_one_passage_at_two_places(himars):
    places = himars.layers["repeats"]
    assert len(places) == 2
    first, second = (himars.span_text(s) for s in places)
    assert first == second
    assert first.startswith("Beschüsse von Belgorod werden keinen Einfluss")
    assert places[0].start < 300 < places[1].start
    assert [f.label for f in himars.layers["findings"] if f.by == "repeats"] == ["repeated-passage"]


def test_atacms_forwarded_from(atacms):
    assert atacms.metadata.forwarded_from == "Golden Ten Data"
    assert "weitergeleitet" not in atacms.text
    assert atacms.text.endswith("werde sofort reagieren.")
    assert atacms.metadata.title is None  # the text starts with the body: no headline to take


def test_sentences_keep_german_dates_together(himars):
    sentences = [himars.span_text(s) for s in himars.layers["sentences"]]
    assert any(s.startswith("Am 24. und 25. Januar wurde Belgorod") for s in sentences)
    assert all(not s.startswith("und 25. Januar") for s in sentences)
