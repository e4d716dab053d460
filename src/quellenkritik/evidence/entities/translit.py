"""Transliteration of Cyrillic names and a folding key that merges spellings.

Two jobs:

* :func:`to_latin` writes a Russian or Ukrainian name in German (Duden-style:
  "Мирошник" -> "Miroschnik", "Зеленський" -> "Selenskyj") or English
  (BGN/PCGN-style: "Miroshnik", "Zelenskyy") Latin letters. ``build_kb`` uses
  it to add the usual spellings of every curated Cyrillic alias.
* :func:`fold` maps every usual spelling of a name of Cyrillic origin to one
  key: Selenskij, Selenskyj, Zelensky, Zelenskyy, Zelenskiy, Zelenski,
  Зеленський and Зеленский all give "selenski".

Why no library: ``unidecode``/``anyascii`` and ``transliterate`` produce *one*
Latin spelling per Cyrillic string and know nothing of the German, French or
Polish conventions a German article uses for Ukrainian and Russian names
(sch/tsch, w, j); ``cyrtranslit`` likewise. Merging spellings needs a folding
of Latin digraphs into sound classes, which none of them does, so the rules
are written here. They deliberately fold sounds together (sh/zh/s/z/ts, kh/ch/
tsch/h, j/y/i): the key is only a *candidate* index; the resolver never
merges two entries of the knowledge base through it and never crosses labels.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_words", "to_latin", "is_cyrillic", "is_ukrainian", "strip_diacritics"]

# ---- Cyrillic -> Latin ------------------------------------------------------

_UK_ONLY = frozenset("іїєґІЇЄҐ")

# Letters shared by both schemes first, then the scheme/language specific ones.
_BASE = {
    "а": "a", "б": "b", "д": "d", "е": "e", "з": "z", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "ь": "", "ъ": "", "э": "e", "ы": "y", "ё": "yo", "ґ": "g", "'": "", "’": "",
}
_EN = {"в": "v", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
       "ю": "yu", "я": "ya", "й": "y", "є": "ye", "ї": "yi", "і": "i"}
_DE = {"в": "w", "ж": "sch", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch",
       "ю": "ju", "я": "ja", "й": "j", "є": "je", "ї": "ji", "і": "i", "з": "s", "ё": "jo"}
_VOWELS = set("аеёиоуыэюяієї")


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter."""
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def is_ukrainian(text: str) -> bool:
    """Whether a Cyrillic string looks Ukrainian: і ї є ґ, or the soft sign of -ськ/-цьк."""
    low = text.lower()
    return any(ch in _UK_ONLY for ch in low) or "ськ" in low or "цьк" in low


def _word_to_latin(word: str, scheme: str, ukrainian: bool) -> str:
    table = {**_BASE, **(_DE if scheme == "de" else _EN)}
    if ukrainian and scheme == "en":  # Ukrainian national system (KMU 2010), as in "Zaluzhnyi"
        table.update({"й": "i", "є": "ie", "ї": "i", "ю": "iu", "я": "ia"})
    low = word.lower()
    out: list[str] = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        last = i + 1 == len(low)
        if ch == "г":
            lat = "h" if ukrainian else "g"
        elif ch == "и":
            lat = "y" if ukrainian else "i"
        elif ch == "й" and last and prev in "иы":
            lat = "j" if scheme == "de" else ("i" if ukrainian else "y")
        elif not prev and ukrainian and scheme == "en" and ch in "йєїюя":
            lat = _EN[ch]  # word-initial: Yevhen, Yurii
        elif ch == "е" and not ukrainian and (not prev or prev in _VOWELS or prev in "ьъ"):
            lat = "je" if scheme == "de" else "ye"  # Jelzin / Yeltsin
        elif ch == "с" and scheme == "de" and prev in _VOWELS and nxt in _VOWELS:
            lat = "ss"  # German writes voiceless s between vowels as ss
        else:
            lat = table.get(ch, ch)
        out.append(lat)
    res = "".join(out)
    if word[:1].isupper():
        res = res[:1].upper() + res[1:]
    if word.isupper() and len(word) > 1:
        res = res.upper()
    return res


def to_latin(text: str, scheme: str = "en", ukrainian: bool | None = None) -> str:
    """Transliterate the Cyrillic words of ``text`` with German ("de") or English ("en") conventions.

    Russian or Ukrainian is guessed from the whole string (:func:`is_ukrainian`)
    unless ``ukrainian`` is given; Ukrainian English follows the national
    system (KMU 2010: "Valerii Zaluzhnyi"), Russian English BGN/PCGN.
    """
    uk = is_ukrainian(text) if ukrainian is None else ukrainian
    return re.sub(r"[\u0400-\u04ff'’]+", lambda m: _word_to_latin(m.group(0), scheme, uk), text)


# ---- folding ------------------------------------------------------------------

_SPECIAL = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d",
                          "ż": "zh", "ź": "zh", "ž": "zh", "š": "sh", "ś": "sh",
                          "č": "ch", "ć": "ch", "ř": "rzh", "ı": "i"})


def strip_diacritics(text: str) -> str:
    """Remove combining marks after NFKD ("Pjöngjang" -> "Pjongjang")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Longest first. Sound classes: S = all sibilants (s z sh zh sch ts tz c),
# H = the velar/palatal fricatives and affricates (h kh ch tsch tch cz).
_DIGRAPHS = re.compile(
    r"schtsch|szcz|shch|tsch|sch|tch|zh|sh|sz|cz|rz|ch|kh|ts|tz|ck|ph|ou|ss|w|j|y|z|c|q|x"
)
_DIGRAPH_MAP = {
    "schtsch": "s", "szcz": "s", "shch": "s", "tsch": "h", "sch": "s", "tch": "h",
    "zh": "s", "sh": "s", "sz": "s", "cz": "h", "rz": "s", "ch": "h", "kh": "h",
    "ts": "s", "tz": "s", "ck": "k", "ph": "f", "ou": "u", "ss": "s", "w": "v",
    "j": "i", "y": "i", "z": "s", "q": "k", "x": "ks",
}
_NONWORD = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"(.)\1+")


def _fold_word(word: str) -> str:
    def sub(m: re.Match[str]) -> str:
        g = m.group(0)
        if g == "c":  # Latin c: s before front vowels, k elsewhere (Macron, Cyril)
            nxt = word[m.end() : m.end() + 1]
            return "s" if nxt in ("e", "i", "y") else "k"
        return _DIGRAPH_MAP[g]

    w = _DIGRAPHS.sub(sub, word)
    w = _DOUBLE.sub(r"\1", w)  # Zelenskyy, Saporischschja, ii
    w = w.replace("ie", "e")  # je/ye/ie -> e: Jelzin/Yeltsin, Sergiej
    return w


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """The spelling-independent key of ``name``: lowercase ASCII words joined by spaces."""
    text = to_latin(name, "en") if is_cyrillic(name) else name
    text = strip_diacritics(text.lower().translate(_SPECIAL))
    words = [w for w in _NONWORD.split(text) if w]
    return " ".join(_fold_word(w) for w in words)


def fold_words(name: str) -> list[str]:
    """The folded words of ``name``."""
    return fold(name).split()
