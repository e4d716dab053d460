"""The ``dates`` component on forms that careful readers of news mark (invented sentences).

Capitalised cues, bare years in context, reference adverbs, holidays and
named periods, days counted from the text, parts of the day, durations,
sets, and the tense that picks the weekday or the year.
"""

from __future__ import annotations

from typing import Any

import pytest

from quellenkritik.evidence.dates import find_dates
from quellenkritik.evidence.dates import lexicon as L
from quellenkritik.evidence.dates.resolve import easter
from quellenkritik.evidence.dates.tense import clause_tense

ANCHOR = "2026-01-27"  # a Tuesday
SATURDAY = "2019-10-19"


def spans(text: str, anchor: str | None = ANCHOR) -> dict[str, dict[str, Any]]:
    return {text[d["start"] : d["end"]]: {"label": d["label"], **d["attrs"]} for d in find_dates(text, "de", anchor)}


def one(text: str, anchor: str | None = ANCHOR) -> tuple[str, dict[str, Any]]:
    got = spans(text, anchor)
    assert len(got) == 1, got
    return next(iter(got.items()))


# ---- capitalised cues, deictic months, month/year --------------------------------

@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Im Mai begann der Umbau der Brücke.", "Mai", "2025-05"),  # past tense: the May before the anchor
        ("Seit März gilt die neue Regel.", "März", "2025-03"),
        ("Bis Juni soll die Brücke fertig sein.", "Juni", "2026-06"),
        ("Die Zahl stieg seit vergangenem September stark.", "vergangenem September", "2025-09"),
        ("Im kommenden März wird gewählt.", "kommenden März", "2026-03"),
        ("Das Heft erschien als Ausgabe 08/2021 am Kiosk.", "08/2021", "2021-08"),
    ],
)
def test_months(text: str, span: str, value: str) -> None:
    assert one(text)[0] == span
    assert one(text)[1]["value"] == value


def test_deictic_month_without_anchor_keeps_a_template() -> None:
    _, attrs = one("Sie wartet seit vergangenem September.", anchor=None)
    assert attrs["value"] is None and attrs["template"] == "XXXX-09"
    assert attrs["offset"] == {"month": 9, "direction": -1}


def test_august_before_a_surname_is_a_name() -> None:
    assert spans("Das Buch von August Beispielmann erschien.") == {}
    assert spans("Seit August Beispielmann schreibt, ist es still.") == {}


# ---- bare years ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, year",
    [
        ("Bei der Wahl 2017 verlor die Partei deutlich.", "2017"),
        ("Der Abgeordnete will sein Mandat 2018 an einen Nachfolger übergeben.", "2018"),
        ("Der Verein wurde 1962 gegründet.", "1962"),
        ("Ein schwarzes Jahr: 2015 war für den Konzern schwierig.", "2015"),
        ("Der Film (2011) lief in vielen Kinos.", "2011"),
        ("Das Ministerium erwartet für 2015 einen Überschuss.", "2015"),
        ("Die Schau endet im Jahr 2019 im Herbst.", "2019"),
        ("Das Ziel gilt bis 2030 für alle Länder.", "2030"),
    ],
)
def test_bare_years_in_context(text: str, year: str) -> None:
    got = [a["value"] for a in spans(text).values()]
    assert year in got


@pytest.mark.parametrize(
    "text",
    [
        "Es kamen 2019 Menschen zur Kundgebung.",
        "Die Partei bekam rund 2015 Stimmen mehr.",
        "Der Läufer landete auf Platz 2014 der Liste.",
        "Der Konzern schafft 2000 neue Stellen.",
        "Der Konzern plant für 2013 zusätzliche Stellen.",
        "Die Summe 2017 wurde falsch addiert.",
        "Die Abgeordneten stimmten 2016 zu 40 ab.",
        "Die Zahl stieg auf 2017 und fiel dann.",
    ],
)
def test_numbers_that_are_no_years(text: str) -> None:
    assert not any(a.get("granularity") == "year" for a in spans(text).values()), spans(text)


# ---- reference adverbs --------------------------------------------------------------

@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Die Lage ist derzeit ruhig.", "derzeit", "PRESENT_REF"),
        ("Jetzt beginnt die Arbeit.", "Jetzt", "PRESENT_REF"),
        ("Im Moment ist alles offen.", "Im Moment", "PRESENT_REF"),
        ("Die Kammer soll künftig mehr prüfen.", "künftig", "FUTURE_REF"),
        ("Die Zahlen waren zuletzt gesunken.", "zuletzt", "PAST_REF"),
        ("Der Rat hat kürzlich getagt.", "kürzlich", "PAST_REF"),
        ("Das gilt in Zukunft für alle.", "in Zukunft", "FUTURE_REF"),
    ],
)
def test_reference_adverbs(text: str, span: str, value: str) -> None:
    got_span, attrs = one(text)
    assert (got_span, attrs["value"], attrs["granularity"], attrs["relative"]) == (span, value, "ref", True)


def test_heuer_is_the_anchor_year_and_a_capitalised_heuer_inside_a_sentence_is_a_name() -> None:
    assert one("Heuer steigen die Preise.")[1]["value"] == "2026"
    assert one("Die Preise steigen heuer deutlich.")[1]["value"] == "2026"
    assert spans("Das sagte Minister Heuer gestern.").keys() == {"gestern"}


@pytest.mark.parametrize("text", ["Nicht zuletzt deshalb blieb er.", "Im Moment der Explosion stand er dort."])
def test_reference_words_that_are_no_dates(text: str) -> None:
    assert spans(text) == {}


@pytest.mark.parametrize("word", [*L.REF_ADVERBS, *L.REF_PHRASES])
def test_every_reference_word_is_found_inside_and_at_the_start_of_a_sentence(word: str) -> None:
    assert word in spans(f"Es heißt, das gelte {word} so.")
    cap = word[0].upper() + word[1:]
    assert cap in spans(f"Gut. {cap} gilt das so.")


# ---- holidays and named periods --------------------------------------------------------

def test_easter() -> None:
    assert [easter(y).isoformat() for y in (2019, 2020, 2024, 2026)] == ["2019-04-21", "2020-04-12", "2024-03-31",
                                                                         "2026-04-05"]


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Zu Ostern 2020 blieben die Kirchen leer.", "Ostern 2020", "2020-04-12"),
        ("Pfingsten 2021 war verregnet.", "Pfingsten 2021", "2021-05-23"),
        ("An Weihnachten war es still.", "Weihnachten", "2025-12-25"),
        ("An Weihnachten wird es still sein.", "Weihnachten", "2026-12-25"),
        ("Bis Silvester sind es noch Wochen.", "Silvester", "2026-12-31"),
    ],
)
def test_holidays(text: str, span: str, value: str) -> None:
    got_span, attrs = one(text)
    assert (got_span, attrs["value"], attrs["granularity"]) == (span, value, "day")


def test_holiday_without_anchor() -> None:
    assert one("An Weihnachten war es still.", anchor=None)[1]["value"] == "XXXX-12-25"
    attrs = one("Zu Ostern war es still.", anchor=None)[1]
    assert attrs["value"] is None and attrs["holiday"] == "Ostern"


@pytest.mark.parametrize(
    "text, span, value, gran",
    [
        ("Über das Wochenende blieb es ruhig.", "Wochenende", "2026-W04-WE", "weekend"),
        ("Am vergangenen Wochenende blieb es ruhig.", "vergangenen Wochenende", "2026-W04-WE", "weekend"),
        ("Am kommenden Wochenende wird gewählt.", "kommenden Wochenende", "2026-W05-WE", "weekend"),
        ("Die Frist läuft bis Jahresende.", "Jahresende", "2026", "year"),
        ("Im Vorjahr lag der Umsatz höher.", "Vorjahr", "2025", "year"),
        ("Ein Treffen könnte im Laufe der Woche stattfinden.", "im Laufe der Woche", "2026-W05", "week"),
        ("Die Jugend bleibt über die Wintermonate daheim.", "Wintermonate", "2026-WI", "season"),
        ("Bis zu den Sommerferien soll alles fertig sein.", "Sommerferien", None, "period"),
    ],
)
def test_named_periods(text: str, span: str, value: str | None, gran: str) -> None:
    got_span, attrs = one(text)
    assert (got_span, attrs["value"], attrs["granularity"]) == (span, value, gran)


@pytest.mark.parametrize(
    "text",
    [
        "Er fährt mit der Nacht-U-Bahn heim.",
        "Das war ein ungestörtes Wochenende für alle.",
        "Die Reise werde Ferien teurer machen.",
        "Die Vorjahres-Überraschung blieb aus.",
    ],
)
def test_period_nouns_that_are_no_dates(text: str) -> None:
    assert spans(text) == {}


def test_weekends_in_the_plural_are_a_set() -> None:
    _, attrs = one("An Wochenenden ist das Büro zu.")
    assert (attrs["label"], attrs["value"], attrs["quant"]) == ("SET", "XXXX-WXX-WE", "EVERY")


# ---- days counted from the text, parts of the day ---------------------------------------

@pytest.mark.parametrize("text, span, days", [("Am Tag darauf kam die Antwort.", "Am Tag darauf", 1),
                                               ("Es waren 436 Fälle am Vortag.", "am Vortag", -1),
                                               ("Er reiste tags zuvor ab.", "tags zuvor", -1)])
def test_days_counted_from_the_text(text: str, span: str, days: int) -> None:
    got_span, attrs = one(text)
    assert (got_span, attrs["value"], attrs["offset"], attrs["reference"]) == (span, None, {"days": days}, "text")


def test_parts_of_the_day() -> None:
    span, attrs = one("Sie hatte am Vormittag angerufen.")
    assert (span, attrs["value"], attrs["part_of_day"], attrs["granularity"]) == ("Vormittag", None, "MO", "part_of_day")
    span, attrs = one("Er kam gestern Abend an.")
    assert (span, attrs["value"], attrs["part_of_day"]) == ("gestern Abend", "2026-01-26", "EV")
    span, attrs = one("Am Mittwochabend sagte er ab.")
    assert (span, attrs["value"], attrs["part_of_day"]) == ("Mittwochabend", "2026-01-21", "EV")


# ---- durations and sets -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, span, value, mod",
    [
        ("Das weiß man schon seit zehn Jahren.", "seit zehn Jahren", "P10Y", "AFTER"),
        ("Seit Jahren wächst die Stadt.", "Seit Jahren", "PXY", "AFTER"),
        ("In den vergangenen 24 Stunden kamen 500 Fälle dazu.", "In den vergangenen 24 Stunden", "PT24H", None),
        ("Die Sanktionen gelten ein weiteres Halbjahr.", "ein weiteres Halbjahr", "P6M", None),
        ("Er war drei Jahre lang Vorsitzender.", "drei Jahre lang", "P3Y", None),
        ("Die Strecke bleibt für zwei Wochen gesperrt.", "zwei Wochen", "P2W", None),
        ("Die Antwort kam binnen 24 Stunden.", "24 Stunden", "PT24H", None),
        ("Sie stritten jahrelang darüber.", "jahrelang", "PXY", None),
    ],
)
def test_durations(text: str, span: str, value: str, mod: str | None) -> None:
    got_span, attrs = one(text)
    assert (got_span, attrs["label"], attrs["value"], attrs["mod"]) == (span, "DURATION", value, mod)


def test_vague_since_and_ages() -> None:
    span, attrs = one("Der Streit schwelt schon seit langem.")
    assert (span, attrs["label"], attrs["value"], attrs["vague"], attrs["bound"]) == (
        "seit langem", "DURATION", None, True, "AFTER")
    assert spans("Das Kind ist über zwei Jahre alt.") == {}
    assert spans("Es gab weitere Jahre des Streits.") == {}


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Jeden Winter kommt die Grippe.", "Jeden Winter", "XXXX-WI"),
        ("Der Bericht erscheint jedes Jahr.", "jedes Jahr", "P1Y"),
        ("Der Markt ist montags geschlossen.", "montags", "XXXX-WXX-1"),
        ("Sonntags bleibt das Geschäft zu.", "Sonntags", "XXXX-WXX-7"),
    ],
)
def test_sets(text: str, span: str, value: str) -> None:
    got_span, attrs = one(text)
    assert (got_span, attrs["label"], attrs["value"], attrs["quant"]) == (span, "SET", value, "EVERY")


def test_a_capitalised_weekday_with_s_inside_a_sentence_is_one_day() -> None:
    span, attrs = one("Im Laufe des Donnerstags kam die Antwort.")
    assert (span, attrs["label"], attrs["value"]) == ("Donnerstags", "DATE", "2026-01-22")
    assert spans("Die Sonntags- und Feiertagsarbeit bleibt.") == {}


# ---- tense -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, value, tense",
    [
        ("Der Plan, den die Ministerin bereits am Montag vorlegt, ist knapp.", "2019-10-21", "future"),
        ("Am Montag trifft sich der Rat.", "2019-10-21", "future"),
        ("Die Regierung will am Montag entscheiden.", "2019-10-21", "future"),
        ("Er legt den Plan am Montag vor.", "2019-10-21", "future"),
        ("Am Montag sagte der Minister nichts.", "2019-10-14", "past"),
        ("Er hat den Plan am Montag vorgelegt.", "2019-10-14", "past"),
        ("Das Treffen, das am Montag stattfand, war kurz.", "2019-10-14", "past"),
        ("Der Plan wurde am Montag beschlossen.", "2019-10-14", "past"),
        ("Am Samstag findet die Wahl statt.", "2019-10-19", "future"),
        ("Am Samstag gewann die Partei.", "2019-10-19", "past"),
    ],
)
def test_weekday_follows_the_tense(text: str, value: str, tense: str) -> None:
    got = [a for a in spans(text, SATURDAY).values() if a["granularity"] == "day"]
    assert [(a["value"], a.get("tense")) for a in got] == [(value, tense)]


def test_weekday_without_a_tense_to_read_is_the_past_one() -> None:
    _, attrs = one("Montag: Ruhetag.", SATURDAY)
    assert attrs["value"] == "2019-10-14" and "tense" not in attrs


@pytest.mark.parametrize(
    "text, value",
    [
        ("Im Dezember sagte er das.", "2018-12"),  # the nearest December is 2019-12, but the clause is past
        ("Im Dezember wird er gehen.", "2019-12"),
        ("Im Juli ging er.", "2019-07"),
        ("Im Juli wird er gehen.", "2020-07"),  # the nearest July is 2019-07, but the clause is future
        ("Im Oktober ist er gegangen.", "2019-10"),  # the anchor's own month is on both sides
        ("Bis zum Sommer.", "2020-SU"),  # no verb: "bis" looks ahead
        ("Seit Mai.", "2019-05"),  # no verb: "seit" looks back
    ],
)
def test_yearless_dates_follow_the_tense(text: str, value: str) -> None:
    assert one(text, SATURDAY)[1]["value"] == value


@pytest.mark.parametrize(
    "text, tense",
    [
        ("Er sagte, dass sie am Montag komme.", "future"),  # Konjunktiv I: present or future
        ("Er sagte, sie sei am Montag gekommen.", "past"),
        ("Am Montag.", None),
        ("Er sagte, dass sie am Montag kommen werde.", "future"),
        ("Am Montag, so hieß es, war alles ruhig.", "past"),
        ("Die Sitzung ist für Montag geplant.", "future"),
    ],
)
def test_clause_tense(text: str, tense: str | None) -> None:
    i = text.index("Montag")
    assert clause_tense(text, i, i + len("Montag")) == tense


def test_a_calendar_day_near_the_anchor_is_not_moved_by_the_tense():
    # invented: the cancellation is in the past, the event it cancels is in 13 days
    text, attrs = one("Die Partei hat ihre Feier am 25. September abgesagt.", anchor="2015-09-12")
    assert attrs["value"] == "2015-09-25"
