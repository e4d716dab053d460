"""Word splitting and stemming for the search indexes.

The stemmed index holds, per document, the space-joined stems of its title and
text. Stems are chosen by the document's language: the Snowball German stemmer
for ``de``, the English one for ``en``; any other language is only lowercased.
Queries are stemmed with every stemmer (see :func:`term_variants`) so that one
query finds German and English documents alike.

Latin letters with diacritics are folded to their base letter before anything
else (:func:`fold_diacritics`: "Kaczyński" -> "Kaczynski", "Wałęsa" ->
"Walesa"), in the indexes and in queries alike, so that a query typed without
them finds the text with them and vice versa. The folding maps one character
to one character, so offsets into a folded text are offsets into the original.

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
    "fold_diacritics",
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


#: Latin letters without a Unicode decomposition that still carry a "diacritic"
_FOLD_SPECIAL = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
    "ı": "i", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T",
}


def _fold_char(ch: str) -> str:
    """A Latin letter with diacritics -> its base letter; anything else unchanged (one char)."""
    special = _FOLD_SPECIAL.get(ch)
    if special is not None:
        return special
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    if (
        len(decomposed) > 1
        and base.isascii()
        and base.isalpha()
        and all(unicodedata.combining(c) for c in decomposed[1:])
    ):
        return base
    return ch


#: the blocks where Latin letters with diacritics live: Latin-1 Supplement, Extended-A/B,
#: Extended Additional (a regex finds the few such letters of a text faster than
#: ``str.translate`` walks all of it)
_FOLDABLE = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_fold_cache: dict[str, str] = {}


def _fold_match(m: re.Match[str]) -> str:
    ch = m.group(0)
    folded = _fold_cache.get(ch)
    if folded is None:
        folded = _fold_cache[ch] = _fold_char(ch)
    return folded


def fold_diacritics(text: str) -> str:
    """``text`` with Latin diacritics removed, one character for one ("Wałęsa" -> "Walesa").

    Only letters whose base is an ASCII letter are folded (é, ñ, ą, ş, ő, ł, ø, ...);
    Cyrillic, Greek and others stay as they are (й is not и). German umlauts
    fold too (ä -> a), as the German stemmer does anyway; ß stays ß.
    """
    if text.isascii():
        return text
    return _FOLDABLE.sub(_fold_match, text)


def words(text: str) -> list[str]:
    """The lowercased words of ``text``, Latin diacritics folded."""
    return [w.lower() for w in WORD.findall(fold_diacritics(normalise(text)))]


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

    ``word`` is folded and lowercased here; duplicates are removed, order kept.
    """
    low = fold_diacritics(normalise(word)).lower()
    out: list[str] = []
    for form in (stem(low, "de"), stem(low, "en"), low):
        if form and form not in out:
            out.append(form)
    return out
