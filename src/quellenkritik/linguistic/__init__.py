"""Linguistic stage: tokens and sentences (lemmas, tags and entities later).

Importing :mod:`quellenkritik.linguistic.components` registers the
``tokens`` and ``sentences`` components.
"""

from __future__ import annotations

from .sentences import SentenceRules, sentence_offsets, sentence_token_spans
from .tokenizer import get_nlp, resolve_lang, tokens_of

__all__ = [
    "tokens_of",
    "get_nlp",
    "resolve_lang",
    "SentenceRules",
    "sentence_offsets",
    "sentence_token_spans",
]
