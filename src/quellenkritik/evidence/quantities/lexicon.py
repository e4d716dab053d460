"""Cue words of the quantities stage, German first, English next: the one data module.

Every list is neutral (it describes how numbers are written, never who writes
them) and is compiled into regular expressions by :mod:`.patterns`. Multiword
entries use single spaces; the patterns accept any whitespace between words.

- ``BOUNDS``: the words of the ``bound`` attribute (the gold annotation's vocabulary).
- ``HEDGES``: words before a number that bound it -> the ``bound`` attribute;
  ``NEAR_HEDGES`` ("knapp", "gut") -> ``near``; ``PREPOSITION_GOVERNORS`` /
  ``PREPOSITION_VERBS``: "über" that is a preposition ("verfügen über 180").
- ``SCALES``: scale words after a number ("5 Millionen") -> a multiplier.
- ``CURRENCIES``: currency words and signs -> ISO 4217 code (``unit`` of MONEY).
- ``PERCENT_UNITS``: percent and percentage-point words -> "%" / "pp".
- ``MEASURE_UNITS``: units of measure and duration -> a short unit code.
- ``VAGUE``: vague counts ("Dutzende") -> the lower bound they imply (value, at_least).
- ``HALF_WORDS`` / ``HALF_ADJECTIVES``: "anderthalb", "zweieinhalb", "ein halbes Jahr".
- ``COMPOUND_SUFFIXES``: stems written onto a number ("45-jährige", "zweiwöchig").
- ``FRACTIONS``: fraction nouns ("Drittel") -> the fraction's denominator.
- ``PER_ALONE`` / ``PER_ITEM`` / ``PER_TIME``: "pro Stück", "each", "pro Jahr": a unit
  price or a rate. "Billion" (capitalised, German) is 10^12, "billion" 10^9.
- ``IDENTIFIER_BEFORE`` (``_DIGITS``): words after which a number is a name ("Artikel 5").
- ``REFERENCE_CUES`` / ``STREET_ENDINGS``: phone, account, case and reference numbers,
  postcodes: numbers that name (patterns.IDENTIFIER_ZONE).
- ``PART_CUES``: "darunter zwei": the number counts part of a previous one.
- ``CHANGE_UP`` / ``CHANGE_DOWN``: direction words near a percentage change.
"""

from __future__ import annotations

#: the words of the ``bound`` attribute: the annotation vocabulary of the gold data
#: (exact: no hedge; range: "10 bis 12"; at_least also for vague counts, "Tausende").
BOUNDS: tuple[str, ...] = ("exact", "about", "more_than", "less_than", "at_most", "at_least", "range")

#: hedge phrase -> bound (one of ``BOUNDS``). Longest phrases win ("nicht mehr als" before
#: "mehr als"). "knapp 400" is less_than 400, "gut 1,8 Billionen" more_than: close to the
#: value, which ``NEAR_HEDGES`` records (attr ``near``).
HEDGES: dict[str, str] = {
    # at_most
    "bis zu": "at_most", "höchstens": "at_most", "maximal": "at_most", "nicht mehr als": "at_most",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most", "a maximum of": "at_most",
    # more_than
    "mehr als": "more_than", "über": "more_than", "weit über": "more_than", "gut über": "more_than",
    "knapp über": "more_than", "etwas mehr als": "more_than", "etwas über": "more_than",
    "gut": "more_than", "weit mehr als": "more_than", "deutlich mehr als": "more_than",
    "more than": "more_than", "over": "more_than", "just over": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "slightly more than": "more_than",
    "well over": "more_than",
    # less_than
    "weniger als": "less_than", "unter": "less_than", "less than": "less_than",
    "fewer than": "less_than", "under": "less_than", "knapp unter": "less_than",
    "etwas weniger als": "less_than", "knapp weniger als": "less_than",
    "knapp": "less_than", "fast": "less_than", "beinahe": "less_than", "nahezu": "less_than",
    "almost": "less_than", "nearly": "less_than", "just under": "less_than",
    "close to": "less_than", "slightly less than": "less_than",
    # about
    "etwa": "about", "rund": "about", "ca.": "about", "circa": "about", "zirka": "about",
    "ungefähr": "about", "annähernd": "about", "schätzungsweise": "about", "geschätzt": "about",
    "about": "about", "around": "about", "some": "about", "roughly": "about",
    "approximately": "about", "an estimated": "about", "approx.": "about",
    # at_least
    "mindestens": "at_least", "wenigstens": "at_least", "at least": "at_least",
    "a minimum of": "at_least", "ab": "at_least",
}
#: hedges that put the value close to the bound ("knapp 400": a little under 400): attr
#: ``near``; the checks read "near" as within 10 % of the value.
NEAR_HEDGES: frozenset[str] = frozenset({
    "knapp", "fast", "beinahe", "nahezu", "knapp über", "knapp unter", "knapp weniger als",
    "etwas mehr als", "etwas über", "etwas weniger als", "gut", "gut über", "almost", "nearly",
    "just under", "close to", "just over", "slightly more than", "slightly less than"})
#: German nouns after which "über" is the preposition they govern, not a bound: "ein Kredit
#: über 500 Millionen Dollar" (word starts, right before "über").
PREPOSITION_GOVERNORS: tuple[str, ...] = (
    "Rechnung", "Scheck", "Kredit", "Darlehen", "Vertrag", "Verträge", "Auftrag",
    "Aufträge", "Bürgschaft", "Anleihe", "Überweisung", "Strafbefehl", "Bescheid", "Forderung",
    "Klage", "Gutschein", "Bestellung", "Spende", "Wechsel", "Police", "Zahlungsbefehl",
)
#: verbs that govern "über" anywhere earlier in the clause: "verfügen die Streitkräfte
#: über 180 Maschinen" (possession, not "more than"); word starts.
PREPOSITION_VERBS: tuple[str, ...] = ("verfüg",)

#: hedges that are also ordinary prepositions or words ("eine Rechnung über 396,67 Euro",
#: "ab 3,5"): a bound only before a whole number ("über 5 Millionen"), never before decimals.
AMBIGUOUS_HEDGES: frozenset[str] = frozenset({"über", "unter", "over", "under", "some"})

#: scale word -> multiplier.
SCALES: dict[str, float] = {
    "Tausend": 1e3, "tausend": 1e3, "Tsd.": 1e3,
    "Million": 1e6, "Millionen": 1e6, "Mio.": 1e6, "Mio": 1e6,
    "Milliarde": 1e9, "Milliarden": 1e9, "Mrd.": 1e9, "Mrd": 1e9,
    "Billion": 1e12, "Billionen": 1e12, "Bio.": 1e12,
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "trillions": 1e12,
}
#: scale letters written onto a currency amount ("$5bn", "€3m"): only after a currency sign.
ATTACHED_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}

#: currency word or sign -> ISO 4217 code.
CURRENCIES: dict[str, str] = {
    "Euro": "EUR", "Euros": "EUR", "€": "EUR", "EUR": "EUR", "euro": "EUR", "euros": "EUR",
    "Dollar": "USD", "Dollars": "USD", "US-Dollar": "USD", "US-Dollars": "USD", "$": "USD",
    "US$": "USD", "USD": "USD", "dollar": "USD", "dollars": "USD", "US dollars": "USD",
    "Pfund": "GBP", "Pfund Sterling": "GBP", "£": "GBP", "GBP": "GBP", "pound": "GBP",
    "pounds": "GBP", "pounds sterling": "GBP",
    "Franken": "CHF", "Schweizer Franken": "CHF", "CHF": "CHF", "Swiss francs": "CHF",
    "francs": "CHF",
    "Rubel": "RUB", "RUB": "RUB", "₽": "RUB", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB",
    "Hrywnja": "UAH", "Hrywnjas": "UAH", "Hrywen": "UAH", "Griwna": "UAH",
    "Griwen": "UAH", "UAH": "UAH", "₴": "UAH", "hryvnia": "UAH", "hryvnias": "UAH",
    "Yuan": "CNY", "Renminbi": "CNY", "CNY": "CNY", "yuan": "CNY",
    "Yen": "JPY", "JPY": "JPY", "¥": "JPY", "yen": "JPY",
    "Złoty": "PLN", "Zloty": "PLN", "PLN": "PLN", "zloty": "PLN",
    "Lira": "TRY", "TRY": "TRY", "lira": "TRY",
    "Kronen": "SEK", "SEK": "SEK",
    "Rupien": "INR", "INR": "INR", "rupees": "INR",
}
#: hundredths of a currency after a number: MONEY with the number as written and the unit
#: "<ISO>/100" ("75 Cent" -> 75 "EUR/100", "50 Rappen" -> 50 "CHF/100"), as the annotation guide
#: keeps values as written.
CURRENCY_SUBUNITS: dict[str, str] = {
    "Cent": "EUR/100", "Cents": "EUR/100", "Eurocent": "EUR/100", "Eurocents": "EUR/100", "Euro-Cent": "EUR/100",
    "Rappen": "CHF/100", "Kopeken": "RUB/100", "Pence": "GBP/100",
}
#: currencies that may stand before the number ("$5", "€ 3,50", "USD 12").
CURRENCY_PREFIXES: tuple[str, ...] = ("US$", "$", "€", "£", "¥", "₽", "₴", "EUR", "USD", "GBP", "CHF")

PERCENT_UNITS: dict[str, str] = {
    "Prozent": "%", "%": "%", "percent": "%", "per cent": "%", "vH": "%", "v. H.": "%",
    "Prozentpunkte": "pp", "Prozentpunkten": "pp", "percentage points": "pp",
    "percentage point": "pp",
}

#: unit word -> unit code (QUANTITY). Durations included: "in 24 Stunden".
MEASURE_UNITS: dict[str, str] = {
    "km": "km", "Kilometer": "km", "Kilometern": "km", "kilometres": "km", "kilometers": "km",
    "m": "m", "Meter": "m", "Metern": "m", "metres": "m", "meters": "m",
    "cm": "cm", "mm": "mm", "Zentimeter": "cm", "Millimeter": "mm",
    "Zoll": "in", "inches": "in",
    "Meilen": "mi", "miles": "mi", "mi": "mi",
    "km²": "km2", "Quadratkilometer": "km2", "Quadratkilometern": "km2",
    "square kilometres": "km2", "square kilometers": "km2", "square miles": "mi2",
    "Hektar": "ha", "ha": "ha", "hectares": "ha",
    "kg": "kg", "Kilogramm": "kg", "Kilo": "kg", "kilograms": "kg", "kilos": "kg",
    "g": "g", "Gramm": "g", "grams": "g",
    "t": "t", "Tonnen": "t", "Tonne": "t", "tonnes": "t", "tons": "t",
    "l": "l", "Liter": "l", "Litern": "l", "litres": "l", "liters": "l",
    "Barrel": "bbl", "barrels": "bbl",
    "KB": "kB", "kB": "kB", "MB": "MB", "GB": "GB", "TB": "TB", "Kilobyte": "kB",
    "GHz": "GHz", "MHz": "MHz", "Gigahertz": "GHz", "Megahertz": "MHz",
    "Megabyte": "MB", "Gigabyte": "GB", "Terabyte": "TB", "MBit/s": "Mbit/s", "Mbit/s": "Mbit/s",
    "km/h": "km/h", "Stundenkilometer": "km/h", "mph": "mph",
    "Grad": "deg", "°C": "°C", "Grad Celsius": "°C", "degrees": "deg",
    "MW": "MW", "Megawatt": "MW", "GW": "GW", "Gigawatt": "GW",
    "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh",
    "Kilowattstunden": "kWh", "Megawattstunden": "MWh", "Terawattstunden": "TWh",
    "Sekunden": "s", "Sekunde": "s", "seconds": "s",
    "Minuten": "min", "Minute": "min", "minutes": "min",
    "Stunden": "h", "Stunde": "h", "hours": "h",
    "Tage": "d", "Tagen": "d", "Tag": "d", "days": "d",
    "Wochen": "wk", "Woche": "wk", "weeks": "wk",
    "Monate": "mo", "Monaten": "mo", "Monat": "mo", "months": "mo",
    "Jahre": "yr", "Jahren": "yr", "Jahr": "yr", "years": "yr",
}

#: vague count word -> the smallest number it implies ("Dutzende": at least a dozen):
#: ``value`` with bound "at_least" and ``vague: true``.
VAGUE: dict[str, int] = {
    "Dutzende": 12, "Dutzenden": 12, "Hunderte": 100, "Hunderten": 100,
    "Tausende": 1000, "Tausenden": 1000, "Abertausende": 1000, "Abertausenden": 1000,
    "Zehntausende": 10000, "Zehntausenden": 10000, "Zigtausende": 10000, "Zigtausenden": 10000,
    "Hunderttausende": 100000, "Hunderttausenden": 100000,
    "dozens": 12, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000,
    "hundreds of thousands": 100000, "Dozens": 12, "Hundreds": 100, "Thousands": 1000,
    "Tens of thousands": 10000, "Hundreds of thousands": 100000,
}
#: vague words that are also scales: a vague count alone, a scale after a number.
VAGUE_SCALES: dict[str, int] = {"Millionen": 1_000_000, "Milliarden": 1_000_000_000,
                                "millions": 1_000_000, "billions": 1_000_000_000}

#: fraction noun -> denominator (numerator from the number word before it).
FRACTIONS: dict[str, int] = {
    "Hälfte": 2, "Drittel": 3, "Viertel": 4, "Fünftel": 5, "Zehntel": 10,
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
}
#: words before a fraction noun -> numerator ("die", "der", "zur" only before "Hälfte").
FRACTION_NUMERATORS: dict[str, int] = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "die": 1, "der": 1, "zur": 1,
    "zwei": 2, "drei": 3, "vier": 4,
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4,
}

#: word-level number words (without "ein"/"one": an article unless a scale follows).
NUMBER_WORD_STEMS_DE: tuple[str, ...] = (
    "eins", "zwei", "zwo", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
    "elf", "zwölf", "sech", "sieb", "zwan", "zig", "ßig", "hundert", "tausend", "und", "ein",
)
NUMBER_WORDS_EN: tuple[str, ...] = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
)
#: "anderthalb" and "<number word>einhalb" ("zweieinhalb" = 2.5): a number word plus one half.
HALF_WORDS: dict[str, float] = {"anderthalb": 1.5, "eineinhalb": 1.5}
HALF_SUFFIX = "einhalb"
#: "ein halbes Jahr", "eine halbe Million": 0.5 before a unit or scale.
HALF_ADJECTIVES: tuple[str, ...] = ("halb", "halbe", "halbes", "halben", "halber", "halbem")
#: article-like words that count as 1 only before a scale or "Dutzend" ("eine Million").
ONE_WORDS: tuple[str, ...] = ("ein", "eine", "einer", "einem", "einen", "a", "an", "one")
DOZEN: dict[str, int] = {"Dutzend": 12, "dozen": 12}

#: "pro"/"je"/"per" + noun (patterns.PER_AFTER) or one of these alone -> the ``per`` attribute.
PER_ALONE: dict[str, str] = {"each": "each", "apiece": "each", "das Stück": "Stück", "pro Kopf": "Kopf",
                             "jährlich": "Jahr", "monatlich": "Monat", "täglich": "Tag",
                             "annually": "year", "monthly": "month", "daily": "day"}
#: ``per`` values that make an amount a price of one item (as opposed to a rate in time).
PER_ITEM: frozenset[str] = frozenset({"Stück", "Stk.", "Einheit", "Exemplar", "Schuss",
                                      "each", "unit", "piece", "item", "round"})
#: ``per`` values that are time rates ("pro Jahr"): never treated as unit prices.
PER_TIME: frozenset[str] = frozenset({"Jahr", "Monat", "Woche", "Tag", "Stunde", "year", "month",
                                      "week", "day", "hour"})

#: a number right after one of these is a name or a reference, not a quantity.
IDENTIFIER_BEFORE: tuple[str, ...] = (
    "Nr.", "Nummer", "Artikel", "Art.", "Paragraf", "Paragraph", "§", "§§", "Seite", "S.",
    "Absatz", "Abs.", "Kapitel", "Platz", "Rang", "Gleis", "Linie", "Folge", "Staffel", "Band",
    "Heft", "Ausgabe", "Version", "Stufe", "Phase", "Runde", "Spieltag", "Zimmer", "Raum",
    "Block", "Gruppe", "Minute", "Windows", "Level", "Klasse", "Lektion", "Teil",
    "No.", "number", "article", "page", "section", "chapter", "season", "episode", "level",
    "phase", "round", "room", "gate", "line", "route", "Route", "Terminal", "terminal",
    "Jahrgang", "Baujahr",
)
#: as ``IDENTIFIER_BEFORE``, but only before digits ("Satz 2 GG"; "im Satz drei Matchbälle").
IDENTIFIER_BEFORE_DIGITS: tuple[str, ...] = (
    "Satz", "Ziffer", "Anlage", "Anhang", "Tabelle", "Abbildung", "Abb.", "Bild", "Foto", "Zeile",
    "Notruf", "Postfach", "Figure", "Table", "Fig.", "Kanal", "Lit.", "lit.",
)
#: capitalised words before "<digits>-<noun>" that are no name ("Die 3-Zimmer-Wohnung"); after
#: any other capitalised word the compound is part of a name ("Puls 4-Info").
NOT_NAME_BEFORE: frozenset[str] = frozenset("""Der Die Das Den Dem Des Ein Eine Einen Einem Einer
Eines Mit Von Vom Bei Beim Auf Um In Im An Am Nur Rund Über Für Nach Vor Zu Zur Zum Ab Bis Seit
Alle Jede Jeder Jedes Keine Kein Unsere Seine Ihre Diese Dieser Dieses Etwa Fast Knapp Gut""".split())

#: words after which a run of digits, letters and "/" is a number that names, not counts:
#: phone, account, case and reference numbers, postcodes (patterns.IDENTIFIER_ZONE).
#: Words ending in "nummer", "-Nr." or "zeichen" ("Kundennummer", "Aktenzeichen") count too.
REFERENCE_CUES: tuple[str, ...] = (
    "Tel.", "Tel", "Telefon", "Fax", "Mobil", "Handy", "Hotline", "Rufnummer", "Durchwahl",
    "Az.", "Az", "AZ", "Aktenzeichen", "Geschäftszahl", "GZ", "Gz.", "Zl.", "Geschäftszeichen",
    "IBAN", "BIC", "SWIFT", "BLZ", "Bankleitzahl", "Kto.", "Kto", "Konto-Nr.", "Kontonr.",
    "Steuer-ID", "USt-IdNr.", "UID", "HRB", "HRA", "FN", "PLZ", "Postleitzahl", "ISBN", "ISSN",
    "DOI", "Ref.", "Referenz", "Wallet", "Bitcoin-Adresse", "Wallet-Adresse", "Tel.-Nr.",
    "phone", "Phone", "tel.", "fax", "Case No.", "case no.", "ref.",
)

#: a street word before a house number: "Musterstraße 5, 10115 Berlin" holds a postcode.
STREET_ENDINGS: tuple[str, ...] = (
    "straße", "strasse", "str.", "gasse", "weg", "platz", "allee", "ring", "damm", "ufer",
    "chaussee", "markt", "steig", "graben", "kai", "zeile", "gürtel", "Straße", "Gasse", "Weg",
    "Platz", "Allee", "Ring", "Damm", "Ufer", "Markt",
)

#: adjective and noun stems written onto a number ("45-jähriger", "die 61-Jährige",
#: "zweiwöchigen", "12-seitigen") -> (label, unit, what). The number is the quantity.
COMPOUND_SUFFIXES: dict[str, tuple[str, str | None, str | None]] = {
    "jährig": ("QUANTITY", "yr", None), "Jährig": ("QUANTITY", "yr", "Jährige"),
    "monatig": ("QUANTITY", "mo", None), "wöchig": ("QUANTITY", "wk", None),
    "tägig": ("QUANTITY", "d", None), "stündig": ("QUANTITY", "h", None),
    "minütig": ("QUANTITY", "min", None), "sekündig": ("QUANTITY", "s", None),
    "seitig": ("CARDINAL", None, "Seiten"), "köpfig": ("CARDINAL", None, "Köpfe"),
    "teilig": ("CARDINAL", None, "Teile"), "stöckig": ("CARDINAL", None, "Stockwerke"),
    "geschossig": ("CARDINAL", None, "Geschosse"), "sitzig": ("CARDINAL", None, "Sitze"),
    "spurig": ("CARDINAL", None, "Spuren"), "gliedrig": ("CARDINAL", None, "Glieder"),
    "prozentig": ("PERCENT", "%", None), "karätig": ("CARDINAL", None, "Karat"),
}
#: endings of those stems: "-jährig", "-jährige", "-jährigen", ...
COMPOUND_ENDINGS: tuple[str, ...] = ("", "e", "en", "er", "es", "em")
#: number words that combine with the stems ("dreitägig"); "ein" only with a time stem
#: ("einjährig"), since "einseitig" means one-sided.
COMPOUND_WORD_TIME_STEMS: frozenset[str] = frozenset({"jährig", "Jährig", "monatig", "wöchig", "tägig",
                                                      "stündig", "minütig", "sekündig"})
#: a part after "<number>-" that makes the compound no quantity: a time ("13-Uhr-Nachrichten"),
#: a year, a single letter ("3-D").
COMPOUND_STOP: frozenset[str] = frozenset({"Uhr", "Jahrhundert", "Jahrhunderts", "Jahrestag",
                                           "Jahrgang", "fach", "fache", "fachen", "facher"})

#: before a count: it counts part of the previous quantity ("10 Flugzeuge, darunter zwei").
PART_LINKS: tuple[str, ...] = ("und", "sowie", "and", ",")
PART_CUES: tuple[str, ...] = ("darunter", "davon", "von ihnen", "von denen", "unter ihnen",
                              "including", "of them", "of which", "among them")

#: before a month name a day number is a date ("24. Januar", "January 24").
MONTHS: tuple[str, ...] = (
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
    "September", "Oktober", "November", "Dezember", "Jan.", "Feb.", "Febr.", "Mär.", "Apr.",
    "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Okt.", "Nov.", "Dez.",
    "January", "February", "March", "June", "July", "October", "December", "Oct.", "Dec.",
)
#: sentence openings that refer back to the previous sentence's figures ("Das entspricht").
BACK_REFERENCE: tuple[str, ...] = (
    "Das", "Dies", "Damit", "Somit", "Also", "Ein Plus", "Ein Minus", "Ein Anstieg",
    "Ein Rückgang", "Ein Zuwachs", "Eine Steigerung", "That", "This", "An increase", "A rise",
    "A drop", "A decline", "A fall",
)

#: words before "24." that make it an ordinal ("am 3. Tag") rather than a sentence end.
ORDINAL_BEFORE: tuple[str, ...] = ("am", "vom", "zum", "im", "beim", "der", "die", "das", "des",
                                   "dem", "den", "ihr", "ihre", "ihrem", "sein", "seine", "seinem",
                                   "bis", "ab", "seit", "Am", "Vom", "Zum", "Im", "Der", "Die",
                                   "Das", "Den", "Dem", "Seit", "Ab", "Bis")
#: before a number: time of day ("halb zwei", "Viertel nach drei").
TIME_BEFORE: tuple[str, ...] = ("halb", "Viertel vor", "Viertel nach", "viertel vor", "viertel nach",
                                "dreiviertel", "Dreiviertel")
#: hedges that make a year a date, not a figure, even before a noun ("ab 2017 Strom liefern").
YEAR_HEDGES: frozenset[str] = frozenset({"ab"})
#: after a number: time of day, not a quantity.
TIME_AFTER: tuple[str, ...] = ("Uhr", "a.m.", "p.m.", "o'clock")  # "am"/"pm": patterns.TIME_AMPM

#: words near a percentage that say which way a change went.
CHANGE_UP: tuple[str, ...] = (
    "mehr", "gestiegen", "steigt", "stieg", "stiegen", "erhöht", "erhöhte", "Anstieg", "Plus",
    "zugenommen", "gewachsen", "wuchs", "teurer", "höher", "Zuwachs", "Erhöhung", "gesteigert",
    "rise", "rose", "risen", "increase", "increased", "up", "more", "higher", "grew", "grown",
    "gain", "gained",
)
CHANGE_DOWN: tuple[str, ...] = (
    "weniger", "gesunken", "sinkt", "sank", "sanken", "gefallen", "fiel", "fielen", "Rückgang",
    "Minus", "abgenommen", "geschrumpft", "billiger", "niedriger", "gesenkt", "Senkung",
    "zurückgegangen", "eingebrochen", "fell", "fallen", "drop", "dropped", "decline", "declined",
    "down", "less", "fewer", "lower", "decrease", "decreased", "shrank",
)

#: ``what`` of a person's age ("der 78-jährige Rolf M.", "34 Jahre alt"): the number measures the age,
#: not the noun or name after it.
AGE_WHAT: dict[str, str] = {"de": "Alter", "en": "age"}
#: nouns of persons without a feminine form in the lexicon, after an age adjective ("45-jähriger Mann")
PERSON_NOUNS: frozenset[str] = frozenset("""Mann Frau Mädchen Junge Bub Kind Baby Säugling Person Mensch
Jugendliche Jugendlicher Jugendlichen Deutsche Deutscher Deutschen Angeklagte Angeklagter Angeklagten
Verdächtige Verdächtiger Verdächtigen Beschuldigte Beschuldigter Beschuldigten Verletzte Verletzter
Verletzten Tote Toter Verstorbene Verstorbener Verstorbenen Vermisste Vermisster Vermissten Teenager
Mutter Vater Sohn Tochter Bruder Schwester Witwe Witwer Senior Seniorin Greis Greisin""".split())

