"""Cue lexicons for quotations, attributions and source types (data only).

Everything the ``speech`` component matches on lives here, so that the lists
can be read, reviewed and extended in one place. Rules for editing:

* Symmetric: a cue for one side of a conflict needs its counterpart for the
  other (Russian and Ukrainian outlets, parliaments, ministries alike).
  The lists describe *kinds* of sources, never which side is right.
* German first, English next. Matching is case-insensitive unless a list
  says otherwise. German stems match inside compounds
  ("ministeri" in "Verteidigungsministeriums").
* Verb forms are written out (no morphological analyser is loaded at run
  time; a few hundred forms compile into one fast regex).
"""

from __future__ import annotations

__all__ = [
    "QUOTE_PAIRS",
    "SPEECH_VERBS_DE",
    "SPEECH_VERBS_EN",
    "THINK_VERBS_DE",
    "THINK_VERBS_EN",
    "DECLINE_CUES",
    "SPLIT_VERBS_DE",
    "KONJUNKTIV_I",
    "KONJUNKTIV_SUBSTITUTES",
    "SOURCE_TYPES",
    "SOURCE_TYPE_ORDER",
    "SOURCE_TYPE_TOKENS",
    "PARTIES",
    "ANONYMOUS_CUES",
    "FIRST_PERSON",
    "STATES",
    "NONSUBJECT_OPENERS",
    "NP_STOP_WORDS",
    "NP_BAD_START",
    "NP_INNER_WORDS",
    "CLAUSE_CONJUNCTIONS",
    "EVENT_VERBS",
    "DATE_WORDS",
    "OPINION_PATTERNS",
    "weak_forms",
]


def weak_forms(stem: str, participle: bool = True) -> list[str]:
    """The finite forms (and the participle) of a regular German verb stem.

    ``weak_forms("sag")`` -> sage, sagen, sagt, sagte, sagten, sagtest, gesagt.
    Stems ending in -t/-d take the linking -e- ("behauptet", "meldete").
    Stems with an inseparable prefix or -ier get no "ge-" participle (their
    participle equals the 3rd person present, already listed).
    """
    link = "e" if stem.endswith(("t", "d")) or stem.endswith(("chn", "ffn", "tm")) else ""
    forms = [stem + "e", stem + "en", stem + link + "t", stem + link + "te", stem + link + "ten"]
    if participle and not stem.startswith(("be", "er", "ver", "ent", "zer", "emp", "ge", "miss", "über", "unter", "wider")) and not stem.endswith("ier"):
        forms.append("ge" + stem + link + "t")
    return forms


# --- Quotation marks: (opening, closing characters) -------------------------
#: German „…“ (also closed by ” or " in scraped text), ‚…‘, »…« and «…»,
#: ›…‹; English “…”, ”…” (Swedish/scraped) and ASCII "…"/'…' (handled with
#: extra context checks in ``patterns``).
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("„", "“”\""),
    ("‚", "‘’'"),
    ("»", "«"),
    ("«", "»"),
    ("›", "‹"),
    ("‹", "›"),
    ("“", "”“"),
    ("”", "”"),
    ("‘", "’"),
)

# --- Verbs of saying (introduce direct/indirect speech, attributions) -------
_SAY_WEAK_DE = (
    "sag", "erklär", "beton", "behaupt", "bericht", "meld", "bestätig", "dementier",
    "kritisier", "warn", "forder", "äußer", "ergänz", "erwider", "antwort", "erläuter",
    "versicher", "bekräftig", "verkünd", "schilder", "zitier", "kommentier", "informier",
    "präzisier", "argumentier", "mahn", "klag", "bemerk", "beklag", "erzähl", "frag",
    "beteuer", "verlautbar", "insistier", "prahl", "red", "verlang",
    "bezeichn", "registrier", "droh", "unterstell", "beziffer", "predig", "formulier", "appellier",
    "plädier", "bemängel", "monier", "beanstand", "prognostizier", "bilanzier", "resümier", "vermeld",
    "signalisier", "begründ", "verteidig", "lob", "begrüß", "konter", "skizzier", "spekulier",
    "berechn", "zweifel", "protestier", "beschwer", "schätz",
)
SPEECH_VERBS_DE: tuple[str, ...] = tuple(
    f for s in _SAY_WEAK_DE for f in weak_forms(s)
) + (
    # strong and irregular verbs, separable verbs as participles / split forms
    "schrieb", "schrieben", "schreibt", "geschrieben", "rief", "riefen", "ruft",
    "versprach", "versprachen", "verspricht", "versprochen", "widersprach", "widerspricht",
    "unterstrich", "unterstrichen", "unterstreicht", "sprach", "sprachen", "spricht",
    "hieß es", "heißt es", "gab an", "gaben an", "angegeben", "teilte mit", "teilten mit",
    "mitgeteilt", "teilt mit", "kündigte an", "kündigten an", "angekündigt", "räumte ein",
    "räumten ein", "eingeräumt", "gab zu", "gaben zu", "zugegeben", "wies darauf hin",
    "hingewiesen", "stellte klar", "klargestellt", "betonten", "verlautete", "verlautet",
    "meinte", "meinten", "meint", "sagt", "sagen", "sprechen", "erwiderte", "entgegnete",
    "entgegnet", "entgegneten", "gestand", "gestanden", "bekannte", "befand", "verwies",
    "bat", "baten", "bittet", "gebeten", "bekräftigte", "befahl", "befahlen", "befiehlt",
    "befohlen", "beschloss", "beschloß", "beschlossen", "nannte", "nannten", "nennt", "genannt",
    "fuhr fort", "fügte hinzu", "fügten hinzu", "hinzugefügt", "schrie", "schrien", "geschrien",
    # more strong and separable verbs of saying, claiming and announcing
    "beschreibt", "beschrieb", "beschrieben", "bestreitet", "bestreiten", "bestritt", "bestritten",
    "wirft vor", "werfen vor", "warf vor", "warfen vor", "vorgeworfen", "vorwirft", "vorwerfen", "vorwarf",
    "weist hin", "wies hin", "wiesen hin", "weist darauf hin", "wiesen darauf hin", "hinweist", "hinwies",
    "entschied", "entschieden", "entscheidet", "sprach sich aus", "sprachen sich aus", "spricht sich aus",
    "ausgesprochen", "aussprach", "ausspricht", "schloss nicht aus", "schließt nicht aus", "schlossen nicht aus",
    "hebt hervor", "hob hervor", "hoben hervor", "hervorgehoben", "hervorhob", "hervorhebt",
    "stellt fest", "stellte fest", "stellten fest", "festgestellt", "feststellt", "feststellte",
    "fordert auf", "forderte auf", "forderten auf", "aufgefordert", "auffordert", "aufforderte",
    "empfiehlt", "empfahl", "empfahlen", "empfohlen", "gibt zu bedenken", "gab zu bedenken", "gaben zu bedenken",
    "pflichtet bei", "pflichtete bei", "pflichteten bei", "beipflichtete", "hält fest", "hielt fest", "hielten fest",
    "festgehalten", "festhielt", "weist zurück", "wies zurück", "wiesen zurück", "zurückgewiesen", "zurückwies",
    "räumt ein", "stellt klar", "verweist", "verwiesen", "spricht von", "sprach von",
    "sprachen von", "legte nahe", "legt nahe", "deutete an", "deutet an", "angedeutet",
    "kündigt an", "teilte mit", "gab bekannt", "gibt bekannt", "bekanntgegeben", "bekannt gegeben",
    "schränkte ein", "schränkt ein", "eingeschränkt", "fügt hinzu", "geht davon aus", "ging davon aus",
    "gehen davon aus", "gingen davon aus", "zeigte sich", "zeigt sich", "zeigten sich",
    "wunderte sich", "wundert sich", "wundern sich", "gesteht", "wiederholte", "rechnet", "rechnete",
)
SPEECH_VERBS_EN: tuple[str, ...] = (
    "say", "says", "said", "tell", "tells", "told", "state", "states", "stated", "add", "adds",
    "added", "explain", "explains", "explained", "claim", "claims", "claimed", "report",
    "reports", "reported", "note", "notes", "noted", "warn", "warns", "warned", "argue",
    "argues", "argued", "write", "writes", "wrote", "announce", "announces", "announced",
    "insist", "insists", "insisted", "confirm", "confirms", "confirmed", "deny", "denies",
    "denied", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
    "assert", "asserts", "asserted", "stress", "stresses", "stressed", "emphasize",
    "emphasized", "emphasised", "reply", "replied", "replies", "answered",
    "told reporters", "maintained", "maintains", "alleged", "alleges", "testified",
)

# --- Verbs of thinking (introduce indirect thought with a complement) -------
THINK_VERBS_DE: tuple[str, ...] = tuple(
    f for s in ("glaub", "vermut", "befürcht", "fürcht", "hoff", "schätz", "erwart", "bezweifl", "überleg")
    for f in weak_forms(s)
) + ("denkt", "dachte", "dachten", "denken", "nimmt an", "nahm an", "nahmen an", "angenommen",
     "findet", "fand", "fanden", "weiß", "wusste", "wussten", "ist überzeugt", "sind überzeugt",
     "war überzeugt", "waren überzeugt")
THINK_VERBS_EN: tuple[str, ...] = (
    "think", "thinks", "thought", "believe", "believes", "believed", "hope", "hopes", "hoped",
    "fear", "fears", "feared", "expect", "expects", "expected", "estimate", "estimates",
    "estimated", "suspect", "suspects", "suspected", "doubt", "doubts", "doubted",
)

#: Separable verbs of saying whose particle closes the clause ("wirft ... vor", "gab ... zu
#: bedenken", "pflichtete ... bei"): particle -> finite forms. The contiguous forms are above.
SPLIT_VERBS_DE: dict[str, tuple[str, ...]] = {
    "vor": ("wirft", "werfen", "warf", "warfen"),
    "zu bedenken": ("gibt", "geben", "gab", "gaben"),
    "bei": ("pflichtet", "pflichten", "pflichtete", "pflichteten"),
    "fest": ("hält", "halten", "hielt", "hielten", "stellt", "stellen", "stellte", "stellten"),
    "zurück": ("weist", "weisen", "wies", "wiesen"),
    "hin": ("weist", "weisen", "wies", "wiesen"),
    "aus": ("geht", "gehen", "ging", "gingen", "schließt", "schließen", "schloss", "schlossen"),
    "ein": ("räumt", "räumen", "räumte", "räumten"),
    "an": ("kündigt", "kündigen", "kündigte", "kündigten", "deutet", "deuten", "deutete", "deuteten", "gibt", "gab", "gaben"),
    "mit": ("teilt", "teilen", "teilte", "teilten"),
    "hervor": ("hebt", "heben", "hob", "hoben"),
    "klar": ("stellt", "stellen", "stellte", "stellten"),
    "auf": ("ruft", "rufen", "rief", "riefen"),
    "bekannt": ("gibt", "geben", "gab", "gaben"),
    "ab": ("streitet", "streiten", "stritt", "stritten"),
}

#: "declined to comment": an attribution with a source and no content.
DECLINE_CUES: tuple[str, ...] = (
    r"lehnte\w*\s+(?:eine|jede)\s+Stellungnahme\s+ab", r"wollte\w*\s+sich\s+nicht\s+äußern",
    r"wollte\w*\s+(?:dies|das)\s+nicht\s+kommentieren", r"äußerte\w*\s+sich\s+nicht",
    r"ließ\w*\s+eine\s+Anfrage\s+\w*\s*unbeantwortet", r"declined\s+to\s+comment",
    r"did\s+not\s+(?:immediately\s+)?respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment",
    r"could\s+not\s+be\s+reached\s+for\s+comment", r"refused\s+to\s+comment",
)

#: Konjunktiv I forms that (almost) only occur in reported speech. 1st
#: person readings ("ich habe") are excluded by the caller.
KONJUNKTIV_I: tuple[str, ...] = (
    "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge",
    "wisse", "gebe", "liege", "stehe", "gehe", "komme", "bleibe", "lasse", "brauche",
    "verfüge", "plane", "handle", "strebe", "arbeite", "bestehe", "gelte", "sehe", "erwarte",
)
#: Konjunktiv II used in place of an ambiguous Konjunktiv I (after a cue only).
KONJUNKTIV_SUBSTITUTES: tuple[str, ...] = ("hätte", "hätten", "würde", "würden", "wäre", "wären", "könnten", "müssten", "sollten", "wollten")

# --- Source types ---------------------------------------------------------
#: ONE table: source type -> stems/phrases (lower case, matched anywhere in
#: the lower-cased source mention, so German compounds match). The types are
#: those of the project's annotation guide (../shared/data/qk-dev-gold/GUIDE.md):
#: official (government, ministry, state agency, army, police, office holder),
#: politician (party, parliament, opposition, candidate), media (outlet or
#: journalist), international (UN, NATO, EU bodies), expert (scientist, NGO,
#: think tank, lawyer), anonymous, author, other (citizen, company, church,
#: interest group). Checked in SOURCE_TYPE_ORDER; the first type with a hit
#: wins, except that a party marker beats "expert" ("SPD-Gesundheitsexperte")
#: and an office beats a party in brackets ("Minister X (CDU)"); see
#: :func:`.speakers.speaker_type`.
SOURCE_TYPES: dict[str, tuple[str, ...]] = {
    "anonymous": (
        "vertraute person", "vertrauten person", "vertraute kreise", "vertrauten kreisen",
        "insider", "quelle", "einer der personen", "eine der personen", "informant",
        "ungenannt", "anonym", "nicht genannt werden wollt", "familiar with", "one of the people",
        "people briefed", "sources", "source ", "insiders", "asked not to be named",
        "who asked not to be identified", "on condition of anonymity", "unnamed",
        "deep-state", "kreisen", "diplomatenkreis", "regierungskreis", "sicherheitskreis",
    ),
    "media": (
        "nachrichtenagentur", "agentur", "zeitung", "sender", "magazin", "medien", "bericht",
        "rundfunk", "fernseh", "portal", "news agency", "newspaper", "broadcaster", "outlet",
        "media", "reports", "report", "associated press", "financial times", "new york times",
        "washington post", "wall street journal", "al jazeera", "kyiv independent",
        "ukrainska pravda", "global times", "frankfurter allgemeine", "süddeutsche",
        "journalist", "reporter", "korrespondent", "correspondent", "redaktion", "blatt",
        "tagesspiegel", "podcast", "blogger", "kolumnist", "moderator",
    ),
    "international": (
        "vereinte nationen", "vereinten nationen", "united nations", "europäische union",
        "european union", "osze", "iaea", "internationale atomenergie",
        "weltbank", "world bank", "währungsfonds", "monetary fund", "weltgesundheits",
        "brics", "afrikanische union", "african union", "arabische liga", "arab league",
        "eu-kommission", "european commission", "un-", "allianz", "bündnis", "eu-",
        "europäische kommission", "europäischen kommission", "europaparlament", "europäische zentralbank",
        "unicef", "unhcr", "world health",
    ),
    "politician": (
        "partei", "fraktion", "abgeordnet", "parlament", "bundestag", "landtag", "nationalrat",
        "duma", "rada", "knesset", "unterhaus", "oberhaus", "föderationsrat", "gesetzgeber",
        "kongress", "congress", "lawmaker", "legislator", "parliament", "opposition", "party",
        "kandidat", "politiker", "politikerin", "vorsitzende des", "parteichef", "senator ",
        "house of representatives", "generalsekretär", "spitzenkandidat", "mandatar",
    ),
    "official": (
        "ministeri", "minister", "regierung", "präsident", "kanzler", "weißen haus",
        "weiße haus", "white house", "kreml", "kremlin", "botschafter", "sondergesandt",
        "gesandt", "außenamt", "auswärtige", "behörde", "geheimdienst", "sicherheitsrat",
        "sicherheitsdienst", "pentagon", "administration", "ministry", "government",
        "president", "spokesperson", "spokesman", "spokeswoman", "official", "beamte",
        "regierungssprecher", "intelligence", "department", "state department", "downing street",
        "élysée", "kanzleramt", "premier", "bürgermeister", "mayor", "gouverneur", "governor",
        "staatsanwalt", "prosecutor", "polizei", "police", "exekutive", "verwaltung", "sprecher des weißen",
        "senatorin", "senator", "senat", "staatssekretär", "staatsoberhaupt", "führung", "landrat",
        "stadtrat", "stadträt", "gemeinderät", "landrät", "gericht", "richter", "robert koch", "jugendamt", "gesundheitsamt",
        "bundesamt", "landesamt", "ministerpräsident", "kommission", "staatsführung", "machthaber",
        "staatschef", "regierungschef", "vizekanzler", "armee", "militär", "streitkräfte",
        "generalstab", "generalleutnant", "generalmajor", "oberbefehlshaber", "befehlshaber",
        "kommandeur", "kommando", "truppen", "brigade", "soldat", "offizier", "army", "military",
        "commander", "armed forces", "troops", "officer", "navy", "luftwaffe", "air force",
        "volksarmee", "treasurer", "secretary", "minister ", "chancellor", "general ", "generäle", "zentralbank", "notenbank", "statistikamt", "statistik austria",
        "bundesanstalt", "ministerium", "amt ", "amtes", "amts ",
    ),
    "expert": (
        "experte", "expertin", "analyst", "forscher", "wissenschaftler", "professor", "institut",
        "denkfabrik", "think tank", "stiftung", "organisation", "menschenrecht", "hilfswerk", "amnesty", "human rights watch",
        "rotes kreuz", "roten kreuzes", "red cross", "expert", "researcher", "scientist",
        "university", "universität", "hochschule", "ökonom", "economist", "virolog", "epidemiolog",
        "mediziner", "facharzt", "fachärzt", "arzt", "ärzt", "ärztin", "studie", "akademie", "jurist",
        "anwalt", "anwält", "staatsrechtler", "verfassungsrechtler", "politologe", "politikwissenschaftl",
        "historiker", "soziolog", "psycholog", "berater", "beraterin", "referent", "wohlfahrtsverband",
        "prof.", "dr.", "klinik", "bank", "mikrobiolog", "immunolog", "statistiker", "meinungsforsch", "umfrage",
    ),
    "other": (
        "chef", "geschäftsführer", "konzern", "unternehmen", "firma", "hersteller", "verband",
        "kirche", "diözese", "bistum", "pfarrer", "bischof", "bürger", "einwohner", "anwohner",
        "träger", "gewerkschaft", "betreiber", "veranstalter", "sprecher", "sprecherin", "vorstand",
        "manager", "gründer", "aktivist", "augenzeug", "zeuge", "bewohner", "company", "ceo",
        "händler", "verein", "club",
    ),
}
SOURCE_TYPE_ORDER: tuple[str, ...] = (
    "anonymous", "media", "international", "politician", "official", "expert", "other",
)
#: Party names and abbreviations (DE, AT, CH and the parties of other states
#: that German news names); a mention with one is a politician's unless it
#: holds an office. All parties alike; extend symmetrically.
PARTIES: frozenset[str] = frozenset("""
CDU CSU SPD FDP AfD Grüne Grünen Linke Linken BSW ÖVP SPÖ FPÖ NEOS BZÖ KPÖ Neos SVP FDP.Liberalen
Piraten Freie Wähler ÖDP Tories Labour Republikaner Demokraten PiS PO Fidesz Likud Fatah Hamas
Hisbollah Jabloko KPRF LDPR UMP LR RN PS PD Lega M5S PSOE PP Vox Syriza ND ANC
""".split())
#: Case-sensitive whole tokens (acronyms and outlet names) -> (type, state of
#: origin or None). Outlets of every side; extend symmetrically.
SOURCE_TYPE_TOKENS: dict[str, tuple[str, str | None]] = {
    # news agencies and outlets
    "AP": ("media", "US"), "Bloomberg": ("media", "US"), "CNN": ("media", "US"),
    "NYT": ("media", "US"), "WSJ": ("media", "US"), "Politico": ("media", "US"),
    "Axios": ("media", "US"), "Reuters": ("media", "GB"), "FT": ("media", "GB"),
    "BBC": ("media", "GB"), "Guardian": ("media", "GB"), "dpa": ("media", "DE"),
    "Spiegel": ("media", "DE"), "FAZ": ("media", "DE"), "ARD": ("media", "DE"),
    "ZDF": ("media", "DE"), "AFP": ("media", "FR"), "TASS": ("media", "RU"),
    "Tass": ("media", "RU"), "RIA": ("media", "RU"), "Interfax": ("media", "RU"),
    "RT": ("media", "RU"), "Sputnik": ("media", "RU"), "Kommersant": ("media", "RU"),
    "Iswestija": ("media", "RU"), "Ukrinform": ("media", "UA"), "UNIAN": ("media", "UA"),
    "Xinhua": ("media", "CN"), "CGTN": ("media", "CN"), "Yonhap": ("media", "KR"),
    "KCNA": ("media", "KP"), "KCNA.": ("media", "KP"), "IRNA": ("media", "IR"),
    "Anadolu": ("media", "TR"), "APA": ("media", "AT"), "SRF": ("media", "CH"),
    # multi-word outlet names (matched as substrings of the mention)
    "Associated Press": ("media", "US"), "New York Times": ("media", "US"),
    "Washington Post": ("media", "US"), "Wall Street Journal": ("media", "US"),
    "Financial Times": ("media", "GB"), "Al Jazeera": ("media", "QA"),
    "Kyiv Independent": ("media", "UA"), "Ukrainska Pravda": ("media", "UA"),
    "Russia Today": ("media", "RU"), "Global Times": ("media", "CN"),
    # international organisations
    "NATO": ("international", None), "Nato": ("international", None),
    "UN": ("international", None), "UNO": ("international", None),
    "EU": ("international", None), "G20": ("international", None),
    "G7": ("international", None), "OSZE": ("international", None),
    "OSCE": ("international", None), "IAEA": ("international", None),
    "IAEO": ("international", None), "IWF": ("international", None),
    "IMF": ("international", None), "WHO": ("international", None),
    "BRICS": ("international", None), "EZB": ("international", None), "ECB": ("international", None),
    "NGO": ("expert", None), "RKI": ("official", "DE"), "dts": ("media", "DE"), "KNA": ("media", "DE"), "epd": ("media", "DE"), "Kathpress": ("media", "AT"),
    "ORF": ("media", "AT"), "STANDARD": ("media", "AT"), "Standard": ("media", "AT"), "Focus": ("media", "DE"),
    "Bild": ("media", "DE"), "Welt": ("media", "DE"), "NDR": ("media", "DE"), "WDR": ("media", "DE"),
    "RFA": ("media", "US"), "Tagesspiegel": ("media", "DE"), "Stern": ("media", "DE"), "taz": ("media", "DE"),
    "RBB": ("media", "DE"), "MDR": ("media", "DE"), "BR": ("media", "DE"), "SWR": ("media", "DE"),
    "Meduza": ("media", "RU"), "Nowaja": ("media", "RU"), "Kyiv Post": ("media", "UA"),
}

#: Source phrases that make a mention anonymous whatever its type.
ANONYMOUS_CUES: tuple[str, ...] = SOURCE_TYPES["anonymous"]

#: First-person pronouns: a statement by the author ("wir", "I").
FIRST_PERSON: frozenset[str] = frozenset({"ich", "wir", "i", "we", "uns", "mir"})

# --- States: one table for every state ------------------------------------
#: ISO code -> adjective stems (German, English; declined endings are added by
#: the matcher), metonyms (capital, seat of government, parliament). Country
#: names in German and English come from babel (``Locale.territories``).
STATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "RU": (("russisch", "russian", "sowjetisch"), ("moskau", "moscow", "kreml", "kremlin", "staatsduma", "duma")),
    "UA": (("ukrainisch", "ukrainian"), ("kiew", "kyjiw", "kyiv", "kiev", "werchowna rada", "rada")),
    "US": (("us-", "amerikanisch", "us-amerikanisch", "american", "u.s."), ("washington", "weißen haus", "weiße haus", "white house", "pentagon", "kongress", "congress", "state department")),
    "KR": (("südkoreanisch", "south korean"), ("seoul",)),
    "KP": (("nordkoreanisch", "north korean"), ("pjöngjang", "pyongyang")),
    "CN": (("chinesisch", "chinese"), ("peking", "beijing")),
    "DE": (("deutsch", "german", "bundes"), ("berlin", "bundestag", "kanzleramt")),
    "FR": (("französisch", "french"), ("paris", "élysée")),
    "GB": (("britisch", "british"), ("london", "downing street")),
    "PL": (("polnisch", "polish"), ("warschau", "warsaw")),
    "BY": (("belarussisch", "weißrussisch", "belarusian"), ("minsk",)),
    "IL": (("israelisch", "israeli"), ("jerusalem", "knesset")),
    "PS": (("palästinensisch", "palestinian"), ("ramallah",)),
    "IR": (("iranisch", "iranian"), ("teheran", "tehran")),
    "TR": (("türkisch", "turkish"), ("ankara",)),
    "JP": (("japanisch", "japanese"), ("tokio", "tokyo")),
    "IN": (("indisch", "indian"), ("neu-delhi", "new delhi")),
    "AE": (("emiratisch", "emirati"), ("abu dhabi",)),
    "SA": (("saudisch", "saudi"), ("riad", "riyadh")),
    "IT": (("italienisch", "italian"), ("rom", "rome")),
    "AT": (("österreichisch", "austrian"), ("wien", "vienna")),
    "CH": (("schweizer", "swiss"), ("bern",)),
    "HU": (("ungarisch", "hungarian"), ("budapest",)),
    "SY": (("syrisch", "syrian"), ("damaskus", "damascus")),
    "GE": (("georgisch", "georgian"), ("tiflis", "tbilisi")),
    "MD": (("moldauisch", "moldovan"), ("chisinau", "chişinău")),
    "CA": (("kanadisch", "canadian"), ("ottawa",)),
    "TW": (("taiwanisch", "taiwanese"), ("taipeh", "taipei")),
}

# --- Phrase boundaries for source mentions -------------------------------
#: Words opening a German main clause that are not its subject: the subject
#: then follows the finite verb ("So erklärte Putin", "Am Montag sagte X").
NONSUBJECT_OPENERS: frozenset[str] = frozenset("""
so am im an auf in bei nach vor seit mit zuvor gestern heute damals später bereits zuletzt
schon noch jedoch doch aber und dabei deshalb daher inzwischen weiter ferner wie ebenfalls
dort hier nun dann zudem außerdem darüber gleichzeitig zugleich anschließend dazu demnach
laut zufolge gegenüber erst zunächst kürzlich jetzt ende anfang mitte zum zur vom beim
deswegen trotzdem allerdings freilich immerhin außerdem bislang bisher hingegen als ähnlich ebenso
genauso unterdessen währenddessen indes plötzlich schließlich letztlich daraufhin darauf damit hierzu
""".split())
#: Words that end a source mention once it has a head noun.
NP_STOP_WORDS: frozenset[str] = frozenset("""
am im an auf in vor nach gegenüber noch beispielsweise bereits auch jedoch zudem außerdem dass
daß ob heute gestern morgen zuvor später damals nun dann bei mit zu zum zur vom beim seit
ebenfalls erneut wiederholt mehrfach zuletzt kürzlich nicht schon dabei that on in at to
last earlier later yesterday today on with who which while when after before during reporters
journalisten reportern einem einer laut zufolge es er sie man
""".split())
#: Words that never open a source mention after a cue ("äußerte im Wahlkampf").
NP_BAD_START: frozenset[str] = frozenset("""
im am zum zur vom beim ins in auf an bei seit nach vor gegenüber heute gestern noch auch bereits
hat haben hatte hatten habe ist sind war waren wird werden wurde worden sich nicht dazu darauf
""".split())
#: Lower-case words allowed inside a German/English noun phrase.
NP_INNER_WORDS: frozenset[str] = frozenset("""
der des die dem den das ein eine einer eines einem einen von für und aus of the and for
from a an des einiger mehrerer zweier dreier anderer andere anderen weitere weiterer
""".split())
#: Conjunctions and subordinators that start a clause (cut a mention there).
CLAUSE_CONJUNCTIONS: frozenset[str] = frozenset("""
und oder aber sondern denn dass daß ob weil wenn als wo während nachdem bevor obwohl
seitdem damit sodass indem and or but that because when while where after before
""".split())

# --- Factual-statement heuristics (sourcing profile) ---------------------
#: Verbs of events: a sentence with one reports something that happened.
EVENT_VERBS: tuple[str, ...] = (
    "angegriffen", "getötet", "verletzt", "zerstört", "geliefert", "abgefeuert", "abgeschossen",
    "abgefangen", "gestartet", "eingesetzt", "erobert", "befreit", "besetzt", "unterzeichnet",
    "beschlossen", "genehmigt", "verhängt", "entsandt", "geschickt", "festgenommen",
    "verhaftet", "gestorben", "gewählt", "gewonnen", "verloren", "angekündigt", "eröffnet",
    "geschlossen", "entladen", "beschossen", "bombardiert", "evakuiert", "verabschiedet",
    "attacked", "killed", "wounded", "destroyed", "delivered", "fired", "launched", "deployed",
    "captured", "signed", "approved", "imposed", "sent", "arrested", "died", "elected", "won",
    "lost", "shot down", "intercepted", "seized", "struck", "passed",
)
#: Words that date a statement.
DATE_WORDS: tuple[str, ...] = (
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "gestern", "vorgestern", "heute", "january", "february",
    "march", "june", "july", "october", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "yesterday",
)
#: First-person opinion ("ich glaube", "we think", "meiner Meinung nach").
OPINION_PATTERNS: tuple[str, ...] = (
    r"\b(?:ich|wir)\s+(?:glaube|glauben|denke|denken|meine|meinen|finde|finden|halte|halten|hoffe|hoffen|fürchte|fürchten)\b",
    r"\b(?:meiner|unserer)\s+(?:Meinung|Ansicht|Auffassung)\b",
    r"\b(?:I|we)\s+(?:think|believe|feel|hope|fear)\b",
    r"\bin\s+(?:my|our)\s+(?:view|opinion)\b",
)
