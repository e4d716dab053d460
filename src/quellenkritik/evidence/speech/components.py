"""The ``speech`` component: quotes, attributions, sources and the sourcing profile.

Layers written (every span ``by="speech"``):

* ``quotes``: DIRECT (the quotation with its marks), SCARE (scare quotes,
  attr ``scare: true``), INDIRECT (the reported content), REPORTED (a speech
  act whose speaker was not found: "Die Listen wurden bestätigt"). Attrs:
  ``content`` [start, end], ``cue`` [start, end] or null, ``source``
  [start, end] or null, ``source_text``, ``cue_type``, ``source_type``,
  ``anonymous``, ``state``, ``states``, ``confidence``, ``speaker``,
  ``speaker_id``, ``resolved_from`` (and ``continued`` for Konjunktiv-I
  continuations).
* ``attributions``: label REPORTED, one per attribution (verb of saying with
  its speaker, "laut X", "X zufolge", "nach Angaben von X", "wie X
  berichtete", "so X", "according to X", "declined to comment", "X: ...",
  "nach Kirchenangaben", "aus seiner Sicht", nominal cues, speech acts
  without content), and only those whose speaker was found and is a
  plausible speaker (see :mod:`.speakers`). The span covers cue and source;
  a Konjunktiv-I sentence that runs on is its own attribution (``continued``)
  credited to the last speaker. Attrs: ``cue``, ``source``, ``source_text``,
  ``content``, ``cue_type``, ``source_type`` (the annotation guide's types:
  official, politician, media, international, expert, anonymous, author,
  other; "unknown" for an unresolved pronoun), ``anonymous``, ``state``,
  ``states``, ``confidence`` (0-1: how sure the speaker and type are),
  ``speaker`` (the resolved name), ``speaker_id`` (its entity id),
  ``resolved_from`` (the earlier mention a surname, description or pronoun
  was resolved to), ``addressee``/``addressee_text`` ("der Zeitung X").
* ``sources``: one span per distinct source mention, label = source type,
  attrs ``source_type``, ``anonymous``, ``state``, ``states``, ``name``.
* ``unattributed``: UNATTRIBUTED factual sentences.
* ``findings``: one "sourcing-profile" span over the whole text; the same
  dict goes to ``doc.runtime["sourcing_profile"]`` and ``doc.document["sourcing"]``.
* ``doc.document["speakers"]``: who said what (:mod:`.whosaid`): each speaker
  with type, states, confidence and their statements (kind, cue, confidence).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from ...document import Document, Span
from ...pipeline import component
from .patterns import verbs
from .profile import sourcing_profile
from .quotes import Event, Sentences, find_direct
from .reported import find_indirect, find_markers
from .sources import type_source
from .whosaid import who_said_what
from .speakers import Speaker, SpeakerResolver, only_states, plausible, speaker_type, trim_mention

__all__ = ["make_speech", "analyse_speech"]

BY = "speech"


def _attrs(ev: Event, source: tuple[int, int] | None, mention: str | None, sp: Speaker | None, states: tuple[str, ...]) -> dict[str, Any]:
    return {
        "content": list(ev.content),
        "cue": list(ev.cue) if ev.cue else None,
        "source": list(source) if source else None,
        "source_text": mention,
        "cue_type": ev.cue_type,
        "source_type": sp.type if sp else "unknown",
        "anonymous": bool(sp and sp.anonymous),
        "state": states[0] if states else None,
        "states": list(states),
        "confidence": round(sp.confidence, 2) if sp else 0.0,
        "speaker": sp.name if sp else None,
        "speaker_id": sp.entity_id if sp else None,
        "resolved_from": sp.resolved_from if sp else None,
    }


_ADDRESSEE = re.compile(
    r"(?:\s+(?:am|im|auf|in|bei)\s+\S+)?\s+(?P<to>(?:der|dem|den|gegenüber\s+der|gegenüber\s+dem)\s+(?:[\w-]+\s+){0,2}?"
    r"[„»\"“][^“”\"«\n]{1,60}[“”\"«])"
)
_QUOTED_TITLE = re.compile(r"\s*[„»\"“][^“”\"«\n]{1,60}[“”\"«]")
_OBJECT_AFTER_SUBJECT = re.compile(r"\S+\s+(?P<obj>(?:einen|eine|den|die|das)\s)")


class _Speakers:
    """Trim, check and resolve each source span once (a quote and its continuation share one)."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.lang = (doc.language or "de").lower()
        ents = sorted(
            ((s.start, s.end, s.label, s.attrs) for s in doc.layers.get("entities", ())), key=lambda x: (x[0], -x[1])
        )
        try:
            from ..entities.kb import load_kb

            kb = load_kb()
        except Exception:  # noqa: BLE001 - typing works without the knowledge base, only less well
            kb = None
        self.resolver = SpeakerResolver(ents, kb, doc.text)
        self.done: dict[tuple[int, int], tuple[tuple[int, int] | None, tuple[int, int] | None, Speaker | None, tuple[str, ...]]] = {}

    def _colon_speaker(self, span: tuple[int, int], mention: str) -> bool:
        """ "Alice Weidel: ...", "Rheinische Post: ...": a name, an outlet or a state before the colon,
        not a crosshead ("Mörderische Party-Szene:") or a topic ("Corona:")."""
        own = speaker_type(mention)[0]
        overlapping = self.resolver.near(span[0], span[1])
        if own in ("media", "official", "international", "politician"):
            if any(label == "PER" for _, _, label, _ in overlapping) or own in ("media", "international"):
                return True
            if own == "official" and only_states(mention):
                return True  # "Pjöngjang:"
        covered = sum(min(e, span[1]) - max(s, span[0]) for s, e, _, _ in overlapping)
        return covered >= 0.8 * (span[1] - span[0]) and any(
            label == "PER" or (label == "ORG" and attrs.get("kb")) for _, _, label, attrs in overlapping
        )

    def get(self, ev: Event) -> tuple[tuple[int, int] | None, tuple[int, int] | None, Speaker | None, tuple[str, ...]]:
        if ev.source is None:
            return None, None, None, ()
        if ev.source in self.done:
            return self.done[ev.source]
        src = ev.source
        if ev.cue and self.text[ev.cue[0] : ev.cue[1]].lower().startswith("zitier"):
            # "zitiert er einen Kollegen": whom the subject quotes is the speaker
            obj = _OBJECT_AFTER_SUBJECT.match(self.text, src[0], src[1])
            if obj:
                src = (obj.start("obj"), src[1])
        nearby = self.resolver.near(src[0], src[1] + 1)
        names = [(s, e) for s, e, label, _ in nearby if label in ("PER", "ORG")]
        span, addressee = trim_mention(self.text, src[0], src[1], names, self.lang)
        if addressee is not None:  # "der Zeitung „Nordkurier“": the title belongs to the addressee
            title = _QUOTED_TITLE.match(self.text, addressee[1])
            if title:
                addressee = (addressee[0], title.end())
        result: tuple[Any, Any, Any, tuple[str, ...]] = (None, None, None, ())
        if span is not None:
            mention = self.text[span[0] : span[1]]
            has_entity = bool(self.resolver.near(span[0], span[1]))
            strict = bool(ev.extra.get("strict"))
            if ev.cue_type == "colon" and not self._colon_speaker(span, mention):
                self.done[ev.source] = result
                return result
            if ev.extra.get("possessive"):  # "aus seiner Sicht": the last speaker named
                pron = "sie" if mention.lower().startswith("ihr") else "er"
                sp = self.resolver.resolve(span[0], span[0], span[0], pron)
                span = ev.source
                result = (span, None, sp, sp.states)
            elif ev.extra.get("bare_reports") or (
                plausible(mention, has_entity, self.lang) and (not strict or has_entity or speaker_type(mention)[0])
            ):
                sp = self.resolver.resolve(span[0], span[0], span[1], mention)
                if ev.extra.get("bare_reports"):  # "Berichten zufolge": media, nobody named
                    sp = Speaker("media", 0.7, anonymous=True)
                info = type_source(mention)
                states = tuple(dict.fromkeys(info.states + sp.states))
                result = (span, addressee, sp, states)
            if result[2] is not None and result[2].type == "other" and result[2].confidence < 0.5 and ev.extra.get("possessive"):
                result = (None, None, None, ())
        self.done[ev.source] = result
        return result


def _deduplicate(events: list[Event], markers: list[Event], sents: Sentences) -> list[Event]:
    """The events, and the markers whose source no verb event or earlier marker of the same sentence
    already has ("Aus UN-Kreisen verlautete ...": one attribution, by the verb, not two)."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for ev in events:
        if ev.source:
            taken.setdefault(sents.index(ev.source[0]), []).append(ev.source)
    kept = []
    for m in sorted(markers, key=lambda m: (m.start, m.end)):
        if m.source and any(s < m.source[1] and e > m.source[0] for s, e in taken.get(sents.index(m.source[0]), ())):
            continue  # a verb event, or an earlier marker ("nach Einschätzung des Ifo-Instituts" read again as
            # "Einschätzung des Ifo-Instituts"), has this source already
        kept.append(m)
        if m.source:
            taken.setdefault(sents.index(m.source[0]), []).append(m.source)
    return events + kept


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
    speakers = _Speakers(doc)

    for ev in sorted(_deduplicate(direct + reported, markers, sents), key=lambda e: (e.start, e.end)):
        source, addressee, sp, states = speakers.get(ev)
        mention = text[source[0] : source[1]] if source else None
        attrs = _attrs(ev, source, mention, sp, states)
        if addressee is None and ev.cue and source:
            # "sagte X der „Bild am Sonntag“", "sagte dem »Spiegel«": the outlet spoken to, in quotation marks
            to = _ADDRESSEE.match(text, max(ev.cue[1], source[1]), min(len(text), max(ev.cue[1], source[1]) + 90))
            if to:
                addressee = to.span("to")
        if addressee:
            attrs["addressee"] = list(addressee)
            attrs["addressee_text"] = text[addressee[0] : addressee[1]]
        if ev.label == "SCARE":
            quotes.append(_span(ev.start, ev.end, "SCARE", dict(attrs, scare=True)))
            continue
        for k in range(sents.index(ev.content[0]), sents.index(max(ev.content[0], ev.content[1] - 1)) + 1):
            covered.add(k)
        if ev.label in ("DIRECT", "INDIRECT"):
            quotes.append(_span(ev.start, ev.end, ev.label, dict(attrs, **ev.extra)))
        if source is None or sp is None:
            # no speaker found: the quote stays, but it is not an attribution; a speech act
            # ("es wurde bestätigt") is kept in the quotes layer as REPORTED, speaker unknown
            if ev.label == "REPORTED" and ev.cue_type == "speech_act":
                quotes.append(_span(ev.start, ev.end, "REPORTED", attrs))
            continue
        if ev.extra.get("continued"):
            # reported speech running on in Konjunktiv I: credited to the last speaker, less surely
            attrs["confidence"] = round(sp.confidence * 0.8, 2)
            attributions.append(_span(ev.content[0], ev.content[1], "REPORTED", dict(attrs, of=ev.label, continued=True)))
            continue
        lo = min(p[0] for p in (ev.cue, source) if p) if ev.label != "REPORTED" else min(ev.start, source[0])
        hi = max(p[1] for p in (ev.cue, source) if p) if ev.label != "REPORTED" else max(ev.end, source[1])
        attributions.append(_span(lo, hi, "REPORTED", dict(attrs, of=ev.label)))
        if source not in sources:
            sources[source] = {
                "source_type": sp.type,
                "anonymous": sp.anonymous,
                "state": attrs["state"],
                "states": list(states),
                "name": sp.name or type_source(mention or "").name,
                "confidence": attrs["confidence"],
                "speaker_id": sp.entity_id,
                "resolved_from": sp.resolved_from,
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
    doc.document["sourcing"] = profile
    doc.document["speakers"] = who_said_what(doc)
    doc.add("findings", 0, len(text), "sourcing-profile", by=BY, **profile)
    return profile


def _span(start: int, end: int, label: str, attrs: dict[str, Any]) -> Span:
    return Span.checked(start, end, label, attrs, BY)


@component(
    "speech",
    requires=["tokens", "layers.sentences"],
    adds=["layers.quotes", "layers.attributions", "layers.sources", "layers.unattributed", "layers.findings"],
    stage="evidence",
    languages=("de", "en"),
)
def make_speech() -> Callable[[Document], None]:
    """Quotations, indirect speech, attributions, source types and the sourcing profile."""

    def run(doc: Document) -> None:
        analyse_speech(doc)

    return run
