"""The ``tokens`` and ``sentences`` components of the linguistic stage."""

from __future__ import annotations

from typing import Callable

import numpy as np
from spacy.attrs import SENT_START

from ..document import Document, Span
from ..pipeline import component
from .sentences import SentenceRules, sentence_token_spans
from .tokenizer import RUNTIME_KEY, get_nlp, resolve_lang, tokens_of

__all__ = ["make_tokens", "make_sentences", "rules_for", "count_words"]

_rules: dict[str, SentenceRules] = {}
_is_word: dict[str, bool] = {}


def rules_for(lang: str) -> SentenceRules:
    """The cached sentence rules for a spaCy language code."""
    rules = _rules.get(lang)
    if rules is None:
        rules = _rules[lang] = SentenceRules(lang, get_nlp(lang).tokenizer.rules or {})
    return rules


def count_words(texts: list[str]) -> int:
    """How many token texts contain a letter or a digit (memoised per text)."""
    cache = _is_word
    if len(cache) > 500_000:
        cache.clear()
    n = 0
    for tx in texts:
        w = cache.get(tx)
        if w is None:
            w = cache[tx] = any(c.isalnum() for c in tx)
        n += w
    return n


@component("tokens", requires=["text", "language"], adds=["tokens"], stage="linguistic")
def make_tokens() -> Callable[[Document], None]:
    """Tokenize with the cached spaCy blank tokenizer of the document's language.

    The spaCy ``Doc`` goes to ``doc.runtime["spacy"]`` (never serialised; read
    it with :func:`quellenkritik.linguistic.tokens_of`), its language code to
    ``runtime["spacy_lang"]``, and the counts to ``runtime["n_tokens"]`` and
    ``runtime["n_words"]`` (tokens with a letter or digit).
    """

    def run(doc: Document) -> None:
        lang = resolve_lang(doc.language)
        sdoc = get_nlp(lang).make_doc(doc.text)
        rt = doc.runtime
        rt[RUNTIME_KEY] = sdoc
        rt["spacy_lang"] = lang
        rt["n_tokens"] = len(sdoc)
        rt["n_words"] = count_words([t.text for t in sdoc])

    return run


@component("sentences", requires=["tokens"], adds=["layers.sentences"], stage="linguistic")
def make_sentences(set_sent_starts: bool = True) -> Callable[[Document], None]:
    """Split sentences with German-aware rules (see ``linguistic.sentences``).

    Adds the ``sentences`` layer (label "S"). With ``set_sent_starts`` the
    spaCy ``Doc`` also gets ``is_sent_start`` on every token, so
    ``tokens_of(doc).sents`` gives the same sentences.
    """

    def run(doc: Document) -> None:
        sdoc = tokens_of(doc)
        lang = doc.runtime.get("spacy_lang") or resolve_lang(doc.language)
        spans = sentence_token_spans(sdoc, rules_for(lang))
        layer = doc.layers["sentences"] = []
        for a, b in spans:
            last = sdoc[b]
            start, end = sdoc[a].idx, last.idx + len(last.text)
            layer.append(Span.checked(start, end, "S", None, "sentences"))
        if set_sent_starts and len(sdoc):
            starts = np.full(len(sdoc), -1, dtype=np.int32)
            starts[0] = 1
            for a, _ in spans:
                starts[a] = 1
            sdoc.from_array([SENT_START], starts.reshape(-1, 1).astype(np.uint64))

    return run
