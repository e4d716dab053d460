"""The ``dates`` component: spans, normalised values, anchors, false positives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import quellenkritik.evidence.dates.components  # noqa: F401 - registers "dates"
from quellenkritik import analyze
from quellenkritik.document import Document, Source
from quellenkritik.evidence.dates import find_dates, make_dates
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline, registry

EXAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "examples"
ANCHOR = "2026-01-27"  # a Tuesday


def one(text: str, lang: str = "de", anchor: str | None = ANCHOR) -> tuple[str, str, dict[str, Any]]:
    found = find_dates(text, lang, anchor)
    assert len(found) == 1, [(text[d["start"] : d["end"]], d["attrs"]) for d in found]
    d = found[0]
    return text[d["start"] : d["end"]], d["label"], d["attrs"]


# ---- German, with an anchor -----------------------------------------------

@pytest.mark.parametrize(
    "text, span, value, gran, mod",
    [
        ("Er kam am 3. Oktober 2020 an.", "3. Oktober 2020", "2020-10-03", "day", None),
        ("Er kam am 03.10.2020 an.", "03.10.2020", "2020-10-03", "day", None),
        ("Es war im Oktober 2020.", "Oktober 2020", "2020-10", "month", None),
        ("Im Jahr 2024 sank der Wert.", "Jahr 2024", "2024", "year", None),
        ("Das gilt seit 2022 so.", "2022", "2022", "year", "AFTER"),
        ("Das war noch vor einem Monat anders.", "vor einem Monat", "2025-12", "month", None),
        ("Vor zwei Wochen begann es.", "Vor zwei Wochen", "2026-W03", "week", None),
        ("Er gewann Anfang des Monats die Wahl.", "Anfang des Monats", "2026-01", "month", "START"),
        ("Anfang Februar soll es beginnen.", "Anfang Februar", "2026-02", "month", "START"),
        ("Die Frist endet Ende 2025.", "Ende 2025", "2025", "year", "END"),
        ("Er tritt im Januar nächsten Jahres an.", "Januar nächsten Jahres", "2027-01", "month", None),
        ("Im vergangenen Jahr war es ruhig.", "vergangenen Jahr", "2025", "year", None),
        ("Letztes Jahr war es ruhig.", "Letztes Jahr", "2025", "year", None),
        ("Das sagte er am Montag in Berlin.", "Montag", "2026-01-26", "day", None),
        ("Das sagte er gestern in Berlin.", "gestern", "2026-01-26", "day", None),
        ("Das sagte er heute in Berlin.", "heute", "2026-01-27", "day", None),
        ("Die Wahl ist Mitte März geplant.", "Mitte März", "2026-03", "month", "MID"),
        ("Im Herbst 2023 kam die Wende.", "Herbst 2023", "2023-FA", "season", None),
        ("Das gilt bis mindestens 30. Mai.", "30. Mai", "2026-05-30", "day", "BEFORE"),
        ("Der Umsatz stieg im ersten Quartal 2024.", "ersten Quartal 2024", "2024-Q1", "quarter", None),
        ("Das war in den 1990er Jahren üblich.", "1990er Jahren", "199", "decade", None),
    ],
)
def test_german_expressions_with_anchor(text: str, span: str, value: str, gran: str, mod: str | None) -> None:
    got_span, _, attrs = one(text)
    assert got_span == span
    assert attrs["value"] == value
    assert attrs["granularity"] == gran
    assert attrs["mod"] == mod
    assert attrs["anchor"] == ANCHOR


def test_coordinated_days_share_the_month() -> None:
    text = "Am 24. und 25. Januar wurde die Stadt getroffen."
    found = find_dates(text, "de", None)
    assert [text[d["start"] : d["end"]] for d in found] == ["24.", "25. Januar"]
    assert [d["attrs"]["value"] for d in found] == ["XXXX-01-24", "XXXX-01-25"]
    assert all(d["attrs"]["year_known"] is False and d["attrs"]["coordinated"] == 2 for d in found)
    with_anchor = find_dates(text, "de", ANCHOR)
    assert [d["attrs"]["value"] for d in with_anchor] == ["2026-01-24", "2026-01-25"]
    assert all(d["attrs"]["year_from"] == "anchor" and not d["attrs"]["year_known"] for d in with_anchor)


def test_yearless_day_takes_the_year_nearest_the_anchor() -> None:
    _, _, attrs = one("Am 17. November Ortszeit antwortete er.")
    assert attrs["value"] == "2025-11-17"  # 71 days before the anchor, not 294 after
    assert attrs["local_time"] == "Ortszeit"
    assert attrs["year_known"] is False


def test_seit_makes_a_duration_and_letzten_tagen_a_vague_period() -> None:
    assert one("Das gilt seit 2022 so.")[1] == "DURATION"
    span, label, attrs = one("In den letzten Tagen hat er viel gesagt.")
    assert (span, label, attrs["value"], attrs["direction"]) == ("In den letzten Tagen", "DURATION", "PXD", "past")


# ---- German, without an anchor --------------------------------------------

def test_without_anchor_years_stay_open_and_relative_values_null() -> None:
    assert one("am 16. Januar", anchor=None)[2]["value"] == "XXXX-01-16"
    attrs = one("vor einem Monat", anchor=None)[2]
    assert attrs["value"] is None and attrs["relative"] is True and attrs["offset"] == {"months": -1}
    assert attrs["anchor"] is None and attrs["year_known"] is False
    attrs = one("im Januar nächsten Jahres", anchor=None)[2]
    assert attrs["value"] is None and attrs["offset"] == {"years": 1} and attrs["template"] == "XXXX-01"
    attrs = one("am Montag", anchor=None)[2]
    assert attrs["value"] is None and attrs["template"] == "XXXX-WXX-1"
    assert one("am 3. Oktober 2020", anchor=None)[2]["value"] == "2020-10-03"


def test_weekday_directions() -> None:
    assert one("nächsten Montag")[2]["value"] == "2026-02-02"
    assert one("vergangenen Dienstag")[2]["value"] == "2026-01-20"
    assert one("am Dienstag")[2]["value"] == ANCHOR


# ---- English ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text, span, value, mod",
    [
        ("He spoke on Tuesday.", "Tuesday", "2026-01-27", None),
        ("It opened on March 3, 2025.", "March 3, 2025", "2025-03-03", None),
        ("Sales fell last year.", "last year", "2025", None),
        ("It began two weeks ago.", "two weeks ago", "2026-W03", None),
        ("He won earlier this month.", "earlier this month", "2026-01", "START"),
        ("It ends by the end of June.", "the end of June", "2026-06", "END"),
        ("Prices rose since January.", "January", "2026-01", "AFTER"),
        ("Talks resume next year.", "next year", "2027", None),
    ],
)
def test_english_expressions(text: str, span: str, value: str, mod: str | None) -> None:
    got_span, _, attrs = one(text, "en")
    assert (got_span, attrs["value"], attrs["mod"]) == (span, value, mod)


def test_english_bound_is_kept_beside_the_position() -> None:
    assert one("It ends by the end of June.", "en")[2]["bound"] == "BEFORE"


# ---- false positives -------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Die Raketen M30 und M31 kosten viel.",
        "Die Quote liegt bei 2024 Prozent.",
        "Es kamen 2000 Menschen, 15 % mehr.",
        "Siehe Nr. 5 und Abschnitt 2022.",
        "Er zahlte 1999 Euro für 2023 Stück.",
        "Das passierte in 2024 Fällen.",
        "Sie sah es in mehreren Monaten nicht.",
        "Der August war heiß, sagte August Müller.",
    ],
)
def test_no_false_positives(text: str) -> None:
    found = find_dates(text, "de", ANCHOR)
    # "Der August" is ambiguous (name or month); only a cue makes it a date.
    assert found == [], [(text[d["start"] : d["end"]]) for d in found]


def test_bare_year_needs_a_context() -> None:
    assert [d["attrs"]["value"] for d in find_dates("Zwischen 2019 und 2021 stieg es.", "de")] == ["2019", "2021"]
    assert find_dates("Es waren 2019 und nicht mehr.", "de") == []


# ---- the component -----------------------------------------------------------

def _doc(text: str, published: str | None = None) -> Document:
    doc = Document(source=Source(kind="text", location="<test>"), text=text, language="de")
    doc.metadata.published = published
    return doc


def test_component_registration() -> None:
    spec = registry.get("dates")
    assert spec.requires == {"tokens", "layers.sentences"}
    assert spec.adds == {"layers.dates"}
    assert spec.stage == "evidence"


def test_component_uses_published_and_option_overrides() -> None:
    doc = _doc("Das sagte er gestern.", published="2024-03-01")
    make_dates()(doc)
    (span,) = doc.layers["dates"]
    assert doc.span_text(span) == "gestern" and span.by == "dates"
    assert span.attrs["value"] == "2024-02-29" and span.attrs["anchor"] == "2024-03-01"
    doc = _doc("Das sagte er gestern.", published="2024-03-01")
    make_dates(anchor="2026-01-27")(doc)
    assert doc.layers["dates"][0].attrs["value"] == "2026-01-26"
    doc = _doc("Das sagte er gestern.")
    make_dates()(doc)
    assert doc.layers["dates"][0].attrs["value"] is None
    assert Document.from_json(doc.to_json()) == doc


def test_component_in_pipeline() -> None:
    pipe = Pipeline.from_names(DEFAULT_COMPONENTS, {"dates": {"anchor": ANCHOR}})
    doc = analyze("Am 24. und 25. Januar 2026 regnete es. Seit 2022 gilt das.", pipeline=pipe)
    values = [s.attrs["value"] for s in doc.layers["dates"]]
    assert values == ["2026-01-24", "2026-01-25", "2022"]


# ---- the example articles -----------------------------------------------------

def _example(name: str) -> Document:
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return analyze(path, pipeline=Pipeline.from_names(DEFAULT_COMPONENTS))


def _by_text(doc: Document) -> dict[str, dict[str, Any]]:
    return {doc.span_text(s): s.attrs for s in doc.layers["dates"]}


@pytest.mark.shared
def test_example_himars() -> None:
    doc = _example("vz-himars-belgorod.txt")
    assert doc.metadata.published is None
    got = _by_text(doc)
    values = [a["value"] for a in got.values()]
    for v in ("XXXX-01-24", "XXXX-01-25", "XXXX-01-16", "XXXX-01-20"):
        assert v in values
    assert all(a["year_known"] is False for a in got.values())
    month = got["vor einem Monat"]
    assert month["relative"] and month["value"] is None and month["offset"] == {"months": -1}
    assert got["vergangenen Jahr"]["offset"] == {"years": -1}
    assert not any("mehreren" in t for t in got)


@pytest.mark.shared
def test_example_atacms() -> None:
    doc = _example("goldenten-atacms-kursk.txt")
    got = _by_text(doc)
    assert got["17. November"]["value"] == "XXXX-11-17"
    assert got["17. November"]["local_time"] == "Ortszeit"
    assert got["Januar nächsten Jahres"]["offset"] == {"years": 1}
    assert got["Anfang des Monats"]["mod"] == "START"
