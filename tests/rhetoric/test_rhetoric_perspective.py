"""Perspective: contested terms, in-group markers, symmetry. Sentences invented for the tests."""

from __future__ import annotations

import pytest

from quellenkritik import analyze
from quellenkritik.rhetoric.perspective import SIDES, TERMS, find_markers, mirror, summarise
from tests.conftest import SHARED, need_shared


def test_catalogue_is_symmetric():
    by_key = {t.key: t for t in TERMS}
    assert len(by_key) == len(TERMS)
    for t in TERMS:
        other = by_key[t.counterpart]
        assert other.counterpart == t.key and other.conflict == t.conflict
        assert {t.side, other.side} == set(SIDES[t.conflict]), t.key
    for conflict, (a, b) in SIDES.items():
        sides = [t.side for t in TERMS if t.conflict == conflict]
        assert sides.count(a) == sides.count(b), conflict


def test_terms_and_in_group_resolve_to_a_side():
    text = "Das Kiewer Regime lügt. Unsere Truppen rücken vor, das Dorf wurde befreit. Der Gegner flieht."
    p = summarise(find_markers(text))
    assert p["side"] == "Russian side" and p["in_group"]
    assert p["summary"].startswith("in-group: Russian side") and "Kiewer Regime ×1" in p["summary"]
    mirrored = summarise(find_markers(mirror(text)))
    assert mirrored["side"] == "Ukrainian side" and mirrored["summary"].startswith("in-group: Ukrainian side")


def test_a_term_across_a_line_break_is_found():
    keys = [m.key for m in find_markers("Das Kiewer\nRegime lügt, schrieb die Zeitung.")]
    assert keys and keys == [m.key for m in find_markers("Das Kiewer Regime lügt, schrieb die Zeitung.")]


def test_quoted_terms_are_the_speakers():
    text = "Der Sprecher sagte: „Das Kiewer Regime lügt.“"
    q = (text.index("„"), len(text))
    assert summarise(find_markers(text, [q]))["side"] is None
    assert summarise(find_markers("Ein neutraler Bericht über das Wetter."))["summary"] == "no side-specific vocabulary found"


def test_liberated_alone_is_no_side():
    # "befreit" is said by both sides of their own advances: without first-person markers it is not counted
    p = summarise(find_markers("Die Geiseln wurden am Montag befreit."))
    assert not p["in_group"] and p["side"] is None


@pytest.mark.shared
def test_examples_perspective_and_their_mirror():
    folder = need_shared(SHARED / "examples")
    text = (folder / "vz-himars-belgorod.txt").read_text(encoding="utf-8")
    doc = analyze(text)
    p = doc.document["perspective"]
    assert p["side"] == "Russian side" and p["in_group"]
    for marker in ("unserer offensive", "unserer truppen", "befreit", "Kiewer Regime", "der Gegner"):
        assert marker in p["summary"], marker
    assert {s.label for s in doc.layers["perspective"]} >= {"term", "in-group", "adversary"}
    mirrored = analyze(mirror(text)).document["perspective"]
    assert mirrored["side"] == "Ukrainian side" and mirrored["in_group"]
