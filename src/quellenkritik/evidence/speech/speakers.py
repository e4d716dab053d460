"""Speakers: who a source mention is, of which type, and how sure we are.

A mention found next to a cue ("sagte Innenminister Karl Huber der Zeitung
„Nordkurier“") goes through three steps here:

1. :func:`trim_mention`: the speaker only. Words before it that are not part
   of a noun phrase ("verläuft Christian Drosten") go; after a name, a
   dative article starts the addressee ("der Zeitung ...", kept apart) and a
   pronoun subject stops at itself ("er im STANDARD-Gespräch" -> "er").
2. :func:`plausible`: a speaker is a person, a group or an institution: a
   name (an entity of the entities layer, or capitalised words that are not
   common nouns), a role or institution word of the type table, a pronoun,
   or an anonymous-source phrase. Dates, adverbs and content nouns
   ("Februar", "Weltweit", "den Ausbruch des Coronavirus") are not.
3. :class:`SpeakerResolver`: in-document coreference. A surname alone
   ("Drosten") is the person named in full earlier ("Charité-Virologe
   Christian Drosten") and takes its type; a description ("der Virologe",
   "der Minister") is the last speaker whose mention holds that role word;
   a pronoun ("er", "sie") is the last speaker named before it. Each
   resolution has a confidence: 0.9 a mention typed by its own words, 0.8 a
   name resolved to an earlier mention or the knowledge base, 0.6 a
   description, 0.5 a pronoun, 0.4 a bare name whose type is a default.

The type vocabulary is the annotation guide's (see :mod:`.cues`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from ...linguistic.wordclass import gender_word, is_common_noun, is_function_word
from ..entities.translit import strip_diacritics
from . import cues
from .patterns import TOKEN, TYPE_RE, state_words

__all__ = ["speaker_type", "anonymous_group", "only_states", "trim_mention", "plausible", "SpeakerResolver", "Speaker", "PRONOUNS"]

PRONOUNS = frozenset("er sie es man ich wir he she they it i we".split())
_PERSON_PRONOUNS = frozenset("er sie he she".split())
#: the gender a singular person pronoun asks of its referent ("sie" may be plural: then no person
#: named alone is its referent either way, and the choice below is as before)
_PRONOUN_GENDER = {"er": "m", "sie": "f", "he": "m", "she": "f"}
_ARTICLES_DATIVE = frozenset("der dem den die das ein einem einer einen".split())
_DETERMINERS = frozenset("""
zwei drei vier fünf sechs sieben acht neun zehn zwölf beide hunderte tausende dutzende
der die das des dem den ein eine einer eines einem einen kein keine mehrere einige viele andere
anderen weitere zahlreiche manche alle beide beiden sein seine ihr ihre dessen deren
the a an some many several other
""".split())
_RELATIVE = frozenset("der die das welcher welche welches".split())
_JUNK_LEAD = frozenset("allem allen auch noch nur sogar etwa bereits schon selbst zuvor jetzt nun".split())
_INDEFINITE = frozenset("ein eine einen einem einer eines einige mehrere manche zahlreiche viele a an some several".split())
_CAP = re.compile(r"[A-ZÄÖÜ]")
_MULTIWORD_TOKENS = tuple((k, v) for k, v in cues.SOURCE_TYPE_TOKENS.items() if " " in k)
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w'’\-]*")
#: capitalised words that look like German common nouns (suffixes of nouns, not of names)
_NOUNISH = re.compile(
    r"(?:ung|heit|keit|schaft|ion|tät|ismus|nis|tum|ment|ur|ik|enz|anz|ei|ie|en|er|e|el|ten|gen|ungen)$"
)
_PARTY = re.compile(r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, cues.PARTIES), key=len, reverse=True)) + r")(?=[-\s)\],.]|$)")
_PARTY_PREFIX = re.compile(r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, cues.PARTIES), key=len, reverse=True)) + r")-\w")
_PARTY_BRACKET = re.compile(r"\((?:" + "|".join(sorted(map(re.escape, cues.PARTIES), key=len, reverse=True)) + r")\)")
#: a state or its capital as the actor ("Moskau bestreitet", "Pjöngjang:") is the state's government
_OFFICE_WORDS = ("minister", "präsident", "kanzler", "bürgermeister", "senator", "staatssekretär", "regierung",
                 "gouverneur", "landrat", "stadtrat", "botschafter", "premier")


def _tokens(mention: str) -> list[str]:
    return TOKEN.findall(mention)


@lru_cache(maxsize=65536)
def looks_like_name(word: str) -> bool:
    """A capitalised word that the word-class lexicon does not know as a common noun or an adverb,
    and that is not built like one (a suffix heuristic for words the lexicon lacks)."""
    if not _NAME_WORD.fullmatch(word) or is_common_noun(word) or is_function_word(word):
        return False
    if word.isupper() or len(word) <= 5:
        return True
    # a compound the lexicon lacks whose last part is a common noun ("Kitaträger", "Expertenschätzungen")
    body = word.replace("-", "")
    return not any(is_common_noun(body[k:].capitalize()) for k in range(2, len(body) - 3))


@lru_cache(maxsize=8192)
def speaker_type(mention: str) -> tuple[str, float]:
    """(type, confidence) from the mention's own words; ("", 0) when they say nothing."""
    low = mention.lower()
    words = _tokens(mention)
    if TYPE_RE["anonymous"].search(low):
        return "anonymous", 0.9
    for w in words:
        for part in (w, *w.split("-")) if "-" in w else (w,):
            hit = cues.SOURCE_TYPE_TOKENS.get(part)
            if hit:
                return hit[0], 0.9
    for k, v in _MULTIWORD_TOKENS:
        if k in mention:
            return v[0], 0.9
    first = words[0].lower() if words else ""
    if first in _INDEFINITE:
        caps = [k for k, w in enumerate(words) if k and w[:1].isupper()]
        if len(caps) == 1:
            # "ein polnischer Regierungsvertreter", "einen erfahrenen Labor-Kollegen": nobody and no
            # institution named ("ein Sprecher des Kremls" names one: typed by its role)
            return "anonymous", 0.7
    if _bare_group(words):
        return "anonymous", 0.6  # "Diplomaten", "Namhafte Staatsrechtler": a group, nobody named
    if TYPE_RE["media"].search(low):
        return "media", 0.85
    if TYPE_RE["international"].search(low):
        return "international", 0.85
    office = any(o in low for o in _OFFICE_WORDS)
    if _PARTY_PREFIX.search(mention) and not office:
        return "politician", 0.85  # "SPD-Gesundheitsexperte", "ÖVP-Chef"
    for t in ("politician", "official", "expert", "other"):
        if TYPE_RE[t].search(low):
            if t == "politician" and office and TYPE_RE["official"].search(low):
                return "official", 0.85
            return t, 0.85
    if _PARTY_BRACKET.search(mention) or _PARTY.search(mention):
        return "politician", 0.8
    states = [c for _, _, c in state_words(mention)]
    if states and only_states(mention):
        return "official", 0.75  # "Moskau", "Washington und Seoul", "Nordkorea": the state as actor
    if low in cues.FIRST_PERSON:
        return "author", 0.6
    return "", 0.0


#: Where a person's mention turns to the body they belong to ("X von ESPN", "Y of the UN").
_AFFILIATION = re.compile(r"\s(?:von|vom|aus|bei|beim|der|des|of|from|at)\s")
_GROUP_END = re.compile(r"(?:en|er|innen|e)$")
_INSTITUTION_END = re.compile(r"(?:ungen|heiten|keiten|schaften|ionen|ien|den|ämter|räte|kreise|parteien)$")
_PERSON_STEM_END = re.compile(r"(?:er|ist|log|loge|at|ent|ant|eur|or|arzt|ärzt|te|tin|ier|chef)$")
#: role stems that name people (not institutions: "Gerichte", "Regierungen" are not groups of people)
_PERSON_STEMS = tuple(
    stem for t in ("official", "politician", "expert", "other", "media") for stem in cues.SOURCE_TYPES[t]
    if stem.isalpha() and len(stem) >= 5 and _PERSON_STEM_END.search(stem) and stem not in ("senat", "verein")
) + ("diplomat", "beobachter", "kritiker", "insider", "bürger", "anwohner", "teilnehmer", "mitarbeiter")
_PLURAL_TAILS = ("", "e", "en", "er", "n", "innen", "nen")
#: every person stem with every plural ending, for one C-level ``str.endswith``
_GROUP_SUFFIXES = tuple(sorted({stem + tail for stem in _PERSON_STEMS for tail in _PLURAL_TAILS}))


def _bare_group(words: list[str]) -> bool:
    """A plural of people with no article and no name: "Diplomaten", "Namhafte Staatsrechtler"."""
    if not words or len(words) > 3 or words[0].lower() in _DETERMINERS:
        return False
    head = words[-1]
    low = head.lower()
    if not head[:1].isupper() or not _GROUP_END.search(low) or _INSTITUTION_END.search(low):
        return False
    if any(not w[:1].isupper() for w in words):
        return False
    lead = words[:-1]
    if lead and not all(w.lower().endswith(("e", "en")) for w in lead):
        return False  # "Alice Weidel": a name, not an adjective and a noun
    return low.endswith(_GROUP_SUFFIXES)


_NOMINAL_TAIL = re.compile(r"(?:angaben|schätzungen|informationen|berechnungen|kreisen|kreise)$")


@lru_cache(maxsize=8192)
def anonymous_group(mention: str) -> bool:
    """Nobody named, by a group noun alone or in a compound: "Diplomaten", "Expertenschätzungen"."""
    words = _tokens(mention)
    if _bare_group(words):
        return True
    if len(words) == 1:
        low = words[0].lower()
        m = _NOMINAL_TAIL.search(low)
        if m and m.start() > 3:
            return _bare_group([words[0][: m.start()].capitalize()])
    return False



def only_states(mention: str) -> bool:
    """True when the mention names states and nothing else capitalised ("Washington und Seoul")."""
    rest = mention
    for a, b, _ in reversed(state_words(mention)):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    return not _CAP.search(rest)


def trim_mention(
    text: str, start: int, end: int, names: Iterable[tuple[int, int]] = (), lang: str = "de"
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(speaker span, addressee span or None) within ``text[start:end]``.

    ``names``: (start, end) of PER/ORG entities, to end a speaker after a name.
    """
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, min(end, start + 240))]
    # leading words that cannot open a German noun phrase: a verb or an adverb left from the clause
    while toks and lang.startswith("de"):
        w = toks[0][2]
        lw = w.lower()
        if w[:1].isupper() or w[:1].isdigit() or lw in _DETERMINERS or lw in PRONOUNS or w in "(„\"":
            break
        if is_function_word(lw) and lw not in _JUNK_LEAD and len(toks) > 1 and toks[1][2].lower() in _DETERMINERS:
            break  # "mit der Angelegenheit vertraute Personen"
        if lw.endswith(("e", "en", "er", "es", "em")) and lw not in _JUNK_LEAD and len(toks) > 1 and toks[1][2][:1].isupper():
            break  # an adjective: "ehemalige Präsidentin"
        toks.pop(0)
    if not toks:
        return None, None
    if toks[0][2].lower() in PRONOUNS:
        return (toks[0][0], toks[0][1]), None
    if len(toks) > 1 and toks[0][2].lower() in _RELATIVE and (toks[1][2].lower() in _DETERMINERS or toks[1][2].islower() and not toks[1][2].endswith(("e", "en", "er", "es", "em"))):
        return None, None  # "der die Praxis kritisiert": a relative pronoun, the speaker is before the comma
    name_ends = sorted(e for s, e in names if start <= s < end)
    addressee = None
    for i, (s, e, w) in enumerate(toks[:-1]):
        nxt = toks[i + 1][2]
        if w[:1].isupper() and nxt.lower() in ("das", "den", "dem", "die", "einen", "eine", "einem") and i + 2 < len(toks) and not (
            toks[i + 2][2][:1].isupper() and nxt.lower() == "die" and w.lower().endswith(("en", "er"))
        ):
            # "Diplomaten das Konzept ...": an object after the head noun, not part of the speaker
            toks = toks[: i + 1]
            break
        if nxt.lower() in _ARTICLES_DATIVE and (e in name_ends or looks_like_name(w)) and not (
            speaker_type(w)[0] or (_NOUNISH.search(w.lower()) and e not in name_ends)
        ):
            rest = toks[i + 1 :]
            if any(t[2][:1].isupper() for t in rest):
                addressee = (rest[0][0], rest[-1][1])
            toks = toks[: i + 1]
            break
    for i, (s, e, w) in enumerate(toks[1:-1], 1):
        if w.lower() in ("von", "vom", "über", "mit") and toks[i + 1][2][:1].isdigit():
            toks = toks[:i]  # "die Behörden von 9.412 neuen Fällen": what they reported, not who
            break
    while toks and (toks[-1][2].lower() in _DETERMINERS or toks[-1][2] in ",;:(–—-"):
        toks.pop()
    if not toks:
        return None, None
    return (toks[0][0], toks[-1][1]), addressee


def plausible(mention: str, has_entity: bool, lang: str = "de") -> bool:
    """Whether a mention can be a speaker (see the module docstring)."""
    words = _tokens(mention)
    if not words:
        return False
    if lang.startswith("en") and words[0].lower() in ("the", "a", "an") and 2 <= len(words) <= 5:
        return True  # English roles are lower case: "the city treasurer"
    low = mention.lower()
    if low == "man":
        return False  # generic: "da könne man sagen"
    if low in PRONOUNS:
        return True
    if TYPE_RE["anonymous"].search(low) or speaker_type(mention)[0]:
        return True
    if not any(w[:1].isupper() for w in words):
        return False
    head = next((w for w in words if w[:1].isupper() and w.lower() not in _DETERMINERS), "")
    if head and is_common_noun(head) and not speaker_type(head)[0] and not _bare_group([head]) \
            and gender_word(head) is None:
        return False  # "Transferleistung an die PVA": a thing, whatever names follow it (but
        # "Kommissarin Malmström": a person's role, an agent noun with a feminine or masculine form)
    caps = [w for w in words if _NAME_WORD.fullmatch(w)]
    if len(words) <= 4 and caps and all(looks_like_name(w) for w in caps) and not _is_date_word(caps[0]):
        return True  # "Entholzer", "Alice Weidel"
    return has_entity


_DATE_WORDS = frozenset(w.capitalize() for w in cues.DATE_WORDS) | {
    "Weltweit", "Allein", "Insgesamt", "Zuletzt", "Heute", "Gestern", "Morgen", "Dies", "Das", "Diese", "Damit",
}


def _is_date_word(w: str) -> bool:
    return w in _DATE_WORDS


@dataclass
class Speaker:
    type: str
    confidence: float
    name: str | None = None
    entity_id: str | None = None
    resolved_from: str | None = None  # the earlier mention a coreference points to
    states: tuple[str, ...] = ()
    anonymous: bool = False  # nobody named: the type "anonymous", or unnamed media ("Berichten zufolge")

    def __post_init__(self) -> None:
        self.anonymous = self.anonymous or self.type == "anonymous"


_APPOSITION_AFTER = re.compile(r",\s+([^,.;:!?\n]{2,60}?),")
_SURNAME = re.compile(r"([A-ZÄÖÜ][\w'’\-]+)$")


class SpeakerResolver:
    """In-document coreference of speakers (names, descriptions, pronouns), in reading order."""

    def __init__(self, entities: list[tuple[int, int, str, dict[str, Any]]], kb: Any = None, text: str | None = None) -> None:
        self.entities = entities  # (start, end, label, attrs), sorted
        self._starts = [e[0] for e in entities]
        self.text = text
        self._roles: dict[str, tuple[str, str] | None] = {}
        self.kb = kb
        self.history: list[tuple[int, str, Speaker]] = []  # (position, mention, speaker)
        self._genders: dict[str, str | None] = {}

    def near(self, start: int, end: int) -> list[tuple[int, int, str, dict[str, Any]]]:
        """The entities that overlap ``[start, end)`` (found by bisection; no entity is over 300 characters)."""
        i = bisect_left(self._starts, start - 300)
        out = []
        for ent in self.entities[i:]:
            if ent[0] >= end:
                break
            if ent[1] > start:
                out.append(ent)
        return out

    def entity_in(self, start: int, end: int) -> tuple[int, int, str, dict[str, Any]] | None:
        best = None
        for ent in self.near(start, end):
            if ent[2] in ("PER", "ORG", "LOC"):
                if best is None or (ent[2] == "PER" and best[2] != "PER") or (ent[1] - ent[0] > best[1] - best[0] and ent[2] == best[2]):
                    best = ent
        return best

    def _kb_type(self, ent: tuple[int, int, str, dict[str, Any]] | None) -> tuple[str, tuple[str, ...]]:
        if ent is None or not ent[3].get("kb") or self.kb is None:
            return "", ()
        entry = self.kb.get(ent[3].get("id", ""))
        if entry is None:
            return "", ()
        states = (entry.country,) if entry.country else ()
        kind = entry.kind or ""
        if entry.label == "PER":
            return "official", states  # the curated persons are office holders
        if entry.label == "LOC":
            return "official", states
        return {
            "intergovernmental": "international", "ministry": "official", "government-body": "official",
            "legislature": "politician", "armed-forces": "official", "agency": "official", "outlet": "media",
            "company": "other", "armed-group": "other", "party": "politician",
        }.get(kind, ""), states

    def resolve(self, pos: int, start: int, end: int, mention: str) -> Speaker:
        low = mention.lower()
        aff = _AFFILIATION.search(mention)
        # "Anna Beispiel von Kanalzehn": the person's entity, before the body they belong to
        ent = (self.entity_in(start, start + aff.start()) if aff else None) or self.entity_in(start, end)
        own, conf = speaker_type(mention)
        name = None
        if ent is not None and ent[2] == "PER":
            name = ent[3].get("canonical") or None
        entity_id = ent[3].get("id") if ent is not None else None
        # the knowledge base types a speaker only when its entity is the mention's head (its last
        # word): "Urs Harnik-Lauris" of "Energie-Steiermark-Sprecher Urs Harnik-Lauris" is no state
        kb_type, kb_states = self._kb_type(ent) if ent is not None and ent[1] >= end - 1 else ("", ())
        if low in PRONOUNS:
            sp = self._pronoun(pos, low)
            if sp is not None:
                return sp
            return Speaker("anonymous" if low == "man" else "other", 0.3)
        if own and own != "other":
            sp = Speaker(own, conf, name, entity_id, states=kb_states)
            words = _tokens(mention)
            if name is None and words and words[0].lower() in ("der", "die", "das") and not any(looks_like_name(w) for w in words[1:]):
                desc = self._description(mention)  # "der Bürgermeister": the mayor named before
                if desc is not None and desc.type == own:
                    sp = Speaker(own, 0.75, desc.name, desc.entity_id, resolved_from=desc.resolved_from, states=desc.states or kb_states)
        else:
            earlier = self._same_person(mention, name)
            if earlier is not None and earlier.type:
                sp = Speaker(earlier.type, 0.8, earlier.name or name, earlier.entity_id or entity_id,
                             resolved_from=earlier.resolved_from or self._mention_of(earlier), states=earlier.states)
            elif kb_type:
                sp = Speaker(kb_type, 0.8, name, entity_id, states=kb_states)
            elif (role := self._role_in_text(mention)) is not None:
                sp = Speaker(role[0], 0.7, name, entity_id, resolved_from=role[1])
            elif aff and (role := self._role_in_text(mention[aff.end():])) is not None:
                sp = Speaker(role[0], 0.7, name, entity_id)  # "X von ESPN": typed by the body, still X
            elif own:
                sp = Speaker(own, conf, name, entity_id)
            else:
                desc = self._description(mention)
                sp = desc if desc is not None else Speaker("other", 0.4, name, entity_id)
        if anonymous_group(mention):
            sp.anonymous = True
        self.history.append((pos, mention, sp))
        return sp

    def _role_in_text(self, mention: str) -> tuple[str, str] | None:
        """ "Carter" -> "official" from "Verteidigungsminister Ashton Carter" elsewhere in the text."""
        m = _SURNAME.search(_AFFILIATION.split(mention.strip(), 1)[0])  # the person, not "von ESPN"
        if not m or self.text is None or len(m.group(1)) < 3:
            return None
        name = m.group(1)
        if name in self._roles:
            return self._roles[name]
        found = None
        text = self.text
        pos = text.find(name)
        while pos >= 0 and found is None:
            end = pos + len(name)
            if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "-")) and (end >= len(text) or not (text[end].isalnum() or text[end] == "-")):
                before = text[max(0, pos - 80) : pos].split()[-3:]
                for k in range(len(before)):
                    phrase = " ".join(before[k:] + [name])
                    t = speaker_type(phrase)[0]
                    if t and t not in ("anonymous", "author") and not anonymous_group(phrase):
                        found = (t, phrase)
                        break
                appo = _APPOSITION_AFTER.match(text, end) if found is None else None
                if appo:  # "Sergei Sobjanin, Bürgermeister von Moskau, ..."
                    t = speaker_type(appo.group(1))[0]
                    if t and t not in ("anonymous", "author"):
                        found = (t, text[pos : appo.end(1)])
            pos = text.find(name, end)
        self._roles[name] = found
        return found

    def _mention_of(self, sp: Speaker) -> str | None:
        for _, m, s in self.history:
            if s is sp:
                return m
        return None

    def _same_person(self, mention: str, name: str | None) -> Speaker | None:
        # the person's own surname, not the employer after "von": "Matthew Volk von ESPN" is Volk
        m = _SURNAME.search(_AFFILIATION.split(mention.strip(), 1)[0])
        if not m:
            return None
        surname = m.group(1).rstrip("s") if m.group(1).endswith("s") and len(m.group(1)) > 4 else m.group(1)
        plain = strip_diacritics(surname)  # "Nikolic" is "Tomislav Nikolić" without its accent
        for _, prev, sp in reversed(self.history):
            if prev != mention and sp.type and sp.confidence >= 0.7 and (
                    surname in _tokens(prev) or plain in {strip_diacritics(t) for t in _tokens(prev)}):
                return sp
        return None

    def _description(self, mention: str) -> Speaker | None:
        """ "der Virologe" -> the last speaker whose mention holds "Virologe"."""
        words = [w for w in _tokens(mention) if w[:1].isupper()]
        if not words:
            return None
        head = words[-1].lower()
        for _, prev, sp in reversed(self.history):
            if head in prev.lower() and prev.lower() != mention.lower():
                return Speaker(sp.type, 0.6, sp.name, sp.entity_id, resolved_from=prev, states=sp.states)
        return None

    def _gender(self, ent: tuple[int, int, str, dict[str, Any]]) -> str | None:
        """ "f" or "m" when a mention of the person's entity follows a word that says so ("Frau",
        "Ministerin", "Rechtsterroristin"; "Herr", "Minister"), None when none does or they disagree."""
        key = str(ent[3].get("id") or (ent[0], ent[1]))
        if key in self._genders:
            return self._genders[key]
        found: set[str] = set()
        if self.text is not None:
            same = [e for e in self.entities if e[2] == "PER" and str(e[3].get("id") or (e[0], e[1])) == key]
            for s, _, _, _ in same or [ent]:
                before = self.text[max(0, s - 40):s].split()
                if before:
                    g = gender_word(before[-1].strip("„“\"(»«,"))
                    if g:
                        found.add(g)
        self._genders[key] = found.pop() if len(found) == 1 else None
        return self._genders[key]

    def _pronoun(self, pos: int, pronoun: str) -> Speaker | None:
        if pronoun not in _PERSON_PRONOUNS:
            return None
        last_speaker = next(((p, prev, sp) for p, prev, sp in reversed(self.history)
                             if p < pos and prev.lower() not in PRONOUNS), None)
        # a person named after the last speaker (or with none before) is the likelier referent;
        # of those, the last whose gender the text gives as the pronoun's, else the last whose
        # gender it leaves open ("sie berichtete" after "Rechtsterroristin Beate Zschäpe ...
        # Uwe Böhnhardt" is Zschäpe)
        para = self.text.rfind("\n\n", 0, pos) if self.text is not None else -1  # the pronoun's paragraph
        candidates = [e for e in reversed(self.near(para + 1, pos)) if e[1] <= pos and e[0] > para and e[2] == "PER"
                      and (last_speaker is None or e[0] > last_speaker[0])]
        want = _PRONOUN_GENDER.get(pronoun)
        genders = [self._gender(e) for e in candidates] if want else [None] * len(candidates)
        person = next((e for e, g in zip(candidates, genders) if g == want), None) if want else None
        if person is None:
            person = next((e for e, g in zip(candidates, genders) if g is None), None)
        if person is not None and self.text is not None:
            name = person[3].get("canonical") or self.text[person[0] : person[1]]
            earlier = self._same_person(name, name)
            kb_type, kb_states = self._kb_type(person)
            role = self._role_in_text(name)
            stype = (earlier.type if earlier else "") or kb_type or (role[0] if role else "") or "other"
            return Speaker(stype, 0.4, name, person[3].get("id"), resolved_from=self.text[person[0] : person[1]], states=kb_states)
        if last_speaker is not None:
            _, prev, sp = last_speaker
            return Speaker(sp.type, 0.5, sp.name, sp.entity_id, resolved_from=prev, states=sp.states)
        return None
