"""Resolve a name to a knowledge-base entity, spelling- and transliteration-aware.

Steps, first hit wins (each restricted to ``label`` when one is given):

1. ``exact``: the alias index on :func:`.kb.norm_key` (case, hyphens, dots ignored);
2. ``translit``: the folded-key index (:func:`.translit.fold`: "Selenskij",
   "Zelenskyy", "Зеленский" -> one key), keys of four letters or more;
3. ``fuzzy`` (names of two words or more, never places): rapidfuzz over the folded keys of the same label that start
   with the same letter and differ in length by at most 3, word by word (same
   number of words, every word close), accepted only when one entity is
   clearly best: two different places (GeoNames ids) or persons within
   ``margin`` points are never merged ("Belgorod" is not "Belgrad");
4. otherwise a stable local id from the label and the folded name:
   ``qk:local:per:selenski``.

Two curated entries that share an alias ("Klitschko": Vitali and Wladimir)
are *ambiguous*: the resolver picks one only when ``context`` names it (an id
already found in the document, or text containing another of its aliases).

Links that never mislead. A wrong link to a place ("Hamas" to Hamm, "Kerry"
to Cary, "Dabei" to Dubai) is worse than none, so GeoNames places
and regions (:func:`place_allowed`) are linked only

* by an alias that is not an ordinary word: a *non-canonical* GeoNames
  alternate name that the word-class lexicon knows as a common noun or
  function word ("Landen" for London, "Soul" for Seoul) never links;
* by a canonical name that is also a word ("Essen", "Corona", "Mitte") only
  when the recogniser said LOC and the place lies in a country of the
  context or in :data:`HOME_COUNTRIES`;
* never by fuzzy matching; by transliteration of a Latin-script name only
  when the recogniser said LOC and the place's country is named in the
  context (Cyrillic names may be transliterated whenever the label agrees);
* never by an alias another, better-ranked entry of another label owns
  ("Hamas" the organisation), nor by another language's exonym, recognised
  by letters only that language writes ("Jarosław" for Yaroslavl).

Aliases the KB marks weak ("Kurz" for Sebastian Kurz, ``extra.weak_aliases``)
link any entry only when the recogniser's label is the entry's. A one-word
name links a Party Facts party only when it is active and of a home or
context country (:func:`party_alias_allowed`: "NDR" is the broadcaster, not
a Russian party of 1995). Among candidates, those of a country named in the
context come first ("Grüne" in an Austrian article).

Every resolution carries ``score``, the link's confidence: 1.0 for the
canonical name or a curated/ISO alias, 0.9 for another GeoNames alias, 0.8
for a transliteration of a curated entry with the label agreeing, 0.7 for
other transliterations, at most 0.7 for fuzzy links, 0 for local ids. Below
:data:`WEAK_BELOW` a link is *weak*, and the reports say so.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from ...linguistic.wordclass import is_common_noun, is_function_word
from .kb import Entry, KnowledgeBase, load_kb, norm_key, weak_aliases
from .lexicon import COMMON_WORDS
from .translit import fold, is_cyrillic

try:  # rapidfuzz is the fast choice; difflib keeps the resolver working without it
    from rapidfuzz.fuzz import ratio as _ratio
except ImportError:  # pragma: no cover
    from difflib import SequenceMatcher

    def _ratio(a: str, b: str) -> float:
        return 100.0 * SequenceMatcher(None, a, b).ratio()


__all__ = [
    "Resolution", "resolve", "local_id", "pick", "place_allowed", "foreign_exonym", "is_word", "is_weak", "context_countries",
    "party_alias_allowed", "FUZZY_THRESHOLD", "HOME_COUNTRIES", "WEAK_BELOW", "PARTY_ACTIVE_SINCE",
]

#: Links with a confidence below this are weak: shown as such in every report.
WEAK_BELOW = 0.8
#: Countries whose towns German-language news names without naming the
#: country: a place there that is also a word ("Essen") needs no more context
#: than the recogniser's LOC label.
HOME_COUNTRIES = frozenset({"DE", "AT", "CH"})
FUZZY_THRESHOLD = 88.0
FUZZY_MARGIN = 4.0
MIN_FOLD_LEN = 4
Context = Iterable[str] | str | None


@dataclass(frozen=True)
class Resolution:
    """The entity a name resolves to. ``kb`` is False for local ids."""

    name: str
    id: str
    label: str
    canonical: str
    score: float
    method: str  # exact | translit | fuzzy | local | ambiguous
    kb: bool = True
    candidates: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if not self.candidates:
            d.pop("candidates")
        else:
            d["candidates"] = list(self.candidates)
        return d


def local_id(name: str, label: str | None) -> str:
    """A stable id for a name the KB does not know: label + folded name."""
    key = fold(name).replace(" ", "-") or norm_key(name).replace(" ", "-") or "x"
    return f"qk:local:{(label or 'misc').lower()}:{key}"


def is_weak(confidence: float | None) -> bool:
    """A link below :data:`WEAK_BELOW` (a transliteration, a fuzzy match, a guessed coreference)."""
    return confidence is not None and confidence < WEAK_BELOW


def is_word(name: str, lists: bool = True) -> bool:
    """One capitalised word that is also an ordinary German word: a common noun
    or a function word by the word-class lexicon, or (``lists``) in
    :data:`.lexicon.COMMON_WORDS`, whose names of people that are also towns
    ("Stalin", "Martin") must not link to a place but stay names."""
    name = name.strip()
    if not name or " " in name or "-" in name:
        return False
    return (lists and name in COMMON_WORDS) or is_common_noun(name) or is_function_word(name)


def context_countries(context: Context, kb: KnowledgeBase | None = None) -> frozenset[str]:
    """ISO codes of the countries the context's ids lie in or are."""
    ids, _ = _context_ids_and_text(context)
    if not ids:
        return frozenset()
    kb = kb or load_kb()
    out = set()
    for i in ids:
        if i.startswith("qk:loc:iso:") and len(i) == 13:
            out.add(i[-2:])
        e = kb.by_id.get(i)
        if e is not None and e.country:
            out.add(e.country)
    return frozenset(out)


#: Letters only one language's spelling has: an alternate name written with them
#: is that language's name for a place elsewhere ("Jarosław" is Polish for
#: Yaroslavl, and a Polish first name), not a name German text uses for it.
_LETTERS_OF = {"PL": "łąęśźżńć", "CZ": "řěů", "TR": "ğış", "RO": "ășț", "HU": "őű"}


def foreign_exonym(name: str, country: str) -> bool:
    """``name`` is written with letters of a language not spoken in ``country`` (by :data:`_LETTERS_OF`)."""
    return any(code != country and any(ch in letters for ch in name.lower()) for code, letters in _LETTERS_OF.items())


#: Parties that ended before this year are linked by their full names only.
PARTY_ACTIVE_SINCE = 2000


def party_alias_allowed(entry: Entry, name: str, countries: frozenset[str] = frozenset()) -> bool:
    """Whether a one-word name ("NDR", "ABC", "BIP", "Grüne") may link the Party Facts party
    ``entry``: only a party still active after :data:`PARTY_ACTIVE_SINCE`, of
    :data:`HOME_COUNTRIES` or of a country in the context. Party Facts lists 4,000
    parties of 200 countries, whose acronyms are mostly other things in German
    news ("NDR" the broadcaster, "BIP" the gross domestic product)."""
    if entry.source != "partyfacts" or len(name.split()) > 1:
        return True
    years = str(entry.extra.get("years", ""))
    last = years.rpartition("–")[2].strip()
    if last.isdigit() and int(last) < PARTY_ACTIVE_SINCE:
        return False
    return entry.country in HOME_COUNTRIES or entry.country in countries


def place_allowed(entry: Entry, name: str, method: str, label: str | None, countries: frozenset[str] = frozenset()) -> bool:
    """Whether ``name`` may link to the place ``entry`` by ``method`` (rules of the module docstring).

    Curated places and entries of other labels are not restricted; countries
    (ISO 3166-1, names from pycountry and CLDR) only in how they are matched.
    """
    if entry.label != "LOC" or entry.source == "curated":
        return True
    if method == "fuzzy":
        return False  # "Zwei" is not Switzerland, "Sommer" not the Somme
    country = entry.source == "iso3166-1"
    canonical = norm_key(name) == norm_key(entry.canonical)
    word = not country and is_word(name)
    if word and not canonical:
        return False
    if not canonical and not country and foreign_exonym(name, entry.country):
        return False
    if method == "translit":
        if is_cyrillic(name):
            return label in (None, "LOC")
        return label == "LOC" and (country or entry.country in countries)
    if word:
        return label == "LOC" and entry.country in (countries | HOME_COUNTRIES)
    return True


def _context_ids_and_text(context: Context) -> tuple[set[str], str]:
    if context is None:
        return set(), ""
    if isinstance(context, str):
        return set(), context
    return set(context), ""


#: a GeoNames city this large keeps its rank against an entry of that very name ("Moskau")
_OWN_NAME_POP = 1_000_000


def own_name_first(cands: list[Entry], name: str) -> list[Entry]:
    """Candidates whose own name ``name`` is before GeoNames towns of another country for which it is
    only one of many other names: "Florida" is the US state, not Floridablanca (Colombia), whose
    alternate names list "Florida". Towns of a million or more keep their rank, and so does a town
    before a region of its own country named after it ("Napoli": Naples, not the metropolitan city)
    and before a smaller town abroad ("Saint Louis": the US city, not Saint-Louis in Senegal)."""
    if len(cands) < 2 or cands[0].source != "geonames":
        return cands
    key, first = norm_key(name), cands[0]
    own = [c for c in cands if norm_key(c.canonical) == key and c.label == first.label and c.country != first.country
           and (c.source != "geonames" or c.population >= first.population)]
    if not own or own[0] is first:
        return cands
    if first.population >= _OWN_NAME_POP or norm_key(first.canonical) == key:
        return cands
    return own + [c for c in cands if c not in own]


def pick(cands: list[Entry], context: Context = None) -> tuple[Entry | None, tuple[str, ...]]:
    """The best candidate, or (None, ids) when two curated entries tie and ``context`` does not decide."""
    if not cands:
        return None, ()
    first = cands[0]
    rivals = [c for c in cands[1:] if c.source == "curated" == first.source and c.id != first.id
              and c.label == first.label]
    if not rivals:
        return first, ()
    tied = [first, *rivals]
    ids, text = _context_ids_and_text(context)
    chosen = [c for c in tied if c.id in ids]
    if not chosen and text:
        low = norm_key(text)
        chosen = [c for c in tied if any(len(a.split()) > 1 and f" {norm_key(a)} " in f" {low} " for a in c.aliases)]
    if len(chosen) == 1:
        return chosen[0], ()
    return None, tuple(c.id for c in tied)


def _confidence(entry: Entry, name: str, method: str, label: str | None) -> float:
    if method == "exact":
        if entry.source == "geonames" and norm_key(name) != norm_key(entry.canonical):
            return 0.9  # another GeoNames alternate name: right mostly, chosen by nobody here
        return 1.0
    return 0.8 if entry.source == "curated" and label == entry.label else 0.7


def _filter(cands: list[Entry], label: str | None) -> list[Entry]:
    return [c for c in cands if c.label == label] if label else cands


def _result(name: str, e: Entry, score: float, method: str) -> Resolution:
    return Resolution(name=name, id=e.id, label=e.label, canonical=e.canonical, score=score, method=method)


def _fuzzy(kb: KnowledgeBase, key: str, label: str) -> tuple[str, float, tuple[str, ...]] | None:
    words = key.split()
    block = kb.fold_block(label, key[:1])
    scored: list[tuple[float, str]] = []
    for cand, ids in block.items():
        if abs(len(cand) - len(key)) > 3:
            continue
        cwords = cand.split()
        if len(cwords) != len(words):
            continue
        per_word = min(_ratio(a, b) for a, b in zip(words, cwords))
        if per_word < FUZZY_THRESHOLD - 8:
            continue
        score = _ratio(key, cand)
        if score >= FUZZY_THRESHOLD:
            for i in dict.fromkeys(ids):
                scored.append((score, i))
    if not scored:
        return None
    scored.sort(reverse=True)
    best_score, best_id = scored[0]
    close = [i for s, i in scored if i != best_id and best_score - s < FUZZY_MARGIN]
    if close:
        return "", best_score, (best_id, *dict.fromkeys(close))
    return best_id, best_score, ()


@lru_cache(maxsize=20_000)
def _resolve_cached(name: str, label: str | None) -> Resolution:
    return _resolve(name, label, None)


def resolve(name: str, label: str | None = None, context: Context = None, kb: KnowledgeBase | None = None) -> Resolution:
    """Resolve ``name`` (optionally of ``label``: PER, ORG, LOC, WEAPON, MISC) to an entity."""
    label = label.upper() if label else None
    if context is None and kb is None:
        return _resolve_cached(name, label)
    return _resolve(name, label, context, kb)


def _resolve(name: str, label: str | None, context: Context, kb: KnowledgeBase | None = None) -> Resolution:
    kb = kb or load_kb()
    name = " ".join(name.split())
    countries = context_countries(context, kb)
    ambiguous: tuple[str, ...] = ()
    for method, cands in (
        ("exact", lambda: kb.by_norm(name)),
        ("translit", lambda: kb.by_fold(fold(name)) if len(fold(name).replace(" ", "")) >= MIN_FOLD_LEN else []),
    ):
        if method == "translit" and is_word(name):
            continue  # "Gans" is a goose, not a spelling of "Gantz": an ordinary word is no transliteration
        every = cands()
        found = [c for c in _filter(every, label) if place_allowed(c, name, method, label, countries)
                 and (label == c.label or name not in weak_aliases(c)) and party_alias_allowed(c, name, countries)]
        if countries and len(found) > 1:
            found.sort(key=lambda c: c.country not in countries)  # "Grüne" in an Austrian article
        if found and found[0].source == "geonames" and every and every[0].label != found[0].label \
                and every[0].source == "curated":
            found = []  # "Hamas": the alias of a curated organisation is no town's
        entry, tied = pick(own_name_first(found, name), context)
        if entry is not None:
            return _result(name, entry, _confidence(entry, name, method, label), method)
        if tied:
            ambiguous = tied
            break
    key = fold(name)
    if not ambiguous and len(key.replace(" ", "")) >= MIN_FOLD_LEN and label and label != "LOC" and " " in name:
        # places are never fuzzy-matched (see place_allowed), nor single words
        # ("Koller" is not Kogler, "Moodys" not Modi): a name of two words or more
        # fuzzy only where the recogniser's label says what to look for
        hit = _fuzzy(kb, key, label)
        if hit:
            eid, score, tied = hit
            if eid and place_allowed(kb.by_id[eid], name, "fuzzy", label, countries):
                return _result(name, kb.by_id[eid], round(0.7 * score / 100.0, 3), "fuzzy")
            ambiguous = tied
    if ambiguous:
        lab = label or kb.by_id[ambiguous[0]].label
        return Resolution(name=name, id=local_id(name, lab), label=lab, canonical=name, score=0.0,
                          method="ambiguous", kb=False, candidates=ambiguous)
    return Resolution(name=name, id=local_id(name, label), label=label or "MISC", canonical=name, score=0.0,
                      method="local", kb=False)
