"""``qk export``: stored records as tables for pandas and spreadsheets (CSV, JSON Lines, Parquet).

The tables and their columns are in docs/export.md; the work is done by
:mod:`quellenkritik.export`. Exit codes: 0 written; 2 nothing written: no
store or an empty one, an unknown or ambiguous id, nothing matching the
query, a non-empty target folder without ``--force``, Parquet without
pyarrow, or a store that cannot be read.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import QuellenkritikError, StoreError
from ..export import ExportError, check_format, check_target, export, select_ids
from ..store import Store, open_store
from .app import ConfigOption, DbOption, app, db_path, err, fail, settings_from

__all__ = ["export_records", "PROGRESS_MIN"]

#: the progress bar shows from this many records on (and only on a terminal)
PROGRESS_MIN = 500


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"




def _open(config: Optional[Path], db: Optional[Path]) -> Store:
    """The existing store; a missing file is an error here (exporting never creates a store)."""
    path = db_path(settings_from(config), db)
    if not path.exists():
        fail(f"no store at {path}: nothing to export (analyse articles into it first, or pass --db)")
    try:
        return open_store(path)
    except StoreError as exc:
        fail(str(exc))
        raise  # unreachable


_HELP = """Write stored records as tables for pandas and spreadsheets.

FOLDER gets records.<ext> (one row per record: metadata, genre, perspective,
sourcing figures, spans per layer) and one table per span layer: entities,
quotes, attributions, quantities, dates, claims, techniques (record_id joins
them to records.id). --format jsonl writes the full records to records.jsonl
and the flat table to summary.jsonl. All records, or those of --ids, or of a
QUERY and the filters (as in qk search). See docs/export.md.
"""


@app.command("export", help=_HELP)
def export_records(
    to: Path = typer.Option(..., "--to", help="The folder to write the tables into (created if needed)."),
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f", help="csv, jsonl or parquet."),
    ids: Optional[list[str]] = typer.Option(
        None, "--ids", help="Only this record (an id or a unique prefix of 6+ characters); repeat for more."
    ),
    query: Optional[str] = typer.Option(None, "--query", "-q", help='Only records matching this search (as qk search).'),
    technique: Optional[str] = typer.Option(None, "--technique", "-t", help="Only records with this technique."),
    genre: Optional[str] = typer.Option(None, "--genre", "-g", help="Only records of this genre."),
    side: Optional[str] = typer.Option(None, "--side", help="Only records whose perspective names this side."),
    force: bool = typer.Option(False, "--force", help="Write into a non-empty folder, replacing the export files."),
    db: Optional[Path] = DbOption,
    config: Optional[Path] = ConfigOption,
) -> None:
    filters = {k: v for k, v in (("technique", technique), ("genre", genre), ("side", side)) if v is not None}
    try:
        check_format(fmt.value)
        folder = check_target(to, force)
    except ExportError as exc:
        fail(str(exc))
        raise  # unreachable
    with _open(config, db) as store:
        try:
            total = store.count()
            if total == 0:
                fail(f"the store {store.location} holds no records: nothing to export")
            selected = select_ids(store, ids=ids, query=query, filters=filters)
            if selected is not None:
                if not selected:
                    what = " and ".join(([repr(query)] if query else []) + [f"{k} {v!r}" for k, v in filters.items()])
                    fail(f"no record matches {what} in {store.location} ({total:,} records): nothing to export")
                total = len(selected)
            progress = Progress(
                TextColumn("exporting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=err, transient=True, disable=not (err.is_terminal and total >= PROGRESS_MIN),
            )
            with progress:
                task = progress.add_task("export", total=total)
                result = export(store, folder, fmt.value, ids=selected, force=force,
                                on_record=lambda n: progress.advance(task, n))
        except QuellenkritikError as exc:  # unknown id, ambiguous prefix, bad query, unreadable store
            fail(str(exc))
            raise  # unreachable
    err.print(result.summary(), markup=False, highlight=False, soft_wrap=True)
