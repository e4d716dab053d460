"""Contents of the shipped KB: the actors of German-language news, sources, weak aliases."""

from __future__ import annotations

import pytest

from quellenkritik.evidence.entities.kb import load_kb, weak_aliases
from quellenkritik.evidence.entities.resolve import resolve


@pytest.fixture(autouse=True)
def no_user_kb(monkeypatch):
    from quellenkritik.evidence.entities import kb as kbmod

    monkeypatch.setenv("QK_USER_KB", "")
    kbmod.invalidate()
    yield
    kbmod.invalidate()


@pytest.mark.parametrize("name, label, eid", [
    ("Merkel", "PER", "qk:per:angela-merkel"),
    ("Van der Bellen", "PER", "qk:per:alexander-van-der-bellen"),
    ("Kim Yo-jong", "PER", "qk:per:kim-yo-jong"),
    ("Kim Jong-un", "PER", "qk:per:kim-jong-un"),
    ("Obama", "PER", "qk:per:us:barack-obama"),
    ("Netanjahu", "PER", "qk:per:benjamin-netanyahu"),
    ("CDU", "ORG", "qk:org:party:pf1375"),
    ("SPD", "ORG", "qk:org:party:pf383"),
    ("ÖVP", "ORG", "qk:org:party:pf1329"),
    ("FPÖ", "ORG", "qk:org:party:pf463"),
    ("APA", "ORG", "qk:org:outlet:apa"),
    ("ORF", "ORG", "qk:org:outlet:orf"),
    ("Hamas", "ORG", "qk:org:hamas"),
    ("Hisbollah", "ORG", "qk:org:hezbollah"),
    ("Vereinte Nationen", "ORG", "qk:org:un"),
    ("Syrien", "LOC", "qk:loc:iso:SY"),
    ("Сирія", "LOC", "qk:loc:iso:SY"),
    ("Gazastreifen", "LOC", "qk:loc:gaza-strip"),
])
def test_actors_resolve(name, label, eid):
    r = resolve(name, label)
    assert r.kb and r.id == eid, r


def test_sources_and_ids_from_data():
    kb = load_kb()
    counts = kb.meta["counts"]
    assert counts["partyfacts:ORG"] > 3000 and counts["us-congress-legislators:PER"] > 500
    assert counts["fundus:ORG"] > 100 and counts["curated:PER"] > 300
    assert kb.get("qk:org:party:pf1375").extra["wikidata"] == "Q49762"  # from partyfacts/wikidata.csv
    # a generated entry naming a curated one is folded into it
    hamas = kb.get("qk:org:hamas")
    assert hamas.extra["wikidata"] and "qk:org:party:pf8011" in hamas.extra["merged"]
    assert kb.get("qk:org:party:pf8011") is None
    trump = kb.get("qk:per:donald-trump")
    assert trump.extra["role"] and trump.extra["wikidata"]


def test_two_different_kims_and_shared_surnames_are_ambiguous():
    assert resolve("Kim Yo-jong", "PER").id != resolve("Kim Jong-un", "PER").id
    r = resolve("Bundesrat", "ORG")
    assert r.method == "ambiguous" and "qk:org:at-bundesrat" in r.candidates


def test_weak_aliases_are_flagged_and_in_aliases():
    kb = load_kb()
    for e in kb.entries:
        w = weak_aliases(e)
        assert w <= set(e.aliases) | {e.canonical}, e.id
    assert "IS" in weak_aliases(kb.get("qk:org:islamic-state"))
    assert "Kurz" in weak_aliases(kb.get("qk:per:sebastian-kurz"))
    assert "Linke" in weak_aliases(kb.get("qk:org:party:pf1545"))
    # 1-2 letter party short names are weak; a short name shared by parties of several countries is no alias
    sp = kb.get("qk:org:party:pf29")
    assert "SP" in weak_aliases(sp)
    ps_parties = [e for e in kb.by_norm("PS") if e.source == "partyfacts"]
    assert len(ps_parties) <= 1


def test_persons_have_roles():
    kb = load_kb()
    persons = [e for e in kb.entries if e.label == "PER" and e.source == "curated"]
    assert sum(1 for e in persons if e.extra.get("role")) / len(persons) > 0.9
