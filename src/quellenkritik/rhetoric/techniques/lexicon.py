"""The cues of the persuasion techniques: words, compound parts and phrases, each with its technique and why.

Written for this project (no third-party list is copied). Technique names are
those of the SemEval-2023 Task 3 taxonomy; ``Rhetorical_Question`` is a form
outside it, kept apart by :data:`TAXONOMY`.

Neutral by construction: a cue describes *how* something is said (contempt,
alarm, exaggeration, doubt), never *who* is spoken of. Labels that one side
uses for the other are listed in pairs (:data:`PAIRED_LABELS`), and a test
checks that every such label has its counterpart. A cue never names a
party, country, religion or group as such.

Word forms: a lexicon word matches its inflected forms ("gnadenlos" matches
"gnadenlosen", "Verräter" matches "Verrätern"): :func:`stems` strips the
German endings before the lookup, so entries are written as base forms.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Cue", "CUES", "TAXONOMY", "FAMILIES", "PAIRED_LABELS", "stems"]

#: The 23 techniques of the SemEval-2023 Task 3 taxonomy (qk-dev-gold/GUIDE.md).
TAXONOMY: tuple[str, ...] = (
    "Loaded_Language", "Name_Calling-Labeling", "Repetition", "Exaggeration-Minimisation", "Doubt",
    "Appeal_to_Fear-Prejudice", "Flag_Waving", "Causal_Oversimplification", "False_Dilemma-No_Choice",
    "Consequential_Oversimplification", "Slogans", "Conversation_Killer", "Appeal_to_Time",
    "Appeal_to_Authority", "Appeal_to_Popularity", "Appeal_to_Values", "Appeal_to_Hypocrisy",
    "Whataboutism", "Red_Herring", "Straw_Man", "Guilt_by_Association", "Questioning_the_Reputation",
    "Obfuscation-Vagueness-Confusion",
)

#: The families of the taxonomy (for the legend of the HTML report); a form outside it has its own.
FAMILIES: dict[str, str] = {
    "Loaded_Language": "manipulative wording", "Exaggeration-Minimisation": "manipulative wording",
    "Repetition": "manipulative wording", "Obfuscation-Vagueness-Confusion": "manipulative wording",
    "Name_Calling-Labeling": "attack on reputation", "Doubt": "attack on reputation",
    "Questioning_the_Reputation": "attack on reputation", "Guilt_by_Association": "attack on reputation",
    "Appeal_to_Hypocrisy": "attack on reputation",
    "Appeal_to_Fear-Prejudice": "justification", "Flag_Waving": "justification",
    "Appeal_to_Authority": "justification", "Appeal_to_Popularity": "justification",
    "Appeal_to_Values": "justification",
    "Causal_Oversimplification": "simplification", "False_Dilemma-No_Choice": "simplification",
    "Consequential_Oversimplification": "simplification",
    "Slogans": "call", "Conversation_Killer": "call", "Appeal_to_Time": "call",
    "Whataboutism": "distraction", "Red_Herring": "distraction", "Straw_Man": "distraction",
    "Rhetorical_Question": "form",
}


@dataclass(frozen=True)
class Cue:
    """One group of cues of a technique.

    ``words``: base forms of single words (lower case; inflected forms match,
    see :func:`stems`); ``heads``: last parts of compounds ("-hysterie" matches
    "Klimahysterie", "Corona-Hysterie"); ``firsts``: first parts of compounds
    ("Lügen-" matches "Lügenmärchen"); ``phrases``: regular expressions
    (case-insensitive, matched at word boundaries) whose whole match is the
    span; ``explanation``: one line a reader understands.
    """

    technique: str
    explanation: str
    words: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    firsts: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    lang: str = "de"
    #: a compound of one of ``label_firsts`` and one of ``label_heads`` ("Panikpolitiker", "Lügenmedien")
    label_firsts: tuple[str, ...] = ()
    label_heads: tuple[str, ...] = ()


#: the inflection endings stems() cuts, in the order it tries them
ENDINGS = ("ern", "ens", "en", "er", "es", "em", "e", "n", "s")


def stems(word: str) -> tuple[str, ...]:
    """The lower-cased word and the forms left when a German inflection ending is cut
    (at least five letters remain): "gnadenlosen" -> ("gnadenlosen", "gnadenlose", "gnadenlos")."""
    low = word.lower()
    out = [low]
    for end in ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 5:
            out.append(low[: -len(end)])
    return tuple(dict.fromkeys(out))


_W = r"[\wäöüÄÖÜß-]+"
#: Nouns of ideals: three of them in a row are an appeal to values ("Freiheit, Würde und Heimat").
_VALUE = r"(?:identität|tradition|heimat|freiheit|würde|anstand|gerechtigkeit|souveränität|sicherheit|familie|glaube|demokratie|ehre|treue|menschlichkeit|solidarität|frieden)"
_VALUE_EN = r"(?:identity|tradition|homeland|freedom|liberty|dignity|decency|justice|sovereignty|security|family|faith|democracy|honou?r|solidarity|peace)"

CUES: tuple[Cue, ...] = (
    # ---- Loaded language: words whose sense is a judgement, chosen to stir a feeling -------------------
    Cue("Loaded_Language", "a word of contempt or outrage instead of a neutral description", words=(
        "abscheulich", "abstoßend", "absurd", "armselig", "barbarisch", "bestialisch", "brachial", "dreist",
        "erbärmlich", "ekelhaft", "empörend", "gespenstisch", "gnadenlos", "grotesk", "hanebüchen", "heuchlerisch",
        "infam", "irrsinnig", "jämmerlich", "kaltschnäuzig", "lächerlich", "menschenverachtend", "niederträchtig",
        "obszön", "perfid", "perfide", "rücksichtslos", "schamlos", "schäbig", "skandalös", "skrupellos",
        "unersättlich", "unerträglich", "unfassbar", "ungeheuerlich", "unverfroren", "unverschämt", "verachtenswert",
        "verantwortungslos", "verlogen", "verrückt", "wahnsinnig", "wahnwitzig", "widerlich", "widerwärtig",
        "zynisch", "berüchtigt", "dubios", "zwielichtig", "mörderisch", "teuflisch", "diabolisch", "hysterisch",
        "fanatisch", "größenwahnsinnig", "machtgierig", "geldgierig", "raffgierig", "korrupt", "verkommen",
        "verbissen", "verblendet", "weltfremd", "abgehoben", "selbstherrlich", "übergeschnappt", "durchgeknallt",
        "beängstigend", "erschreckend", "fatal", "desaströs", "katastrophal",
        "apokalyptisch", "gespenstig", "bizarr", "haarsträubend", "himmelschreiend", "dramatisch", "schockierend",
        "alarmierend", "panisch",
    )),
    Cue("Loaded_Language", "a noun that judges what it names (contempt, scheming, madness)", words=(
        "abzocke", "anmaßung", "dreistigkeit", "frechheit", "geschwafel", "gehirnwäsche", "gängelung", "hetze",
        "hetzjagd", "heuchelei", "hirngespinst", "hohn", "humbug", "irrsinn", "irrweg", "kumpanei",
        "lügengebäude", "machenschaft", "mauschelei", "narretei", "panikmache",
        "schmierentheater", "schwachsinn", "schande", "selbstbedienung", "taschenspielertrick",
        "teufelskreis", "unfug", "unsinn", "vetternwirtschaft", "volksverdummung", "vorwand", "wahnsinn",
        "zumutung", "ausrede", "posse", "farce", "affentheater", "kasperltheater", "trauerspiel", "armutszeugnis",
        "selbstermächtigung", "bevormundung", "entmündigung", "willkür", "gleichschaltung",
        "indoktrination", "umerziehung", "säuberung", "kahlschlag", "ausverkauf", "raubzug", "abzocker", "kontrollwahn",
        "größenwahn",
    )),
    Cue("Loaded_Language", "a compound built on a word of madness, panic, lies or scheming", heads=(
        "wahn", "hysterie", "mache", "lüge", "lügen", "propaganda", "hetze", "gaga", "irrsinn",
        "wahnsinn", "clique", "sekte", "posse", "schwindel", "abzocke", "keule", "gelüste", "fetisch",
        "jünger", "apostel",
    ), firsts=(
        # a first part matches only before a common noun ("Lügenpresse"), and one
        # written with "-" only with the hyphen ("Mega-Projekt", never "Megawatt")
        "lügen", "horror-", "killer", "pseudo", "möchtegern", "gesinnungs", "mega-", "monster", "wahnsinns",
        "skandal", "schicksals",
    )),
    Cue("Loaded_Language", "an image of violence or disaster for something that is not one", phrases=(
        r"an\s+den\s+pranger", r"mit\s+füßen\s+getreten", r"in\s+den\s+abgrund", r"ins\s+messer\s+laufen",
        r"vor\s+die\s+wand\s+gefahren", r"an\s+die\s+wand\s+gefahren", r"über\s+leichen\s+gehen",
        r"den\s+garaus\s+machen", r"mundtot\s+gemacht", r"an\s+der\s+nase\s+herum",
        r"verzweifelte[nr]?\s+versuch\w*", r"deep[\s-]state\w*(?:-\w+)?", r"(?:wie\s+)?die\s+pest", r"im\s+keim\s+ersticken", r"im\s+keim\s+erstickt",
    )),
    Cue("Loaded_Language", "an idiom that dramatises what it describes: an image, not a report", phrases=(
        # common German idioms, written here from general knowledge of the language
        r"(?:die|der)\s+katze\s+aus\s+dem\s+sack", r"nach\s+dem\s+(?:letzten\s+)?strohhalm", r"öl\s+ins\s+feuer",
        r"das\s+fass\s+zum\s+überlaufen", r"mit\s+dem\s+feuer\s+spiel\w*", r"spiel\s+mit\s+dem\s+feuer",
        r"(?:den\s+)?kopf\s+in\s+den\s+sand", r"sand\s+in\s+die\s+augen", r"hinters\s+licht\s+(?:ge)?führt?\w*",
        r"unter\s+den\s+teppich\s+(?:ge)?kehr\w*", r"auf\s+die\s+barrikaden", r"das\s+kind\s+mit\s+dem\s+bade",
        r"salz\s+in\s+die\s+wunde", r"(?:den|zum)\s+bock\s+zum\s+gärtner", r"auf\s+biegen\s+und\s+brechen",
        r"(?:ein|einem|wie\s+ein)\s+schlag\s+ins\s+gesicht", r"mit\s+kanonen\s+auf\s+spatzen", r"sand\s+ins\s+getriebe",
        r"aus\s+der\s+deckung", r"vor\s+vollendete\s+tatsachen", r"mit\s+eiserner\s+(?:faust|hand)",
        r"in\s+schutt\s+und\s+asche", r"blut\s+an\s+den\s+händen", r"der\s+elefant\s+im\s+raum",
        r"(?:die|zur)\s+spitze\s+des\s+eisbergs", r"auf\s+dem\s+altar\s+(?:der|des)\s+\w+", r"(?:ein|wie\s+ein)\s+tanz\s+auf\s+dem\s+vulkan",
        r"die\s+büchse\s+der\s+pandora", r"(?:die|eine)\s+rote\s+linie\s+überschritt\w*", r"den\s+teufel\s+an\s+die\s+wand",
        r"hand\s+in\s+hand\s+mit\s+(?:den|der|dem)\s+\w+", r"throw\w*\s+under\s+the\s+bus", r"add\w*\s+fuel\s+to\s+the\s+fire",
        r"tip\s+of\s+the\s+iceberg", r"elephant\s+in\s+the\s+room", r"blood\s+on\s+(?:his|her|their)\s+hands",
    )),
    Cue("Loaded_Language", "a doubled intensifier that turns a statement into an outcry", phrases=(
        r"\b(?:sehr,\s+sehr|ganz,\s+ganz|viel,\s+viel|immer,\s+immer)\s+\w+", r"\bvery,\s+very\s+\w+",
    )),
    Cue("Loaded_Language", "a verb that paints an action as an assault or a betrayal", words=(
        "drangsalieren", "drangsaliert", "gängeln", "gegängelt", "schikanieren", "schikaniert", "verhöhnt", "verhöhnen",
        "abgezockt", "abzocken", "weggesperrt", "mundtot", "verramscht", "verscherbelt", "faseln", "schwadronieren",
        "schwadroniert", "hetzen", "verteufeln", "verteufelt", "dämonisieren", "dämonisiert",
        "aufhetzen", "aufgehetzt", "brandmarken", "gebrandmarkt",
    )),
    Cue("Loaded_Language", "an intensifier that turns a statement into an outcry", phrases=(
        r"(?:völlig|total)\s+(?:verkehrt|falsch|absurd|verrückt|irre|übertrieben|sinnlos)(?:e|en|er|es|em)?",
        r"(?:völlig|total)\s+daneben",
        r"besonders\s+(?:absurd|perfide|dreist|zynisch|pikant)\w*", r"(?:an\s+)?(?:dreistigkeit|zynismus|absurdität|peinlichkeit)\s+(?:kaum|schwer|nicht)\s+zu\s+überbieten",
        r"nicht\s+hinnehmbar\w*",
    )),
    Cue("Loaded_Language", "a word of contempt or outrage instead of a neutral description", lang="en", words=(
        "outrageous", "disgraceful", "shameful", "disgusting", "despicable", "ridiculous", "absurd", "grotesque",
        "sinister", "vile", "evil", "insane", "crazy", "hysterical", "fanatical", "corrupt", "notorious",
        "shameless", "brazen", "reckless", "ruthless", "pathetic", "horrific", "horrifying", "terrifying",
        "catastrophic", "apocalyptic", "devastating", "scandalous", "sham", "hoax", "scam", "propaganda",
        "witch-hunt", "brainwashing", "tyranny", "desperate",
    )),

    # ---- Name calling: labels for people or groups -------------------------------------------------------
    Cue("Name_Calling-Labeling", "a label that disparages people instead of naming them", words=(
        "verräter", "verräterin", "versager", "versagerin", "schwätzer", "nichtsnutz", "hetzer", "hetzerin",
        "scharfmacher", "kriegstreiber", "lakai", "handlanger", "marionette", "vasall", "büttel",
        "speichellecker", "wendehals", "paria", "schreiberling", "systemling", "gutmensch", "wutbürger",
        "schwurbler", "covidiot", "aluhut", "spinner", "phantast", "fantast", "demagoge", "hetzblatt",
        "dilettant", "stümper", "taugenichts", "blender", "heuchler", "lügner",
        "gauner", "ganove", "schmarotzer", "parasit", "blutsauger", "sprachrohr", "propagandist",
        "einpeitscher", "angstmacher", "panikmacher", "verschwörungstheoretiker", "leugner", "hysteriker",
    ), heads=(
        "gangs", "pack", "gesindel", "clique", "horde", "horden", "leugner",
        "hysteriker", "verräter", "hetzer", "versteher", "schmarotzer", "fanatiker", "marionette",
        "marionetten", "lakai", "lakaien", "politikerdarsteller",
    )),
    Cue("Name_Calling-Labeling", "a person or body labelled by a word of panic, lies or hate in a compound",
        label_firsts=("panik", "angst", "hetz", "lügen", "wahn", "möchtegern", "pseudo", "gesinnungs"),
        label_heads=("politiker", "politikerin", "journalist", "journalistin", "experte", "expertin", "wissenschaftler",
                     "medien", "presse", "macher", "macherin", "prediger", "partei", "regierung", "minister", "ministerin")),
    Cue("Name_Calling-Labeling", "a regime or a capital named for a government: a label, not a description", phrases=(
        rf"(?:kiewer|moskauer|kremltreue[sn]?|washingtoner|teheraner|pekinger|berliner|brüsseler|ankaraer|damaszener|minsker|jerusalemer)\s+(?:regime|junta|machthaber|clique)\w*",
        r"(?:kyiv|moscow|kremlin|washington|tehran|beijing|berlin|brussels|ankara|damascus|minsk)\s+(?:regime|junta)s?",
    )),
    Cue("Name_Calling-Labeling", "a label that disparages people instead of naming them", lang="en", words=(
        "traitor", "traitors", "puppet", "puppets", "thug", "thugs", "lunatic", "lunatics", "warmonger",
        "warmongers", "stooge", "stooges", "lackey", "lackeys", "moron", "morons", "idiot", "idiots", "clown",
        "clowns", "fanatic", "fanatics", "denier", "deniers", "shill", "shills",
    )),

    # ---- Doubt -------------------------------------------------------------------------------------------
    Cue("Doubt", "a word that casts doubt on what follows without saying why", phrases=(
        rf"angeblich\w*\s+(?:so\s+)?{_W}", rf"vermeintlich\w*\s+{_W}",
        rf"selbsternannt\w*\s+{_W}", rf"selbst\s+ernannt\w*\s+{_W}",
        rf"(?P<w>{_W})\s+[–—-]\s+welche[rsn]?\s+(?P=w)\?", r"wenn\s+man\s+(?:den|der|dem)\s+\w+\s+glauben\s+(?:darf|will|mag)",
        rf"so-called\s+{_W}", rf"alleged(?:ly)?\s+{_W}", rf"supposed(?:ly)?\s+{_W}",
    )),

    # ---- Appeal to fear --------------------------------------------------------------------------------------
    Cue("Appeal_to_Fear-Prejudice", "it raises a threat to stir fear rather than report one", phrases=(
        r"dritte[nr]?\s+weltkrieg\w*", r"(?:die\s+)?diktatur\s+kommt", r"alarmglocken", r"überwachungsstaat\w*",
        r"gläserne[nr]?\s+(?:mensch|bürger)\w*", r"in\s+angst\s+(?:und\s+schrecken\s+)?vor\s+(?:der|dem|den)\s+\w+",
        r"bürgerkrieg\w*\s+droht",
        r"(?:das\s+)?ende\s+(?:der|unserer)\s+(?:freiheit|demokratie|zivilisation)", r"untergang\s+(?:des|der|unseres|unserer)\s+\w+",
        r"world\s+war\s+(?:iii|three|3)", r"third\s+world\s+war", r"police\s+state",
        )),
    # ---- Exaggeration --------------------------------------------------------------------------------------------
    Cue("Exaggeration-Minimisation", "an absolute or superlative claim that overstates", phrases=(
        r"kein\s+tag\s+vergeht", r"reihenweise\s+\w+", r"(?:die\s+)?totale[nr]?\s+(?:kontrolle|überwachung|zerstörung|vernichtung)\w*",
        r"historisch\s+einmalig\w*", r"beispiellos\w*", r"noch\s+nie\s+(?:da\s+)?gewesen\w*", r"aller\s+zeiten",
        r"jegliche[sn]?\s+(?:recht|freiheit|kritik|debatte|widerstand)\w*", r"herbeifantasiert\w*",
        r"herbeigeredet\w*", r"völlig\s+(?:aus\s+dem\s+ruder|außer\s+kontrolle)", r"komplett\s+(?:zerstört|ruiniert|vernichtet)",
        r"unprecedented", r"of\s+all\s+time", r"total\s+control",
    )),
    # ---- Causal oversimplification ------------------------------------------------------------------------------
    Cue("Causal_Oversimplification", "a conclusion presented as proven by one cause or one fact", phrases=(
        r"mit\s+anderen\s+worten:", r"(?:das|dies|was)\s+beweist,?\s+dass", r"beweist,\s+dass",
        r"(?:das|dies)\s+zeigt\s+(?:doch|eindeutig|klar)?,?\s*dass", r"kein\s+wunder,?\s+dass",
        r"schuld\s+(?:daran\s+)?(?:ist|sind|war|waren)\s+(?:allein|nur)", r"daran\s+sieht\s+man",
        r"in\s+other\s+words:", r"this\s+proves\s+that", r"no\s+wonder",
    )),
    Cue("Consequential_Oversimplification", "a first step said to lead to a chain of worse ones", phrases=(
        r"dammbruch",
        r"büchse\s+der\s+pandora", r"erst\s+(?:\w+\s+){1,4}dann\s+(?:\w+\s+){1,4}und\s+(?:bald|schließlich|am\s+ende)",
        r"slippery\s+slope",
    )),
    Cue("False_Dilemma-No_Choice", "two options presented as the only ones", phrases=(
        r"alternativlos\w*", r"es\s+gibt\s+nur\s+(?:zwei|eine)\s+(?:möglichkeit|wege?|optionen?|alternative)\w*",
        r"wer\s+nicht\s+für\s+(?:uns|mich)\s+ist", r"either\s+you\s+are\s+with\s+us", r"there\s+is\s+no\s+alternative",
    )),
    # ---- Calls ---------------------------------------------------------------------------------------------------------
    Cue("Slogans", "a short catchphrase that asks for assent, not a statement", phrases=(
        r"\b(?:\w+\s+){0,2}lives\s+matter", r"nie\s+wieder\s+\w+!?", r"wehret\s+den\s+anfängen",
        r"make\s+\w+\s+great\s+again", r"(?:stop|stoppt|stoppen\s+sie)\s+(?:the\s+|den\s+|die\s+|das\s+)?\w+!",
        # an antithesis about "us" or "them" in one breath: "Wir sind nicht das Problem, sondern die Lösung"
        r"\b(?:wir|ihr|sie)\s+(?:sind|seid)\s+nicht\s+(?:das|die|der|ein|eine)\s+\w+,\s+sondern\s+(?:das|die|der|ein|eine)\s+\w+",
        r"\bwe\s+are\s+not\s+the\s+\w+,\s+(?:but|we\s+are)\s+the\s+\w+",
    )),
    Cue("Conversation_Killer", "it closes the question instead of arguing it", phrases=(
        r"\bbasta\b", r"ende\s+der\s+diskussion", r"da\s+gibt\s+es\s+nichts\s+zu\s+(?:diskutieren|deuteln|rütteln)",
        r"fakt\s+ist:", r"punkt\.\s*$", r"schluss\s+damit", r"end\s+of\s+(?:story|discussion)", r"period\.",
    )),
    Cue("Appeal_to_Time", "urgency instead of reasons", phrases=(
        r"jetzt\s+oder\s+nie", r"(?:es\s+ist\s+)?(?:höchste|allerhöchste)\s+zeit", r"fünf\s+vor\s+zwölf",
        r"bevor\s+es\s+zu\s+spät\s+ist", r"now\s+or\s+never", r"before\s+it\s+is\s+too\s+late",
    )),
    # ---- Justification ------------------------------------------------------------------------------------------------
    Cue("Appeal_to_Authority", "unnamed or praised experts stand in for the argument", phrases=(
        r"(?:namhafte|renommierte|führende|angesehene|zahlreiche|viele|unabhängige)\s+(?:staatsrechtler|experten|wissenschaftler|juristen|ärzte|virologen|ökonomen|fachleute|mediziner|forscher)\w*",
        r"experten\s+sind\s+sich\s+einig", r"die\s+wissenschaft\s+(?:sagt|ist\s+sich\s+einig)",
        r"(?:leading|renowned|top|many)\s+(?:experts|scientists|doctors|economists)",
    )),
    Cue("Appeal_to_Popularity", "what many do or think stands in for the argument", phrases=(
        r"(?:jeder|jedermann|alle\s+welt)\s+weiß", r"immer\s+mehr\s+(?:menschen|bürger|leute)\s+(?:fragen|wissen|erkennen|wachen)",
        r"die\s+(?:schweigende\s+)?mehrheit\s+der\s+(?:bürger|menschen|deutschen|österreicher)",
        r"everybody\s+knows", r"more\s+and\s+more\s+people\s+(?:are\s+)?(?:asking|realising|realizing)",
    )),
    Cue("Appeal_to_Values", "a list of ideals invoked instead of an argument", phrases=(
        rf"{_VALUE},\s+{_VALUE}\s+und\s+{_VALUE}", rf"{_VALUE_EN},\s+{_VALUE_EN},?\s+and\s+{_VALUE_EN}",
    )),
    Cue("Flag_Waving", "the nation or 'our' people invoked as the reason", phrases=(
        r"unser(?:e|em|en|er|es)?\s+(?:vaterland|vaterlandes|heimat|volk|volkes|nation)", r"das\s+(?:deutsche|österreichische|russische|ukrainische|amerikanische)\s+volk",
        r"wir\s+(?:deutschen|österreicher|russen|ukrainer|amerikaner)", r"im\s+namen\s+des\s+volkes\s+(?:fordern|verlangen)",
        r"(?:our|the)\s+(?:great\s+)?(?:nation|fatherland|motherland|homeland)", r"true\s+patriots",
    )),
    Cue("Guilt_by_Association", "likened to a reviled regime, era or book", phrases=(
        r"orwell\w*", r"\b1984\b", r"(?:erinnert|erinnern|erinnerte|erinnerten)\s+an\s+(?:die\s+)?dunkl?e\w*\s+zeiten",
        r"an\s+(?:die\s+)?dunkl?e\w*\s+zeiten\s+(?:erinnert|erinnern|erinnerte|erinnerten)",
        r"(?:wie|erinnert\s+an)\s+(?:in\s+)?(?:der\s+ddr|die\s+ddr|die\s+stasi|das\s+dritte\s+reich|stalin|die\s+sowjetunion|nordkorea)",
        r"stasi-methoden", r"ermächtigungsgesetz\w*", r"gleichgeschaltet\w*",
        r"(?:nazi|ss|stasi|kgb|gestapo)-methoden", r"orwellian", r"dark\s+times",
    )),
    Cue("Questioning_the_Reputation", "it attacks the standing of a person or body, not their argument", phrases=(
        r"(?:ein|eine|der|die)\s+(?:umstrittene|berüchtigte|zwielichtige|dubiose)[nr]?\s+\w+",
        r"(?:gekaufte|bezahlte)[nr]?\s+(?:experten|journalisten|medien|wissenschaftler|politiker)",
        r"(?:hat|haben)\s+(?:jede|jegliche)\s+glaubwürdigkeit\s+verloren",
    )),
    Cue("Whataboutism", "it turns to another party's conduct instead of answering", phrases=(
        r"(?:und|aber)\s+was\s+ist\s+(?:eigentlich\s+)?mit", r"wo\s+(?:bleibt|blieb|war)\s+(?:eigentlich\s+)?(?:die|der|das)\s+(?:empörung|aufschrei|kritik)",
        r"warum\s+(?:spricht|redet|schreibt)\s+(?:eigentlich\s+)?niemand\s+über", r"(?:and|but)\s+what\s+about",
    )),
)

#: Labels that one side of a conflict or of domestic politics uses for the
#: other, in pairs: a test checks that both halves are cues (``heads``/``words``).
PAIRED_LABELS: tuple[tuple[str, str], ...] = (
    ("kriegstreiber", "versteher"),          # "Kriegstreiber" / "Putinversteher", "Russlandversteher"
    ("leugner", "hysteriker"),               # "Klimaleugner" / "Klimahysteriker"
    ("panikmacher", "schwurbler"),           # public-health debate, both directions
    ("gutmensch", "wutbürger"),
    ("systemling", "verschwörungstheoretiker"),
    ("covidiot", "aluhut"),
)
