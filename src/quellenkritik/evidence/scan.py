"""Anchored regex scanning: exactly ``regex.finditer(text)``, tried only near an anchor.

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
from typing import Callable, Iterator

__all__ = ["anchored_finditer", "Literals"]


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


def _regex_finder(anchor: re.Pattern[str], text: str) -> Callable[[int], int]:
    def find(pos: int) -> int:
        a = anchor.search(text, pos)
        return -1 if a is None else a.start()

    return find


def anchored_finditer(
    regex: re.Pattern[str],
    text: str,
    anchor: re.Pattern[str] | tuple[str, ...],
    back: re.Pattern[str] | None,
    rev: str | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` in ``text``, as ``finditer`` gives them (see the module docstring).

    ``anchor``: a regex, or a tuple of literal strings; ``back``: a pattern
    of the characters that may stand before the anchor (None: the match
    starts at the anchor); ``rev``: ``text[::-1]`` when the caller has it.
    """
    find = Literals(text, anchor).search if isinstance(anchor, tuple) else _regex_finder(anchor, text)
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
