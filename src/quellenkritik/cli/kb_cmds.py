"""Knowledge-base commands: ``qk kb add|list|show|path``.

* ``qk kb add --name NAME --label PER|ORG|LOC [--alias A ...] [--country XX] [--id ID] [--role ROLE] [--kind K]``
  appends a validated entry to the user KB file (``$QK_USER_KB`` or the per-user data dir) and prints it;
* ``qk kb list [--user] [--label L] [--source S] [--limit N]``: one JSON line per entry;
* ``qk kb show NAME|ID``: the entries an id or name names (exact alias match, else the resolver), as JSON;
* ``qk kb path``: the user KB file.
"""

from __future__ import annotations

import json
from typing import List, Optional

import typer

from .app import app, fail, out

__all__ = ["kb_app"]

kb_app = typer.Typer(help="Knowledge base: list and show entries, add your own (user KB file).", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


def _print(d: dict) -> None:
    out.print(json.dumps(d, ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)


@kb_app.command("add")
def add_cmd(
    name: str = typer.Option(..., "--name", help="Canonical name."),
    label: str = typer.Option(..., "--label", help="PER, ORG or LOC (also WEAPON, MISC)."),
    alias: List[str] = typer.Option([], "--alias", help="Another name (repeatable)."),
    country: str = typer.Option("", "--country", help="ISO 3166-1 alpha-2 code, e.g. AT."),
    entity_id: str = typer.Option("", "--id", help="Stable id; default qk:user:<label>:<slug of name>."),
    role: str = typer.Option("", "--role", help="Office or role of a person (extra.role)."),
    kind: str = typer.Option("", "--kind", help="Kind, e.g. party, outlet, ministry (PER: person)."),
) -> None:
    """Append an entry to the user KB file; it is used from the next resolution on."""
    from ..evidence.entities.kb import UserKBError, add_user_entry, user_kb_path

    try:
        entry = add_user_entry(name, label, alias, country=country, entity_id=entity_id, role=role, kind=kind)
    except UserKBError as exc:
        fail(str(exc))
        return
    _print(entry.to_dict())
    from .app import err

    err.print(f"added to {user_kb_path()}", highlight=False, soft_wrap=True)


@kb_app.command("list")
def list_cmd(
    user: bool = typer.Option(False, "--user", help="Only the entries of the user KB file."),
    label: Optional[str] = typer.Option(None, "--label", "-l", help="Only this label."),
    source: Optional[str] = typer.Option(None, "--source", help="Only this source (curated, partyfacts, user, ...)."),
    limit: int = typer.Option(0, "--limit", help="At most this many lines (0: all)."),
) -> None:
    """One JSON line per entry: id, label, canonical, source, country, kind."""
    from ..evidence.entities.kb import UserKBError, load_kb, read_user_entries, user_kb_path

    try:
        if user:
            path = user_kb_path()
            entries = read_user_entries(path)[0] if path is not None else []
        else:
            entries = load_kb().entries
    except UserKBError as exc:
        fail(str(exc))
        return
    n = 0
    for e in entries:
        if (label and e.label != label.upper()) or (source and e.source != source):
            continue
        _print({"id": e.id, "label": e.label, "canonical": e.canonical, "source": "user" if user else e.source,
                "country": e.country, "kind": e.kind})
        n += 1
        if limit and n >= limit:
            break


@kb_app.command("show")
def show_cmd(
    name: str = typer.Argument(..., help="An entry id or a name."),
    label: Optional[str] = typer.Option(None, "--label", "-l", help="Only entries of this label."),
) -> None:
    """The entries NAME names, best first, one JSON object per line (exit 1 when none)."""
    from ..evidence.entities.kb import UserKBError, load_kb
    from ..evidence.entities.resolve import resolve

    try:
        kb = load_kb()
    except UserKBError as exc:
        fail(str(exc))
        return
    lab = label.upper() if label else None
    found = [kb.get(name)] if kb.get(name) is not None else kb.by_norm(name)
    found = [e for e in found if e is not None and (lab is None or e.label == lab)]
    if not found:
        r = resolve(name, lab, kb=kb)
        if r.kb:
            found = [kb.by_id[r.id]]
        elif r.candidates:
            found = [kb.by_id[c] for c in r.candidates]
    if not found:
        fail(f"no entry for {name!r}", code=1)
    for e in found:
        _print(e.to_dict())


@kb_app.command("path")
def path_cmd() -> None:
    """Print the user KB file ($QK_USER_KB or the per-user data dir)."""
    from ..evidence.entities.kb import user_kb_path

    p = user_kb_path()
    out.print(str(p) if p is not None else "", markup=False, highlight=False, soft_wrap=True)
