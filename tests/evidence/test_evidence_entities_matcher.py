"""The KB matcher and the ``entities.kb`` component on invented sentences and the examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from quellenkritik.document import Document, Source
from quellenkritik.evidence.entities import local_id
from quellenkritik.evidence.entities.matcher import get_matcher
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXAMPLES = SHARED / "examples"


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(text[m.start : m.end], m.label, m.id, m.method) for m in get_matcher().find(text)]


def ids_of(text: str) -> dict[str, str]:
    return {t: i for t, _, i, _ in found(text)}


def test_genitives():
    got = ids_of("Trumps Besuch, Washingtons Kurs, Kiews Antwort, Moskaus Sicht und Pjöngjangs Plan.")
    assert got == {"Trumps": "qk:per:donald-trump", "Washingtons": "qk:loc:geonames:4140963",
                   "Kiews": "qk:loc:geonames:703448", "Moskaus": "qk:loc:geonames:524901",
                   "Pjöngjangs": "qk:loc:geonames:1871859"}
    assert {m for _, _, _, m in found("Trumps Besuch")} == {"kb-inflected"}


def test_hyphen_compounds_keep_the_name_only():
    text = "Die Biden-Regierung prüft HIMARS-Raketen für NATO-Länder und G20-Mitglieder."
    got = found(text)
    assert [(t, i) for t, _, i, _ in got] == [("Biden", "qk:per:joe-biden"), ("HIMARS", "qk:weapon:himars"),
                                              ("NATO", "qk:org:nato"), ("G20", "qk:org:g20")]
    assert all(m == "kb-compound" for *_, m in got)


def test_adjectives_are_not_entities():
    assert found("Die US-amerikanische und russische Seite, ukrainische Städte, das Kiewer Umland.") == []


def test_inflected_multiword_names():
    got = ids_of("Laut einer Mitteilung des russischen Verteidigungsministeriums und des Weißen Hauses.")
    assert got == {"russischen Verteidigungsministeriums": "qk:org:ru-mod", "Weißen Hauses": "qk:org:white-house"}


def test_labels_and_longest_match():
    got = {t: lab for t, lab, _, _ in found("Die Washington Post zitiert Kim Yo-jong, nicht Kim Jong Un, zum ATACMS.")}
    assert got == {"Washington Post": "ORG", "Kim Yo-jong": "PER", "Kim Jong Un": "PER", "ATACMS": "WEAPON"}


def test_short_aliases_need_uppercase():
    assert ids_of("Das berichtete die FT, laut AP auch die dpa.") == {
        "FT": "qk:org:outlet:ft", "AP": "qk:org:outlet:ap", "dpa": "qk:org:outlet:dpa"}
    assert found("Der Rat tagte dort, ap und ft sind keine Namen.") == []


def test_context_dependent_weapons():
    assert ids_of("Die Raketen M30 und M31 kosten viel.") == {"M30": "qk:weapon:m30", "M31": "qk:weapon:m31"}
    assert found("Der Stau auf der M30 bei Madrid.") == [("Madrid", "LOC", "qk:loc:geonames:3117735", "kb")]


def test_surname_coreference():
    text = "Wladimir Putin sprach. Später sagte Putin, Lloyd Austin habe recht; Austin widersprach."
    got = found(text)
    assert ("Putin", "PER", "qk:per:vladimir-putin", "kb") in got
    assert ("Austin", "PER", "qk:per:lloyd-austin", "coref") in got


def test_ambiguous_surname_settled_by_the_full_name():
    got = found("Witali Klitschko ist Bürgermeister. Klitschko sagte, Kiew halte stand.")
    assert ("Klitschko", "PER", "qk:per:vitali-klitschko", "coref") in got
    alone = found("Klitschko sagte nichts.")
    assert alone[0][3] == "ambiguous" and alone[0][2].startswith("qk:local:per:")


def test_acronym_after_long_name():
    text = "Das Zentrum für Drohnen nutzt das Army Tactical Missile System (ATACMS); ATACMS fliegt weit."
    assert {i for _, _, i, _ in found(text)} == {"qk:weapon:atacms"}


def _pipeline():
    import quellenkritik.evidence.entities.components  # noqa: F401 - registers entities.kb

    # without the statistical NER: these tests are about the KB matcher and linking
    return Pipeline.from_names([c for c in DEFAULT_COMPONENTS if c != "entities.ner"])


def test_component_and_link_entities():
    # imported here, not at collection: registering "entities.kb" early would change
    # what other test modules see in the global component registry
    from quellenkritik.evidence.entities.components import link_entities

    pipe = _pipeline()
    doc = Document(source=Source(kind="text", location="<test>"))
    doc.runtime["raw"] = "Selenskyj traf Boris Beispielmann in Kiew. Beispielmann sprach mit der NATO."
    pipe(doc)
    spans = doc.layers["entities"]
    assert all(s.by == "entities.kb" and s.attrs["id"] for s in spans)
    text = doc.text
    names = {text[s.start : s.end]: s for s in spans}
    assert names["Selenskyj"].attrs == {"id": "qk:per:volodymyr-zelensky", "canonical": "Volodymyr Zelensky",
                                        "kb": True, "method": "kb", "confidence": 1.0}
    a = text.index("Boris Beispielmann")
    b = text.index("Beispielmann", a + 10)
    added = link_entities(doc, [(a, a + len("Boris Beispielmann"), "PER"), (b, b + 12, "PER"),
                                (text.index("Kiew"), text.index("Kiew") + 4, "LOC")])
    assert len(added) == 2  # Kiew is already a KB span
    assert added[0].attrs["id"] == added[1].attrs["id"] == local_id("Boris Beispielmann", "PER")
    assert added[1].attrs["method"] == "coref"


EXPECTED = {
    "vz-himars-belgorod.txt": {
        "PER": ["Trump", "Biden", "Waleri Saluschnyj", "Wladimir Putin", "Selenskij", "Rodion Miroshnik",
                "Steve Witkoff", "Jared Kushner"],
        "LOC": ["Belgorod", "Region Charkiw", "DNR", "Donbass", "Rzeszów", "Wiesbaden", "Kiew", "Moskau", "VAE",
                "Washington"],
        "ORG": ["NATO", "USAREUR-AF", "russischen Verteidigungsministeriums", "russischen Außenministeriums", "FT"],
        "WEAPON": ["HIMARS", "MLRS", "M30", "M31"],
    },
    "goldenten-atacms-kursk.txt": {
        "PER": ["Biden", "Trump", "Wolodymyr Selenskyj", "Wladimir Putin", "Kim Jong-un", "Slutsky"],
        "LOC": ["Ukraine", "Russland", "Region Kursk", "Nordkorea", "Pjöngjangs", "Südkoreas", "Kiew", "Moskau"],
        "ORG": ["Bloomberg", "Associated Press", "NATO", "G20", "Nationalen Sicherheitsrats", "Staatsduma", "TASS",
                "Golden Ten Data"],
        "WEAPON": ["ATACMS"],
    },
}
#: In EXPECTED.md but not in the KB: left to the statistical NER.
NEEDS_NER = {"Boris Dscherelijewski", "Rubikon"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_examples_expected_entities(name):
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    text = path.read_text("utf-8")
    got = {(t, lab) for t, lab, _, _ in found(text)}
    for label, names in EXPECTED[name].items():
        for n in names:
            assert (n, label) in got, (n, label)
    assert not any(t in NEEDS_NER for t, _ in got)


def test_examples_selenskij_and_selenskyj_are_one_entity():
    paths = [EXAMPLES / n for n in sorted(EXPECTED)]
    if not all(p.exists() for p in paths):
        pytest.skip("examples absent")
    ids = [{t: i for t, _, i, _ in found(p.read_text("utf-8"))} for p in paths]
    assert ids[0]["Wolodymyr Selenskyj"] == ids[1]["Selenskij"] == "qk:per:volodymyr-zelensky"
    for name in ("Trump", "Biden"):
        assert ids[0][name] == ids[1][name]
    assert ids[0]["Wladimir Putin"] == ids[1]["Wladimir Putin"]


def test_names_do_not_run_across_sentences():
    got = found("Das sagte Marco. Rubio widersprach.")
    assert ("Rubio", "PER", "qk:per:marco-rubio", "kb") in got
    assert not any(t.startswith("Marco") for t, *_ in got)
    assert ("J. D. Vance", "PER", "qk:per:jd-vance", "kb") in found("Dann sprach J. D. Vance.")


def test_common_words_that_are_also_places_are_not_matched():
    assert found("Im Namen des Landes sagte der Rest der Gruppe dort nichts.") == []
