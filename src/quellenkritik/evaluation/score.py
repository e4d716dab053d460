"""Score one evidence record against one gold article, by the qk-dev-gold rules.

The rules (../shared/data/qk-dev-gold/README.md), so that figures compare:

* a gold span is *found* when a predicted span of the matching layer
  overlaps it as text: one contains the other, case-insensitive; with the
  same label for entities and the same numeric value for quantities;
* an attribution is found when the predicted source contains the gold
  source's head word (its last capitalised word) or the whole gold source;
  any predicted attribution may find it, so a speaker found once finds all
  of their gold attributions (the rule of the README); the stricter figure
  ``attributions_recall_strict`` lets each predicted attribution find at
  most one gold attribution (one speaker quoted three times must be found
  three times), preferring the one with the same cue;
* entity precision: the predicted entity spans that overlap some gold
  entity; attribution precision: the predicted attributions whose source
  matches some gold source;
* source type is scored on the attributions that were found.

Everything that was missed or wrongly predicted is kept with its text, for
``qk eval articles --detail``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..document import Document
from .gold import GoldArticle

__all__ = ["ArticleScore", "score_article", "head_word", "GUIDE_TYPES", "guide_type"]

#: The source types of the annotation guide.
GUIDE_TYPES = ("official", "politician", "media", "international", "expert", "anonymous", "author", "other")
#: Older record vocabularies mapped onto the guide's (the record uses the guide's own words).
_LEGACY_TYPES = {
    "government": "official", "military": "official", "party_or_parliament": "politician",
    "international_org": "international", "expert_or_ngo": "expert", "person": "other",
}
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\w'’.\-]*")


def guide_type(source_type: str | None) -> str:
    """A record's source type in the guide's words ("unknown" when none)."""
    if not source_type:
        return "unknown"
    return _LEGACY_TYPES.get(source_type, source_type)


def head_word(source: str) -> str:
    """The last capitalised word of a gold source ("Außenminister Sergej Lawrow" -> "Lawrow"), else the whole."""
    caps = _CAPITALISED.findall(source)
    return caps[-1] if caps else source


_SPACES = re.compile(r"\s+")


def _norm(s: str) -> str:
    """NFC, lower case, every run of white space (no-break spaces too) one space.

    NFC because the pipeline's text is NFC (clean normalises it) while an
    article file may be decomposed ("U" + combining diaeresis): one gold
    article of qk-dev-gold is, and its strings would never match otherwise."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", s)).strip().lower()


def _overlaps(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


def source_matches(predicted: str | None, gold_source: str) -> bool:
    """The predicted source contains the gold source or its head word (case-insensitive)."""
    if not predicted:
        return False
    low = _norm(predicted)
    return _norm(gold_source) in low or _norm(head_word(gold_source)) in low


@dataclass
class LayerResult:
    gold: int = 0
    found: int = 0
    found_strict: int = 0
    predicted: int = 0
    correct: int = 0  # predicted spans that match some gold item (precision)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ArticleScore:
    key: str
    layers: dict[str, LayerResult] = field(default_factory=dict)
    type_total: int = 0
    type_right: int = 0
    type_errors: list[dict[str, Any]] = field(default_factory=list)
    genre_gold: str | None = None
    genre_predicted: str | None = None
    #: technique -> [gold, gold found with that label, predicted, predicted matching a gold span of that label]
    per_technique: dict[str, list[int]] = field(default_factory=dict)


def _texts(doc: Document, layer: str) -> list[tuple[str, Any]]:
    return [(doc.span_text(s), s) for s in doc.layers.get(layer, ())]


def _score_entities(doc: Document, gold: GoldArticle) -> LayerResult:
    res = LayerResult(gold=len(gold.entities))
    pred = _texts(doc, "entities")
    for g in gold.entities:
        if any(_overlaps(t, g["text"]) and s.label == g["label"] for t, s in pred):
            res.found += 1
        else:
            near = sorted({f"{t} ({s.label})" for t, s in pred if _overlaps(t, g["text"])})
            res.misses.append({"text": g["text"], "label": g["label"], **({"predicted": near} if near else {})})
    res.predicted = len(pred)
    for t, s in pred:
        if any(_overlaps(t, g["text"]) for g in gold.entities):
            res.correct += 1
        else:
            res.false_positives.append({"text": t, "label": s.label, "by": s.by})
    return res


def _value(s: Any) -> float | None:
    v = s.attrs.get("value")
    if v is None:
        v = s.attrs.get("value_min")
    return v


def _score_quantities(doc: Document, gold: GoldArticle) -> LayerResult:
    res = LayerResult(gold=len(gold.quantities))
    pred = _texts(doc, "quantities")
    for g in gold.quantities:
        cands = [(t, s) for t, s in pred if _overlaps(t, g["text"])]
        if any(_value(s) is not None and abs(float(_value(s)) - float(g["value"])) < 1e-6 for _, s in cands):
            res.found += 1
        else:
            res.misses.append({"text": g["text"], "value": g["value"], "bound": g.get("bound"),
                               **({"predicted": [f"{t} = {_value(s)}" for t, s in cands]} if cands else {})})
    res.predicted = len(pred)
    for t, s in pred:
        if any(_overlaps(t, g["text"]) for g in gold.quantities):
            res.correct += 1
        else:
            res.false_positives.append({"text": t, "value": _value(s)})
    return res


def _score_dates(doc: Document, gold: GoldArticle) -> LayerResult:
    res = LayerResult(gold=len(gold.dates))
    pred = _texts(doc, "dates")
    for g in gold.dates:
        if any(_overlaps(t, g["text"]) for t, _ in pred):
            res.found += 1
        else:
            res.misses.append({"text": g["text"], "granularity": g.get("granularity")})
    res.predicted = len(pred)
    for t, s in pred:
        if any(_overlaps(t, g["text"]) for g in gold.dates):
            res.correct += 1
        else:
            res.false_positives.append({"text": t, "value": s.attrs.get("value")})
    return res


def _cue_text(doc: Document, span: Any) -> str:
    cue = span.attrs.get("cue")
    return doc.text[cue[0] : cue[1]] if cue else ""


def _score_attributions(doc: Document, gold: GoldArticle, score: ArticleScore) -> LayerResult:
    res = LayerResult(gold=len(gold.attributions))
    pred = list(doc.layers.get("attributions", ()))
    sources = [s.attrs.get("source_text") for s in pred]
    cues = [_cue_text(doc, s) for s in pred]
    used: set[int] = set()
    for g in gold.attributions:
        cands = [i for i, src in enumerate(sources) if source_matches(src, g["source"])]
        free = [i for i in cands if i not in used]
        same_cue = [i for i in free if cues[i].lower() == g.get("cue", "").lower()]
        strict = (same_cue or free or [None])[0]
        if strict is not None:
            used.add(strict)
            res.found_strict += 1
        pick = strict if strict is not None else (cands or [None])[0]
        if pick is None:
            res.misses.append({"source": g["source"], "cue": g.get("cue"), "kind": g.get("kind"), "type": g.get("type")})
            continue
        res.found += 1
        got = guide_type(pred[pick].attrs.get("source_type"))
        score.type_total += 1
        if got == g.get("type"):
            score.type_right += 1
        else:
            score.type_errors.append({"source": g["source"], "gold": g.get("type"), "predicted": got,
                                      "predicted_source": sources[pick]})
    res.predicted = len(pred)
    for i, span in enumerate(pred):
        if any(source_matches(sources[i], g["source"]) for g in gold.attributions):
            res.correct += 1
        else:
            res.false_positives.append({"source": sources[i], "cue": cues[i],
                                        "type": guide_type(span.attrs.get("source_type")),
                                        "text": doc.span_text(span)[:120]})
    return res


def _score_strings(gold_items: list[str], pred: list[str]) -> LayerResult:
    res = LayerResult(gold=len(gold_items), predicted=len(pred))
    for g in gold_items:
        if any(_overlaps(p, g) for p in pred):
            res.found += 1
        else:
            res.misses.append({"text": g})
    for p in pred:
        if any(_overlaps(p, g) for g in gold_items):
            res.correct += 1
        else:
            res.false_positives.append({"text": p[:160]})
    return res


def _score_techniques(doc: Document, gold: GoldArticle, score: ArticleScore) -> LayerResult:
    """Technique spans: a gold span is found by any overlapping predicted span (the label
    is scored per technique); forms outside the SemEval taxonomy (rhetorical questions)
    are not predictions of it and are left out."""
    from ..rhetoric.techniques.lexicon import TAXONOMY

    pred = [(t, s) for t, s in _texts(doc, "techniques") if s.label in TAXONOMY]
    res = LayerResult(gold=len(gold.techniques), predicted=len(pred))
    per = score.per_technique
    for g in gold.techniques:
        row = per.setdefault(g["technique"], [0, 0, 0, 0])
        row[0] += 1
        near = [(t, s) for t, s in pred if _overlaps(t, g["text"])]
        if near:
            res.found += 1
        if any(s.label == g["technique"] for _, s in near):
            row[1] += 1
            res.found_strict += 1
        if not near or not any(s.label == g["technique"] for _, s in near):
            res.misses.append({"text": g["text"], "label": g["technique"],
                               **({"predicted": sorted({f"{t} ({s.label})" for t, s in near})} if near else {})})
    for t, s in pred:
        row = per.setdefault(s.label, [0, 0, 0, 0])
        row[2] += 1
        matches = [g for g in gold.techniques if _overlaps(t, g["text"])]
        if matches:
            res.correct += 1
        else:
            res.false_positives.append({"text": t[:120], "label": s.label, "cue": s.attrs.get("cue")})
        if any(g["technique"] == s.label for g in matches):
            row[3] += 1
    return res


def score_article(doc: Document, gold: GoldArticle) -> ArticleScore:
    """All layers of one record against one gold article."""
    score = ArticleScore(key=gold.key, genre_gold=gold.genre)
    score.layers["entities"] = _score_entities(doc, gold)
    score.layers["quantities"] = _score_quantities(doc, gold)
    score.layers["dates"] = _score_dates(doc, gold)
    score.layers["attributions"] = _score_attributions(doc, gold, score)
    anonymous = [doc.span_text(s) for s in doc.layers.get("sources", ()) if s.attrs.get("anonymous")]
    score.layers["anonymous_sources"] = _score_strings(gold.anonymous_sources, anonymous)
    unattributed = [doc.span_text(s) for s in doc.layers.get("unattributed", ())]
    score.layers["unattributed_claims"] = _score_strings(gold.unattributed_claims, unattributed)
    score.layers["techniques"] = _score_techniques(doc, gold, score)
    summary = getattr(doc, "document", None) or {}
    genre = summary.get("genre") if isinstance(summary, dict) else None
    score.genre_predicted = genre.get("label") if isinstance(genre, dict) else None
    return score
