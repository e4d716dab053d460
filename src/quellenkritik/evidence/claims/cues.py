"""Lexicons of the claims detector, German first, English next.

Every table is about the *form* of a sentence (is it a question, an opinion,
a hedge, a causal link), never about who or what it is about: no word here
belongs to one side of a conflict or one political camp. A word added for
one side needs its counterpart, or it does not belong here.

Tables (each a tuple of regex fragments or plain words, as noted):

* ``OPINION``: first-person opinion frames ("ich finde", "in my view").
* ``EVALUATIVE_PRED``: an evaluative predicate after a copula ("ist
  lächerlich", "is absurd"); ``EVALUATIVE_NOUNS``: nouns that evaluate
  ("eine Ausrede", "a disgrace").
* ``LOADED``: insults and words of contempt; a clause with one (and nothing
  counted or dated) is an evaluation.
* ``SPECULATION_WORDS``/``SPECULATION_FRAMES``: modal speculation; a
  claim-like clause whose main part carries one is speculation, not a claim.
* ``IMPERATIVE_OPENERS``: words that open an imperative sentence.
* ``SLOGAN``: chant formulas ("Nie wieder", "Weg mit", "Long live").
* ``HEDGES``: evidential hedges that lower the score ("angeblich").
* ``VAGUE``: vague quantifiers that lower the score ("viele", "Hunderte").
* ``CAUSAL``, ``COMPARISON``: connectives that raise the score.
* ``EVENT_WORDS``: verb forms of events (finite past forms and participles).
* ``AUXILIARIES``, ``PARTICIPLE``: a perfect or passive ("hat ... beschlossen",
  "wurden ... verlängert", "werden ... abgefertigt"); ``NOT_PARTICIPLES``:
  adjectives of that shape ("bekannt", "bereit").
* ``NOT_VERBS``: lower-case words that are never the verb of a clause
  (articles, pronouns, determiners), for the test whether a clause has a verb
  at all; ``PRETERITE_AFTER``: adverbs after which a "-te" word is a verb
  ("dann verschärfte").
* ``DATE_WORDS``, ``NUMBER_WORDS``: words that date or count.
"""

from __future__ import annotations

__all__ = [
    "OPINION",
    "EVALUATIVE_ADJ",
    "EVALUATIVE_PRED",
    "EVALUATIVE_NOUNS",
    "LOADED",
    "SPECULATION_WORDS",
    "SPECULATION_FRAMES",
    "SPECULATION_TRIGGERS",
    "IMPERATIVE_OPENERS",
    "SLOGAN",
    "HEDGES",
    "VAGUE",
    "CAUSAL",
    "COMPARISON",
    "COMPARISON_TRIGGERS",
    "EVENT_WORDS",
    "AUXILIARIES",
    "PARTICIPLE",
    "NOT_PARTICIPLES",
    "NOT_VERBS",
    "PRETERITE_AFTER",
    "VERB_WORDS",
    "DATE_WORDS",
    "MONTHS",
    "NUMBER_WORDS",
    "CLAUSE_SPLIT",
]

# --- Not claims --------------------------------------------------------------
#: First-person opinion (regex fragments, case-insensitive).
OPINION: tuple[str, ...] = (
    r"\b(?:ich|wir)\s+(?:glaube|glauben|denke|denken|meine|meinen|finde|finden|halte|halten|hoffe|hoffen|"
    r"fürchte|fürchten|vermute|vermuten|bezweifle|bezweifeln|wünsche|wünschen|bin\s+(?:der\s+)?(?:meinung|überzeugt|sicher)|"
    r"sind\s+(?:der\s+)?(?:meinung|überzeugt))\b",
    r"\b(?:glaube|denke|finde|meine|hoffe)\s+(?:ich|wir)\b",
    r"\b(?:meiner|unserer)\s+(?:Meinung|Ansicht|Auffassung|Einschätzung)\b",
    r"\b(?:meines|unseres)\s+Erachtens\b",
    r"\baus\s+(?:meiner|unserer)\s+Sicht\b",
    r"\bmir\s+scheint\b",
    r"\b(?:I|we)\s+(?:think|believe|feel|hope|fear|guess|suppose|doubt|wish)\b",
    r"\b(?:I'm|I\s+am|we're|we\s+are)\s+(?:sure|convinced)\b",
    r"\bin\s+(?:my|our)\s+(?:view|opinion)\b",
    r"\b(?:imho|imo|meiner\s+bescheidenen\s+meinung)\b",
)

#: Evaluative predicates: a copula, an optional intensifier, an evaluative
#: adjective. Adjectives of judgement, not of fact ("groß", "neu" are not here).
EVALUATIVE_ADJ: tuple[str, ...] = (
    "gut", "schlecht", "richtig", "falsch", "dumm", "peinlich", "lächerlich", "absurd",
    "unerträglich", "skandalös", "toll", "super", "klasse", "schrecklich", "furchtbar", "traurig",
    "schlimm", "erbärmlich", "widerlich", "ekelhaft", "schön", "wichtig", "unfair", "fair",
    "gerecht", "ungerecht", "verrückt", "krank", "irre", "unglaublich", "unverschämt", "heuchlerisch",
    "verlogen", "naiv", "arrogant", "feige", "mutig", "peinlich", "beschämend", "zynisch",
    "good", "bad", "wrong", "right", "stupid", "ridiculous", "absurd", "outrageous", "disgraceful",
    "terrible", "awful", "great", "wonderful", "shameful", "unfair", "fair", "crazy", "insane",
    "pathetic", "hypocritical", "naive", "cowardly", "brave", "sad",
)
_COPULA = r"(?:ist|sind|war|waren|wäre|wären|bleibt|bleiben|finde|findet|is|are|was|were|would\s+be)"
_INTENS = r"(?:(?:doch|ja|einfach|echt|wirklich|total|völlig|absolut|so|sehr|nur|nicht|ganz|schon|halt|eben|really|so|very|just|totally|absolutely|simply|not)\s+){0,3}"
EVALUATIVE_PRED: str = rf"\b{_COPULA}\s+{_INTENS}(?:{'|'.join(sorted(set(EVALUATIVE_ADJ), key=len, reverse=True))})\b(?!\s+(?:\w+\s+)?(?:als|than)\b)"
#: Evaluative nouns after an article ("eine schwache Ausrede", "ein Hohn").
EVALUATIVE_NOUNS: tuple[str, ...] = (
    "Ausrede", "Hohn", "Unsinn", "Schwachsinn", "Blödsinn", "Quatsch", "Witz", "Skandal",
    "Schande", "Frechheit", "Heuchelei", "Zumutung", "Farce", "Armutszeugnis", "Katastrophe",
    "nonsense", "disgrace", "shame", "joke", "scandal", "farce", "travesty", "hypocrisy",
)

#: Insults and words of contempt: a clause that carries one (and no number or
#: date) is an evaluation wherever the word stands ("Unerträglich, wenn ...",
#: "dieser Trottel ..."). Words of judgement only, none that names a group or
#: a side.
LOADED: tuple[str, ...] = (
    "dumm", "dumme", "dummen", "dummer", "dummes", "dümmer", "doof", "doofe", "doofen", "blöd", "blöde",
    "blöden", "bescheuert", "bescheuerte", "bescheuerten", "idiot", "idioten", "idiotisch", "idiotische",
    "idiotischen", "scheiße", "scheisse", "scheiß", "scheiss", "mist", "trottel", "depp", "deppen",
    "schwachkopf", "vollpfosten", "widerlich", "widerliche", "widerlichen", "ekelhaft", "ekelhafte",
    "ekelhaften", "erbärmlich", "erbärmliche", "erbärmlichen", "peinlich", "peinliche", "peinlichen",
    "lächerlich", "lächerliche", "lächerlichen", "armselig", "armselige", "armseligen", "jämmerlich",
    "jämmerliche", "unerträglich", "unerträgliche", "unerträglichen", "verachtenswert", "verachtenswerte",
    "unverschämt", "unverschämte", "heuchlerisch", "heuchlerische", "verlogen", "verlogene", "verlogenen",
    "schwachsinn", "schwachsinnig", "schwachsinnige",
    "stupid", "idiotic", "ridiculous", "pathetic", "disgusting", "shameful", "hypocritical", "crap",
    "bullshit", "moron", "morons",
)

#: Modal speculation, checked in the first comma segment of a clause only:
#: "Es ist möglich, dass X" and "X könnte Y" are speculation; "X tat Y, in der
#: Hoffnung, dass Z würde" is not. Words, and frames (regex fragments,
#: case-insensitive) with the words that trigger them.
SPECULATION_WORDS: tuple[str, ...] = (
    "vielleicht", "möglicherweise", "eventuell", "womöglich", "wohl", "vermutlich", "wahrscheinlich",
    "sicherlich", "könnte", "könnten", "dürfte", "dürften", "würde", "würden", "müsste", "müssten",
    "sollte", "sollten", "hätte", "hätten", "wäre", "wären",
    "maybe", "perhaps", "possibly", "probably", "presumably", "might", "could", "would", "should",
)
SPECULATION_FRAMES: tuple[str, ...] = (
    r"\b(?:es\s+ist|ist\s+es)\s+(?:\w+\s+){0,2}(?:möglich|denkbar|vorstellbar|anzunehmen)\b",
    r"\bit\s+is\s+(?:\w+\s+)?(?:possible|likely|conceivable)\b",
)
SPECULATION_TRIGGERS: tuple[str, ...] = ("möglich", "denkbar", "vorstellbar", "anzunehmen", "possible", "likely", "conceivable")

#: Words that open an imperative sentence (German du/ihr/Sie forms, English).
IMPERATIVE_OPENERS: tuple[str, ...] = (
    "lass", "lasst", "lassen sie", "schau", "schaut", "schauen sie", "guck", "guckt", "denk", "denkt",
    "denken sie", "lies", "lest", "lesen sie", "stell", "stellt", "stellen sie", "hör", "hört", "hören sie",
    "googel", "googelt", "googeln sie", "informier", "informiert euch", "informieren sie", "wach auf",
    "wacht auf", "geh", "geht", "gehen sie", "mach", "macht", "machen sie", "hör auf", "hört auf",
    "vergiss", "vergesst", "vergessen sie", "bitte", "tu", "tut", "sieh", "seht", "wählt", "wähl",
    "let's", "let us", "don't", "do not", "stop", "look", "imagine", "read", "vote", "remember",
    "wake up", "go", "please", "think", "watch", "listen",
)
#: Chant formulas of slogans, on any side.
SLOGAN: tuple[str, ...] = (
    r"^\s*(?:nie\s+wieder|weg\s+mit|nieder\s+mit|es\s+lebe|hoch\s+die|hoch\s+lebe|raus\s+mit|schluss\s+mit|"
    r"never\s+again|down\s+with|long\s+live|away\s+with)\b",
)

# --- Score modifiers -----------------------------------------------------------
#: Evidential hedges: the writer does not vouch for it.
HEDGES: tuple[str, ...] = (
    "angeblich", "mutmaßlich", "offenbar", "offensichtlich", "anscheinend", "scheinbar",
    "vermeintlich", "soll", "sollen", "gerüchteweise", "heißt es",
    "allegedly", "reportedly", "apparently", "supposedly", "purportedly", "rumoured", "rumored",
)
#: Vague quantifiers: a count without a number.
VAGUE: tuple[str, ...] = (
    "viele", "vielen", "zahlreiche", "zahlreichen", "etliche", "etlichen", "einige", "einigen", "manche",
    "manchen", "mehrere", "mehreren", "unzählige", "Hunderte", "Tausende", "Zehntausende", "Hunderttausende",
    "Millionen von", "unzähligen", "immer mehr", "kaum", "alle", "niemand", "immer",
    "many", "numerous", "several", "some", "countless", "hundreds", "thousands", "dozens", "most", "everyone",
    "nobody", "always",
)
#: Causal connectives and verbs.
CAUSAL: tuple[str, ...] = (
    "weil", "denn", "deshalb", "daher", "deswegen", "darum", "wegen", "aufgrund", "auf grund", "infolge",
    "führte zu", "führten zu", "führt zu", "führen zu", "verursacht", "verursachte", "verursachten",
    "zur folge", "als folge", "die folge", "sodass", "so dass", "dadurch",
    "because", "due to", "caused", "causes", "led to", "leads to", "as a result", "therefore", "resulted in",
    "owing to", "thanks to",
)
#: Comparisons (regex fragments, case-insensitive).
COMPARISON: tuple[str, ...] = (
    r"\b(?:mehr|weniger|höher|niedriger|größer|kleiner|stärker|schwächer|älter|jünger|teurer|billiger|"
    r"schneller|langsamer|früher|später)\s+(?:\w+\s+){0,3}als\b",
    r"\b(?:doppelt|dreimal|halb|viermal|zehnmal)\s+so\b",
    r"\bim\s+(?:vergleich|verhältnis)\s+zu\b",
    r"\b(?:gegenüber\s+dem\s+vorjahr|als\s+im\s+vorjahr|rekord\w*|höchste[nmrs]?|niedrigste[nmrs]?|erstmals)\b",
    r"\b(?:more|less|fewer|higher|lower|larger|smaller|greater|older|younger|faster|slower)\s+(?:\w+\s+){0,3}than\b",
    r"\b(?:twice|three\s+times|half)\s+as\b",
    r"\bcompared\s+(?:to|with)\b",
    r"\b(?:record|highest|lowest|first\s+time)\b",
)

#: Words without which no COMPARISON pattern can match (a fast pre-check).
COMPARISON_TRIGGERS: tuple[str, ...] = (
    "mehr", "weniger", "höher", "niedriger", "größer", "kleiner", "stärker", "schwächer", "älter", "jünger",
    "teurer", "billiger", "schneller", "langsamer", "früher", "später", "doppelt", "dreimal", "halb", "viermal",
    "zehnmal", "vergleich", "verhältnis", "vorjahr", "erstmals", "rekord", "rekordhoch", "rekordwert",
    "rekordniveau", "höchste", "höchsten", "höchster", "höchstes", "niedrigste", "niedrigsten", "niedrigster",
    "niedrigstes", "more", "less", "fewer", "higher", "lower", "larger", "smaller", "greater", "older", "younger",
    "faster", "slower", "twice", "three", "half", "compared", "record", "highest", "lowest", "first",
)

# --- Checkable anchors -----------------------------------------------------------
#: Verb forms of events (finite past forms and participles), German and English.
EVENT_WORDS: tuple[str, ...] = (
    # participles
    "angegriffen", "getötet", "verletzt", "zerstört", "geliefert", "abgefeuert", "abgeschossen",
    "abgefangen", "gestartet", "eingesetzt", "erobert", "befreit", "besetzt", "unterzeichnet",
    "beschlossen", "genehmigt", "verhängt", "entsandt", "geschickt", "festgenommen", "verhaftet",
    "gestorben", "gewählt", "gewonnen", "verloren", "angekündigt", "eröffnet", "geschlossen",
    "entladen", "beschossen", "bombardiert", "evakuiert", "verabschiedet", "verurteilt", "freigesprochen",
    "entlassen", "zurückgetreten", "ernannt", "verboten", "eingeführt", "erhöht", "gesenkt", "gekürzt",
    "gezahlt", "ausgegeben", "investiert", "gestiegen", "gesunken", "gefallen", "explodiert", "ermordet",
    "vergewaltigt", "überfallen", "abgeschoben", "eingereist", "geflohen", "aufgenommen", "verkauft",
    "gekauft", "gebaut", "veröffentlicht", "gegründet", "aufgelöst", "gestoppt", "blockiert",
    # finite past forms
    "griff", "griffen", "tötete", "töteten", "zerstörte", "zerstörten", "lieferte", "lieferten",
    "feuerte", "feuerten", "schoss", "schossen", "eroberte", "eroberten", "besetzte", "besetzten",
    "unterzeichnete", "unterzeichneten", "beschloss", "beschlossen", "genehmigte", "genehmigten",
    "verhängte", "verhängten", "entsandte", "schickte", "schickten", "nahm", "nahmen", "starb",
    "starben", "wählte", "wählten", "gewann", "gewannen", "verlor", "verloren", "kündigte", "kündigten",
    "eröffnete", "schloss", "schlossen", "stieg", "stiegen", "sank", "sanken", "fiel", "fielen",
    "erhielt", "erhielten", "zahlte", "zahlten", "kaufte", "kauften", "verkaufte", "verkauften",
    "trat", "traten", "floh", "flohen", "kam", "kamen", "explodierte", "verurteilte", "entließ",
    "ernannte", "gründete", "sammelte", "sammelten", "stimmte", "stimmten", "traf", "trafen",
    # strong and irregular past forms (weak ones, "-te", are found by their shape)
    "ging", "gingen", "stand", "standen", "saß", "saßen", "lag", "lagen", "gab", "gaben", "blieb", "blieben",
    "zog", "zogen", "hielt", "hielten", "rief", "riefen", "fand", "fanden", "begann", "begannen", "warf",
    "warfen", "brach", "brachen", "verließ", "verließen", "schrieb", "schrieben", "lief", "liefen", "fuhr",
    "fuhren", "flog", "flogen", "wuchs", "wuchsen", "wies", "wiesen", "bot", "boten", "lud", "luden",
    "verbot", "verboten", "half", "halfen", "entschied", "entschieden", "unterschrieb", "verschwand",
    "verschwanden", "brachte", "brachten", "nannte", "nannten", "brannte", "brannten", "sandte", "wandte",
    "erschien", "erschienen", "gelang", "misslang", "geschah", "betrug", "betrugen", "erließ", "stieß",
    "attacked", "killed", "wounded", "destroyed", "delivered", "fired", "launched", "deployed",
    "captured", "signed", "approved", "imposed", "sent", "arrested", "died", "elected", "won",
    "lost", "shot down", "intercepted", "seized", "struck", "passed", "resigned", "appointed",
    "banned", "raised", "cut", "paid", "spent", "invested", "rose", "fell", "exploded", "murdered",
    "sentenced", "acquitted", "released", "founded", "closed", "opened", "bought", "sold", "met",
    "received", "voted", "collected", "announced",
)
#: Auxiliaries of a perfect or passive (the participle may stand before them:
#: "Geleitet wurde es von ...").
AUXILIARIES: tuple[str, ...] = (
    "wurde", "wurden", "worden", "wird", "werden", "hat", "haben", "hatte", "hatten", "ist", "sind", "war",
    "waren",
)
#: A German past participle (regex fragment, lower case): "ge-" with an optional
#: separable prefix ("abgefertigt", "eingeführt"), an inseparable prefix with
#: "-t" ("bestätigt", "verlängert"; "-en" would be an infinitive), or "-iert".
PARTICIPLE: str = (
    r"(?:(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|heraus|her|hin|hinaus|hoch|los|mit|nach|statt|"
    r"teil|um|vor|voran|vorbei|weg|wieder|zu|zurück|zusammen)?ge[a-zäöüß]{3,}(?:t|en)"
    r"|(?:be|ver|ent|er|zer|miss|über|unter|hinter|wider)[a-zäöüß]{3,}t|[a-zäöüß]{3,}iert)"
)
#: Adjectives shaped like participles: after "ist" they describe, they report no event.
NOT_PARTICIPLES: tuple[str, ...] = (
    "bekannt", "bereit", "berühmt", "beliebt", "bestimmt", "bewusst", "verrückt", "verwandt", "entfernt",
    "gerecht", "gesamt", "geeignet", "gewohnt", "gewiss", "interessiert", "engagiert", "motiviert",
    "kompliziert", "berechtigt", "begeistert", "erfreut", "verliebt", "verheiratet", "gelassen", "verlegen",
    "überzeugt", "gestern", "genug", "gegen", "verdammt", "überhaupt", "gespannt", "bescheuert", "bekloppt",
)
#: Lower-case words that are never the verb of a clause (articles, pronouns,
#: determiners, quantifiers, and a few frequent words that a verb form shares).
NOT_VERBS: tuple[str, ...] = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein",
    "keine", "keinen", "keinem", "keiner", "keines", "er", "sie", "es", "ich", "du", "wir", "ihr", "man", "sich",
    "mich", "mir", "dich", "dir", "uns", "euch", "ihn", "ihm", "ihnen", "mein", "meine", "meinen", "meinem",
    "meiner", "dein", "deine", "deinen", "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihre",
    "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "euer", "eure",
    "dieser", "diese", "dieses", "diesen", "diesem", "jener", "jene", "jenes", "jenen", "jenem", "welche",
    "welcher", "welches", "welchen", "welchem", "alle", "allen", "aller", "alles", "jede", "jeder", "jedes",
    "jeden", "jedem", "viele", "vielen", "wenige", "wenigen", "einige", "einigen", "mehrere", "mehreren",
    "nichts", "etwas", "wer", "was", "wen", "wem", "schon", "weil", "mehr", "selbst", "beiden", "beide",
    "the", "a", "an", "he", "she", "it", "they", "we", "you", "i", "his", "her", "their", "our", "this",
    "that", "these", "those",
)
#: Modals and frequent verbs (lower case), besides the auxiliaries: a clause
#: with one of them has a verb.
VERB_WORDS: tuple[str, ...] = (
    "kann", "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten", "soll", "sollen", "sollte",
    "sollten", "will", "wollen", "wollte", "wollten", "darf", "dürfen", "durfte", "durften", "mag", "möchte",
    "möchten", "könnte", "könnten", "würde", "würden", "hätte", "hätten", "wäre", "wären", "gibt", "gab",
    "geht", "ging", "kommt", "kam", "kamen", "liegt", "lag", "steht", "stand", "bleibt", "blieb", "macht",
    "machen", "zeigt", "zeigen", "heißt", "sagt", "sagte", "sagten", "gilt", "galt", "fehlt", "fehlen",
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do",
    "must", "should", "may", "might",
)
#: Adverbs after which a lower-case "-te" word is a past verb ("dann verschärfte").
PRETERITE_AFTER: tuple[str, ...] = (
    "dann", "danach", "damals", "zuletzt", "später", "daraufhin", "anschließend", "zunächst", "schließlich",
    "bisher", "jüngst", "kürzlich", "zudem", "außerdem", "erst", "sofort", "gestern",
)
MONTHS: tuple[str, ...] = (
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "january", "february", "march", "june", "july", "october",
    "december",
)
#: Words that date a statement (besides months and digits).
DATE_WORDS: tuple[str, ...] = MONTHS + (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "gestern", "vorgestern", "heute", "letzte woche", "vergangene woche", "letzten jahr", "vergangenen jahr",
    "vorjahr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "last week", "last year", "last month",
)
#: Number words that count (not "ein"/"one": too common as articles).
NUMBER_WORDS: tuple[str, ...] = (
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend", "million", "millionen",
    "milliarde", "milliarden", "dutzend", "hälfte", "drittel", "viertel", "prozent",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "fifty", "hundred", "thousand", "million", "millions", "billion", "billions",
    "dozen", "half", "third", "percent",
)

#: Where a sentence may split into clauses that may each be a claim: ";", a
#: dash between spaces, a colon before a capital, digit or opening quote, and a
#: comma before an adversative or contrastive coordinator ("sondern" is left
#: out: "nicht nur X, sondern Y" is one statement). A dash or colon splits
#: only when a clause with a verb follows, and a pair of dashes around a few
#: words is an insertion ("Die Regierung – so heißt es – plant ..."): see
#: ``detect.clause_bounds``. The comma branch stays last (``detect`` reads it
#: on its own).
CLAUSE_SPLIT: str = (
    r";\s+|\s+[–—‒-]\s+|:\s+(?=[A-ZÄÖÜ0-9„“\"»])"
    r"|,\s+(?=(?:aber|doch|jedoch|während|wohingegen|but|whereas|while|yet)\s)"
)
