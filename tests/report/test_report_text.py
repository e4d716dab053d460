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
    assert "Anna Keller" in out and "PER" in out and "Q-keller" in out
    assert "id=Q-keller" not in out  # entities are grouped in their own section, not a span table
    assert "framing" in out and "loaded" in out  # a layer no renderer knows


def test_text_repeats_are_described(report_doc):
    out = render(report_doc, "text")
    assert "passage repeated at ¶1 (0–90) and ¶3" in out


def test_text_lists_at_most_n_spans(build_report_doc):
    words = " ".join(f"Ort{i}" for i in range(60)) + "."
    doc = build_report_doc(text=words, title="Viele Orte")
    for i in range(60):
        start = words.index(f"Ort{i} " if i < 59 else "Ort59.")
        doc.add("places", start, start + len(f"Ort{i}"), label="LOC", by="test")
    out = render(doc, "text")
    assert "... and 35 more" in out
    assert "Ort24" in out and "Ort25" not in out


def test_text_lists_at_most_50_entity_groups(build_report_doc):
    words = " ".join(f"Ort{i}" for i in range(60)) + "."
    doc = build_report_doc(text=words, title="Viele Orte")
    for i in range(60):
        start = words.index(f"Ort{i} " if i < 59 else "Ort59.")
        doc.add("entities", start, start + len(f"Ort{i}"), label="LOC", by="test")
    out = render(doc, "text")
    assert "Entities (60 entities, 60 mentions)" in out
    assert "... and 10 more" in out


def _section(out: str, title: str) -> str:
    """The lines of a text report from the one starting with ``title`` to the next blank-led heading."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    end = next((i for i in range(start + 1, len(lines)) if lines[i][:1].isalpha()), len(lines))
    return "\n".join(lines[start:end])


def test_text_sourcing_section(sections_doc):
    out = render(sections_doc, "text")
    section = _section(out, "Sourcing")
    assert "• 3 of 7 sentences (43 %) state facts without attribution" in section
    assert "• 1 anonymous source" in section
    assert "• sources by type: official 3" in section
    assert "• by state: RU 1, UA 1" in section
    sources = _section(out, "sources (3)")
    assert "Die Regierung in Kiew" in sources and "official · UA" in sources
    assert "official · anonymous" in sources
    # the profile is not repeated as a generic finding
    assert "sourcing-profile" not in out and "share_unattributed" not in out


def test_text_entities_grouped(sections_doc):
    section = _section(render(sections_doc, "text"), "Entities")
    assert section.splitlines()[0].startswith("Entities (5 entities, 7 mentions)")
    rows = [line.split() for line in section.splitlines() if "qk:" in line or "Olga" in line]
    assert rows[0] == ["Vladimir", "Putin", "PER", "2", "Wladimir", "Putin,", "Putin", "yes", "qk:per:vladimir-putin"]
    assert [row[0] for row in rows] == ["Vladimir", "Olga", "Kremlin", "Moscow", "Kyiv"]
    assert rows[3][1:5] == ["LOC", "2", "Moskau", "×2"]
    assert rows[1][-2:] == ["no", "—"]


def test_text_claims_ranked_top_n(sections_doc, build_sections_doc):
    out = render(sections_doc, "text")
    section = _section(out, "Claims (3, highest scores first)")
    order = [section.index(s) for s in ("0.90", "0.70", "0.40")]
    assert order == sorted(order)
    assert section.index("Die Regierung in Kiew meldete") < section.index("sei die Lage stabil")
    assert "attributed to dem" in section and section.count("unattributed") == 2
    assert "Claims" not in render(build_sections_doc(claims=False), "text")

    doc = build_sections_doc(claims=False)
    for i in range(12):
        doc.add("claims", i, i + 5, "claim", by="test", score=i / 20, reasons=[f"grund{i}"], attributed=False)
    out = render(doc, "text")
    assert "... and 2 more" in out
    assert "grund11" in out and "grund2" in out and "grund1 " not in out and "grund0" not in out


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


def test_rhetoric_at_80_columns_keeps_technique_names_whole():
    from quellenkritik import analyze

    text = ("Der Kommentar (erfunden für diesen Test). Mit anderen Worten: Die Regierung will die totale Kontrolle. "
            "Das ist ein verzweifelter Versuch, und manche warnen vor dem Dritten Weltkrieg.")
    doc = analyze(text)
    buffer = io.StringIO()
    Console(file=buffer, width=80, color_system=None).print(text_renderable(doc))
    out = buffer.getvalue()
    section = out[out.index("techniques ("):]
    for name in ("Causal_Oversimplification", "Exaggeration-Minimisation", "Appeal_to_Fear-Prejudice"):
        assert name in section, name  # on one line, never folded ("Loaded_Languag" / "e")
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 80
    # a wrapped explanation continues under its text, not at the margin
    lines = section.splitlines()[1:]
    block = lines[: next((i for i, line in enumerate(lines) if line[:1].isalpha()), len(lines))]  # up to the next section
    assert len(block) >= 8 and all(line.startswith("  ") for line in block if line.strip()), block


def test_counts_of_one_are_singular():
    from quellenkritik import analyze

    doc = analyze("Die Ministerin Karin Pemmerl (erfunden) besuchte am Montag Graz. Pemmerl lobte die Stadt.")
    out = render(doc, "text")
    assert "1 paragraph" in out and "1 paragraphs" not in out
    assert "Who said what (1 speaker)" in out


def test_entities_and_dates_at_80_columns_keep_ids_whole_and_read_in_words():
    from quellenkritik import analyze

    doc = analyze("Der ukrainische Präsident Wolodymyr Selenskyj traf am 17. November 2024 in Kiew "
                  "bis zu 12.000 Soldaten. (Erfundener Satz für diesen Test.)")
    buffer = io.StringIO()
    Console(file=buffer, width=80, color_system=None).print(text_renderable(doc))
    out = buffer.getvalue()
    assert "qk:per:volodymyr-zelensky" in out and "qk:loc:geonames:703448" in out  # one line each
    assert "at most 12,000 Soldaten" in out and "2024-11-17 (day)" in out
    assert "granularity=" not in out and "bound=" not in out  # no attribute dumps
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 80


def test_quotes_and_perspective_read_in_words():
    from quellenkritik import analyze

    doc = analyze("„Wir bleiben hart“, sagte der Minister am Montag. Unsere Truppen halten die Stellung gegen den "
                  "Gegner. (Erfundener Text.)")
    out = render(doc, "text")
    assert "source_type=" not in out and "kind=" not in out and "cue_type=" not in out
    assert "der Minister" in out
