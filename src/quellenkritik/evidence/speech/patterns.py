"""Regular expressions compiled once from the lexicons in :mod:`.cues`.

Hand-written regexes rather than a parser: the tokens stage is a blank
spaCy tokenizer (no tagger), and the component must run far faster than
it. Every pattern here is compiled at import time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from babel import Locale

from ..scan import anchored_finditer, trie

from . import cues

__all__ = [
    "TOKEN",
    "QUOTE",
    "verbs",
    "cue_matches",
    "DECLINE",
    "KONJ_I",
    "SPLIT_VERB",
    "KONJ_ANY",
    "COMPLEMENT",
    "LAUT",
    "ZUFOLGE",
    "NACH_ANGABEN",
    "WIE_BERICHTET",
    "SO_X",
    "ACCORDING_TO",
    "COMPOUND_ANGABEN",
    "POSSESSIVE_VIEW",
    "NOMINAL",
    "PASSIVE_BY",
    "COLON_SPEAKER",
    "CIRCLES",
    "STATE_CASED",
    "state_words",
    "TYPE_RE",
    "OPINION",
    "EVENT",
    "DATE_WORD",
    "DIGIT",
    "QUOTE_CHARS",
    "finditer",
]

#: Words (keeping inner hyphens, dots and apostrophes) and single punctuation.
TOKEN = re.compile(r"\w(?:[\w.'’\-]*\w)?|[^\w\s]")


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """An alternation, longest first, with spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _trie(words: tuple[str, ...] | list[str]) -> str:
    """The language of :func:`_alt` as a prefix tree (``sagt|sagte`` -> ``sagt(?:e)?``), any whitespace between words."""
    return trie(words, space=r"\s+")


#: pattern -> (anchor, back): see :func:`finditer`. An anchor is a regex or
#: a tuple of literal strings (found with ``str.find``, far faster than a
#: regex alternation scanning every character).
_ANCHORS: dict[re.Pattern[str], tuple[re.Pattern[str] | tuple[str, ...], re.Pattern[str] | None]] = {}


def _anchored(rx: re.Pattern[str], anchor: str | tuple[str, ...], back: str | None = None) -> re.Pattern[str]:
    _ANCHORS[rx] = (anchor if isinstance(anchor, tuple) else re.compile(anchor), re.compile(f"[{back}]*") if back else None)
    return rx


def finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Exactly ``rx.finditer(text)``, tried only at or just before its anchor (see :mod:`..scan`)."""
    spec = _ANCHORS.get(rx)
    if spec is None:
        return rx.finditer(text)
    return anchored_finditer(rx, text, spec[0], spec[1])


# --- Quotations ---------------------------------------------------------
QUOTE_CHARS = "„“”‚‘’»«›‹\""
_pairs = []
for _open, _closes in cues.QUOTE_PAIRS:
    _ex = re.escape(_open + _closes + "\n")
    # “ and ” only open a quote after a space, a bracket or the start.
    _pre = r"(?<![\w])" if _open in "“”‘" else ""
    _pairs.append(rf"{_pre}{re.escape(_open)}(?=\S)(?P<c{len(_pairs)}>[^{_ex}]{{1,1500}}?)(?<=\S)[{re.escape(_closes)}]")
# ASCII double quotes: opened after a space/bracket/start, closed before a non-letter.
_pairs.append(r'(?:(?<=^)|(?<=[\s(\[—–:/-]))"(?=\S)(?P<c%d>[^"\n]{1,1500}?)(?<=\S)"(?!\w)' % len(_pairs))
# ASCII single quotes: stricter, to leave apostrophes alone ("don't", "Peters'").
_pairs.append(r"(?:(?<=^)|(?<=[\s(\[—–:]))'(?=\w)(?P<c%d>[^'\n]{1,300}?)(?<=[\w.!?,])'(?![\w])" % len(_pairs))
QUOTE = _anchored(re.compile("|".join(_pairs), re.M), "[" + re.escape(QUOTE_CHARS + "'") + "]")
N_QUOTE_GROUPS = len(_pairs)


@lru_cache(maxsize=8)
def verbs(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(speech verbs, thinking verbs) for a language code ("de", "en", other: both)."""
    if lang.startswith("de"):
        say, think = cues.SPEECH_VERBS_DE, cues.THINK_VERBS_DE
    elif lang.startswith("en"):
        say, think = cues.SPEECH_VERBS_EN, cues.THINK_VERBS_EN
    else:
        say = cues.SPEECH_VERBS_DE + cues.SPEECH_VERBS_EN
        think = cues.THINK_VERBS_DE + cues.THINK_VERBS_EN
    say_rx = re.compile(rf"(?<![\w-])(?:{_trie(say)})(?![\w-])")
    think_rx = re.compile(rf"(?<![\w-])(?:{_trie(think)})(?![\w-])")
    _VERB_WORDS[say_rx], _VERB_WORDS[think_rx] = say, think
    return say_rx, think_rx


def _split_verbs() -> re.Pattern[str]:
    """Finite forms of :data:`cues.SPLIT_VERBS_DE` whose particle follows in the same clause
    (no comma, at most 150 characters on): the match is the finite verb."""
    branches = []
    for particle, forms in cues.SPLIT_VERBS_DE.items():
        part = re.escape(particle).replace(r"\ ", r"\s+")
        # the particle closes the clause: punctuation, a quotation mark, "und"/"oder"/"aber" or the end
        # follows it ("geht davon aus, dass"), never more of the clause ("gingen ... aus China ins Netz")
        branches.append(rf"(?:{_alt(forms)})(?![\w-])(?=[^.;:!?,\n]{{1,150}}?\s{part}"
                        rf"(?=\s*(?:[,.;:!?\"“”»«)\n]|$)|\s+(?:und|oder|aber|sowie)\b))")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(branches)})")


#: "Westliche Regierungen werfen Russland vor", "gab er zu bedenken" (German only)
SPLIT_VERB = _anchored(
    _split_verbs(), rf"(?<![\w-])(?:{trie(sorted({f for forms in cues.SPLIT_VERBS_DE.values() for f in forms}))})(?![\w-])"
)

#: the word lists of the patterns :func:`verbs` made
_VERB_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {}
_LOOKBEHIND = r"(?<![\w-])"


@lru_cache(maxsize=8)
def _either(say: re.Pattern[str], think: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns that find where ``say`` or ``think`` matches, in one scan of the text.

    The first, zero-width, for the start of the text; the second elsewhere:
    it opens with the character before the verb (one the lookbehind of both
    allows: not in [\\w-]; the verb starts after it) and the first letter,
    then the tails of the words starting with it. ``re`` skips to the next
    such character in C and tries the rest only there, about one character
    in five (a third faster than a lookbehind opening the pattern, which is
    tried at every character).
    """
    assert say.pattern.startswith(_LOOKBEHIND) and think.pattern.startswith(_LOOKBEHIND)
    n = len(_LOOKBEHIND)
    at_start = re.compile(f"{_LOOKBEHIND}(?=(?:{say.pattern[n:]})|(?:{think.pattern[n:]}))")
    tails: dict[str, list[set[str]]] = {}
    for k, words in enumerate((_VERB_WORDS[say], _VERB_WORDS[think])):
        for w in words:
            tails.setdefault(w[0], [set(), set()])[k].add(w[1:])
    branches = []
    for c, (say_tails, think_tails) in sorted(tails.items()):
        body = "|".join(rf"(?:{_trie(sorted(t))})(?![\w-])" for t in (say_tails, think_tails) if t)
        branches.append(f"{re.escape(c)}(?={body})")
    return at_start, re.compile(rf"[^\w-](?:{'|'.join(branches)})")


def _cue_starts(text: str, say: re.Pattern[str], think: re.Pattern[str]) -> Iterator[int]:
    """The positions where ``say`` or ``think`` matches, ascending."""
    at_start, after = _either(say, think)
    if at_start.match(text):
        yield 0
    for c in after.finditer(text):
        yield c.start() + 1


def cue_matches(text: str, say: re.Pattern[str], think: re.Pattern[str]) -> list[tuple[re.Match[str], bool]]:
    """Exactly ``sorted([(m, False) for m in say.finditer(text)] + [(m, True)
    for m in think.finditer(text)], key=start)``: each pattern is tried only
    where one of them matches, resuming after its own previous match."""
    out: list[tuple[re.Match[str], bool]] = []
    say_from = think_from = 0
    for p in _cue_starts(text, say, think):
        if p >= say_from:
            m = say.match(text, p)
            if m is not None:
                out.append((m, False))
                say_from = m.end() if m.end() > p else p + 1
        if p >= think_from:
            m = think.match(text, p)
            if m is not None:
                out.append((m, True))
                think_from = m.end() if m.end() > p else p + 1
    return out


def _opening(fragment: str) -> str:
    """The literal letters a regex fragment opens with (up to a quantified one)."""
    m = re.match(r"[^\W\d_]+", fragment)
    lit = m.group() if m else ""
    if fragment[len(lit) : len(lit) + 1] in ("?", "*", "{"):
        lit = lit[:-1]
    assert lit, f"no literal opening: {fragment!r}"
    return lit


#: anchored on the literal first word of each cue (every cue opens with one)
DECLINE = _anchored(re.compile("|".join(cues.DECLINE_CUES)), tuple(dict.fromkeys(map(_opening, cues.DECLINE_CUES))))
KONJ_I = re.compile(rf"(?<![\w-])(?:{_alt(cues.KONJUNKTIV_I)})(?![\w-])")
KONJ_ANY = re.compile(rf"(?<![\w-])(?:{_alt(cues.KONJUNKTIV_I + cues.KONJUNKTIV_SUBSTITUTES)})(?![\w-])")
#: A complement clause shortly after a cue: ", dass ..." / "that ...".
COMPLEMENT = re.compile(r"[^.;:!?„“”\"»«]{0,90}?(?:,\s*|\s)(?P<c>dass|daß|ob|that|whether)\b")

# --- Attribution markers ---------------------------------------------------
LAUT = _anchored(re.compile(r"(?<![\w-])[Ll]aut\s+(?=[\w„\"])"), ("laut", "Laut"))
ZUFOLGE = _anchored(re.compile(r"(?<![\w-])zufolge\b"), "zufolge")
NACH_ANGABEN = _anchored(re.compile(
    r"(?<![\w-])[Nn]ach\s+(?:(?:eigenen|offiziellen|ersten|vorläufigen|jüngsten|neuen)\s+)?"
    r"(?:Angaben|Schätzungen|Informationen|Erkenntnissen|Einschätzung|Darstellung|Aussagen?|Berichten|Worten)"
    r"(?:\s+(?:von|vom|aus))?\s*"
), ("nach", "Nach"))
WIE_BERICHTET = _anchored(re.compile(r"(?<![\w-])[Ww]ie\s+(?=[\w„\"])"), ("wie", "Wie"))
SO_X = _anchored(
    re.compile(r"(?:,|[“”\"«»‹›]\s*,?)\s+(?P<so>so)\s+(?=(?:der|die|das|des|ein|eine|einer|[A-ZÄÖÜ])\b|[A-ZÄÖÜ])"),
    r"so\s", r",“”\"«»‹›\s",
)
#: "nach Kirchenangaben", "Nach Tagesspiegel-Informationen", "Expertenschätzungen nach/zufolge":
#: the compound word (its first part is the source); the "nach"/"zufolge" around it is checked
#: by the caller. Tried only at the word start before one of the anchors.
_ANGABEN = ("angaben", "Angaben", "informationen", "Informationen", "schätzungen", "Schätzungen",
            "berechnungen", "Berechnungen", "erkenntnissen", "Erkenntnissen")
COMPOUND_ANGABEN = _anchored(
    re.compile(r"(?<![\w-])(?P<word>[A-ZÄÖÜ]\w*?-?(?:" + "|".join(_ANGABEN) + r"))(?![\w-])"), _ANGABEN, r"\w\-"
)
#: "Aus seiner Sicht", "seinen Angaben nach", "nach ihren Worten": a possessive points at the last speaker
#: (group "a" needs "aus"/"nach" before it, "b" "nach"/"zufolge" after it: checked by the caller)
POSSESSIVE_VIEW = _anchored(re.compile(
    r"(?P<a>(?:seiner|ihrer)\s+(?:Sicht|Ansicht|Einschätzung|Meinung|Auffassung|Darstellung))(?![\w-])"
    r"|(?P<b>(?:[Ss]einen|[Ii]hren)\s+(?:Angaben|Worten|Aussagen))(?![\w-])"
), ("seiner", "ihrer", "seinen", "ihren", "Seinen", "Ihren"))
#: nominal attributions: "Empfehlungen der Leopoldina", "Prognosen von Weltbank und IWF", "Kritik kommt von X",
#: "Mit Material von dts", "wenn es nach X geht" (see reported.find_markers)
_NOMINAL_HEADS = ("Empfehlung", "Prognose", "Mitteilung", "Einschätzung", "Warnung", "Forderung", "Stellungnahme",
                  "Berechnung", "Schätzung", "Darstellung")
NOMINAL = _anchored(re.compile(
    r"(?<![\w-])(?:(?:" + "|".join(_NOMINAL_HEADS) + r")(?:en|s)?"
    r"\s+(?:der|des|von|vom)|Kritik\s+(?:kommt|kam)\s+(?:von|aus)|[Mm]it\s+Material\s+(?:von|der|des)|[Ww]enn\s+es\s+nach)\s+"
), (*_NOMINAL_HEADS, "Kritik", "Material", "wenn es", "Wenn es"), r"\w ")
PASSIVE_BY = re.compile(r"(?<![\w-])(?:wurde|wurden|worden|wird|werden|ist|sind)\s+(?:[\w-]+\s+){0,3}?(?:von|vom|seitens)\s+")
#: "in Aufsichtsratskreisen", "aus Regierungskreisen": unnamed sources
CIRCLES = _anchored(re.compile(r"(?<![\w-])(?P<who>[\w-]*[Kk]reisen)(?![\w-])"), ("reisen",), r"\w\-")
_CIRCLES_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]us|[Ii]n|[Vv]on)\s+(?:[\w-]+\s+)?$")
#: "Alice Weidel: ...", "Rheinische Post: ...": a short speaker phrase before a colon opening a sentence or paragraph
COLON_SPEAKER = re.compile(r"(?:(?<=\n)|^)(?P<who>[A-ZÄÖÜ][^\n:.!?„“\"»«]{1,60}?)\s?:\s+(?=\S)", re.M)
ACCORDING_TO = _anchored(re.compile(r"(?<![\w-])[Aa]ccording\s+to\s+"), ("according", "According"))

# --- States -----------------------------------------------------------------
#: Country names that are also common words in the other language.
_AMBIGUOUS_NAMES = frozenset({"island", "jersey", "guernsey", "niger", "chad", "turkey", "georgia", "jordan"})


def _state_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for loc in ("de", "en"):
        for code, name in Locale(loc).territories.items():
            if len(code) == 2 and code.isalpha() and len(name) > 3 and name.lower() not in _AMBIGUOUS_NAMES:
                table.setdefault(name.lower(), code)
    for code, (adjectives, metonyms) in cues.STATES.items():
        for w in adjectives + metonyms:
            table[w] = code
    return table


_STATES = _state_table()
#: First words of the multi-word names: a 2- or 3-word run can only be a
#: name (or its genitive) when its first word is one of these (the suffixes
#: _name_code strips come off the last word).
_MULTI_FIRST = frozenset(k.split(" ")[0] for k in _STATES if " " in k)
#: Adjective stems (matched as word prefixes: "russischen", "US-amerikanische").
STATE_ADJECTIVES: tuple[tuple[str, str], ...] = tuple(
    sorted(((a, code) for code, (adjs, _) in cues.STATES.items() for a in adjs), key=lambda x: -len(x[0]))
)
#: Case-sensitive abbreviations of states ("US", "USA", "UK").
STATE_CASED = re.compile(r"(?<![\w])(?P<code>USA|US|UK|UdSSR|BRD|VAE|UAE|PRC)(?![\w])")
_CASED = {"USA": "US", "US": "US", "UK": "GB", "UdSSR": "SU", "BRD": "DE", "VAE": "AE", "UAE": "AE", "PRC": "CN"}
_WORD = re.compile(r"[\w.]+")


def _name_code(word: str) -> str | None:
    for cand in (word, word[:-1] if word.endswith(("s", "n")) else "", word[:-2] if word.endswith("es") else ""):
        if cand and cand in _STATES:
            return _STATES[cand]
    return None


def state_words(mention: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO code) of each state cue in a mention: abbreviations,
    adjectives, country names (babel, de+en, genitive -s), metonyms."""
    return list(_state_words(mention))


@lru_cache(maxsize=16384)
def _state_words(mention: str) -> tuple[tuple[int, int, str], ...]:
    found = [(m.start(), m.end(), _CASED[m.group("code")]) for m in STATE_CASED.finditer(mention)]
    low = mention.lower()
    if len(low) != len(mention):
        low = mention  # rare case-folding length change: fall back to the raw text
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(low)]
    i = 0
    while i < len(words):
        s, e, w = words[i]
        hit = None
        for n in (3, 2) if w in _MULTI_FIRST else ():  # multi-word names: "vereinigte staaten", "weißen hauses"
            if i + n <= len(words):
                code = _name_code(" ".join(x[2] for x in words[i : i + n]))
                if code:
                    hit = (s, words[i + n - 1][1], code, n)
                    break
        if hit is None:
            for part_start, part in _parts(s, w):
                code = _name_code(part)
                if code is None:
                    code = next((c for a, c in _adjectives(part[:1], w[:1]) if part.startswith(a) or (a.endswith("-") and w.startswith(a))), None)
                if code:
                    found.append((part_start, part_start + len(part), code))
            i += 1
        else:
            found.append(hit[:3])
            i += hit[3]
    found.sort()
    return tuple(found)


@lru_cache(maxsize=None)
def _adjectives(part_first: str, word_first: str) -> tuple[tuple[str, str], ...]:
    """The entries of STATE_ADJECTIVES, in order, that can match a part starting with
    ``part_first`` of a word starting with ``word_first`` (fewer ``startswith`` calls)."""
    return tuple((a, c) for a, c in STATE_ADJECTIVES if a[:1] == part_first or (a.endswith("-") and a[:1] == word_first))


def _parts(start: int, word: str) -> list[tuple[int, str]]:
    out, pos = [], start
    for part in word.split("-"):
        out.append((pos, part))
        pos += len(part) + 1
    return out


# --- Source types -------------------------------------------------------------
#: whether a mention holds a word of a type (``search`` as a test only): prefix trees,
#: which find the same places as the alternations, faster.
TYPE_RE = {t: re.compile(trie(cues.SOURCE_TYPES[t])) for t in cues.SOURCE_TYPE_ORDER}

# --- Profile heuristics ---------------------------------------------------------
OPINION = re.compile("|".join(cues.OPINION_PATTERNS), re.I)
EVENT = re.compile(rf"(?<![\w-])(?:{_alt(cues.EVENT_VERBS)})(?![\w-])")
DATE_WORD = re.compile(rf"(?<![\w-])(?:{_alt(cues.DATE_WORDS)})(?![\w-])", re.I)
DIGIT = re.compile(r"\d")
