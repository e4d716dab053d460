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
    "REF_ADVERBS",
    "REF_ADVERBS_EN",
    "REF_PHRASES",
    "REF_PHRASES_EN",
    "HOLIDAYS",
    "HOLIDAYS_EN",
    "ANAPHORIC_DAYS_EN",
    "HOLIDAY_PERIODS",
    "SEASON_MONTHS",
    "PERIOD_NOUNS",
    "PREVIOUS_UNITS",
    "ANAPHORIC_DAYS",
    "PARTS_OF_DAY",
    "DURATION_UNITS",
    "YEAR_NOUN_STOP",
    "QUANTITY_BEFORE",
    "COUNT_AFTER",
    "YEAR_VERBS",
    "TENSE_PAST",
    "TENSE_FUTURE",
    "PERFECT_AUX",
    "SUBORDINATORS",
    "NOT_VERBS",
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
    "zurückliegenden": -1, "vergangenem": -1, "letztem": -1, "vorigem": -1,
    "diesen": 0, "diesem": 0, "diese": 0, "dieses": 0, "dieser": 0, "laufenden": 0, "laufende": 0,
    "laufendes": 0, "aktuellen": 0, "jetzigen": 0,
    "nächsten": 1, "nächste": 1, "nächstes": 1, "kommenden": 1, "kommende": 1,
    "kommendes": 1, "folgenden": 1, "kommendem": 1, "nächstem": 1,
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
    "im", "in", "seit", "bis", "von", "vom", "ab", "um", "vor", "nach", "zwischen", "für",
    "Anfang", "Mitte", "Ende", "Jahr", "Jahre", "Jahres", "Frühjahr", "Sommer",
    "Herbst", "Winter", "Sommers", "Winters", "Herbstes", "Frühjahrs",
    "since", "by", "until", "from", "during", "before", "after", "of", "year",
    "early", "mid", "late", "end",
})

#: Phrases after a date that say it is given in local time (noted in attrs).
LOCAL_TIME: frozenset[str] = frozenset({"Ortszeit", "local time"})


# ---- words that refer to a time without naming it ---------------------------

#: Adverbs that point at the present, past or future of the text (TIMEX3
#: PRESENT_REF, PAST_REF, FUTURE_REF), or at the current year ("heuer",
#: Austrian and Bavarian). Only words that are temporal in (nearly) every
#: use: "nun", "bald", "aktuell" (also an adjective), "früher"/"später"
#: (comparatives), "damals", "bisher" and "einst" are left out (frequent,
#: and careful readers of news mostly leave them unmarked). "zuletzt" after
#: "nicht" ("nicht zuletzt", "not least") is not temporal (see patterns).
REF_ADVERBS: dict[str, str] = {
    "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
    "momentan": "PRESENT_REF", "gegenwärtig": "PRESENT_REF", "heutzutage": "PRESENT_REF",
    "künftig": "FUTURE_REF", "zukünftig": "FUTURE_REF", "demnächst": "FUTURE_REF",
    "zuletzt": "PAST_REF", "kürzlich": "PAST_REF", "jüngst": "PAST_REF", "unlängst": "PAST_REF",
    "heuer": "YEAR",
}
REF_ADVERBS_EN: dict[str, str] = {"currently": "PRESENT_REF", "recently": "PAST_REF", "nowadays": "PRESENT_REF"}

#: Fixed phrases with the same meaning (matched as written, and capitalised).
REF_PHRASES: dict[str, str] = {
    "im Moment": "PRESENT_REF", "zum jetzigen Zeitpunkt": "PRESENT_REF", "in Zukunft": "FUTURE_REF",
    "in Kürze": "FUTURE_REF", "vor kurzem": "PAST_REF", "vor Kurzem": "PAST_REF",
}
REF_PHRASES_EN: dict[str, str] = {"at the moment": "PRESENT_REF", "in the future": "FUTURE_REF"}

# ---- holidays and named periods ------------------------------------------------

#: Holidays -> ("fixed", month, day) or ("easter", days after Easter Sunday), or
#: None when the date depends on the country ("Nationalfeiertag").
HOLIDAYS: dict[str, tuple[str, int, int] | tuple[str, int] | None] = {
    "Weihnachten": ("fixed", 12, 25), "Heiligabend": ("fixed", 12, 24), "Heiligen Abend": ("fixed", 12, 24),
    "Silvester": ("fixed", 12, 31), "Neujahr": ("fixed", 1, 1), "Neujahrstag": ("fixed", 1, 1),
    "Allerheiligen": ("fixed", 11, 1), "Allerseelen": ("fixed", 11, 2), "Valentinstag": ("fixed", 2, 14),
    "Halloween": ("fixed", 10, 31), "Tag der Deutschen Einheit": ("fixed", 10, 3), "Maifeiertag": ("fixed", 5, 1),
    "Dreikönigstag": ("fixed", 1, 6), "Nationalfeiertag": None,
    "Ostern": ("easter", 0), "Ostersonntag": ("easter", 0), "Ostermontag": ("easter", 1),
    "Karfreitag": ("easter", -2), "Gründonnerstag": ("easter", -3), "Aschermittwoch": ("easter", -46),
    "Rosenmontag": ("easter", -48), "Christi Himmelfahrt": ("easter", 39), "Pfingsten": ("easter", 49),
    "Pfingstsonntag": ("easter", 49), "Pfingstmontag": ("easter", 50), "Fronleichnam": ("easter", 60),
}
HOLIDAYS_EN: dict[str, tuple[str, int, int] | tuple[str, int] | None] = {
    "Christmas": ("fixed", 12, 25), "Christmas Day": ("fixed", 12, 25), "Christmas Eve": ("fixed", 12, 24),
    "New Year's Day": ("fixed", 1, 1), "New Year's Eve": ("fixed", 12, 31), "Easter": ("easter", 0),
    "Good Friday": ("easter", -2), "Easter Monday": ("easter", 1), "Thanksgiving": None,
}

#: Named periods of several days: holidays, school holidays, Advent; no value
#: is computed (they differ by country and state), attrs ``holiday`` names them.
HOLIDAY_PERIODS: frozenset[str] = frozenset({
    "Sommerferien", "Winterferien", "Herbstferien", "Osterferien", "Pfingstferien",
    "Weihnachtsferien", "Semesterferien", "Faschingsferien", "Schulferien", "Ferien",
    "Feiertage", "Feiertagen", "Weihnachtsfeiertage", "Weihnachtsfeiertagen", "Osterfeiertage",
    "Osterfeiertagen", "Adventszeit", "Fastenzeit", "Karwoche", "Osterwoche", "Fasching", "Ramadan",
    "Weihnachtszeit", "Osterzeit",
})

#: "Wintermonate", "Sommermonaten": the season, as a period of months.
SEASON_MONTHS: dict[str, str] = {
    "Wintermonate": "WI", "Wintermonaten": "WI", "Sommermonate": "SU", "Sommermonaten": "SU",
    "Herbstmonate": "FA", "Herbstmonaten": "FA", "Frühjahrsmonate": "SP", "Frühjahrsmonaten": "SP",
    "Frühlingsmonate": "SP", "Frühlingsmonaten": "SP",
}

#: Compound nouns for a position in the current period -> (unit, mod):
#: "bis Jahresende", "zum Jahreswechsel", "Mitte der Woche" is a pattern.
PERIOD_NOUNS: dict[str, tuple[str, str | None]] = {
    "Jahresende": ("year", "END"), "Jahresendes": ("year", "END"), "Jahresanfang": ("year", "START"),
    "Jahresanfangs": ("year", "START"), "Jahresbeginn": ("year", "START"), "Jahresbeginns": ("year", "START"),
    "Jahresmitte": ("year", "MID"), "Jahreswechsel": ("year", "END"), "Jahreswechsels": ("year", "END"),
    "Monatsende": ("month", "END"), "Monatsendes": ("month", "END"), "Monatsanfang": ("month", "START"),
    "Monatsbeginn": ("month", "START"), "Monatsmitte": ("month", "MID"),
    "Wochenmitte": ("week", "MID"), "Wochenbeginn": ("week", "START"), "Wochenanfang": ("week", "START"),
    "Wochenende": ("weekend", None), "Wochenendes": ("weekend", None), "Wochenenden": ("weekend", None),
}

#: "im Vorjahr", "in der Vorwoche": the unit before the anchor's.
PREVIOUS_UNITS: dict[str, str] = {
    "Vorjahr": "year", "Vorjahres": "year", "Vormonat": "month", "Vormonats": "month",
    "Vorwoche": "week",
}

#: Days named from another day of the text, not from the anchor ("am Vortag",
#: "am Tag darauf"): offset in days; the value stays open (``reference: "text"``).
ANAPHORIC_DAYS: dict[str, int] = {
    "am Vortag": -1, "am Vorabend": -1, "am Tag zuvor": -1, "am Tag davor": -1, "tags zuvor": -1,
    "am Folgetag": 1, "am Tag darauf": 1, "am Tag danach": 1, "tags darauf": 1,
    "am nächsten Tag": 1, "am folgenden Tag": 1, "am darauffolgenden Tag": 1,
    "am selben Tag": 0, "am gleichen Tag": 0, "am selben Abend": 0, "am gleichen Abend": 0,
}
ANAPHORIC_DAYS_EN: dict[str, int] = {
    "the day before": -1, "the next day": 1, "the following day": 1, "the same day": 0,
}

#: Parts of the day -> TIMEX3 code ("am Vormittag", "gestern Abend").
PARTS_OF_DAY: dict[str, str] = {
    "Morgen": "MO", "Vormittag": "MO", "Mittag": "MI", "Nachmittag": "AF", "Abend": "EV", "Nacht": "NI",
    "Früh": "MO",
}

#: Units of a duration ("seit zehn Jahren", "für zwei Wochen", "24 Stunden")
#: -> (TIMEX3 letter, multiplier, unit): "Halbjahr" is six months.
DURATION_UNITS: dict[str, tuple[str, int, str]] = {
    "Minute": ("TM", 1, "minute"), "Minuten": ("TM", 1, "minute"),
    "Stunde": ("TH", 1, "hour"), "Stunden": ("TH", 1, "hour"),
    "Tag": ("D", 1, "day"), "Tage": ("D", 1, "day"), "Tagen": ("D", 1, "day"),
    "Woche": ("W", 1, "week"), "Wochen": ("W", 1, "week"),
    "Monat": ("M", 1, "month"), "Monate": ("M", 1, "month"), "Monaten": ("M", 1, "month"),
    "Quartal": ("M", 3, "month"), "Quartale": ("M", 3, "month"), "Quartalen": ("M", 3, "month"),
    "Halbjahr": ("M", 6, "month"), "Halbjahre": ("M", 6, "month"), "Halbjahren": ("M", 6, "month"),
    "Jahr": ("Y", 1, "year"), "Jahre": ("Y", 1, "year"), "Jahren": ("Y", 1, "year"),
    "Jahrzehnt": ("DE", 1, "decade"), "Jahrzehnte": ("DE", 1, "decade"), "Jahrzehnten": ("DE", 1, "decade"),
    "Jahrhundert": ("CE", 1, "century"), "Jahrhunderte": ("CE", 1, "century"),
    "Jahrhunderten": ("CE", 1, "century"),
}

# ---- a bare four-digit number: year or count? ------------------------------------

#: Capitalised words before a number that do not make it a year: it is a
#: position, page or count ("Platz 2015", "Seite 1999", "Nummer 2010").
YEAR_NOUN_STOP: frozenset[str] = frozenset({
    "Platz", "Seite", "Seiten", "Nummer", "Nr", "Zimmer", "Paragraf", "Paragraph", "Artikel", "Art",
    "Absatz", "Abs", "Rang", "Linie", "Flug", "Bus", "Route", "Tel", "Telefon", "Fax", "PLZ",
    "Postleitzahl", "Gruppe", "Kapitel", "Band", "Heft", "Ausgabe", "Folge", "Punkt", "Punkte",
    "Stufe", "Level", "Code", "Konto", "Position", "Tabelle", "Abbildung", "Version", "Modell",
    "Typ", "Klasse", "Raum", "Haus", "Halle", "Saal", "Tor", "Gleis", "Zug", "Bundesstraße", "Höhe",
    "Summe", "Insgesamt", "Rund", "Etwa", "Über", "Fast", "Knapp", "Nur", "Mehr", "Weitere",
    "Abschnitt", "Ziffer", "Anlage", "Anhang", "Zeile", "Spalte", "Randnummer", "Rn", "Rz", "Blatt", "Akte",
    "Aktenzeichen", "Az", "Drucksache", "Zahl", "Wert", "Betrag", "Index", "Startnummer", "Hausnummer",
    "Kilometer", "Meter", "Zimmernummer", "Nummern", "Kennzahl", "Gesamt", "Bis", "Von", "Auf", "Mal",
})

#: Lowercase words before a number that make it a count ("rund 2015", "die 2019").
QUANTITY_BEFORE: frozenset[str] = frozenset({
    "rund", "etwa", "ca", "circa", "über", "mehr", "als", "knapp", "fast", "bis", "zu", "nur", "insgesamt",
    "weitere", "weiteren", "exakt", "genau", "ganze", "gerade", "mindestens", "höchstens", "maximal",
    "nahezu", "beinahe", "gut", "je", "pro", "auf", "von", "die", "der", "den", "das", "dem", "des", "diese",
    "alle", "sämtliche", "unter", "zirka", "and", "und", "oder", "or", "plus", "minus", "mal", "x",
    "ungefähr", "the", "some", "about", "nearly", "almost", "over", "nr", "no", "seite", "platz",
})

#: Lowercase words right after a number that make it a count or a measure.
COUNT_AFTER: frozenset[str] = frozenset({
    "und", "oder", "bis", "plus", "minus", "mal", "x", "km", "m", "kg", "t", "g", "l", "cm", "mm", "ha",
    "mio", "mrd", "weitere", "weiteren", "neue", "neuen", "zusätzliche", "zusätzlichen", "andere",
    "anderen", "mehr", "weniger", "davon", "stück", "pro", "je", "prozent", "euro", "dollar",
    "and", "or", "to", "more", "new", "other", "people", "per",
})

#: Finite verbs after which a bare number, followed by a lowercase word or
#: punctuation, is a year ("Er wurde 1962 geboren", "Es gab 2019 Wahlen" is
#: excluded by the capitalised noun after it).
YEAR_VERBS: frozenset[str] = frozenset({
    "war", "wurde", "hatte", "ist", "hat", "wird", "gab", "kam", "lag", "begann", "endete", "starb",
    "trat", "stieg", "sank", "fiel", "gründete", "gewann", "verlor", "zog", "ging", "erschien",
    "erhielt", "heiratete", "übernahm", "verließ", "kehrte", "brachte", "erreichte", "wechselte",
    "was", "became", "died", "won", "lost", "joined", "left", "founded", "moved",
})

# ---- tense cues (for "am Montag" and year-less dates) ---------------------------

#: Finite forms that put a clause in the past (auxiliaries, frequent strong
#: and weak preterites; the weak preterites of the speech verbs are added in
#: ``tense``). "sollte", "wollte" are left out: often a past plan for the future.
TENSE_PAST: frozenset[str] = frozenset({
    "war", "waren", "warst", "wurde", "wurden", "hatte", "hatten", "gab", "kam", "kamen", "ging", "gingen",
    "stand", "standen", "fand", "fanden", "hielt", "hielten", "traf", "trafen", "nahm", "nahmen",
    "sprach", "sprachen", "gewann", "gewannen", "verlor", "verloren", "starb", "starben", "fiel", "fielen",
    "rief", "riefen", "wies", "ließ", "ließen", "zog", "zogen", "bat", "baten", "beschloss", "beschlossen",
    "entschied", "entschieden", "begann", "begannen", "blieb", "blieben", "lag", "lagen", "brachte",
    "brachten", "dachte", "nannte", "nannten", "trat", "traten", "schrieb", "schrieben", "sah", "sahen",
    "stieg", "stiegen", "sank", "sanken", "verließ", "verließen", "erschien", "erschienen", "erhielt",
    "erhielten", "empfing", "empfingen", "wusste", "konnte", "konnten", "musste", "mussten", "durfte",
    "durften", "tat", "taten", "lief", "liefen", "flog", "flogen", "fuhr", "fuhren", "schlug", "schlugen",
    "verbot", "verboten", "bot", "boten", "sprang", "gelang", "gelangen", "geschah", "verkündete",
    "unterzeichnete", "unterzeichneten", "legte", "legten", "stellte", "stellten", "machte", "machten",
    "führte", "führten", "zeigte", "zeigten", "setzte", "setzten", "folgte", "folgten", "meldete",
    "meldeten", "landete", "landeten", "startete", "starteten", "eröffnete", "eröffneten",
    "gaben", "hieß", "hießen", "schien", "schienen", "trug", "trugen", "hob", "hoben", "half", "halfen", "schloss",
    "schlossen", "floh", "flohen", "griff", "griffen", "stieß", "galt", "galten", "lud", "luden", "wuchs", "warf",
    "warfen", "schoss", "schossen", "erlitt", "erlitten", "gelangte", "reiste", "reisten", "wählte", "wählten",
    "was", "were", "had", "did", "said", "told", "announced", "met", "came", "went",
})

#: Finite forms that put a clause in the future (or a plan): auxiliaries and modals.
TENSE_FUTURE: frozenset[str] = frozenset({
    "wird", "werden", "werde", "wirst", "werdet", "soll", "sollen", "solle", "will", "wollen", "wolle",
    "plant", "planen", "plane", "dürfte", "dürften", "möchte", "möchten", "beabsichtigt",
    "will", "shall", "plans", "intends",
})

#: Perfect auxiliaries: with a participle in the clause they make it past ("hat ... vorgelegt").
PERFECT_AUX: frozenset[str] = frozenset({
    "hat", "haben", "habe", "hätten", "hätte", "ist", "sind", "sei", "seien", "hast", "bin",
    "has", "have",
})

#: Words that open a subordinate clause (its finite verb stands last).
SUBORDINATORS: frozenset[str] = frozenset({
    "dass", "weil", "wenn", "ob", "als", "nachdem", "bevor", "sobald", "während", "damit", "obwohl",
    "wo", "wie", "der", "die", "das", "den", "dem", "deren", "dessen", "welche", "welcher", "welches",
})

#: Lowercase words that end like a finite verb but are not one.
NOT_VERBS: frozenset[str] = frozenset({
    "nicht", "jetzt", "erst", "zuletzt", "bereits", "selbst", "meist", "nächst", "gut", "seit", "bereit",
    "heute", "morgen", "gestern", "insgesamt", "zunächst", "fast", "oft", "sonst", "längst", "bisher",
    "stets", "recht", "mit", "weit", "samt", "laut", "halt", "schnellstmöglich", "spät", "wert",
    "derzeit", "zurzeit", "unten", "oben", "hinten", "vorn", "vorne", "innen", "außen", "wegen",
    "gegen", "ohne", "unter", "über", "nach", "vor", "zwischen", "neben", "einen", "keinen", "seinen",
    "ihren", "unseren", "allen", "denen", "deren", "diesen", "jenen", "welchen", "ersten", "letzten",
    "anderen", "beiden", "vielen", "wenigen", "mehreren", "einigen", "eigenen", "ganzen", "neuen",
})
