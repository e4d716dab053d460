"""The ``language`` component: document language and per-paragraph languages."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from ..document import Document
from ..pipeline import component
from .identify import identifier, identify
from .paragraphs import paragraph_offsets

__all__ = ["make_language", "BY"]

BY = "language"


@component("language", requires=["text"], adds=["language", "layers.paragraphs"], stage="language")
def make_language(
    min_chars: int = 40,
    languages: Sequence[str] | None = None,
    min_confidence: float = 0.0,
    doc_prior: float = 3.0,
) -> Callable[[Document], None]:
    """Identify the document's language and each paragraph's (py3langid).

    Options:
      min_chars: paragraphs shorter than this take the document language
        (attrs ``{"lang": ..., "inferred": true}``): too little text to judge.
      languages: restrict the candidates (ISO codes, e.g. ``["de", "en"]``).
      doc_prior: a paragraph's probability of being in the document language
        is multiplied by this before its language is picked (1.0: no prior).
        Low-confidence guesses of rare languages for bylines, tweet
        signatures and product names go back to the document language, while
        a real English paragraph in a German article stays English.
      min_confidence: a paragraph guess below this probability (after the
        prior) is replaced by the document language, marked ``inferred``,
        the guess kept as ``guess`` / ``guess_confidence`` (0.0: keep all).

    Paragraph attrs: ``{"lang": "de", "confidence": 0.99}`` when identified,
    ``{"lang": <document language>, "inferred": true}`` otherwise.
    """
    langs = None if languages is None else tuple(languages)
    if langs is not None:
        identifier(langs)  # fail early on an unknown code (ValueError)

    def run(doc: Document) -> None:
        text = doc.text
        stripped = text.strip()
        doc_guess = identify(stripped, langs)
        doc.language = doc_guess.lang
        doc.layers["paragraphs"] = []
        for start, end in paragraph_offsets(text):
            attrs: dict[str, Any] = {"lang": doc.language, "inferred": True}
            if end - start >= min_chars:
                # a one-paragraph text: the document's guess is this paragraph's
                para = text[start:end]
                if len(para) == len(stripped):
                    guess = doc_guess
                else:
                    guess = identify(para, langs, prefer=doc.language, weight=doc_prior)
                conf = round(guess.confidence, 4)
                if guess.lang is not None and guess.confidence >= min_confidence:
                    attrs = {"lang": guess.lang, "confidence": conf}
                elif guess.lang is not None:
                    attrs.update(guess=guess.lang, guess_confidence=conf)
            doc.add("paragraphs", start, end, "PARA", BY, **attrs)

    return run
