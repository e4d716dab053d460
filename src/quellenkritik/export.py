"""Stored records as flat tables for pandas and spreadsheets: CSV, JSON Lines or Parquet.

    from quellenkritik.export import export
    from quellenkritik.store import open_store

    with open_store("corpus.sqlite") as store:
        result = export(store, "out", fmt="parquet")
    # out/records.parquet, out/entities.parquet, out/quotes.parquet, ...

One file per table in the target folder: ``records`` (one row per record) and
one table per span layer (:data:`SPAN_TABLES`: one row per span, ``record_id``
joins it to ``records.id``). With ``fmt="jsonl"`` ``records.jsonl`` holds the
full records, one per line, exactly as stored, and the flat records table is
``summary.jsonl``. Columns and their order are fixed (:func:`columns`), so a
table has the same header whatever the corpus; docs/export.md describes them.

Records are read from the store in batches of ``batch`` and written as they
come, so an export never holds the corpus in memory. Files are written under
a ``.part`` name and renamed when the export is complete: an interrupted
export leaves no file that looks finished.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from .document import OLDER_SCHEMAS, upgrade_record
from .errors import QuellenkritikError
from .store import Store

__all__ = [
    "FORMATS",
    "SPAN_TABLES",
    "COUNTED_LAYERS",
    "ExportError",
    "ExportResult",
    "columns",
    "table_names",
    "check_format",
    "check_target",
    "select_ids",
    "iter_stored",
    "record_row",
    "span_rows",
    "export",
]

FORMATS = ("csv", "jsonl", "parquet")
#: records read from the store per query
BATCH = 200
#: hits asked of the store per search page when a query selects the records
_SEARCH_PAGE = 1000
#: rows a Parquet table keeps before writing them as one row group
_PARQUET_ROWS = 20_000
_PARQUET_HINT = "Parquet export needs pyarrow: pip install 'quellenkritik[export]'"
#: how list values (claim reasons, authors) are joined into one cell
LIST_SEPARATOR = "; "


class ExportError(QuellenkritikError):
    """An export cannot be done: an unusable target folder, format or selection."""


# ---- columns ------------------------------------------------------------
# A column is (name, type); the type says what Parquet stores and what a cell
# is coerced to in every format: "str", "int", "float" or "bool".
Column = tuple[str, str]

#: layers whose span count is a column of the records table (``n_<layer>``)
COUNTED_LAYERS = (
    "paragraphs", "sentences", "entities", "quantities", "dates", "quotes", "attributions", "sources",
    "unattributed", "claims", "techniques", "perspective", "translation", "repeats", "findings",
)

_RECORD_COLUMNS: list[Column] = [
    ("id", "str"), ("title", "str"), ("outlet", "str"), ("published", "str"), ("url", "str"),
    ("language", "str"), ("source_kind", "str"), ("location", "str"), ("added_at", "str"),
    ("updated_at", "str"), ("authors", "str"), ("section", "str"), ("words", "int"),
    ("genre", "str"), ("genre_confidence", "float"), ("perspective_side", "str"),
    ("perspective_summary", "str"), ("sentences", "int"), ("factual_unattributed", "int"),
    ("share_unattributed", "float"), ("anonymous_sources", "int"), ("techniques_total", "int"),
    *[(f"n_{name}", "int") for name in COUNTED_LAYERS],
]

#: every span table starts with these
_SPAN_PREFIX: list[Column] = [("record_id", "str"), ("start", "int"), ("end", "int"), ("text", "str")]

# A span table: its own columns after the prefix, and a function of
# (span attrs, span label, record text) giving their values in that order.
SpanRow = Callable[[Mapping[str, Any], str, str], tuple[Any, ...]]


def _part(text: str, pair: Any) -> str | None:
    """The text an attrs offset pair ([start, end]) points at, or None."""
    if isinstance(pair, (list, tuple)) and len(pair) == 2 and all(isinstance(x, int) for x in pair):
        return text[pair[0] : pair[1]]
    return None


_SPEECH: list[Column] = [
    ("label", "str"), ("speaker", "str"), ("speaker_id", "str"), ("source_text", "str"), ("source_type", "str"),
    ("anonymous", "bool"), ("cue", "str"), ("cue_type", "str"), ("content", "str"), ("confidence", "float"),
]


def _speech(a: Mapping[str, Any], label: str, text: str) -> tuple[Any, ...]:
    return (label, a.get("speaker"), a.get("speaker_id"), a.get("source_text"), a.get("source_type"),
            a.get("anonymous"), _part(text, a.get("cue")), a.get("cue_type"), _part(text, a.get("content")),
            a.get("confidence"))


SPAN_TABLES: dict[str, tuple[list[Column], SpanRow]] = {
    "entities": (
        [("label", "str"), ("entity_id", "str"), ("canonical", "str"), ("kb", "bool"), ("method", "str"),
         ("confidence", "float"), ("corpus_id", "str")],
        # corpus_id: the id after the store's entity merges (qk entity merges), else entity_id
        lambda a, label, text: (label, a.get("id"), a.get("canonical"), a.get("kb"), a.get("method"),
                                a.get("confidence"), a.get("id")),
    ),
    "quotes": (_SPEECH, _speech),
    "attributions": (
        [*_SPEECH, ("of", "str")],
        lambda a, label, text: (*_speech(a, label, text), a.get("of")),
    ),
    "quantities": (
        [("label", "str"), ("value", "float"), ("unit", "str"), ("bound", "str"), ("what", "str"), ("per", "str"),
         ("of", "str")],
        lambda a, label, text: (label, a.get("value"), a.get("unit"), a.get("bound"), a.get("what"), a.get("per"),
                                a.get("of")),
    ),
    "dates": (
        [("label", "str"), ("value", "str"), ("granularity", "str"), ("relative", "bool"), ("mod", "str"),
         ("tense", "str")],
        lambda a, label, text: (label, a.get("value"), a.get("granularity"), a.get("relative"), a.get("mod"),
                                a.get("tense")),
    ),
    "claims": (
        [("score", "float"), ("reasons", "str"), ("attributed", "bool"), ("source", "str"), ("source_id", "str")],
        lambda a, label, text: (a.get("score"), a.get("reasons"), a.get("attributed"), a.get("source"),
                                a.get("source_id")),
    ),
    "techniques": (
        [("technique", "str"), ("family", "str"), ("in_taxonomy", "bool"), ("voice", "str"), ("voice_name", "str"),
         ("confidence", "float"), ("cue", "str")],
        lambda a, label, text: (a.get("technique") or label, a.get("family"), a.get("in_taxonomy"), a.get("voice"),
                                a.get("voice_name"), a.get("confidence"), a.get("cue")),
    ),
}


def columns(table: str) -> list[Column]:
    """The (name, type) columns of ``table`` ("records" or a span table), in file order."""
    if table == "records":
        return list(_RECORD_COLUMNS)
    if table in SPAN_TABLES:
        return [*_SPAN_PREFIX, *SPAN_TABLES[table][0]]
    raise ExportError(f"unknown table {table!r}: use records or one of {', '.join(SPAN_TABLES)}")


def table_names() -> list[str]:
    return ["records", *SPAN_TABLES]


# ---- cells --------------------------------------------------------------
def _coerce(value: Any, kind: str) -> Any:
    """``value`` as the column type says, None when it does not fit (so every format agrees)."""
    if value is None:
        return None
    if kind == "str":
        if isinstance(value, (list, tuple)):
            return LIST_SEPARATOR.join(str(v) for v in value)
        if isinstance(value, bool):
            return "true" if value else "false"
        return value if isinstance(value, str) else str(value)
    if kind == "bool":
        return value if isinstance(value, bool) else None
    if isinstance(value, bool):
        return None
    if kind == "int":
        if isinstance(value, int):
            return value
        return int(value) if isinstance(value, float) and value.is_integer() else None
    if isinstance(value, (int, float)):  # float
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


_EXACT = {"str": str, "int": int, "float": float, "bool": bool}


def _coerced(row: Sequence[Any], cols: Sequence[Column]) -> tuple[Any, ...]:
    # most values already have their column's type: checked inline, _coerce for the rest
    return tuple(v if v is None or type(v) is _EXACT[kind] else _coerce(v, kind) for v, (_, kind) in zip(row, cols))


# ---- rows ---------------------------------------------------------------
def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def record_row(record: Mapping[str, Any], added_at: str | None = None, updated_at: str | None = None) -> tuple[Any, ...]:
    """The records-table row of a record (a dict as stored), in :func:`columns` order."""
    meta = _dict(record.get("metadata"))
    source = _dict(record.get("source"))
    summary = _dict(record.get("document"))
    genre = _dict(summary.get("genre"))
    perspective = _dict(summary.get("perspective"))
    sourcing = _dict(summary.get("sourcing"))
    layers = _dict(record.get("layers"))
    text = record.get("text") or ""
    row = (
        record.get("id"), meta.get("title"), meta.get("outlet"), meta.get("published"), meta.get("url"),
        record.get("language"), source.get("kind"), source.get("location"), added_at, updated_at,
        meta.get("authors") or None, meta.get("section"), len(text.split()),
        genre.get("label"), genre.get("confidence"), perspective.get("side"), perspective.get("summary"),
        sourcing.get("sentences"), sourcing.get("factual_unattributed"), sourcing.get("share_unattributed"),
        sourcing.get("anonymous_sources"), _dict(summary.get("rhetoric")).get("total"),
        *[len(layers.get(name) or ()) for name in COUNTED_LAYERS],
    )
    return _coerced(row, _RECORD_COLUMNS)


def span_rows(record: Mapping[str, Any], table: str, merged: Mapping[str, str] | None = None) -> list[tuple[Any, ...]]:
    """The rows of span table ``table`` for one record, in the layer's order; ``merged`` maps
    entity ids to the ids the store's merges read them as (the entities table's corpus_id)."""
    cols, make = SPAN_TABLES[table]
    every = [*_SPAN_PREFIX, *cols]
    text = record.get("text") or ""
    rid = record.get("id")
    rows = []
    for span in _dict(record.get("layers")).get(table) or ():
        start, end = span.get("start"), span.get("end")
        covered = text[start:end] if isinstance(start, int) and isinstance(end, int) else None
        row = (rid, start, end, covered, *make(_dict(span.get("attrs")), span.get("label") or "", text))
        if merged and table == "entities" and row[-1] in merged:
            row = (*row[:-1], merged[row[-1]])
        rows.append(_coerced(row, every))
    return rows


# ---- reading the store --------------------------------------------------
@dataclass(frozen=True)
class Stored:
    """One record read from the store: the record as a dict, its stored JSON when unchanged, its dates."""

    record: dict[str, Any]
    raw: str | None
    added_at: str | None = None
    updated_at: str | None = None


def _stored(raw: str, added_at: str | None, updated_at: str | None) -> Stored:
    record = json.loads(raw)
    if record.get("schema") in OLDER_SCHEMAS:  # as Document.from_json reads it
        return Stored(upgrade_record(record), None, added_at, updated_at)
    return Stored(record, raw, added_at, updated_at)


def _chunks(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def iter_stored(store: Store, ids: Sequence[str] | None = None, batch: int = BATCH) -> Iterator[Stored]:
    """The stored records (all, in the order they were first stored, or those of ``ids`` in that order),
    read ``batch`` at a time."""
    return (_stored(raw, added, updated) for raw, added, updated in store.iter_raw(ids, max(1, batch)))


def select_ids(
    store: Store,
    ids: Sequence[str] | None = None,
    query: str | None = None,
    filters: Mapping[str, str] | None = None,
) -> list[str] | None:
    """The full ids to export, in export order; None for the whole store.

    ``ids`` are ids or unique prefixes (NotFoundError / StoreError otherwise,
    before anything is written); ``query`` and ``filters`` select as ``qk search``
    does, best match first. ``ids`` cannot be combined with the others.
    """
    filters = {k: v for k, v in (filters or {}).items() if v is not None}
    if ids and (query is not None or filters):
        raise ExportError("give ids (--ids) or a query and filters, not both")
    if ids:
        chosen: dict[str, None] = {}
        for key in ids:
            chosen[store.get(key).id] = None  # NotFoundError, or StoreError for an ambiguous prefix
        return list(chosen)
    if query is None and not filters:
        return None
    found: dict[str, None] = {}
    offset = 0
    while True:
        if query is None:
            hits = store.search_facets(filters, limit=_SEARCH_PAGE, offset=offset)
        else:
            hits = store.search(query, limit=_SEARCH_PAGE, offset=offset, filters=filters)
        for hit in hits:
            found[hit.id] = None
        if len(hits) < _SEARCH_PAGE:
            return list(found)
        offset += len(hits)


# ---- writing ------------------------------------------------------------
def check_format(fmt: str) -> None:
    """ExportError for an unknown format, or for Parquet without pyarrow (imported only here)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
            import pyarrow.parquet  # noqa: F401
        except ImportError as exc:
            raise ExportError(_PARQUET_HINT) from exc


def check_target(folder: str | Path, force: bool = False) -> Path:
    """The target folder; ExportError when it is a file, or a non-empty folder without ``force``."""
    path = Path(folder).expanduser()
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path} exists and is not a folder")
    if path.is_dir() and not force and any(path.iterdir()):
        raise ExportError(f"{path} is not empty; pass --force to overwrite the export files in it")
    return path


class _Writer:
    """One table file, written under ``NAME.part`` and renamed by :meth:`finish`."""

    def __init__(self, path: Path, cols: Sequence[Column]) -> None:
        self.path = path
        self.part = path.with_name(path.name + ".part")
        self.cols = list(cols)
        self.names = [name for name, _ in cols]
        self.rows = 0

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        self.rows += len(rows)
        self._write(rows)

    def _write(self, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        self.close()
        os.replace(self.part, self.path)

    def abandon(self) -> None:
        try:
            self.close()
        finally:
            self.part.unlink(missing_ok=True)


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class _CsvWriter(_Writer):
    def __init__(self, path: Path, cols: Sequence[Column]) -> None:
        super().__init__(path, cols)
        # UTF-8 with a byte-order mark: Excel opens a CSV without one in the
        # locale's ANSI code page (umlauts, Cyrillic and quotation marks come out
        # garbled); with it Excel reads UTF-8. pandas (read_csv) and csv with
        # encoding="utf-8-sig" drop the mark, so it costs the other readers nothing.
        self._file = open(self.part, "w", encoding="utf-8-sig", newline="")
        self._csv = csv.writer(self._file)
        self._csv.writerow(self.names)

    def _write(self, rows: Sequence[Sequence[Any]]) -> None:
        self._csv.writerows([_csv_cell(v) for v in row] for row in rows)

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()


class _JsonlWriter(_Writer):
    def __init__(self, path: Path, cols: Sequence[Column]) -> None:
        super().__init__(path, cols)
        self._file = open(self.part, "w", encoding="utf-8", newline="\n")

    def _write(self, rows: Sequence[Sequence[Any]]) -> None:
        names = self.names
        self._file.writelines(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n" for row in rows)

    def write_raw(self, lines: Iterable[str]) -> None:
        """Whole records, one JSON text per line."""
        n = 0
        for line in lines:
            self._file.write(line + "\n")
            n += 1
        self.rows += n

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()


class _ParquetWriter(_Writer):
    def __init__(self, path: Path, cols: Sequence[Column]) -> None:
        super().__init__(path, cols)
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
        self._pa = pa
        self._schema = pa.schema([(name, types[kind]) for name, kind in cols])
        self._writer = pq.ParquetWriter(str(self.part), self._schema)
        self._buffer: list[Sequence[Any]] = []

    def _write(self, rows: Sequence[Sequence[Any]]) -> None:
        self._buffer.extend(rows)
        if len(self._buffer) >= _PARQUET_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self._buffer:
            return
        data = {name: [row[i] for row in self._buffer] for i, name in enumerate(self.names)}
        self._writer.write_table(self._pa.Table.from_pydict(data, schema=self._schema))
        self._buffer = []

    def close(self) -> None:
        if self._writer is not None:
            try:
                self._flush()
            finally:
                self._writer.close()
                self._writer = None


_WRITERS: dict[str, type[_Writer]] = {"csv": _CsvWriter, "jsonl": _JsonlWriter, "parquet": _ParquetWriter}


@dataclass
class ExportResult:
    """What an export wrote: records, rows per span table, the files."""

    folder: Path
    fmt: str
    records: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)

    @property
    def spans(self) -> int:
        return sum(self.rows.values())

    def summary(self) -> str:
        return f"exported {self.records:,} records, {self.spans:,} spans to {self.folder}"


def export(
    store: Store,
    folder: str | Path,
    fmt: str = "csv",
    ids: Sequence[str] | None = None,
    force: bool = False,
    batch: int = BATCH,
    on_record: Callable[[int], None] | None = None,
) -> ExportResult:
    """Write the records of ``store`` (all, or those of ``ids``: full ids, see :func:`select_ids`)
    as tables in ``folder``; ``on_record(n)`` is called after each batch of n records.

    ExportError for an unknown format, Parquet without pyarrow, or an unusable
    folder (:func:`check_target`); StoreError when the store cannot be read.
    Nothing of an export that fails is left in the folder.
    """
    check_format(fmt)
    path = check_target(folder, force)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {path}: {exc}") from exc
    make = _WRITERS[fmt]
    writers: dict[str, _Writer] = {}
    full: _JsonlWriter | None = None
    try:
        if fmt == "jsonl":
            full = _JsonlWriter(path / "records.jsonl", [])
            writers["records"] = make(path / "summary.jsonl", columns("records"))
        else:
            writers["records"] = make(path / f"records.{fmt}", columns("records"))
        for table in SPAN_TABLES:
            writers[table] = make(path / f"{table}.{fmt}", columns(table))
        result = ExportResult(folder=path, fmt=fmt)
        merged = {m.from_id: m.to_id for m in store.entity_merges()}
        for chunk in _chunks(iter_stored(store, ids, batch), batch):
            if full is not None:
                full.write_raw(s.raw if s.raw is not None else json.dumps(s.record, ensure_ascii=False) for s in chunk)
            writers["records"].write([record_row(s.record, s.added_at, s.updated_at) for s in chunk])
            for table in SPAN_TABLES:
                writers[table].write([row for s in chunk for row in span_rows(s.record, table, merged)])
            result.records += len(chunk)
            if on_record is not None:
                on_record(len(chunk))
        everything: list[_Writer] = ([full] if full is not None else []) + list(writers.values())
        for w in everything:
            w.finish()
    except BaseException:
        for w in ([full] if full is not None else []) + list(writers.values()):
            try:
                w.abandon()
            except Exception:  # the first error is the one to report
                pass
        raise
    result.rows = {table: writers[table].rows for table in SPAN_TABLES}
    result.files = [w.path for w in everything]
    return result
