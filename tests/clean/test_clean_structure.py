"""The headline as the text's first paragraph and the structure layer (invented articles)."""

from __future__ import annotations

import quellenkritik as qk
from quellenkritik.clean.structure import crossheads, headline_text

# Invented article.
ARTICLE = """Kanzlerkandidat Müller: Wir senken die Steuern

Berlin – Der Kandidat der Beispielpartei, Hans Müller, hat am Montag sein Programm vorgestellt. Es umfasst 40 Seiten.

Streit um die Finanzierung

Die Opposition hält das Programm für nicht finanzierbar und verlangt eine Gegenrechnung bis zum Sommer, sagte ihr Sprecher.

Am Ende blieb die Frage offen."""


def test_headline_is_the_first_paragraph_and_is_analysed():
    doc = qk.analyze(ARTICLE)
    assert doc.metadata.title == "Kanzlerkandidat Müller: Wir senken die Steuern"
    assert doc.text.startswith(doc.metadata.title + "\n\n")
    labels = [(s.label, doc.span_text(s)) for s in doc.layers["structure"]]
    assert labels[0] == ("title", doc.metadata.title)
    assert ("crosshead", "Streit um die Finanzierung") in labels
    assert all(r.reason != "title" for r in doc.removed)
    # every layer reads the headline: the sentence splitter gives it its own sentence
    first = doc.layers["sentences"][0]
    assert doc.span_text(first) == doc.metadata.title


def test_headline_text_rules():
    assert headline_text(None, "Body.") is None
    assert headline_text("  Zwei   Zeilen\nTitel ", "Body.") == "Zwei Zeilen Titel"
    assert headline_text("Der Titel", "Der Titel\n\nBody.") is None  # the body already opens with it


def test_crossheads_need_a_longer_paragraph_after_and_no_sentence_end():
    text = "Erster Absatz mit einem Satz.\n\nZwischentitel\n\nEin langer Absatz mit vielen Wörtern folgt hier.\n\nEnde."
    assert [text[s:e] for s, e in crossheads(text)] == ["Zwischentitel"]
    assert crossheads("A.\n\nKein Zwischentitel.\n\nEin langer Absatz mit vielen Wörtern folgt hier.\n\nB.") == []


def test_datelines_are_marked_and_date_the_article():
    # Invented article.
    doc = qk.analyze("Brücke in Talheim wird gesperrt\n\nWien – Die Stadt hat am Montag die Brücke gesperrt, "
                     "sagte ein Sprecher.\n\nDie Arbeiten dauern drei Wochen. (APA, 11.9.2015)")
    lines = [(s.label, doc.span_text(s)) for s in doc.layers["structure"]]
    assert ("dateline", "Wien –") in lines and ("dateline", "(APA, 11.9.2015)") in lines
    assert doc.metadata.published == "2015-09-11"
    monday = [s for s in doc.layers["dates"] if doc.span_text(s).endswith("Montag")]
    assert monday and monday[0].attrs["value"] == "2015-09-07"


def test_published_from_the_input_wins_over_the_dateline():
    doc = qk.analyze("Titel der Meldung hier\n\nWien – Die Stadt hat die Brücke gesperrt, sagte ein Sprecher am Montag. (APA, 11.9.2015)",
                     published="2015-09-12")
    assert doc.metadata.published == "2015-09-12"
