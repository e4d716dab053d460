"""The typer application and shared CLI helpers. Commands live in sibling modules."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.console import Console

from ..config import Settings, default_db_path, load_settings
from ..errors import QuellenkritikError

app = typer.Typer(
    name="qk",
    help="quellenkritik: turn news articles into auditable evidence records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: stdout for results, stderr for progress and diagnostics. No emoji codes: a location such as
#: "NER-de-dev.tsv:train:" must print as written, never with ":train:" turned into a picture.
out = Console(soft_wrap=False, emoji=False)
err = Console(stderr=True, emoji=False)

ConfigOption = typer.Option(None, "--config", help="Settings file (TOML). Default: $QK_CONFIG or the per-user config.toml.")
DbOption = typer.Option(None, "--db", help="SQLite database file. Default: settings store.path or the per-user data dir.")


def settings_from(config: Optional[Path]) -> Settings:
    try:
        return load_settings(config)
    except QuellenkritikError as exc:
        fail(str(exc))
        raise  # unreachable


def db_path(settings: Settings, db: Optional[Path]) -> Path:
    return Path(db or settings.store.path or default_db_path()).expanduser()


def fail(message: str, code: int = 2) -> None:
    """``error: ...`` on one line of stderr, whatever the terminal width, then exit with ``code``.
    The message is printed as it is: "[...]" in a file name is never read as rich markup."""
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)
