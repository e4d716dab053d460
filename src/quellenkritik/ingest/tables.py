"""CSV and TSV: one article per row, a bad row does not stop the file.

The file is decoded like any other (:func:`~quellenkritik.ingest.decode.decode_bytes`:
any encoding it reads), its delimiter sniffed with :class:`csv.Sniffer`
(comma, semicolon, tab or bar; when sniffing fails, the name decides:
``.tsv`` is tab, anything else comma) and the rows parsed with the standard
library's :mod:`csv` (double quotes, doubled to escape; cells may span lines).

Which column holds what comes from a :class:`ColumnMap` (the ``--text-column``
... ``--outlet-column`` options: a header name in any case, or a column
number counting from 1) or, for what it leaves open, from a header row with
a recognised name (:data:`ROLE_NAMES`). The title, date, url and outlet
columns become metadata hints through
:func:`~quellenkritik.ingest.meta.split_hints`, as JSON Lines keys do; other
header columns named like a Metadata field (``authors``, ``section``,
``description``) do too, and the rest go to ``doc.runtime["input_extra"]``.

Rows are numbered as a spreadsheet shows them: with a header, the header is
row 1 and the first article row 2. A document's location is ``FILE:row N``;
a row that cannot be read (a broken quote, the wrong number of cells, no
text) is one InputError at that location and the file goes on. Blank rows
are skipped.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, fields
from typing import Any, Iterator

from ..document import Document
from ..errors import EmptyDocumentError, InputError, UnsupportedInputError
from .base import new_document
from .decode import decode_bytes
from .meta import METADATA_KEYS, split_hints
from .sniff import looks_like_html

__all__ = ["ColumnMap", "ROLE_NAMES", "TABLE_SUFFIXES", "iter_table", "count_table", "sniff_delimiter"]

#: File name suffixes read as tables (``.gz`` stripped first).
TABLE_SUFFIXES = frozenset({".csv", ".tsv"})

#: Header names recognised for each role, case-insensitive, earlier names first.
#: The role "published" is the ``--date-column``.
ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "maintext", "article_text", "full_text", "fulltext",
             "inhalt", "artikel", "html"),
    "title": ("title", "headline", "heading", "titel", "überschrift", "ueberschrift"),
    "published": ("date", "published", "publish_date", "published_at", "publication_date", "date_publish",
                  "pubdate", "datum"),
    "url": ("url", "link", "source_url", "article_url"),
    "outlet": ("outlet", "source", "site", "source_domain", "publisher", "medium", "quelle"),
}
_KNOWN_NAMES = frozenset(name for names in ROLE_NAMES.values() for name in names)
#: Other header columns that become hints when named like these Metadata fields.
_HINT_COLUMNS = METADATA_KEYS - {"entities"}
_FLAGS = {"text": "--text-column", "title": "--title-column", "published": "--date-column",
          "url": "--url-column", "outlet": "--outlet-column"}
_DELIMITERS = ",;\t|"
_SNIFF_CHARS = 65_536
#: The longest cell read (csv's own default, 128 KiB, is shorter than some articles).
MAX_CELL_CHARS = 16 * 1024 * 1024


@dataclass(frozen=True)
class ColumnMap:
    """Which column holds what: a header name (any case) or a column number
    counting from 1. None leaves the role to a recognised header name."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None

    def given(self) -> dict[str, str]:
        """The roles set, keyed like :data:`ROLE_NAMES` (``date`` as ``published``)."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and str(value).strip():
                out["published" if f.name == "date" else f.name] = str(value).strip()
        return out


@dataclass
class _Layout:
    """What a file's first row says: the header (or None) and the role of each column."""

    header: list[str] | None
    roles: dict[str, int]
    width: int
    html: bool  # the text column is named "html"


def sniff_delimiter(sample: str, suffix: str) -> str:
    """The delimiter of a table whose start is ``sample``: sniffed, else by ``suffix``."""
    fallback = "\t" if suffix == ".tsv" else ","
    first_line = sample.split("\n", 1)[0]
    if fallback == "\t" and "\t" in first_line:
        return "\t"  # the name and the first line agree: no need to guess
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return fallback


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | str]]:
    """``(row number, cells)`` per row, or ``(row number, why)`` for a row csv cannot parse.

    Blank rows are counted but not yielded. After a broken row csv goes on
    with the next line.
    """
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)  # raised, never lowered: other readers keep working
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    row = 0
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            row += 1
            yield row, _csv_reason(exc, start, reader.line_num)
            continue
        row += 1
        if any(cell.strip() for cell in cells):
            yield row, cells


def _csv_reason(exc: csv.Error, start: int, end: int) -> str:
    msg = str(exc)
    if "end of data" in msg:
        return (f"malformed row: a quoted cell opened on line {start} is never closed, so lines {start}-{end} "
                "(the rest of the file) could not be read")
    if "field larger than field limit" in msg:
        return f"malformed row: a cell longer than {MAX_CELL_CHARS:,} characters (a stray quote?), lines {start}-{end}"
    return f"malformed row: {msg} (line {start})"


def _number(spec: str) -> int | None:
    return int(spec) if spec.isdigit() else None


def _names(header: list[str]) -> str:
    shown = [repr(h) for h in header[:12]]
    return ", ".join(shown) + (f" and {len(header) - 12} more" if len(header) > 12 else "")


def _layout(first: list[str], columns: ColumnMap | None, location: str) -> _Layout:
    """Roles for the columns, from the options and a recognised header; raise when there is no text column."""
    given = columns.given() if columns else {}
    lowered = [cell.strip().lower() for cell in first]
    named = {role: spec for role, spec in given.items() if _number(spec) is None}
    has_header = bool(named) or any(name in _KNOWN_NAMES for name in lowered)
    header = [cell.strip() for cell in first] if has_header else None
    roles: dict[str, int] = {}
    for role, spec in given.items():
        number = _number(spec)
        if number is not None:
            if not 1 <= number <= len(first):
                raise UnsupportedInputError(
                    f"{_FLAGS[role]} {spec}: the file has {len(first)} column(s), numbered from 1", location)
            roles[role] = number - 1
        elif spec.lower() in lowered:
            roles[role] = lowered.index(spec.lower())
        else:
            raise UnsupportedInputError(
                f"{_FLAGS[role]} {spec!r}: no column of that name in the first row ({_names(first)}); "
                "name a header column, or give a column number counting from 1", location)
    if header is not None:
        for role, names in ROLE_NAMES.items():
            if role in roles:
                continue
            for name in names:
                if name in lowered and lowered.index(name) not in roles.values():
                    roles[role] = lowered.index(name)
                    break
    if "text" not in roles:
        known = ", ".join(ROLE_NAMES["text"][:5])
        if header is None:
            raise UnsupportedInputError(
                f"no header row naming the text column ({known}, ...): name it with --text-column NAME, or give "
                "its number (--text-column 2); --title-column, --date-column, --url-column and --outlet-column "
                "work the same way", location)
        raise UnsupportedInputError(
            f"no text column in the header row ({_names(first)}): name it with --text-column NAME "
            f"(recognised without it: {known}, ...)", location)
    html = header is not None and lowered[roles["text"]] == "html"
    return _Layout(header=header, roles=roles, width=len(first), html=html)


def _read(data: bytes, *, location: str, suffix: str, columns: ColumnMap | None
          ) -> tuple[str, _Layout, Iterator[tuple[int, list[str] | str]]]:
    """The encoding, the layout and the remaining rows of a table file (errors of the whole file raised)."""
    text, encoding = decode_bytes(data, location=location)
    records = _records(text, sniff_delimiter(text[:_SNIFF_CHARS], suffix))
    for row, first in records:
        if isinstance(first, str):
            raise UnsupportedInputError(f"row {row}: {first}; the first row must be readable", location)
        layout = _layout(first, columns, location)
        if layout.header is None:
            records = _chain_first(row, first, records)
        return encoding, layout, records
    raise EmptyDocumentError("no rows in table", location)


def _chain_first(row: int, first: list[str], rest: Iterator[tuple[int, list[str] | str]]
                 ) -> Iterator[tuple[int, list[str] | str]]:
    yield row, first
    yield from rest


def iter_table(
    data: bytes, *, location: str, suffix: str = ".csv", columns: ColumnMap | None = None
) -> Iterator[Document | InputError]:
    """Documents (kind "file", location ``LOCATION:row N``) or InputErrors, one per non-blank row.

    Raises an InputError for the whole file: undecodable, no rows, no text
    column, an option naming a column that is not there.
    """
    encoding, layout, records = _read(data, location=location, suffix=suffix, columns=columns)
    for row, cells in records:
        where = f"{location}:row {row}"
        try:
            if isinstance(cells, str):
                raise UnsupportedInputError(cells, where)
            yield _row_document(cells, layout, where=where, encoding=encoding)
        except InputError as exc:
            yield exc


def count_table(data: bytes, *, location: str, suffix: str = ".csv", columns: ColumnMap | None = None) -> int:
    """How many items :func:`iter_table` yields: its non-blank rows after the header, or 1 (the error)."""
    try:
        _, _, records = _read(data, location=location, suffix=suffix, columns=columns)
    except InputError:
        return 1
    return sum(1 for _ in records)


def _row_document(cells: list[str], layout: _Layout, *, where: str, encoding: str) -> Document:
    if len(cells) != layout.width:
        ref = "the header has" if layout.header is not None else "the first row has"
        raise UnsupportedInputError(
            f"malformed row: {len(cells)} cells where {ref} {layout.width} (an unquoted delimiter or line break?)",
            where)
    text = cells[layout.roles["text"]].removeprefix("\ufeff")
    if not text.strip():
        column = (repr(layout.header[layout.roles["text"]]) if layout.header is not None
                  else str(layout.roles["text"] + 1))
        raise EmptyDocumentError(f"no text (column {column} is empty)", where)
    hints, extra = split_hints(_row_record(cells, layout))
    raw_format = "html" if layout.html or looks_like_html(text) else "text"
    doc = new_document(text, kind="file", location=where, raw_format=raw_format, encoding=encoding, hints=hints)
    if extra:
        doc.runtime["input_extra"] = extra
    return doc


def _row_record(cells: list[str], layout: _Layout) -> dict[str, Any]:
    """The row's cells other than the text, keyed for :func:`split_hints`: roles by their
    Metadata name, other header columns by a Metadata name when they have one, else as named."""
    record: dict[str, Any] = {role: cells[i] for role, i in layout.roles.items() if role != "text"}
    used = set(layout.roles.values())
    for i, cell in enumerate(cells):
        if i in used or not cell.strip():
            continue
        name = layout.header[i] if layout.header is not None else ""
        key = name.lower() if name.lower() in _HINT_COLUMNS else name or f"column {i + 1}"
        if key in record:
            key = f"{name or 'column'} ({i + 1})"
        record[key] = cell
    return record
