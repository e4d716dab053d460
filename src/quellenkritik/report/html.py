"""HTML report: one self-contained page with every layer highlighted in the text.

Safety, in two independent lines:

1. Escaping. The page is a jinja2 template with autoescape on; the
   highlighted text is built here with :func:`markupsafe.escape` on every
   piece of record data (text, labels, attrs, layer names). CSS class names
   are generated (``L0``, ``L1`` ...), never taken from the record.
2. Content-Security-Policy. A meta tag allows only inline styles, ``data:``
   images and the page's own script, identified by a fresh random nonce per
   report. Even text that escaped escaping could not load or run anything.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from ..document import Document
from .common import (
    COUNT_ONLY,
    RANGE_LAYERS,
    STRUCTURAL,
    covered,
    describe_position,
    describe_repeat,
    format_attrs,
    layer_by,
    metadata_rows,
    ordered_layers,
    paragraph_blocks,
    repeat_groups,
    shorten,
    span_positions,
)
from .rhetoric import ACCURACY_NOTE, family_legend, rhetoric_lines, technique_rows
from .sections import (
    attribution_text,
    claim_rows,
    describe_source,
    entity_groups,
    format_mentions,
    format_score,
    kb_text,
    sourcing_lines,
    sourcing_profile,
    speakers,
    describe_speaker,
    describe_statement,
    source_rows,
)
from .segments import Point, Segment, SpanRef, segment_text

__all__ = ["render_html", "csp_policy", "LayerStyle", "HTML_MAX_LIST", "HTML_MAX_HIGHLIGHT"]

#: Rows per layer in the span lists under the text.
HTML_MAX_LIST = 300
#: Layers that cover much of a text: highlighted only when the reader ticks them.
DEFAULT_OFF: frozenset[str] = frozenset({"unattributed", "claims"})
#: Layers with more spans than this are counted, not highlighted.
HTML_MAX_HIGHLIGHT = 20000

_COLOURS = {
    "entities": "#ffd54f",
    "quantities": "#81d4fa",
    "dates": "#a5d6a7",
    "quotes": "#ab47bc",
    "attributions": "#ff7043",
    "claims": "#ec407a",
    "repeats": "#78909c",
    "findings": "#e53935",
    "sentences": "#90a4ae",
    "paragraphs": "#8d6e63",
    "tokens": "#bdbdbd",
}
#: Technique families (rhetoric.techniques.lexicon.FAMILIES values), each with its underline colour
#: in the text and the legend; the classes are F0, F1, ... by this order, never taken from the record.
FAMILY_COLOURS: dict[str, str] = {
    "manipulative wording": "#e53935",
    "attack on reputation": "#8e24aa",
    "justification": "#fb8c00",
    "simplification": "#1e88e5",
    "call": "#43a047",
    "distraction": "#6d4c41",
    "form": "#757575",
}
_FAMILY_INDEX = {name: i for i, name in enumerate(FAMILY_COLOURS)}
_SPARE = ("#80cbc4", "#e6ee9c", "#bcaaa4", "#9fa8da", "#ffcc80", "#c5e1a5", "#f8bbd0", "#b39ddb")


@dataclass(frozen=True)
class LayerStyle:
    """How one layer is shown: generated class, colour, kind and default state."""

    name: str
    cls: str
    colour: str
    kind: str  # "struct" (boundaries), "range" (tint + underline) or "fill"
    count: int
    by: str
    highlight: bool
    default_on: bool


def csp_policy(nonce: str) -> str:
    """The page's Content-Security-Policy: nothing but inline styles and our own script."""
    return (
        "default-src 'none'; "
        f"script-src 'nonce-{nonce}'; "
        "style-src 'unsafe-inline'; "
        "img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("quellenkritik.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _styles(doc: Document) -> list[LayerStyle]:
    styles: list[LayerStyle] = []
    spare = 0
    for i, name in enumerate(ordered_layers(doc)):
        colour = _COLOURS.get(name)
        if colour is None:
            colour = _SPARE[spare % len(_SPARE)]
            spare += 1
        spans = doc.layers[name]
        kind = "struct" if name in STRUCTURAL else "range" if name in RANGE_LAYERS else "fill"
        highlight = name not in COUNT_ONLY and len(spans) <= HTML_MAX_HIGHLIGHT and bool(spans)
        styles.append(
            LayerStyle(
                name=name,
                cls=f"L{i}",
                colour=colour,
                kind=kind,
                count=len(spans),
                by=layer_by(spans),
                highlight=highlight,
                default_on=highlight and kind != "struct" and name not in DEFAULT_OFF,
            )
        )
    return styles


def _describe(ref: SpanRef, struct: bool) -> str:
    if struct:
        return f"{ref.layer} #{ref.index + 1}"
    parts = [f"{ref.layer}: {ref.span.label or '(no label)'}"]
    if ref.span.attrs:
        parts.append(format_attrs(ref.span.attrs, 200))
    if ref.span.by:
        parts.append(f"by {ref.span.by}")
    return " · ".join(parts)


class _Highlighter:
    """Turns segments into flat ``<span>`` elements (one per segment, never nested)."""

    def __init__(self, doc: Document, styles: list[LayerStyle]) -> None:
        self.doc = doc
        self.by_name = {s.name: s for s in styles}
        self.order = {s.name: i for i, s in enumerate(styles)}
        self._titles: dict[tuple[tuple[str, int], ...], str] = {}

    def _title(self, covers: tuple[SpanRef, ...]) -> str:
        key = tuple(ref.key[:2] for ref in covers)
        if key not in self._titles:
            refs = sorted(covers, key=lambda r: (self.by_name[r.layer].kind == "struct", self.order[r.layer], r.start))
            seen = dict.fromkeys((r.layer, r.index, _describe(r, self.by_name[r.layer].kind == "struct")) for r in refs)
            self._titles[key] = "\n".join(line for _, _, line in seen)
        return self._titles[key]

    def _attrs(
        self, covers: tuple[SpanRef, ...], opens: tuple[SpanRef, ...], extra: str = "", first: bool = False
    ) -> Markup:
        layers = sorted({r.layer for r in covers}, key=self.order.__getitem__)
        classes = ["seg", *([extra] if extra else []), *(self.by_name[name].cls for name in layers)]
        for ref in covers:
            if self.by_name[ref.layer].kind == "struct" and ref.index % 2:
                classes.append("A" + self.by_name[ref.layer].cls[1:])
            elif ref.layer == "techniques":
                family = ref.span.attrs.get("family") if isinstance(ref.span.attrs, dict) else None
                if family in _FAMILY_INDEX:
                    classes.append(f"F{_FAMILY_INDEX[family]}")
        for ref in () if first else opens:  # a paragraph start needs no boundary mark
            if ref.layer == "sentences":
                classes.append("sb")
            elif ref.layer == "paragraphs":
                classes.append("pb")
        spans = " ".join(
            dict.fromkeys(
                f"{self.by_name[r.layer].cls}-{r.index}" for r in covers if self.by_name[r.layer].kind != "struct"
            )
        )
        return Markup(' class="{}" data-layers="{}" data-spans="{}" title="{}"').format(
            " ".join(dict.fromkeys(classes)), " ".join(layers), spans, self._title(covers)
        )

    def piece(self, piece: Segment | Point, block_start: int = -1) -> Markup:
        if isinstance(piece, Point):
            return Markup("<span{}></span>").format(self._attrs((piece.ref,), (), extra="mark"))
        text = escape(self.doc.text[piece.start : piece.end]).replace("\n", Markup("<br>"))
        if not piece.covers:
            return Markup(text)
        attrs = self._attrs(piece.covers, piece.opens, first=piece.start == block_start)
        return Markup("<span{}>{}</span>").format(attrs, text)


def _whole_document(pos: tuple[int, int], n: int) -> bool:
    """A span over (nearly) all the text, such as a per-article profile: listed, not highlighted."""
    return n > 200 and pos[1] - pos[0] >= 0.9 * n


def _text_html(doc: Document, styles: list[LayerStyle]) -> list[Markup]:
    """One Markup string per paragraph, each a run of flat highlighted segments."""
    wanted = {s.name for s in styles if s.highlight}
    n = len(doc.text)
    refs = [
        (name, i, span, pos, part)
        for name in ordered_layers(doc)
        if name in wanted
        for i, span in enumerate(doc.layers[name])
        for part, pos in enumerate(span_positions(span, n) if name == "findings" else [(span.start, span.end)])
        if not _whole_document(pos, n)
    ]
    hl = _Highlighter(doc, styles)
    return [
        Markup("").join(hl.piece(piece, block.start) for piece in block.pieces)
        for block in segment_text(len(doc.text), refs, paragraph_blocks(doc.text))
    ]


def _span_rows(doc: Document, style: LayerStyle) -> list[dict[str, str]]:
    blocks = paragraph_blocks(doc.text)
    return [
        {
            "target": f"{style.cls}-{i}",
            "at": describe_position(blocks, span.start, span.end),
            "text": shorten(covered(doc, span), 160),
            "label": span.label,
            "attrs": format_attrs(span.attrs, 300),
            "by": span.by,
        }
        for i, span in enumerate(doc.layers[style.name][:HTML_MAX_LIST])
    ]


def _repeats(doc: Document, styles: list[LayerStyle]) -> list[dict[str, object]]:
    style = next((s for s in styles if s.name == "repeats"), None)
    if style is None:
        return []
    blocks = paragraph_blocks(doc.text)
    return [
        {
            "summary": describe_repeat(doc, group, blocks),
            "text": shorten(group.text, 200),
            "targets": [f"{style.cls}-{i}" for i in group.indexes],
        }
        for group in repeat_groups(doc)
    ]


def _targets(styles: dict[str, LayerStyle], layer: str, indexes: list[int]) -> str:
    """``L3-0 L3-7``: the highlighted spans a row jumps to (empty when the layer is not highlighted)."""
    style = styles.get(layer)
    if style is None or not style.highlight:
        return ""
    return " ".join(f"{style.cls}-{i}" for i in indexes)


def _sections(doc: Document, styles: list[LayerStyle]) -> dict[str, object]:
    """The Sourcing, Claims and Entities sections (see sections.py), as plain template data."""
    by_name = {s.name: s for s in styles}
    blocks = paragraph_blocks(doc.text)
    profile, sources = sourcing_profile(doc), source_rows(doc)
    sourcing = None
    if profile is not None or sources:
        sourcing = {
            "lines": sourcing_lines(profile) if profile else [],
            "sources": [
                {
                    "target": _targets(by_name, "sources", [row.index]),
                    "at": describe_position(blocks, row.start, row.end),
                    "mention": shorten(row.mention, 160),
                    "kind": describe_source(row),
                }
                for row in sources
            ],
        }
    claims = claim_rows(doc)
    claim_data = None
    if claims is not None:
        claim_data = []
        for row in claims:
            target = _targets(by_name, "claims", [row.index])
            if row.attribution is not None:  # flash the attribution with the claim
                layer, start, end = row.attribution
                spans = doc.layers.get(layer, [])
                found = [i for i, span in enumerate(spans) if (span.start, span.end) == (start, end)][:1]
                target = " ".join(filter(None, [target, _targets(by_name, layer, found)]))
            claim_data.append(
                {
                    "target": target,
                    "at": describe_position(blocks, row.start, row.end),
                    "score": format_score(row.score),
                    "text": shorten(row.text, 300),
                    "reasons": ", ".join(row.reasons) or "—",
                    "attribution": attribution_text(row),
                    "attributed": row.attributed,
                }
            )
    entities = [
        {
            "target": _targets(by_name, "entities", group.indexes),
            "canonical": group.canonical,
            "id": group.id or "",
            "label": group.label or "—",
            "count": group.count,
            "mentions": format_mentions(group),
            "kb": kb_text(group),
        }
        for group in entity_groups(doc)
    ]
    speaker_data = [
        {
            "name": sp.name,
            "kind": describe_speaker(sp),
            "statements": [
                {
                    "text": shorten(str(st.get("text") or ""), 300),
                    "at": describe_position(blocks, int(st.get("start") or 0), int(st.get("end") or 0)),
                    "kind": describe_statement(st),
                    "target": "",
                }
                for st in sp.statements
            ],
        }
        for sp in speakers(doc)
    ]
    tech = technique_rows(doc)
    rhetoric = None
    if tech is not None or rhetoric_lines(doc):
        rows = tech or []
        rhetoric = {
            "lines": rhetoric_lines(doc),
            "legend": [{"family": f, "names": names, "idx": _FAMILY_INDEX.get(f, -1)} for f, names in family_legend(rows)],
            "rows": [
                {
                    "target": _targets(by_name, "techniques", [r.index]),
                    "at": describe_position(blocks, r.start, r.end),
                    "technique": r.technique,
                    "family": r.family,
                    "text": shorten(r.text, 200),
                    "voice": r.voice,
                    "confidence": "?" if r.confidence is None else f"{r.confidence:.2f}",
                    "why": r.explanation,
                }
                for r in rows
            ],
        }
    return {
        "rhetoric": rhetoric,
        "speakers": speaker_data,
        "sourcing": sourcing,
        "summary": "; ".join(sourcing["lines"]) if sourcing else "",  # type: ignore[index, arg-type]
        "claims": claim_data,
        "entities": entities,
        "entity_mentions": len(doc.layers.get("entities", [])),
    }


def render_html(doc: Document, nonce: str | None = None) -> str:
    """The record as one self-contained HTML page (inline CSS and JS, strict CSP)."""
    nonce = nonce or secrets.token_urlsafe(18)
    styles = _styles(doc)
    listed = [s for s in styles if s.name not in STRUCTURAL and s.name not in COUNT_ONLY and s.name != "findings"]
    findings = next((s for s in styles if s.name == "findings"), None)
    context = {
        "doc": doc,
        "title": doc.metadata.title or "(untitled)",
        "meta": metadata_rows(doc),
        "nonce": nonce,
        "csp": csp_policy(nonce),
        "styles": styles,
        "css_order": sorted(styles, key=lambda s: ("struct", "range", "fill").index(s.kind)),
        "accuracy_note": ACCURACY_NOTE,
        "technique_cls": next((s.cls for s in styles if s.name == "techniques"), None),
        "families": [{"idx": i, "name": name, "colour": colour} for i, (name, colour) in enumerate(FAMILY_COLOURS.items())],
        "paragraphs": _text_html(doc, styles),
        "listed": [(s, _span_rows(doc, s)) for s in listed if s.count],
        "max_list": HTML_MAX_LIST,
        "findings": (findings, _span_rows(doc, findings)) if findings and findings.count else None,
        "repeats": _repeats(doc, styles),
        "removed": doc.removed,
        **_sections(doc, styles),
    }
    return _env().get_template("report.html.j2").render(**context)
