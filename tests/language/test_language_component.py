"""The registered "language" component on documents."""

import pytest

from quellenkritik.document import Document, Source
from quellenkritik.pipeline import registry

DE = "Der Gemeinderat hat am Montag den neuen Haushalt mit großer Mehrheit beschlossen."
DE2 = "Die Opposition kritisierte vor allem die geplanten Kürzungen bei den Schulen der Stadt."
EN = "The opposition criticised the planned cuts to the city's schools in a long debate."


def make_doc(text):
    return Document(source=Source(kind="text", location="test"), text=text)


def run(text, **options):
    doc = make_doc(text)
    registry.get("language").factory(**options)(doc)
    return doc


def test_spec_declares_requires_and_adds():
    spec = registry.get("language")
    assert spec.requires == {"text"}
    assert spec.adds == {"language", "layers.paragraphs"}


def test_german_and_english_paragraphs_in_one_document():
    doc = run(f"{DE}\n\n{EN}\n\n{DE2}")
    assert doc.language == "de"
    paras = doc.layers["paragraphs"]
    assert [doc.span_text(p) for p in paras] == [DE, EN, DE2]
    assert [p.attrs["lang"] for p in paras] == ["de", "en", "de"]
    for p in paras:
        assert p.label == "PARA" and p.by == "language"
        assert 0.5 < p.attrs["confidence"] <= 1.0
        assert "inferred" not in p.attrs


def test_short_paragraphs_take_the_document_language():
    doc = run(f"Kurz gesagt:\n\n{DE}\n\n{DE2}")
    first = doc.layers["paragraphs"][0]
    assert doc.span_text(first) == "Kurz gesagt:"
    assert first.attrs == {"lang": "de", "inferred": True}


def test_min_chars_option():
    doc = run(f"{DE}\n\n{DE2}", min_chars=1000)
    assert all(p.attrs.get("inferred") for p in doc.layers["paragraphs"])


def test_english_document():
    doc = run(f"{EN}\nThe mayor said the budget would be revised next spring.")
    assert doc.language == "en"
    assert len(doc.layers["paragraphs"]) == 2  # single newlines: no blank line in the text


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_empty_text(text):
    doc = run(text)
    assert doc.language is None
    assert doc.layers["paragraphs"] == []


def test_languages_option_restricts_candidates():
    text = "Dit is een korte Nederlandse zin over het weer van vandaag in de stad."
    assert run(text).language == "nl"
    assert run(text, languages=["de", "en"]).language in {"de", "en"}


def test_unknown_language_option_fails_when_built():
    with pytest.raises(ValueError):
        registry.get("language").factory(languages=["xx-unknown"])


def test_min_confidence_keeps_the_guess_as_evidence():
    byline = "— Josh Apte (@joshapte) November 3, 2019, Bezirk"
    doc = run(f"{DE}\n\n{byline}\n\n{DE2}", min_confidence=0.999, doc_prior=1.0)
    para = doc.layers["paragraphs"][1]
    assert para.attrs["lang"] == "de" and para.attrs["inferred"] is True
    assert "guess" in para.attrs and para.attrs["guess_confidence"] < 0.999


def test_running_twice_does_not_duplicate_paragraphs():
    doc = make_doc(f"{DE}\n\n{EN}")
    fn = registry.get("language").factory()
    fn(doc)
    fn(doc)
    assert len(doc.layers["paragraphs"]) == 2


def test_record_round_trips_through_json():
    doc = run(f"{DE}\n\n{EN}\n\n{DE2}\n\nKurz.")
    again = Document.from_json(doc.to_json())
    assert again.language == "de"
    assert again.layers["paragraphs"] == doc.layers["paragraphs"]
