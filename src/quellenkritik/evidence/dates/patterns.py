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
    #: a value as written, not resolved: "PRESENT_REF" ("derzeit"), "XXXX-WI" (a SET)
    literal: str | None = None
    #: the granularity when no other field says it ("ref", "part_of_day", "period", "weekend")
    kind: str | None = None
    #: a holiday's rule: ("fixed", month, day) or ("easter", days after Easter Sunday)
    holiday: tuple[object, ...] | None = None
    mod: str | None = None
    bound: str | None = None
    cue: str | None = None  # the bound word read before the hit ("seit", "bis"); not an attr
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
_DUR_UNIT = _alt(L.DURATION_UNITS)  # with hours, quarters, half-years, decades


def _both(words: Iterable[str]) -> list[str]:
    """The words as written and with a capital first letter (sentence-initial)."""
    return [v for w in words for v in {w, w[0].upper() + w[1:]}]


_REF_DE = _alt(_both([*L.REF_ADVERBS, *L.REF_PHRASES]))
_REF_EN = _alt(_both([*L.REF_ADVERBS_EN, *L.REF_PHRASES_EN]))
_HOLIDAY_DE = _alt([*L.HOLIDAYS, *L.HOLIDAY_PERIODS, *L.SEASON_MONTHS])
_HOLIDAY_EN = _alt(L.HOLIDAYS_EN)
_PERIOD_NOUN_DE = _alt(w for w in L.PERIOD_NOUNS if w[0].isupper())
_ANAPHORIC_DE = _alt(_both(L.ANAPHORIC_DAYS))
_ANAPHORIC_EN = _alt(_both(L.ANAPHORIC_DAYS_EN))
_POD = _alt(L.PARTS_OF_DAY)
_SET_WHAT = _alt([*L.WEEKDAYS_DE, *(w for w in L.SEASONS if w[0].isupper()), "Jahr", "Monat", "Woche", "Tag",
                  "Wochenende", "Morgen", "Abend", "Nacht", "Quartal", "Sommer", "Winter"])
_SET_ADV_WORDS = ["montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonnabends",
                  "sonntags", "werktags", "wochentags"]
_SET_ADV = _alt(_both(_SET_ADV_WORDS))


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
    """Month with a year, a relative year, a position word, a deictic word, or a cue before it.

    "seit vergangenem September": the latest September before the anchor's
    month (``rel`` ("monthname", -1)); "im kommenden Mai" the next one.
    """
    dx = m.groupdict().get("dx")
    if not (m["year"] or m["rel"] or m["pos"] or m["cue"] or m.groupdict().get("pos2") or dx):
        return []
    if m["month"] == "August" and not (m["year"] or m["pos"] or dx) and _NAME_AFTER.match(m.string, m.end()):
        return []  # "seit August Müller": a first name
    word = m["pos"] or (m["pos2"] if "pos2" in m.re.groupindex else None)
    pos = L.POSITION_MODS.get(word or "") or L.POSITION_MODS.get((word or "").lower())
    rel = ("year", _dx(m["rel"])) if m["rel"] else ("monthname", _dx(dx)) if dx and not m["year"] else None
    start = m.start("dx") if dx else m.start("month")
    if word:
        start = m.start("cue") + len(m["cue"]) if m["cue"] else m.start()
    return [Hit(start, m.end(), year=_year(m["year"]), month=_MONTHS[m["month"]], rel=rel, mod=pos)]


_NAME_AFTER = re.compile(r"[^\S\n]+[A-ZÄÖÜ][a-zäöüß]+(?![\w.])")


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
    """ "in den letzten Tagen", "in the past two weeks", "in den vergangenen 24 Stunden":
    a period up to (from) the anchor."""
    n = _count(m["n"]) if m["n"] else "X"
    direction = "past" if _dx(m["dx"]) < 0 else "future"
    if m["unit"] in L.DURATION_UNITS:
        value, unit = _period(n, m["unit"])
    else:
        unit, _ = L.UNITS[m["unit"]]
        value = f"P{n}{_UNIT_LETTER[unit]}"
    return [Hit(m.start(), m.end(), label="DURATION", duration=value, rel=(unit, 0), extra={"direction": direction})]


def _period(n: int | str, unit_word: str) -> tuple[str, str]:
    """The TIMEX3 duration for ``n`` (a count or "X") of a unit word, and the unit:
    (3, "Jahren") -> ("P3Y", "year"), (24, "Stunden") -> ("PT24H", "hour")."""
    letter, mult, unit = L.DURATION_UNITS[unit_word]
    count = n if n == "X" else int(n) * mult
    if letter.startswith("T"):
        return f"PT{count}{letter[1]}", unit
    return f"P{count}{letter}", unit


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
    """ "gestern", "heute Abend" (the part of the day is noted, the value stays the day)."""
    word = m["dw"] if "dw" in m.re.groupindex else m.group()
    hit = Hit(m.start(), m.end(), rel=("day", _DAYWORDS[" ".join(word.lower().split())]))
    if m.groupdict().get("pod"):
        hit.extra["part_of_day"] = L.PARTS_OF_DAY[m["pod"].capitalize()]
    return [hit]


def _h_weekday(m: re.Match[str]) -> list[Hit]:
    """ "am Montag", "kommenden Dienstag", "Mittwochabend", "des Donnerstags" (genitive)."""
    g = m.groupdict()
    if g.get("gen") and (g.get("pod") or _sentence_initial(m.string, m.start()) or _compound_after(m.string, m.end())):
        return []  # "Montags" opening a sentence is the adverb (a SET, see set_adv_de); "Sonntags-" a compound
    hit = Hit(m.start(), m.end(), weekday=_WEEKDAYS[m["wd"]], rel=("weekday", _dx(m["dx"])))
    if g.get("pod"):
        hit.extra["part_of_day"] = L.PARTS_OF_DAY[g["pod"].capitalize()]
    return [hit]


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
    strong = cue in ("Jahr", "Jahre", "Jahres", "year", "seit", "since", "im")
    if not strong and _counted(m.string, m.end("year2") if m["year2"] else m.end("year")):
        return []  # "in 2024 Fällen", "für 2013 zusätzliche Stellen": a count before a noun
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


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether a word at ``pos`` opens a sentence, a paragraph, a quotation or a heading."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n\"„“”«»()–-"


def _compound_after(text: str, end: int) -> bool:
    """A hyphen right after a noun: it opens a compound ("Nacht-U-Bahn", "Sonntags- und Feiertagsarbeit")."""
    return text[end : end + 1] == "-" and _COMPOUND_REST.match(text, end + 1) is not None


_COMPOUND_REST = re.compile(r"[A-Za-zÄÖÜäöüß]|[^\S\n]+(?:und|oder|bzw\.|sowie|bis)(?![\w])")


_GENERIC_PERIODS = frozenset({"Ferien", "Feiertage", "Feiertagen", "Schulferien"})
_TEMPORAL_BEFORE = re.compile(r"(?<![\w])(?:in|In|während|Während|nach|Nach|vor|Vor|zu|Zu|über|Über|bis|Bis|seit|Seit|an|An"
                              r"|am|Am|zum|Zum|den|der)[^\S\n]+(?:[\wäöüß]+[^\S\n]+)?$")
_WEEKEND_CUES = frozenset({"am", "Am", "übers", "Übers", "das", "zum", "Zum", "vom", "Vom", "dem", "des", "dieses",
                           "diesem", "Dieses", "kommendes", "nächstes", "letztes", "vergangenes"})


def _h_ref(m: re.Match[str]) -> list[Hit]:
    """ "derzeit", "künftig", "zuletzt", "im Moment", "heuer": PRESENT_REF, FUTURE_REF, PAST_REF, or this year."""
    word = m["w"]
    text = m.string
    if word[0].isupper() and not _sentence_initial(text, m.start()):
        return []  # "Heuer" inside a sentence is a name
    key = word if word in L.REF_ADVERBS or word in L.REF_PHRASES else word[0].lower() + word[1:]
    ref = L.REF_ADVERBS.get(key) or L.REF_PHRASES.get(key) or L.REF_ADVERBS_EN.get(key) or L.REF_PHRASES_EN.get(key)
    if key == "zuletzt" and _NICHT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return []  # "nicht zuletzt": not least
    if key in ("im Moment", "at the moment") and _OF_AFTER.match(text, m.end()):
        return []  # "im Moment der Explosion": the moment of an event
    if ref == "YEAR":
        return [Hit(m.start(), m.end(), rel=("year", 0))]
    return [Hit(m.start(), m.end(), literal=ref, kind="ref", extra={"ref": ref})]


_NICHT_BEFORE = re.compile(r"(?<![\w])[Nn]icht[^\S\n]+$")
_OF_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:der|des|als|in[^\S\n]+dem|wo|of|when)(?![\w])")


def _h_holiday(m: re.Match[str]) -> list[Hit]:
    """ "Ostern", "Weihnachten 2019", "Sommerferien", "über die Wintermonate"."""
    name = m["h"]
    year = _year(m["year"])
    text = m.string
    if not year and _compound_after(text, m.end()):
        return []  # "Ferien-Grafschaft": the first part of a compound noun
    if name in _GENERIC_PERIODS and not _TEMPORAL_BEFORE.search(text, max(0, m.start() - 25), m.start()):
        return []  # "Ferien" as a thing ("Ferien werden teurer"), not a time ("in den Ferien")
    if name in L.SEASON_MONTHS:
        return [Hit(m.start(), m.end(), year=year, season=L.SEASON_MONTHS[name])]
    if name in L.HOLIDAY_PERIODS:
        return [Hit(m.start(), m.end(), year=year, kind="period", extra={"holiday": name})]
    rule = L.HOLIDAYS.get(name, L.HOLIDAYS_EN.get(name))
    hit = Hit(m.start(), m.end(), year=year, kind="day", extra={"holiday": name})
    if rule is None:
        hit.kind = "period"  # "Nationalfeiertag": the day depends on the country
    else:
        hit.holiday = rule
    return [hit]


def _h_period_noun(m: re.Match[str]) -> list[Hit]:
    """ "bis Jahresende", "zum Jahreswechsel 2019", "am vergangenen Wochenende" ("an Wochenenden": a SET)."""
    unit, mod = L.PERIOD_NOUNS.get(m["noun"], ("weekend", None))
    start = m.start("dx") if m["dx"] else m.start("noun")
    text = m.string
    if _compound_after(text, m.end("noun")):
        return []
    if unit == "weekend":
        if m["noun"] == "Wochenenden":
            return [Hit(start, m.end("noun"), label="SET", literal="XXXX-WXX-WE", kind="weekend", extra={"quant": "EVERY"})]
        if not m["dx"] and _prev_token(text, m.start("noun"))[0] not in _WEEKEND_CUES:
            return []  # "ein ungestörtes Wochenende": no particular one
        return [Hit(start, m.end("noun"), weekday=6, kind="weekend", rel=("weekend", _dx(m["dx"])))]
    if m["year"] and unit == "year" and not m["dx"]:
        return [Hit(start, m.end(), year=int(m["year"]), mod=mod)]
    return [Hit(start, m.end("noun"), rel=(unit, _dx(m["dx"])), mod=mod)]


def _h_previous_unit(m: re.Match[str]) -> list[Hit]:
    """ "im Vorjahr", "des Vormonats", "in der Vorwoche": the unit before the anchor's."""
    if _compound_after(m.string, m.end()):
        return []
    return [Hit(m.start(), m.end(), rel=(L.PREVIOUS_UNITS[m.group()], -1))]


def _h_anaphoric(m: re.Match[str]) -> list[Hit]:
    """ "am Vortag", "am Tag darauf": a day counted from a day the text names, not from the anchor."""
    phrase = m.group()
    key = phrase if phrase in L.ANAPHORIC_DAYS or phrase in L.ANAPHORIC_DAYS_EN else phrase[0].lower() + phrase[1:]
    n = L.ANAPHORIC_DAYS.get(key, L.ANAPHORIC_DAYS_EN.get(key, 0))
    return [Hit(m.start(), m.end(), rel=("day", n), extra={"reference": "text"})]


def _h_part_of_day(m: re.Match[str]) -> list[Hit]:
    """ "am Vormittag", "in der Nacht", "am späten Abend": a part of a day the text names."""
    start = m.start("adj") if m["adj"] else m.start("pod")
    if _compound_after(m.string, m.end()):
        return []  # "in der Nacht-U-Bahn"
    code = L.PARTS_OF_DAY[m["pod"]]
    return [Hit(start, m.end(), kind="part_of_day", literal=None,
                extra={"part_of_day": code, "reference": "text", "template": f"XXXX-XX-XXT{code}"})]


def _h_duration(m: re.Match[str]) -> list[Hit]:
    """Periods: "seit zehn Jahren", "seit Jahren", "seit langem" (up to the anchor: direction past,
    bound AFTER); "für zwei Jahre", "binnen 24 Stunden", "ein weiteres Halbjahr", "drei Jahre lang",
    "jahrelang" (a length, not placed in time)."""
    g = m.groupdict()
    if g.get("vague"):
        return [Hit(m.start(), m.end(), label="DURATION", kind="ref", mod="AFTER", bound="AFTER",
                    extra={"direction": "past", "vague": True})]
    if g.get("adv"):
        value, unit = _period("X", g["adv"][:-4].capitalize())  # "jahrelang" -> "Jahre"
        return [Hit(m.start(), m.end(), label="DURATION", duration=value, rel=(unit, 0))]
    if g.get("since"):
        n = _count(g["sn"]) if g.get("sn") else "X"
        value, unit = _period(n, m["unit"])
        hit = Hit(m.start(), m.end(), label="DURATION", duration=value, rel=(unit, 0), mod="AFTER", bound="AFTER",
                  extra={"direction": "past"})
        if g.get("sapprox"):
            hit.mod = "APPROX"
        return [hit]
    if g.get("cue"):
        if g["cue"].lower() == "über" and not g.get("tail"):
            return []  # "über zwei Jahre" may be an age or an amount; "über zwei Jahre hinweg" is a period
        count, start = g["n"], m.start("n")
    elif g.get("more"):
        count, start = g.get("n2") or g.get("one"), m.start("one") if g.get("one") else m.start("more")
    else:
        count, start = g["n3"], m.start("n3")
    if count is None:
        return []  # "weitere Jahre": no length
    value, unit = _period(_count(count), m["unit"])
    hit = Hit(start, m.end(), label="DURATION", duration=value, rel=(unit, 0))
    if g.get("approx"):
        hit.mod = "APPROX"
    return [hit]


_SET_VALUES = {"Jahr": ("P1Y", "year"), "Monat": ("P1M", "month"), "Woche": ("P1W", "week"), "Tag": ("P1D", "day"),
               "Quartal": ("P3M", "quarter"), "Wochenende": ("XXXX-WXX-WE", "weekend"),
               "Morgen": ("XXXX-XX-XXTMO", "part_of_day"), "Abend": ("XXXX-XX-XXTEV", "part_of_day"),
               "Nacht": ("XXXX-XX-XXTNI", "part_of_day")}


def _h_set(m: re.Match[str]) -> list[Hit]:
    """ "jeden Winter", "jedes Jahr", "jeden Montag", "montags": a set of times (TIMEX3 SET, quant EVERY)."""
    word = m["what"] or m["adv"]
    if m["adv"] and m["adv"][0].isupper() and not _sentence_initial(m.string, m.start()):
        return []  # "im Laufe des Donnerstags": a genitive, one day
    if m["adv"] and _compound_after(m.string, m.end()):
        return []  # "Sonntags- und Feiertagsarbeit"
    if m["adv"]:
        word = m["adv"][0].upper() + m["adv"][1:-1]  # "montags" -> "Montag"
    if word in L.WEEKDAYS_DE:
        value, kind = f"XXXX-WXX-{L.WEEKDAYS_DE[word]}", "day"
    elif word in ("Werktag", "Wochentag"):
        value, kind = "XXXX-WXX-WD", "day"
    elif word in L.SEASONS:
        value, kind = f"XXXX-{L.SEASONS[word]}", "season"
    else:
        value, kind = _SET_VALUES[word]
    return [Hit(m.start(), m.end(), label="SET", literal=value, kind=kind, extra={"quant": "EVERY"})]


def _h_month_year(m: re.Match[str]) -> list[Hit]:
    """ "08/2020": a month and year written with a slash."""
    return [Hit(m.start(), m.end(), year=int(m["y"]), month=int(m["m"]))]


_WORD_AFTER = re.compile(r"[^\S\n]*(?P<w>[A-Za-zÄÖÜäöüß]+|[^\w\s]|$)(?:[^\S\n]+(?P<w2>[A-Za-zÄÖÜäöüß]+))?")
_DETERMINERS = frozenset("""ein eine einen einem einer eines kein keine keinen der die das den dem des sein seine seinen
seinem seiner ihr ihre ihren ihrem ihrer unser unsere diese diesen dieser dieses jene alle""".split())
_COPULA_AFTER = frozenset("""war ist wird wurde hatte hat brachte bringt gilt galt begann beginnt endete endet folgte
markierte markiert sah sieht stand steht kam kommt blieb bleibt""".split())


def _counted(text: str, end: int) -> bool:
    """Whether the word after a number at ``end`` makes it a count ("2000 Menschen", "2019 und").

    A capitalised noun (not a month), a unit or counting word, or an
    adjective with a noun after it ("2000 zusätzliche Stellen").
    """
    m = _WORD_AFTER.match(text, end)
    w = m["w"] if m else ""
    if not w or not w[0].isalpha():
        return False
    if w[0].isupper():
        return w not in _MONTHS and w not in _WEEKDAYS
    if w.lower() in L.COUNT_AFTER:
        return True
    w2 = m["w2"] or ""
    return w not in _DETERMINERS and w.endswith(("e", "en", "er", "es", "em")) and w2[:1].isupper()


def _prev_token(text: str, pos: int) -> tuple[str, int]:
    """The word (with a trailing period) or punctuation character before ``pos``, and where it starts;
    ("", pos) at a line start."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n":
        return "", i + 1
    j = i - 1 if text[i] == "." else i
    k = j
    while k >= 0 and text[k].isalpha():
        k -= 1
    if k == j:
        return text[i], i
    return text[k + 1 : i + 1], k + 1


def _h_year_context(m: re.Match[str]) -> list[Hit]:
    """A bare year without a cue word, where the words around it say it is one.

    "die Wahl 2017", "sein Mandat 2018 an", "Er wurde 1962 geboren",
    "Rubelverfall: 2015 war ...", "(2015)"; never a round hundred ("2000"),
    never before a noun or a unit ("2019 Menschen"), never after a counting
    word ("rund 2015").
    """
    year = int(m["year"])
    if year % 100 == 0:
        return []
    text = m.string
    prev, at = _prev_token(text, m.start())
    if prev.lower() in L.QUANTITY_BEFORE or _counted(text, m.end()):
        return []
    after = _WORD_AFTER.match(text, m.end())
    nxt = after["w"] if after else ""
    ok = False
    if prev[:1].isupper():
        # a noun before it ("Wahl 2017"): not a numbering word, not an abbreviation, not a sentence opener
        ok = prev not in L.YEAR_NOUN_STOP and prev not in _MONTHS and not prev.endswith(".") \
            and not _sentence_initial(text, at)
    elif prev[:1].isalpha():
        ok = prev in L.YEAR_VERBS and bool(nxt) and not nxt[:1].isupper()
    elif prev == "(":
        ok = nxt == ")"
    if not ok and prev in ("", ":", "–", "-", ".") and _sentence_initial(text, m.start()):
        ok = nxt in _COPULA_AFTER  # "2015 war ein Krisenjahr"
    return [Hit(m.start(), m.end(), year=year, extra={"context": "bare"})] if ok else []


_CUE_MONTH = r"(?P<cue>(?<![\w])(?:im|seit|ab|bis|vom|zum|Monat|Monats|in|since|by|until|from|of|during|early|mid|late|In|Since|By|Until|From|During)[^\S\n]+)?"
_CUE_MONTH_DE = r"(?P<cue>(?<![\w])(?:im|Im|seit|Seit|ab|Ab|bis|Bis|vom|Vom|zum|Zum|für|Für|Monat|Monats|in)[^\S\n]+)?"
_DX_MONTH_WORDS = ["vergangenem", "vergangenen", "letzten", "letztem", "vorigen", "vorigem", "diesen", "diesem",
                   "kommenden", "kommendem", "nächsten", "nächstem"]
_DX_MONTH = _alt(_both(_DX_MONTH_WORDS))

#: (name, languages, compiled regex, handler). Order matters only for ties.
PATTERNS: list[tuple[str, frozenset[str], re.Pattern[str], Callable[[re.Match[str]], list[Hit]]]] = []


#: name -> (anchor, back) for :func:`scan`; see there.
ANCHORS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}

#: name -> (literals, back): patterns whose anchor is found with ``str.find``, outside
#: the shared scans (words opening with a frequent lowercase letter, "montags"); their
#: ``ANCHORS`` entry is the same anchor as a regex.
LITERAL_ANCHORS: dict[str, tuple[tuple[str, ...], re.Pattern[str] | None]] = {}


def _p(name: str, langs: str, regex: str, handler: Callable[[re.Match[str]], list[Hit]]) -> None:
    PATTERNS.append((name, frozenset(langs.split()), _c(regex), handler))


def _a(name: str, anchor: str, back: str = "") -> None:
    """Register the anchor of pattern ``name`` (a part every match holds) and the
    characters that may stand between a match's start and its anchor."""
    ANCHORS[name] = (re.compile(anchor), re.compile(f"[{back}]*" if back else ""))


def _a_literals(name: str, literals: Iterable[str], back: str = "") -> None:
    """Register the anchor of pattern ``name`` as plain strings, searched for on their own."""
    literals = tuple(literals)
    _a(name, _alt(literals), back)
    LITERAL_ANCHORS[name] = (literals, ANCHORS[name][1] if back else None)


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
    lit = LITERAL_ANCHORS.get(name)
    if lit is not None:
        return anchored_finditer(regex, text, lit[0], lit[1], rev)
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
        self.anchors = by_regex
        self._by_char: dict[str, tuple[re.Pattern[str], ...]] = {}
        self.scans = [re.compile(r"\d(?:%s)" % "|".join(digit))] if digit else []
        self.literal_scan: re.Pattern[str] | None = None
        if literal:  # as a prefix tree: twice as fast a scan as the flat alternation
            words = {re.sub(r"\\(\W)", r"\1", part) for part in literal}
            self.literal_scan = re.compile(trie(words))
            self._literal_tables(words)

    def _literal_tables(self, words: set[str]) -> None:
        """For each literal: the anchors that match where it stands (those with an
        alternative that is a prefix of it), and the offsets inside it where another
        literal may start (a literal is a prefix of its rest, or its rest of a literal)."""
        alternatives = {rx: {re.sub(r"\\(\W)", r"\1", part) for part in _split_anchor(rx)[1]}
                        for rx in self.anchors if rx not in self.digit_led}
        self.at_literal: dict[str, tuple[str, ...]] = {}
        self.inner: dict[str, tuple[int, ...]] = {}
        for w in words:
            self.at_literal[w] = tuple(rx for rx, alts in alternatives.items() if any(w.startswith(a) for a in alts))
            self.inner[w] = tuple(i for i in range(1, len(w))
                                  if any(w[i:].startswith(o) or o.startswith(w[i:]) for o in words))

    def _candidates(self, c: str) -> tuple[re.Pattern[str], ...]:
        """The anchors that can match at a character ``c``."""
        cands = self._by_char.get(c)
        if cands is None:
            rxs = self.digit_led if c.isdecimal() else []
            cands = self._by_char[c] = tuple(self.anchors[rx] for rx in rxs)
        return cands

    def positions(self, text: str) -> dict[str, list[int]]:
        """pattern name -> every position where its anchor matches, ascending.

        Digit-led anchors are tried at every position of the digit scan's
        matches; a literal anchor matches where the literal scan found a word
        it has a prefix of (``at_literal``), and inside such a word only at
        the offsets where another literal can start (``inner``).
        """
        found: dict[str, list[int]] = {rx: [] for rx in self.anchors}
        candidates = self._candidates
        for scan_rx in self.scans:
            for m in scan_rx.finditer(text):
                s, e = m.span()
                for q in range(s, e if e > s else s + 1):
                    for anchor in candidates(text[q]):
                        if anchor.match(text, q):
                            found[anchor.pattern].append(q)
        if self.literal_scan is not None:
            at_literal, inner, match = self.at_literal, self.inner, self.literal_scan.match
            for m in self.literal_scan.finditer(text):
                w, s = m.group(), m.start()
                for rx in at_literal[w]:
                    found[rx].append(s)
                for i in inner[w]:
                    m2 = match(text, s + i)
                    if m2 is not None:
                        for rx in at_literal[m2.group()]:
                            found[rx].append(s + i)
        for qs in found.values():
            qs.sort()
        return {name: found[rx] for name, rx in self.names.items()}


@lru_cache(maxsize=8)
def _index(names: tuple[str, ...]) -> _AnchorIndex:
    return _AnchorIndex(n for n in names if n in ANCHORS and n not in LITERAL_ANCHORS)


def anchor_positions(text: str, names: Iterable[str]) -> dict[str, list[int]]:
    """For the patterns ``names`` that have an anchor: every position of ``text`` where it matches."""
    names = tuple(names)
    found = _index(names).positions(text)
    for name in names:
        lit = LITERAL_ANCHORS.get(name)
        if lit is not None:
            found[name] = _literal_positions(text, lit[0])
    return found


def _literal_positions(text: str, literals: tuple[str, ...]) -> list[int]:
    """Every position where one of ``literals`` starts (``str.find``: no scan of its own)."""
    out: set[int] = set()
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            out.add(i)
            i = text.find(lit, i + 1)
    return sorted(out)


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
_p("month_de", "de", rf"""{_CUE_MONTH_DE}(?:(?P<pos>{_POS_DE}){_WS}(?:des{_WS})?)?(?:(?P<dx>{_DX_MONTH}){_WS})?(?P<month>{_MON_DE}){_E}
    (?:{_WS}(?P<year>{_YEAR})(?!\d)|{_WS}(?P<rel>{_DX}){_WS}Jahres)?""", _h_month)
_p("month_en", "en", rf"""{_CUE_MONTH}(?:(?P<pos>early|mid|late)[-\s]|(?:the{_WS})?(?P<pos2>beginning|end|middle|start){_WS}of{_WS})?
    (?P<month>{_MON_EN}){_E}
    (?:,?{_WS}(?P<year>{_YEAR})(?!\d)|{_WS}(?P<rel>this|next|last){_WS}year)?""", _h_month)
_p("pos_year", "de en", rf"""{_B}(?P<pos>{_POS_DE}|early|mid|late|(?:the{_WS})?(?:beginning|end|middle|start){_WS}of)
    [-\s](?:(?:des{_WS})?Jahres{_WS})?(?P<year>{_YEAR})(?!\d)""", lambda m: _h_pos_year_en(m))
_p("pos_period_de", "de", rf"""{_B}(?P<pos>{_POS_DE}){_WS}(?:(?:des|der){_WS})?(?:(?P<dx>{_DX}){_WS})?
    (?P<unit>Monats|Jahres|Woche){_E}""", _h_pos_period)
_p("course_de", "de", rf"""(?<![\w])[Ii]m{_WS}(?:Laufe|Verlauf){_WS}(?:des|der){_WS}(?:(?P<dx>{_DX}){_WS})?
    (?P<unit>Tages|Woche|Monats|Jahres)(?![\w])""", lambda m: [Hit(m.start(), m.end(), rel=(L.UNITS[m["unit"]][0], _dx(m["dx"])))])
_p("pos_period_en", "en", rf"""{_B}(?:(?:the{_WS})?(?P<pos2>beginning|end|middle|start){_WS}of{_WS}(?:the{_WS})?
    |(?P<pos>earlier|later|early|late){_WS})(?P<dx>this|next|last)?{_WS}?(?P<unit>week|month|year){_E}""",
   lambda m: _h_pos_period_en(m))
_p("recent_de", "de", rf"""{_B}(?:[Ii]n{_WS}den{_WS})?(?P<dx>letzten|vergangenen|kommenden|nächsten|zurückliegenden|Letzten|Vergangenen|Kommenden|Nächsten)
    {_WS}(?:(?P<n>{_NUM}){_WS})?(?P<unit>{_UNIT_DE_PL}|Stunden|Minuten|Jahrzehnten|Jahrzehnte|Quartalen|Quartale|Halbjahren|Halbjahre){_E}""", _h_recent)
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
_p("dayword_de", "de", rf"""(?<![\w])(?P<dw>vorgestern|gestern|heute|morgen|übermorgen|Vorgestern|Gestern|Heute|Übermorgen)(?![\w])
    (?:{_WS}(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|früh)(?![\w]))?""", _h_dayword)
_p("dayword_en", "en", rf"(?<![\w])(?:the{_WS}day{_WS}before{_WS}yesterday|[Yy]esterday|[Tt]oday|[Tt]omorrow)(?![\w])", _h_dayword)
_p("weekday_de", "de", rf"""{_B}(?:(?P<dx>{_alt(_both(["vergangenen", "letzten", "kommenden", "nächsten", "diesen", "vorigen"]))}){_WS})?
    (?P<wd>{_WD_DE})(?P<gen>s)?(?P<pod>abend|morgen|nachmittag|vormittag|mittag|nacht)?{_E}""", _h_weekday)
_p("weekday_en", "en", rf"""{_B}(?:(?P<dx>last|next|this|past|coming){_WS})?(?P<wd>{_WD_EN})
    (?:{_WS}(?:morning|afternoon|evening|night))?{_E}""", _h_weekday)
_p("season_de", "de", rf"""(?P<cue>(?<![\w])(?:im|Im|seit|Seit|bis|Bis|ab|Ab|zum|Zum|vor|Vor|nach|Nach|über|Über|während|Während|den|dem|des){_WS})?(?:(?P<dx>{_DX}){_WS})?(?P<season>{_SEASON_DE}){_E}
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
_p("year_context", "de", rf"""(?<![\w.,/\-–])(?P<year>{_YEAR_BARE})(?![\d]|[.,/]\d|-\d|[^\S\n]*(?:%|‰|€|\$))""",
   _h_year_context)
_p("month_year", "de en", r"(?<![\w/.,])(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?![\d/]|[.,]\d)", _h_month_year)
_p("ref_de", "de", rf"(?<![\w])(?P<w>{_REF_DE})(?![\w])", _h_ref)
_p("ref_en", "en", rf"(?<![\w])(?P<w>{_REF_EN})(?![\w])", _h_ref)
_p("holiday_de", "de", rf"(?<![\w])(?P<h>{_HOLIDAY_DE})(?![\w])(?:{_WS}(?P<year>{_YEAR})(?!\d))?", _h_holiday)
_p("holiday_en", "en", rf"(?<![\w])(?P<h>{_HOLIDAY_EN})(?![\w])(?:,?{_WS}(?P<year>{_YEAR})(?!\d))?", _h_holiday)
_p("period_noun_de", "de", rf"""{_B}(?:(?P<dx>{_DX}){_WS})?(?P<noun>{_PERIOD_NOUN_DE})(?![\w])
    (?:{_WS}(?P<year>{_YEAR})(?!\d))?""", _h_period_noun)
_p("weekend_en", "en", rf"""{_B}(?:(?P<dx>last|next|this|coming|past){_WS}|the{_WS})(?P<noun>weekend)(?![\w])(?P<year>)""",
   _h_period_noun)
_p("previous_unit", "de", r"(?<![\w])(?:Vorjahres|Vorjahr|Vormonats|Vormonat|Vorwoche)(?![\w])", _h_previous_unit)
_p("anaphoric_de", "de", rf"(?<![\w])(?:{_ANAPHORIC_DE})(?![\w])", _h_anaphoric)
_p("anaphoric_en", "en", rf"(?<![\w])(?:{_ANAPHORIC_EN})(?![\w])", _h_anaphoric)
_p("part_of_day", "de", rf"""(?<![\w])(?:[Aa]m|[Ii]n{_WS}der|[Gg]egen){_WS}(?:(?P<adj>frühen|späten){_WS})?
    (?P<pod>{_POD})(?![\w])""", _h_part_of_day)
_DUR_COUNT_WORDS = "weitere|weiteren|zusätzliche|zusätzlichen|ganze|ganzen|vollen"
_p("duration_de", "de", rf"""(?<![\w])(?:
    (?P<since>[Ss]eit){_WS}(?:(?P<sapprox>über|mehr{_WS}als|knapp|fast|etwa|rund|gut|nunmehr|mittlerweile|inzwischen){_WS})?
        (?:(?P<sn>{_NUM}){_WS})?
    |(?P<cue>[Ff]ür|[Bb]innen|[Ii]nnerhalb(?:{_WS}von)?|[Üü]ber){_WS}(?:(?:die|den|der|des){_WS})?
        (?:(?P<approx>knapp|fast|etwa|rund|gut|mehr{_WS}als|mindestens){_WS})?(?P<n>{_NUM}){_WS}(?:(?:{_DUR_COUNT_WORDS}){_WS})?
    |(?:(?P<one>ein|eine|einen|Ein|Eine|Einen){_WS})?(?P<more>weiteres|weitere|weiteren|Weitere){_WS}(?:(?P<n2>{_NUM}){_WS})?
    |(?P<n3>{_NUM}){_WS}(?=(?:{_DUR_UNIT}){_WS}(?:lang|hinweg)(?![\w])))
    (?P<unit>{_DUR_UNIT})(?![\w])(?:{_WS}(?P<tail>lang|hinweg)(?![\w]))?""", lambda m: _h_duration(m))
_p("since_vague_de", "de", rf"""(?<![\w])[Ss]eit{_WS}(?P<vague>langem|Langem|längerem|Längerem|kurzem|Kurzem|langer{_WS}Zeit
    |einiger{_WS}Zeit|geraumer{_WS}Zeit)(?![\w])""", lambda m: _h_duration(m))
_p("lang_adv_de", "de", r"""(?<![\w])(?P<adv>(?:[Jj]ahre|[Mm]onate|[Ww]ochen|[Tt]age|Stunden|Minuten|[Jj]ahrzehnte)lang)(?![\w])""",
   lambda m: _h_duration(m))
_p("set_de", "de", rf"""(?<![\w])[Jj]ede[nsmr]?{_WS}(?P<what>{_SET_WHAT}|Werktag|Wochentag)(?![\w])(?P<adv>)""", _h_set)
_p("set_adv_de", "de", rf"""(?<![\w])(?P<adv>{_SET_ADV})(?![\w])(?P<what>)""", _h_set)


# ---- anchors (see scan): every match holds its anchor; the text between the
# match start and the anchor is made of the ``back`` characters only.
_CUE_MONTH_WORDS = "im seit ab bis vom zum Monat Monats in since by until from of during early mid late"
_a("daylist_de", _MON_DE, _chars(L.WEEKDAYS_DE, "den dem und oder bis", extra=r"\d.,–/\-"))
_a("daylist_en", _MON_EN, _chars(L.WEEKDAYS_EN, "the and or to st nd rd th of", extra=r"\d,–\-"))
_a("numeric", r"\d\.(?:\d|[^\S\n]\d)", _chars("am vom zum bis seit ab Am Vom Bis Seit Ab", extra=r"\d"))
_a("iso", r"\d\d\d\d-[01]\d-")
_a("mdy_en", _MON_EN, _chars(L.WEEKDAYS_EN, ","))
_a("month_de", _MON_DE, _chars(_CUE_MONTH_WORDS, "Anfang Beginn Mitte Ende des Im Seit Ab Bis Vom Zum für Für",
                               _both(_DX_MONTH_WORDS)))
_a("month_en", _MON_EN, _chars(_CUE_MONTH_WORDS, "early mid late the beginning end middle start of In Since By Until From During",
                               extra=r"\-"))
_a("pos_year", r"[12]\d\d\d", _chars("Anfang Beginn Mitte Ende early mid late the beginning end middle start of des Jahres",
                                      extra=r"\-"))
_a("pos_period_de", "Anfang|Beginn|Mitte|Ende")
_a("course_de", "Laufe|Verlauf", _chars("im Im"))
_a("pos_period_en", "week|month|year", _chars("the beginning end middle start of earlier later early late this next last"))
_a("recent_de", "Tage|Wochen|Monate|Jahre|Stunden|Minuten|Jahrzehnte|Quartale|Halbjahre", _chars("In in den letzten vergangenen kommenden nächsten zurückliegenden",
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
_a("weekday_de", _WD_DE, _chars("vergangenen letzten kommenden nächsten diesen vorigen Vergangenen Letzten Kommenden Nächsten Diesen Vorigen"))
_a("weekday_en", _WD_EN, _chars("last next this past coming"))
_a("season_de", _SEASON_DE, _chars("im Im seit Seit bis Bis ab Ab zum Zum vor Vor nach Nach über Über während Während den dem des",
                                   _DX_WORDS, [w.capitalize() for w in _DX_WORDS]))
_a("season_en", _SEASON_EN, _chars("in the last next this past"))
_a("quarter", "Q|Vierteljahr|Halbjahr|Jahreshälfte|quarter|half", _chars("im Im in the des dem", L.ORDINAL_WORDS))
_a("decade_de", "0er", r"\d")
_a("decade_en", "0s", _chars("the'’", extra=r"\d"))
_a("year", r"[12]\d\d\d", _chars(L.YEAR_CUES, [w.capitalize() for w in L.YEAR_CUES]))
_a("year_range", r"[12]\d\d\d")
_a("citation", r"[12]\d\d\d[^\S\n]*,[^\S\n]*\d", r"A-Za-zÄÖÜäöü\-\s")
_a("year_context", r"[12]\d\d\d")
_a("month_year", r"\d/[12]\d\d\d", r"\d")
# The anchors of the patterns below open with a capital letter or a rare one
# (j, k, z, ä, ü, g, h, m, v): a lowercase letter that opens many words ("s",
# "d", "w") in the literal scan costs more than all the patterns together.
_a("ref_de", "jetzt|Jetzt|zeit|Derzeit|Zurzeit|momentan|Momentan|gegenwärtig|Gegenwärtig|heutzutage|Heutzutage"
   "|künftig|Künftig|Zukünftig|ächst|Demnächst|zuletzt|Zuletzt|kürzlich|Kürzlich|jüngst|Jüngst|ängst|Unlängst"
   "|heuer|Heuer|Moment|Zeitpunkt|Zukunft|Kürze|kurzem|Kurzem",
   _chars("der zur zu demn unl Der Zur Zu Demn Unl im Im zum Zum jetzigen in In vor Vor"))
_a("ref_en", _REF_EN)
_a("holiday_de", _HOLIDAY_DE)
_a("holiday_en", _HOLIDAY_EN)
_a("period_noun_de", _PERIOD_NOUN_DE, _chars(_DX_WORDS, [w.capitalize() for w in _DX_WORDS]))
_a("weekend_en", "weekend", _chars("last next this coming past the"))
_a("previous_unit", "Vorjahr|Vormonat|Vorwoche")
_a("anaphoric_de", "Vortag|Vorabend|Folgetag|Tag|Abend|gs darauf|gs zuvor",
   _chars("am Am ta nächsten folgenden darauffolgenden selben gleichen"))
_a("anaphoric_en", _ANAPHORIC_EN)
_a("part_of_day", _POD, _chars("Am am In in der Gegen gegen frühen späten"))
_DUR_ANCHOR = _alt(L.DURATION_UNITS)
_a("duration_de", _DUR_ANCHOR, _chars("seit Seit über Über mehr als knapp fast etwa rund gut nunmehr mittlerweile inzwischen",
                                      "Für für Binnen binnen Innerhalb innerhalb von die den der des mindestens",
                                      _DUR_COUNT_WORDS.split("|"), "ein Ein eine Eine einen Einen weiteres Weitere",
                                      L.NUMBER_WORDS, L.VAGUE_COUNTS, extra=r"\d"))
_a("since_vague_de", "gem|ängerem|kurzem|Kurzem|Zeit", _chars("seit Seit lan L langer einiger geraumer"))
_a("lang_adv_de", "jahrelang|monatelang|gelang|henlang|jahrzehntelang|Jahrelang|Monatelang|Wochenlang|Tagelang"
   "|Stundenlang|Minutenlang|Jahrzehntelang", _chars("ta woc"))
_a("set_de", "jede|Jede")
_a_literals("set_adv_de", ("tags", "Tags", "mittwochs", "Mittwochs", "sonnabends", "Sonnabends"),
            _chars("mon dien donners frei sams sonn werk wochen Mon Dien Donners Frei Sams Sonn Werk Wochen"))


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
