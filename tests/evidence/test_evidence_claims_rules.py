"""The claim test's rules for checkable statements: clauses at dashes and
colons, the verb forms that make an event, what is no claim (fragments, a
name alone, insults, page furniture). All sentences are invented for these
tests."""

from __future__ import annotations

import pytest

from quellenkritik.evidence.claims import claim_clauses, exclusion, is_claim
from quellenkritik.evidence.claims.detect import clause_bounds, text_reasons
from quellenkritik.linguistic.wordclass import is_common_noun

needs_lexicon = pytest.mark.skipif(not is_common_noun("Internat"), reason="word-class lexicon not installed")


def parts(text: str) -> list[str]:
    return [text[a:b] for a, b in clause_bounds(text)]


# --- clauses: dashes and colons -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a dateline before the dash
        "Wien – Eine Obergrenze für die Kosten soll im Wahlkampf der Kandidaten eine Rolle spielen.",
        # a pair of dashes around an insertion
        "Die Regierung – so heißt es aus Kreisen des Ministeriums – plant eine Reform der Renten.",
        "Der Vorsitzende Karl Berger – seit zwei Jahren im Amt – kündigte am Montag seinen Rücktritt an.",
        # a dash before a phrase, not a clause
        "Der Kandidat setzt die Grenze für die Kosten des Wahlkampfs höher an – bei 2,5 Millionen Euro insgesamt.",
        # a colon before a phrase
        "Eine Obergrenze soll im Wahlkampf der Kandidaten eine Rolle spielen: eine für die gesamten Kosten.",
    ],
)
def test_no_clause_ends_at_a_dash_or_colon_that_ends_no_clause(text):
    assert parts(text) == [text]


def test_a_dash_or_colon_between_two_clauses_splits():
    assert parts("Die Stadt schloss am Montag das Bad – der Verein sammelte danach 2000 Unterschriften.") == [
        "Die Stadt schloss am Montag das Bad",
        "der Verein sammelte danach 2000 Unterschriften.",
    ]
    text = "Nicht nur bei den Gegnern dürften die Alarmglocken läuten: In Lindenau wurde am Montag ein Register eingeführt."
    assert len(parts(text)) == 2
    # the speculation of the first clause does not rule out the second
    (cl,) = claim_clauses(text)
    assert text[cl.start : cl.end].startswith("In Lindenau") and "date" in cl.reasons


# --- events -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Hier werden täglich Maschinen aus dem Ausland abgefertigt.",  # present passive, separable participle
        "Die Sanktionen wurden für ein weiteres Halbjahr verlängert.",  # inseparable participle
        "Geleitet wurde die Sitzung vom Bürgermeister.",  # participle before its auxiliary
        "Der Stadtrat verschärfte die Regeln für das Bad.",  # weak past after its subject
        "Die Bank hat das Konto gesperrt.",
        "Die Firma hat das Werk organisiert.",
    ],
)
def test_perfect_passive_and_past_forms_are_events(sentence):
    assert "event" in text_reasons(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die harte Linie der Stadt bleibt bestehen.",  # an adjective in "-te"
        "Merkels harte Linie gefällt vielen nicht.",  # after a genitive
        "Sehr gute Arbeit leisten die Helfer.",
        "Die Sache ist bekannt.",  # an adjective shaped like a participle
        "Die Bürger erwarten eine Antwort.",  # present tense in "-ten"
    ],
)
def test_adjectives_and_present_forms_are_no_events(sentence):
    assert "event" not in text_reasons(sentence)


def test_dates_in_compounds_and_mixed_case_acronyms():
    assert "date" in text_reasons("Das entspricht etwa dem Vorjahresniveau.")
    assert "named-entity" in text_reasons("Der Antrag der AfD-Fraktion war der erste Schritt.")
    assert "named-entity" in text_reasons("Das Urteil des EuGH fiel deutlich aus.")
    # words shouted in capitals are no acronym
    assert "named-entity" not in text_reasons("Das Heft kann man HIER bestellen.")


# --- what is no claim ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Bürgermeisterin Vogt als Retterin des Hallenbads",
        "Satan in Lindenau: Kabale der Reichen, Blut der Schönen",
        "Zwei Zentner Kuchen für den Verein",
    ],
)
def test_a_fragment_without_a_verb_is_no_claim(text):
    assert exclusion(text) == "fragment"
    assert not is_claim(text, has_span=True)


def test_a_name_alone_is_no_claim_but_a_name_with_an_event_is():
    alone = "Im Rat sieht Frau Vogt das ganz anders."
    assert text_reasons(alone) & {"named-actor", "number", "date", "event", "place"} == {"named-actor"}
    assert not claim_clauses(alone)
    (cl,) = claim_clauses("Im Rat kam Frau Vogt am Montag zu Wort.")
    assert {"named-actor", "date"} <= set(cl.reasons)
    # with a causal link the name is enough
    (cl,) = claim_clauses("Im Rat ist Frau Vogt zurückhaltend, weil der Haushalt knapp ist.")
    assert set(cl.reasons) == {"named-actor", "causal"}


@needs_lexicon
def test_two_common_nouns_are_no_name():
    assert "named-actor" not in text_reasons("Die Stadt baut ein Elite Internat am Rand.")
    assert "named-actor" in text_reasons("Gestern traf sich Karl Berger mit dem Rat.")


def test_insults_make_an_evaluation_unless_something_is_counted():
    assert exclusion("Dieser Trottel hat wieder alles falsch gemacht.") == "evaluation"
    assert exclusion("Unerträglich, wenn die Stadt das Bad schließt.") == "evaluation"
    assert exclusion("Der Trottel zahlte 2000 Euro für das Bad.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Unterstützen Sie unsere Arbeit per PayPal mit 5 Euro im Monat!",
        "Alternativ per Banküberweisung, IBAN: DE00 1234 5678 9012 3456 78",
        "[Wenn Sie alle Nachrichten aus Lindenau live auf Ihr Handy haben wollen, empfehlen wir Ihnen unsere App.]",
        "Abonnieren Sie jetzt unseren kostenlosen Newsletter mit 3 Meldungen am Tag!",
    ],
)
def test_page_furniture_is_never_a_claim(text):
    assert exclusion(text) == "furniture"
    assert claim_clauses(text) == []


def test_reported_donations_are_claims():
    assert exclusion("Der Verein sammelte im Mai 2000 Euro an Spenden für das Bad.") is None
    assert claim_clauses("Der Verein sammelte im Mai 2000 Euro an Spenden für das Bad.")


def test_the_new_rules_are_symmetric_across_sides():
    pairs = [
        ("Die Regierung – so heißt es in Kiew – verschärfte die Sanktionen.",
         "Die Regierung – so heißt es in Moskau – verschärfte die Sanktionen."),
        ("Geleitet wurde die Sitzung von der Opposition.", "Geleitet wurde die Sitzung von der Regierung."),
        ("Die Linken sind Trottel.", "Die Rechten sind Trottel."),
    ]
    for a, b in pairs:
        ca, cb = claim_clauses(a), claim_clauses(b)
        assert [c.reasons for c in ca] == [c.reasons for c in cb]
        assert exclusion(a) == exclusion(b)
