"""Cached spaCy tokenizers, one per language, and access to a document's tokens.

No pretrained pipeline is needed: ``spacy.blank(lang)`` carries the
language's tokenizer exceptions (German ordinals "24.", abbreviations "z.B.",
"ca.", "Dr.", "Mio.") and is all the tokens stage uses. Each ``Language`` is
built once per process and reused for every document.

Two changes to spaCy's defaults: the single guillemets ``›`` and ``‹`` split
off as prefixes and suffixes, like ``»`` and ``«`` already do (``›Nein.‹``
gives ``› Nein . ‹``), and a few abbreviations spaCy splits ("Febr.",
"Anm.") are added as special cases (``lexicon.EXTRA_ABBREVIATIONS``).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_prefix_regex, compile_suffix_regex

from ..errors import PipelineError
from .lexicon import EXTRA_ABBREVIATIONS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc as SpacyDoc

    from ..document import Document

__all__ = ["DEFAULT_LANG", "FALLBACK_LANG", "resolve_lang", "get_nlp", "tokens_of", "RUNTIME_KEY"]

#: The tokenizer used when a document has no (or an unknown) language.
DEFAULT_LANG = "de"
#: spaCy's multi-language tokenizer, for languages spaCy has no class for.
FALLBACK_LANG = "xx"
#: Where the spaCy ``Doc`` lives in ``Document.runtime``.
RUNTIME_KEY = "spacy"

_EXTRA_QUOTES = ("›", "‹")
_cache: dict[str, Language] = {}
_resolved: dict[str | None, str] = {}
_lock = threading.Lock()


def _build(lang: str) -> Language:
    nlp = spacy.blank(lang)
    prefixes = list(nlp.Defaults.prefixes or ()) + list(_EXTRA_QUOTES)
    suffixes = list(nlp.Defaults.suffixes or ()) + list(_EXTRA_QUOTES)
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for abbr in EXTRA_ABBREVIATIONS.get(lang, ()):
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return nlp


def resolve_lang(language: str | None) -> str:
    """The spaCy language code to tokenize ``language`` with.

    ``None`` or "und" -> "de"; a language spaCy has a blank model for (and whose
    optional dependencies are installed) -> itself; anything else -> "xx".
    Region subtags are dropped ("de-AT" -> "de").
    """
    if language in _resolved:
        return _resolved[language]
    base = (language or "").replace("_", "-").split("-")[0].lower()
    if not base or base in {"und", "zxx"}:
        code = DEFAULT_LANG
    else:
        try:
            get_nlp(base)
            code = base
        except Exception:  # noqa: BLE001 - unknown code or a missing optional dependency
            code = FALLBACK_LANG
    _resolved[language] = code
    return code


def get_nlp(lang: str) -> Language:
    """The cached blank ``Language`` for a spaCy code (built on first use)."""
    nlp = _cache.get(lang)
    if nlp is None:
        with _lock:
            nlp = _cache.get(lang)
            if nlp is None:
                nlp = _cache[lang] = _build(lang)
    return nlp


def tokens_of(doc: "Document") -> "SpacyDoc":
    """The spaCy ``Doc`` the ``tokens`` component stored on ``doc``."""
    try:
        return doc.runtime[RUNTIME_KEY]
    except KeyError:
        raise PipelineError("the document has no tokens: run the 'tokens' component first") from None
