"""The tense of the clause around a date: past, future (or present), or unknown.

"am Montag" in an article of Saturday 19 October 2019 is Monday 14 October
when the clause is in the past ("am Montag sagte er") and Monday 21 October
when it is in the present or future ("den er am Montag vorlegt", "am Montag
wird er"). :func:`clause_tense` reads the clause (between commas, dashes,
quotation marks or sentence ends) and, when that says nothing, the whole
sentence. No part-of-speech tagger is loaded: closed word lists
(``lexicon.TENSE_PAST``, ``TENSE_FUTURE``, ``PERFECT_AUX``) and the places
where German puts its finite verb (right after a clause-opening date, last in
a subordinate clause, second in a main clause).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as L

__all__ = ["clause_tense", "Boundaries", "PAST", "FUTURE"]

PAST = "past"
FUTURE = "future"

_WINDOW = 300
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_PARTICIPLE = re.compile(
    r"(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zu|zurück|zusammen|her|hin|los|statt|teil|frei|"
    r"bekannt|dar|durch|um|wieder|fort|hoch|vorbei|voran|heraus|herbei)?ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert"
    # inseparable prefixes: the participle is the 3rd person present ("erklärt"); a participle next to "hat"
    r"|(?:be|er|ver|ent|zer|emp|miss|über|unter|wider|hinter)[a-zäöüß]{2,}(?:t|en)"
)
#: "ist geplant": a plan, hence the future, though built like a perfect.
_PLAN_PARTICIPLES = frozenset({"geplant", "vorgesehen", "angesetzt", "anberaumt", "terminiert", "angekündigt"})
_PRESENT_AUX = frozenset({"ist", "sind", "hat", "haben"})
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "deren", "dessen"})
#: Lowercase closed-class words that stand before the finite verb of a main clause.
_FUNCTION_WORDS = frozenset("""der die das den dem des ein eine einen einem einer eines kein keine keinen und oder
sowie von vom zu zum zur im in an am auf aus bei beim mit nach über unter vor für um durch gegen ohne seit bis als
wie auch nur noch schon bereits erst nicht ihr ihre ihren ihrem seine seinen seinem sein unser unsere dieser diese
dieses diesen jeder jede jedes alle beide viele mehrere einige rund etwa fast mehr weniger""".split()) | frozenset(
    L.NUMBER_WORDS)
_OPENERS = frozenset({"am", "bereits", "schon", "noch", "erst", "ab", "bis", "spätestens", "kommenden",
                      "nächsten", "diesen", "an", "seit", "im", "zum", "vom"})


def _speech_verbs() -> tuple[str, ...]:
    try:
        from ..speech.cues import SPEECH_VERBS_DE
    except ImportError:  # pragma: no cover - the speech cues are part of the package
        return ()
    return tuple(v for v in SPEECH_VERBS_DE if " " not in v)


@lru_cache(maxsize=1)
def _past_forms() -> frozenset[str]:
    """The past list plus the preterites of the speech verbs ("sagte", "erklärten")."""
    return L.TENSE_PAST | frozenset(v for v in _speech_verbs() if v.endswith(("te", "ten")))


@lru_cache(maxsize=1)
def _reporting_present() -> frozenset[str]:
    """Present forms of the speech verbs ("sagt", "meldet", "berichten"): news report in the
    present what was said ("meldet die Polizei am Freitag"), so they read as the past."""
    return frozenset(v for v in _speech_verbs() if v.endswith(("t", "en")) and not v.endswith(("te", "ten"))
                     and not v.startswith("ge"))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_participle(word: str) -> bool:
    return word.islower() and word not in L.NOT_VERBS and _PARTICIPLE.fullmatch(word) is not None


def _finite(word: str) -> str | None:
    """The tense of a word that stands where a finite verb stands."""
    if not word or not word.islower() or word in L.NOT_VERBS:
        return None
    if word in L.TENSE_FUTURE:
        return FUTURE
    past = _past_forms()
    if word in past or any(word[-k:] in past for k in range(5, len(word) - 1)):
        return PAST  # "stattfanden", "vorlegte": a past form behind a separable prefix
    if word in L.PERFECT_AUX:
        return None  # decided by a participle elsewhere in the clause
    if word in _reporting_present():
        return PAST
    if len(word) > 4 and word.endswith(("te", "ten")) and not word.endswith(("ste", "sten")):
        return PAST  # a weak preterite: "meldete", "legten"
    if word.endswith(("t", "en")) or (len(word) > 3 and word.endswith("e")):
        return FUTURE  # present tense (of a dated event: a plan), or Konjunktiv I ("komme") in reported speech
    return None


def _markers(words: list[str]) -> str | None:
    """The tense the closed lists give for a run of words, or None."""
    ws = set(words)
    future = not ws.isdisjoint(L.TENSE_FUTURE) or not ws.isdisjoint(_PLAN_PARTICIPLES)
    past = not ws.isdisjoint(_past_forms())
    if not past and not future and not ws.isdisjoint(L.PERFECT_AUX):
        past = any(_is_participle(w) and w not in _PLAN_PARTICIPLES for w in ws)
        # "Die Wahl ist am Sonntag", "Er hat am Montag Geburtstag": the auxiliary alone is the present
        future = not past and not ws.isdisjoint(_PRESENT_AUX)
    if past and not future:
        return PAST
    if future and not past:
        return FUTURE
    return None


#: What ends a clause, and a sentence: plain strings, searched for with
#: ``str.find``/``rfind`` in a window around the date (a period after a digit,
#: "14. Mai", ends nothing).
_CLAUSE_STOPS = (",", "–", "—", ":", "(", ")", '"', "„", "“", "”", "«", "»", "!", "?", ";", "\n", ". ", " - ")
_SENTENCE_STOPS = ("!", "?", ";", "\n", ". ")


def _left(text: str, lo: int, start: int, stops: tuple[str, ...]) -> int:
    best = lo
    for stop in stops:
        i = text.rfind(stop, lo, start)
        while stop == ". " and i > lo and text[i - 1].isdigit():
            i = text.rfind(stop, lo, i)
        if i >= 0 and i + len(stop) > best:
            best = i + len(stop)
    return best


def _right(text: str, end: int, hi: int, stops: tuple[str, ...]) -> int:
    best = hi
    for stop in stops:
        i = text.find(stop, end, hi)
        while stop == ". " and i > 0 and text[i - 1].isdigit():
            i = text.find(stop, i + 1, hi)
        if 0 <= i < best:
            best = i
    return best


class Boundaries:
    """The clause and the sentence around a date, at most ``_WINDOW`` characters either side."""

    def __init__(self, text: str) -> None:
        self.text = text

    def around(self, start: int, end: int, sentence: bool = False) -> tuple[int, int]:
        """The clause (or sentence) holding ``text[start:end]``: (its start, its end)."""
        stops = _SENTENCE_STOPS if sentence else _CLAUSE_STOPS
        text = self.text
        return (_left(text, max(0, start - _WINDOW), start, stops),
                _right(text, end, min(len(text), end + _WINDOW), stops))


def _position(text: str, c0: int, c1: int, start: int, end: int) -> str | None:
    """The tense read from where the finite verb of the clause stands."""
    before = _words(text[c0:start])
    after = _words(text[end:c1])
    # 1. "Am Montag trifft sich ...", "Bereits am Montag legte er ...": the date opens the clause.
    if all(w.lower() in _OPENERS for w in before) and after:
        return _finite(after[0])
    words = before + ["<date>"] + after
    # 2. "..., den er am Montag vorlegt": a subordinate clause, its finite verb last
    # ("der", "die", ... open one only as relative pronouns, after a comma).
    first = words[0].lower()
    after_comma = text[max(0, c0 - 1) : c0] == ","
    relative = first in _ARTICLES
    if first in L.SUBORDINATORS and (after_comma or not relative) and len(words) >= 3 and words[-1] != "<date>":
        last = words[-1]
        if last in L.PERFECT_AUX and len(words) >= 2 and _is_participle(words[-2]):
            return PAST
        return _finite(last)
    # 3. "Er legt am Montag ... vor", "Die Türken wählen am Sonntag": a main clause, its finite
    # verb the first lowercase word before the date that is no function word and no adjective
    # before a noun ("Der neue Präsident sagte am Montag").
    if first in L.SUBORDINATORS and not (first in _ARTICLES and not after_comma):
        return None
    for k, w in enumerate(before):
        if not w.islower() or w in _FUNCTION_WORDS:
            continue
        nxt = before[k + 1] if k + 1 < len(before) else ""
        if w.endswith(("e", "en", "er", "es", "em")) and nxt[:1].isupper():
            continue
        return _finite(w)
    return None


def clause_tense(text: str, start: int, end: int, bounds: Boundaries | None = None) -> str | None:
    """"past", "future" (present or future tense) or None for the date at ``text[start:end]``.

    ``bounds``: the text's :class:`Boundaries`, when the caller reads several dates of it.
    """
    bounds = bounds or Boundaries(text)
    c0, c1 = bounds.around(start, end)
    clause = _words(text[c0:start]) + _words(text[end:c1])
    found = _markers(clause)
    if found is None:
        found = _position(text, c0, c1, start, end)
    if found is None:
        s0, s1 = bounds.around(start, end, sentence=True)
        if (s0, s1) != (c0, c1):
            found = _markers(_words(text[s0:start]) + _words(text[end:s1]))
    return found
