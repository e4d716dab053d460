"""Resolve a name to a knowledge-base entity, spelling- and transliteration-aware.

Steps, first hit wins (each restricted to ``label`` when one is given):

1. ``exact``: the alias index on :func:`.kb.norm_key` (case, hyphens, dots ignored);
2. ``translit``: the folded-key index (:func:`.translit.fold`: "Selenskij",
   "Zelenskyy", "Зеленский" -> one key), keys of four letters or more;
3. ``fuzzy``: rapidfuzz over the folded keys of the same label that start
   with the same letter and differ in length by at most 3, word by word (same
   number of words, every word close), accepted only when one entity is
   clearly best: two different places (GeoNames ids) or persons within
   ``margin`` points are never merged ("Belgorod" is not "Belgrad");
4. otherwise a stable local id from the label and the folded name:
   ``qk:local:per:selenski``.

Two curated entries that share an alias ("Klitschko": Vitali and Wladimir)
are *ambiguous*: the resolver picks one only when ``context`` names it (an id
already found in the document, or text containing another of its aliases).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from .kb import Entry, KnowledgeBase, load_kb, norm_key
from .translit import fold

try:  # rapidfuzz is the fast choice; difflib keeps the resolver working without it
    from rapidfuzz.fuzz import ratio as _ratio
except ImportError:  # pragma: no cover
    from difflib import SequenceMatcher

    def _ratio(a: str, b: str) -> float:
        return 100.0 * SequenceMatcher(None, a, b).ratio()


__all__ = ["Resolution", "resolve", "local_id", "pick", "FUZZY_THRESHOLD"]

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


def _context_ids_and_text(context: Context) -> tuple[set[str], str]:
    if context is None:
        return set(), ""
    if isinstance(context, str):
        return set(), context
    return set(context), ""


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
    ambiguous: tuple[str, ...] = ()
    for method, score, cands in (
        ("exact", 1.0, lambda: kb.by_norm(name)),
        ("translit", 0.9, lambda: kb.by_fold(fold(name)) if len(fold(name).replace(" ", "")) >= MIN_FOLD_LEN else []),
    ):
        found = _filter(cands(), label)
        entry, tied = pick(found, context)
        if entry is not None:
            return _result(name, entry, score, method)
        if tied:
            ambiguous = tied
            break
    key = fold(name)
    if not ambiguous and len(key.replace(" ", "")) >= MIN_FOLD_LEN:
        labels = [label] if label else ["PER", "ORG", "LOC", "WEAPON", "MISC"]
        hits = [(lab, h) for lab in labels if (h := _fuzzy(kb, key, lab))]
        hits.sort(key=lambda x: -x[1][1])
        if hits:
            lab, (eid, score, tied) = hits[0]
            if eid:
                return _result(name, kb.by_id[eid], round(0.85 * score / 100.0, 3), "fuzzy")
            ambiguous = tied
    if ambiguous:
        lab = label or kb.by_id[ambiguous[0]].label
        return Resolution(name=name, id=local_id(name, lab), label=lab, canonical=name, score=0.0,
                          method="ambiguous", kb=False, candidates=ambiguous)
    return Resolution(name=name, id=local_id(name, label), label=label or "MISC", canonical=name, score=0.0,
                      method="local", kb=False)
