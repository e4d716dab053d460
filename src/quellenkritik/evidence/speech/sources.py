"""Source mentions: find the speaker phrase around a cue, and type it.

Without a parser, a speaker mention is found with German word-order rules:
the subject stands before the finite verb (Vorfeld) unless the clause opens
with an adverbial ("So erklärte Putin", "Am Montag sagte X") or the verb
follows a reported clause or quote ("..., sagten Insider"), in which case it
follows the verb. Noun phrases run over articles, adjectives, capitalised
words and genitive chains, and take one name in apposition ("des Ausschusses
der Staatsduma, Slutsky,").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...linguistic.wordclass import is_common_noun, is_first_name, is_function_word
from . import cues
from .patterns import TOKEN, state_words
from .speakers import PRONOUNS, speaker_type

__all__ = ["after_phrase", "before_phrase", "find_source", "SourceInfo", "type_source"]

_BOUNDARY = set(",;:()[]–—-") | set("„“”‚‘’»«›‹\"'")
_AUX = frozenset("""
hat haben hatte hatten habe ist sind war waren wird werden wurde wurden kann können konnte
konnten will wollen wollte wollten soll sollen sollte sollten muss müssen musste mussten
has have had is are was were will would can could should may might
""".split())
_PRONOUNS = frozenset("er sie es man he she they it this dies das".split())
_SUBJECT_PRONOUNS = frozenset("er sie man ich wir he she they i we".split())
_MARKERS = re.compile(r"\b(?:zufolge|laut|Laut|[Nn]ach\s+(?:Angaben|Schätzungen|Informationen)|[Aa]ccording)\b")
_ADJ_END = ("e", "en", "er", "es", "em")
_MAX_TOKENS = 18


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, lo, hi)]


def _cap(w: str) -> bool:
    return w[:1].isupper() or w[:1].isdigit()


def _adjlike(w: str) -> bool:
    return w.islower() and w.endswith(_ADJ_END) and len(w) > 3


def _is_name_run(toks: list[tuple[int, int, str]]) -> bool:
    # "Martin E. Renner": an initial's full stop is part of the name
    toks = [t for k, t in enumerate(toks) if not (t[2] == "." and k and _initial(toks[k - 1][2]))]
    return 1 <= len(toks) <= 4 and all(t[2][:1].isupper() and t[2].lower() not in cues.NP_INNER_WORDS for t in toks)


class _Tokens:
    """The tokens of ``text[lo:hi]`` (as :func:`_tokens`), read only as far as asked for:
    a phrase after a cue takes a few tokens of what is often a long sentence."""

    __slots__ = ("toks", "_it")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.toks: list[tuple[int, int, str]] = []
        self._it = TOKEN.finditer(text, lo, hi)

    def has(self, i: int) -> bool:
        """Whether there is a token ``i`` (reading up to it)."""
        toks = self.toks
        while len(toks) <= i:
            m = next(self._it, None)
            if m is None:
                return False
            toks.append((m.start(), m.end(), m.group()))
        return True


#: Titles abbreviated with a full stop before a name ("Dr. Scot Refsland", "Prof. Dr. Anna Beispiel").
_TITLE_ABBREVIATIONS = frozenset({"Dr", "Prof", "Mag", "Ing", "Dipl", "DI", "Univ", "St", "Mr", "Mrs", "Ms"})


#: weekdays and times of day, alone or compounded ("Donnerstagabend", "Sonntagmorgen", "Abend")
_TIME_WORD = re.compile(r"(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
                        r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)?|Morgen|Vormittag|Mittag|"
                        r"Nachmittag|Abend|Nacht)")


def _initial(word: str) -> bool:
    """A middle initial's letter ("E" of "Martin E. Renner")."""
    return len(word) == 1 and word.isupper()


#: words before a time that belong to it ("am Montag", "vergangene Woche")
_TIME_LEAD = frozenset("am vergangene vergangenen letzte letzten diese dieser diesen kommende kommenden".split())
_OPEN_QUOTES = frozenset("„»«“\"‚")
_CLOSE_QUOTES = frozenset("“”«»\"‘")
#: prepositions whose phrase may stand between a role and the name in apposition after it
_PP_WORDS = frozenset({"im", "in", "am", "beim", "bei", "vom", "von", "für", "of", "at"})
#: postpositions: the noun before them is their object, not part of the speaker's name
_POSTPOSITIONS = frozenset({"gegenüber", "zufolge", "zuliebe", "entgegen"})


def after_phrase(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``start`` (after a cue), or None."""
    lazy = _Tokens(text, start, limit)
    has, toks = lazy.has, lazy.toks
    kept: list[tuple[int, int, str]] = []
    head = False
    i = 0
    while has(i) and len(kept) < _MAX_TOKENS:
        s, e, w = toks[i]
        lw = w.lower()
        if not kept and lw == "es" and i == 0 and has(1) and _cap(toks[1][2]):
            i += 1  # "Ähnlich formulierte es SPÖ-Kandidat X": "es" is the object, the subject follows
            continue
        if not kept and lw in cues.NP_BAD_START:
            return None
        if w == "(" and head:  # "Minister X (CDU)", "die Weltgesundheitsorganisation (WHO)"
            j = i + 1
            while has(j) and j <= i + 6 and toks[j][2] != ")":
                j += 1
            if has(j) and toks[j][2] == ")" and j > i + 1:
                kept.extend(toks[i : j + 1])
                i = j + 1
                continue
            break
        if w == "." and kept and (kept[-1][2] in _TITLE_ABBREVIATIONS or _initial(kept[-1][2])) \
                and kept[-1][1] == s and has(i + 1) and _cap(toks[i + 1][2]):
            kept.append((s, e, w))  # "meint Dr. Scot Refsland": the title's full stop, not the sentence's
            i += 1
            continue
        if w == "-" and kept and kept[-1][1] == s and has(i + 1) and toks[i + 1][2] in ("und", "oder"):
            kept.append((s, e, w))  # "Zentrum für Luft- und Raumfahrt": an elided compound goes on
            i += 1
            continue
        if head and _TIME_WORD.fullmatch(w):
            break  # "teilten die Gewerkschaften Donnerstagabend mit": a time, not part of the name
        if head and _cap(w) and has(i + 1) and toks[i + 1][2] in _POSTPOSITIONS:
            break  # "gab das Unternehmen Investoren gegenüber ... bekannt": the postposition's object
        if w in _BOUNDARY or not (w[0].isalnum() or w[0] == "_"):
            if w == "," and head:  # apposition ", Waleri Saluschnyj," or a list ", Südkoreas und der Ukraine"
                j = i + 1
                while has(j) and (_cap(toks[j][2]) or toks[j][2].lower() in cues.NP_INNER_WORDS
                                  or toks[j][2] == "." and _initial(toks[j - 1][2]) and has(j + 1) and _cap(toks[j + 1][2])):
                    j += 1
                run = toks[i + 1 : j]
                ends = not has(j) or toks[j][2] in ",.;:!?"
                if (_is_name_run(run) and ends) or (any(t[2] in ("und", "and") for t in run) and run and _cap(run[-1][2])):
                    kept.extend(run)
            break
        if lw in cues.CLAUSE_CONJUNCTIONS and lw not in ("und", "and"):
            break
        if head and lw in _PP_WORDS and lw in cues.NP_STOP_WORDS:
            # "der Vorsitzende der AfD-Fraktion im Deutschen Bundestag, Alexander Gauland, mit": a
            # prepositional phrase, then the name in apposition: take both
            j = i + 1
            while has(j) and j <= i + 6 and (_cap(toks[j][2]) or toks[j][2].lower() in cues.NP_INNER_WORDS
                                              or _adjlike(toks[j][2].lower())):
                j += 1
            if has(j) and toks[j][2] == "," and j > i + 1:
                k = j + 1
                while has(k) and k <= j + 4 and _cap(toks[k][2]):
                    k += 1
                run = toks[j + 1 : k]
                if _is_name_run(run) and len(run) >= 2 and (not has(k) or toks[k][2] in ",.;:!?"):
                    kept.extend(toks[i:k])
            elif (not has(j) or toks[j][2] in ",.;:!?") and j >= i + 3 and is_first_name(toks[j - 2][2]) \
                    and _cap(toks[j - 1][2]) and not is_common_noun(toks[j - 1][2]):
                kept.extend(toks[i:j])  # "... der AfD im Deutschen Bundestag Alice Weidel:": the name ends the phrase
            break
        if head and lw in cues.NP_STOP_WORDS:
            break
        if lw in ("und", "and") and head and not (has(i + 1) and (_cap(toks[i + 1][2]) or _adjlike(toks[i + 1][2]))):
            break
        if _cap(w):
            head = True
        elif head and not (lw in cues.NP_INNER_WORDS or (_adjlike(lw) and has(i + 1) and toks[i + 1][2][:1].isupper())):
            break
        kept.append((s, e, w))
        i += 1
    while kept and (kept[-1][2].lower() in cues.NP_INNER_WORDS or kept[-1][2].lower() in cues.CLAUSE_CONJUNCTIONS or (head and kept[-1][2].islower() and _adjlike(kept[-1][2]))):
        kept.pop()
    if not kept:
        return None
    return kept[0][0], kept[-1][1]


def before_phrase(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The subject phrase ending just before ``end`` (a cue), back to ``lo``."""
    toks = _tokens(text, lo, end)
    kept: list[tuple[int, int, str]] = []
    i = len(toks) - 1
    # "Wie der Stern vergangene Woche berichtete", "am Montag": a time before the verb is not the speaker's
    if i >= 1 and _TIME_WORD.fullmatch(toks[i][2]) or i >= 1 and toks[i][2] in ("Woche", "Monat", "Jahr", "Wochenende"):
        if toks[i - 1][2].lower() in _TIME_LEAD:
            i -= 2
        elif _TIME_WORD.fullmatch(toks[i][2]):
            i -= 1
    while i >= 0 and len(kept) < _MAX_TOKENS:
        s, e, w = toks[i]
        lw = w.lower()
        if w in _CLOSE_QUOTES and i >= 2 and toks[i - 2][2] in _OPEN_QUOTES and _cap(toks[i - 1][2]):
            kept[:0] = toks[i - 2 : i + 1]  # "Wie der „Stern“ berichtete": a quoted title is part of the subject
            i -= 3
            continue
        if w == ")":  # "Die Weltgesundheitsorganisation (WHO) erklärte": the bracket belongs to the subject
            j = i - 1
            while j >= 0 and j >= i - 6 and toks[j][2] != "(":
                j -= 1
            if j >= 1 and toks[j][2] == "(" and j < i - 1 and _cap(toks[j - 1][2]):
                kept[:0] = toks[j : i + 1]
                i = j - 1
                continue
            break
        if w == "." and kept and _cap(kept[0][2]) and not is_function_word(kept[0][2]) and i >= 2 \
                and _initial(toks[i - 1][2]) and toks[i - 1][1] == s and is_first_name(toks[i - 2][2]):
            kept[:0] = toks[i - 1 : i + 1]  # "Martin E. Renner": an initial's full stop, not the sentence's
            i -= 2
            continue
        if w in _BOUNDARY or w in ".!?":
            if w == "," and kept and _is_name_run(kept) and i > 0 and toks[i - 1][2] not in _BOUNDARY:
                i -= 1  # "Der Sonderbotschafter ..., Rodion Miroshnik, glaubt": take the head too
                continue
            break
        if lw in _AUX:
            if kept and _cap(kept[0][2]):
                break  # "Am Montag hat Putin erklärt": the subject is after the auxiliary
            kept = []  # "Putin hat am Montag erklärt": the subject is before it
            i -= 1
            continue
        if lw in cues.CLAUSE_CONJUNCTIONS:
            if lw in ("und", "and") and kept and _cap(kept[0][2]) and i > 0 and (
                _cap(toks[i - 1][2]) or (_adjlike(toks[i - 1][2]) and is_function_word(toks[i - 1][2]))
            ):
                kept.insert(0, (s, e, w))
                i -= 1
                continue
            break
        kept.insert(0, (s, e, w))
        i -= 1
    for k in range(len(kept) - 1, -1, -1):  # "von der er glaubte": a pronoun is the subject
        if kept[k][2].lower() in _SUBJECT_PRONOUNS:
            kept = kept[k:]
            break
    while kept and (kept[0][2].lower() in cues.NONSUBJECT_OPENERS or kept[0][2] == ","
                    or (kept[0][2].lower() in _FOCUS and len(kept) > 1)):
        kept.pop(0)  # "Auch Serbien droht": the focus particle is not part of the speaker
    while kept and kept[-1][2].lower() in _AUX | cues.NP_STOP_WORDS - _PRONOUNS:
        kept.pop()
    if not kept:
        return None
    return kept[0][0], kept[-1][1]


#: Focus particles before a subject ("Auch Serbien", "Selbst die Regierung", "Nur der Minister")
_FOCUS = frozenset({"auch", "selbst", "sogar", "nur", "gerade", "ausgerechnet", "allein", "also", "even", "only"})


def _first_word(text: str, lo: int, hi: int) -> str:
    m = TOKEN.search(text, lo, hi)
    return m.group() if m else ""


def find_source(text: str, cue_start: int, cue_end: int, lo: int, hi: int, prefer_after: bool = False) -> tuple[int, int] | None:
    """The speaker mention of a cue at ``[cue_start, cue_end)`` within ``[lo, hi)``.

    ``lo`` is where the clause may start (sentence start or the end of a
    quote), ``hi`` where the mention must end (sentence end or the start of
    the reported content). ``prefer_after`` for inverted order ("..., sagte X").
    """
    pre = text[lo:cue_start].rstrip()
    if pre.endswith(",") and not prefer_after:
        # "Der Sonderbotschafter ..., Rodion Miroshnik, glaubt": a subject with a name in apposition
        cpos = lo + len(pre) - 1
        prev = text.rfind(",", lo, cpos)
        if prev >= 0 and _is_name_run(_tokens(text, prev + 1, cpos)):
            return before_phrase(text, lo, cpos)
    if not prefer_after:
        appo = _APPOSITION_SUBJECT.match(text, lo, cue_start)
        if appo and appo.end() == cue_start:
            # "Sergei Sobjanin, Bürgermeister von Moskau, hat erklärt": the name and its apposition
            return appo.start("who"), appo.end("role")
    inverted = prefer_after or not pre or pre[-1] in ",;:“”\"»«‹›–—("
    if not inverted:
        # the clause before the cue, from its last boundary
        k = max(pre.rfind(c) for c in ",;:“”\"»«(") + 1
        opening = [m.group() for m, _ in zip(TOKEN.finditer(text, lo + k, cue_start), range(2))]
        first_tok = opening[0] if opening else ""
        first = first_tok.lower()
        # "Ähnlich formulierte es X", "Unterdessen sagte X": an adverb, not an adjective of the subject
        adverbial = is_function_word(first_tok) and (len(opening) < 2 or not opening[1][:1].isupper())
        if first in cues.NONSUBJECT_OPENERS or adverbial or first[:1].isdigit() or _MARKERS.search(text, lo + k, cue_start):
            after = after_phrase(text, cue_end, hi)
            if after:
                return after
        before = before_phrase(text, lo, cue_start)
        if before:
            return before
    return after_phrase(text, cue_end, hi) or (before_phrase(text, lo, cue_start) if not inverted else None)


@dataclass(frozen=True)
class SourceInfo:
    source_type: str
    anonymous: bool
    states: tuple[str, ...]
    name: str | None


_APPOSITION_SUBJECT = re.compile(
    r"\s*(?P<who>[A-ZÄÖÜ][\w'’\-]+(?:\s+[A-ZÄÖÜ][\w'’\-]+){0,3}),\s+(?P<role>[^,.;:!?„“\"»«\n]{2,80}?),\s+"
    r"(?:(?:hat|haben|hatte|hatten|habe|ist|sind|war|waren|wird|werden)\s+)?"
)
_NAME_RUN = re.compile(r"(?:[A-ZÄÖÜ][\w'’\-]+)(?:\s+[A-ZÄÖÜ][\w'’\-]+){0,2}$")
#: A single capitalised word that looks like a German common noun, not a name
#: ("Verbündete", "Experten", "Regierung"); names are rarely built like this.
_COMMON_NOUN = re.compile(r"^\w+(?:e|en|ung|heit|keit|schaft|ion)$")
_MULTIWORD = tuple(k for k in cues.SOURCE_TYPE_TOKENS if " " in k)
_GENITIVE = re.compile(r"(?<=\w)s$")
_WORDS = re.compile(r"[\w.]+")


def _states(mention: str) -> list[str]:
    return list(dict.fromkeys(code for _, _, code in state_words(mention)))



@lru_cache(maxsize=4096)
def type_source(mention: str) -> SourceInfo:
    """Classify a source mention by its own words (the guide's types; see :mod:`.speakers`).

    Names without a role are "other" here; the ``speech`` component resolves
    them against earlier mentions and the knowledge base.
    """
    low = mention.lower()
    states = _states(mention)
    stype, _ = speaker_type(mention)
    for w in [k for k in _MULTIWORD if k in mention] + _WORDS.findall(mention.replace("-", " ")):
        hit = cues.SOURCE_TYPE_TOKENS.get(w) or cues.SOURCE_TYPE_TOKENS.get(_GENITIVE.sub("", w))
        if hit and hit[0] == "media" and hit[1] and hit[1] not in states:
            states.append(hit[1])
    if not stype:
        stype = "unknown" if low in PRONOUNS and low not in cues.FIRST_PERSON else "other"
    name = None
    if "," in mention:
        tail = mention.rsplit(",", 1)[1].strip()
        name = tail if _NAME_RUN.fullmatch(tail) else None
    if name is None:
        m = _NAME_RUN.search(mention)
        if m and (m.group().count(" ") >= 1 or (_is_name_run([(0, 0, w) for w in mention.split()]) and not _COMMON_NOUN.search(mention))):
            # "Kämmerin Petra Vogt": a run of three is usually a title and a two-part name
            name = m.group().split(" ", 1)[1] if m.group().count(" ") == 2 else m.group()
    return SourceInfo(stype, stype == "anonymous", tuple(states), name)
