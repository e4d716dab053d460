"""Entity commands: ``qk entity resolve NAME... [--label PER]``.

One JSON line per name on stdout:
{"name", "id", "label", "canonical", "score", "method"} (plus "candidates" when ambiguous).
"""

from __future__ import annotations

import json
from typing import List, Optional

import typer

from .app import app, fail, out

__all__ = ["entity_app", "resolve_cmd"]

entity_app = typer.Typer(help="Entities: resolve names against the shipped knowledge base.", no_args_is_help=True)
app.add_typer(entity_app, name="entity")

_LABELS = ("PER", "ORG", "LOC", "WEAPON", "MISC")


@entity_app.command("resolve")
def resolve_cmd(
    names: List[str] = typer.Argument(..., help="Names to resolve (quote names with spaces)."),
    label: Optional[str] = typer.Option(None, "--label", "-l", help="Restrict to one label: PER, ORG, LOC, WEAPON, MISC."),
) -> None:
    """Resolve each NAME to a stable entity id (transliteration-aware: Selenskij = Zelensky = Зеленський)."""
    from ..evidence.entities.resolve import resolve

    if label and label.upper() not in _LABELS:
        fail(f"unknown label {label!r} (one of {', '.join(_LABELS)})")
    for name in names:
        r = resolve(name, label)
        row = {"name": name, "id": r.id, "label": r.label, "canonical": r.canonical, "score": r.score,
               "method": r.method}
        if r.candidates:
            row["candidates"] = list(r.candidates)
        out.print(json.dumps(row, ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)
