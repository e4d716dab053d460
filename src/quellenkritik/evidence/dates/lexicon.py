"""Word lists for temporal expressions, German first, then English.

All cue words of the ``dates`` component live here (and only here), so that
they can be read, reviewed and extended in one place. Keys are the surface
forms exactly as matched (case-sensitive: German month and weekday names are
capitalised nouns, English ones proper nouns); values are what they mean.

Why a table and not ``dateparser``/``babel`` at run time: we need exact
character spans, not just a parsed value, and a few hundred thousand words a
second. ``dateparser`` parses a given string but does not find expressions in
running text and is orders of magnitude slower; Babel's month names lack the
abbreviations and inflected forms ("Januars", "Jänner", "Sept.").
"""

from __future__ import annotations

__all__ = [
    "MONTHS_DE",
    "MONTHS_EN",
    "WEEKDAYS_DE",
    "WEEKDAYS_EN",
    "SEASONS",
    "NUMBER_WORDS",
    "VAGUE_COUNTS",
    "ORDINAL_WORDS",
    "UNITS",
    "DEICTIC",
    "POSITION_MODS",
    "BOUND_CUES",
    "APPROX_CUES",
    "YEAR_CUES",
    "LOCAL_TIME",
]

#: German month names and abbreviations -> month number.
MONTHS_DE: dict[str, int] = {
    "Januar": 1, "Januars": 1, "Jänner": 1, "Jan.": 1,
    "Februar": 2, "Februars": 2, "Feber": 2, "Feb.": 2, "Febr.": 2,
    "März": 3, "Maerz": 3, "Mär.": 3,
    "April": 4, "Aprils": 4, "Apr.": 4,
    "Mai": 5, "Mais": 5,
    "Juni": 6, "Junis": 6, "Jun.": 6,
    "Juli": 7, "Julis": 7, "Jul.": 7,
    "August": 8, "Augusts": 8, "Aug.": 8,
    "September": 9, "Septembers": 9, "Sept.": 9, "Sep.": 9,
    "Oktober": 10, "Oktobers": 10, "Okt.": 10,
    "November": 11, "Novembers": 11, "Nov.": 11,
    "Dezember": 12, "Dezembers": 12, "Dez.": 12,
}

#: English month names and abbreviations -> month number ("May" has no abbreviation).
MONTHS_EN: dict[str, int] = {
    "January": 1, "Jan.": 1, "February": 2, "Feb.": 2, "March": 3, "Mar.": 3,
    "April": 4, "Apr.": 4, "May": 5, "June": 6, "Jun.": 6, "July": 7, "Jul.": 7,
    "August": 8, "Aug.": 8, "September": 9, "Sept.": 9, "Sep.": 9,
    "October": 10, "Oct.": 10, "November": 11, "Nov.": 11, "December": 12, "Dec.": 12,
}

#: Weekday names -> ISO weekday (Monday 1 ... Sunday 7).
WEEKDAYS_DE: dict[str, int] = {
    "Montag": 1, "Dienstag": 2, "Mittwoch": 3, "Donnerstag": 4, "Freitag": 5,
    "Samstag": 6, "Sonnabend": 6, "Sonntag": 7,
}
WEEKDAYS_EN: dict[str, int] = {
    "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5,
    "Saturday": 6, "Sunday": 7,
}

#: Season words (both languages, inflected forms) -> TIMEX3 season code.
SEASONS: dict[str, str] = {
    "Frühjahr": "SP", "Frühjahrs": "SP", "Frühling": "SP", "Frühlings": "SP",
    "Sommer": "SU", "Sommers": "SU", "Herbst": "FA", "Herbstes": "FA",
    "Winter": "WI", "Winters": "WI",
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

#: Cardinal number words (as they appear after "vor", "in", before "ago") -> value.
NUMBER_WORDS: dict[str, int] = {
    "ein": 1, "eine": 1, "einem": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}

#: Counts that name no number: the offset stays "X" (TIMEX3 style), value null.
VAGUE_COUNTS: frozenset[str] = frozenset({
    "wenigen", "einigen", "mehreren", "ein paar", "paar",
    "a few", "few", "several", "some",
})

#: Ordinal words for quarters and halves ("im ersten Quartal", "the second half").
ORDINAL_WORDS: dict[str, int] = {
    "ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
    "vierten": 4, "vierte": 4, "letzten": 4,
    "first": 1, "second": 2, "third": 3, "fourth": 4,
}

#: Calendar unit words -> (unit, plural?). Units: day, week, month, year.
UNITS: dict[str, tuple[str, bool]] = {
    "Tag": ("day", False), "Tage": ("day", True), "Tagen": ("day", True), "Tages": ("day", False),
    "Woche": ("week", False), "Wochen": ("week", True),
    "Monat": ("month", False), "Monate": ("month", True), "Monaten": ("month", True),
    "Monats": ("month", False),
    "Jahr": ("year", False), "Jahre": ("year", True), "Jahren": ("year", True),
    "Jahres": ("year", False),
    "day": ("day", False), "days": ("day", True), "week": ("week", False),
    "weeks": ("week", True), "month": ("month", False), "months": ("month", True),
    "year": ("year", False), "years": ("year", True),
}

#: Deictic adjectives before a unit, season or weekday -> direction relative to
#: the anchor: -1 previous, 0 current, +1 next.
DEICTIC: dict[str, int] = {
    "vergangenen": -1, "vergangene": -1, "vergangenes": -1, "letzten": -1, "letzte": -1,
    "letztes": -1, "vorigen": -1, "vorige": -1, "voriges": -1, "vorherigen": -1,
    "zurückliegenden": -1,
    "diesen": 0, "diese": 0, "dieses": 0, "dieser": 0, "laufenden": 0, "laufende": 0,
    "laufendes": 0, "aktuellen": 0, "jetzigen": 0,
    "nächsten": 1, "nächste": 1, "nächstes": 1, "kommenden": 1, "kommende": 1,
    "kommendes": 1, "folgenden": 1,
    "last": -1, "past": -1, "previous": -1, "this": 0, "current": 0,
    "next": 1, "coming": 1, "following": 1,
}

#: Words for the position inside a period -> TIMEX3 mod.
POSITION_MODS: dict[str, str] = {
    "Anfang": "START", "Beginn": "START", "Mitte": "MID", "Ende": "END",
    "early": "START", "beginning": "START", "start": "START", "mid": "MID",
    "middle": "MID", "late": "END", "end": "END",
    # "earlier this month" / "later this year": the part of the period before
    # (after) the anchor; approximated as its start (end).
    "earlier": "START", "later": "END",
}

#: Words just before an expression that bound a period -> (mod, label).
#: "seit 2022" / "since January" is a period reaching up to the anchor: DURATION
#: with its start as value. "bis"/"by"/"vor" mark an upper bound.
BOUND_CUES: dict[str, tuple[str, str]] = {
    "seit": ("AFTER", "DURATION"), "since": ("AFTER", "DURATION"),
    "ab": ("AFTER", "DATE"), "nach": ("AFTER", "DATE"), "after": ("AFTER", "DATE"),
    "bis": ("BEFORE", "DATE"), "spätestens": ("BEFORE", "DATE"), "by": ("BEFORE", "DATE"),
    "until": ("BEFORE", "DATE"), "till": ("BEFORE", "DATE"), "vor": ("BEFORE", "DATE"),
    "before": ("BEFORE", "DATE"),
}

#: Words before an expression that make it approximate (TIMEX3 mod APPROX).
APPROX_CUES: frozenset[str] = frozenset({
    "etwa", "circa", "ca.", "gegen", "ungefähr", "rund", "around", "about", "approximately",
})

#: Words right before a bare four-digit number that make it a year. A number
#: without one of these (or a month, or a date pattern) is not taken as a year.
YEAR_CUES: frozenset[str] = frozenset({
    "im", "in", "seit", "bis", "von", "vom", "ab", "um", "vor", "nach", "zwischen",
    "Anfang", "Mitte", "Ende", "Jahr", "Jahre", "Jahres", "Frühjahr", "Sommer",
    "Herbst", "Winter", "Sommers", "Winters", "Herbstes", "Frühjahrs",
    "since", "by", "until", "from", "during", "before", "after", "of", "year",
    "early", "mid", "late", "end",
})

#: Phrases after a date that say it is given in local time (noted in attrs).
LOCAL_TIME: frozenset[str] = frozenset({"Ortszeit", "local time"})
