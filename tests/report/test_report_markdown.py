"""The Markdown report and its escaping."""

from __future__ import annotations

from quellenkritik.report import md_escape, render


def test_md_escapes_article_markup(report_doc):
    out = render(report_doc, "md")
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<img" not in out
    assert "gedeckt \\| laut &lt;Kämmerei&gt; &amp; \\*Finanzamt\\*" in out
    assert "\\[bold\\]fett\\[/bold\\]" in out
    assert "# Neustadt: Rat &lt;b&gt;lehnt&lt;/b&gt; Haushalt ab" in out


def test_md_escape_cases():
    assert md_escape("a|b") == "a\\|b"
    assert md_escape("# Titel") == "\\# Titel"
    assert md_escape("_x_ `y`") == "\\_x\\_ \\`y\\`"
    assert md_escape("[Link](http://x)") == "\\[Link\\](http://x)"
    assert md_escape("Zeile\nzwei") == "Zeile zwei"
    assert md_escape("- Punkt\n1. Liste", inline=False) == "\\- Punkt\n\\1. Liste"


def test_md_tables_keep_their_shape(report_doc):
    out = render(report_doc, "md")
    lines = out.splitlines()
    start = lines.index("### quantities (2)")
    header = next(i for i in range(start, len(lines)) if lines[i].startswith("| at |"))
    rows = lines[header + 2 : header + 4]
    assert len(rows) == 2
    for row in lines[header : header + 4]:
        # unescaped pipes only: the 5 column separators
        assert row.replace("\\|", "").count("|") == 5, row
    assert "4,2 Millionen Euro" in rows[1] and "MONEY" in rows[1]


def test_md_sections(report_doc):
    out = render(report_doc, "md")
    for heading in ("## Text (excerpt)", "## Layers", "### entities (4)", "### framing (1)",
                    "## Removed page furniture", "## Findings"):
        assert heading in out
    assert "unattributed-number" in out.split("## Findings", 1)[1]
    assert "Auf X teilen" in out.split("## Removed page furniture", 1)[1]
    assert "passage repeated at ¶1 (0–90) and ¶3" in out
    # sentences are counted in the layer table, not listed
    assert "| sentences |" in out and "### sentences" not in out


def test_md_truncates_long_layers(build_report_doc):
    text = "Wort " * 150
    doc = build_report_doc(text=text, title="Lang")
    for i in range(150):
        doc.add("entities", i * 5, i * 5 + 4, label="X", by="test")
    out = render(doc, "md")
    assert "… and 50 more" in out
