"""The ``entities.kb`` component and :func:`link_entities` for other recognisers.

Span format of the ``entities`` layer (one span per mention)::

    {"start", "end", "label": "PER|ORG|LOC|WEAPON|MISC",
     "attrs": {"id": "qk:per:vladimir-putin", "canonical": "Vladimir Putin",
               "kb": true, "method": "kb|kb-inflected|kb-compound|coref|ambiguous|
                                      exact|translit|fuzzy|local",
               "candidates": [...]   # only when ambiguous},
     "by": "entities.kb" (or the component that proposed the span)}
"""

from __future__ import annotations

from typing import Callable, Iterable

from ...document import Document, Span
from ...pipeline import component
from .matcher import get_matcher
from .resolve import resolve

__all__ = ["make_entities_kb", "link_entities", "LAYER"]

LAYER = "entities"
BY = "entities.kb"


@component("entities.kb", requires=["tokens", "layers.sentences"], adds=["layers.entities"], stage="evidence")
def make_entities_kb() -> Callable[[Document], None]:
    """Find knowledge-base entities (persons, organisations, places, weapon systems) and link them."""
    matcher = get_matcher()

    def run(doc: Document) -> None:
        sentences = [(s.start, s.end) for s in doc.layers.get("sentences", ())]
        layer = doc.layer(LAYER)
        for m in matcher.find(doc.text, sentences):
            layer.append(Span(start=m.start, end=m.end, label=m.label, attrs=m.span_attrs(), by=BY))
        layer.sort(key=lambda s: (s.start, s.end))
        doc.metadata.entities = metadata_entities(doc)

    return run


def metadata_entities(doc: Document) -> list[dict]:
    """The persons and organisations named in the metadata, resolved.

    A byline's author is not in the text, but is an entity of the article
    ("Boris Dscherelijewski"), and so are the outlet and the service an
    article was forwarded from ("Golden Ten Data").
    """
    m = doc.metadata
    named = [("authors", a, "PER") for a in m.authors]
    named += [(f, getattr(m, f), "ORG") for f in ("outlet", "forwarded_from") if getattr(m, f)]
    out: list[dict] = []
    for field, name, label in named:
        r = resolve(name, label)
        out.append({"field": field, "name": name, "id": r.id, "label": r.label or label,
                    "canonical": r.canonical, "kb": r.kb})
    return out


def link_entities(doc: Document, spans: Iterable[tuple[int, int, str]], by: str = "ner") -> list[Span]:
    """Link spans proposed by another recogniser (e.g. a statistical NER) and add them.

    ``spans`` are (start, end, label). A span that overlaps one already in the
    ``entities`` layer is skipped (the KB match stands). The others are resolved
    with :func:`~.resolve.resolve`, using the ids already in the document as
    context, and a surname alone takes the id of a full name found earlier
    ("Boris Dscherelijewski ... Dscherelijewski" share one local id).
    """
    layer = doc.layer(LAYER)
    taken = [(s.start, s.end) for s in layer]
    ids = {s.attrs.get("id") for s in layer if s.attrs.get("id")}
    surnames: dict[str, tuple[str, str]] = {}
    for s in layer:
        words = doc.text[s.start : s.end].split()
        if s.label == "PER" and len(words) >= 2:
            surnames[words[-1]] = (s.attrs["id"], s.attrs.get("canonical", ""))
    added: list[Span] = []
    for start, end, label in sorted(spans):
        if any(a < end and start < b for a, b in taken):
            continue
        name = doc.text[start:end]
        if label == "PER" and " " not in name.strip() and name.strip() in surnames:
            eid, canonical = surnames[name.strip()]
            attrs = {"id": eid, "canonical": canonical, "kb": not eid.startswith("qk:local:"), "method": "coref"}
        else:
            r = resolve(name, label, context=ids)
            attrs = {"id": r.id, "canonical": r.canonical, "kb": r.kb, "method": r.method}
            if r.candidates:
                attrs["candidates"] = list(r.candidates)
            if label == "PER" and len(name.split()) >= 2:
                surnames[name.split()[-1]] = (r.id, r.canonical)
        span = Span(start=start, end=end, label=label, attrs=attrs, by=by)
        layer.append(span)
        added.append(span)
        taken.append((start, end))
        ids.add(attrs["id"])
    layer.sort(key=lambda s: (s.start, s.end))
    return added
