"""German word classes from the shipped lexicon (data/lexicon/wordclass.txt.gz).

Built by ``training/build_wordclass.py`` from LanguageTool's german-pos-dict
(CC BY-SA 4.0; card: data/lexicon/WORDCLASS_CARD.md). It answers two
questions the rule-based stages ask of a capitalised word, where a tagger
would otherwise be needed:

* :func:`is_common_noun`: "Konflikt", "Beispiel", "Raketen" are common nouns,
  never names by themselves ("Müller", which is both, is not listed);
* :func:`is_function_word`: "Unterdessen", "Plötzlich", "Ähnlich" at the start
  of a sentence are adverbs or adjectives, never a subject.

Loaded once, lazily (about 0.1 s, 15 MB).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

__all__ = ["is_common_noun", "is_function_word", "function_words", "LEXICON_PATH"]

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "wordclass.txt.gz"


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    try:
        raw = gzip.decompress(LEXICON_PATH.read_bytes()).decode("utf-8")
    except OSError:  # a tree without the lexicon: every word is unknown
        return frozenset(), frozenset()
    head, _, rest = raw.partition("#N\n")
    nouns, _, function = rest.partition("#F\n")
    return frozenset(nouns.split("\n")) - {""}, frozenset(function.split("\n")) - {""}


def is_common_noun(word: str) -> bool:
    """A capitalised form that the lexicon knows only as a common noun."""
    return word in _sets()[0]


def is_function_word(word: str) -> bool:
    """A form (any case) that is only an adverb, adjective, conjunction or preposition (never a pronoun or article)."""
    return word.lower() in _sets()[1]


def function_words() -> frozenset[str]:
    """Every form (lower case) that :func:`is_function_word` accepts."""
    return _sets()[1]
