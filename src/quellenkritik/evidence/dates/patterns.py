"""Find temporal expressions in running text with precompiled regular expressions.

Each pattern is a compiled regex plus a handler turning one match into one or
more :class:`Hit` (a span with the parts read from the text, nothing resolved
yet; see :mod:`.resolve`). :func:`find_hits` runs the patterns of a language,
keeps the longest non-overlapping hits and reads the words just before each
hit ("seit", "bis", "etwa": a bound or an approximation) and after it
("Ortszeit").

Why regexes and not ``dateparser.search``: exact spans, coordinated day lists
("24. und 25. Januar") and well over 100,000 words a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from ..scan import anchored_finditer, trie
from . import lexicon as L

__all__ = ["Hit", "PATTERNS", "ANCHORS", "scan", "anchor_positions"]


@dataclass
class Hit:
    """One expression as read from the text (offsets into the text, end exclusive)."""

    start: int
    end: int
    label: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # the first three digits: 199 for the 1990s
    weekday: int | None = None
    #: relative part: (unit, count) with unit in year, month, week, day,
    #: weekday; count an int or "X" (vague: "vor einigen Tagen").
    rel: tuple[str, int | str] | None = None
    duration: str | None = None  # "PXD", "P2W": for "in den letzten Tagen"
    mod: str | None = None
    bound: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_WS = r"[^\S\n]+"  # horizontal whitespace: an expression never spans a line break
_B = r"(?<![\w.])"  # a word starts here
_E = r"(?![\w])"  # a word ends here
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:1[0-9]\d\d|20\d\d|2100)"  # inside a date pattern
_YEAR_BARE = r"(?:19\d\d|20\d\d|2100)"  # a lone number: only a plausible range
_MON_DE = _alt(L.MONTHS_DE)
_MON_EN = _alt(L.MONTHS_EN)
_WD_DE = _alt(L.WEEKDAYS_DE)
_WD_EN = _alt(L.WEEKDAYS_EN)
_DX_WORDS = [*L.DEICTIC, "diesem", "nächster", "kommender", "vergangener", "letzter", "vergangenes"]
_DX = _alt([*_DX_WORDS, *(w.capitalize() for w in _DX_WORDS)])  # sentence-initial too
_NUM = _alt([*L.NUMBER_WORDS, *L.VAGUE_COUNTS]) + r"|\d{1,3}"
_POS_DE = r"Anfang|Beginn|Mitte|Ende"
_SEASON_DE = _alt(w for w in L.SEASONS if w[0].isupper())
_SEASON_EN = _alt(w for w in L.SEASONS if w[0].islower())
_ORD = _alt(L.ORDINAL_WORDS)
_MONTHS = {**L.MONTHS_EN, **L.MONTHS_DE}
_WEEKDAYS = {**L.WEEKDAYS_DE, **L.WEEKDAYS_EN}
_UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y"}
_UNIT_DE_SG = r"Tag|Woche|Monat|Jahr"
_UNIT_DE_PL = r"Tagen|Wochen|Monaten|Jahren|Tage|Monate|Jahre"


def _c(p: str) -> re.Pattern[str]:
    return re.compile(p, re.VERBOSE)


def _dx(word: str | None) -> int:
    return L.DEICTIC.get((word or "").lower(), L.DEICTIC.get(word or "", 0)) if word else 0


def _count(word: str) -> int | str:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in L.VAGUE_COUNTS:
        return "X"
    return L.NUMBER_WORDS.get(w, "X")


def _year(s: str | None) -> int | None:
    return int(s) if s else None


# ---- handlers: match -> hits ------------------------------------------------

def _h_daylist(m: re.Match[str]) -> list[Hit]:
    """ "24. und 25. Januar 2026": one hit per day; the list shares month and year."""
    month = _MONTHS[m["month"]]
    year = _year(m["year"])
    days = list(re.finditer(r"\d{1,2}\.", m["days"]))
    base = m.start("days")
    hits = []
    for i, d in enumerate(days):
        last = i == len(days) - 1
        start = m.start() if i == 0 else base + d.start()
        end = m.end() if last else base + d.end()
        extra = {"coordinated": len(days)} if len(days) > 1 else {}
        if len(days) > 1 and re.search(r"bis|–|-", m["days"]):
            extra["range"] = True
        hits.append(Hit(start, end, year=year, month=month, day=int(d.group()[:-1]), extra=extra))
    return hits


def _h_numeric(m: re.Match[str]) -> list[Hit]:
    """ "03.10.2020", "3.10.20", "3. 10. 2020" (spaced only with a four-digit year), "am 3.10." """
    y = m["y"] or m["y2"]
    month = m["m"] or m["m2"]
    if y and len(y) == 2:
        y = ("20" if int(y) <= 40 else "19") + y
    if not y and not m["cue"]:
        return []
    return [Hit(m.start("d"), m.end(), year=_year(y), month=int(month), day=int(m["d"]))]


def _h_iso(m: re.Match[str]) -> list[Hit]:
    return [Hit(m.start(), m.end(), year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))]


def _h_en_mdy(m: re.Match[str]) -> list[Hit]:
    return [Hit(m.start(), m.end(), year=_year(m["year"]), month=_MONTHS[m["month"]], day=int(m["day"]))]


def _h_month(m: re.Match[str]) -> list[Hit]:
    """Month with a year, a relative year, a position word, or a cue before it."""
    if not (m["year"] or m["rel"] or m["pos"] or m["cue"] or m.groupdict().get("pos2")):
        return []
    word = m["pos"] or (m["pos2"] if "pos2" in m.re.groupindex else None)
    pos = L.POSITION_MODS.get(word or "") or L.POSITION_MODS.get((word or "").lower())
    rel = ("year", _dx(m["rel"])) if m["rel"] else None
    start = m.start("month")
    if word:
        start = m.start("cue") + len(m["cue"]) if m["cue"] else m.start()
    return [Hit(start, m.end(), year=_year(m["year"]), month=_MONTHS[m["month"]], rel=rel, mod=pos)]


def _h_pos_period(m: re.Match[str]) -> list[Hit]:
    """ "Anfang des Monats", "Ende vergangenen Jahres", "earlier this month"."""
    unit, _ = L.UNITS[m["unit"]]
    pos = L.POSITION_MODS.get(m["pos"]) or L.POSITION_MODS[m["pos"].lower()]
    return [Hit(m.start(), m.end(), rel=(unit, _dx(m["dx"])), mod=pos)]


def _h_deictic_unit(m: re.Match[str]) -> list[Hit]:
    """ "im vergangenen Jahr", "letztes Jahr", "next week"."""
    unit, _ = L.UNITS[m["unit"]]
    return [Hit(m.start("dx"), m.end(), rel=(unit, _dx(m["dx"])))]


def _h_recent(m: re.Match[str]) -> list[Hit]:
    """ "in den letzten Tagen", "in the past two weeks": a period up to (from) the anchor."""
    unit, _ = L.UNITS[m["unit"]]
    n = _count(m["n"]) if m["n"] else "X"
    direction = "past" if _dx(m["dx"]) < 0 else "future"
    return [Hit(m.start(), m.end(), label="DURATION", duration=f"P{n}{_UNIT_LETTER[unit]}",
                rel=(unit, 0), extra={"direction": direction})]


def _h_ago(m: re.Match[str]) -> list[Hit]:
    """ "vor einem Monat", "vor Jahren", "in zwei Wochen" (future: only with a definite count)."""
    unit, _ = L.UNITS[m["unit"]]
    n = _count(m["n"]) if m["n"] else "X"
    sign = 1 if m["fut"] else -1
    hit = Hit(m.start(), m.end(), rel=(unit, n if n == "X" else sign * int(n)))
    if m["approx"]:
        hit.mod = "APPROX"
    return [hit]


_DAYWORDS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2,
             "yesterday": -1, "today": 0, "tomorrow": 1, "the day before yesterday": -2}


def _h_dayword(m: re.Match[str]) -> list[Hit]:
    return [Hit(m.start(), m.end(), rel=("day", _DAYWORDS[" ".join(m.group().lower().split())]))]


def _h_weekday(m: re.Match[str]) -> list[Hit]:
    return [Hit(m.start(), m.end(), weekday=_WEEKDAYS[m["wd"]], rel=("weekday", _dx(m["dx"])))]


def _h_season(m: re.Match[str]) -> list[Hit]:
    if not (m["year"] or m["dx"] or m["cue"]):
        return []
    rel = ("year", _dx(m["dx"])) if m["dx"] else None
    start = m.start("dx") if m["dx"] else m.start("season")
    return [Hit(start, m.end(), year=_year(m["year"]), season=L.SEASONS[m["season"]], rel=rel)]


def _h_quarter(m: re.Match[str]) -> list[Hit]:
    n = L.ORDINAL_WORDS.get(m["ord"] or "", 0) or int(m["qn"] or 0)
    half = m["kind"] and m["kind"].lower() in ("halbjahr", "half", "jahreshälfte")
    year = m["year"] or m["year_"]
    if not n or (half and n > 2) or not (year or m["cue"]):
        return []
    start = m.start("ord") if m["ord"] else m.start("qn") - 1
    hit = Hit(start, m.end(), year=_year(year))
    if half:
        hit.half = n
    else:
        hit.quarter = n
    return [hit]


def _h_decade(m: re.Match[str]) -> list[Hit]:
    d = m["dec"]
    dec = int(d[:3]) if len(d) == 4 else 190 + int(d[0]) if int(d[0]) >= 3 else 200 + int(d[0])
    return [Hit(m.start(), m.end(), decade=dec)]


def _h_year(m: re.Match[str]) -> list[Hit]:
    cue = m["cue"] if m["cue"][0].isupper() and m["cue"] in L.YEAR_CUES else m["cue"].lower()
    nxt = m["next"] or ""
    strong = cue in ("Jahr", "Jahre", "Jahres", "year", "seit", "since", "im")
    if nxt and nxt[0].isupper() and nxt not in _MONTHS and not strong:
        return []  # "in 2024 Fällen", "von 1990 Euro": a count before a noun
    start = m.start("cue") if cue in ("Jahr", "Jahre", "Jahres") else m.start("year")
    hits = [Hit(start, m.end("year"), year=int(m["year"]))]
    if m["year2"]:
        hits.append(Hit(m.start("year2"), m.end("year2"), year=int(m["year2"])))
    return hits


def _h_year_range(m: re.Match[str]) -> list[Hit]:
    """ "2005 bis 2007", "2019-2021": two years in order, less than a century apart."""
    a, b = int(m["a"]), int(m["b"])
    if not a < b < a + 100:
        return []
    return [Hit(m.start("a"), m.end("a"), year=a, extra={"range": True}),
            Hit(m.start("b"), m.end("b"), year=b, extra={"range": True})]


def _h_citation(m: re.Match[str]) -> list[Hit]:
    return [Hit(m.start("year"), m.end("year"), year=int(m["year"]), extra={"context": "citation"})]


_CUE_MONTH = r"(?P<cue>(?<![\w])(?:im|seit|ab|bis|vom|zum|Monat|Monats|in|since|by|until|from|of|during|early|mid|late)[^\S\n]+)?"

#: (name, languages, compiled regex, handler). Order matters only for ties.
PATTERNS: list[tuple[str, frozenset[str], re.Pattern[str], Callable[[re.Match[str]], list[Hit]]]] = []


#: name -> (anchor, back) for :func:`scan`; see there.
ANCHORS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _p(name: str, langs: str, regex: str, handler: Callable[[re.Match[str]], list[Hit]]) -> None:
    PATTERNS.append((name, frozenset(langs.split()), _c(regex), handler))


def _a(name: str, anchor: str, back: str = "") -> None:
    """Register the anchor of pattern ``name`` (a part every match holds) and the
    characters that may stand between a match's start and its anchor."""
    ANCHORS[name] = (re.compile(anchor), re.compile(f"[{back}]*" if back else ""))


def _chars(*words: str | Iterable[str], extra: str = "") -> str:
    """A character-class body holding every character of ``words``, whitespace and ``extra``."""
    chars = set()
    for w in words:
        chars.update("".join(w) if not isinstance(w, str) else w)
    return "".join(re.escape(c) for c in sorted(chars - set(" "))) + r"\s" + extra


def scan(
    name: str, regex: re.Pattern[str], text: str, rev: str, positions: dict[str, list[int]] | None = None
) -> Iterable[re.Match[str]]:
    """Exactly ``regex.finditer(text)``, tried only near the pattern's anchor (see :mod:`..scan`).

    ``positions``: :func:`anchor_positions` of the text, when the caller has them.
    """
    spec = ANCHORS.get(name)
    if spec is None:
        return regex.finditer(text)
    at = positions.get(name) if positions is not None else None
    return anchored_finditer(regex, text, spec[0] if at is None else at, spec[1], rev)


# ---- all anchors of a text in two scans -------------------------------------
# Each pattern's anchor search scans the whole text once; with some thirty
# patterns that was most of the stage's time. One regex holding every anchor
# whose first character is a digit, and one holding every other anchor (they
# are alternations of literals, joined in a prefix tree, so ``re`` skips to a
# possible first character in C), find every place where some anchor
# matches; each anchor is then tried only there. Positions inside a match
# are tried too: the scans' own matches do not overlap, the anchors' may.

def _split_anchor(anchor: str) -> tuple[str, list[str]]:
    """("digit", [regex after the first digit]) or ("literal", [alternatives opening with a literal])."""
    if anchor.startswith(r"\d"):
        return "digit", [anchor[2:]]
    if anchor.startswith("[12]"):
        return "digit", [r"(?<=[12])" + anchor[4:]]
    literal = r"(?:[^\\()\[\]|.^$*+?{}]|\\\W)+"  # plain characters and escaped punctuation
    if re.fullmatch(rf"{literal}(?:\|{literal})*", anchor) is None:
        raise ValueError(f"anchor {anchor!r}: neither digit-led nor an alternation of literals")
    return "literal", anchor.split("|")


class _AnchorIndex:
    """The anchors of some patterns, and the two scans that find where any of them matches."""

    def __init__(self, names: Iterable[str]) -> None:
        by_regex: dict[str, re.Pattern[str]] = {}
        self.names: dict[str, str] = {}  # pattern name -> its anchor's regex
        digit: list[str] = []
        literal: list[str] = []
        self.by_first: dict[str, list[str]] = {}
        self.digit_led: list[str] = []
        for name in names:
            anchor = ANCHORS[name][0]
            self.names[name] = anchor.pattern
            if anchor.pattern in by_regex:
                continue
            by_regex[anchor.pattern] = anchor
            kind, parts = _split_anchor(anchor.pattern)
            if kind == "digit":
                digit.extend(parts)
                self.digit_led.append(anchor.pattern)
            else:
                literal.extend(parts)
                firsts = {re.sub(r"^\\", "", part)[0] for part in parts}
                for c in firsts:
                    self.by_first.setdefault(c, []).append(anchor.pattern)
        self.anchors = by_regex
        self._by_char: dict[str, tuple[re.Pattern[str], ...]] = {}
        self.scans = [re.compile(r"\d(?:%s)" % "|".join(digit))] if digit else []
        if literal:  # as a prefix tree: twice as fast a scan as the flat alternation
            self.scans.append(re.compile(trie(re.sub(r"\\(\W)", r"\1", part) for part in literal)))

    def _candidates(self, c: str) -> tuple[re.Pattern[str], ...]:
        """The anchors that can match at a character ``c``."""
        cands = self._by_char.get(c)
        if cands is None:
            rxs = self.by_first.get(c, []) + (self.digit_led if c.isdecimal() else [])
            cands = self._by_char[c] = tuple(self.anchors[rx] for rx in rxs)
        return cands

    def positions(self, text: str) -> dict[str, list[int]]:
        """pattern name -> every position where its anchor matches, ascending."""
        found: dict[str, list[int]] = {rx: [] for rx in self.anchors}
        tried: set[int] = set()
        candidates = self._candidates
        for scan_rx in self.scans:
            for m in scan_rx.finditer(text):
                s, e = m.span()
                for q in range(s, e if e > s else s + 1):
                    cands = candidates(text[q])
                    if not cands or q in tried:
                        continue
                    tried.add(q)
                    for anchor in cands:
                        if anchor.match(text, q):
                            found[anchor.pattern].append(q)
        for qs in found.values():
            qs.sort()
        return {name: found[rx] for name, rx in self.names.items()}


@lru_cache(maxsize=8)
def _index(names: tuple[str, ...]) -> _AnchorIndex:
    return _AnchorIndex(n for n in names if n in ANCHORS)


def anchor_positions(text: str, names: Iterable[str]) -> dict[str, list[int]]:
    """For the patterns ``names`` that have an anchor: every position of ``text`` where it matches."""
    return _index(tuple(names)).positions(text)


_p("daylist_de", "de", rf"""{_B}(?:(?:{_WD_DE}),?{_WS}(?:(?:den|dem){_WS})?)?
    (?P<days>(?<![\d.,]){_DAY}\.(?:\s*(?:,|und|oder|bis|–|-|/)\s*{_DAY}\.)*)
    [^\S\n]*(?P<month>{_MON_DE}){_E}(?:{_WS}(?P<year>{_YEAR})(?![\d]))?""", _h_daylist)
_p("daylist_en", "en", rf"""{_B}(?:(?:{_WD_EN}),?{_WS})?(?:the{_WS})?
    (?P<days>(?<![\d.,]){_DAY}(?:st|nd|rd|th)?(?:\s*(?:,|and|or|to|–|-)\s*{_DAY}(?:st|nd|rd|th)?)*)
    {_WS}(?:of{_WS})?(?P<month>{_MON_EN}){_E}(?:,?{_WS}(?P<year>{_YEAR})(?!\d))?""",
   lambda m: _h_daylist_en(m))
_p("numeric", "de en", rf"""(?P<cue>(?<![\w])(?:am|vom|zum|bis|seit|ab|Am|Vom|Bis|Seit|Ab){_WS})?
    (?<![\d.,])(?P<d>{_DAY})\.(?:(?P<m>0?[1-9]|1[0-2])\.(?P<y>{_YEAR}|\d\d)?
    |[^\S\n](?P<m2>0?[1-9]|1[0-2])\.[^\S\n](?P<y2>{_YEAR}))(?![\d]|\.\d)""", _h_numeric)
_p("iso", "de en", rf"(?<![\d-])(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)", _h_iso)
_p("mdy_en", "en", rf"""{_B}(?:(?:{_WD_EN}),?{_WS})?(?P<month>{_MON_EN}){_WS}(?P<day>{_DAY})(?:st|nd|rd|th)?
    (?![\d])(?:,?{_WS}(?P<year>{_YEAR})(?!\d))?""", _h_en_mdy)
_p("month_de", "de", rf"""{_CUE_MONTH}(?:(?P<pos>{_POS_DE}){_WS}(?:des{_WS})?)?(?P<month>{_MON_DE}){_E}
    (?:{_WS}(?P<year>{_YEAR})(?!\d)|{_WS}(?P<rel>{_DX}){_WS}Jahres)?""", _h_month)
_p("month_en", "en", rf"""{_CUE_MONTH}(?:(?P<pos>early|mid|late)[-\s]|(?:the{_WS})?(?P<pos2>beginning|end|middle|start){_WS}of{_WS})?
    (?P<month>{_MON_EN}){_E}
    (?:,?{_WS}(?P<year>{_YEAR})(?!\d)|{_WS}(?P<rel>this|next|last){_WS}year)?""", _h_month)
_p("pos_year", "de en", rf"""{_B}(?P<pos>{_POS_DE}|early|mid|late|(?:the{_WS})?(?:beginning|end|middle|start){_WS}of)
    [-\s](?:(?:des{_WS})?Jahres{_WS})?(?P<year>{_YEAR})(?!\d)""", lambda m: _h_pos_year_en(m))
_p("pos_period_de", "de", rf"""{_B}(?P<pos>{_POS_DE}){_WS}(?:(?:des|der){_WS})?(?:(?P<dx>{_DX}){_WS})?
    (?P<unit>Monats|Jahres|Woche){_E}""", _h_pos_period)
_p("pos_period_en", "en", rf"""{_B}(?:(?:the{_WS})?(?P<pos2>beginning|end|middle|start){_WS}of{_WS}(?:the{_WS})?
    |(?P<pos>earlier|later|early|late){_WS})(?P<dx>this|next|last)?{_WS}?(?P<unit>week|month|year){_E}""",
   lambda m: _h_pos_period_en(m))
_p("recent_de", "de", rf"""{_B}(?:[Ii]n{_WS}den{_WS})?(?P<dx>letzten|vergangenen|kommenden|nächsten|zurückliegenden|Letzten|Vergangenen|Kommenden|Nächsten)
    {_WS}(?:(?P<n>{_NUM}){_WS})?(?P<unit>{_UNIT_DE_PL}){_E}""", _h_recent)
_p("recent_en", "en", rf"""{_B}(?:[Ii]n{_WS})?(?:the{_WS})?(?P<dx>past|last|next|coming|recent)
    {_WS}(?:(?P<n>{_NUM}){_WS})?(?P<unit>days|weeks|months|years){_E}""", _h_recent)
_p("deictic_de", "de", rf"""{_B}(?P<dx>{_DX}){_WS}(?P<unit>Woche|Monat|Monats|Jahr|Jahres){_E}""", _h_deictic_unit)
_p("deictic_en", "en", rf"""{_B}(?P<dx>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast){_WS}(?P<unit>week|month|year){_E}""", _h_deictic_unit)
_p("ago_de", "de", rf"""{_B}(?:[Vv]or{_WS}(?P<approx>(?:über|mehr{_WS}als|knapp|fast|etwa|rund|gut){_WS})?
    |(?P<fut>[Ii]n){_WS})(?:(?P<n>{_NUM}){_WS})?(?P<unit>{_UNIT_DE_PL}|{_UNIT_DE_SG}){_E}""",
   lambda m: [] if m["fut"] and (m["n"] is None or _count(m["n"]) == "X") else _h_ago(m))
_p("ago_en", "en", rf"""{_B}(?:(?P<n>{_NUM}){_WS}(?P<unit>days?|weeks?|months?|years?){_WS}ago
    |(?P<fut>in){_WS}(?P<n2>{_NUM}){_WS}(?P<unit2>days|weeks|months|years)){_E}""",
   lambda m: _h_ago_en(m))
_p("dayword_de", "de", r"(?<![\w])(?:vorgestern|gestern|heute|morgen|übermorgen|Vorgestern|Gestern|Heute|Übermorgen)(?![\w])",
   _h_dayword)
_p("dayword_en", "en", rf"(?<![\w])(?:the{_WS}day{_WS}before{_WS}yesterday|[Yy]esterday|[Tt]oday|[Tt]omorrow)(?![\w])", _h_dayword)
_p("weekday_de", "de", rf"""{_B}(?:(?P<dx>vergangenen|letzten|kommenden|nächsten|diesen|vorigen){_WS})?
    (?P<wd>{_WD_DE})(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?{_E}""", _h_weekday)
_p("weekday_en", "en", rf"""{_B}(?:(?P<dx>last|next|this|past|coming){_WS})?(?P<wd>{_WD_EN})
    (?:{_WS}(?:morning|afternoon|evening|night))?{_E}""", _h_weekday)
_p("season_de", "de", rf"""(?P<cue>(?<![\w])(?:im|Im|seit|bis|ab){_WS})?(?:(?P<dx>{_DX}){_WS})?(?P<season>{_SEASON_DE}){_E}
    (?:{_WS}(?P<year>{_YEAR})(?!\d))?""", _h_season)
_p("season_en", "en", rf"""(?P<cue>(?<![\w])(?:in{_WS}the){_WS})?(?:(?P<dx>last|next|this|past){_WS})?(?P<season>{_SEASON_EN}){_E}
    (?:{_WS}(?:of{_WS})?(?P<year>{_YEAR})(?!\d))?""", _h_season)
_p("quarter", "de en", rf"""(?P<cue>(?<![\w])(?:im|Im|in|the|des|dem){_WS})?
    (?:(?P<ord>{_ORD}){_WS}(?P<kind>Quartal|Quartals|Vierteljahr|Halbjahr|Halbjahres|Jahreshälfte|quarter|half)
    |Q(?P<qn>[1-4]))(?:{_WS}(?:des{_WS}Jahres{_WS}|of{_WS})?(?P<year>{_YEAR})(?!\d)|/(?P<year_>{_YEAR}))?""",
   lambda m: _h_quarter(m))
_p("decade_de", "de", rf"""{_B}(?P<dec>1[89]\d0|20\d0|[1-9]0)er(?:-?{_WS}?Jahren?|(?<=\d\d\d0er))(?![\w])""", _h_decade)
_p("decade_en", "en", rf"""(?<![\w])(?:the{_WS}['’]?)?(?P<dec>1[89]\d0|20\d0|(?<=['’])[1-9]0)s{_E}""", _h_decade)
_p("year", "de en", rf"""(?<![\w])(?P<cue>{_alt([*L.YEAR_CUES, *(w.capitalize() for w in L.YEAR_CUES if w.islower())])}){_WS}(?P<year>{_YEAR_BARE})(?![\d]|[.,]\d|[^\S\n]*(?:%|Prozent|Euro|€|\$|Dollar))
    (?:[^\S\n]*(?:und|oder|bis|–|-|/|and|or|to)[^\S\n]*(?P<year2>{_YEAR_BARE})(?![\d]|[.,]\d))?
    (?:{_WS}(?P<next>[\wÄÖÜäöüß]+))?""", _h_year)
_p("year_range", "de en", rf"""(?<![\w.,])(?P<a>{_YEAR_BARE})[^\S\n]*(?:bis|–|-|to)[^\S\n]*(?P<b>{_YEAR_BARE})(?![\d]|[.,]\d)""",
   _h_year_range)
_p("citation", "de", rf"""(?<![\w])[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*(?:-[A-Z]+)?{_WS}(?P<year>{_YEAR_BARE})
    [^\S\n]*,[^\S\n]*\d""", _h_citation)


# ---- anchors (see scan): every match holds its anchor; the text between the
# match start and the anchor is made of the ``back`` characters only.
_CUE_MONTH_WORDS = "im seit ab bis vom zum Monat Monats in since by until from of during early mid late"
_a("daylist_de", _MON_DE, _chars(L.WEEKDAYS_DE, "den dem und oder bis", extra=r"\d.,–/\-"))
_a("daylist_en", _MON_EN, _chars(L.WEEKDAYS_EN, "the and or to st nd rd th of", extra=r"\d,–\-"))
_a("numeric", r"\d\.(?:\d|[^\S\n]\d)", _chars("am vom zum bis seit ab Am Vom Bis Seit Ab", extra=r"\d"))
_a("iso", r"\d\d\d\d-[01]\d-")
_a("mdy_en", _MON_EN, _chars(L.WEEKDAYS_EN, ","))
_a("month_de", _MON_DE, _chars(_CUE_MONTH_WORDS, "Anfang Beginn Mitte Ende des"))
_a("month_en", _MON_EN, _chars(_CUE_MONTH_WORDS, "early mid late the beginning end middle start of", extra=r"\-"))
_a("pos_year", r"[12]\d\d\d", _chars("Anfang Beginn Mitte Ende early mid late the beginning end middle start of des Jahres",
                                      extra=r"\-"))
_a("pos_period_de", "Anfang|Beginn|Mitte|Ende")
_a("pos_period_en", "week|month|year", _chars("the beginning end middle start of earlier later early late this next last"))
_a("recent_de", "Tage|Wochen|Monate|Jahre", _chars("In in den letzten vergangenen kommenden nächsten zurückliegenden",
                                                   "Letzten Vergangenen Kommenden Nächsten", L.NUMBER_WORDS,
                                                   L.VAGUE_COUNTS, extra=r"\d"))
_a("recent_en", "past|last|next|coming|recent", _chars("In in the"))
_a("deictic_de", "Woche|Monat|Jahr", _chars(_DX_WORDS, [w.capitalize() for w in _DX_WORDS]))
_a("deictic_en", "last|Last|next|Next|this|This|past|Past")
_a("ago_de", "Tag|Woche|Monat|Jahr",
   _chars("Vor vor In in über mehr als knapp fast etwa rund gut", L.NUMBER_WORDS, L.VAGUE_COUNTS, extra=r"\d"))
_a("ago_en", "day|week|month|year", _chars("in", L.NUMBER_WORDS, L.VAGUE_COUNTS, extra=r"\d"))
_a("dayword_de", "vorgestern|gestern|heute|morgen|übermorgen|Vorgestern|Gestern|Heute|Übermorgen")
_a("dayword_en", "the|yesterday|Yesterday|today|Today|tomorrow|Tomorrow")
_a("weekday_de", _WD_DE, _chars("vergangenen letzten kommenden nächsten diesen vorigen"))
_a("weekday_en", _WD_EN, _chars("last next this past coming"))
_a("season_de", _SEASON_DE, _chars("im Im seit bis ab", _DX_WORDS, [w.capitalize() for w in _DX_WORDS]))
_a("season_en", _SEASON_EN, _chars("in the last next this past"))
_a("quarter", "Q|Vierteljahr|Halbjahr|Jahreshälfte|quarter|half", _chars("im Im in the des dem", L.ORDINAL_WORDS))
_a("decade_de", "0er", r"\d")
_a("decade_en", "0s", _chars("the'’", extra=r"\d"))
_a("year", r"[12]\d\d\d", _chars(L.YEAR_CUES, [w.capitalize() for w in L.YEAR_CUES]))
_a("year_range", r"[12]\d\d\d")
_a("citation", r"[12]\d\d\d[^\S\n]*,[^\S\n]*\d", r"A-Za-zÄÖÜäöü\-\s")


def _h_daylist_en(m: re.Match[str]) -> list[Hit]:
    hits = []
    days = list(re.finditer(r"\d{1,2}", m["days"]))
    base = m.start("days")
    for i, d in enumerate(days):
        last = i == len(days) - 1
        start = m.start() if i == 0 else base + d.start()
        end = m.end() if last else base + d.end()
        hits.append(Hit(start, end, year=_year(m["year"]), month=_MONTHS[m["month"]], day=int(d.group()),
                        extra={"coordinated": len(days)} if len(days) > 1 else {}))
    return hits


def _h_pos_year_en(m: re.Match[str]) -> list[Hit]:
    word = m["pos"].split()[-2] if " of" in m["pos"] or m["pos"].endswith("of") else m["pos"]
    word = re.sub(r"^the\s+", "", word)
    return [Hit(m.start(), m.end(), year=int(m["year"]), mod=L.POSITION_MODS.get(word) or L.POSITION_MODS.get(word.lower()))]


def _h_pos_period_en(m: re.Match[str]) -> list[Hit]:
    pos = L.POSITION_MODS[(m["pos"] or m["pos2"]).lower()]
    unit, _ = L.UNITS[m["unit"]]
    return [Hit(m.start(), m.end(), rel=(unit, _dx(m["dx"])), mod=pos)]


def _h_ago_en(m: re.Match[str]) -> list[Hit]:
    if m["fut"]:
        unit, _ = L.UNITS[m["unit2"]]
        n = _count(m["n2"])
        return [Hit(m.start(), m.end(), rel=(unit, n))]
    unit, _ = L.UNITS[m["unit"]]
    n = _count(m["n"])
    return [Hit(m.start(), m.end(), rel=(unit, n if n == "X" else -int(n)))]
