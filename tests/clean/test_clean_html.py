"""Cleaning an HTML page: blocks the markup marks as newsletter, donation or
author box, appeals that survive extraction, the site's name in the title.
The page is invented for these tests (names, account and text are made up)."""

from __future__ import annotations

from quellenkritik.clean.html import clean_html, strip_marked_blocks

BODY = " ".join(
    [
        "Die Stadt Lindenau hat am Montag ihr Hallenbad geschlossen, nach zwei Jahren Streit im Stadtrat.",
        "Der Verein Delfin Lindenau sammelte in den vergangenen Wochen mehr als 2000 Unterschriften gegen die Schließung.",
        "Die Sanierung würde nach Angaben der Stadtverwaltung rund 4 Millionen Euro kosten, deutlich mehr als geplant.",
        "Eine endgültige Entscheidung über die Zukunft des Bades soll nach der Sommerpause im Herbst fallen.",
    ]
)

PAGE = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Lindenau schließt das Hallenbad | Lindenauer Bote</title>
<meta property="og:site_name" content="Lindenauer Bote Verlag">
<meta property="og:title" content="Lindenau schließt das Hallenbad | Lindenauer Bote">
</head><body>
<header><nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav></header>
<article>
<h2>Ein Bad weniger</h2>
<p>{BODY}</p>
<p>Im Stadtrat stimmten 18 von 31 Mitgliedern für die Schließung, die Opposition kündigte eine Klage an.
Der Bürgermeister verteidigte die Entscheidung am Dienstag vor rund 200 Zuhörern in der Stadthalle.</p>
<p>Alternativ per Banküberweisung, IBAN: DE00 1234 5678 9012 3456 78</p>
<div class="newsletter-box"><h3>Newsletter</h3><p>Abonnieren Sie unseren kostenlosen Newsletter und verpassen Sie keine Meldung aus Lindenau.</p></div>
<div class="author-bio"><p>Anna Muster ist freie Journalistin in Lindenau und schreibt seit 2010 über Kommunalpolitik und Sport.</p></div>
</article>
<aside id="spenden-widget"><p>Unterstützen Sie unabhängigen Lokaljournalismus mit einer Spende per PayPal.</p></aside>
<aside class="author-box"><p>Anna Muster</p></aside>
<footer><p>Impressum</p></footer>
</body></html>"""


def test_marked_blocks_are_taken_out_and_recorded():
    stripped, marked = strip_marked_blocks(PAGE)
    reasons = {reason for _, reason in marked}
    assert reasons == {"newsletter", "author-bio", "donation"}
    assert "Abonnieren Sie unseren kostenlosen Newsletter" not in stripped
    assert "freie Journalistin" not in stripped and "Unterstützen Sie unabhängigen" not in stripped
    assert "Anna Muster</p></aside>" in stripped  # a short author box is a byline: kept for the metadata
    assert BODY[:40] in stripped
    assert strip_marked_blocks("<html><body><p>Nur Text.</p></body></html>") == (
        "<html><body><p>Nur Text.</p></body></html>", [])


def test_html_page_furniture_goes_to_removed_with_reasons():
    c = clean_html(PAGE)
    assert "Hallenbad geschlossen" in c.text and "18 von 31" in c.text
    for gone in ("IBAN", "Newsletter", "freie Journalistin", "PayPal"):
        assert gone not in c.text, gone
    got = [(r.reason, r.text) for r in c.removed]
    assert ("bank-account", "Alternativ per Banküberweisung, IBAN: DE00 1234 5678 9012 3456 78") in got
    assert any(reason == "newsletter" and "kostenlosen Newsletter" in text for reason, text in got)
    assert any(reason == "author-bio" and "freie Journalistin" in text for reason, text in got)
    assert any(reason == "donation" and "Spende per PayPal" in text for reason, text in got)


def test_html_title_loses_the_site_name():
    c = clean_html(PAGE)
    assert c.metadata["title"] == "Lindenau schließt das Hallenbad"
    assert ("site-name", "Lindenauer Bote") in [(r.reason, r.text) for r in c.removed]
    assert c.metadata["outlet"] == "Lindenauer Bote Verlag"  # the page's own name for the site stays
