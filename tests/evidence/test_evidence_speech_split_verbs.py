"""A separable verb of saying needs its particle to close the clause. Sentences invented for the tests."""

from __future__ import annotations

from quellenkritik import analyze


def _cues(text: str) -> list[str]:
    doc = analyze(text=text)
    return [doc.text[a["cue"][0]:a["cue"][1]] for a in (s.attrs for s in doc.layers.get("attributions", ())) if a.get("cue")]


def test_particle_closing_the_clause_is_a_cue():
    assert "geht" in " ".join(_cues("Streit\n\nDie Ministerin geht davon aus, dass der Plan scheitert."))
    assert any("wies" in c for c in _cues("Streit\n\nDer Sprecher wies die Vorwürfe am Montag zurück."))


def test_a_preposition_is_no_particle():
    # "aus China" is a preposition phrase, not the particle of "ausgehen"
    assert _cues("Zoll\n\nDabei gingen der Behörde Container mit Pestiziden aus China ins Netz.") == []
