"""German word classes from the shipped lexicon (data/lexicon/wordclass.txt.gz).

Built by ``training/build_wordclass.py`` from LanguageTool's german-pos-dict
(CC BY-SA 4.0; card: data/lexicon/WORDCLASS_CARD.md). It answers two
questions the rule-based stages ask of a capitalised word, where a tagger
would otherwise be needed:

* :func:`is_common_noun`: "Konflikt", "Beispiel", "Raketen" are common nouns,
  never names by themselves ("Müller", which is both, is not listed);
* :func:`is_function_word`: "Unterdessen", "Plötzlich", "Ähnlich" at the start
  of a sentence are adverbs or adjectives, never a subject;
* :func:`is_first_name`: "Hilde", "Rolf" (2,015 forms of the lexicon's first names).

Loaded once, lazily (about 0.1 s, 15 MB).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

__all__ = ["is_common_noun", "is_function_word", "function_words", "gender_word", "is_first_name", "ends_in_common_noun", "LEXICON_PATH"]

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "wordclass.txt.gz"


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    try:
        raw = gzip.decompress(LEXICON_PATH.read_bytes()).decode("utf-8")
    except OSError:  # a tree without the lexicon: every word is unknown
        return frozenset(), frozenset(), frozenset()
    head, _, rest = raw.partition("#N\n")
    nouns, _, rest = rest.partition("#F\n")
    function, _, first = rest.partition("#V\n")
    return tuple(frozenset(part.split("\n")) - {""} for part in (nouns, function, first))  # type: ignore[return-value]


def is_common_noun(word: str) -> bool:
    """A capitalised form that the lexicon knows only as a common noun."""
    return word in _sets()[0]


def is_function_word(word: str) -> bool:
    """A form (any case) that is only an adverb, adjective, conjunction or preposition (never a pronoun or article)."""
    return word.lower() in _sets()[1]


def is_first_name(word: str) -> bool:
    """A form the lexicon lists as a first name ("Hilde", "Rolf", "Hildes")."""
    return word in _sets()[2]


def ends_in_common_noun(word: str, min_tail: int = 3) -> bool:
    """A compound whose last part (``min_tail`` letters or more, after a first part of three or more)
    the lexicon knows as a common noun: "Problemviertel", "Amtszeit", "Liquiditätssorgen"."""
    return any(is_common_noun(word[k].upper() + word[k + 1 :]) for k in range(3, len(word) - min_tail + 1))


def function_words() -> frozenset[str]:
    """Every form (lower case) that :func:`is_function_word` accepts."""
    return _sets()[1]


@lru_cache(maxsize=4096)
def gender_word(word: str) -> str | None:
    """The gender a word right before a name gives its bearer: "Frau" and feminine agent nouns
    ("Ministerin", "NSU-Rechtsterroristin") "f", "Herr" and masculine agent nouns that have a
    feminine form in the lexicon ("Minister", "SPD-Chef") "m", else None. A compound is read by
    its longest last part the lexicon knows."""
    if word in ("Frau", "Mrs.", "Ms.", "Mrs", "Ms"):
        return "f"
    if word in ("Herr", "Herrn", "Mr.", "Mr"):
        return "m"
    w = word.split("-")[-1]
    if len(w) < 4 or not w[:1].isupper():
        return None
    for i in range(len(w) - 3):
        tail = w[i].upper() + w[i + 1:]
        if tail.endswith("in") and is_common_noun(tail) and is_common_noun(tail[:-2]):
            return "f"  # "Ministerin" beside "Minister"
        if is_common_noun(tail) and (is_common_noun(tail + "in") or tail.endswith("e") and is_common_noun(tail[:-1] + "in")):
            return "m"  # "Minister" beside "Ministerin", "Experte" beside "Expertin"
    return None
