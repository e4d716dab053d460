"""From whose side a text is written: in-group markers and naming choices.

Two kinds of evidence, both in the author's voice only (a term inside a
quotation is the speaker's choice, not the text's):

* in-group markers: first-person plural possessives before a noun of a
  side's forces, state or people ("unsere Truppen", "unserer Offensive",
  "unsere Flugabwehrkräfte"), and "der Gegner" for one party of a war;
  they are resolved to the side the naming choices point to;
* naming choices from one catalogue of contested terms (:data:`TERMS`):
  each names the side that typically uses it and its counterpart from the
  other side ("Spezialoperation" / "Angriffskrieg", "befreite Gebiete" /
  "besetzte Gebiete"). The catalogue is symmetric by construction: every
  term has its counterpart, and a test checks it.

Written here for this project; the terms are common usage documented in
the press of both sides, chosen so that neither side has more entries.
Evidence, not a verdict: the summary says which side's vocabulary the text
uses and shows every term, a reader decides what it means.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Sequence

from .spans import SpanIndex
from .triggers import Prefilter, Requirement, collapse, requirements

__all__ = ["Term", "TERMS", "SIDES", "Marker", "find_markers", "summarise", "mirror"]


@dataclass(frozen=True)
class Term:
    """A contested term: ``pattern`` (case-insensitive regex), the side that uses it, and
    ``counterpart``: the words the other side uses for the same thing (the key of a Term)."""

    key: str
    conflict: str
    side: str
    pattern: str
    counterpart: str


#: The sides of each conflict, as named in summaries.
SIDES: dict[str, tuple[str, str]] = {
    "russia-ukraine": ("Russian side", "Ukrainian side"),
    "israel-palestine": ("Israeli side", "Palestinian side"),
    "migration": ("restrictive side", "open side"),
    "pandemic": ("measures-critical side", "measures-supporting side"),
}

_R, _U = "Russian side", "Ukrainian side"
_I, _P = "Israeli side", "Palestinian side"
_M, _O = "restrictive side", "open side"
_C, _S = "measures-critical side", "measures-supporting side"

TERMS: tuple[Term, ...] = (
    # Russia / Ukraine
    Term("Kiewer Regime", "russia-ukraine", _R, r"kiewer\s+regime\w*", "Kreml-Regime"),
    Term("Kreml-Regime", "russia-ukraine", _U, r"kreml-?regime\w*|putin-?regime\w*", "Kiewer Regime"),
    Term("Spezialoperation", "russia-ukraine", _R, r"(?:militärische[nr]?\s+)?(?:spezial|sonder)operation\w*", "Angriffskrieg"),
    Term("Angriffskrieg", "russia-ukraine", _U, r"angriffskrieg\w*|vernichtungskrieg\w*", "Spezialoperation"),
    Term("Volksmilizen", "russia-ukraine", _R, r"volksmiliz\w*", "Separatisten"),
    Term("Separatisten", "russia-ukraine", _U, r"(?:prorussische[nr]?\s+)?separatisten", "Volksmilizen"),
    Term("Wiedervereinigung der Krim", "russia-ukraine", _R, r"wiedervereinigung\s+der\s+krim|rückkehr\s+der\s+krim", "Annexion der Krim"),
    Term("Annexion der Krim", "russia-ukraine", _U, r"annexion\s+der\s+krim|krim-annexion", "Wiedervereinigung der Krim"),
    # Israel / Palestine
    Term("Judäa und Samaria", "israel-palestine", _I, r"judäa\s+und\s+samaria", "besetztes Westjordanland"),
    Term("besetztes Westjordanland", "israel-palestine", _P, r"besetzte[nms]?\s+westjordanland\w*|besetzte[nr]?\s+palästinensische[nr]?\s+gebiete", "Judäa und Samaria"),
    Term("Sicherheitszaun", "israel-palestine", _I, r"sicherheitszaun\w*", "Apartheidmauer"),
    Term("Apartheidmauer", "israel-palestine", _P, r"apartheid-?mauer\w*", "Sicherheitszaun"),
    Term("Terroristen", "israel-palestine", _I, r"hamas-terroristen|palästinensische[nr]?\s+terroristen", "Widerstandskämpfer"),
    Term("Widerstandskämpfer", "israel-palestine", _P, r"palästinensische[nr]?\s+widerstand\w*|widerstandskämpfer\w*", "Terroristen"),
    # migration, domestic
    Term("Flüchtlingswelle", "migration", _M, r"(?:flüchtlings|migranten|asyl)(?:welle|flut|strom|ströme|ansturm)\w*|massenzuwanderung\w*|masseneinwanderung\w*", "Fluchtbewegung"),
    Term("Fluchtbewegung", "migration", _O, r"fluchtbewegung\w*|schutzsuchende\w*|geflüchtete\w*", "Flüchtlingswelle"),
    Term("illegale Migranten", "migration", _M, r"illegale[nr]?\s+(?:migranten|einwanderer|zuwanderer)|illegale\s+migration", "irreguläre Migranten"),
    Term("irreguläre Migranten", "migration", _O, r"irreguläre[nr]?\s+(?:migranten|einwanderer|zuwanderer)|irreguläre\s+migration|undokumentierte[nr]?\s+(?:migranten|menschen)", "illegale Migranten"),
    # pandemic, domestic
    Term("Corona-Diktatur", "pandemic", _C, r"corona-?diktatur|plandemie|impfzwang|zwangsimpfung\w*|corona-?regime", "Corona-Leugner"),
    Term("Corona-Leugner", "pandemic", _S, r"corona-?leugner\w*|covidiot\w*|coronaleugner\w*|schwurbler\w*", "Corona-Diktatur"),
)

#: First-person plural possessive before a noun of forces, state or people: the author as one of a side.
_IN_GROUP = re.compile(
    r"(?<![\w-])(?:unsere|unserer|unseren|unserem|unser|unseres|our)\s+(?:\w+\s+)?"
    r"(?P<noun>(?:truppen|soldaten|armee|streitkräfte\w*|flugabwehr\w*|offensive|front|jungs|kämpfer|"
    r"verteidiger|luftwaffe|marine|panzer|artillerie|einheiten|truppe|waffen|heimat|vaterland|regierung|präsident\w*|"
    r"troops|soldiers|army|forces|offensive|homeland|government))(?![\w-])", re.I)
#: A place "liberated" by the forces the text speaks for ("befreiten Gebieten", "wird ... befreit"):
#: both sides of a war say it of their own advances, so it is an in-group marker, not a side's term
#: (and counted only where first-person in-group markers show whose advance it is).
_LIBERATED = re.compile(
    r"(?<![\w-])(?:befreite[nr]?\s+(?:gebiete\w*|territorien|regionen|städte\w*|ortschaften|dörfer\w*)|"
    r"(?:wird|wurde|werden|wurden)\s+(?:\w+\s+){0,6}befreit)(?![\w-])", re.I)
#: "der Gegner" for the other party of a war: the author takes a side without naming it.
_ADVERSARY = re.compile(r"(?<![\w-])(?:de[rsnm]|vom)\s+(?:Gegners?|Feind(?:es|e)?)(?![\w-])")


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    kind: str  # "in-group" | "liberated" | "adversary" | "term"
    side: str | None
    conflict: str | None
    key: str


def _compiled() -> list[tuple[re.Pattern[str], Term, tuple[Requirement, ...]]]:
    """Each term's pattern and the literal strings the text must hold for it to match."""
    global _CACHE
    if _CACHE is None:
        _CACHE = [(re.compile(rf"(?<![\w-])(?:{t.pattern})(?![\w-])", re.I), t, requirements(t.pattern))
                  for t in TERMS]
    return _CACHE


_CACHE: list[tuple[re.Pattern[str], Term, tuple[Requirement, ...]]] | None = None
_FILTER: Prefilter | None = None


def _prefilter() -> Prefilter:
    global _FILTER
    if _FILTER is None:
        _FILTER = Prefilter([reqs for _, _, reqs in _compiled()])
    return _FILTER


def _inside(s: int, e: int, quoted: SpanIndex) -> bool:
    return quoted.contains(s, e)


def find_markers(text: str, quoted: Sequence[tuple[int, int]] = ()) -> list[Marker]:
    """Contested terms and in-group markers in the author's voice, by position."""
    out: list[Marker] = []
    quoted = SpanIndex(quoted)  # type: ignore[assignment]
    low = collapse(text)  # the triggers' spaces stand for any white space
    terms = _compiled()
    for k in _prefilter().candidates(low):
        rx, term, _ = terms[k]
        for m in rx.finditer(text):
            if not _inside(m.start(), m.end(), quoted):
                out.append(Marker(m.start(), m.end(), "term", term.side, term.conflict, term.key))
    for m in _IN_GROUP.finditer(text) if ("unser" in low or "our" in low) else ():
        if not _inside(m.start(), m.end(), quoted):
            out.append(Marker(m.start(), m.end(), "in-group", None, None, m.group().lower()))
    for m in _LIBERATED.finditer(text) if "befreit" in low else ():
        if not _inside(m.start(), m.end(), quoted):
            out.append(Marker(m.start(), m.end(), "liberated", None, None, "befreit"))
    for m in _ADVERSARY.finditer(text):
        if not _inside(m.start(), m.end(), quoted):
            word = m.group().split()[-1]
            out.append(Marker(m.start(), m.end(), "adversary", None, None, "der Gegner" if word.startswith("Gegner") else "der Feind"))
    out.sort(key=lambda x: (x.start, x.end))
    return out


def summarise(markers: Sequence[Marker]) -> dict[str, Any]:
    """The document perspective: the side whose vocabulary dominates, in-group markers resolved
    to it, every piece of evidence counted, and a one-line summary."""
    by_side: Counter[str] = Counter(m.side for m in markers if m.kind == "term" and m.side)
    terms: dict[str, Counter[str]] = {}
    for m in markers:
        if m.kind == "term" and m.side:
            terms.setdefault(m.side, Counter())[m.key] += 1
    in_group = Counter(m.key for m in markers if m.kind == "in-group")
    if in_group:
        in_group.update(m.key for m in markers if m.kind == "liberated")
    adversary = Counter(m.key for m in markers if m.kind == "adversary")
    side = None
    if by_side:
        (top, n), *rest = by_side.most_common()
        if not rest or n > rest[0][1]:
            side = top
    groups = [f"{k} ×{v}" for k, v in in_group.most_common()]
    named = [f"{k} ×{v}" for k, v in terms[side].most_common()] if side else []
    enemy = [f"{k} ×{v}" for k, v in adversary.most_common()]
    evidence = groups[:3] + named[:3] + enemy[:1] + groups[3:] + named[3:]
    if in_group and side:
        line = f"in-group: {side} ({', '.join(evidence[:6])})"
    elif in_group:
        line = f"in-group markers, side not resolved ({', '.join(evidence[:6])})"
    elif side:
        line = f"vocabulary of the {side} ({', '.join(evidence[:6])})"
    else:
        line = "no side-specific vocabulary found"
    return {
        "side": side,
        "in_group": bool(in_group),
        "in_group_markers": dict(in_group),
        "adversary_markers": dict(adversary),
        "terms_by_side": {k: dict(v) for k, v in terms.items()},
        "summary": line,
    }


def mirror(text: str) -> str:
    """``text`` with every contested term replaced by its counterpart (the canonical form):
    for tests of symmetry, and for a reader who wants to see the other side's wording."""
    by_key = {t.key: t for t in TERMS}
    spans = []
    for rx, term, _ in _compiled():
        for m in rx.finditer(text):
            spans.append((m.start(), m.end(), by_key[term.counterpart].key))
    spans.sort()
    out, pos = [], 0
    for s, e, repl in spans:
        if s < pos:
            continue
        out += [text[pos:s], repl]
        pos = e
    out.append(text[pos:])
    return "".join(out)
