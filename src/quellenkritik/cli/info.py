"""``qk components`` and ``qk paths``: what the installation has and where it keeps things."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from rich.table import Table

from ..config import config_path, default_db_path
from ..pipeline import DEFAULT_COMPONENTS, registry
from .app import ConfigOption, app, out, settings_from


@app.command("components")
def components_command(config: Optional[Path] = ConfigOption) -> None:
    """List the registered components: what each requires and adds, and which run by default."""
    active = settings_from(config).pipeline.resolved_components()
    table = Table(title="components (in the pipeline: ✓, in order)", title_justify="left")
    for col in ("", "name", "stage", "requires", "adds", "what it does"):
        table.add_column(col)
    order = {n: i for i, n in enumerate(active)}
    for spec in sorted(registry.specs(), key=lambda s: (order.get(s.name, 999), s.name)):
        table.add_row(
            "✓" if spec.name in order else "",
            spec.name, spec.stage,
            ", ".join(sorted(spec.requires)), ", ".join(sorted(spec.adds)), spec.doc,
        )
    out.print(table)
    if list(active) != list(DEFAULT_COMPONENTS):
        out.print(f"(default pipeline: {', '.join(DEFAULT_COMPONENTS)})")


@app.command("paths")
def paths_command() -> None:
    """Print where settings and the default database live."""
    cfg = config_path()
    out.print(f"settings file: {cfg} ({'exists' if cfg.exists() else 'absent: defaults are used'})", highlight=False)
    out.print(f"default database: {default_db_path()}", highlight=False)


@app.command("accuracy")
def accuracy_command() -> None:
    """How accurate each layer is: the measured figures, with the command behind each."""
    from importlib.resources import files

    out.print((files("quellenkritik") / "data" / "ACCURACY.md").read_text(encoding="utf-8"), markup=False,
              highlight=False)
