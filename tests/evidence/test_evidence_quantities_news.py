"""The "quantities" component on forms of real news: ages and compounds, halves, vague counts,
ranges, the bound vocabulary, and numbers that name rather than count (invented sentences)."""

from __future__ import annotations

import pytest

import quellenkritik.evidence.quantities.components  # noqa: F401 - registers "quantities"
from quellenkritik.evidence.quantities import find_quantities, interval
from quellenkritik.evidence.quantities import lexicon as L
from tests.evidence.test_evidence_quantities import run, spans  # the same helpers




def checks(text: str, lang: str = "de") -> list[tuple[str, dict]]:
    doc = run(text, lang)
    return [(doc.span_text(s), s.attrs) for s in doc.layers.get("findings", []) if s.by == "quantities"]


def one(text: str, span: str, lang: str = "de") -> dict:
    s = spans(text, lang)
    assert span in s, s
    return s[span]


# --- numbers written onto words ------------------------------------------------------


@pytest.mark.parametrize(
    "text,span,value,unit",
    [("Ein 45-jähriger Mann wurde verletzt.", "45-jähriger", 45, "yr"),
     ("Die 61-Jährige sagte aus.", "61-Jährige", 61, "yr"),
     ("Er sprach mit einem 17-Jährigen.", "17-Jährigen", 17, "yr"),
     ("Nach einer zweiwöchigen Pause ging es weiter.", "zweiwöchigen", 2, "wk"),
     ("Zum dreitägigen Besuch kam sie allein.", "dreitägigen", 3, "d"),
     ("Ein zwölfjähriger Bub fand den Hund.", "zwölfjähriger", 12, "yr"),
     ("Nach einer 43-minütigen Sitzung war Schluss.", "43-minütigen", 43, "min"),
     ("Eine einjährige Frist gilt.", "einjährige", 1, "yr"),
     ("Ein anderthalbjähriges Verfahren endete.", "anderthalbjähriges", 1.5, "yr")],
)
def test_ages_and_durations_written_onto_words(text, span, value, unit):
    q = one(text, span)
    assert (q["label"], q["value"], q["unit"], q["bound"]) == ("QUANTITY", value, unit, "exact")


def test_an_age_is_what_the_number_measures_and_the_person_is_of():
    q = one("Ein 45-jähriger Mann wurde verletzt.", "45-jähriger")
    assert (q["what"], q.get("of")) == ("Alter", "Mann")
    q = one("Die 61-Jährige sagte aus.", "61-Jährige")
    assert (q["what"], q.get("of")) == ("Alter", None)
    q = one("Der 78-jährige Rolf M. blieb unverletzt.", "78-jährige")
    assert (q["what"], q.get("of")) == ("Alter", "Rolf")
    q = one("Die 34 Jahre alte Fahrerin flüchtete.", "34 Jahre")
    assert (q["what"], q.get("of")) == ("Alter", "Fahrerin")
    q = one("Der 31-jährige Experte widersprach.", "31-jährige")
    assert (q["what"], q.get("of")) == ("Alter", "Experte")


@pytest.mark.parametrize(
    "text,span,what",
    [("Nach 20-jähriger Haft kam er frei.", "20-jähriger", "Haft"),
     ("Die dreijährige Amtszeit endet.", "dreijährige", "Amtszeit"),
     ("Seit 30 Jahren lebt sie hier.", "30 Jahren", None)],
)
def test_years_of_a_thing_are_no_age(text, span, what):
    q = one(text, span)
    assert (q["what"], q.get("of")) == (what, None)


def test_hyphen_compounds_with_scale_unit_or_noun():
    s = spans("Das 300-Millionen-Euro-Paket liegt vor, dazu ein 12-seitiges Papier, eine "
              "3-Zimmer-Wohnung, ein 5,5-Zoll-Display und die 20-Prozent-Hürde.")
    assert s["300-Millionen-Euro"] == {**s["300-Millionen-Euro"], "label": "MONEY",
                                       "value": 300_000_000, "unit": "EUR", "what": "Paket"}
    assert (s["12-seitiges"]["value"], s["12-seitiges"]["what"]) == (12, "Seiten")
    assert (s["3-Zimmer"]["value"], s["3-Zimmer"]["what"]) == (3, "Zimmer")
    assert (s["5,5-Zoll"]["value"], s["5,5-Zoll"]["unit"]) == (5.5, "in")
    assert (s["20-Prozent"]["label"], s["20-Prozent"]["value"]) == ("PERCENT", 20)


@pytest.mark.parametrize(
    "text",
    ["Zum G20-Gipfel kamen sie.", "Die Covid-19-Fälle stiegen.", "Der 2015-Bericht liegt vor.",
     "Die 13-Uhr-Nachrichten liefen.", "Er meinte, Kanal 4-Info-Chefin sei da.",
     "Er druckte mit dem 3-D-Drucker.", "Das war ein einseitiger Vertrag.",
     "Wir haben hundertprozentig übereingestimmt."],
)
def test_names_codes_and_figurative_compounds_are_not_quantities(text):
    assert spans(text) == {}


# --- counts, halves, vague plurals ------------------------------------------------------


def test_counted_nouns_without_an_article():
    assert one("17 Tote bei Unfall auf der Autobahn", "17") == {
        **one("17 Tote bei Unfall auf der Autobahn", "17"), "value": 17, "what": "Tote", "bound": "exact"}
    s = spans("Es gab 23 Verletzte und mehr als 40 Festnahmen.")
    assert s["23"]["what"] == "Verletzte"
    assert (s["mehr als 40"]["what"], s["mehr als 40"]["bound"]) == ("Festnahmen", "more_than")


@pytest.mark.parametrize(
    "text,span,value",
    [("Er wartete anderthalb Jahre.", "anderthalb Jahre", 1.5),
     ("Es dauerte eineinhalb Stunden.", "eineinhalb Stunden", 1.5),
     ("Sie bekam zweieinhalb Jahre Haft.", "zweieinhalb Jahre", 2.5),
     ("Das Verbot gilt ein halbes Jahr.", "ein halbes Jahr", 0.5),
     ("Es fehlt eine halbe Million Euro.", "eine halbe Million Euro", 500_000),
     ("Er kaufte ein halbes Dutzend Eier.", "ein halbes Dutzend", 6),
     ("Es kostete dreieinhalb Millionen Euro.", "dreieinhalb Millionen Euro", 3_500_000)],
)
def test_halves(text, span, value):
    assert one(text, span)["value"] == value


def test_half_needs_a_unit_or_scale():
    assert spans("Sie aß ein halbes Brot.") == {}


@pytest.mark.parametrize(
    "word,value",
    [("Dutzende", 12), ("Hunderte", 100), ("Tausende", 1000), ("Zehntausende", 10_000),
     ("Hunderttausende", 100_000), ("Zigtausende", 10_000)],
)
def test_vague_plurals_give_their_lower_bound(word, value):
    q = one(f"Am Abend kamen {word} Menschen auf den Platz.", word)
    assert (q["value"], q["value_min"], q["bound"], q["vague"], q["what"]) == (
        value, value, "at_least", True, "Menschen")


def test_vague_scale_multiplies():
    q = one("Es fehlen Dutzende Millionen Euro.", "Dutzende Millionen Euro")
    assert (q["label"], q["value"], q["bound"]) == ("MONEY", 12_000_000, "at_least")


def test_space_grouped_thousands():
    assert one("Es wurden mindestens 14 000 Menschen gezählt.", "mindestens 14 000")["value"] == 14000


# --- ranges and bounds ------------------------------------------------------------------


def test_ranges_give_the_lower_value_and_keep_the_upper():
    s = spans("Es kamen 500.000 bis 700.000 Besucher, sechs bis zwölf Tage lang, "
              "für 30 bis 40 Dollar und zwischen drei und vier Millionen Euro.")
    for span, lo, hi in [("500.000 bis 700.000", 500_000, 700_000), ("sechs bis zwölf Tage", 6, 12),
                         ("30 bis 40 Dollar", 30, 40),
                         ("zwischen drei und vier Millionen Euro", 3_000_000, 4_000_000)]:
        q = s[span]
        assert (q["value"], q["value_min"], q["value_max"], q["bound"]) == (lo, lo, hi, "range")
    (q,) = find_quantities("Es kamen 200 bis 250 Soldaten.")
    assert interval(q) == (200, 250)


def test_bound_vocabulary_is_the_gold_one():
    text = ("Es kamen bis zu 100 Leute, mehr als 20 Helfer, weniger als 30 Gäste, etwa 40 Kinder, "
            "mindestens 50 Ärzte, knapp 60 Pfleger, gut 70 Polizisten, 80 Sanitäter, "
            "10 bis 12 Busse und Tausende Zuschauer.")
    s = spans(text)
    assert {q["bound"] for q in s.values()} == set(L.BOUNDS)
    assert all(q["bound"] in L.BOUNDS for q in s.values())
    assert s["knapp 60"]["bound"] == "less_than" and s["knapp 60"]["near"] is True
    assert s["gut 70"]["bound"] == "more_than" and s["gut 70"]["near"] is True
    assert "near" not in s["mehr als 20"]


@pytest.mark.parametrize(
    "text,span",
    [("Insgesamt verfügen die Truppen über 180 dieser Flugzeuge.", "180"),
     ("Kiew erhält einen Kredit über 500 Millionen Dollar.", "500 Millionen Dollar")],
)
def test_ueber_governed_by_a_verb_or_noun_is_no_bound(text, span):
    q = one(text, span)
    assert q["bound"] == "exact"


def test_ab_is_at_least_but_ab_a_year_is_a_date():
    assert one("Der Film ist ab 12 Jahren freigegeben.", "ab 12 Jahren")["bound"] == "at_least"
    assert spans("Die Anlage soll ab 2027 Strom liefern.") == {}


def test_fractions_are_values_and_the_article_stays_outside():
    s = spans("Die Hälfte der Befragten stimmte zu. Es trägt zur Hälfte des Budgets bei, "
              "über die Hälfte blieb, ein Drittel ging.")
    assert (s["Hälfte"]["value"], s["Hälfte"]["percent"], s["Hälfte"]["fraction"]) == (0.5, 50, "1/2")
    assert s["über die Hälfte"]["bound"] == "more_than"
    assert s["ein Drittel"]["value"] == pytest.approx(1 / 3) and s["ein Drittel"]["percent"] == pytest.approx(33.333333)
    assert "zur Hälfte" not in s and "Die Hälfte" not in s


# --- numbers that name --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Bitte überweisen Sie auf DE12 3456 7890 1234 5678 90 bei der Musterbank.",
     "IBAN: AT61 1904 3002 3457 3201, BIC: ABCDATWWXXX",
     "Kontakt: Tel. 030 1234567, Fax 030 1234568.",
     "Rufen Sie an unter +49 30 12345678.",
     "Die Hotline 0800 123 456 ist frei.",
     "Das Urteil (Az. 12 O 345/19) ist rechtskräftig.",
     "Es erging ein Urteil (4 Ob 123/18) des Gerichts.",
     "Ihre Kundennummer: 123 456 789.",
     "Die Redaktion sitzt in der Musterstraße 5, 10115 Berlin.",
     "Kontakt:\n10115 Berlin\n",
     "Das Buch (ISBN 978-3-16-148410-0) erschien neu.",
     "Spenden an bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh oder 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed.",
     "Schalke 04 spielte gegen Mainz 05.",
     "Das regelt Artikel 2 Absatz 2 Satz 1 GG."],
)
def test_identifiers_are_not_quantities(text):
    assert spans(text) == {}


def test_counts_next_to_identifier_shapes_stay():
    s = spans("Es kamen 5000 Menschen nach Berlin, 10.115 Menschen blieben, 12 Busse fuhren.")
    assert s["5000"]["value"] == 5000 and s["10.115"]["value"] == 10115 and s["12"]["value"] == 12
    s = spans("Im zweiten Satz wehrte sie drei Matchbälle ab.")
    assert s["drei"]["value"] == 3
    s = spans("In Tel Aviv wurden 5 Menschen verletzt, in der Kundenhalle 12 345 Besucher gezählt.")
    assert s["5"]["value"] == 5 and s["12 345"]["value"] == 12345


# --- dates, times, ordinals ----------------------------------------------------------------


def test_ordinals_times_and_years_are_skipped():
    assert spans("Dossier: Ein Dichter zum 100.\n\nWeiteres folgt.") == {}
    assert spans("Es war kurz nach halb zwei am Nachmittag.") == {}
    assert spans("They met at 5 pm.", "en") == {}
    s = spans("Es starben 531 Patienten gegenüber 436 am Vortag.")
    assert s["436"]["value"] == 436


# --- the checks read the new attrs ------------------------------------------------------------


def test_intervals_of_near_bounds():
    (q,) = find_quantities("knapp 400")
    assert interval(q) == pytest.approx((360, 400))
    (q,) = find_quantities("gut 400")
    assert interval(q) == pytest.approx((400, 440))
    (q,) = find_quantities("Tausende")
    assert interval(q) is None


def test_vague_counts_are_never_multiplied():
    text = "Es kamen Dutzende Raketen zu je 100.000 Euro pro Stück, insgesamt 3 Millionen Euro."
    assert [f for f in checks(text) if f[1]["kind"] == "count_times_unit_price"] == []


def test_ranges_are_no_parts_and_exact_totals_are_checked():
    found = checks("Es kamen 10 Flugzeuge, darunter zwei bis drei amerikanische.")
    assert [f for f in found if f[1]["kind"] == "parts_and_total"] == []
    (f,) = checks("Es kamen 10 Flugzeuge, darunter zwei amerikanische.")
    assert f[1]["stated"]["bound"] == "exact" and f[1]["verdict"] == "consistent"


def test_near_total_in_unit_price_check():
    text = ("Es fielen 20 Raketen zu je 100.000 Euro pro Stück. Insgesamt kostete das knapp "
            "2,1 Millionen Euro.")
    (f,) = [f for f in checks(text) if f[1]["kind"] == "count_times_unit_price"]
    assert f[1]["verdict"] == "consistent" and "just under" in f[1]["explanation"]
    text = text.replace("knapp 2,1", "knapp 3")
    (f,) = [f for f in checks(text) if f[1]["kind"] == "count_times_unit_price"]
    assert f[1]["verdict"] == "inconsistent"


def test_english_vague_counts_and_near_hedges():
    s = spans("Thousands of people came; nearly 40 died and just over 200 were hurt.", "en")
    assert (s["Thousands"]["value"], s["Thousands"]["bound"]) == (1000, "at_least")
    assert (s["nearly 40"]["bound"], s["nearly 40"]["near"]) == ("less_than", True)
    assert (s["just over 200"]["bound"], s["just over 200"]["near"]) == ("more_than", True)


def test_cents_and_rappen_are_money_in_hundredths_with_the_number_as_written():
    s = spans("Die Gebühr beträgt bis zu 75 Cent; ein Brötchen kostet 50 Rappen, ein Heft kostet 3 Euro.")
    assert (s["bis zu 75 Cent"]["label"], s["bis zu 75 Cent"]["value"], s["bis zu 75 Cent"]["unit"]) == (
        "MONEY", 75, "EUR/100")
    assert (s["50 Rappen"]["value"], s["50 Rappen"]["unit"]) == (50, "CHF/100")
    assert [v["unit"] for k, v in s.items() if k.endswith("Euro")] == ["EUR"]
