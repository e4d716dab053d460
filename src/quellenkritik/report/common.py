"""Helpers shared by every report format: layer order, truncation, attrs, repeats.

Nothing here knows about a particular output format; each renderer escapes
what it takes from here for its own target (Markdown, HTML, rich Text).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..document import Document, Span

__all__ = [
    "plural",
    "describe_attrs",
    "STRUCTURAL",
    "COUNT_ONLY",
    "RANGE_LAYERS",
    "KNOWN_ORDER",
    "DEFAULT_MAX_SPANS",
    "ordered_layers",
    "clamp",
    "covered",
    "shorten",
    "format_value",
    "format_attrs",
    "paragraph_blocks",
    "paragraph_number",
    "metadata_rows",
    "RepeatGroup",
    "repeat_groups",
    "describe_repeat",
    "describe_position",
    "layer_by",
    "span_positions",
]


def plural(n: int, one: str, many: str | None = None) -> str:
    """ "1 article", "2 articles", "1,028 articles" (``many`` for irregular plurals)."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"

#: Layers that segment the whole text; reports count them instead of listing them.
STRUCTURAL: tuple[str, ...] = ("paragraphs", "sentences", "tokens")
#: Layers that are only ever counted (far too many spans to show one by one).
COUNT_ONLY: frozenset[str] = frozenset({"tokens"})
#: Layers whose spans cover long stretches (clauses, passages): underlined, lightly tinted.
RANGE_LAYERS: frozenset[str] = frozenset({"quotes", "attributions", "claims", "repeats", "findings"})
#: The order layers are shown in; layers not named here follow in record order.
KNOWN_ORDER: tuple[str, ...] = (
    "paragraphs",
    "sentences",
    "tokens",
    "repeats",
    "entities",
    "quantities",
    "dates",
    "quotes",
    "attributions",
    "claims",
    "findings",
)
#: How many spans per layer the text and Markdown reports list before "... and M more".
DEFAULT_MAX_SPANS = 25

_WS = re.compile(r"\s+")
_PARA_SEP = re.compile(r"\n[^\S\n]*\n\s*")
_SPANLIKE_KEYS = ("other", "others", "occurrences", "positions", "first", "original", "repeat_of", "copy", "copies")
_FIRST_KEYS = ("explanation", "message", "note")
_GROUP_KEYS = ("group", "group_id", "repeat_id", "cluster", "passage_id", "id")


def ordered_layers(doc: Document) -> list[str]:
    """Layer names: the known ones in :data:`KNOWN_ORDER`, then the rest in record order."""
    known = [name for name in KNOWN_ORDER if name in doc.layers]
    rest = [name for name in doc.layers if name not in KNOWN_ORDER]
    return known + rest


def clamp(span: Span, length: int) -> tuple[int, int]:
    """The span's offsets limited to ``[0, length]`` (a record may be hand-made)."""
    start = min(max(span.start, 0), length)
    end = min(max(span.end, start), length)
    return start, end


def covered(doc: Document, span: Span) -> str:
    """The text a span covers (clamped to the text)."""
    start, end = clamp(span, len(doc.text))
    return doc.text[start:end]


def shorten(value: str, width: int = 80) -> str:
    """One line, whitespace collapsed, cut to ``width`` characters with an ellipsis."""
    flat = _WS.sub(" ", value).strip()
    if len(flat) <= width:
        return flat
    return flat[: max(width - 1, 0)].rstrip() + "…"


def format_value(value: Any) -> str:
    """A scalar as itself, anything else as compact JSON (non-ASCII kept)."""
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, (bool, int, float)):
        return json.dumps(value)
    try:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), default=str)
    except (TypeError, ValueError):
        return str(value)


def _worth_showing(value: Any) -> bool:
    """Not null or empty, and not a pair of character offsets ("content=[458, 519]"): the reader
    sees the text itself; the offsets stay in the JSON record."""
    if value is None or value == "" or value == [] or value == {}:
        return False
    return not (isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value))


def format_attrs(attrs: dict[str, Any], width: int | None = 100) -> str:
    """``key=value; key=value`` (an ``explanation`` first), leaving out empty values and offset pairs;
    cut to ``width`` characters when given."""
    keys = sorted((k for k in attrs if _worth_showing(attrs[k])), key=lambda key: key not in _FIRST_KEYS)
    text = "; ".join(f"{key}={format_value(attrs[key])}" for key in keys)
    return shorten(text, width) if width else text


_BOUNDS = {"at_most": "at most", "at_least": "at least", "about": "about", "more_than": "more than",
           "less_than": "less than", "AFTER": "after", "BEFORE": "before"}


def describe_attrs(layer: str, attrs: dict[str, Any], width: int = 100) -> str:
    """A span's attributes in words for a reader ("at most 100000 Soldaten"; "2024-11-17, day;
    relative, vague"), not a ``key=value`` dump; layers without such a reading fall back to
    :func:`format_attrs`."""
    a = attrs if isinstance(attrs, dict) else {}
    if layer == "quantities":
        bound = _BOUNDS.get(str(a.get("bound")), "")
        v = a.get("value")
        number = f"{v:,}" if isinstance(v, int) else format_value(v) if v is not None else ""
        parts = [bound, number, a.get("unit") or "", a.get("what") or ""]
        text = " ".join(str(p) for p in parts if p)
        if a.get("of"):
            text += f" of {a['of']}"  # an age: "78 yr Alter of Rolf"
        if a.get("per"):
            text += f" per {a['per']}"
        if a.get("vague"):
            text += " (vague)"
        return shorten(text or format_attrs(a, None), width)
    if layer == "dates":
        head = str(a.get("value") or "no fixed value")
        if a.get("granularity") and a.get("granularity") != "ref":
            head += f" ({a['granularity']})"
        flags = [w for w, on in (("relative", a.get("relative")), ("vague", a.get("vague")),
                                 ("year not given", str(a.get("value") or "").startswith("XXXX")),
                                 (_BOUNDS.get(str(a.get("mod")), ""), a.get("mod")),
                                 (str(a.get("direction") or ""), a.get("direction"))) if on and w]
        return shorten(head + ("; " + ", ".join(flags) if flags else ""), width)
    if layer in ("quotes", "attributions"):
        if a.get("scare"):
            return "quotation marks around a word (scare quotes)"
        who = a.get("speaker") or a.get("source_text")
        parts = [str(who) if who else "no speaker found"]
        parts += [p for p in (a.get("source_type") if a.get("source_type") not in (None, "unknown") else "",
                              "/".join(a.get("states") or ()) or (a.get("state") or ""),
                              "anonymous" if a.get("anonymous") else "") if p]
        conf = a.get("confidence")
        if isinstance(conf, (int, float)) and conf:
            parts.append(f"confidence {conf:.2f}")
        return shorten(" · ".join(parts), width)
    if layer == "perspective":
        side = a.get("side")
        text = f"{a.get('kind') or 'term'}: {a.get('term') or ''}".strip()
        return shorten(text + (f" ({side})" if side else ""), width)
    if layer == "structure" and a.get("place"):
        return shorten(f"a dateline naming {a['place']}", width)
    if a.get("explanation"):
        return shorten(str(a["explanation"]), width)
    return format_attrs(a, width)


def paragraph_blocks(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each paragraph: runs of text between blank lines."""
    blocks: list[tuple[int, int]] = []
    pos = 0
    for sep in _PARA_SEP.finditer(text):
        if sep.start() > pos:
            blocks.append((pos, sep.start()))
        pos = sep.end()
    if pos < len(text):
        blocks.append((pos, len(text)))
    return blocks


def paragraph_number(blocks: list[tuple[int, int]], offset: int) -> int:
    """1-based number of the paragraph an offset falls in (or the one before it)."""
    starts = [start for start, _ in blocks]
    return max(bisect_right(starts, offset), 1)


def describe_position(blocks: list[tuple[int, int]], start: int, end: int) -> str:
    """``¶3 (412–530)``: paragraph number and character offsets."""
    if blocks:
        return f"¶{paragraph_number(blocks, start)} ({start}–{end})"
    return f"{start}–{end}"


def metadata_rows(doc: Document) -> list[tuple[str, str]]:
    """The header fields as ``(label, value)``; missing values as an em dash."""
    meta = doc.metadata
    dash = "—"
    outlet = " / ".join(part for part in (meta.outlet, meta.section) if part) or dash
    rows = [
        ("Title", meta.title or dash),
        ("ID", doc.id or dash),
        ("Source", f"{doc.source.kind}: {doc.source.location}"),
        ("Language", doc.language or dash),
        ("Outlet / section", outlet),
        ("Authors", ", ".join(meta.authors) or dash),
        ("Published", meta.published or dash),
        ("Reading time", f"{meta.reading_time_minutes} min" if meta.reading_time_minutes is not None else dash),
        ("Forwarded from", meta.forwarded_from or dash),
    ]
    if meta.url:
        rows.append(("URL", meta.url))
    if meta.description:
        rows.append(("Description", meta.description))
    rows.append(("Text", f"{plural(len(doc.text), 'character')}, {plural(len(paragraph_blocks(doc.text)), 'paragraph')}"))
    coverage = doc.document.get("coverage") if isinstance(doc.document, dict) else None
    if isinstance(coverage, dict) and coverage:
        # layers that did not run for this document ("speech: not available for ru"), in every format
        rows.append(("Not analysed", "; ".join(f"{k}: {v}" for k, v in coverage.items())))
    migrated = doc.document.get("migrated") if isinstance(doc.document, dict) else None
    if isinstance(migrated, dict) and migrated.get("note"):
        rows.append(("Record", str(migrated["note"])))
    return rows


def layer_by(spans: Iterable[Span]) -> str:
    """The components that made a layer's spans, comma separated."""
    seen: dict[str, None] = {}
    for span in spans:
        if span.by:
            seen.setdefault(span.by, None)
    return ", ".join(seen)


@dataclass
class RepeatGroup:
    """One repeated passage and every place it occurs, as ``(start, end)``."""

    text: str
    positions: list[tuple[int, int]] = field(default_factory=list)
    label: str = ""
    indexes: list[int] = field(default_factory=list)


def _as_position(value: Any, length: int) -> tuple[int, int] | None:
    """A ``[start, end]`` pair or ``{"start", "end"}`` mapping as offsets, else None."""
    if isinstance(value, dict) and isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
        start, end = value["start"], value["end"]
    elif (
        isinstance(value, (list, tuple))
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        start, end = value
    else:
        return None
    start = min(max(start, 0), length)
    return start, min(max(end, start), length)


def span_positions(span: Span, length: int) -> list[tuple[int, int]]:
    """Where a span points: its own offsets, then any ``attrs["spans"]`` pairs (findings)."""
    positions = [clamp(span, length)]
    extra = span.attrs.get("spans")
    if isinstance(extra, (list, tuple)):
        for item in extra:
            pos = _as_position(item, length)
            if pos is not None and pos not in positions:
                positions.append(pos)
    return positions


def _extra_positions(attrs: dict[str, Any], length: int) -> list[tuple[int, int]]:
    """Other occurrences a span's attrs point at (``other``, ``occurrences``, ...)."""
    found: list[tuple[int, int]] = []
    for key in _SPANLIKE_KEYS:
        value = attrs.get(key)
        single = _as_position(value, length)
        if single is not None:
            found.append(single)
        elif isinstance(value, (list, tuple)):
            found.extend(pos for item in value if (pos := _as_position(item, length)) is not None)
    if isinstance(attrs.get("other_start"), int) and isinstance(attrs.get("other_end"), int):
        pos = _as_position([attrs["other_start"], attrs["other_end"]], length)
        if pos is not None:
            found.append(pos)
    return found


def repeat_groups(doc: Document, layer: str = "repeats") -> list[RepeatGroup]:
    """Group a repeats layer into passages with all their positions.

    Spans are grouped by a group attribute when they carry one (``group``,
    ``id``, ...), otherwise by their normalised text; positions named in attrs
    (``other``, ``occurrences``, ...) are added to the span's group.
    """
    length = len(doc.text)
    groups: dict[Any, RepeatGroup] = {}
    for index, span in enumerate(doc.layers.get(layer, [])):
        key: Any = None
        for name in _GROUP_KEYS:
            value = span.attrs.get(name)
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                key = ("attr", name, value)
                break
        text = covered(doc, span)
        if key is None:
            key = ("text", _WS.sub(" ", text).strip().casefold())
        group = groups.setdefault(key, RepeatGroup(text=text, label=span.label))
        group.indexes.append(index)
        for pos in [clamp(span, length), *_extra_positions(span.attrs, length)]:
            if pos not in group.positions:
                group.positions.append(pos)
    for group in groups.values():
        group.positions.sort()
    return list(groups.values())


def describe_repeat(doc: Document, group: RepeatGroup, blocks: list[tuple[int, int]] | None = None) -> str:
    """``passage repeated at ¶1 (0–118) and ¶4 (900–1018)``."""
    blocks = paragraph_blocks(doc.text) if blocks is None else blocks
    places = [describe_position(blocks, start, end) for start, end in group.positions]
    if len(places) == 1:
        return f"passage repeated (one occurrence marked, at {places[0]})"
    where = ", ".join(places[:-1]) + " and " + places[-1]
    return f"passage repeated at {where}"
