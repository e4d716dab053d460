"""Datelines: opening place/agency stamps and closing agency/date stamps (invented texts)."""

from __future__ import annotations

import pytest

from quellenkritik.clean.dateline import Dateline, find_dateline, find_datelines


def _stamp(text: str) -> tuple[str, Dateline]:
    found = find_dateline(text)
    assert found is not None, text
    return text[found.start : found.end], found


@pytest.mark.parametrize(
    "text, span, place, agency, date",
    [
        ("Wien – Die Stadtregierung beschloss ein neues Budget.", "Wien –", "Wien", None, None),
        ("Berlin (dpa) – Die Koalition einigte sich auf einen Plan.", "Berlin (dpa) –", "Berlin", "dpa", None),
        ("Berlin, 3. März 2019 (AFP) – Der Rat tagte lange.", "Berlin, 3. März 2019 (AFP) –", "Berlin", "AFP", "2019-03-03"),
        ("Hamburg, 04.05.2020 – Der Hafen meldete einen Rekord.", "Hamburg, 04.05.2020 –", "Hamburg", None, "2020-05-04"),
        ("Frankfurt am Main (AFP/dpa) - Der Leitindex fiel.", "Frankfurt am Main (AFP/dpa) -", "Frankfurt am Main", "AFP/dpa", None),
        ("St. Pölten/Linz – Zwei Landtage stimmten ab.", "St. Pölten/Linz –", "St. Pölten/Linz", None, None),
        ("SPRINGFIELD (Reuters) - The council voted on Monday.", "SPRINGFIELD (Reuters) -", "SPRINGFIELD", "Reuters", None),
        ("OSLO, March 3, 2021 (AP) - Prices rose again.", "OSLO, March 3, 2021 (AP) -", "OSLO", "AP", "2021-03-03"),
    ],
)
def test_opening_stamps(text: str, span: str, place: str, agency: str | None, date: str | None) -> None:
    got, d = _stamp(text)
    assert (got, d.kind, d.place, d.agency, d.date) == (span, "opening", place, agency, date)


def test_opening_stamp_after_a_teaser_sentence() -> None:
    text = "Ein kurzer Vorspann fasst alles zusammen. Graz – Der Gemeinderat tagte bis spät."
    got, d = _stamp(text)
    assert got == "Graz –" and d.start == text.index("Graz")


def test_a_date_without_year_is_kept_as_written_but_not_as_iso() -> None:
    got, d = _stamp("Bremen, 3. März – Der Senat stimmte zu.")
    assert got == "Bremen, 3. März –"
    assert d.date is None and d.date_text == "3. März"


@pytest.mark.parametrize(
    "text, agency, date, authors, place",
    [
        ("Der Text endet hier. (APA, 11.9.2015)", "APA", "2015-09-11", (), None),
        ("Der Text endet hier. (APA/dpa, 9. 9. 2015)", "APA/dpa", "2015-09-09", (), None),
        ("Der Text endet hier. (red, 13.02.16)", "red", "2016-02-13", (), None),
        ("Der Text endet hier. (Erika Muster aus Lindau, 30.12.2015)", None, "2015-12-30", ("Erika Muster",), "Lindau"),
        ("Der Text endet hier. (Max Beispiel, 1.2.2016)", None, "2016-02-01", ("Max Beispiel",), None),
        ("Der Text endet hier. (Reuters, APA)", "Reuters/APA", None, (), None),
    ],
)
def test_closing_stamps(text: str, agency: str | None, date: str | None, authors: tuple[str, ...], place: str | None) -> None:
    got, d = _stamp(text)
    assert got.startswith("(") and got.endswith(")") and d.kind == "closing"
    assert (d.agency, d.date, d.authors, d.place) == (agency, date, authors, place)


@pytest.mark.parametrize(
    "text",
    [
        "Die Lage – Der Minister sprach von einer Krise.",  # a sentence opener, not a place
        "Fazit – Die Reform bleibt umstritten.",
        "Im Mai – Der Rat tagte.",
        "Wien – die Stadt an der Donau.",  # nothing capitalised after the dash
        "Berlin (Symbolbild) – Der Kurs fiel.",  # a parenthesis that is no agency
        "Er fehlt wochenlang (nach Kreuzbandriss)",  # an ordinary closing parenthesis
        "Der Text endet hier (siehe oben).",
        "Ein Satz ohne jeden Stempel.",
    ],
)
def test_no_stamp(text: str) -> None:
    assert find_datelines(text) == []


def test_opening_and_closing_together_and_the_dated_one_is_preferred() -> None:
    text = "Linz – Die Landesregierung tagte.\n\nDas Ergebnis kam spät. (APA, 2.3.2016)"
    found = find_datelines(text)
    assert [d.kind for d in found] == ["opening", "closing"]
    best = find_dateline(text)
    assert best is not None and best.kind == "closing" and best.date == "2016-03-02"


def test_a_stamp_far_into_the_text_is_not_an_opening_one() -> None:
    text = "Ein Satz. " * 150 + "Wien – Die Regierung tagte."
    assert find_datelines(text) == []


def test_invalid_date_gives_no_iso_date() -> None:
    got, d = _stamp("Der Text endet hier. (APA, 31.2.2015)")
    assert d.agency == "APA" and d.date is None and d.date_text == "31.2.2015"
