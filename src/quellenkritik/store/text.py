"""Word splitting and stemming for the search indexes.

The stemmed index holds, per document, the space-joined stems of its title and
text. Stems are chosen by the document's language: the Snowball German stemmer
for ``de``, the English one for ``en``; any other language is only lowercased.
Queries are stemmed with every stemmer (see :func:`term_variants`) so that one
query finds German and English documents alike.

Stemming is pure Python (``snowballstemmer``) and costs tens of microseconds
per word, so stems are memoised per (language, word).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterator

import snowballstemmer

__all__ = [
    "WORD",
    "normalise",
    "words",
    "word_spans",
    "stemmer_for",
    "stem",
    "stem_text",
    "term_variants",
    "STEM_LANGUAGES",
]

#: a word: a run of letters and digits (underscore is a separator, as in FTS5 unicode61)
WORD = re.compile(r"[^\W_]+")

#: document language -> Snowball algorithm
STEM_LANGUAGES: dict[str, str] = {"de": "german", "en": "english"}

_CACHE_MAX = 200_000
_cache: dict[tuple[str, str], str] = {}
_stemmers: dict[str, Callable[[str], str]] = {}


def normalise(text: str) -> str:
    """NFC, as the document id does, so that composed and decomposed umlauts agree."""
    return unicodedata.normalize("NFC", text)


def words(text: str) -> list[str]:
    """The lowercased words of ``text``."""
    return [w.lower() for w in WORD.findall(normalise(text))]


def word_spans(text: str) -> Iterator[re.Match[str]]:
    """Word matches with offsets into ``text`` itself (not normalised)."""
    return WORD.finditer(text)


def _base_language(language: str | None) -> str:
    return (language or "").replace("_", "-").split("-")[0].lower()


def stemmer_for(language: str | None) -> Callable[[str], str] | None:
    """The stem function for a document language, or None (lowercase only)."""
    algo = STEM_LANGUAGES.get(_base_language(language))
    if algo is None:
        return None
    fn = _stemmers.get(algo)
    if fn is None:
        fn = snowballstemmer.stemmer(algo).stemWord
        _stemmers[algo] = fn
    return fn


def stem(word: str, language: str | None) -> str:
    """The stem of one lowercased word in ``language`` (the word itself if no stemmer)."""
    lang = _base_language(language)
    key = (lang, word)
    hit = _cache.get(key)
    if hit is not None:
        return hit
    fn = stemmer_for(lang)
    result = fn(word) if fn is not None else word
    # Snowball can in principle return an empty stem; keep the word then.
    result = result or word
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[key] = result
    return result


def stem_text(text: str, language: str | None) -> str:
    """The space-joined stems of ``text``: the content of the stemmed index."""
    return " ".join(stem(w, language) for w in words(text))


def term_variants(word: str) -> list[str]:
    """The forms a query word may take in the stemmed index, de/en stems and the word.

    ``word`` is lowercased here; duplicates are removed, order kept.
    """
    low = normalise(word).lower()
    out: list[str] = []
    for form in (stem(low, "de"), stem(low, "en"), low):
        if form and form not in out:
            out.append(form)
    return out
