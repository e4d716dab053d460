import pytest

from quellenkritik.clean.byline import parse_byline, parse_date
from quellenkritik.clean.furniture import (
    appeal_reason,
    author_bio_header,
    author_bio_line,
    block_line,
    classify_line,
    forwarded_source,
)


def test_share_buttons_and_donation_calls_are_furniture():
    for line in ["Auf X teilen", "> Auf LinkedIn teilen", "Per E-Mail senden", "Share on Facebook", "Drucken"]:
        assert classify_line(line).reason == "share-button", line
    assert classify_line("Spendier mir einen Kaffee").reason == "donation"
    assert classify_line("Buy me a coffee").reason == "donation"


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


# --- appeals: donation, bank account, crypto wallet, newsletter, promotion ----------
# All lines are invented for these tests (the IBAN and wallet are made up, not real accounts).


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Unterstützen Sie unsere Arbeit!", "donation"),
        ("Diese Arbeit ist nur mit Ihrer Unterstützung möglich.", "donation"),
        ("Wenn Sie unsere Berichte über Lindenau unterstützen wollen, können Sie uns hier per PayPal "
         "oder Dauerauftrag eine Spende zukommen lassen.", "donation"),
        ("Spenden könnt ihr ganz einfach per PayPal oder direkt auf unser Konto.", "donation"),
        ("Alternativ per Banküberweisung, IBAN: DE00 1234 5678 9012 3456 78", "bank-account"),
        ("IBAN: DE00123456789012345678", "bank-account"),
        ("BIC: ABCDDEFFXXX", "bank-account"),
        ("Spendenkonto: DE00 1234 5678 9012 3456 78 bei der Musterbank", "bank-account"),
        ("Kontonummer: 1234567890", "bank-account"),
        ("Bitcoin-Adresse: bc1qexampleexampleexampleexample0000", "crypto-wallet"),
        ("BITCOIN Empfängeradresse auf Anfrage", "crypto-wallet"),
        ("Ethereum (ETH):", "crypto-wallet"),
        ("Newsletter abonnieren", "newsletter"),
        ("Abonnieren Sie jetzt unseren kostenlosen Newsletter und verpassen Sie keine Meldung aus Lindenau mehr!",
         "newsletter"),
        ("[Alle Meldungen aus Lindenau finden Sie im kostenlosen Newsletter. Hier geht es zur Anmeldung.]", "newsletter"),
        ("[Wenn Sie alle Nachrichten aus Lindenau live auf Ihr Handy haben wollen, empfehlen wir Ihnen unsere App, "
         "die Sie hier herunterladen können.]", "promotion"),
        ("Über den Autor:", "author-bio"),
    ],
)
def test_appeals_and_payment_details_are_furniture(line, reason):
    assert classify_line(line).reason == reason


@pytest.mark.parametrize(
    "line",
    [
        "Die Stiftung sammelte nach eigenen Angaben im vergangenen Jahr Spenden in Höhe von 2 Millionen Euro.",
        "Bis 2019 hat die Stiftung insgesamt 300.000 Euro an den Verein gespendet.",
        "Die Bundesregierung sagte der Stadt ihre Unterstützung zu.",
        "„Unterstützen Sie uns!“, rief der Bürgermeister den Bürgern vor dem Rathaus zu, die gegen die Schließung protestierten.",
        "Technisch würde ein digitaler Euro dem Bitcoin ähneln, er stünde aber unter Aufsicht der Zentralbank.",
        "Ich werde über den Newsletter darauf aufmerksam machen, sobald der Bericht erscheint.",
        "Die Bürger und die Parteien meiner Koalition unterstützen mich nach wie vor.",
        "Bitcoin: Kurs fällt auf 20.000 Dollar",
        "Die Polizei fand die Bitcoin-Adresse des Täters.",
        "Die Notenbank unterstützt keine Bitcoin-Zahlungen.",
    ],
)
def test_sentences_about_donations_or_newsletters_are_kept(line):
    assert classify_line(line) is None
    assert appeal_reason(line) is None


def test_a_line_of_several_sentences_needs_most_of_them_to_be_appeals():
    mixed = ("Der Verein Delfin Lindenau sammelte 2000 Unterschriften. Die Stadt schloss das Bad trotzdem. "
             "Der Bürgermeister verteidigte die Entscheidung. Unterstützen Sie unsere Arbeit!")
    assert appeal_reason(mixed) is None
    assert appeal_reason("Wir finanzieren uns durch Spenden. Unterstütze unsere Arbeit mit einem Abo!") == "donation"


def test_block_lines_and_author_notes():
    for line in ["Empfänger: Musterverlag GmbH", "Verwendungszweck: Spende", "Für Beträge in Euro (EUR):",
                 "Per Kreditkarte, Apple Pay etc.", "Herzlichen Dank!", "1000 Dank!"]:
        assert block_line(line), line
    assert not block_line("Der Empfänger der Lieferung war die Stadt Lindenau, die das Bad im Mai schloss.")
    assert author_bio_header("Über die Autorin:") and author_bio_header("Zur Person")
    assert author_bio_line("Der Autor ist Professor für Geschichte in Lindenau.")
    assert author_bio_line("[Die Autorin lebt und arbeitet in Musterhausen.]")
    assert not author_bio_line("Anna Muster")  # a name alone only under a heading
    assert author_bio_line("ANNA MUSTER", after_header=True)
    assert author_bio_line("Sie lehrt seit 2010 an der Universität Musterhausen.", after_header=True)
