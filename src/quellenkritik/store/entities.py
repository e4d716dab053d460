"""The entity index: which record mentions which entity, and names -> entity ids.

Per record and entity id, one row (:class:`EntityRow`) summarising the spans
of ``layers["entities"]`` (see docs/record.md): the label, the canonical name,
the most frequent spelling in the text (``surface``), the number of mentions
and ``key``, the spelling-independent key of the canonical name
(:func:`quellenkritik.evidence.entities.translit.fold`). Spans without an id
are not indexed. Entities named only in the metadata (byline, outlet) are not
mentions of the text and are not indexed either.

:func:`resolve_entity` turns what a user types (``qk search --entity``) into
the ids to look up:

1. an id (``qk:...``, or one the store holds) stands for itself;
2. otherwise the resolver (:func:`quellenkritik.evidence.entities.resolve.resolve`)
   gives the KB id when the knowledge base knows the name in any spelling
   ("Zelensky", "Selenskyj", "Зеленский"), both candidates when the name is
   ambiguous ("Klitschko"), else a local id;
3. plus every *local* id in the store (``qk:local:...``) whose key equals the
   folded name (or the folded KB canonical name), so that an entity the KB
   lacks is found in any spelling: "Petrenkovsky" finds the records whose
   entity is ``qk:local:per:petrenkovski`` written "Petrenkowskyj".

The evidence modules are imported only when needed (their import loads the
word-class lexicon, about a second).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from ..document import Document

__all__ = ["EntityRow", "entity_rows", "doc_entity_rows", "raw_entity_rows", "resolve_entity", "LOCAL_PREFIX", "fold_key"]

#: ids the resolver makes up for names the KB does not know
LOCAL_PREFIX = "qk:local:"
#: the prefix of every id the resolver gives
ID_PREFIX = "qk:"


@dataclass(frozen=True)
class EntityRow:
    """One entity in one record."""

    entity_id: str
    label: str
    canonical: str
    surface: str
    key: str
    mentions: int


def fold_key(name: str) -> str:
    """The spelling-independent key of a name (``translit.fold``)."""
    from ..evidence.entities.translit import fold

    return fold(name)


def _most_common(counter: Counter[str]) -> str:
    # Counter keeps first-insertion order among equal counts: ties go to the first seen
    return counter.most_common(1)[0][0] if counter else ""


def entity_rows(text: str, spans: Iterable[tuple[int, int, str, Mapping[str, Any]]]) -> list[EntityRow]:
    """The index rows of one record from its entity spans ``(start, end, label, attrs)``."""
    mentions: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = {}
    canonicals: dict[str, Counter[str]] = {}
    surfaces: dict[str, Counter[str]] = {}
    for start, end, label, attrs in spans:
        eid = attrs.get("id") if isinstance(attrs, Mapping) else None
        if not isinstance(eid, str) or not eid:
            continue
        surface = " ".join(text[start:end].split())
        canonical = attrs.get("canonical")
        if not isinstance(canonical, str) or not canonical.strip():
            canonical = surface
        mentions[eid] += 1
        labels.setdefault(eid, Counter())[label or ""] += 1
        canonicals.setdefault(eid, Counter())[canonical] += 1
        surfaces.setdefault(eid, Counter())[surface] += 1
    rows = []
    for eid, n in mentions.items():
        canonical = _most_common(canonicals[eid])
        rows.append(
            EntityRow(
                entity_id=eid,
                label=_most_common(labels[eid]),
                canonical=canonical,
                surface=_most_common(surfaces[eid]),
                key=fold_key(canonical),
                mentions=n,
            )
        )
    return rows


def doc_entity_rows(doc: Document) -> list[EntityRow]:
    """The index rows of a :class:`Document`."""
    spans = doc.layers.get("entities") or []
    return entity_rows(doc.text, ((s.start, s.end, s.label, s.attrs) for s in spans))


def raw_entity_rows(record: Mapping[str, Any]) -> list[EntityRow]:
    """The index rows of a record as parsed JSON (for rebuilding the index without validation)."""
    layers = record.get("layers")
    spans = (layers.get("entities") or []) if isinstance(layers, Mapping) else []
    text = record.get("text") or ""
    return entity_rows(
        text,
        (
            (int(s.get("start", 0)), int(s.get("end", 0)), s.get("label") or "", s.get("attrs") or {})
            for s in spans
            if isinstance(s, Mapping)
        ),
    )


def resolve_entity(
    name: str,
    is_stored: Callable[[str], bool],
    local_ids_with_keys: Callable[[set[str]], list[str]],
) -> list[str]:
    """The entity ids ``name`` stands for (see the module docstring); [] for a blank name.

    ``is_stored(id)``: whether the store holds mentions of that id;
    ``local_ids_with_keys(keys)``: the stored local ids whose key is one of ``keys``.
    """
    name = " ".join(name.split())
    if not name:
        return []
    if name.startswith(ID_PREFIX) or is_stored(name):
        return [name]
    from ..evidence.entities.resolve import resolve

    res = resolve(name)
    ids = [res.id, *res.candidates]
    keys = {fold_key(name)}
    if res.kb:
        keys.add(fold_key(res.canonical))
    keys.discard("")
    if keys:
        ids += local_ids_with_keys(keys)
    return list(dict.fromkeys(ids))
