"""The Markdown report and its escaping."""

from __future__ import annotations

import pytest

import quellenkritik
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline
from quellenkritik.report import md_escape, render
from tests.conftest import EXAMPLES, need_shared


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


def _md_section(out: str, heading: str) -> str:
    return out.split(heading, 1)[1].split("\n## ", 1)[0]


def test_md_sourcing_section(sections_doc):
    out = render(sections_doc, "md")
    section = _md_section(out, "## Sourcing")
    assert "- 3 of 7 sentences (43 %) state facts without attribution\n- 1 anonymous source\n" in section
    assert "- sources by type: official 3\n- by state: RU 1, UA 1" in section
    assert "| 157–168 | Ein Beamter | official · anonymous |" in section
    assert out.index("## Sourcing") < out.index("## Layers")


def test_md_entities_grouped(sections_doc):
    section = _md_section(render(sections_doc, "md"), "## Entities (5 entities, 7 mentions)")
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert rows == [
        "| Vladimir Putin | PER | 2 | Wladimir Putin, Putin | yes | qk:per:vladimir-putin |",
        "| Olga Beispiel | PER | 1 | Olga Beispiel | no | — |",
        "| Kremlin | ORG | 1 | Kreml | yes | qk:org:kremlin |",
        "| Moscow | LOC | 2 | Moskau ×2 | yes | qk:loc:moscow |",
        "| Kyiv | LOC | 1 | Kiew | yes | qk:loc:kyiv |",
    ]


def test_md_claims_all_by_score(sections_doc, build_sections_doc):
    section = _md_section(render(sections_doc, "md"), "## Claims (3)")
    rows = [line for line in section.splitlines() if line.startswith("| 0.")]
    assert [row.split(" | ")[0] for row in rows] == ["| 0.90", "| 0.70", "| 0.40"]
    assert "| sei die Lage stabil. | reported speech | attributed to dem Kreml (qk:org:kremlin) | 58–78 |" in rows[1]
    assert rows[0].endswith("| number, casualties | unattributed | 113–156 |")
    assert "## Claims" not in render(build_sections_doc(claims=False), "md")


def test_md_sections_escape_record_values(build_sections_doc):
    doc = build_sections_doc()
    doc.layers["entities"][0].attrs["canonical"] = "<b>Putin</b> | *x*"
    doc.layers["claims"][1].attrs["source"] = "[Kreml](http://x) | <i>"
    doc.layers["claims"][1].attrs["reasons"] = ["a|b", "_c_"]
    out = render(doc, "md")
    assert "<b>" not in out and "<i>" not in out
    assert "| &lt;b&gt;Putin&lt;/b&gt; \\| \\*x\\* | PER | 2 |" in out
    assert "attributed to \\[Kreml\\](http://x) \\| &lt;i&gt; (qk:org:kremlin)" in out
    claims = _md_section(out, "## Claims (3)")
    for row in (line for line in claims.splitlines() if line.startswith("|")):
        assert row.replace("\\|", "").count("|") == 6, row


@pytest.mark.shared
def test_md_example_article_sections():
    """The HIMARS example through the default pipeline: Putin grouped, a Sourcing section."""
    path = need_shared(EXAMPLES / "vz-himars-belgorod.txt")
    doc = quellenkritik.analyze(path, pipeline=Pipeline.from_names(DEFAULT_COMPONENTS))
    out = render(doc, "md")
    sourcing = _md_section(out, "## Sourcing")
    assert "sentences (" in sourcing and "state facts without attribution" in sourcing
    assert "sources by type: " in sourcing and "official" in sourcing
    entities = out.split("## Entities (", 1)[1].split("\n## ", 1)[0]
    putin = [line for line in entities.splitlines() if line.startswith("| Vladimir Putin |")]
    assert len(putin) == 1 and "Wladimir Putin" in putin[0] and "qk:per:vladimir-putin" in putin[0]
