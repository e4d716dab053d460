from quellenkritik.clean.byline import parse_byline, parse_date
from quellenkritik.clean.furniture import classify_line, forwarded_source


def test_share_buttons_and_donation_calls_are_furniture():
    for line in ["Auf X teilen", "> Auf LinkedIn teilen", "Per E-Mail senden", "Share on Facebook", "Drucken"]:
        assert classify_line(line).reason == "share-button", line
    assert classify_line("Spendier mir einen Kaffee").reason == "donation-call"
    assert classify_line("Buy me a coffee").reason == "donation-call"


def test_body_sentences_mentioning_networks_are_kept():
    assert classify_line("Auf Facebook teilen viele Nutzer seit Jahren Falschmeldungen über den Krieg.") is None
    assert classify_line("Die Regierung will spenden sammeln.") is None
    assert classify_line("Telegram") is not None  # a bare network name is a button
    assert classify_line("Telegram blockierte am Montag mehrere Kanäle der Opposition.") is None


def test_forwarded_from_whole_line_and_tail():
    furn = classify_line("Artikel weitergeleitet von: Beispiel Nachrichten")
    assert furn.reason == "forwarded-from" and furn.value == "Beispiel Nachrichten"
    src, prefix = forwarded_source("Das war alles. Artikel weitergeleitet von: Muster Presse")
    assert src == "Muster Presse" and prefix == "Das war alles."
    assert classify_line("Forwarded from: Example Wire").value == "Example Wire"


def test_byline_with_reading_time_and_source_marker():
    b = parse_byline("· Anna Beispiel · ⏱ 7 Min · Quelle")
    assert b.authors == ["Anna Beispiel"] and b.reading_time_minutes == 7 and b.source_link


def test_byline_von_with_two_authors_and_date():
    b = parse_byline("Von Anna Beispiel und Jan von Muster | 27.01.2026")
    assert b.authors == ["Anna Beispiel", "Jan von Muster"]
    assert b.published == "2026-01-27"


def test_a_headline_is_not_a_byline():
    assert parse_byline("Warum die Stadt den Bahnhof wieder eröffnet hat") is None
    assert parse_byline("Berlin · Hamburg · München") is None


def test_parse_date_formats():
    assert parse_date("3. März 2025") == "2025-03-03"
    assert parse_date("2024-11-17T08:00") == "2024-11-17"
    assert parse_date("March 3, 2025") == "2025-03-03"
    assert parse_date("31.02.20") is None
