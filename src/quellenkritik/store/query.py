"""Search queries: parsing user input, safe FTS5 expressions, snippets.

A query is words and "quoted phrases". Every word must match (AND). Nothing of
the user's input reaches FTS5 as syntax: words are cut out with a regular
expression and each FTS5 string is double-quoted with inner quotes doubled, so
``AND``, ``OR``, ``NEAR(``, ``*``, ``^`` or an unclosed ``"`` are searched as
plain text (or ignored when they hold no letters or digits).

Two FTS5 expressions are built from one query:

* the *stem* expression, for the index of stems: each word becomes
  ``("stem_de" OR "stem_en" OR "word")``; a phrase becomes the same phrase in
  each of these three forms, OR-ed;
* the *substring* expression, for the trigram index: each word of three or more
  characters, and each phrase, quoted as a substring.

Snippets are computed in Python from the document text: a window around the
first match, matched words between ``[`` and ``]`` (literal brackets of the
text are shown as parentheses there so that the marks stay unambiguous).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .text import normalise, stem, term_variants, word_spans, words

__all__ = [
    "Query",
    "parse_query",
    "fts_string",
    "stem_expression",
    "substring_expression",
    "short_words_expression",
    "make_snippet",
    "MARK_OPEN",
    "MARK_CLOSE",
    "MIN_SUBSTRING",
]

MARK_OPEN = "["
MARK_CLOSE = "]"
#: the trigram index cannot match strings shorter than this
MIN_SUBSTRING = 3

_PHRASE = re.compile(r'"([^"]*)"')
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Query:
    """A parsed query: loose words and phrases (each a list of words), all required."""

    text: str
    words: list[str] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)
    #: the phrases as typed (whitespace collapsed), for substring matching
    phrase_texts: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases

    def all_words(self) -> list[str]:
        out = list(self.words)
        for p in self.phrases:
            out.extend(p)
        return out


def parse_query(text: str) -> Query:
    """Split ``text`` into words and "phrases". An unclosed quote is ignored."""
    text = normalise(text)
    phrases: list[list[str]] = []
    phrase_texts: list[str] = []
    rest: list[str] = []
    pos = 0
    for m in _PHRASE.finditer(text):
        rest.append(text[pos : m.start()])
        pos = m.end()
        ws = words(m.group(1))
        if len(ws) == 1:
            rest.append(" " + m.group(1) + " ")  # a one-word phrase is a word
        elif ws:
            phrases.append(ws)
            phrase_texts.append(_WS.sub(" ", m.group(1)).strip())
    rest.append(text[pos:])
    loose = words(" ".join(rest))
    seen: list[str] = []
    for w in loose:
        if w not in seen:
            seen.append(w)
    return Query(text=text, words=seen, phrases=phrases, phrase_texts=phrase_texts)


def fts_string(s: str) -> str:
    """``s`` as one FTS5 string literal: double quotes around it, inner ones doubled."""
    return '"' + s.replace('"', '""') + '"'


def stem_expression(query: Query) -> str | None:
    """The FTS5 expression for the stemmed index, or None if the query is empty."""
    parts: list[str] = []
    for w in query.words:
        parts.append("(" + " OR ".join(fts_string(v) for v in term_variants(w)) + ")")
    for phrase in query.phrases:
        forms: list[str] = []
        for lang in ("de", "en", None):
            form = " ".join(stem(w, lang) for w in phrase)
            if form not in forms:
                forms.append(form)
        parts.append("(" + " OR ".join(fts_string(f) for f in forms) + ")")
    return " AND ".join(parts) if parts else None


def substring_expression(query: Query) -> str | None:
    """The FTS5 expression for the trigram index: long words and phrases as substrings.

    None when no word or phrase is long enough for the trigram index.
    """
    parts = [fts_string(w) for w in query.words if len(w) >= MIN_SUBSTRING]
    parts += [fts_string(p) for p in query.phrase_texts if len(p) >= MIN_SUBSTRING]
    return " AND ".join(parts) if parts else None


def short_words_expression(query: Query) -> str | None:
    """Words too short for the trigram index, for the stemmed index (None if none)."""
    short = Query(text=query.text, words=[w for w in query.words if len(w) < MIN_SUBSTRING])
    return stem_expression(short)


# ---- snippets -----------------------------------------------------------

_FOLD = {"a": "[aä]", "o": "[oö]", "u": "[uü]"}


def _stem_pattern(stem_: str) -> str:
    """A regex for the surface forms a Snowball stem stands for.

    German stems fold umlauts (``flüchtlinge`` -> ``fluchtling``) and ß (-> ss);
    English ones end in i for y (``delivery`` -> ``deliveri``).
    """
    out: list[str] = []
    i = 0
    while i < len(stem_):
        if stem_.startswith("ss", i):
            out.append("(?:ss|ß)")
            i += 2
            continue
        ch = stem_[i]
        if i == len(stem_) - 1 and ch == "i":
            out.append("[iy]")
        else:
            out.append(_FOLD.get(ch, re.escape(ch)))
        i += 1
    return "".join(out)


def _needles(query: Query, language: str | None) -> re.Pattern[str] | None:
    """One case-insensitive regex for the query words and their stems' surface forms."""
    patterns: set[str] = set()
    for w in query.all_words():
        if len(w) >= 2:
            patterns.add(re.escape(w))
        for lang in (language, "de", "en"):
            st = stem(w, lang)
            if len(st) >= 3:
                patterns.add(_stem_pattern(st))
    if not patterns:
        return None
    return re.compile("|".join(sorted(patterns, key=len, reverse=True)), re.IGNORECASE)


def _stem_matcher(query: Query, language: str | None) -> Callable[[str], bool]:
    """Does a word have the stem of a query word? (the slow path: stems each word)"""
    wanted = {stem(w, language) for w in query.all_words()}
    return lambda word: stem(word.lower(), language) in wanted


def _first_match(
    text: str, rx: re.Pattern[str] | None, query: Query, language: str | None, scan_limit: int = 2000
) -> tuple[int | None, bool]:
    """Offset of the first match, and whether it took the slow path of stemming words."""
    if rx is not None:
        m = rx.search(text)
        if m is not None:
            return m.start(), False
    matches = _stem_matcher(query, language)
    for n, m in enumerate(word_spans(text)):
        if n >= scan_limit:
            break
        if matches(m.group(0)):
            return m.start(), True
    return None, False


def _clean(s: str) -> str:
    return s.replace(MARK_OPEN, "(").replace(MARK_CLOSE, ")")


def make_snippet(
    text: str,
    query: Query,
    language: str | None = None,
    before: int = 60,
    after: int = 140,
) -> str:
    """A one-line excerpt of ``text`` around the first match, matches marked ``[..]``.

    A word is marked when it contains a query word or a form of its stem;
    without a match in ``text`` (say the title matched) the start of the text.
    """
    rx = _needles(query, language) if not query.empty else None
    first, slow = _first_match(text, rx, query, language) if not query.empty else (None, False)
    if first is not None:
        start = max(0, first - before)
        end = min(len(text), first + after)
    else:
        start, end = 0, min(len(text), before + after)
    # snap to word boundaries
    if start > 0:
        sp = text.find(" ", start, first if first is not None else end)
        if sp != -1:
            start = sp + 1
    if end < len(text):
        sp = text.rfind(" ", start, end)
        if sp > start:
            end = sp
    spans: list[tuple[int, int]] = []
    if first is not None:
        by_stem = _stem_matcher(query, language) if slow else None
        for m in word_spans(text[start:end]):
            word = m.group(0)
            if (rx is not None and rx.search(word)) or (by_stem is not None and by_stem(word)):
                spans.append((start + m.start(), start + m.end()))
    pieces: list[str] = []
    pos = start
    for s, e in spans:
        pieces.append(_clean(text[pos:s]))
        pieces.append(MARK_OPEN + _clean(text[s:e]) + MARK_CLOSE)
        pos = e
    pieces.append(_clean(text[pos:end]))
    body = _WS.sub(" ", "".join(pieces)).strip()
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + body + suffix
