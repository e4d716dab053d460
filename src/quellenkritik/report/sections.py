"""The summary sections every report format shows: Sourcing, Claims, Entities.

Plain functions that read a record and return plain data (dataclasses and
strings), so the terminal, Markdown and HTML reports state the same facts in
the same words. Nothing here escapes anything: each renderer escapes what it
takes from here for its own target.

Every attribute is read defensively: records can be hand-made or older than
the component that fills a layer, so a missing or malformed value becomes
``None`` (shown as a dash), never an exception.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..document import Document
from ..evidence.entities.resolve import is_weak
from .common import clamp, covered, plural

__all__ = [
    "PROFILE_LABEL",
    "LABEL_ORDER",
    "SourcingProfile",
    "SourceRow",
    "EntityGroup",
    "ClaimRow",
    "sourcing_profile",
    "sourcing_lines",
    "source_rows",
    "describe_source",
    "entity_groups",
    "format_mentions",
    "kb_text",
    "claim_rows",
    "attribution_text",
    "format_score",
    "Speaker",
    "speakers",
    "describe_speaker",
    "describe_statement",
]

#: Label of the whole-document finding the ``speech`` component writes.
PROFILE_LABEL = "sourcing-profile"
#: Entity labels in the order the Entities section lists them; others follow alphabetically.
LABEL_ORDER: tuple[str, ...] = ("PER", "ORG", "LOC", "GPE", "WEAPON", "EVENT", "MISC")

_WS = re.compile(r"\s+")


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _flat(value: str) -> str:
    return _WS.sub(" ", value).strip()


def _counts(value: Any) -> list[tuple[str, int]]:
    """A ``{name: count}`` mapping as pairs, most frequent first, then by name."""
    if not isinstance(value, dict):
        return []
    pairs = [(str(k), n) for k, v in value.items() if (n := _int(v)) is not None]
    return sorted(pairs, key=lambda kv: (-kv[1], kv[0]))


def _plural(n: int, one: str, many: str) -> str:
    return plural(n, one, many)


# --- sourcing ----------------------------------------------------------------------------


@dataclass
class SourcingProfile:
    """The ``sourcing-profile`` finding, read defensively."""

    sentences: int | None
    factual_unattributed: int | None
    share: float | None  # 0..1
    anonymous: int | None
    by_type: list[tuple[str, int]] = field(default_factory=list)
    by_state: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class SourceRow:
    """One span of the ``sources`` layer."""

    index: int
    start: int
    end: int
    mention: str
    source_type: str
    states: list[str]
    anonymous: bool
    name: str | None


def sourcing_profile(doc: Document) -> SourcingProfile | None:
    """The record's sourcing profile (the last ``sourcing-profile`` finding), or None."""
    found = [span for span in doc.layers.get("findings", []) if span.label == PROFILE_LABEL]
    if not found:
        return None
    attrs = found[-1].attrs
    sentences, factual = _int(attrs.get("sentences")), _int(attrs.get("factual_unattributed"))
    share = _float(attrs.get("share_unattributed"))
    if sentences and factual is not None:
        share = factual / sentences  # from the counts, so the figures always agree
    return SourcingProfile(
        sentences=sentences,
        factual_unattributed=factual,
        share=share,
        anonymous=_int(attrs.get("anonymous_sources")),
        by_type=_counts(attrs.get("by_type")),
        by_state=_counts(attrs.get("by_state")),
    )


def _percent(share: float) -> str:
    if 0 < share < 0.005:
        return "<1 %"
    return f"{100 * share:.0f} %"


def sourcing_lines(profile: SourcingProfile) -> list[str]:
    """The profile in four short sentences (joined with "; " they make one line).

    ``29 of 41 sentences (71 %) state facts without attribution``,
    ``0 anonymous sources``, ``sources by type: government 3, media 1``,
    ``by state: RU 2, UA 1``.
    """
    lines: list[str] = []
    if profile.factual_unattributed is not None and profile.sentences is not None:
        share = f" ({_percent(profile.share)})" if profile.share is not None else ""
        verb = "states" if profile.factual_unattributed == 1 else "state"
        lines.append(
            f"{profile.factual_unattributed} of {_plural(profile.sentences, 'sentence', 'sentences')}{share} "
            f"{verb} facts without attribution"
        )
    elif profile.share is not None:
        lines.append(f"{_percent(profile.share)} of sentences state facts without attribution")
    if profile.anonymous is not None:
        lines.append(_plural(profile.anonymous, "anonymous source", "anonymous sources"))
    by_type = ", ".join(f"{name} {n}" for name, n in profile.by_type) or "none identified"
    by_state = ", ".join(f"{name} {n}" for name, n in profile.by_state) or "none identified"
    lines.append(f"sources by type: {by_type}")
    lines.append(f"by state: {by_state}")
    return lines


def source_rows(doc: Document) -> list[SourceRow]:
    """The ``sources`` layer in text order, with its attrs read."""
    rows: list[SourceRow] = []
    for i, span in enumerate(doc.layers.get("sources", [])):
        attrs = span.attrs
        states = attrs.get("states")
        states = [str(s) for s in states if s] if isinstance(states, list) else []
        if not states and _str(attrs.get("state")):
            states = [str(attrs["state"]).strip()]
        start, end = clamp(span, len(doc.text))
        rows.append(
            SourceRow(
                index=i,
                start=start,
                end=end,
                mention=_flat(covered(doc, span)),
                source_type=_str(attrs.get("source_type")) or span.label or "unknown",
                states=states,
                anonymous=attrs.get("anonymous") is True,
                name=_str(attrs.get("name")),
            )
        )
    rows.sort(key=lambda r: (r.start, r.end))
    return rows


def describe_source(row: SourceRow) -> str:
    """``government · RU · anonymous``: type, states and the anonymity flag."""
    parts = [row.source_type]
    if row.states:
        parts.append("/".join(row.states))
    if row.anonymous:
        parts.append("anonymous")
    return " · ".join(parts)


# --- who said what -----------------------------------------------------------------------


@dataclass
class Speaker:
    """One speaker with their statements (see :mod:`quellenkritik.evidence.speech.whosaid`)."""

    name: str
    mentions: list[str]
    source_type: str
    states: list[str]
    anonymous: bool
    confidence: float | None
    statements: list[dict[str, Any]]


def speakers(doc: Document) -> list[Speaker]:
    """Who said what: ``document["speakers"]`` when the record has it, else grouped from the layers."""
    raw = doc.document.get("speakers") if isinstance(doc.document, dict) else None
    if not isinstance(raw, list):
        from ..evidence.speech.whosaid import who_said_what

        raw = who_said_what(doc)
    out: list[Speaker] = []
    for g in raw:
        if not isinstance(g, dict):
            continue
        statements = [st for st in g.get("statements") or [] if isinstance(st, dict)]
        out.append(
            Speaker(
                name=_flat(_str(g.get("speaker")) or "?"),
                mentions=[_flat(m) for m in g.get("mentions") or [] if isinstance(m, str)],
                source_type=_str(g.get("type")) or "unknown",
                states=[str(x) for x in g.get("states") or [] if x],
                anonymous=g.get("anonymous") is True,
                confidence=_float(g.get("confidence")),
                statements=statements,
            )
        )
    return out


def describe_speaker(sp: Speaker) -> str:
    """``official · RU · anonymous · confidence 0.85``."""
    parts = [sp.source_type, *(["/".join(sp.states)] if sp.states else []), *(["anonymous"] if sp.anonymous else [])]
    if sp.confidence is not None:
        parts.append(f"confidence {sp.confidence:.2f}")
    return " · ".join(parts)


def describe_statement(st: dict[str, Any]) -> str:
    """``indirect, cue "sagte", confidence 0.85``: kind, cue and confidence of one statement."""
    parts = [_str(st.get("kind")) or "reported"]
    cue = _str(st.get("cue"))
    if cue:
        parts.append(f"cue “{_flat(cue)}”")
    conf = _float(st.get("confidence"))
    if conf is not None:
        guess = " (type guessed)" if st.get("named") else " (guessed)"
        parts.append(f"confidence {conf:.2f}" + (guess if conf < 0.6 else ""))
    return ", ".join(parts)


# --- entities ----------------------------------------------------------------------------


@dataclass
class EntityGroup:
    """All mentions of one entity: same ``id`` (or canonical name, or surface form)."""

    canonical: str
    id: str | None
    label: str
    count: int
    mentions: list[tuple[str, int]]  # distinct surface forms, most frequent first
    kb: bool | None  # None: the record does not say
    indexes: list[int]  # span indexes in the entities layer, in text order
    first: int  # offset of the first mention
    confidence: float | None = None  # the best link's confidence; None: not linked or not said
    method: str = ""  # how the best link was made (exact, translit, fuzzy, coref, ...)


def _label_rank(label: str) -> tuple[int, str]:
    if label in LABEL_ORDER:
        return (LABEL_ORDER.index(label), "")
    return (len(LABEL_ORDER) + (0 if label else 1), label)


def entity_groups(doc: Document, layer: str = "entities") -> list[EntityGroup]:
    """The entities grouped by ``id`` (else ``canonical``, else label and surface form).

    Sorted by label (:data:`LABEL_ORDER` first), then by count, most first,
    then by canonical name.
    """
    buckets: dict[tuple[str, ...], list[tuple[int, Any]]] = {}
    for i, span in enumerate(doc.layers.get(layer, [])):
        attrs = span.attrs
        ident, canonical = _str(attrs.get("id")), _str(attrs.get("canonical"))
        if ident:
            key: tuple[str, ...] = ("id", ident)
        elif canonical:
            key = ("canonical", canonical.casefold())
        else:
            key = ("text", span.label, _flat(covered(doc, span)).casefold())
        buckets.setdefault(key, []).append((i, span))
    groups = [_group(doc, members) for members in buckets.values()]
    groups.sort(key=lambda g: (_label_rank(g.label), -g.count, g.canonical.casefold(), g.first))
    return groups


def _group(doc: Document, members: list[tuple[int, Any]]) -> EntityGroup:
    members = sorted(members, key=lambda m: (m[1].start, m[0]))
    spans = [span for _, span in members]
    surfaces = Counter(_flat(covered(doc, span)) for span in spans)  # insertion order = text order
    mentions = sorted(surfaces.items(), key=lambda kv: -kv[1])  # stable: ties keep text order
    canonical = next((c for s in spans if (c := _str(s.attrs.get("canonical")))), None)
    canonical = canonical or next((c for s in spans if (c := _str(s.attrs.get("name")))), None)
    kb_values = [s.attrs.get("kb") for s in spans if isinstance(s.attrs.get("kb"), bool)]
    links = [(c, _str(s.attrs.get("method")) or "") for s in spans
             if s.attrs.get("kb") is True and isinstance(c := s.attrs.get("confidence"), (int, float))]
    best = max(links, default=(None, ""))
    return EntityGroup(
        canonical=canonical or (mentions[0][0] if mentions else ""),
        id=next((c for s in spans if (c := _str(s.attrs.get("id")))), None),
        label=Counter(s.label for s in spans).most_common(1)[0][0],
        count=len(spans),
        mentions=mentions,
        kb=any(kb_values) if kb_values else None,
        indexes=[i for i, _ in members],
        first=spans[0].start,
        confidence=best[0],
        method=best[1],
    )


def format_mentions(group: EntityGroup) -> str:
    """``Wladimir Putin, Putin ×2``: the surface forms, a count where one occurs more than once."""
    return ", ".join(f"{text} ×{n}" if n > 1 else text for text, n in group.mentions)


def kb_text(group: EntityGroup) -> str:
    """``yes``, ``weak (translit 0.7)`` for a link below the weak threshold, ``no``,
    or ``—`` (the record does not say)."""
    if group.kb is None:
        return "—"
    if not group.kb:
        return "no"
    if is_weak(group.confidence):
        return f"weak ({group.method} {group.confidence:.2f})" if group.method else f"weak ({group.confidence:.2f})"
    return "yes"


# --- claims ------------------------------------------------------------------------------


@dataclass
class ClaimRow:
    """One span of the ``claims`` layer."""

    index: int
    start: int
    end: int
    text: str
    score: float | None
    reasons: list[str]
    attributed: bool
    source: str | None
    source_id: str | None
    attribution: tuple[str, int, int] | None  # (layer, start, end)


def _attribution(value: Any) -> tuple[str, int, int] | None:
    if not isinstance(value, dict):
        return None
    layer, start, end = value.get("layer"), _int(value.get("start")), _int(value.get("end"))
    if not isinstance(layer, str) or start is None or end is None:
        return None
    return layer, start, end


def claim_rows(doc: Document, layer: str = "claims") -> list[ClaimRow] | None:
    """The claims, highest score first (then text order); None when the layer is absent."""
    if layer not in doc.layers:
        return None
    rows: list[ClaimRow] = []
    for i, span in enumerate(doc.layers[layer]):
        attrs = span.attrs
        reasons = attrs.get("reasons")
        reasons = [str(r) for r in reasons if r] if isinstance(reasons, list) else []
        source, attribution = _str(attrs.get("source")), _attribution(attrs.get("attribution"))
        flag = attrs.get("attributed")
        start, end = clamp(span, len(doc.text))
        rows.append(
            ClaimRow(
                index=i,
                start=start,
                end=end,
                text=_flat(covered(doc, span)),
                score=_float(attrs.get("score")),
                reasons=reasons,
                attributed=flag if isinstance(flag, bool) else bool(source or attribution),
                source=source,
                source_id=_str(attrs.get("source_id")),
                attribution=attribution,
            )
        )
    rows.sort(key=lambda r: (r.score is None, -(r.score or 0.0), r.start, r.end))
    return rows


def attribution_text(row: ClaimRow, with_id: bool = True) -> str:
    """``attributed to Wladimir Putin (qk:per:vladimir-putin)``, ``attributed`` or ``unattributed``;
    without the id for a narrow table cell (the terminal report lists ids under Entities)."""
    if not row.attributed:
        return "unattributed"
    ident = f" ({row.source_id})" if row.source_id and with_id else ""
    if row.source:
        return f"attributed to {row.source}{ident}"
    return f"attributed{ident}"


def format_score(score: float | None) -> str:
    """``0.82``, or ``—`` when the record has no usable score."""
    return "—" if score is None else f"{score:.2f}"
