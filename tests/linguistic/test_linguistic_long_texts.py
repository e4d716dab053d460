"""Texts longer than spaCy's one-call limit are tokenized in parts with their offsets kept.

Text invented for the tests."""

from __future__ import annotations

import pytest

from quellenkritik import InputError
from quellenkritik.linguistic import components
from quellenkritik.linguistic.tokenizer import get_nlp

PARA = "Die Stadt Linz eröffnet am Montag eine Brücke für 40 Millionen Euro, sagte Karl Huber.\n\n"


def test_parts_join_to_the_same_tokens(monkeypatch):
    text = "Lange Liste\n\n" + "".join(PARA.replace("40", str(i)) for i in range(60))
    whole = [(t.idx, t.text) for t in get_nlp("de").make_doc(text)]
    monkeypatch.setattr(components, "PART_CHARS", 500)
    doc = components.tokenize(get_nlp("de"), text)
    assert doc.text == text
    assert [(t.idx, t.text) for t in doc] == whole


def test_one_long_line_is_cut_at_a_space(monkeypatch):
    text = " ".join(f"Wort{i}" for i in range(400))
    monkeypatch.setattr(components, "PART_CHARS", 300)
    doc = components.tokenize(get_nlp("de"), text)
    assert doc.text == text and [t.text for t in doc] == text.split()


def test_over_the_limit_is_a_clear_input_error(monkeypatch):
    monkeypatch.setattr(components, "MAX_CHARS", 1000)
    with pytest.raises(InputError, match="over the limit of 1,000"):
        components.tokenize(get_nlp("de"), PARA * 20, "big.txt")
