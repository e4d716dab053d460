"""Language identification with py3langid, behind one module-level model.

The py3langid model is loaded once per process (lazily, on first use) with
normalised probabilities (``norm_probs=True``), so a confidence is a
probability in [0, 1] that can be compared across texts. A restricted
candidate set (``languages=["de", "en"]``) gets its own identifier instance,
cached per set, so restricting never changes the answers of the shared
unrestricted identifier.

Labels are the model's codes: ISO 639-1 where one exists ("de", "en"), ISO
639-3 otherwise ("lb" is 639-1, "gsw" would be 639-3). The model label
``zxx`` ("no linguistic content") and an empty text give ``None``.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import NamedTuple, Sequence

from py3langid.langid import MODEL_FILE, LanguageIdentifier

__all__ = [
    "Guess",
    "identify",
    "identifier",
    "supported_languages",
    "NO_LANGUAGE",
]

#: Labels that mean "no language" (py3langid's class for digits, symbols, code).
NO_LANGUAGE = frozenset({"zxx", "und"})

# URLs, e-mail addresses and digits carry no evidence about the language but
# do carry n-grams; they are blanked before identification.
_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|\d+")

_lock = threading.Lock()


class Guess(NamedTuple):
    """The identified language (``None`` for no language) and its probability."""

    lang: str | None
    confidence: float


def _load() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=16)
def _identifier_for(languages: tuple[str, ...] | None) -> LanguageIdentifier:
    with _lock:
        ident = _load()
        if languages is not None:
            ident.set_languages(list(languages))
        return ident


def identifier(languages: Sequence[str] | None = None) -> LanguageIdentifier:
    """The cached identifier for a candidate set (``None``: every language).

    Raises ``ValueError`` for a code the model does not know.
    """
    key = None if languages is None else tuple(sorted(set(languages)))
    return _identifier_for(key)


def supported_languages() -> list[str]:
    """The language codes the model can return."""
    return [c for c in identifier().labels if c not in NO_LANGUAGE]


def identify(
    text: str,
    languages: Sequence[str] | None = None,
    prefer: str | None = None,
    weight: float = 1.0,
) -> Guess:
    """The most probable language of ``text`` and its normalised probability.

    Digits, URLs and e-mail addresses are ignored. A text with nothing left
    (empty, only numbers or symbols) gives ``Guess(None, 0.0)``.

    ``prefer`` with ``weight`` > 1 is a prior: that language's probability is
    multiplied by ``weight`` and the distribution renormalised before the
    best language is picked (the paragraphs of a German article lean to
    German: a byline "Josh Apte (@joshapte)" is no evidence of Pidgin).
    """
    cleaned = _NOISE.sub(" ", text)
    if not any(c.isalpha() for c in cleaned):
        return Guess(None, 0.0)
    ident = identifier(languages)
    if prefer is None or weight == 1.0:
        lang, conf = ident.classify(cleaned)
    else:
        ranked = ident.rank(cleaned)
        lang, conf = ranked[0]
        p_pref = next((p for code, p in ranked if code == prefer), 0.0)
        total = 1.0 + p_pref * (weight - 1.0)
        if p_pref * weight > conf:
            lang, conf = prefer, p_pref * weight
        conf /= total
    if lang in NO_LANGUAGE:
        return Guess(None, float(conf))
    return Guess(lang, float(conf))
