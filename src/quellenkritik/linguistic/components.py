"""The ``tokens`` and ``sentences`` components of the linguistic stage."""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
from spacy.attrs import SENT_START

from ..document import Document, Span
from ..errors import InputError
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
        # a tokenizer that is not spaCy's rule-based one (Chinese, Japanese, ...) has no ``rules``
        exceptions = getattr(get_nlp(lang).tokenizer, "rules", None) or {}
        rules = _rules[lang] = SentenceRules(lang, exceptions)
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


#: Texts longer than this are tokenized in parts (spaCy refuses one call over its max_length).
PART_CHARS = 500_000
#: The longest text the pipeline takes (characters); a longer one is an InputError that says so.
MAX_CHARS = 20_000_000


def tokenize(nlp: Any, text: str, where: str = "<text>") -> Any:
    """The spaCy ``Doc`` of ``text``: in one call, or for a long text in parts cut at line breaks
    and joined with ``Doc.from_docs`` (offsets stay those of ``text``)."""
    from spacy.tokens import Doc

    if len(text) > MAX_CHARS:
        raise InputError(f"text of {len(text):,} characters is over the limit of {MAX_CHARS:,} "
                         "(quellenkritik.linguistic.components.MAX_CHARS): split the input", where)
    if len(text) <= PART_CHARS:
        return nlp.make_doc(text)
    parts, start = [], 0
    while start < len(text):
        end = min(len(text), start + PART_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + PART_CHARS // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + PART_CHARS // 2, end)
            end = cut + 1 if cut >= 0 else end
        parts.append(nlp.make_doc(text[start:end]))
        start = end
    sdoc = Doc.from_docs(parts, ensure_whitespace=False)
    if sdoc.text != text:  # never expected; a wrong offset would be worse than a clear failure
        raise InputError("the long text could not be tokenized in parts with its offsets kept", where)
    return sdoc


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
        sdoc = tokenize(get_nlp(lang), doc.text, doc.source.location)
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
