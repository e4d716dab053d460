"""Passages repeated inside one article (a teaser that comes back in the body).

Words are compared case-insensitively; every run of at least ``min_words``
identical words that occurs at two places that do not overlap is reported
once, as its longest extent. Linear in the text length on ordinary articles:
positions are indexed by the hash of their k-word window, and a match is
extended word by word; positions inside a reported run are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Repeat", "find_repeats"]

_WORD = re.compile(r"\w+", re.UNICODE)
_TRAIL = re.compile(r"[.!?…\"“”»«’)]*")


@dataclass(frozen=True)
class Repeat:
    """One passage and the places where it stands (two or more), in text order."""

    places: tuple[tuple[int, int], ...]
    words: int

    @property
    def first(self) -> tuple[int, int]:
        return self.places[0]

    @property
    def second(self) -> tuple[int, int]:
        return self.places[1]


def find_repeats(text: str, min_words: int = 12) -> list[Repeat]:
    """Repeated passages of at least ``min_words`` words, in order of first place."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    n = len(words)
    k = min_words
    if n < 2 * k:
        return []
    seen: dict[tuple[str, ...], int] = {}
    covered_second: set[int] = set()
    found: list[Repeat] = []
    i = 0
    while i <= n - k:
        key = tuple(w[2] for w in words[i : i + k])
        j = seen.get(key)
        if j is not None and j + k <= i and i not in covered_second:
            # scanning left to right, the match cannot extend backwards
            # (it would have been found one word earlier): extend forwards
            a, b, length = j, i, k
            while b + length < n and a + length < b and words[a + length][2] == words[b + length][2]:
                length += 1
            first = (words[a][0], _extend(text, words[a + length - 1][1]))
            second = (words[b][0], _extend(text, words[b + length - 1][1]))
            found.append(Repeat((first, second), length))
            covered_second.update(range(b, b + length))
            i = b + length
            continue
        seen.setdefault(key, i)
        i += 1
    return _group(found)


def _group(found: list[Repeat]) -> list[Repeat]:
    """A passage that stands three times is one repeat with three places."""
    groups: dict[tuple[tuple[int, int], int], list[tuple[int, int]]] = {}
    for rep in found:
        groups.setdefault((rep.first, rep.words), [rep.first]).append(rep.second)
    return [Repeat(tuple(places), words) for (_, words), places in groups.items()]


def _extend(text: str, end: int) -> int:
    """Include closing punctuation right after the last word."""
    m = _TRAIL.match(text, end)
    return m.end() if m else end
