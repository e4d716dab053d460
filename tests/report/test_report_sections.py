"""The shared section logic (report/sections.py): sourcing, claims, entity groups."""

from __future__ import annotations

from quellenkritik.document import Document, Source
from quellenkritik.report.sections import (
    attribution_text,
    claim_rows,
    entity_groups,
    format_mentions,
    format_score,
    kb_text,
    source_rows,
    sourcing_lines,
    sourcing_profile,
)


def test_entities_grouped_by_id_and_sorted_by_label_then_count(sections_doc):
    groups = entity_groups(sections_doc)
    assert [(g.canonical, g.label, g.count) for g in groups] == [
        ("Vladimir Putin", "PER", 2),
        ("Olga Beispiel", "PER", 1),
        ("Kremlin", "ORG", 1),
        ("Moscow", "LOC", 2),
        ("Kyiv", "LOC", 1),
    ]
    putin = groups[0]
    assert putin.id == "qk:per:vladimir-putin"
    assert putin.mentions == [("Wladimir Putin", 1), ("Putin", 1)]
    assert format_mentions(putin) == "Wladimir Putin, Putin"
    assert putin.indexes == [0, 3] and kb_text(putin) == "yes"
    moscow = groups[3]
    assert format_mentions(moscow) == "Moskau ×2"
    olga = groups[1]
    assert olga.id is None and kb_text(olga) == "no"


def test_entities_without_id_group_by_canonical_then_by_text():
    text = "Putin, Wladimir Putin und PUTIN; Kyjiw und Kiew; Neustadt."
    doc = Document(source=Source(kind="text", location="<t>"), text=text)
    doc.add("entities", 0, 5, "PER", canonical="Vladimir Putin")
    doc.add("entities", 7, 21, "PER", canonical="Vladimir Putin")
    doc.add("entities", 26, 31, "PER")  # no id, no canonical: its own group (by text)
    doc.add("entities", 33, 38, "LOC", canonical="Kyiv")
    doc.add("entities", 43, 47, "LOC", canonical="kyiv")  # canonical compared without case
    doc.add("entities", 49, 57, "")
    groups = entity_groups(doc)
    assert [(g.canonical, g.count) for g in groups] == [
        ("Vladimir Putin", 2), ("PUTIN", 1), ("Kyiv", 2), ("Neustadt", 1)
    ]
    assert groups[0].kb is None and kb_text(groups[0]) == "—"
    assert groups[-1].label == ""  # no label: listed last


def test_sourcing_profile_lines(sections_doc):
    profile = sourcing_profile(sections_doc)
    assert profile is not None
    assert sourcing_lines(profile) == [
        "3 of 7 sentences (43 %) state facts without attribution",
        "1 anonymous source",
        "sources by type: official 3",
        "by state: RU 1, UA 1",
    ]
    rows = source_rows(sections_doc)
    assert [r.mention for r in rows] == ["dem Kreml", "Die Regierung in Kiew", "Ein Beamter"]
    assert [r.anonymous for r in rows] == [False, False, True]
    assert [r.states for r in rows] == [["RU"], ["UA"], []]


def test_sourcing_profile_absent_or_malformed():
    doc = Document(source=Source(kind="text", location="<t>"), text="Ein Satz.")
    assert sourcing_profile(doc) is None
    doc.add("findings", 0, 9, "sourcing-profile", sentences="viele", anonymous_sources=2,
            by_type={"media": "zwei", "person": 1}, by_state=None)
    lines = sourcing_lines(sourcing_profile(doc))
    assert lines == ["2 anonymous sources", "sources by type: person 1", "by state: none identified"]


def test_claims_by_score_and_attribution(sections_doc):
    rows = claim_rows(sections_doc)
    assert [format_score(r.score) for r in rows] == ["0.90", "0.70", "0.40"]
    assert rows[0].text == "Die Regierung in Kiew meldete 12 Verletzte."
    assert rows[0].reasons == ["number", "casualties"]
    assert [attribution_text(r) for r in rows] == [
        "unattributed",
        "attributed to dem Kreml (qk:org:kremlin)",
        "unattributed",
    ]
    start = sections_doc.text.index("Laut dem Kreml")
    assert rows[1].attribution == ("attributions", start, start + len("Laut dem Kreml"))


def test_claims_absent_layer_and_odd_attrs(build_sections_doc):
    assert claim_rows(build_sections_doc(claims=False)) is None
    doc = Document(source=Source(kind="text", location="<t>"), text="Eins. Zwei. Drei.")
    doc.add("claims", 0, 5, "claim", score="hoch", reasons="keine Liste")
    doc.add("claims", 6, 11, "claim", score=0.2, source="Amt")  # no flag: a named source counts
    doc.add("claims", 12, 17, "claim", score=True)
    rows = claim_rows(doc)
    assert [r.text for r in rows] == ["Zwei.", "Eins.", "Drei."]  # unusable scores last, text order
    assert rows[1].score is None and rows[1].reasons == [] and format_score(None) == "—"
    assert attribution_text(rows[0]) == "attributed to Amt"
    assert claim_rows(Document(source=Source(kind="text", location="<t>"), text="x", layers={"claims": []})) == []
