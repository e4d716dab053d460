"""Regex helpers of the evidence patterns: word lists as prefix trees, anchored scanning.

:func:`trie`: a word list as a regex prefix tree. :func:`anchored_finditer`:
exactly ``regex.finditer(text)``, tried only near an anchor.

Why: a pattern that opens with a lookbehind or an optional cue gives ``re``
no literal prefix, so ``finditer`` tries every character of the text. Each
match holds an *anchor* (a month name, a year, a quotation mark, "laut") and
starts at most a run of ``back`` characters before it, measured on the
reversed text ``rev``. Positions from there to the anchor are tried in
order, so the first match found is the one ``finditer`` would find. Used by
the dates and speech patterns.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Iterable, Iterator

__all__ = ["anchored_finditer", "Literals", "trie"]


def trie(words: Iterable[str], fold_first: bool = False, space: str | None = None) -> str:
    """A regex alternation as a prefix tree: ``drei|drittel`` -> ``d(?:r(?:ei|ittel))``.

    Python's ``re`` tries alternatives one by one; a tree rejects a position
    after one character, and greedy optional tails try the longer word first,
    as a longest-first alternation does. ``fold_first`` also accepts the
    capitalised first letter ("Drei" at a sentence start); ``space`` is the
    regex for a space inside a word list entry (default: a literal space).
    Written here because no regex-trie package is a dependency (a dozen lines).
    """
    tree: dict = {}
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, first: bool) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            if first and fold_first and ch.upper() != ch:
                head = f"[{ch}{ch.upper()}]"
            elif ch == " " and space is not None:
                head = space
            else:
                head = re.escape(ch)
            alts.append(head + emit(node[ch], False))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree, True)


class Literals:
    """The next occurrence of any of some literals, from a rising position (``str.find``)."""

    def __init__(self, text: str, literals: tuple[str, ...]) -> None:
        self.text = text
        self.next = {lit: text.find(lit) for lit in literals}

    def search(self, pos: int) -> int:
        best = -1
        for lit, at in self.next.items():
            if 0 <= at < pos:
                at = self.next[lit] = self.text.find(lit, pos)
            if at >= 0 and (best < 0 or at < best):
                best = at
        return best


def _list_finder(at: list[int]) -> Callable[[int], int]:
    def find(pos: int) -> int:
        i = bisect_left(at, pos)
        return at[i] if i < len(at) else -1

    return find


def _regex_finder(anchor: re.Pattern[str], text: str) -> Callable[[int], int]:
    def find(pos: int) -> int:
        a = anchor.search(text, pos)
        return -1 if a is None else a.start()

    return find


def anchored_finditer(
    regex: re.Pattern[str],
    text: str,
    anchor: re.Pattern[str] | tuple[str, ...] | list[int],
    back: re.Pattern[str] | None,
    rev: str | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` in ``text``, as ``finditer`` gives them (see the module docstring).

    ``anchor``: a regex, a tuple of literal strings, or the ascending list of
    every position where the anchor matches (a superset does no harm); ``back``: a pattern
    of the characters that may stand before the anchor (None: the match
    starts at the anchor); ``rev``: ``text[::-1]`` when the caller has it.
    """
    if isinstance(anchor, list):
        find = _list_finder(anchor)
    elif isinstance(anchor, tuple):
        find = Literals(text, anchor).search
    else:
        find = _regex_finder(anchor, text)
    if back is not None and rev is None:
        rev = text[::-1]
    n, pos, match = len(text), 0, regex.match
    while True:
        c = find(pos)
        if c < 0:
            return
        lo = max(pos, c - back.match(rev, n - c).end() + (n - c)) if back is not None else max(pos, c)
        for p in range(lo, c + 1):
            m = match(text, p)
            if m is not None:
                yield m
                pos = m.end() if m.end() > p else p + 1
                break
        else:
            pos = c + 1
