from quellenkritik.clean.scraped import clean_text

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
    assert reasons == ["kicker", "title", "byline", "share-button", "share-button", "donation-call", "forwarded-from"]
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
