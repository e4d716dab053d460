"""Run the patterns over a text, keep the best non-overlapping hits, read their context.

The context words are read from the text right before a hit (at most three
words, skipping fillers such as "dem", "mindestens"): a bound ("seit",
"bis", "by") and an approximation ("etwa") become the hit's ``bound`` and
``mod``; "Ortszeit"/"local time" right after it is noted as ``local_time``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as L
from .patterns import PATTERNS, Hit, anchor_positions, scan
from .tense import Boundaries, clause_tense

__all__ = ["find_hits", "languages_for"]

_WORDS_BEFORE = re.compile(r"[\wÄÖÜäöüß.]+")
_FILLERS = frozenset({
    "dem", "den", "der", "zum", "zur", "am", "mindestens", "spätestens", "noch", "erst",
    "schon", "bereits", "the", "at", "least", "latest", "on", "as", "early", "of",
})
_LOCAL_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(" + "|".join(re.escape(w) for w in L.LOCAL_TIME) + r")(?![\w])")


def languages_for(language: str | None) -> frozenset[str]:
    """Which pattern sets to run: German for "de", English for "en", both otherwise."""
    if language in ("de", "en"):
        return frozenset({language})
    return frozenset({"de", "en"})


@lru_cache(maxsize=4)
def _names(langs: frozenset[str]) -> tuple[str, ...]:
    return tuple(name for name, plangs, _, _ in PATTERNS if plangs & langs)


def _context(text: str, hit: Hit) -> None:
    before = _WORDS_BEFORE.findall(text[max(0, hit.start - 40) : hit.start])
    bound = approx = None
    for word in reversed(before[-3:]):
        w = word.lower()
        if w in L.BOUND_CUES and bound is None:
            bound = L.BOUND_CUES[w]
            hit.cue = w
            if w == "spätestens":
                continue
            break
        if w in L.APPROX_CUES and approx is None:
            approx = True
            continue
        if w not in _FILLERS:
            break
    if bound is not None:
        hit.bound = bound[0]
        if bound[1] == "DURATION" and hit.label == "DATE":
            hit.label = "DURATION"
        if hit.mod is None:
            hit.mod = bound[0]
    if approx and hit.mod is None:
        hit.mod = "APPROX"
    m = _LOCAL_AFTER.match(text, hit.end)
    if m:
        hit.extra["local_time"] = m.group(1)


def find_hits(text: str, language: str | None = "de") -> list[Hit]:
    """The temporal expressions of ``text``, in text order, none overlapping."""
    langs = languages_for(language)
    found: list[tuple[int, int, int, Hit]] = []
    rev = text[::-1]
    positions = anchor_positions(text, _names(langs))
    for rank, (name, plangs, regex, handler) in enumerate(PATTERNS):
        if not plangs & langs or positions.get(name, True) == []:
            continue  # another language, or no place in the text where the pattern's anchor stands
        for m in scan(name, regex, text, rev, positions):
            for hit in handler(m):
                found.append((hit.start, -(hit.end - hit.start), rank, hit))
    found.sort(key=lambda t: t[:3])
    kept: list[Hit] = []
    last_end = -1
    for start, _, _, hit in found:
        if start >= last_end:
            kept.append(hit)
            last_end = hit.end
    bounds = None
    for hit in kept:
        _context(text, hit)
        if _needs_tense(hit):
            bounds = bounds or Boundaries(text)
            # "seit März gilt": a start in the past whatever the tense; else the clause, else the bound word
            t = _SINCE.get(hit.cue or "") or clause_tense(text, hit.start, hit.end, bounds) or _BOUND_TENSE.get(hit.cue or "")
            if t is not None:
                hit.extra["tense"] = t
    return kept


#: Without a tense to read, a bound word says the side: "seit Mai" the past, "bis Mai" the future.
_SINCE = {"seit": "past", "since": "past"}
_BOUND_TENSE = {"seit": "past", "since": "past", "bis": "future", "ab": "future", "spätestens": "future",
                "until": "future", "by": "future"}


def _needs_tense(hit: Hit) -> bool:
    """Whether the value of ``hit`` depends on the tense of its clause: a bare
    weekday or weekend, or a day, month, season or holiday without a year."""
    if hit.literal is not None or hit.duration or hit.extra.get("reference"):
        return False
    if hit.rel is not None:
        return hit.rel[0] in ("weekday", "weekend") and hit.rel[1] == 0
    if hit.year is not None or hit.decade is not None or hit.kind == "period":
        return False
    return hit.month is not None or hit.season is not None or hit.quarter is not None or hit.holiday is not None
