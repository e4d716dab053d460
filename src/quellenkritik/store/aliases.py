"""Corpus-level entity merges: a surname alone joined to the one full name the store holds.

Within one article the linker already gives "Sobotka" and "Sobotkas" the id of
"Wolfgang Sobotka" when the full name is in the same text. An article that
names him by surname alone gets a local id of its own
(``qk:local:per:sobotka``). Across a corpus, :func:`surname_merges` joins such
an id to a full name seen elsewhere, on one condition: the store holds exactly
one person whose full name ends in that surname (or, for a genitive
"Sobotkas", in "Sobotka"). A second full name with that surname ("Walter
Sobotka") makes it ambiguous, and an automatic merge made earlier is undone.

A merge never changes a stored record: it is a row in the store
(:class:`Merge`) that entity search follows (``qk search --entity Sobotka``
finds both ids' records), with the reason it was made. Each can be listed,
undone and made by hand (``qk entity merges``, ``--undo``, ``qk entity merge``);
a merge a user undid is never made again automatically, and merges made by
hand are never undone automatically.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Iterable

from .entities import LOCAL_PREFIX, fold_key

__all__ = ["Merge", "Person", "Proposal", "surname_merges", "PERSON_LOCAL", "apply_merges"]

#: the prefix of a local person id (the resolver's ``local_id`` for PER)
PERSON_LOCAL = f"{LOCAL_PREFIX}per:"


@dataclass(frozen=True)
class Merge:
    """One entity id read as another across the store."""

    from_id: str
    to_id: str
    reason: str
    #: "auto" (:func:`surname_merges`) or "user"
    by: str
    made_at: str
    undone_at: str | None = None
    #: who undid it: "auto" (it became ambiguous) or "user"; None while active
    undone_by: str | None = None

    @property
    def active(self) -> bool:
        return self.undone_at is None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Person:
    """A person id in the store: its canonical name and in how many records it occurs."""

    entity_id: str
    canonical: str
    records: int


@dataclass(frozen=True)
class Proposal:
    """What :func:`surname_merges` wants done: merge ``from_id`` into ``to_id``, or undo (``to_id`` None)."""

    from_id: str
    to_id: str | None
    reason: str


def _surname(canonical: str) -> str | None:
    words = canonical.split()
    if len(words) < 2:
        return None
    last = words[-1].strip(".,;:")
    return last if len(last) >= 2 and last[:1].isupper() else None


def surname_merges(persons: Iterable[Person], merges: Iterable[Merge]) -> list[Proposal]:
    """The merges to make and the automatic merges to undo, given the store's persons and merges.

    A local person id whose name is one word joins the one full name (two or
    more words, any id) ending in that word, folded (``translit.fold``), or in
    that word less a genitive "s". Not when two or more full names share the
    surname, when a user undid that very merge, or when a user merged that id
    by hand. An automatic merge whose condition no longer holds is undone.
    """
    merges = list(merges)
    active = {m.from_id: m for m in merges if m.active}
    refused = {(m.from_id, m.to_id) for m in merges if m.undone_by == "user"}
    people = list(persons)
    names = {p.entity_id: p for p in people}
    by_surname: dict[str, set[str]] = {}
    for p in people:
        if p.entity_id in active:
            continue  # merged into another id: counted as that one
        last = _surname(p.canonical)
        if last:
            key = fold_key(last)
            if key:
                by_surname.setdefault(key, set()).add(p.entity_id)
    wanted: dict[str, tuple[str, str]] = {}
    for p in people:
        words = p.canonical.split()
        if len(words) != 1 or not p.entity_id.startswith(PERSON_LOCAL):
            continue
        key = fold_key(words[0])
        found = by_surname.get(key, set()) - {p.entity_id}
        how = "surname"
        if not found and key.endswith("s"):
            found = by_surname.get(key[:-1], set()) - {p.entity_id}
            how = "genitive of the surname"
        if len(found) != 1:
            continue
        (target,) = found
        full = names[target]
        wanted[p.entity_id] = (target, f"{p.canonical!r} alone, the {how} of the only full name in the store "
                                       f"that ends in it: {full.canonical} ({full.records} record{'' if full.records == 1 else 's'})")
    out: list[Proposal] = []
    for from_id, m in sorted(active.items()):
        if m.by != "auto":
            continue
        want = wanted.get(from_id)
        if want is None or want[0] != m.to_id:
            out.append(Proposal(from_id, None, "no longer the only full name with that surname in the store"))
    for from_id, (to_id, reason) in sorted(wanted.items()):
        m = active.get(from_id)
        if m is not None and (m.by != "auto" or m.to_id == to_id):
            continue  # already so, or a user's merge
        if (from_id, to_id) in refused:
            continue
        out.append(Proposal(from_id, to_id, reason))
    return out


def apply_merges(ids: list[str], merges: Iterable[Merge]) -> list[str]:
    """``ids`` with the active merges followed both ways: each id's target first, then every id merged into it."""
    to = {m.from_id: m.to_id for m in merges if m.active}
    if not to or not ids:
        return ids
    targets = [to.get(i, i) for i in ids]
    wanted = set(targets)
    sources = sorted(f for f, t in to.items() if t in wanted)
    return list(dict.fromkeys([*targets, *ids, *sources]))
