"""Cue words and word lists of the knowledge-base entity matcher, in one place.

German first, English next. Every list is about the *form* of a name, never
about a side of a conflict: the same rules apply to every entry of the KB.
"""

from __future__ import annotations

import re

__all__ = [
    "LABELS",
    "SHORT_OK",
    "COMMON_WORDS",
    "CONTEXT_CUES",
    "REGION_WORDS",
    "GENITIVE_SUFFIXES",
    "ADJ_TOKEN",
    "ADJ_ENDINGS",
    "SOURCE_RANK",
    "PERSON_TITLES",
    "DISTRICT_WORDS",
    "CLUB_LETTERS",
    "club_before",
    "body_before",
    "ARTICLES",
]

#: German definite and indefinite articles (and English "the"), lower case: the words before a noun
#: that a name in German seldom takes ("das Essen", "Die US-...")
ARTICLES = frozenset("der die das den dem des ein eine einer eines einem einen the".split())

#: The entity labels of the ``entities`` layer.
LABELS = ("PER", "ORG", "LOC", "WEAPON", "MISC")

#: Aliases of at most three characters are matched in running text only when
#: they are all uppercase ("AP", "FT", "EU", "US") or listed here.
SHORT_OK = frozenset({"Xi", "dpa", "Nato"})

#: Capitalised German/English words that are also names in the gazetteers
#: (cities, regions). They are kept in the KB for the resolver but never
#: matched on their own in running text: precision first; a statistical NER
#: can still propose them and have them linked.
COMMON_WORDS = frozenset({
    # German nouns, names and sentence-initial words that are also places
    "Essen", "Halle", "Hamm", "Bergen", "Worms", "Weiden", "Wesel", "Marl", "Hof", "Zug",
    "Lauf", "Stern", "Sonne", "Mitte", "Ost", "West", "Nord", "Süd", "Union", "Republik",
    "Kampf", "Frieden", "Staat", "Staaten", "Land", "Länder", "Stadt", "Region", "Gebiet",
    "Grad", "Tor", "Stadion", "Hafen", "Markt", "Kirchen", "Linden", "Aue", "Wissen", "Zeit", "Welt", "Bild", "Haus", "Leer", "Senden",
    "Roman", "Victoria", "Vitoria", "Santa", "San",
    "Sale", "Gold", "Mons", "Batman", "Bor", "Rat", "Namen", "Landes", "Rest", "Russen", "Matura",
    "Homo", "Lander", "Sparte", "Maus", "Magen", "Marken", "Dual", "Rast", "Horn", "Bann", "Hang",
    "Okay", "Monte", "Favoriten", "Martin", "Van", "Google", "Boku", "Mark", "Stein", "Berg",
    # historical or other-language names in GeoNames that are persons or organisations
    "Stalin", "Hamas", "Lenin", "Kirow", "Kirov", "Enterprise", "Chelsea", "Derby",
    # English words that are also places
    "Mobile", "Reading", "Bath", "Nice", "Split", "Orange", "Independence", "Concord",
    "Providence", "Surprise", "Florence", "Victory", "Pride", "Chester", "Temple", "Lincoln",
    "Kent", "Buffalo", "Irvine", "Eugene", "Jackson", "Columbia", "Madison", "Aurora",
    "Carmel", "Phoenix", "Dayton", "Norman", "Lawrence", "Warren", "Lafayette",
    "Sterling", "Plymouth", "Springfield", "Alexandria", "Troy", "Garden", "Live", "Star", "Post", "Mail", "Times", "News",
})

#: Words in the same sentence that make a context-dependent weapon alias
#: ("M30", "Taurus", "Gepard", "Marder") a weapon system ("needs_context" in the KB).
CONTEXT_CUES = frozenset({
    "Rakete", "Raketen", "Marschflugkörper", "Flugkörper", "Waffe", "Waffen", "Waffensystem",
    "Waffensysteme", "Munition", "Panzer", "Schützenpanzer", "Kampfpanzer", "Flugabwehr",
    "Luftabwehr", "Haubitze", "Haubitzen", "Artillerie", "Raketenwerfer", "Drohne", "Drohnen",
    "Lieferung", "Lieferungen", "geliefert", "liefern", "abgefeuert", "abgeschossen",
    "Armee", "Streitkräfte", "Militär", "Angriff", "Angriffe", "Beschuss", "HIMARS", "MLRS",
    "GMLRS", "Bundeswehr", "Front",
    "missile", "missiles", "rocket", "rockets", "weapon", "weapons", "munition", "munitions",
    "tank", "tanks", "launcher", "launchers", "artillery", "drone", "drones", "air defence",
    "air defense", "fired", "delivered", "strike", "strikes", "army", "military",
})

#: Words before a place name that prefer a region over a city of the same name
#: ("Region Charkiw", "im Gebiet Kursk").
REGION_WORDS = frozenset({"Region", "Gebiet", "Oblast", "Bezirk", "region", "oblast", "province", "Provinz"})

#: German genitive (and dative plural) endings accepted after a name: "Trumps",
#: "Moskaus", "Kiews", "des Kremls", "Weißen Hauses", "den Emiraten".
GENITIVE_SUFFIXES = ("s", "es", "n")

#: Non-final words of a multi-word alias that take German adjective endings
#: ("russische Verteidigungsministerium" also matches "russischen
#: Verteidigungsministeriums", "Vereinigte Staaten" "Vereinigten Staaten").
ADJ_TOKEN = re.compile(r"^(?:[a-zäöü]\w*|\w*(?:isch|al|ig|igt|lich|är|iv|ert|iert|ere|ale|eiß))(?:e|en|er|es|em)$")
ADJ_ENDINGS = ("e", "en", "er", "es", "em")

#: Priority of the sources of the KB when one alias names several entries
#: (lower wins): curated > ISO country > city (larger first) > ISO subdivision > Oryx model.
SOURCE_RANK = {"curated": 0, "iso3166-1": 1, "geonames": 2, "iso3166-2": 3, "oryx": 4}

#: Words after which a capitalised word is a person's name, not a place ("Frau Haag").
PERSON_TITLES = frozenset({"Frau", "Herr", "Herrn", "Dr", "Prof", "Mr", "Mrs", "Ms"})

#: Words after which a place name names a district the KB does not hold, not the
#: town ("Landkreis Celle", "Bezirk Graz-Umgebung").
DISTRICT_WORDS = frozenset({"Landkreis", "Landkreises", "Kreis", "Kreises", "Bezirk", "Bezirks", "Bezirkes",
                            "Kanton", "Kantons"})


#: Words that make a town's name the first word of a firm's ("Wien Energie", "Vienna Digital", "Berlin Partner").
FIRM_HEADS = frozenset("""Energie Energy Digital Holding Group Media Airlines Airways Partners Partner Capital Invest
Consulting Systems Solutions Technologies Software Pharma Linien Ventures Labs Werbung Tourismus""".split())

#: Words that make a town's name the last word of a body's or club's ("Statistik Austria", "Universität
#: Wien", "Rapid Wien", "Borussia Dortmund", "Dynamo Kiew"): the same list for every country.
BODY_BEFORE = frozenset("""Statistik Universität Uni Messe Stadtwerke Klinikum Landesklinikum Landeskrankenhaus
Rapid Austria Admira Sturm Bull Borussia Hertha Bayer Eintracht Werder Fortuna Union Dynamo Schachtar Lokomotive
Spartak Zenit Olympique Athletic Atlético Real Sporting Inter
Stiftung Quartett Quintett Trio Ensemble Chor Orchester Philharmonie Philharmoniker Symphoniker Sinfonieorchester
Kammerorchester Theater Staatstheater Staatsoper Library University College Museum Institute Flughafen Airport
Landeskriminalamt Landespolizeidirektion Bezirkshauptmannschaft Landesgericht Oberlandesgericht Landgericht Amtsgericht
Arbeitsgericht Verwaltungsgericht Landesverwaltungsgericht Staatsanwaltschaft Handelsgericht Bezirksgericht Finanzamt
Schloss Galerie Bank Banca Vereinigung Verband Verein Kammer Gesellschaft Akademie Hochschule Fachhochschule
Gewerkschaft Genossenschaft Sparkasse Volksbank Zoo Tiergarten Kapo Stapo Polizei""".split())
#: last parts of compounds that name a body, so the town after them is part of its name:
#: "Landesärztekammer Hessen", "Oberverwaltungsgericht Berlin", "Unternehmerverband Sachsen"
BODY_HEADS = ("gericht", "kammer", "verband", "vereinigung", "gesellschaft", "akademie", "hochschule", "kriminalamt",
              "polizei")


def body_before(word: str) -> bool:
    """A body's or club's word (:data:`BODY_BEFORE`, or a compound ending in :data:`BODY_HEADS`)."""
    return word in BODY_BEFORE or (len(word) > 8 and word[:1].isupper() and word.endswith(BODY_HEADS))

#: The letters of German-language sports clubs (and a number or up to two words after them) before
#: a town make the town part of the club's name: "LG Olympia Dortmund", "SFD 75 Düsseldorf-Süd",
#: "TSV 1860 München", "EHC Red Bull München", "1. FC Köln".
CLUB_LETTERS = frozenset("""LG SSC SFD TSV SV FC SC VfL VfB TuS TV SG ASV BSC LAC LC SpVgg FSV KSC HSV BV SSV ESV PSV
MTV VfR DJK TSG FV EHC ERC HC EC RB SK ASK ATSV USV SKN WAC GAK TSC RC""".split())
_CLUB_BEFORE = re.compile(r"(?<![\w-])(?:%s)(?: (?:[A-ZÄÖÜ][\w.]*|\d{2,4})){0,2} $" % "|".join(sorted(CLUB_LETTERS)))


def club_before(text: str, start: int) -> bool:
    """Whether a club's letters (:data:`CLUB_LETTERS`) stand before the word at ``start``."""
    return _CLUB_BEFORE.search(text, max(0, start - 40), start) is not None
