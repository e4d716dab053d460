"""Markdown report: metadata table, text excerpt, one section per layer, furniture, findings.

Everything taken from the record passes through :func:`md_escape`, so article
text cannot open a table cell, a link, an emphasis, a heading or raw HTML.
"""

from __future__ import annotations

import re

from ..document import Document
from .common import (
    COUNT_ONLY,
    plural,
    STRUCTURAL,
    covered,
    describe_repeat,
    describe_attrs,
    layer_by,
    metadata_rows,
    ordered_layers,
    paragraph_blocks,
    repeat_groups,
    shorten,
)
from .rhetoric import ACCURACY_NOTE, rhetoric_lines, technique_rows
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

__all__ = ["render_markdown", "md_escape", "MD_MAX_SPANS", "EXCERPT_CHARS"]

#: Spans listed per layer before "... and M more".
MD_MAX_SPANS = 100
#: Characters of article text quoted in the excerpt.
EXCERPT_CHARS = 1200

# Backslash escapes for Markdown syntax; <, > and & become entities (no raw HTML).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|~!])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(?=\s|$)", re.MULTILINE)


def md_escape(value: str, *, inline: bool = True) -> str:
    """Escape text for Markdown; ``inline`` also folds newlines (for table cells)."""
    value = "".join(_ENTITIES.get(ch, ch) for ch in value)
    value = _MD_SPECIAL.sub(r"\\\1", value)
    if inline:
        return re.sub(r"\s*\n\s*", " ", value).strip()
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), value)


def _cell(value: str, width: int | None = None) -> str:
    return md_escape(shorten(value, width) if width else value) or " "


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _excerpt(doc: Document) -> list[str]:
    text = doc.text[:EXCERPT_CHARS]
    cut = len(doc.text) > EXCERPT_CHARS
    if cut:
        text = text[: text.rfind(" ")] if " " in text else text
    lines: list[str] = []
    for start, end in paragraph_blocks(text):
        rows = [md_escape(line.strip(), inline=False) for line in text[start:end].splitlines()]
        lines += ["> " + row + ("\\" if i < len(rows) - 1 else "") for i, row in enumerate(rows)]
        lines.append(">")
    if lines:
        lines.pop()
    if cut:
        lines.append(f"> … ({len(doc.text) - len(text)} more characters)")
    return lines or ["_(no text)_"]


def _layer_section(doc: Document, name: str, max_spans: int) -> list[str]:
    spans = doc.layers[name]
    by = layer_by(spans)
    lines = [f"### {md_escape(name)} ({len(spans)})", ""]
    if by:
        lines += [f"by: {md_escape(by)}", ""]
    if not spans:
        return lines + ["_(empty)_", ""]
    rows = [
        [
            f"{span.start}–{span.end}",
            _cell(covered(doc, span), 80),
            _cell(span.label),
            _cell(describe_attrs(name, span.attrs, 160)),
        ]
        for span in spans[:max_spans]
    ]
    lines += _table(["at", "text", "label", "reading"], rows)
    if len(spans) > max_spans:
        lines += ["", f"… and {len(spans) - max_spans} more"]
    return lines + [""]


def _repeats_section(doc: Document, max_spans: int) -> list[str]:
    groups = repeat_groups(doc)
    blocks = paragraph_blocks(doc.text)
    lines = [f"### repeats ({len(doc.layers['repeats'])})", ""]
    for group in groups[:max_spans]:
        lines.append(f"- {md_escape(describe_repeat(doc, group, blocks))}: “{_cell(group.text, 80)}”")
    if len(groups) > max_spans:
        lines.append(f"- … and {len(groups) - max_spans} more")
    return lines + [""]


def _sourcing_section(doc: Document) -> list[str]:
    profile, sources = sourcing_profile(doc), source_rows(doc)
    if profile is None and not sources:
        return []
    lines = ["## Sourcing", ""]
    if profile is not None:
        lines += [f"- {md_escape(line)}" for line in sourcing_lines(profile)] + [""]
    if sources:
        rows = [
            [f"{row.start}–{row.end}", _cell(row.mention, 120), _cell(describe_source(row))] for row in sources
        ]
        lines += [f"Sources ({len(sources)}):", ""] + _table(["at", "source", "type · state"], rows) + [""]
    return lines


def _who_section(doc: Document) -> list[str]:
    groups = speakers(doc)
    if not groups:
        return []
    lines = [f"## Who said what ({plural(len(groups), 'speaker')})", ""]
    for sp in groups:
        lines.append(f"- **{md_escape(sp.name)}** ({md_escape(describe_speaker(sp))})")
        for st in sp.statements:
            lines.append(f"  - “{_cell(str(st.get('text') or ''), 200)}” ({md_escape(describe_statement(st))})")
    return lines + [""]


def _rhetoric_section(doc: Document) -> list[str]:
    lines, rows = rhetoric_lines(doc), technique_rows(doc)
    if not lines and not rows:
        return []
    out = ["## Rhetoric", ""] + [f"- {md_escape(line)}" for line in lines] + [""]
    if rows:
        table = [
            [f"{r.start}–{r.end}", md_escape(r.technique), _cell(r.text, 160), md_escape(r.voice),
             "?" if r.confidence is None else f"{r.confidence:.2f}", _cell(r.explanation, 160)]
            for r in rows
        ]
        out += [f"Techniques ({len(rows)}):", ""] + _table(["at", "technique", "text", "voice", "confidence", "why"], table) + [""]
    return out


def _claims_section(doc: Document) -> list[str]:
    rows = claim_rows(doc)
    if rows is None:
        return []
    lines = [f"## Claims ({len(rows)})", ""]
    if not rows:
        return lines + ["_(none)_", ""]
    lines += ["Highest scores first.", ""]
    table = [
        [
            format_score(row.score),
            _cell(row.text, 240),
            _cell(", ".join(row.reasons) or "—"),
            _cell(attribution_text(row)),
            f"{row.start}–{row.end}",
        ]
        for row in rows
    ]
    return lines + _table(["score", "claim", "reasons", "attribution", "at"], table) + [""]


def _entities_section(doc: Document) -> list[str]:
    groups = entity_groups(doc)
    if not groups:
        return []
    n = len(doc.layers["entities"])
    lines = [f"## Entities ({len(groups)} entities, {n} mentions)", ""]
    rows = [
        [
            _cell(group.canonical),
            _cell(group.label or "—"),
            str(group.count),
            _cell(format_mentions(group)),
            kb_text(group),
            _cell(group.id or "—"),
        ]
        for group in groups
    ]
    return lines + _table(["entity", "label", "n", "mentions", "KB", "id"], rows) + [""]


def render_markdown(doc: Document, max_spans: int = MD_MAX_SPANS) -> str:
    """The whole record as a Markdown report."""
    title = doc.metadata.title or "(untitled)"
    out = [f"# {md_escape(title)}", ""]
    out += _table(["field", "value"], [[label, _cell(value)] for label, value in metadata_rows(doc)])
    out += ["", "## Text (excerpt)", ""] + _excerpt(doc) + [""]
    out += _rhetoric_section(doc) + _sourcing_section(doc) + _who_section(doc) + _claims_section(doc) + _entities_section(doc)

    out += ["## Layers", ""]
    if doc.layers:
        rows = [
            [md_escape(name), str(len(doc.layers[name])), _cell(layer_by(doc.layers[name]), 60)]
            for name in ordered_layers(doc)
        ]
        out += _table(["layer", "spans", "by"], rows) + [""]
    else:
        out += ["_(no layers)_", ""]
    for name in ordered_layers(doc):
        if name in STRUCTURAL or name in COUNT_ONLY or name == "findings":
            continue
        if name == "repeats" and doc.layers[name]:
            out += _repeats_section(doc, max_spans)
        else:
            out += _layer_section(doc, name, max_spans)

    out += ["## Removed page furniture", ""]
    if doc.removed:
        rows = [[_cell(item.text, 80), _cell(item.reason), _cell(item.by)] for item in doc.removed]
        out += _table(["text", "reason", "by"], rows) + [""]
    else:
        out += ["_(none)_", ""]

    out += ["## Findings", ""]
    findings = doc.layers.get("findings", [])
    if findings:
        out += _layer_section(doc, "findings", max_spans)[2:]
    else:
        out += ["_(none)_", ""]
    out += ["", ACCURACY_NOTE]
    return "\n".join(out).rstrip() + "\n"
