"""The compiled regular expressions of the quantities stage, built once from :mod:`.lexicon`.

One pattern (``QUANTITY``) finds a whole quantity expression in one pass:
hedge, "zwischen", currency sign, number (digits, number words, "eine" before
a scale, "ein halbes", or a vague word), attached scale, range end, scale,
unit. Checks the regex cannot express (years, dates, names, ranges with "und"
only after "zwischen") are made in :mod:`.extract` on each match. Numbers
written onto words (``COMPOUND_*``) and numbers that name (``IDENTIFIER_ZONE``)
have patterns of their own.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..scan import trie as _trie
from . import lexicon as L

__all__ = ["ANCHOR", "DIGIT_ANCHOR", "WORD_ANCHOR", "WORD_ANCHOR_AFTER", "QUANTITY_START", "FRACTION_NOUN",
           "QUANTITY", "QUANTITY_NO_RANGE", "FRACTION", "IDENT_END", "PART_END", "PER_AFTER",
           "DATE_AFTER_DOT", "MONTH_NEAR", "TIME_AFTER", "UNIT_KIND", "IDENTIFIER_ZONE",
           "GOVERNOR_END", "COMPOUND_DIGITS", "COMPOUND_PARTS", "COMPOUND_WORD",
           "CASE_AFTER", "STREET_BEFORE", "ORDINAL_LINE_END", "TIME_AMPM",
           "alt"]


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


#: digits, also grouped by spaces ("14 000": groups of three after one to three digits)
_DIGITS_BARE = r"(?:\d{1,3}(?: \d{3})+(?![\d.,]?\d)|\d+(?:[.,\u00a0\u202f\u2009]\d+)*)"
_DIGITS = r"(?<![\w.,:/\-–+])(?!0\d)" + _DIGITS_BARE  # "030", "007": codes, not counts
_STEMS_DE = trie(L.NUMBER_WORD_STEMS_DE, fold_first=False)
_WORD_DE = r"(?:%s)(?:%s)*" % (trie(L.NUMBER_WORD_STEMS_DE), _STEMS_DE)
_EN1 = trie(L.NUMBER_WORDS_EN, fold_first=False)
_WORD_EN = r"(?:%s)(?:[-\s](?:%s|one))*" % (trie(L.NUMBER_WORDS_EN), _EN1)
#: number words, also "anderthalb", "eineinhalb", "zweieinhalb" (a number and a half)
_WORDNUM = r"\b(?:%s|%s(?:%s)?|%s)\b" % (_WORD_EN, _WORD_DE, L.HALF_SUFFIX, trie(L.HALF_WORDS))
_SCALE_WORDS = {**L.SCALES, **L.DOZEN}
_SCALE = alt(_SCALE_WORDS)
_ONE_WORDS = alt(L.ONE_WORDS)
_VAGUE = r"\b(?:%s)\b" % alt({**L.VAGUE, **L.VAGUE_SCALES})
_HEDGE = r"(?<![\w.])(?i:%s)" % alt(L.HEDGES)
_CURPRE = alt(L.CURRENCY_PREFIXES)
_UNITS = alt({**L.CURRENCIES, **L.CURRENCY_SUBUNITS, **L.PERCENT_UNITS, **L.MEASURE_UNITS})
#: "eine Million", "ein Dutzend" (1 before a scale); "ein halbes Jahr", "eine halbe Million"
#: (group ``halfadj``: one half before a scale or unit)
_ONE = r"(?i:\b(?:%s))(?:(?P<halfadj>\s+(?i:%s))(?=\s+(?:%s|%s)(?!\w))|(?=\s+(?:%s)(?!\w)))" % (
    _ONE_WORDS, alt(L.HALF_ADJECTIVES), _SCALE, _UNITS, _SCALE)
_ATT = alt(L.ATTACHED_SCALES)

#: unit text -> ("MONEY"|"PERCENT"|"QUANTITY", code)
UNIT_KIND: dict[str, tuple[str, str]] = {
    **{k: ("QUANTITY", v) for k, v in L.MEASURE_UNITS.items()},
    **{k: ("PERCENT", v) for k, v in L.PERCENT_UNITS.items()},
    **{k: ("MONEY", v) for k, v in L.CURRENCIES.items()},
    **{k: ("MONEY", v) for k, v in L.CURRENCY_SUBUNITS.items()},
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
        + r"(?P<num>%s|(?P<one>%s)|%s|(?P<vague>%s))" % (_DIGITS, _ONE, _WORDNUM, _VAGUE)
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
                 | {w.split()[0] for w in {**L.VAGUE, **L.VAGUE_SCALES}}
                 | set(L.HALF_WORDS) | {"halbe"}
                 | {"ein" + w for w in L.COMPOUND_WORD_TIME_STEMS if w.islower()})
ANCHOR = re.compile(r"\d+|\b(?:%s)" % trie(_ANCHOR_WORDS))


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


#: ``ANCHOR`` in parts that ``re`` scans fast (see ``extract._anchors``): runs of digits (a
#: number starts only at the first digit of a run: ``_DIGITS`` needs no digit before it);
#: number words at the start of the text; number words after a non-word character,
#: found by that character (a scan for a character class runs in C and tries the
#: rest only there, not at every letter) with the word as group 1. Every word
#: starts with a letter, so "after a non-word character" is the ``\b`` of ``ANCHOR``.
DIGIT_ANCHOR = re.compile(r"\d+")
WORD_ANCHOR = re.compile(_word_anchor(_ANCHOR_WORDS))
WORD_ANCHOR_AFTER = re.compile(r"\W(?=(%s))" % WORD_ANCHOR.pattern)
#: where a ``QUANTITY`` match can start: every branch of it opens with a word character
#: after a non-word one (a hedge, "zwischen", a number) or with a currency prefix.
QUANTITY_START = re.compile(r"(?<!\w)(?=\w)|(?=%s)" % _CURPRE)
FRACTION_NOUN = re.compile(r"\b(?:%s)\b" % alt(L.FRACTIONS))

#: text before a number that makes it a name or reference ("Artikel 5").
#: (group ``any``: before any number; else a word of ``L.IDENTIFIER_BEFORE_DIGITS``, before digits only)
IDENT_END = re.compile(r"(?:^|(?<=[^\w]))(?:(?P<any>%s)|%s)\s*$" % (
    alt(L.IDENTIFIER_BEFORE), alt(set(L.IDENTIFIER_BEFORE_DIGITS) - set(L.IDENTIFIER_BEFORE))))
#: a capitalised word right before a number (not after a sentence end): maybe a name
NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])\b([A-ZÄÖÜ][\w-]*) $")
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
#: "am", "pm" after a number: a time only in English and up to 12 ("5 pm"; "436 am Vortag")
TIME_AMPM = re.compile(r"\s*(?:am|pm)(?!\w)")
TIME_BEFORE = re.compile(r"(?<!\w)(?:%s)\s+$" % alt(L.TIME_BEFORE))
ORDINAL_WORD_BEFORE = re.compile(r"(?<![\w])(?:%s)\s*$" % alt(L.ORDINAL_BEFORE))

#: an ordinal at a line end: "Bukowski zum 100." then a new line or the end of the text
ORDINAL_LINE_END = re.compile(r"\.[ \t]*(?:\n|$)")

#: the text before a hedge "über"/"unter" that governs it: "verfügen über 180", "Kredit über".
GOVERNOR_END = re.compile(r"(?<![\w-])(?:(?:%s)[\w-]*\s+|(?:%s)\w*\s[^.,;:!?()\n]*)$" % (
    trie(L.PREPOSITION_GOVERNORS, fold_first=False), trie(L.PREPOSITION_VERBS)))


def _cue_words() -> str:
    return r"(?:%s|[\w-]*(?:nummer|Nummer|-Nr\.|zeichen))" % alt(L.REFERENCE_CUES)


_ID_FIRST = r"[+(]?\d[\w()/.\-–]*"  # the run after a cue opens with a digit ("Tel Aviv" is none)
_ID_TOKEN = r"(?:%s|[A-Z][A-Za-z]{0,3}(?![\w.]))" % _ID_FIRST
_ID_SEP = r"(?:[ \u00a0]+|[ \u00a0]*[/\-–][ \u00a0]*)"
#: An IBAN: country code, check digits, 10-30 letters and digits (spaces every four); also
#: used by the clean stage to find bank details (clean/furniture.py).
IBAN = r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?"
#: numbers that name, not count (see ``extract._identifiers``): an IBAN; a run of digits,
#: short codes and "/" after a cue ("Tel. 030 1234567", "Az. 12 O 345/19", "Kundennummer
#: 123 456"); an international phone number; digit groups after a leading zero ("030 1234");
#: three or more digit groups joined by "-" or "/" ("978-3-16-148410-0"); a court case number
#: ("12 O 345/19"); a postcode after "PLZ" or opening a short line ("10115 Berlin").
#: Postcodes after a street and house number ("Musterweg 5, 10115 Berlin") are found by
#: ``STREET_BEFORE``. Wallet ids and other letter-digit tokens need no zone: a number is
#: never read inside a word ("bc1q...", "0x5f3a...": a letter or digit touches each digit).
IDENTIFIER_ZONE = re.compile(
    r"\b" + IBAN + r"\b"
    + r"|(?<![\w.])%s[ \t\u00a0]*:?[ \t\u00a0]*%s(?:%s%s)*" % (_cue_words(), _ID_FIRST, _ID_SEP, _ID_TOKEN)
    + r"|(?<![\w+])\+\d{1,3}(?:[ \u00a0/\-–()]*\d){6,}"
    + r"|(?<![\w.,])0\d{1,5}(?:%s\d{2,}){1,4}" % _ID_SEP
    + r"|(?<![\w.,])\d+(?:[-–/]\d+){2,}"
    + r"|(?<![\w.,])\d{1,4}[ \u00a0]+[A-Z][A-Za-z]{0,3}[ \u00a0]+\d{1,6}/\d{2,4}"
    + r"|(?:(?<=PLZ )|(?<=PLZ: ))\d{4,5}"
    + r"|^[ \t]*\d{5}(?=[ \t]+[A-ZÄÖÜ][\w.\-]*(?:[ \t]+[\w.\-()]+){0,2}[ \t]*$)",
    re.MULTILINE,
)
#: before a 4- or 5-digit postcode: a street with its house number and a comma.
STREET_BEFORE = re.compile(r"(?:%s)[ \u00a0]*\d{1,4}[ \u00a0]?[a-zA-Z]?(?:[-/]\d{1,4}[a-z]?)?[ \u00a0]*,[ \u00a0]*$"
                           % alt(L.STREET_ENDINGS))

#: "<digits>-<letter>": a number written onto a word ("45-jähriger", "300-Millionen-Euro-Paket").
#: Matches the hyphen before a letter (a scan for a literal runs in C); ``extract._digit_compounds``
#: checks for a digit before it and walks back to the start of the number.
COMPOUND_DIGITS = re.compile(r"-(?=[^\W\d_])")
#: the hyphen-joined word parts after it
COMPOUND_PARTS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: a number word written onto a stem of ``L.COMPOUND_SUFFIXES`` ("zweiwöchigen", "einjährige",
#: "anderthalbjährig"); the digit form "45-jährige" is found by ``COMPOUND_DIGITS``.
COMPOUND_WORD = re.compile(r"(?P<wnum>%s|(?:%s)(?:%s)?)(?P<stem>%s)(?:e[nmrs]?)?(?![\w-])" % (
    trie(L.HALF_WORDS), _WORD_DE, L.HALF_SUFFIX,
    trie([w for w in L.COMPOUND_SUFFIXES if w.islower()], fold_first=False)))
#: after a number: a court register code and a file number ("12 O 345/19")
CASE_AFTER = re.compile(r"[ \u00a0]+[A-Z][A-Za-z]{0,3}[ \u00a0]+\d{1,6}/\d")

#: after "<n> Jahre": the years are an age ("34 Jahre alt", "die 34 Jahre alte Fahrerin", "45 years old")
AGE_AFTER = re.compile(r"\s+(?:alt(?:e[nmrs]?)?|old)\b")

