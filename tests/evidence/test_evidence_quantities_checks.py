"""Consistency findings of the "quantities" component (layer "findings", label "quantity-check")."""

from __future__ import annotations

from pathlib import Path

import pytest

import quellenkritik.evidence.quantities.components  # noqa: F401 - registers "quantities"
from quellenkritik.document import Document, Source
from quellenkritik.evidence.quantities import find_quantities, interval
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline, registry

EXAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "examples"


def checks(text: str, lang: str = "de") -> list[tuple[str, dict]]:
    doc = Document(source=Source(kind="text", location="test"), text=text, language=lang)
    for name in ("tokens", "sentences", "quantities"):
        registry.get(name).factory()(doc)
    out = []
    for s in doc.layers.get("findings", []):
        assert s.label == "quantity-check" and s.by == "quantities"
        out.append((doc.span_text(s), s.attrs))
    return out


def one(text: str, kind: str, lang: str = "de") -> tuple[str, dict]:
    found = [f for f in checks(text, lang) if f[1]["kind"] == kind]
    assert len(found) == 1, found
    return found[0]


def test_intervals_follow_the_bound():
    (q,) = find_quantities("mehr als 5 Millionen Dollar")
    assert interval(q) == (5_000_000, float("inf"))
    (q,) = find_quantities("etwa 100 Euro")
    assert interval(q) == pytest.approx((90, 110))
    (q,) = find_quantities("5 Millionen Dollar")  # half the last written digit
    assert interval(q) == (4_500_000, 5_500_000)
    (q,) = find_quantities("31 Prozent")  # a rounded percentage
    assert interval(q) == (30.5, 31.5)
    (q,) = find_quantities("5,27 Mio. Dollar")
    assert interval(q) == pytest.approx((5_217_300, 5_322_700))  # at least 1 %


def test_count_times_unit_price_consistent():
    text = ("Die Armee fing 31 Raketen und 68 Drohnen ab. Die Raketen kosten etwa 170.000 Dollar "
            "pro Stück, es wurden also mehr als 5 Millionen Dollar ausgegeben.")
    span, a = one(text, "count_times_unit_price")
    assert span == "mehr als 5 Millionen Dollar"
    assert a["verdict"] == "consistent"
    assert a["computed"] == 5_270_000
    assert a["stated"]["value"] == 5_000_000 and a["stated"]["bound"] == "more_than"
    assert "31 × 170,000 USD = 5,270,000 USD" in a["arithmetic"]
    starts = [text[s:e] for s, e in a["spans"]]
    assert starts == ["31", "etwa 170.000 Dollar", "mehr als 5 Millionen Dollar"]  # not the drones
    assert a["explanation"].endswith(".")


def test_count_times_unit_price_inconsistent():
    text = ("Die Armee feuerte 40 Raketen ab. Eine Rakete kostet 200.000 Euro pro Stück. "
            "Insgesamt wurden so 3 Millionen Euro ausgegeben.")
    span, a = one(text, "count_times_unit_price")
    assert span == "3 Millionen Euro"
    assert a["verdict"] == "inconsistent" and a["computed"] == 8_000_000


def test_more_than_bound_violated_is_inconsistent():
    text = "Es fielen 20 Raketen zu je 100.000 Dollar pro Stück, mehr als 5 Millionen Dollar."
    assert one(text, "count_times_unit_price")[1]["verdict"] == "inconsistent"


def test_count_times_unit_price_english():
    text = ("The army fired 31 HIMARS rockets and 68 drones. Each rocket costs about $170,000 "
            "apiece, so more than $5 million was spent.")
    _, a = one(text, "count_times_unit_price", "en")
    assert a["verdict"] == "consistent" and a["computed"] == 5_270_000


def test_no_pairing_across_currencies_or_without_a_unit_price():
    assert checks("Es kamen 31 Raketen zu 170.000 Dollar pro Stück, mehr als 5 Millionen Euro.") == []
    assert checks("Es kamen 31 Raketen. Sie kosteten 170.000 Dollar. Dazu 5 Millionen Dollar.") == []
    assert checks("Er verdient 3.000 Euro pro Monat, in 12 Monaten 36.000 Euro.") == []


def test_ambiguous_counts_give_no_finding():
    text = ("Es kamen 31 Panzer und 68 Drohnen. Der Preis liegt bei 170.000 Dollar pro Stück, "
            "zusammen mehr als 5 Millionen Dollar.")
    assert [f for f in checks(text) if f[1]["kind"] == "count_times_unit_price"] == []


def test_vague_total_is_not_checkable():
    text = "Sie kauften 31 Raketen zu je 170.000 Dollar pro Stück, Dutzende Millionen Dollar."
    _, a = one(text, "count_times_unit_price")
    assert a["verdict"] == "not checkable"


def test_change_percent_consistent_and_inconsistent():
    _, a = one("Der Preis stieg von 4 auf 4,50 Euro, also 12,5 Prozent mehr.", "change_percent")
    assert a["verdict"] == "consistent" and a["computed"] == 12.5
    _, a = one("Die Miete stieg von 500 auf 600 Euro, ein Plus von 30 Prozent.", "change_percent")
    assert a["verdict"] == "inconsistent"
    _, a = one("Der Preis stieg von 4 auf 4,50 Euro. Das sind 12,5 Prozent mehr.", "change_percent")
    assert a["verdict"] == "consistent"


def test_change_percent_fraction_and_direction():
    text = "Die Zahl sank auf 410.000 nach 600.000 im Vorjahr, sie ist um knapp ein Drittel gesunken."
    _, a = one(text, "change_percent")
    assert a["verdict"] == "consistent" and a["computed"] == pytest.approx(-31.6667)
    text = "Die Zahl stieg auf 410.000 nach 600.000 im Vorjahr, ein Anstieg um knapp ein Drittel."
    assert one(text, "change_percent")[1]["verdict"] == "inconsistent"


def test_percentage_of_base():
    text = "Der Gewinn sank von 518,4 Mio. Euro auf rund 172 Mio. Euro und damit auf ein Drittel."
    _, a = one(text, "percentage_of_base")
    assert a["verdict"] == "consistent"


def test_unrelated_percentage_in_next_sentence_is_not_paired():
    text = "Die Zahl stieg von vier auf sieben Verkäufe. Sales grew 74% last year."
    assert [f for f in checks(text) if f[1]["kind"] == "change_percent"] == []


def test_figures_that_are_themselves_percentages_are_not_a_change():
    text = "Der Beitrag soll von 4,5 auf 3,5 oder 3,6 Prozent sinken."
    assert [f for f in checks(text) if f[1]["kind"] == "change_percent"] == []


def test_parts_and_total():
    _, a = one("Es kamen 10 Flugzeuge, darunter zwei amerikanische.", "parts_and_total")
    assert a["verdict"] == "consistent" and a["computed"] == 2
    _, a = one("Es starben 517 Menschen, darunter 33 Kinder und zwei Babys.", "parts_and_total")
    assert a["computed"] == 35 and len(a["spans"]) == 3
    _, a = one("Es kamen 10 Flugzeuge, darunter 12 amerikanische.", "parts_and_total")
    assert a["verdict"] == "inconsistent"


def test_himars_example_finding():
    path = EXAMPLES / "vz-himars-belgorod.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    import quellenkritik

    doc = quellenkritik.analyze(path, pipeline=Pipeline.from_names(DEFAULT_COMPONENTS))
    found = [s for s in doc.layers["findings"] if s.by == "quantities"
             and s.attrs["kind"] == "count_times_unit_price"]
    assert len(found) == 1
    f = found[0]
    assert doc.span_text(f) == "mehr als 5 Millionen Dollar"
    assert f.attrs["verdict"] == "consistent" and f.attrs["computed"] == 5_270_000
    assert [doc.text[s:e] for s, e in f.attrs["spans"]] == [
        "31", "etwa 170.000 Dollar", "mehr als 5 Millionen Dollar"]
    assert all(s.attrs["verdict"] != "inconsistent" for s in doc.layers["findings"]
               if s.by == "quantities")


def test_price_per_named_item_picks_the_matching_count():
    text = ("Es fielen 50 Drohnen und 20 Raketen, zu 100.000 Euro pro Rakete; "
            "insgesamt 2 Millionen Euro.")
    _, a = one(text, "count_times_unit_price")
    assert text[slice(*a["spans"][0])] == "20" and a["verdict"] == "consistent"


def test_rerunning_replaces_own_spans():
    doc = Document(source=Source(kind="text", location="test"), language="de",
                   text="Es kamen 10 Flugzeuge, darunter zwei amerikanische.")
    for name in ("tokens", "sentences", "quantities", "quantities"):
        registry.get(name).factory()(doc)
    assert len(doc.layers["quantities"]) == 2 and len(doc.layers["findings"]) == 1
