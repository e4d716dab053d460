"""The ``speech`` component: quotes, attributions, sources and the sourcing profile.

Layers written (every span ``by="speech"``):

* ``quotes``: DIRECT (the quotation with its marks), SCARE (scare quotes,
  attr ``scare: true``), INDIRECT (the reported content). Attrs:
  ``content`` [start, end], ``cue`` [start, end] or null, ``source``
  [start, end] or null, ``source_text``, ``cue_type``, ``source_type``,
  ``anonymous``, ``state``, ``states`` (and ``continued`` for Konjunktiv-I
  continuations).
* ``attributions``: label REPORTED, one per attribution (verb of saying with
  its speaker, "laut X", "X zufolge", "nach Angaben von X", "wie X
  berichtete", "so X", "according to X", "declined to comment", speech acts
  without content). The span covers cue and source. Attrs: ``cue``,
  ``source``, ``source_text``, ``content``, ``cue_type``, ``source_type``,
  ``anonymous``, ``state``, ``states``.
* ``sources``: one span per distinct source mention, label = source type,
  attrs ``source_type``, ``anonymous``, ``state``, ``states``, ``name``.
* ``unattributed``: UNATTRIBUTED factual sentences.
* ``findings``: one "sourcing-profile" span over the whole text; the same
  dict goes to ``doc.runtime["sourcing_profile"]``.
"""

from __future__ import annotations

from typing import Any, Callable

from ...document import Document, Span
from ...pipeline import component
from .patterns import verbs
from .profile import sourcing_profile
from .quotes import Event, Sentences, find_direct
from .reported import find_indirect, find_markers
from .sources import SourceInfo, type_source

__all__ = ["make_speech", "analyse_speech"]

BY = "speech"


def _info(text: str, ev: Event) -> tuple[str | None, SourceInfo]:
    if ev.source is None:
        if ev.extra.get("continued"):
            return None, SourceInfo("unknown", False, (), None)
        return None, SourceInfo("unknown", ev.label == "REPORTED", (), None)
    mention = text[ev.source[0] : ev.source[1]]
    info = type_source(mention)
    if ev.extra.get("bare_reports"):  # "Berichten zufolge": media, nobody named
        info = SourceInfo("media", True, info.states, None)
    return mention, info


def _attrs(ev: Event, mention: str | None, info: SourceInfo) -> dict[str, Any]:
    return {
        "content": list(ev.content),
        "cue": list(ev.cue) if ev.cue else None,
        "source": list(ev.source) if ev.source else None,
        "source_text": mention,
        "cue_type": ev.cue_type,
        "source_type": info.source_type,
        "anonymous": info.anonymous,
        "state": info.states[0] if info.states else None,
        "states": list(info.states),
    }


def analyse_speech(doc: Document) -> dict[str, Any]:
    """Add the layers of the module docstring to ``doc``; return the profile."""
    text = doc.text
    lang = (doc.language or "de").lower()
    sent_spans = [(s.start, s.end) for s in doc.layers.get("sentences", ())]
    sents = Sentences(sent_spans, len(text))
    say, think = verbs(lang)

    direct = find_direct(text, sents, say, think)
    quoted = [ev.content for ev in direct if ev.label == "DIRECT"]
    used = {ev.cue[0] for ev in direct if ev.cue}
    reported = find_indirect(text, sents, say, think, quoted, used, lang)
    used |= {ev.cue[0] for ev in reported if ev.cue}
    markers = find_markers(text, sents, quoted, used)

    quotes = doc.layer("quotes")
    attributions = doc.layer("attributions")
    sources: dict[tuple[int, int], dict[str, Any]] = {}
    covered: set[int] = set()

    for ev in sorted(direct + reported + markers, key=lambda e: (e.start, e.end)):
        mention, info = _info(text, ev)
        attrs = _attrs(ev, mention, info)
        if ev.label == "SCARE":
            quotes.append(_span(ev.start, ev.end, "SCARE", dict(attrs, scare=True)))
            continue
        for k in range(sents.index(ev.content[0]), sents.index(max(ev.content[0], ev.content[1] - 1)) + 1):
            covered.add(k)
        if ev.label in ("DIRECT", "INDIRECT"):
            quotes.append(_span(ev.start, ev.end, ev.label, dict(attrs, **ev.extra)))
        if ev.extra.get("continued") or (ev.cue is None and ev.source is None):
            continue
        lo = min(p[0] for p in (ev.cue, ev.source) if p) if ev.label != "REPORTED" else ev.start
        hi = max(p[1] for p in (ev.cue, ev.source) if p) if ev.label != "REPORTED" else ev.end
        attributions.append(_span(lo, hi, "REPORTED", dict(attrs, of=ev.label)))
        if ev.source and ev.source not in sources:
            sources[ev.source] = {
                "source_type": info.source_type,
                "anonymous": info.anonymous,
                "state": attrs["state"],
                "states": list(info.states),
                "name": info.name,
            }

    src_layer = doc.layer("sources")
    for (s, e), attrs in sorted(sources.items()):
        src_layer.append(_span(s, e, attrs["source_type"], attrs))

    profile, unattributed = sourcing_profile(doc, sents.spans if sent_spans else [], covered, list(sources.values()))
    un_layer = doc.layer("unattributed")
    for i in unattributed:
        s, e = sents.spans[i]
        un_layer.append(_span(s, e, "UNATTRIBUTED", {}))
    doc.runtime["sourcing_profile"] = profile
    doc.add("findings", 0, len(text), "sourcing-profile", by=BY, **profile)
    return profile


def _span(start: int, end: int, label: str, attrs: dict[str, Any]) -> Span:
    return Span(start=start, end=end, label=label, attrs=attrs, by=BY)


@component(
    "speech",
    requires=["tokens", "layers.sentences"],
    adds=["layers.quotes", "layers.attributions", "layers.sources", "layers.unattributed", "layers.findings"],
    stage="evidence",
)
def make_speech() -> Callable[[Document], None]:
    """Quotations, indirect speech, attributions, source types and the sourcing profile."""

    def run(doc: Document) -> None:
        analyse_speech(doc)

    return run
