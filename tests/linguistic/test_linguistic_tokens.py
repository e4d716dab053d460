"""The "tokens" component and the cached spaCy tokenizers."""

import pytest
from spacy.tokens import Doc as SpacyDoc

from quellenkritik.document import Document, Source
from quellenkritik.errors import PipelineError
from quellenkritik.linguistic import tokens_of
from quellenkritik.linguistic.tokenizer import get_nlp, resolve_lang
from quellenkritik.pipeline import registry


def tokenized(text, language="de"):
    doc = Document(source=Source(kind="text", location="test"), text=text, language=language)
    registry.get("tokens").factory()(doc)
    return doc


def test_spec_declares_requires_and_adds():
    spec = registry.get("tokens")
    assert spec.requires == {"text", "language"}
    assert spec.adds == {"tokens"}


def test_german_ordinals_abbreviations_and_numbers_stay_one_token():
    doc = tokenized("Am 24. Januar kamen z.B. Dr. Müller und ca. 170.000 Menschen, 5,27 Mio. Euro.")
    words = [t.text for t in tokens_of(doc)]
    for tok in ("24.", "z.B.", "Dr.", "ca.", "170.000", "5,27", "Mio."):
        assert tok in words
    assert words[-1] == "."


def test_single_guillemets_split_off():
    words = [t.text for t in tokens_of(tokenized("Er sagte ›Nein.‹ und ging."))]
    assert words[2:6] == ["›", "Nein", ".", "‹"]


def test_runtime_holds_spacy_doc_and_counts():
    doc = tokenized("Die Stadt, 2024: 31 Raketen!")
    sdoc = tokens_of(doc)
    assert isinstance(sdoc, SpacyDoc) and sdoc.text == doc.text
    assert doc.runtime["n_tokens"] == len(sdoc) == 8
    assert doc.runtime["n_words"] == 5  # Die Stadt 2024 31 Raketen
    assert doc.runtime["spacy_lang"] == "de"


def test_tokens_are_not_serialised():
    doc = tokenized("Ein kurzer Satz.")
    assert "spacy" not in doc.to_json() and "n_tokens" not in doc.to_json()


def test_english_uses_the_english_tokenizer():
    doc = tokenized("He arrived at 5 p.m. yesterday.", language="en")
    assert "p.m." in [t.text for t in tokens_of(doc)]
    assert doc.runtime["spacy_lang"] == "en"


@pytest.mark.parametrize(
    "language, expected",
    [(None, "de"), ("und", "de"), ("de", "de"), ("de-AT", "de"), ("en", "en"), ("fr", "fr"), ("qqq", "xx")],
)
def test_language_resolution(language, expected):
    assert resolve_lang(language) == expected


def test_language_objects_are_cached():
    assert get_nlp("de") is get_nlp("de")
    assert get_nlp("de") is not get_nlp("en")


def test_tokens_of_without_tokens_raises():
    doc = Document(source=Source(kind="text", location="test"), text="x")
    with pytest.raises(PipelineError):
        tokens_of(doc)
