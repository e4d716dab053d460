"""Search queries: parsing user input, safe FTS5 expressions, snippets.

A query is words, "quoted phrases" and the operators ``OR``, ``NOT`` and
``AND`` (upper case, standing alone; in lower case, or quoted as ``"OR"``,
they are words)::

    Putin OR Selenskyj            either name
    Ukraine NOT Russland          Ukraine, but no article that has Russland
    "Kiewer Regierung" Sanktionen a phrase and a word, both required
    Putin OR Selenskyj Ukraine    (Putin OR Selenskyj) AND Ukraine
    Ukraine NOT Russland OR Belarus    Ukraine, neither Russland nor Belarus

Terms side by side are AND-ed (``AND`` may be written, it changes nothing).
``OR`` binds its neighbours into one alternative (tighter than AND, as web
search engines do); ``NOT`` excludes the word, phrase or OR-group after it. A
query needs one term to look for. A malformed query (a lone ``NOT``, ``OR`` or
``AND`` without a term on a side, ``a OR NOT b``, only exclusions) raises
:class:`QuerySyntaxError`, a StoreError, with the reason.

A chunk of several words without spaces (``HIMARS-Raketen``, ``U.S.``) is a
phrase: its words must stand next to each other.

Nothing of the user's input reaches FTS5 as syntax: terms are cut out with
regular expressions, each FTS5 string is double-quoted with inner quotes
doubled, and the only operators and parentheses in an expression are the
ones built here. ``NEAR(``, ``*``, ``^``, ``col:`` or an unclosed ``"`` are
searched as plain text (or ignored when they hold no letters or digits).

Words are folded before anything else (:func:`.text.fold_diacritics`:
"Kaczynski" = "Kaczyński"), as the indexes are.

Expressions built from one query:

* the *stem* expressions, for the index of stems: each word becomes
  ``("stem_de" OR "stem_en" OR "word")``; a phrase becomes the same phrase in
  each of these three forms, OR-ed; an OR-group the OR of its terms;
* the *substring* expressions, for the trigram index: each word of three or
  more characters, and each phrase, quoted as a substring.

Snippets are computed in Python from the document text: a window around the
first match, matched words between ``[`` and ``]`` (literal brackets of the
text are shown as parentheses there so that the marks stay unambiguous).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from ..errors import StoreError
from .text import fold_diacritics, normalise, stem, term_variants, word_spans, words, WORD

__all__ = [
    "Term",
    "Clause",
    "Query",
    "QuerySyntaxError",
    "OPERATORS",
    "parse_query",
    "fts_string",
    "stem_expression",
    "clause_stem_expression",
    "clause_substring_expression",
    "negative_stem_expression",
    "negative_substring_expression",
    "substring_expression",
    "make_snippet",
    "MARK_OPEN",
    "MARK_CLOSE",
    "MIN_SUBSTRING",
]

MARK_OPEN = "["
MARK_CLOSE = "]"
#: the trigram index cannot match strings shorter than this
MIN_SUBSTRING = 3
#: operators: upper case, a chunk of their own
OPERATORS = ("OR", "NOT", "AND")

#: a quoted phrase, or a chunk without spaces
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WS = re.compile(r"\s+")


class QuerySyntaxError(StoreError):
    """A query the parser cannot make sense of (a lone NOT, OR without a term...)."""


@dataclass(frozen=True)
class Term:
    """A word (one item in ``words``) or a phrase (several, next to each other)."""

    #: folded, lowercased words
    words: tuple[str, ...]
    #: the substring to look for in the trigram index: the word, or the phrase as typed
    #: (whitespace collapsed)
    text: str

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class Clause:
    """Alternatives (``a OR b``), one of which must match; with ``negated``, none may."""

    terms: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed query: clauses that must all hold (AND)."""

    text: str
    clauses: tuple[Clause, ...] = field(default=())

    @property
    def positive(self) -> list[Clause]:
        """The clauses that must match."""
        return [c for c in self.clauses if not c.negated]

    @property
    def negative(self) -> list[Clause]:
        """The clauses that must not match (after NOT)."""
        return [c for c in self.clauses if c.negated]

    @property
    def empty(self) -> bool:
        """Nothing to look for (no term at all: "", "*", "()")."""
        return not self.positive

    def _simple(self) -> list[Term]:
        return [c.terms[0] for c in self.positive if len(c.terms) == 1]

    @property
    def words(self) -> list[str]:
        """The words that are required on their own (not in an OR-group, not negated)."""
        return [t.words[0] for t in self._simple() if not t.is_phrase]

    @property
    def phrases(self) -> list[list[str]]:
        """The phrases that are required on their own, as lists of words."""
        return [list(t.words) for t in self._simple() if t.is_phrase]

    @property
    def phrase_texts(self) -> list[str]:
        """Those phrases as typed (whitespace collapsed)."""
        return [t.text for t in self._simple() if t.is_phrase]

    def all_words(self) -> list[str]:
        """Every word of every term looked for (OR-groups included, NOT excluded): for snippets."""
        out: list[str] = []
        for c in self.positive:
            for t in c.terms:
                out.extend(w for w in t.words if w not in out)
        return out


def _term(raw: str, quoted: bool) -> Term | None:
    """The term of one quoted phrase or one chunk; None when it holds no word."""
    ws = words(raw)
    if not ws:
        return None
    if len(ws) == 1:
        return Term((ws[0],), ws[0])
    if quoted:
        text = _WS.sub(" ", raw).strip()
    else:  # a chunk: from its first word to its last, punctuation around it dropped
        spans = list(WORD.finditer(raw))
        text = raw[spans[0].start() : spans[-1].end()]
    return Term(tuple(ws), text)


def _tokens(text: str) -> list[Term | str]:
    out: list[Term | str] = []
    for m in _TOKEN.finditer(text):
        phrase, chunk = m.group(1), m.group(2)
        if chunk is not None and chunk in OPERATORS:
            out.append(chunk)
            continue
        term = _term(phrase if phrase is not None else chunk, quoted=phrase is not None)
        if term is not None:
            out.append(term)
    return out


def _unique(items: list) -> list:  # type: ignore[type-arg]
    seen: list = []  # type: ignore[type-arg]
    for it in items:
        if it not in seen:
            seen.append(it)
    return seen


def parse_query(text: str) -> Query:
    """Parse ``text`` into clauses (see the module docstring). An unclosed quote is ignored.

    Raises :class:`QuerySyntaxError` for a malformed query.
    """
    text = normalise(text)
    toks = _tokens(text)

    def fail(why: str) -> QuerySyntaxError:
        return QuerySyntaxError(f"malformed query {text.strip()!r}: {why}")

    def is_op(i: int) -> bool:
        return i < len(toks) and isinstance(toks[i], str)

    clauses: list[Clause] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok == "AND":
            if not clauses or i + 1 >= len(toks) or toks[i + 1] in ("AND", "OR"):
                raise fail('AND needs a word or "phrase" on each side')
            i += 1
            continue
        if tok == "OR":
            raise fail('OR needs a word or "phrase" on each side')
        negated = tok == "NOT"
        if negated:
            i += 1
            if i >= len(toks) or is_op(i):
                raise fail('NOT must be followed by the word, "phrase" or OR-group to exclude')
        terms = [toks[i]]
        i += 1
        while i < len(toks) and toks[i] == "OR":
            i += 1
            if i < len(toks) and toks[i] == "NOT":
                raise fail("NOT cannot follow OR (write 'a NOT b' to exclude b)")
            if i >= len(toks) or is_op(i):
                raise fail('OR needs a word or "phrase" on each side')
            terms.append(toks[i])
            i += 1
        clauses.append(Clause(tuple(_unique(terms)), negated))  # type: ignore[arg-type]
    clauses = _unique(clauses)
    if clauses and all(c.negated for c in clauses):
        raise fail("nothing to look for, NOT only excludes (as in 'Ukraine NOT Russland')")
    return Query(text=text, clauses=tuple(clauses))


def fts_string(s: str) -> str:
    """``s`` as one FTS5 string literal: double quotes around it, inner ones doubled."""
    return '"' + s.replace('"', '""') + '"'


def _term_stem_expression(term: Term) -> str:
    if not term.is_phrase:
        forms = term_variants(term.words[0])
    else:
        forms = []
        for lang in ("de", "en", None):
            form = " ".join(stem(w, lang) for w in term.words)
            if form not in forms:
                forms.append(form)
    return "(" + " OR ".join(fts_string(f) for f in forms) + ")"


def clause_stem_expression(clause: Clause) -> str:
    """The FTS5 expression for one clause in the stemmed index (negation not applied)."""
    parts = [_term_stem_expression(t) for t in clause.terms]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def clause_substring_expression(clause: Clause) -> str | None:
    """The FTS5 expression for one clause in the trigram index; None if no term is long enough."""
    parts = [fts_string(fold_diacritics(t.text)) for t in clause.terms if len(t.text) >= MIN_SUBSTRING]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def stem_expression(query: Query) -> str | None:
    """The FTS5 expression for the stemmed index: every positive clause; None if there is none."""
    parts = [clause_stem_expression(c) for c in query.positive]
    return " AND ".join(parts) if parts else None


def substring_expression(query: Query) -> str | None:
    """Any positive term as a substring: the candidates of the trigram search.

    None when no term to look for is long enough for the trigram index.
    """
    parts = [e for c in query.positive if (e := clause_substring_expression(c)) is not None]
    return " OR ".join(parts) if parts else None


def negative_stem_expression(query: Query) -> str | None:
    """Any excluded term in the stemmed index (None without NOT)."""
    parts = [clause_stem_expression(c) for c in query.negative]
    return " OR ".join(parts) if parts else None


def negative_substring_expression(query: Query) -> str | None:
    """Any excluded term as a substring (None without a long enough excluded term)."""
    parts = [e for c in query.negative if (e := clause_substring_expression(c)) is not None]
    return " OR ".join(parts) if parts else None


# ---- snippets -----------------------------------------------------------

def _letter_classes() -> dict[str, str]:
    """ASCII letter -> a regex class of it and every Latin letter that folds to it.

    Snippets match these classes against the text as written, so that the
    folded query word "walesa" marks "Wałęsa" without folding the whole text.
    """
    variants: dict[str, str] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(code)
        base = fold_diacritics(ch)
        if base != ch and base.isascii() and ch.lower() == ch:
            variants[base.lower()] = variants.get(base.lower(), "") + ch
    return {b: "[" + b + v + "]" for b, v in variants.items()}


_LETTER_CLASS = _letter_classes()


def _letters_pattern(s: str) -> str:
    """``s`` as a regex in which every letter also matches its forms with diacritics."""
    return "".join(_LETTER_CLASS.get(ch) or re.escape(ch) for ch in s)


def _stem_pattern(stem_: str) -> str:
    """A regex for the surface forms a Snowball stem stands for.

    German stems fold umlauts (``flüchtlinge`` -> ``fluchtling``) and ß (-> ss);
    English ones end in i for y (``delivery`` -> ``deliveri``); every letter
    stands for its forms with diacritics too (stems are made of folded words).
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
            out.append(_LETTER_CLASS.get(ch) or re.escape(ch))
        i += 1
    return "".join(out)


@lru_cache(maxsize=256)
def _needles(query: Query, language: str | None) -> re.Pattern[str] | None:
    """One case-insensitive regex for the query words and their stems' surface forms."""
    patterns: set[str] = set()
    for w in query.all_words():
        if len(w) >= 2:
            patterns.add(_letters_pattern(w))
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
    return lambda word: stem(fold_diacritics(word).lower(), language) in wanted


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

    A word is marked when it contains a query word or a form of its stem
    (diacritics folded, excluded terms never marked); without a match in ``text`` (say the title matched) the start of the text.
    """
    # query words are folded; the needles' letter classes match the text as written
    # ("walesa" marks "Wałęsa"), the slow path folds each word it stems
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
