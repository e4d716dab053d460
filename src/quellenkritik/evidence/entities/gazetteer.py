"""Gazetteer features for the statistical NER: which name list a token sequence is in.

The NER model cannot see lists of names by itself; with 1,700 gold sentences
it has met few of them. This module marks, on every token, the longest
name-list match it belongs to, as a BIO tag with the list's category
("B-KB-PER", "I-G-CITY", "U-G-SUR" ...), and writes that into ``token.tag_``
so that spaCy's ``MultiHashEmbed`` embeds it like any other token attribute
(``attrs = [..., "TAG"]``). The model learns how far to trust each list.

Categories:

* ``KB-PER``/``KB-ORG``/``KB-LOC``/``KB-WEAPON``/``KB-MISC``: aliases of the
  shipped knowledge base (``data/kb``);
* ``G-COUNTRY``, ``G-CITY``, ``G-FIRM``, ``G-SUR``: the German gazetteer lists
  (official country names, OSM city and company names, GermaNER surnames),
  compiled into the model directory by ``qk train ner --gazetteers DIR``.

Matching is on token texts, case-sensitive, longest first; a token of a
common-noun look (lowercase) is never the first token of a match.

Forms the lists do not spell out are tagged too, from the single-word
entries: a genitive ("Portugals", "Atlantiks" -> the entry's category), a
place word + "er" ("Frankfurter", "Schweizer" -> ``G-DERIV``), and the
adjectives of countries and regions ("italienischen", "deutsche",
"afrikanisch" -> ``G-ADJ``: CLDR's German language names ending in -sch via
Babel, and -isch forms generated from the country and region names; a
generated form that is not a word never occurs, so over-generating is
harmless). GermEval labels such words ``LOCderiv``.

German capitalises every noun, so a capitalised word says little. The
gazetteer also knows capitalised words seen as common nouns (UD German
GSD's NOUN tokens, and words outside every entity in the training
sentences); such a word's tag gets "+N" ("O+N" for "Front", "U-G-SUR+N" for
"Fischer"), and the model learns what that means next to the name lists.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterable, Sequence

__all__ = ["Gazetteer", "GAZETTEER_FILES", "build_gazetteer", "list_entries"]

# file in ../shared/data/german-ner-gazetteers -> category (landscape names
# are left out: their license is not stated).
GAZETTEER_FILES = {
    "laendernamen.list": "G-COUNTRY",
    "stadtnamen.list": "G-CITY",
    "firmennamen.list": "G-FIRM",
    "personennamen.list": "G-SUR",
}
_SEP = "\x1f"
_PLACE = ("LOC", "G-COUNTRY", "G-CITY")  # categories whose "-er" form is a derived word (Berliner)
_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
_PRIORITY = {"KB": 0, "G-COUNTRY": 1, "G-CITY": 2, "G-FIRM": 3, "G-FIRST": 4, "G-SUR": 5}


def _prio(cat: str) -> int:
    return _PRIORITY["KB"] if cat.startswith("KB-") else _PRIORITY.get(cat, 9)


class Gazetteer:
    """Phrase (token tuple) -> category, with longest-match tagging."""

    def __init__(self, phrases: dict[str, str] | None = None, nouns: Iterable[str] = (),
                 adjectives: Iterable[str] = ()) -> None:
        self.phrases: dict[str, str] = phrases or {}
        self.nouns: set[str] = set(nouns)
        self.adjectives: set[str] = set(adjectives)  # lowercase place adjectives, every inflected form
        self.max_len = max((k.count(_SEP) + 1 for k in self.phrases), default=0)

    def add(self, tokens: Sequence[str], category: str) -> None:
        if not tokens or not tokens[0][:1].isupper() and not tokens[0][:1].isdigit():
            return
        key = _SEP.join(tokens)
        old = self.phrases.get(key)
        if old is None or _prio(category) < _prio(old):
            self.phrases[key] = category
            self.max_len = max(self.max_len, len(tokens))

    def tag(self, words: Sequence[str]) -> list[str]:
        """One tag per word: "O" or "B-/I-/U-" + category of the longest match."""
        n = len(words)
        out = ["O"] * n
        phrases = self.phrases
        i = 0
        adjectives = self.adjectives
        while i < n:
            w = words[i]
            if not (w[:1].isupper() or w[:1].isdigit()):
                if adjectives and w in adjectives:
                    out[i] = "U-G-ADJ"
                i += 1
                continue
            hit = 0
            cat = ""
            for length in range(min(self.max_len, n - i), 0, -1):
                c = phrases.get(w if length == 1 else _SEP.join(words[i : i + length]))
                if c is not None:
                    hit, cat = length, c
                    break
            if not hit:
                if len(w) > 3:
                    out[i] = self._derived(w)
                i += 1
                continue
            if hit == 1:
                out[i] = "U-" + cat
            else:
                out[i] = "B-" + cat
                for j in range(i + 1, i + hit):
                    out[j] = "I-" + cat
            i += hit
        if self.nouns:
            nouns = self.nouns
            for k, w in enumerate(words):
                if w in nouns:
                    out[k] += "+N"
        return out

    def _derived(self, w: str) -> str:
        """Tag of a capitalised word that no entry spells: genitive, "-er" form, adjective."""
        phrases = self.phrases
        if w.endswith("s"):  # genitive of a place or a person (not of the firm list's common words)
            cat = phrases.get(w[:-1]) or (phrases.get(w[:-2]) if w.endswith("es") else None)
            if cat is not None and (cat.startswith("KB-") or cat.endswith(_PLACE)):
                return "U-" + cat
        if w.endswith("er") and phrases.get(w[:-2], "").endswith(_PLACE):
            return "U-G-DERIV"
        if w.lower() in self.adjectives:
            return "U-G-ADJ"
        return "O"

    # ---- persistence -----------------------------------------------------
    def to_disk(self, path: Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8") as f:
            json.dump({"phrases": self.phrases, "nouns": sorted(self.nouns), "adjectives": sorted(self.adjectives)},
                      f, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_disk(cls, path: Path) -> "Gazetteer":
        with gzip.open(path, "rt", encoding="utf-8") as f:
            data = json.load(f)
        return cls(data.get("phrases", {}), data.get("nouns", ()), data.get("adjectives", ()))


def place_adjectives(place_names: Iterable[str]) -> set[str]:
    """Lowercase German adjectives of places, every inflected form ("italienisch", "italienischen", ...).

    From CLDR's German language names ending in -sch (Babel; "Deutsch",
    "Französisch") and -isch forms generated from ``place_names``
    ("Argentinien" -> "argentinisch", "Afrika" -> "afrikanisch",
    "Schweden" -> "schwedisch", "Tibet" -> "tibetisch").
    """
    stems: set[str] = set()
    try:
        from babel import Locale

        stems.update(v.lower() for v in Locale("de").languages.values() if " " not in v and v.endswith("sch"))
    except ImportError:  # babel is only needed when a model is trained
        pass
    for name in place_names:
        if " " in name or "-" in name or len(name) < 4:
            continue
        low = name.lower()
        if low.endswith("ien"):
            stems.add(low[:-3] + "isch")
        elif low.endswith("a"):
            stems.update((low + "nisch", low[:-1] + "isch", low[:-1] + "äisch"))
        elif low.endswith("en"):
            stems.add(low[:-2] + "isch")
        else:
            stems.add(low + "isch")
    return {stem + end for stem in stems for end in _ADJ_ENDINGS}


def _region_names() -> list[str]:
    """German names of CLDR territories, continents and regions included (Babel)."""
    try:
        from babel import Locale
    except ImportError:
        return []
    return [v for v in Locale("de").territories.values() if "(" not in v]


def list_entries(lists_dir: Path) -> Iterable[tuple[str, str]]:
    """(name, category) of every entry of the gazetteer lists in ``lists_dir`` (missing files skipped)."""
    for fname, cat in GAZETTEER_FILES.items():
        p = Path(lists_dir) / fname
        if not p.is_file():
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if cat == "G-COUNTRY" and ", " in line:  # "Syrien, Arabische Republik" -> "Syrien"
                line = line.split(", ")[0]
            yield line, cat


def build_gazetteer(tokenize, kb_entries: Iterable = (), lists_dir: Path | None = None, nouns: Iterable[str] = (),
                    derived: bool = True, first_names: Iterable[str] = ()) -> Gazetteer:
    """Compile the KB aliases and (optionally) the German gazetteer lists.

    ``tokenize(text) -> list[str]`` must split as the NER's tokenizer does.
    ``derived``: also CLDR region names and place adjectives (see module doc).
    ``first_names``: forms tagged ``G-FIRST`` (the word-class lexicon's first names).
    """
    gaz = Gazetteer(nouns=nouns)
    for name in first_names:
        gaz.add([name], "G-FIRST")
    for entry in kb_entries:
        cat = "KB-" + entry.label
        for alias in {entry.canonical, *entry.aliases}:
            gaz.add(tokenize(alias), cat)
    if lists_dir is not None:
        for name, cat in list_entries(lists_dir):
            gaz.add(tokenize(name), cat)
    if derived:
        for name in _region_names():
            gaz.add(tokenize(name), "G-COUNTRY")
        places = [k for k, c in gaz.phrases.items() if _SEP not in k and c == "G-COUNTRY"]
        gaz.adjectives = place_adjectives(places)
    return gaz


def nouns_from(sentences: Iterable, conllu_files: Iterable[Path] = (), min_count: int = 2) -> set[str]:
    """Capitalised words seen as common nouns.

    From NER sentences: capitalised words after the first token, outside
    every gold entity, at least ``min_count`` times and never inside one.
    From CoNLL-U files: tokens with UPOS ``NOUN`` that start uppercase.
    """
    from collections import Counter

    outside: Counter[str] = Counter()
    inside: set[str] = set()
    for s in sentences:
        for k, (w, t) in enumerate(zip(s.tokens, s.tags)):
            if t != "O":
                inside.add(w)
            elif k and w[:1].isupper() and w[1:2].islower():
                outside[w] += 1
    nouns = {w for w, c in outside.items() if c >= min_count and w not in inside}
    for f in conllu_files:
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 3 and cols[3] == "NOUN" and cols[1][:1].isupper():
                nouns.add(cols[1])
    return nouns
