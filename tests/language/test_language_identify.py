"""py3langid wrapper: codes, confidences, restriction, the document prior."""

import pytest

from quellenkritik.language.identify import identifier, identify, supported_languages

GERMAN = "Die Stadtverwaltung hat am Dienstag neue Regeln für den Busverkehr beschlossen."
ENGLISH = "The city council approved new rules for the bus service on Tuesday evening."


def test_identifies_german_and_english_with_high_confidence():
    de, en = identify(GERMAN), identify(ENGLISH)
    assert de.lang == "de" and de.confidence > 0.9
    assert en.lang == "en" and en.confidence > 0.9


def test_confidence_is_a_probability():
    for text in (GERMAN, ENGLISH, "ok"):
        assert 0.0 <= identify(text).confidence <= 1.0


@pytest.mark.parametrize("text", ["", "   \n ", "12345 678", "https://example.org/a/b 2024"])
def test_no_language_without_letters(text):
    assert identify(text).lang is None


def test_restricted_candidates_never_return_other_languages():
    guess = identify("Dit is een korte Nederlandse zin over het weer van vandaag.", ["de", "en"])
    assert guess.lang in {"de", "en"}
    assert identify("Dit is een korte Nederlandse zin over het weer van vandaag.").lang == "nl"


def test_restricting_does_not_change_the_shared_identifier():
    identify(ENGLISH, ["de", "fr"])
    assert identify(ENGLISH).lang == "en"
    assert len(identifier().nb_classes) > 2


def test_unknown_language_code_is_rejected():
    with pytest.raises(ValueError):
        identify(GERMAN, ["de", "klingon"])


def test_prior_pulls_ambiguous_text_to_preferred_language():
    byline = "— Josh Apte (@joshapte) November 3, 2019"
    plain = identify(byline)
    preferred = identify(byline, prefer="en", weight=50.0)
    assert preferred.lang == "en"
    assert plain.lang != "en" or plain.confidence < preferred.confidence


def test_prior_does_not_override_clear_evidence():
    assert identify(ENGLISH, prefer="de", weight=3.0).lang == "en"


def test_supported_languages_are_codes_without_no_language_label():
    langs = supported_languages()
    assert "de" in langs and "en" in langs and "zxx" not in langs
