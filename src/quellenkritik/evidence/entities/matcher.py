"""Find knowledge-base aliases in running text, with German inflection and coreference.

A word-level trie over every matchable alias (Aho-Corasick in spirit: one
left-to-right pass, longest match at each word, no backtracking over the
text). Why not spaCy's PhraseMatcher or pyahocorasick: both match fixed
strings, while German needs the *last* word of a name inflected ("Trumps",
"des Kremls", "Weißen Hauses"), the separators inside a name to vary
("Kim Jong-un", "Kim Jong Un") and a look at the word after a name (hyphen
compounds "Biden-Regierung" -> Biden, but "US-amerikanische" is an
adjective). Walking a dict-of-dicts trie does all three at well over
10^5 words a second in plain Python.

Rules (each a function below; the word lists live in :mod:`.lexicon`):

* case-sensitive aliases; aliases of one or two characters only when all
  uppercase ("AP", "FT", "EU") or in ``SHORT_OK``; single words in
  ``COMMON_WORDS`` never on their own;
* the last word may carry a genitive/dative ending (``GENITIVE_SUFFIXES``);
  non-final adjective words take German adjective endings ("russischen
  Verteidigungsministeriums");
* a name followed by ``-Word`` (capitalised) is a compound head: the span is
  the name; followed by ``-word`` (lowercase) it is an adjective: no entity;
* aliases the KB marks weak (``extra.weak_aliases``: "Kurz", "Linke", "IS")
  are never matched in running text;
* a one-word GeoNames alias that is also an ordinary word (the word-class
  lexicon's common nouns and function words: "Landen", "Dabei", "Essen") is
  never matched; a recogniser's LOC may still have it linked by the resolver;
* entries marked ``needs_context`` ("M30", "Taurus") only in a sentence with a
  weapon cue (``CONTEXT_CUES``);
* coreference inside the document: the surname of a person matched with
  first and last name links the surname alone ("Wladimir Putin ... Putin",
  "Lloyd Austin ... Austin" before the city), and settles ambiguous
  surnames ("Vitali Klitschko ... Klitschko"); "Long Name (ACRO)" teaches
  the acronym.
"""

from __future__ import annotations

import gc
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ...linguistic.wordclass import ends_in_common_noun, is_first_name
from .kb import Entry, KnowledgeBase, load_kb, weak_aliases
from .lexicon import (
    ADJ_ENDINGS, ADJ_TOKEN, COMMON_WORDS, CONTEXT_CUES, DISTRICT_WORDS, FIRM_HEADS, GENITIVE_SUFFIXES, PERSON_TITLES,
    SHORT_OK, ARTICLES, body_before, club_before,
)
from .resolve import foreign_exonym, is_word, local_id, own_name_first, party_alias_allowed, pick

__all__ = ["Match", "EntityMatcher", "get_matcher"]

_WORD = re.compile(r"\w+")
_GAP = re.compile(r"[ \t\u00a0\-‐‑.'’«»\"]{1,3}")
_TERM = ""  # trie key of the payload (no word is empty)


@dataclass
class Match:
    """One entity mention: ``text[start:end]`` names ``id``."""

    start: int
    end: int
    id: str
    label: str
    canonical: str
    method: str  # kb | kb-inflected | kb-compound | kb-cited | coref | ambiguous | kb-country (a tie settled by the document's countries)
    kb: bool = True
    words: int = 1
    candidates: tuple[str, ...] = ()
    attrs: dict[str, Any] = field(default_factory=dict)
    alternatives: tuple[Entry, ...] = ()  # same label, other countries: chosen by the document's countries

    def span_attrs(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "canonical": self.canonical, "kb": self.kb, "method": self.method}
        if self.kb:
            d["confidence"] = METHOD_CONFIDENCE.get(self.method, 0.9)
        if self.candidates:
            d["candidates"] = list(self.candidates)
        return d


#: The confidence of a matcher link by how it was made (an alias as written; inflected
#: or in a compound; a surname or acronym taught earlier in the document).
#: Sources whose one-word aliases that are also ordinary words are never matched.
_WORD_PLACES = frozenset({"geonames", "iso3166-2"})
METHOD_CONFIDENCE = {"kb": 1.0, "kb-inflected": 0.9, "kb-compound": 0.9, "coref": 0.85, "kb-country": 0.85,
                     "kb-cited": 0.9}
#: names of chambers and councils that are also the title of each member ("Bundesrat Gottfried
#: Kneifel", "Nationalrat Peter Pilz", "Ständerat ..."): before a first name, the title
MEMBER_TITLES = frozenset("Bundesrat Nationalrat Ständerat Landesrat Stadtrat Gemeinderat Staatsrat Regierungsrat".split())
#: a single capital letter or a Roman numeral after a name makes a product's or model's name
#: ("Sputnik V", "Sputnik V-Studie"), not the name's entity; an initial has its full stop
MODEL_AFTER = re.compile(r" (?:[A-Z]|[IVX]{2,4})(?![\w.])")
#: a capitalised word cited as a source: quoted whole, after "laut", before "zufolge"
_CITED = re.compile(r"[„“\"»«]\s?(?P<q>[A-ZÄÖÜ][a-zäöüß]+)\s?[“”\"«»]|\b[Ll]aut (?:dem |der )?(?P<l>[A-ZÄÖÜ][a-zäöüß]+)(?![\w-])"
                    r"|(?P<z>[A-ZÄÖÜ][a-zäöüß]+) zufolge\b"
                    r"|(?P<c>[A-ZÄÖÜ][a-zäöüß]+)-(?=(?:Chef)?(?:Reporter|Redakteur|Journalist|Korrespondent|Interview|"
                    r"Bericht|Recherche|Autor|Kolumnist|Titel|Cover|Ausgabe|Artikel|Online|Leser|Umfrage))")


#: Words after which a capitalised word is a person's name or a district's, not a town.
_NAME_BEFORE = PERSON_TITLES | DISTRICT_WORDS


def _inside_name(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """The one word ``words[i]`` is part of a longer name: after "Frau"/"Herr" or
    "Landkreis"/"Bezirk", after a body's or club's first word ("Statistik Austria",
    "Rapid Wien"), or
    followed (after one space) by a capitalised word that is no common noun or
    function word ("Juan Perón") or by a firm's head word ("Wien Energie",
    "Vienna Digital"); "Wien Mitte" or "Berlin, Paris" are not."""
    if i and words[i - 1][2] in _NAME_BEFORE and text[words[i - 1][1] : words[i][0]].strip(". ") == "":
        return True
    if i and body_before(words[i - 1][2].rsplit("-", 1)[-1]) and text[words[i - 1][1] : words[i][0]] == " ":
        return True  # "Statistik Austria", "Universität Wien", "Rapid Wien": a body's or club's name
    if club_before(text, words[i][0]):
        return True  # "LG Olympia Dortmund", "TSV 1860 München": a club's name
    if i and _first_name_before(text, words, i):
        return True  # "Quarterback Cam Newton", "Allstar Kyrie Irving", "Ajax Amsterdam"
    return _name_follows(text, words, i)


#: characters that end a sentence or a heading before the next word
_SENTENCE_GAP = re.compile(r"(?:^|[.!?:;\n\"„“”»«(\[–-])\s*$")



def _first_name_before(text: str, words: list[tuple[int, int, str]], i: int, person: bool = False) -> bool:
    """Right before ``words[i]`` (one space), a capitalised word that is no common noun, function word
    or acronym and does not open its sentence: a first name or a club's name, so the place word is
    a surname or part of the club's name. Capitalised words the lexicon knows ("Hauptstadt Wien",
    "Bad Ischl") and sentence openers ("Wien" after "Heute ...") do not count."""
    prev = words[i - 1]
    w = prev[2]
    if text[prev[1] : words[i][0]] != " " or not w[:1].isupper() or w.isupper() or len(w) < 2:
        return False
    if is_first_name(w):
        return True  # "Kenny Tete traf", "Jessica Ennis-Hill": a first name the lexicon lists, even first in the sentence
    if is_word(w):
        return False
    if text[words[i][1] : words[i][1] + 1] == "-" or w.lower() in ARTICLES or ends_in_common_noun(w):
        return False  # "Duisburg-Marxloh", "Die US-...", "Problemviertel Duisburg": a compound or a noun before
    if person:  # before a surname, a first name may open the sentence or end a double first name ("Karl-Heinz")
        return True
    if _SENTENCE_GAP.search(text, max(0, prev[0] - 3), prev[0]):
        return False  # the sentence's first word: capitalised anyway
    return text[max(0, prev[0] - 1) : prev[0]] in (" ",)

def _name_follows(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """After ``words[i]`` (one space) comes a firm's head word or a capitalised word that is no
    common noun or function word: the place is the first part of a longer name."""
    if i + 1 < len(words) and text[words[i][1] : words[i + 1][0]] == " ":
        nxt = words[i + 1][2]
        if nxt in FIRM_HEADS:
            return True  # "Wien Energie", "Vienna Digital": a firm named after its town
        return nxt[:1].isupper() and not nxt.isupper() and not is_word(nxt)
    return False



_PARTICLES = frozenset({"von", "van", "de", "di", "da", "del", "du"})


def _particle_name_before(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """A first name and a name particle right before ``words[i]`` ("Lars von Trier", "Otto von Bismarck")."""
    if i < 2 or words[i - 1][2] not in _PARTICLES:
        return False
    first = words[i - 2][2]
    return (text[words[i - 2][1] : words[i - 1][0]] == " " and text[words[i - 1][1] : words[i][0]] == " "
            and first[:1].isupper() and not first.isupper() and not is_word(first) and not ends_in_common_noun(first))


def _double_name_before(text: str, s: int) -> bool:
    """Whether the word at ``s`` continues a hyphenated name ("Maréchal-Le Pen": "Pen" after "-Le ")."""
    return bool(re.search(r"[^\W\d_]-(?:[A-Z][a-z]{0,3} )?$", text[max(0, s - 12) : s]))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """German and English function words (spaCy's lists), capitalised: "Dort", "Hier", "Will"."""
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    return frozenset(w[:1].upper() + w[1:] for w in (*DE, *EN, *_MORE_STOP)) | COMMON_WORDS


#: German pronoun forms spaCy's list lacks ("Eure" is also a French department)
_MORE_STOP = frozenset("euer eure euren eurem eurer eures".split())


def _matchable(alias: str, words: list[str], stop: frozenset[str]) -> bool:
    if not words:
        return False
    if len(words) == 1:
        w = words[0]
        if w in stop:
            return False
        if len(alias) <= 2 and not (alias.isupper() or alias in SHORT_OK):
            return False
        if not (w[:1].isupper() or w in SHORT_OK or w[:1].isdigit()):
            return False
    return True


def _variants(words: list[str]) -> list[list[str]]:
    """German adjective endings on non-final words; capitalised parts after a hyphen."""
    out = [words]
    if len(words) == 1:
        return out
    for i, w in enumerate(words[:-1]):
        if ADJ_TOKEN.match(w):
            stem = re.sub(r"(?:e|en|er|es|em)$", "", w)
            out = [v[:i] + [stem + end] + v[i + 1 :] for v in out for end in ADJ_ENDINGS]
    if not any(w[:1].islower() for w in words[1:]):
        return out
    capped = [[w[:1].upper() + w[1:] if i and w[:1].islower() else w for i, w in enumerate(v)] for v in out]
    return out + [c for c in capped if c not in out]


class EntityMatcher:
    """The alias trie of a knowledge base; build once per process (:func:`get_matcher`)."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_kb()
        self.root: dict[str, Any] = {}
        self.outlet_words: dict[str, int] = {}  # an outlet's weak alias ("Spiegel", "Standard") -> entry index
        self._build()

    def _build(self) -> None:
        enabled = gc.isenabled()
        gc.disable()  # ~10^5 small dicts: the cyclic GC would rescan them over and over
        try:
            self._fill()
        finally:
            if enabled:
                gc.enable()

    def _fill(self) -> None:
        stop = _stop_words()
        for idx, entry in enumerate(self.kb.entries):
            place = entry.source in _WORD_PLACES
            weak = weak_aliases(entry)
            for alias in dict.fromkeys([entry.canonical, *entry.aliases]):
                if alias in weak:
                    if entry.kind == "outlet" and " " not in alias:
                        self.outlet_words.setdefault(alias, idx)
                    continue  # "Kurz", "Linke", "IS": a word first; the NER's label may still link it
                if not party_alias_allowed(entry, alias):
                    continue  # "NDR", "ABC": another country's or a past party's acronym
                words = _WORD.findall(alias)
                if not _matchable(alias, words, stop):
                    continue
                if place and len(words) == 1 and is_word(alias):
                    continue
                if place and alias != entry.canonical and foreign_exonym(alias, entry.country):
                    continue  # "Jarosław": Polish for Yaroslavl  # "Landen" (London), "Essen": a word first; the NER's LOC may still link it
                for variant in _variants(words):
                    node = self.root
                    for w in variant:
                        node = node.setdefault(w, {})
                    ids = node.setdefault(_TERM, [])
                    if idx not in ids:
                        ids.append(idx)

    # ---- scanning ------------------------------------------------------------
    def find(self, text: str, sentences: list[tuple[int, int]] | None = None) -> list[Match]:
        """All entity mentions in ``text``, left to right, non-overlapping."""
        words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
        n = len(words)
        out: list[Match] = []
        i = 0
        root = self.root
        while i < n:
            hit = self._longest(text, words, i, root)
            if hit is None:
                i += 1
                continue
            j, idxs, inflected = hit
            start, end = words[i][0], words[j][1]
            compound = False
            if end < len(text) - 1 and text[end] == "-" and text[end + 1].isalnum():
                if text[end + 1].islower():  # "US-amerikanische": an adjective, not an entity
                    i = j + 1
                    continue
                compound = True
            m = self._to_match(text, start, end, idxs, j - i + 1, sentences, words)
            if m is not None and m.label == "PER" and start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
                m = None  # "Marion Maréchal-Le Pen": the second half of a double name, not Marine Le Pen
            elif m is not None and m.label == "PER" and i == j and _first_name_before(text, words, i, person=True) \
                    and not (out and out[-1].end == words[i - 1][1]):
                m = None  # "Melania Trump", "Karl-Heinz Merz": another bearer of the surname (but "Sobotka
                # Schelling": two names the KB knows, side by side)
            if m is not None and i == j and self._word_place(m, words[i][2]):
                m = None  # "Seren" inflected to a town's alias: the word, not the place
            if m is not None and i == j and inflected and words[i][2] in _stop_words():
                m = None  # "Dessen" read as an inflected "Desse": a pronoun, never a name
            if m is not None and m.label == "ORG" and j + 1 < n and text[end : words[j + 1][0]] == " " \
                    and is_first_name(words[j + 1][2]) and text[start:end] in MEMBER_TITLES:
                m = None  # "Bundesrat Gottfried Kneifel": a member's title, not the chamber
            if m is not None and MODEL_AFTER.match(text, end):
                m = None  # "Sputnik V", "Sputnik V-Studie": a product's name (the vaccine), not the outlet
            if m is not None and i == j and _particle_name_before(text, words, i):
                m = None  # "Lars von Triers", "Otto von Bismarck": a person's name after "von"
            if m is not None and i == j and not inflected and m.label == "LOC" and _inside_name(text, words, i):
                m = None  # "Frau Haag", "Juan Perón", "Agentur Vienna Digital": a person's or firm's name
            if m is not None:
                if inflected:
                    m.method = "kb-inflected"
                elif compound:
                    m.method = "kb-compound"
                out.append(m)
            i = j + 1
        if self.outlet_words:
            out = self._cited_outlets(text, out)
        return self._by_country(self._coref(text, words, out))

    def _cited_outlets(self, text: str, out: list[Match]) -> list[Match]:
        """Outlets whose name is also a word, where the text cites them as a source: in quotation
        marks ("Dem „Spiegel“ gegenüber"), after "laut" ("laut Standard"), before "zufolge"
        ("der Zeit zufolge") or before a newsroom word ("Spiegel-Reporter", "Standard-Interview").
        "einen optimalen Spiegel", "Vitamin-D-Spiegel", "die Welt danach" stay words."""
        added = []
        for m in _CITED.finditer(text):
            key = next(k for k in ("q", "l", "z", "c") if m.group(k))
            word = m.group(key)
            idx = self.outlet_words.get(word)
            if idx is None:
                continue
            start = m.start(key)
            end = start + len(word)
            if any(o.start < end and start < o.end for o in out):
                continue
            e = self.kb.entries[idx]
            added.append(Match(start, end, e.id, e.label, e.canonical, "kb-cited", True, 1))
        return sorted(out + added, key=lambda x: x.start) if added else out

    def _by_country(self, matches: list[Match]) -> list[Match]:
        """Entities whose alias several countries share ("Grüne": the German and the Austrian
        party) take the candidate of the country the document names most (its places); so do
        ties between curated entries of different countries ("ABC" in a story about Australia)
        when one country leads."""
        if not any(m.alternatives or m.candidates for m in matches):
            return matches
        counts: dict[str, int] = {}
        for m in matches:
            e = self.kb.by_id.get(m.id) if m.kb and m.label == "LOC" else None
            code = (e.country or (e.id.rsplit(":", 1)[-1] if e.kind == "country" else "")) if e is not None else ""
            if code:
                counts[code] = counts.get(code, 0) + 1
        if not counts:
            return matches
        for m in matches:
            if m.alternatives:
                best = max(m.alternatives, key=lambda e: counts.get(e.country, 0))  # ties: the first, by rank
                m.id, m.canonical = best.id, best.canonical
            elif m.method == "ambiguous" and m.candidates:
                tied = [self.kb.by_id[c] for c in m.candidates if c in self.kb.by_id]
                scores = sorted(((counts.get(e.country, 0), i) for i, e in enumerate(tied)), reverse=True)
                if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[1][0] < scores[0][0]):
                    e = tied[scores[0][1]]
                    m.id, m.canonical, m.method, m.kb, m.candidates = e.id, e.canonical, "kb-country", True, ()
        return matches

    def _word_place(self, m: Match, word: str) -> bool:
        entry = self.kb.by_id.get(m.id) if m.kb else None
        return entry is not None and entry.source in _WORD_PLACES and is_word(word)

    def _longest(self, text: str, words: list[tuple[int, int, str]], i: int, root: dict[str, Any]):
        w = words[i][2]
        node = root.get(w)
        best = None
        if node is None or (_TERM not in node and len(node) == 0):
            base = _strip_inflection(w, root)
            if base is not None:
                return i, root[base][_TERM], True
            return None
        j = i
        while True:
            if _TERM in node:
                best = (j, node[_TERM], False)
            if j + 1 >= len(words) or not _gap_ok(text, words[j][1], words[j + 1][0], words[j][2]):
                break
            nxt_word = words[j + 1][2]
            nxt = node.get(nxt_word)
            if nxt is None:
                base = _strip_inflection(nxt_word, node)
                if base is not None:
                    best = (j + 1, node[base][_TERM], True)
                break
            node = nxt
            j += 1
        if best is None:  # a prefix of a longer alias only: the word alone inflected?
            base = _strip_inflection(w, root)
            if base is not None:
                return i, root[base][_TERM], True
        return best

    def _to_match(self, text, start, end, idxs, nwords, sentences, words) -> Match | None:
        cands = [self.kb.entries[k] for k in idxs]
        cands = [c for c in cands if not c.needs_context] + [
            c for c in cands if c.needs_context and _has_cue(text, start, sentences)]
        if not cands:
            return None
        entry, tied = pick(own_name_first(cands, text[start:end]))
        if entry is not None:
            # other countries' entries of the same kind of source ("Grüne": German and Austrian party);
            # a city and another country's region of that name are no such pair ("Jerusalem")
            alts = tuple(c for c in cands if c.label == entry.label and c.country != entry.country and c.country
                         and c.source == entry.source)
            return Match(start, end, entry.id, entry.label, entry.canonical, "kb", True, nwords,
                         alternatives=(entry, *alts) if alts else ())
        first = self.kb.by_id[tied[0]]
        name = text[start:end]
        return Match(start, end, local_id(name, first.label), first.label, name, "ambiguous", False, nwords,
                     candidates=tied)

    # ---- coreference ---------------------------------------------------------
    def _coref(self, text: str, words: list[tuple[int, int, str]], matches: list[Match]) -> list[Match]:
        surnames: dict[str, set[str]] = {}
        full: dict[str, Match] = {}
        for m in matches:
            if m.label == "PER" and m.kb and m.words >= 2:
                last = _WORD.findall(text[m.start : m.end])[-1]
                surnames.setdefault(last, set()).add(m.id)
                full[m.id] = m
        learned = _acronyms(text, matches)
        if not surnames and not learned:
            return matches
        unique = {s: next(iter(ids)) for s, ids in surnames.items() if len(ids) == 1}
        covered = {}
        for m in matches:
            covered[m.start] = m
        result: list[Match] = []
        for m in matches:
            if m.words == 1:
                w = text[m.start : m.end]
                eid = unique.get(w) or unique.get(_strip_genitive(w, unique))
                if eid and (m.id != eid):
                    if m.method == "ambiguous" and eid not in m.candidates and m.label == "PER":
                        result.append(m)
                        continue
                    f = full[eid]
                    m = Match(m.start, m.end, eid, "PER", f.canonical, "coref", True, 1)
            result.append(m)
        taken = [(m.start, m.end) for m in result]
        extra: list[Match] = []
        for k, (s, e, w) in enumerate(words):
            eid = unique.get(w) or unique.get(_strip_genitive(w, unique))
            lab = "PER"
            if eid is None and w in learned:
                eid, lab = learned[w]
            if eid is None or any(a <= s < b for a, b in taken):
                continue
            if lab == "PER" and s > 1 and text[s - 1] in "- " and _double_name_before(text, s):
                continue  # "Maréchal-Le Pen": part of another person's double name
            if lab == "PER" and k and _first_name_before(text, words, k, person=True) \
                    and not any(a <= words[k - 1][0] < b for a, b in taken):
                continue  # "Melania Trump" beside "Donald Trump": another bearer of the surname
            ent = self.kb.by_id.get(eid)
            extra.append(Match(s, e, eid, lab, ent.canonical if ent else w, "coref", True, 1))
        if extra:
            result = sorted(result + extra, key=lambda m: m.start)
        return result


def _strip_inflection(word: str, node: dict[str, Any]) -> str | None:
    """``word`` minus a genitive/dative ending if what is left is an alias ending here."""
    if len(word) < 4 or not word[:1].isupper():
        return None
    for suf in GENITIVE_SUFFIXES:
        if word.endswith(suf):
            base = word[: -len(suf)]
            if suf == "n" and not base.endswith("e"):
                continue
            if suf != "n" and base[-1:] in ("s", "x", "z", "ß"):
                continue
            hit = node.get(base)
            if hit is not None and _TERM in hit and len(base) >= 3:
                return base
    return None


def _strip_genitive(word: str, names: dict[str, str]) -> str:
    for suf in ("s", "es"):
        if word.endswith(suf) and word[: -len(suf)] in names:
            return word[: -len(suf)]
    return ""


def _gap_ok(text: str, a: int, b: int, prev: str) -> bool:
    """Separators inside a name: space, hyphen, apostrophe; a dot only after an initial ("J. D.", "U.S.")."""
    if b <= a or _GAP.fullmatch(text, a, b) is None:
        return False
    return "." not in text[a:b] or len(prev) <= 2


def _sentence_of(pos: int, sentences: list[tuple[int, int]] | None, text: str) -> tuple[int, int]:
    if sentences:
        for s, e in sentences:
            if s <= pos < e:
                return s, e
    return max(0, pos - 200), min(len(text), pos + 200)


def _has_cue(text: str, pos: int, sentences: list[tuple[int, int]] | None) -> bool:
    """A weapon word in the sentence at ``pos``: a cue, a compound's last part, or a cue inside a
    compound ("Flugabwehrsystem", "Raketenabwehr")."""
    s, e = _sentence_of(pos, sentences, text)
    return any(w in CONTEXT_CUES or w.split("-")[-1] in CONTEXT_CUES or _CUE_INSIDE.search(w)
               for w in re.findall(r"[\w-]+", text[s:e]))


_CUE_INSIDE = re.compile("|".join(sorted({c.lower() for c in CONTEXT_CUES if len(c) >= 6}, key=len, reverse=True)),
                         re.IGNORECASE)


_ACRO = re.compile(r"\(([A-ZÄÖÜ][A-ZÄÖÜ0-9-]{1,9})\)")


def _acronyms(text: str, matches: list[Match]) -> dict[str, tuple[str, str]]:
    """"Long Name (ACRO)" where the long name is a KB match of an organisation or place and
    ACRO starts with its first letter: ACRO -> (id, label). After a person the brackets hold
    a party or a country ("Lewis Hamilton (GBR)", "Anna Beispiel (SPÖ)"), never an acronym."""
    ends = {m.end: m for m in matches if m.kb and m.label != "PER"}
    out: dict[str, tuple[str, str]] = {}
    for am in _ACRO.finditer(text):
        before = am.start() - 1 if am.start() and text[am.start() - 1] == " " else am.start()
        m = ends.get(before)
        if m is not None and am.group(1)[:1].lower() == text[m.start : m.start + 1].lower():
            out[am.group(1)] = (m.id, m.label)
    return out


_matcher: EntityMatcher | None = None
_lock = threading.Lock()


def get_matcher() -> EntityMatcher:
    """The process-wide matcher of the shipped KB (built on first use)."""
    global _matcher
    if _matcher is None:
        with _lock:
            if _matcher is None:
                _matcher = EntityMatcher()
    return _matcher
