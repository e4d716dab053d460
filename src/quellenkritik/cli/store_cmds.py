"""Store commands: ``qk search``, ``qk show``, ``qk list``.

Results go to stdout, messages to stderr. Exit codes: 0 success (also a search
without hits, which says so on stderr), 1 a record or the store is not found,
2 bad settings, a malformed query or a store that cannot be opened.
``qk search --entity NAME|ID`` lists the records mentioning an entity.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

import typer
from rich.table import Table
from rich.text import Text

from ..document import Document
from ..errors import StoreError
from ..store import Store, open_store
from ..store.query import MARK_CLOSE, MARK_OPEN
from .app import ConfigOption, DbOption, app, db_path, err, fail, out, settings_from

__all__ = ["search", "show", "list_records", "snippet_text", "short_location"]

ID_WIDTH = 12


class Format(str, Enum):
    text = "text"
    json = "json"
    md = "md"
    html = "html"


def _fail(message: str, code: int = 1) -> None:
    """``app.fail`` with this module's default exit code 1 (not found)."""
    fail(message, code)


def _note(message: str) -> None:
    """One plain line on stderr (no markup, no wrapping)."""
    err.print(message, markup=False, highlight=False, soft_wrap=True)


def _open(config: Optional[Path], db: Optional[Path]) -> Store:
    """Open an existing store; a missing file is an error (reading never creates one)."""
    path = db_path(settings_from(config), db)
    if not path.exists():
        _fail(f"no store at {path} (analyse articles into it first, or pass --db)", code=1)
    try:
        return open_store(path)
    except StoreError as exc:
        _fail(str(exc), code=2)
        raise  # unreachable


def short_location(location: str) -> str:
    """A file's name without its folders ("/data/in/a.txt" -> "a.txt"; an archive member keeps
    "archive.zip!member"), a URL or other source as it is: the table cell stays readable at 80
    columns; ``qk show ID`` prints the whole location."""
    if "://" in location or "/" not in location:
        return location
    head, bang, member = location.partition("!")
    return head.rsplit("/", 1)[-1] + bang + member


def snippet_text(snippet: str) -> Text:
    """A snippet with its ``[..]`` marks as highlighted rich Text (no markup parsing)."""
    text = Text()
    pos = 0
    while True:
        s = snippet.find(MARK_OPEN, pos)
        e = snippet.find(MARK_CLOSE, s + 1) if s != -1 else -1
        if s == -1 or e == -1:
            text.append(snippet[pos:])
            return text
        text.append(snippet[pos:s])
        text.append(snippet[s + 1 : e], style="bold yellow")
        pos = e + 1


def _json_lines(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        typer.echo(json.dumps(row, ensure_ascii=False))


_SEARCH_HELP = """Find stored records.

QUERY: words (all must match) and "quoted phrases"; OR between terms for
either ("Putin OR Selenskyj"), NOT before a term to exclude it
("Ukraine NOT Russland"); OR, NOT and AND count only in capitals, "OR" in
quotes is a word. Word forms are matched (Lieferung ~ Lieferungen), then
substrings (Drohne ~ Drohnentechnologien); diacritics do not matter
(Kaczynski ~ Kaczyński).

--entity NAME|ID instead lists the records that mention an entity, whatever
the spelling: "Selenskyj", "Zelensky" and "Зеленский" find the same
articles; an id (qk:per:volodymyr-zelensky, qk:local:per:...) is taken as it is.
"""


@app.command(help=_SEARCH_HELP)
def search(
    query: Optional[str] = typer.Argument(
        None, help='Words (all must match), "quoted phrases", OR, NOT. Leave out with --entity.'
    ),
    entity: Optional[str] = typer.Option(
        None, "--entity", "-e", help="List records mentioning this entity: a name in any spelling, or an id."
    ),
    technique: Optional[str] = typer.Option(
        None, "--technique", "-t", help="Only records with this persuasion technique (e.g. Loaded_Language)."
    ),
    genre: Optional[str] = typer.Option(None, "--genre", "-g", help="Only records of this genre (opinion, reporting, satire, other)."),
    side: Optional[str] = typer.Option(None, "--side", help="Only records whose perspective names this side (e.g. 'Russian side')."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="Most hits to show."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many hits."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per hit and line."),
    db: Optional[Path] = DbOption,
    config: Optional[Path] = ConfigOption,
) -> None:
    filters = {k: v for k, v in (("technique", technique), ("genre", genre), ("side", side)) if v is not None}
    if entity is not None:
        if query is not None or filters:
            _fail("give a QUERY (with --technique/--genre/--side) or --entity, not both", code=2)
        _search_entity(entity, limit, offset, as_json, config, db)
        return
    if query is None and not filters:
        _fail('give a QUERY (words, "phrases", OR, NOT), --entity NAME, or a filter (--technique, --genre, --side)', code=2)
        return
    with _open(config, db) as store:
        try:
            if query is None:
                hits = store.search_facets(filters, limit=limit, offset=offset)
            else:
                hits = store.search(query, limit=limit, offset=offset, filters=filters)
        except StoreError as exc:
            _fail(str(exc), code=2)
            raise  # unreachable
        if not hits:
            what = " and ".join(([repr(query)] if query else []) + [f"{k} {v!r}" for k, v in filters.items()])
            _note(f"no match for {what} in {store.location} ({store.count()} records)")
            return
    if as_json:
        _json_lines([h.to_dict() for h in hits])
        return
    table = _hits_table([short_location(h.location) for h in hits])
    table.add_column("snippet", ratio=4)
    for h in hits:
        table.add_row(Text(h.id[:ID_WIDTH]), Text(h.title or ""), Text(short_location(h.location)), snippet_text(h.snippet))
    out.print(table)


def _hits_table(locations: Sequence[str] = ()) -> Table:
    """The columns every list of stored records starts with: id, title, where (wide enough for
    the file names shown, up to 24 columns, so that "a.txt" is never cut in two)."""
    table = Table(show_lines=False, expand=True)
    table.add_column("id", no_wrap=True, min_width=ID_WIDTH, style="cyan")
    table.add_column("title", ratio=2)
    width = min(24, max(map(len, locations), default=5))
    table.add_column("where", no_wrap=True, overflow="ellipsis", min_width=width, max_width=width)
    return table


def _search_entity(
    name: str, limit: int, offset: int, as_json: bool, config: Optional[Path], db: Optional[Path]
) -> None:
    """``qk search --entity``: records mentioning an entity, most mentions first."""
    if not name.strip():
        _fail("--entity needs a name or an id", code=2)
    with _open(config, db) as store:
        try:
            hits = store.search_entity(name, limit=limit, offset=offset)
            if not hits:
                ids = store.entity_ids(name)
                looked = f" (looked for {', '.join(ids[:5])}{' ...' if len(ids) > 5 else ''})" if ids else ""
                _note(
                    f"no stored article mentions {name!r}{looked} in {store.location} "
                    f"({store.count()} records)"
                )
                return
        except StoreError as exc:
            _fail(str(exc), code=2)
            raise  # unreachable
    if as_json:
        _json_lines([h.to_dict() for h in hits])
        return
    table = _hits_table([short_location(h.location) for h in hits])
    table.add_column("n", justify="right", no_wrap=True)
    table.add_column("mentioned as", ratio=2, overflow="fold")
    for h in hits:
        name = Text(h.surface, style="bold")
        if h.canonical and h.canonical != h.surface:
            name.append(f" ({h.canonical})", style="dim")
        table.add_row(Text(h.id[:ID_WIDTH]), Text(h.title or ""), Text(short_location(h.location)), Text(str(h.mentions)), name)
    out.print(table)


def _renderer(fmt: str) -> Callable[[Document], Any] | None:
    """The report function for ``fmt``, or None while the report module is not there.

    For ``text`` a rich renderable (colours on a terminal) when the report
    module offers ``text_renderable``, else the string of ``render``.
    """
    try:
        from .. import report
    except ImportError:
        return None
    if fmt == "text" and hasattr(report, "text_renderable"):
        return report.text_renderable  # type: ignore[no-any-return]
    render = getattr(report, "render", None)
    if render is None:
        return None
    return lambda doc: render(doc, fmt)


@app.command()
def show(
    id: str = typer.Argument(..., help="A record id or a unique prefix of at least 6 characters."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="text, json, md or html."),
    db: Optional[Path] = DbOption,
    config: Optional[Path] = ConfigOption,
) -> None:
    """Print one stored record."""
    with _open(config, db) as store:
        try:
            doc = store.get(id)
        except StoreError as exc:  # not found, ambiguous prefix, unreadable store
            _fail(str(exc), code=1)
            raise  # unreachable
    render = _renderer(fmt.value)
    if render is None:
        if fmt is not Format.json:
            _note(f"reports are not available; printing JSON instead of {fmt.value}")
        typer.echo(doc.to_json(indent=2))
        return
    result = render(doc)
    if isinstance(result, str):
        typer.echo(result.rstrip("\n"))
    else:
        out.print(result)


@app.command("list")
def list_records(
    limit: int = typer.Option(50, "--limit", "-n", min=1, help="Most records to show."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many records."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per record and line."),
    db: Optional[Path] = DbOption,
    config: Optional[Path] = ConfigOption,
) -> None:
    """List stored records, most recently added first."""
    with _open(config, db) as store:
        rows = store.list(limit=limit, offset=offset)
        total = store.count()
        location = store.location
    if not rows:
        _note(f"no records in {location} at offset {offset} ({total} records)")
        return
    if as_json:
        _json_lines([r.to_dict() for r in rows])
        return
    table = Table(expand=True, caption=f"{offset + 1}-{offset + len(rows)} of {total} in {location}")
    table.add_column("id", no_wrap=True, min_width=ID_WIDTH, style="cyan")
    table.add_column("title", ratio=3)
    table.add_column("lang", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("where", ratio=2, overflow="fold")
    table.add_column("added", no_wrap=True)
    for r in rows:
        table.add_row(
            Text(r.id[:ID_WIDTH]),
            Text(r.title or ""),
            Text(r.language or ""),
            Text(r.published or ""),
            Text(r.outlet or short_location(r.location)),
            Text(r.added_at[:10]),
        )
    out.print(table)
