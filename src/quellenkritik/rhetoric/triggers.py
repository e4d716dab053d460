"""Literal prefilters for the regex patterns of the rhetoric stage.

Running every phrase pattern of the lexicons over every text costs more than
the rest of a component. A pattern can only match where the text holds the
literal strings that every one of its matches contains, so those strings are
read from the parsed regex once, and a pattern runs only on texts that hold
them. ``re`` has no such prefilter for alternations, hence this module.

- :func:`requirements`: every required group, each with how often its strings
  must occur at least ("Freiheit, Würde und Heimat" needs three value words);
- :class:`Prefilter`: the patterns of a table that can match a text, from one
  Aho-Corasick pass (:func:`present`, :func:`satisfied`).

Texts are tested lower-cased with their white space collapsed to one space
(:func:`collapse`): a pattern's ``\\s`` and ``\\s+`` continue a literal run as
one space, so "mit dem feuer" is one string rather than "feuer" alone.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterable, Sequence

__all__ = ["collapse", "requirements", "automaton", "present", "satisfied", "Prefilter", "Requirement"]

#: (strings of which one must occur, how many occurrences at least)
Requirement = tuple[tuple[str, ...], int]

#: words too common to be a pattern's trigger
_COMMON = frozenset("und oder aber der die das den dem des ein eine einer nicht sondern mit von für auf ist sind "
                    "and the not but for with are".split())
#: a repeat counts its group this often at most (enough for "three values in a row")
_MAX_TIMES = 3


def collapse(text: str) -> str:
    """``text`` lower-cased, its white space collapsed to one space: what the triggers are tested on."""
    return " ".join(text.lower().split())


def _useful(group: tuple[str, ...]) -> bool:
    # a function word that nearly every text contains (" und ") tests nothing
    return bool(group) and min(map(len, group)) >= 3 and not all(x.strip() in _COMMON for x in group)


def _selectivity(group: tuple[str, ...]) -> tuple[int, int]:
    return min(map(len, group)), -len(group)


def _groups(pattern: str) -> list[tuple[str, ...]]:
    """The groups every match of ``pattern`` contains, one entry per required occurrence."""
    from re import _parser as sre_parse  # the parser of the standard library's re

    def is_space(op, arg) -> bool:  # noqa: ANN001 - \s or \s+ (one or more white-space characters)
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[0] >= 1 and len(arg[2]) == 1:
            op, arg = arg[2][0]
        return op is sre_parse.IN and list(arg) == [(sre_parse.CATEGORY, sre_parse.CATEGORY_SPACE)]

    def best(groups: list[tuple[str, ...]]) -> tuple[str, ...] | None:
        useful = [g for g in groups if _useful(g)]
        return max(useful, key=_selectivity) if useful else None

    def conj(items: list) -> list[tuple[str, ...]]:  # type: ignore[type-arg]
        out: list[tuple[str, ...]] = []
        run: list[str] = []
        for op, arg in list(items) + [(None, None)]:
            if op is sre_parse.LITERAL:
                run.append(chr(arg).lower())
                continue
            if is_space(op, arg):
                run.append(" ")  # the text is searched with its white space collapsed to one space
                continue
            if run:
                out.append(("".join(run),))
                run = []
            if op is sre_parse.SUBPATTERN:
                out.extend(conj(list(arg[-1])))
            elif op is sre_parse.BRANCH:
                alts = [best(conj(list(b))) for b in arg[1]]
                if all(alts):  # every branch brings its own strings: one of them all must occur
                    out.append(tuple(dict.fromkeys(x for alt in alts for x in alt)))  # type: ignore[union-attr]
            elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[0] >= 1:
                out.extend(conj(list(arg[2])) * min(arg[0], _MAX_TIMES))
        return out

    return [g for g in conj(list(sre_parse.parse(pattern, re.I))) if _useful(g)]


def requirements(pattern: str) -> tuple[Requirement, ...]:
    """Every group of literal strings that a match of ``pattern`` contains, with how many
    occurrences of the group's strings a match needs; the most selective group first.
    Empty when the pattern has none (it must always run)."""
    counts = Counter(_groups(pattern))
    return tuple(sorted(counts.items(), key=lambda gc: _selectivity(gc[0]), reverse=True))


def automaton(words: Iterable[str]) -> Any:
    """An Aho-Corasick automaton of ``words`` (pyahocorasick), or None when the library is
    missing or there are no words."""
    words = sorted(set(words))
    try:
        import ahocorasick
    except ImportError:  # a platform without its wheel: the slower test per trigger
        return None
    if not words:
        return None
    a = ahocorasick.Automaton()
    for w in words:
        a.add_word(w, w)
    a.make_automaton()
    return a


def present(low: str, words: Sequence[str], auto: Any = None) -> set[str]:
    """Which of ``words`` occur in ``low``: one automaton pass when ``auto`` is given, else a
    substring test per word."""
    if auto is None:
        return {w for w in words if w in low}
    return {w for _, w in auto.iter(low)}


def satisfied(reqs: Sequence[Requirement], found: set[str], low: str) -> bool:
    """Whether ``low`` meets every requirement, given the strings ``found`` in it (from
    :func:`present`): a pattern that fails this cannot match the text. A group needed more
    than once is counted in ``low`` (non-overlapping counts: never fewer than a match uses)."""
    for group, times in reqs:
        if found.isdisjoint(group):
            return False
        if times > 1 and sum(low.count(x) for x in group) < times:
            return False
    return True


class Prefilter:
    """Which of a list of patterns can match a text, from their requirements.

    Built once per pattern table. :meth:`candidates` finds the strings present in one
    automaton pass, looks up the patterns whose most selective group holds one of
    them (a text has a handful; a table has hundreds of patterns), and keeps those
    whose other requirements hold too. Patterns without requirements always run."""

    def __init__(self, reqs: Sequence[tuple[Requirement, ...]]) -> None:
        self.reqs = tuple(reqs)
        self.words = tuple(sorted({x for r in self.reqs for group, _ in r for x in group}))
        self.automaton = automaton(self.words)
        index: dict[str, list[int]] = {}
        for k, r in enumerate(self.reqs):
            for x in r[0][0] if r else ():
                index.setdefault(x, []).append(k)
        self.index = {x: tuple(ks) for x, ks in index.items()}
        self.always = tuple(k for k, r in enumerate(self.reqs) if not r)

    def candidates(self, low: str) -> list[int]:
        """Indices, in table order, of the patterns that can match the collapsed text ``low``."""
        found = present(low, self.words, self.automaton)
        ks = set(self.always)
        get = self.index.get
        for x in found:
            ks.update(get(x, ()))
        reqs = self.reqs
        return [k for k in sorted(ks) if satisfied(reqs[k], found, low)]
