"""Terminal report: a rich renderable (for the CLI) and its plain-text capture.

Every value taken from the record goes into a :class:`rich.text.Text`, never
into a markup string, so article text such as ``[bold]`` or ``[/]`` is shown
as it is and cannot restyle or break the output.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..document import Document
from .common import (
    COUNT_ONLY,
    plural,
    DEFAULT_MAX_SPANS,
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
    PROFILE_LABEL,
    attribution_text,
    claim_rows,
    describe_source,
    entity_groups,
    format_mentions,
    format_score,
    kb_text,
    sourcing_lines,
    speakers,
    describe_speaker,
    describe_statement,
    sourcing_profile,
    source_rows,
)

__all__ = ["text_renderable", "render_text", "TEXT_WIDTH", "TEXT_MAX_CLAIMS", "TEXT_MAX_ENTITIES"]

#: Width of the captured plain-text report.
TEXT_WIDTH = 100
#: Claims listed in the terminal (the highest scores); Markdown and HTML list all.
TEXT_MAX_CLAIMS = 10
#: Entity groups listed in the terminal.
TEXT_MAX_ENTITIES = 50
#: Layers the terminal shows as a section of their own instead of a span table.
SECTION_LAYERS = {"entities": "grouped: Entities", "claims": "ranked: Claims", "sources": "in Sourcing",
                  "techniques": "in Rhetoric"}


def _header(doc: Document) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in metadata_rows(doc):
        if label == "Title":
            continue
        grid.add_row(Text(label), Text(value))
    title = Text(doc.metadata.title or "(untitled)", style="bold")
    return Panel(grid, title=title, title_align="left", box=box.ROUNDED, border_style="cyan")


def _overview(doc: Document) -> Table:
    table = Table(title=Text("Layers", style="bold"), title_justify="left", box=box.SIMPLE_HEAD, expand=False)
    table.add_column("layer", style="magenta")
    table.add_column("spans", justify="right")
    table.add_column("by")
    table.add_column("shown")
    for name in ordered_layers(doc):
        spans = doc.layers[name]
        shown = "count only" if name in STRUCTURAL else SECTION_LAYERS.get(name, "listed below")
        if name == "findings" and spans and all(span.label == PROFILE_LABEL for span in spans):
            shown = "in Sourcing"
        table.add_row(Text(name), Text(str(len(spans))), Text(shorten(layer_by(spans), 40)), Text(shown))
    if not doc.layers:
        table.add_row(Text("(none)"), Text("0"), Text(""), Text(""))
    return table


def _more(shown: int, total: int) -> list[RenderableType]:
    return [Text(f"  ... and {total - shown} more", style="dim")] if total > shown else []


def _sourcing(doc: Document, max_spans: int) -> RenderableType | None:
    profile, sources = sourcing_profile(doc), source_rows(doc)
    if profile is None and not sources:
        return None
    parts: list[RenderableType] = [Text("Sourcing", style="bold magenta")]
    for line in sourcing_lines(profile) if profile else []:
        parts.append(hanging("  • ", Text(line)))
    if sources:
        table = Table(box=box.SIMPLE_HEAD, expand=True, title=Text(f"sources ({len(sources)})"), title_justify="left")
        table.add_column("at", no_wrap=True, style="dim")
        table.add_column("source", ratio=4, overflow="fold")
        table.add_column("type · state", ratio=2, overflow="fold", style="green")
        for row in sources[:max_spans]:
            table.add_row(Text(f"{row.start}–{row.end}"), Text(shorten(row.mention, 90)), Text(describe_source(row)))
        parts += [table, *_more(min(len(sources), max_spans), len(sources))]
    return Group(*parts)


def _who_said_what(doc: Document, max_spans: int) -> RenderableType | None:
    groups = speakers(doc)
    if not groups:
        return None
    parts: list[RenderableType] = [Text(f"Who said what ({plural(len(groups), 'speaker')})", style="bold magenta")]
    for sp in groups[:max_spans]:
        head = Text("  ") + Text(sp.name, style="bold") + Text(f"  {describe_speaker(sp)}", style="green")
        parts.append(head)
        for st in sp.statements[:max_spans]:
            parts.append(hanging("    – ", Text(shorten(str(st.get("text") or ""), 110)) + Text(f"  [{describe_statement(st)}]", style="dim")))
        parts += [Text("    ") + t for t in _more(min(len(sp.statements), max_spans), len(sp.statements))]
    parts += _more(min(len(groups), max_spans), len(groups))
    return Group(*parts)


def hanging(prefix: str, text: Text) -> RenderableType:
    """``prefix`` then ``text``, its wrapped lines indented under the text, not under the prefix."""
    grid = Table.grid()
    grid.add_column(no_wrap=True, style="dim" if prefix.strip()[:1].isdigit() else None)
    grid.add_column(overflow="fold")
    grid.add_row(Text(prefix), text)
    return grid


def _rhetoric(doc: Document, max_spans: int) -> RenderableType | None:
    lines, rows = rhetoric_lines(doc), technique_rows(doc)
    if not lines and not rows:
        return None
    parts: list[RenderableType] = [Text("Rhetoric", style="bold magenta")]
    parts += [hanging("  • ", Text(line)) for line in lines]
    if rows:
        # two lines per technique, not a table: its names and explanations stay whole at 80 columns
        parts.append(Text(f"techniques ({len(rows)})"))
        for r in rows[:max_spans]:
            conf = "?" if r.confidence is None else f"{r.confidence:.2f}"
            head = Text(r.technique, style="green") + Text(f"  {r.voice} · {conf}", style="dim")
            parts.append(hanging(f"  {r.start}–{r.end}  ", head))
            parts.append(hanging("      ", Text(f"“{shorten(r.text, 80)}” – ") + Text(r.explanation, style="dim")))
        parts += _more(min(len(rows), max_spans), len(rows))
    return Group(*parts)


def _claims(doc: Document) -> RenderableType | None:
    rows = claim_rows(doc)
    if rows is None:
        return None
    title = f"Claims ({len(rows)}, highest scores first)"
    if not rows:
        return Text(f"{title}: none", style="bold magenta")
    table = Table(title=Text(title, style="bold magenta"), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("score", justify="right", no_wrap=True, style="yellow")
    table.add_column("claim", ratio=5, overflow="fold")
    table.add_column("reasons", ratio=2, overflow="fold", style="dim")
    table.add_column("attribution", ratio=2, overflow="fold", style="green")
    for row in rows[:TEXT_MAX_CLAIMS]:
        table.add_row(
            Text(format_score(row.score)),
            Text(shorten(row.text, 120)),
            Text(", ".join(row.reasons) or "—"),
            Text(attribution_text(row, with_id=False), style="green" if row.attributed else "red"),
        )
    return Group(table, *_more(min(len(rows), TEXT_MAX_CLAIMS), len(rows)))


def _entities(doc: Document) -> RenderableType | None:
    groups = entity_groups(doc)
    if not groups:
        return None
    n = len(doc.layers["entities"])
    table = Table(
        title=Text(f"Entities ({len(groups)} entities, {n} mentions)", style="bold magenta"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        expand=True,
    )
    table.add_column("entity", ratio=3, overflow="fold")
    table.add_column("label", no_wrap=True, style="green")
    table.add_column("n", justify="right", no_wrap=True)
    table.add_column("mentions", ratio=3, overflow="fold")
    table.add_column("KB", no_wrap=True)
    table.add_column("id", no_wrap=True, style="dim")
    narrow: list[RenderableType] = [table.title]
    for group in groups[:TEXT_MAX_ENTITIES]:
        table.add_row(
            Text(group.canonical, style="bold"),
            Text(group.label or "—"),
            Text(str(group.count)),
            Text(format_mentions(group)),
            Text(kb_text(group)),
            Text(group.id or "—"),
        )
        # under 100 columns, two lines an entity: the id whole on the second, never folded
        narrow.append(hanging("  ", Text(group.canonical, style="bold")
                              + Text(f"  {group.label or '—'} · {group.count} · KB {kb_text(group)}", style="green")))
        narrow.append(hanging("      ", Text(group.id or "—", style="dim") + Text(f"  {format_mentions(group)}")))
    more = _more(min(len(groups), TEXT_MAX_ENTITIES), len(groups))
    # the table needs about 70 columns besides its widest id
    longest = max((len(g.id or "") for g in groups[:TEXT_MAX_ENTITIES]), default=0)
    return ByWidth(Group(table, *more), Group(*narrow, *more), min_width=max(100, longest + 70))


class ByWidth:
    """The ``wide`` renderable where the console has ``min_width`` columns or more, else ``narrow``."""

    def __init__(self, wide: RenderableType, narrow: RenderableType, min_width: int = 100) -> None:
        self.wide, self.narrow, self.min_width = wide, narrow, min_width

    def __rich_console__(self, console, options):  # noqa: ANN001, ANN204 - rich's render protocol
        yield self.wide if options.max_width >= self.min_width else self.narrow


def _span_table(doc: Document, name: str, max_spans: int) -> RenderableType:
    spans = doc.layers[name]
    if name == "findings":  # the sourcing profile has its own section
        spans = [span for span in spans if span.label != PROFILE_LABEL]
    table = Table(
        title=Text(f"{name} ({len(spans)})", style="bold magenta"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        expand=True,
    )
    table.add_column("at", no_wrap=True, style="dim")
    table.add_column("text", ratio=3, overflow="fold")
    table.add_column("label", ratio=2, overflow="fold", style="green")
    table.add_column("reading", ratio=4, overflow="fold", style="dim")
    for span in spans[:max_spans]:
        table.add_row(
            Text(f"{span.start}–{span.end}"),
            Text(shorten(covered(doc, span), 80)),
            Text(span.label),
            Text(describe_attrs(name, span.attrs)),
        )
    parts: list[RenderableType] = [table]
    if len(spans) > max_spans:
        parts.append(Text(f"  ... and {len(spans) - max_spans} more", style="dim"))
    return Group(*parts)


def _repeats(doc: Document, max_spans: int) -> RenderableType:
    groups = repeat_groups(doc)
    blocks = paragraph_blocks(doc.text)
    lines: list[RenderableType] = [Text(f"repeats ({len(doc.layers['repeats'])} spans)", style="bold magenta")]
    for group in groups[:max_spans]:
        line = Text("  • ")
        line.append(describe_repeat(doc, group, blocks), style="yellow")
        line.append(f"\n    “{shorten(group.text, 80)}”")
        lines.append(line)
    if len(groups) > max_spans:
        lines.append(Text(f"  ... and {len(groups) - max_spans} more", style="dim"))
    return Group(*lines)


def _removed(doc: Document, max_spans: int) -> RenderableType:
    table = Table(
        title=Text(f"removed page furniture ({len(doc.removed)})", style="bold red"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        expand=True,
    )
    table.add_column("text", ratio=3, overflow="fold")
    table.add_column("reason", ratio=1, style="yellow")
    table.add_column("by", ratio=1, style="dim")
    for item in doc.removed[:max_spans]:
        table.add_row(Text(shorten(item.text, 80)), Text(item.reason), Text(item.by))
    parts: list[RenderableType] = [table]
    if len(doc.removed) > max_spans:
        parts.append(Text(f"  ... and {len(doc.removed) - max_spans} more", style="dim"))
    return Group(*parts)


def text_renderable(doc: Document, max_spans: int = DEFAULT_MAX_SPANS) -> RenderableType:
    """The report as one rich renderable, for ``Console.print`` (with colours)."""
    parts: list[RenderableType] = [_header(doc), _overview(doc)]
    sections = [_rhetoric(doc, max_spans), _sourcing(doc, max_spans), _who_said_what(doc, max_spans), _claims(doc),
                _entities(doc)]
    parts += [section for section in sections if section is not None]
    names = [name for name in ordered_layers(doc) if name != "findings"]
    if "findings" in doc.layers:
        names.append("findings")  # relate several spans: shown last, after every layer
    for name in names:
        if name in STRUCTURAL or name in COUNT_ONLY or name in SECTION_LAYERS or not doc.layers[name]:
            continue
        if name == "findings" and all(span.label == PROFILE_LABEL for span in doc.layers[name]):
            continue
        if name == "repeats":
            parts.append(_repeats(doc, max_spans))
        else:
            parts.append(_span_table(doc, name, max_spans))
    if doc.removed:
        parts.append(_removed(doc, max_spans))
    else:
        parts.append(Text("removed page furniture: none", style="dim"))
    parts.append(Text(ACCURACY_NOTE, style="dim"))
    return Group(*parts)


def render_text(doc: Document, max_spans: int = DEFAULT_MAX_SPANS) -> str:
    """The terminal report captured as plain text, 100 columns wide."""
    console = Console(record=True, width=TEXT_WIDTH, file=io.StringIO(), color_system=None, legacy_windows=False,
                      emoji=False)
    console.print(text_renderable(doc, max_spans))
    return console.export_text()
