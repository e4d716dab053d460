"""The compiled regular expressions of the quantities stage, built once from :mod:`.lexicon`.

One pattern (``QUANTITY``) finds a whole quantity expression in one pass:
hedge, "zwischen", currency sign, number (digits, number words, "eine" before
a scale, or a vague word), attached scale, range end, scale, unit. Checks
the regex cannot express (years, dates, names, ranges with "und" only after
"zwischen") are made in :mod:`.extract` on each match.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..scan import trie as _trie
from . import lexicon as L

__all__ = ["ANCHOR", "DIGIT_ANCHOR", "WORD_ANCHOR", "WORD_ANCHOR_AFTER", "QUANTITY_START", "FRACTION_NOUN",
           "QUANTITY", "QUANTITY_NO_RANGE", "FRACTION", "IDENT_END", "PART_END", "PER_AFTER",
           "DATE_AFTER_DOT", "MONTH_NEAR", "TIME_AFTER", "UNIT_KIND", "alt"]


def alt(words: Iterable[str]) -> str:
    """Literal phrases as a prefix tree (longer phrases tried first), any whitespace between words.

    It matches what the alternation of the phrases, longest first, matches, in
    the same order: the phrases that match at one position are prefixes of one
    another, and both try the longer first. The tree is faster wherever it fails.
    """
    return _trie(words, space=r"\s+")


def trie(words: Iterable[str], fold_first: bool = True) -> str:
    """:func:`..scan.trie`, accepting a capitalised first letter by default ("Drei")."""
    return _trie(words, fold_first=fold_first)


_DIGITS_BARE = r"\d+(?:[.,\u00a0\u202f\u2009]\d+)*"
_DIGITS = r"(?<![\w.,:/\-–+])" + _DIGITS_BARE
_STEMS_DE = trie(L.NUMBER_WORD_STEMS_DE, fold_first=False)
_WORD_DE = r"(?:%s)(?:%s)*" % (trie(L.NUMBER_WORD_STEMS_DE), _STEMS_DE)
_EN1 = trie(L.NUMBER_WORDS_EN, fold_first=False)
_WORD_EN = r"(?:%s)(?:[-\s](?:%s|one))*" % (trie(L.NUMBER_WORDS_EN), _EN1)
_WORDNUM = r"\b(?:%s|%s)\b" % (_WORD_EN, _WORD_DE)
_SCALE_WORDS = {**L.SCALES, **L.DOZEN}
_SCALE = alt(_SCALE_WORDS)
_ONE = r"(?i:\b(?:%s))(?=\s+(?:%s)(?!\w))" % (alt(L.ONE_WORDS), _SCALE)
_VAGUE = r"\b(?:%s)\b" % alt({**L.VAGUE, **L.VAGUE_SCALES})
_HEDGE = r"(?<![\w.])(?i:%s)" % alt(L.HEDGES)
_CURPRE = alt(L.CURRENCY_PREFIXES)
_UNITS = alt({**L.CURRENCIES, **L.PERCENT_UNITS, **L.MEASURE_UNITS})
_ATT = alt(L.ATTACHED_SCALES)

#: unit text -> ("MONEY"|"PERCENT"|"QUANTITY", code)
UNIT_KIND: dict[str, tuple[str, str]] = {
    **{k: ("QUANTITY", v) for k, v in L.MEASURE_UNITS.items()},
    **{k: ("PERCENT", v) for k, v in L.PERCENT_UNITS.items()},
    **{k: ("MONEY", v) for k, v in L.CURRENCIES.items()},
}


def _quantity(with_range: bool) -> re.Pattern[str]:
    rng = (
        r"(?:(?P<rsep>\s*[-–]\s*|\s+(?:bis|to|und|and)\s+)(?:(?:%s)\s?)?(?P<num2>%s|%s))?"
        % (_CURPRE, _DIGITS_BARE, _WORDNUM)
        if with_range
        else ""
    )
    return re.compile(
        r"(?:(?P<hedge>%s)\s+)?" % _HEDGE
        + r"(?P<between>(?<![\w])(?i:zwischen|between)\s+)?"
        + r"(?:(?P<cur>%s)\s?)?" % _CURPRE
        + r"(?P<num>%s|%s|(?P<one>%s)|(?P<vague>%s))" % (_DIGITS, _WORDNUM, _ONE, _VAGUE)
        + r"(?P<att>(?:%s)(?![\w]))?" % _ATT
        + rng
        + r"(?:\s+(?:of\s+)?(?P<scale>%s)(?!\w))?" % _SCALE
        + r"(?:\s*(?:of\s+)?(?P<unit>%s)(?![\w]))?" % _UNITS
    )


QUANTITY = _quantity(True)
QUANTITY_NO_RANGE = _quantity(False)

FRACTION = re.compile(
    r"(?:(?P<hedge>%s)\s+)?(?P<fnum>(?i:\b(?:%s)))\s+(?P<frac>\b(?:%s))\b"
    % (_HEDGE, alt(L.FRACTION_NUMERATORS), alt(L.FRACTIONS))
)

#: where a quantity can be: its number (digits, number word, vague word, "eine" + scale).
#: ``find_quantities`` runs ``QUANTITY`` only in a window around each anchor, which
#: spares trying every hedge at every character.
_ANCHOR_WORDS = ({w for w in L.NUMBER_WORD_STEMS_DE if w not in ("und", "ein", "sech", "sieb",
                                                                  "zwan", "zig", "ßig")}
                 | {"sech", "sieb", "zwan"} | set(L.NUMBER_WORDS_EN) | set(_SCALE_WORDS)
                 | {w.split()[0] for w in {**L.VAGUE, **L.VAGUE_SCALES}})
ANCHOR = re.compile(r"\d|\b(?:%s)" % trie(_ANCHOR_WORDS))


def _word_anchor(words: Iterable[str]) -> str:
    """The word part of ``ANCHOR`` without its ``\\b`` (first letter folded, as there).

    One branch per first letter, so ``re`` branches on it at once; the branches
    for one letter keep ``ANCHOR``'s order (words written with a capital before
    the folded ones), so each match has the same span as there.
    """
    tails: dict[str, set[str]] = {}
    for w in words:
        tails.setdefault(w[0], set()).add(w[1:])
    branches: dict[str, list[str]] = {}
    for ch in sorted(tails):  # the order of ``trie``'s branches
        accepts = set(ch + ch.upper()) if ch.upper() != ch else {ch}  # as ``trie``'s [xX]
        for c in accepts:
            branches.setdefault(c, []).append(_trie(tails[ch]))
    return "|".join(re.escape(c) + "(?:%s)" % "|".join(b) for c, b in sorted(branches.items()))


#: ``ANCHOR`` in parts that ``re`` scans fast (see ``extract._anchors``): digits;
#: number words at the start of the text; number words after a non-word character,
#: found by that character (a scan for a character class runs in C and tries the
#: rest only there, not at every letter) with the word as group 1. Every word
#: starts with a letter, so "after a non-word character" is the ``\b`` of ``ANCHOR``.
DIGIT_ANCHOR = re.compile(r"\d")
WORD_ANCHOR = re.compile(_word_anchor(_ANCHOR_WORDS))
WORD_ANCHOR_AFTER = re.compile(r"\W(?=(%s))" % WORD_ANCHOR.pattern)
#: where a ``QUANTITY`` match can start: every branch of it opens with a word character
#: after a non-word one (a hedge, "zwischen", a number) or with a currency prefix.
QUANTITY_START = re.compile(r"(?<!\w)(?=\w)|(?=%s)" % _CURPRE)
FRACTION_NOUN = re.compile(r"\b(?:%s)\b" % alt(L.FRACTIONS))

#: text before a number that makes it a name or reference ("Artikel 5").
IDENT_END = re.compile(r"(?:^|(?<=[^\w]))(?:%s)\s*$" % alt(L.IDENTIFIER_BEFORE))
#: text before a count that makes it a part of a previous count ("darunter zwei").
PART_END = re.compile(r"(?<![\w])(?:%s)\s*[:,]?\s*$" % alt(L.PART_CUES), re.IGNORECASE)
#: "pro Stück", "per rocket", "a year", "each" right after a quantity.
PER_AFTER = re.compile(
    r"\s*(?:(?P<alone>%s)(?!\w)|(?:(?:pro|je|per)\s+|(?:a|an|im)\s+(?=(?:%s)\b))(?P<noun>[^\W\d][\w.\-]*))"
    % (alt(L.PER_ALONE), alt(L.PER_TIME))
)
#: after "24.": a date ("24. Januar", "24. und 25. Januar", "24.01.").
DATE_AFTER_DOT = re.compile(
    r"\.(?:\s*(?:%s)(?!\w)|\s*(?:und|bis|oder|/|-|–)\s*\d{1,2}\.|\d)" % alt(L.MONTHS)
)
#: a month name right before or after a day number ("January 24", "24 January").
MONTH_NEAR = re.compile(r"(?:%s)\s*$" % alt(L.MONTHS))
MONTH_AFTER = re.compile(r"\s*(?:%s)(?!\w)" % alt(L.MONTHS))
TIME_AFTER = re.compile(r"\s*(?:%s)(?!\w)" % alt(L.TIME_AFTER))
ORDINAL_WORD_BEFORE = re.compile(r"(?<![\w])(?:%s)\s*$" % alt(L.ORDINAL_BEFORE))
