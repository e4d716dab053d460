import pytest

from quellenkritik.clean.scraped import clean_text, split_site_name

# Invented page, scraped as plain text (not a real article).
PAGE = """Beispielblatt Wirtschaft

Wie eine Kleinstadt ihren Bahnhof zurückbekam

· Anna Beispiel · ⏱ 3 Min · Quelle

Auf X teilen
> Auf WhatsApp teilen
Spendier mir einen Kaffee

Der Bahnhof von Musterhausen ist nach zwei Jahren Bauzeit wieder geöffnet worden. Die Stadt hat dafür rund 4,5 Millionen Euro ausgegeben.

Nach Angaben des Bürgermeisters fahren nun täglich 40 Züge. Kritiker halten die Kosten für zu hoch.

Artikel weitergeleitet von: Musterpresse"""


def test_scraped_page_is_split_into_text_metadata_and_removed():
    c = clean_text(PAGE)
    assert c.metadata["title"] == "Wie eine Kleinstadt ihren Bahnhof zurückbekam"
    assert c.metadata["authors"] == ["Anna Beispiel"]
    assert c.metadata["reading_time_minutes"] == 3
    assert c.metadata["outlet"] == "Beispielblatt" and c.metadata["section"] == "Wirtschaft"
    assert c.metadata["forwarded_from"] == "Musterpresse"
    assert c.text.startswith("Der Bahnhof von Musterhausen")
    assert c.text.endswith("zu hoch.")
    for gone in ["teilen", "Kaffee", "Anna Beispiel", "weitergeleitet", "Beispielblatt"]:
        assert gone not in c.text


def test_every_input_line_is_accounted_for():
    c = clean_text(PAGE)
    reasons = [r.reason for r in c.removed]
    assert reasons == ["kicker", "title", "byline", "share-button", "share-button", "donation", "forwarded-from"]
    lines = [line for line in PAGE.split("\n") if line.strip()]
    accounted = sum(1 for line in lines if line in c.text) + len(c.removed)
    assert accounted == len(lines)


def test_single_newline_paragraphs_become_paragraphs():
    text = "Erster Absatz mit genug Wörtern, damit er als Fließtext gilt und erkannt wird.\nZweiter Absatz, ebenfalls lang genug, um als Text des Artikels zu zählen."
    c = clean_text(text)
    assert c.text.split("\n\n") == text.split("\n")
    assert "title" not in c.metadata


def test_hard_wrapped_paragraph_is_joined():
    text = (
        "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über\n"
        "den Fluss nicht abzureißen, sondern für Fußgänger und Radfahrer zu\n"
        "erhalten. Die Sanierung soll im Frühjahr beginnen und zwei Jahre\n"
        "dauern."
    )
    assert clean_text(text).text == " ".join(text.split("\n"))


def test_title_hint_removes_the_repeated_headline():
    text = "Neue Brücke eröffnet\n\nDie neue Brücke über den Fluss wurde am Montag nach langer Bauzeit für den Verkehr freigegeben."
    c = clean_text(text, {"title": "Neue Brücke eröffnet"})
    assert c.text.startswith("Die neue Brücke")
    assert [r.reason for r in c.removed] == ["title"]


def test_whitespace_and_invisible_characters_are_normalised():
    c = clean_text("Ein\u00a0Satz\u200b mit   Leerraum, der lang genug ist, um als Artikeltext zu zählen.")
    assert c.text == "Ein Satz mit Leerraum, der lang genug ist, um als Artikeltext zu zählen."


# Invented alternative-media page, scraped as plain text: an article, then a
# donation block with bank and wallet details, a newsletter promotion and a note
# about the author. The account number and wallet are made up.
ALT_PAGE = """Musterblatt

Stadt Lindenau schließt das Hallenbad - musterblatt.de

Die Stadt Lindenau hat am Montag ihr Hallenbad geschlossen. Der Verein Delfin Lindenau sammelte dagegen 2000 Unterschriften.

Die Sanierung würde nach Angaben der Stadt rund 4 Millionen Euro kosten. Eine Entscheidung soll im Herbst fallen.

Auf Sie kommt es an!
Unabhängiger Journalismus ist nur mit Ihrer Unterstützung möglich!
Per Kreditkarte, Apple Pay etc.
Alternativ per Banküberweisung, IBAN: DE00 1234 5678 9012 3456 78
Empfänger: Musterverlag GmbH
BITCOIN Empfängeradresse auf Anfrage
Herzlichen Dank!

[Alle Meldungen aus Lindenau finden Sie in unserem kostenlosen Newsletter. Hier geht es zur Anmeldung.]

Über den Autor:
ANNA MUSTER
Anna Muster ist freie Journalistin in Lindenau und schreibt über Kommunalpolitik."""


def test_donation_bank_wallet_newsletter_and_author_blocks_are_removed_with_reasons():
    c = clean_text(ALT_PAGE)
    assert c.text.startswith("Die Stadt Lindenau hat am Montag")
    assert c.text.endswith("Eine Entscheidung soll im Herbst fallen.")
    got = {r.text: r.reason for r in c.removed}
    assert got["Unabhängiger Journalismus ist nur mit Ihrer Unterstützung möglich!"] == "donation"
    assert got["Alternativ per Banküberweisung, IBAN: DE00 1234 5678 9012 3456 78"] == "bank-account"
    assert got["BITCOIN Empfängeradresse auf Anfrage"] == "crypto-wallet"
    # the lines around them go with the block, each with the reason of the nearest appeal
    assert got["Auf Sie kommt es an!"] == got["Per Kreditkarte, Apple Pay etc."] == "donation"
    assert got["Empfänger: Musterverlag GmbH"] == "bank-account"
    assert got["Herzlichen Dank!"] == "crypto-wallet"
    assert got["[Alle Meldungen aus Lindenau finden Sie in unserem kostenlosen Newsletter. Hier geht es zur Anmeldung.]"] == "newsletter"
    assert got["Über den Autor:"] == got["ANNA MUSTER"] == "author-bio"
    assert got["Anna Muster ist freie Journalistin in Lindenau und schreibt über Kommunalpolitik."] == "author-bio"


def test_nothing_of_the_alternative_page_is_dropped_silently():
    c = clean_text(ALT_PAGE)
    lines = [line for line in ALT_PAGE.split("\n") if line.strip()]
    # the title line counts once for the title and once for the site name cut from it
    accounted = sum(1 for line in lines if line in c.text) + len(c.removed) - 1
    assert accounted == len(lines)
    removed_text = " ".join(r.text for r in c.removed) + " " + c.text
    for line in lines:
        for word in line.split():
            if any(ch.isalnum() for ch in word):  # the separator before a site name goes with it
                assert word in removed_text, word


def test_site_name_is_cut_from_the_title_and_recorded():
    c = clean_text(ALT_PAGE)
    assert c.metadata["title"] == "Stadt Lindenau schließt das Hallenbad"
    reasons = [(r.reason, r.text) for r in c.removed]
    assert ("title", "Stadt Lindenau schließt das Hallenbad") in reasons
    assert ("site-name", "musterblatt.de") in reasons
    assert c.metadata["outlet"] == "musterblatt.de"  # the one-word kicker is kept as a section


@pytest.mark.parametrize(
    "title, names, expected",
    [
        ("Stadt schließt das Bad - musterblatt.de", [], ("Stadt schließt das Bad", "musterblatt.de")),
        ("Stadt schließt das Bad | Muster Report", [], ("Stadt schließt das Bad", "Muster Report")),
        ("Stadt schließt das Bad – Muster Online", [], ("Stadt schließt das Bad", "Muster Online")),
        ("Stadt schließt das Bad - Lindenauer Bote", ["Lindenauer Bote"], ("Stadt schließt das Bad", "Lindenauer Bote")),
        ("MUSTERBLATT | Stadt schließt das Bad", ["Musterblatt"], ("Stadt schließt das Bad", "MUSTERBLATT")),
        ("Stadt schließt das Bad | Lokales | Musterblatt", ["musterblatt.example", "musterblatt"],
         ("Stadt schließt das Bad | Lokales", "Musterblatt")),
    ],
)
def test_split_site_name(title, names, expected):
    assert split_site_name(title, names) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Bad geschlossen – Tausende Bürger protestieren",  # a subtitle, not a site
        "Testen bis zum Ende – In Lindenau wurden Proben genommen",
        "Stadt schließt das Bad | Leseprobe",
        "Stadt schließt das Bad - Ein Report",
        "Lindenau - Musterblatt",  # no title would be left
    ],
)
def test_titles_with_subtitles_stay_intact(title):
    assert split_site_name(title) is None


def test_site_name_from_the_url_in_the_hints():
    c = clean_text("Die Stadt Lindenau hat am Montag ihr Hallenbad geschlossen, nach zwei Jahren Streit im Rat.",
                   {"title": "Hallenbad geschlossen :: Lindenauer Nachrichtenportal", "url": "https://lindenauer-nachrichtenportal.example/a/1"})
    assert c.metadata["title"] == "Hallenbad geschlossen"
    assert [(r.reason, r.text) for r in c.removed] == [("site-name", "Lindenauer Nachrichtenportal")]
