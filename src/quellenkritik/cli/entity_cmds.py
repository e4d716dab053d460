"""Entity commands: ``qk entity resolve NAME... [--label PER]`` and the store's entity merges.

``resolve`` prints one JSON line per name on stdout:
{"name", "id", "label", "canonical", "score", "method"} (plus "candidates" when ambiguous).

``merges`` lists the corpus-level merges of a store (a surname alone read as the
one full name the store holds, see :mod:`quellenkritik.store.aliases`),
``merges --update`` makes and undoes the automatic ones now, ``merge FROM TO``
makes one by hand and ``unmerge FROM`` undoes one. Stored records never change.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer
from rich.padding import Padding
from rich.text import Text

from ..errors import NotFoundError, StoreError
from .app import ConfigOption, DbOption, app, err, fail, out

__all__ = ["entity_app", "resolve_cmd", "merges_cmd", "merge_cmd", "unmerge_cmd", "print_merges"]

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


def print_merges(merges: list, title: str) -> None:  # list[Merge]
    """Merges on stdout, two lines each (ids never wrapped: one per line): from -> to, then why."""
    out.print(title, markup=False, highlight=False)
    for m in merges:
        state = "" if m.active else f", undone {m.undone_at} by {m.undone_by}"
        out.print(f"  {m.from_id} -> {m.to_id}  ({m.by}{state})", markup=False, highlight=False, soft_wrap=True)
        out.print(Padding(Text(m.reason), (0, 0, 0, 6)), highlight=False)


def _store(config: Optional[Path], db: Optional[Path]):  # noqa: ANN202 - a Store
    from .store_cmds import _open

    return _open(config, db)


@entity_app.command("merges")
def merges_cmd(
    update: bool = typer.Option(False, "--update", help="Make and undo the automatic surname merges now."),
    all_rows: bool = typer.Option(False, "--all", help="Also list undone merges."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per merge and line."),
    db: Optional[Path] = DbOption,
    config: Optional[Path] = ConfigOption,
) -> None:
    """List the store's entity merges: surnames alone read as the one full name the store holds.

    They are made after every 'qk analyze' into the store; a merge never
    changes a record, only what 'qk search --entity' finds.
    """
    with _store(config, db) as store:
        try:
            changed = store.merge_surnames() if update else []
            rows = store.entity_merges(include_undone=all_rows)
        except StoreError as exc:
            fail(str(exc), code=2)
    if update:
        made = sum(1 for m in changed if m.active)
        err.print(f"{made} merge{'' if made == 1 else 's'} made, {len(changed) - made} undone", highlight=False)
    if as_json:
        for m in rows:
            out.print(json.dumps(m.to_dict(), ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)
    elif rows:
        print_merges(rows, f"{len(rows)} entity merge{'' if len(rows) == 1 else 's'}")
    else:
        err.print("no entity merges", highlight=False)


@entity_app.command("merge")
def merge_cmd(
    from_id: str = typer.Argument(..., help="The entity id to read as another (e.g. qk:local:per:pemerl)."),
    to_id: str = typer.Argument(..., help="The entity id it stands for."),
    reason: str = typer.Option("", "--reason", help="Why (kept with the merge)."),
    db: Optional[Path] = DbOption,
    config: Optional[Path] = ConfigOption,
) -> None:
    """Merge FROM into TO by hand: entity search for either finds both (an automatic merge never undoes it)."""
    with _store(config, db) as store:
        try:
            m = store.merge_entities(from_id, to_id, reason)
        except NotFoundError as exc:
            fail(str(exc), code=1)
        except StoreError as exc:
            fail(str(exc), code=2)
    err.print(f"merged {m.from_id} into {m.to_id}", markup=False, highlight=False, soft_wrap=True)


@entity_app.command("unmerge")
def unmerge_cmd(
    from_id: str = typer.Argument(..., help="The merged entity id."),
    db: Optional[Path] = DbOption,
    config: Optional[Path] = ConfigOption,
) -> None:
    """Undo the merge of FROM; an automatic merge undone so is never made again."""
    with _store(config, db) as store:
        try:
            m = store.unmerge_entity(from_id)
        except NotFoundError as exc:
            fail(str(exc), code=1)
        except StoreError as exc:
            fail(str(exc), code=2)
    err.print(f"{m.from_id} is no longer read as {m.to_id}", markup=False, highlight=False, soft_wrap=True)
