"""The ``claims`` component: checkable statements, linked to who made them.

Layer ``claims``, label "claim", ``by="claims"``, one span per claim (a
sentence, or a clause where a sentence holds several; see
:mod:`.detect`). attrs:

* ``score``: check-worthiness 0..1; ``reasons``: the reasons behind it
  (vocabulary in :data:`.detect.REASONS`);
* ``attributed``: bool; ``attribution``: {"layer": "attributions" |
  "quotes", "start", "end"} of the span it is linked to, or null;
* ``source``: the source's text, or null; ``source_id``: the entity id of
  the source (an ``entities`` span inside the source mention), or null.

A clause is linked to the attribution whose *content* (a quote, an indirect
clause, the sentence a "laut X" covers) overlaps it; failing that to a
quotation (DIRECT or INDIRECT) that overlaps it. Its features are read with
that attribution's cue and speaker masked, so "„Wir haben keine Wahl“,
sagte Petra Vogt" is not made checkable by the name of the speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Callable

from ...document import Document, Span
from ...pipeline import component
from .detect import CACHE_KEY, REASONS, claim_clauses, layer_spans, score, spans_in

__all__ = ["make_claims", "find_claims", "BY"]

BY = "claims"


def _pair(v: Any) -> tuple[int, int] | None:
    return (int(v[0]), int(v[1])) if v else None


def _links(doc: Document) -> list[tuple[int, int, str, Span]]:
    """(content start, content end, layer, span) of every attribution and quote."""
    out: list[tuple[int, int, str, Span]] = []
    for sp in doc.layers.get("attributions", ()):
        c = _pair(sp.attrs.get("content")) or (sp.start, sp.end)
        out.append((c[0], c[1], "attributions", sp))
    for sp in doc.layers.get("quotes", ()):
        if sp.label in ("DIRECT", "INDIRECT"):
            c = _pair(sp.attrs.get("content")) or (sp.start, sp.end)
            out.append((c[0], c[1], "quotes", sp))
    out.sort(key=lambda x: (x[0], x[1]))
    return out


class _Entities:
    """The ``entities`` spans with an id, sorted by start, for the lookup of
    the first of them (in layer order) that overlaps a source mention."""

    def __init__(self, doc: Document) -> None:
        ents = sorted(
            (ent.start, i, ent.end, str(ent.attrs["id"]))
            for i, ent in enumerate(doc.layers.get("entities", ()))
            if ent.attrs.get("id")
        )
        self.ents = ents
        self.starts = [x[0] for x in ents]
        self.longest = max((x[2] - x[0] for x in ents), default=0)

    def id_at(self, s: int, e: int) -> str | None:
        best = None
        for k in range(bisect_left(self.starts, s - self.longest), bisect_left(self.starts, e)):
            start, i, end, ent_id = self.ents[k]
            if end > s and (best is None or i < best[0]):
                best = (i, ent_id)
        return best[1] if best else None


def _mask(sentence: str, s: int, near: list[tuple[int, int, str, Span]]) -> str:
    """The sentence (starting at s) with cue and speaker of the linked
    attributions blanked out, offsets kept."""
    chars = list(sentence)
    e = s + len(sentence)
    for _, _, _, sp in near:
        for rng in (_pair(sp.attrs.get("cue")), _pair(sp.attrs.get("source"))):
            if rng:
                a, b = max(rng[0], s), min(rng[1], e)
                if a < b:
                    chars[a - s : b - s] = " " * (b - a)
    return "".join(chars)


def _pick(cands: list[tuple[int, int, str, Span]]) -> tuple[str, Span] | None:
    # attributions first (they carry cue and source), then quotes; a named
    # source beats none.
    best = None
    for _, _, layer, sp in cands:
        rank = (layer == "attributions", bool(sp.attrs.get("source")))
        if best is None or rank > best[0]:
            best = (rank, layer, sp)
    return (best[1], best[2]) if best else None


def find_claims(doc: Document) -> list[Span]:
    """The claims of ``doc`` as spans (not added)."""
    text = doc.text
    spans = layer_spans(doc)
    starts = [a for a, _, _ in spans]
    links = _links(doc)
    cache = doc.runtime.get(CACHE_KEY) or {}
    # the sourcing profile's clauses hold when it saw the same spans
    cached = cache.get("clauses", {}) if cache.get("spans") == spans else {}
    entities: _Entities | None = None
    link_starts = [c[0] for c in links]
    longest = max((c[1] - c[0] for c in links), default=0)
    out: list[Span] = []
    for sent in doc.layers.get("sentences", ()):
        s, e = sent.start, sent.end
        i = bisect_left(link_starts, s - longest)
        near = []
        for c in links[i:]:
            if c[0] >= e:
                break
            if c[1] > s:
                near.append(c)
        if near:
            rel = spans_in(spans, starts, s, e)
            # blank out cue and speaker of linked attributions (offsets kept),
            # and drop the spans that overlap a blanked character
            sentence = text[s:e]
            masked = _mask(sentence, s, near)
            if masked != sentence:
                # a span keeps its text where no non-space character was blanked
                rel = [x for x in rel if masked[x[0] : x[1]] == sentence[x[0] : x[1]]]
            clauses = claim_clauses(masked, rel)
        else:
            hit = cached.get((s, e))
            clauses = hit if hit is not None else claim_clauses(text[s:e], spans_in(spans, starts, s, e))
        for cl in clauses:
            a, b = s + cl.start, s + cl.end
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            cands = [c for c in near if c[0] < b and c[1] > a]
            picked = _pick(cands)
            reasons, value = list(cl.reasons), cl.score
            attribution = source = source_id = None
            if picked:
                layer, sp = picked
                attribution = {"layer": layer, "start": sp.start, "end": sp.end}
                src = _pair(sp.attrs.get("source"))
                source = sp.attrs.get("source_text") or None
                if src:
                    if entities is None:
                        entities = _Entities(doc)
                    source_id = entities.id_at(*src)
                if "attributed-statement" not in reasons:
                    reasons = sorted([*reasons, "attributed-statement"], key=REASONS.index)
                    value = score(reasons)
            # a and b are ints with 0 <= a <= b (offsets in the text, trimmed towards each other)
            out.append(Span.checked(a, b, "claim", {
                "score": value,
                "reasons": reasons,
                "attributed": picked is not None,
                "attribution": attribution,
                "source": source,
                "source_id": source_id,
            }, BY))
    return out


@component(
    "claims",
    requires=["layers.sentences", "layers.quotes", "layers.attributions"],
    adds=["layers.claims"],
    stage="evidence",
    languages=("de", "en"),
)
def make_claims() -> Callable[[Document], None]:
    """Checkable statements (numbers, dates, events, named actors), each with its
    attribution or marked unattributed, a check-worthiness score and its reasons."""

    def run(doc: Document) -> None:
        doc.layers["claims"] = [sp for sp in doc.layer("claims") if sp.by != BY] + find_claims(doc)

    return run
