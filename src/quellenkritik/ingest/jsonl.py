"""JSON Lines: one article per line, streamed, a bad line does not stop the file.

Each line is a JSON object with ``"html"``, ``"text"`` or ``"url"`` (tried in
that order; a ``"url"`` alone is fetched) and any metadata keys named like
:class:`~quellenkritik.document.Metadata` fields (title, authors as a string
or list, published, outlet, section, url, ...). Other keys (``"id"``) are
kept in ``doc.runtime["input_extra"]``. Blank lines are skipped. Lines are
UTF-8, as the format requires.
"""

from __future__ import annotations

import codecs
import gzip
import json
import zlib
from pathlib import Path
from typing import IO, Any, Iterator

from ..document import Document
from ..errors import DecodeError, EmptyDocumentError, InputError, UnsupportedInputError
from .base import new_document
from .fetch import Resolver, Transport
from .meta import split_hints
from .remote import from_url

__all__ = ["iter_jsonl", "iter_jsonl_lines", "document_from_record", "count_jsonl"]

_BODY_KEYS = ("html", "text", "url")


def _open(path: Path, compressed: bool) -> IO[bytes]:
    return gzip.open(path, "rb") if compressed else path.open("rb")


def iter_jsonl(
    path: Path,
    *,
    location: str,
    settings: Any,
    transport: Transport | None = None,
    resolver: Resolver | None = None,
    compressed: bool = False,
) -> Iterator[Document | InputError]:
    """Documents (kind "jsonl", location ``LOCATION:LINE``) or InputErrors, one per non-blank line.

    An unreadable or broken (gzip) file ends in one InputError for the file.
    """
    try:
        with _open(path, compressed) as fh:
            yield from iter_jsonl_lines(
                fh, location=location, settings=settings, transport=transport, resolver=resolver
            )
    except OSError as exc:  # includes gzip.BadGzipFile
        yield InputError(f"cannot read: {exc.strerror or exc}", location)
    except (EOFError, zlib.error) as exc:
        yield DecodeError(f"broken gzip data: {exc}", location)


def count_jsonl(path: Path) -> int:
    """How many items :func:`iter_jsonl` yields for ``path``: its non-blank lines, or 1 (the error) if unreadable."""
    try:
        with _open(path, path.suffix.lower() == ".gz") as fh:
            return max(1, sum(1 for line in fh if line.strip()))
    except (OSError, EOFError, zlib.error):
        return 1


def iter_jsonl_lines(
    lines: Any,
    *,
    location: str,
    settings: Any,
    transport: Transport | None = None,
    resolver: Resolver | None = None,
) -> Iterator[Document | InputError]:
    """Like :func:`iter_jsonl` over an iterable of byte (or str) lines."""
    for lineno, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            if lineno == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
        elif not raw.strip():
            continue
        where = f"{location}:{lineno}"
        try:
            record = _parse_line(raw, where)
            yield document_from_record(
                record, location=where, settings=settings, transport=transport, resolver=resolver
            )
        except InputError as exc:
            yield exc


def _parse_line(raw: bytes | str, where: str) -> dict[str, Any]:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not UTF-8 at byte {exc.start} (JSON Lines must be UTF-8)", where) from exc
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DecodeError(f"invalid JSON: {exc.msg} (column {exc.colno})", where) from exc
    if not isinstance(record, dict):
        raise UnsupportedInputError(f"a JSON {type(record).__name__}, not an object", where)
    return record


def document_from_record(
    record: dict[str, Any],
    *,
    location: str,
    settings: Any,
    transport: Transport | None = None,
    resolver: Resolver | None = None,
) -> Document:
    """One document from a JSON object with html, text or url plus metadata."""
    present = [k for k in _BODY_KEYS if k in record and record[k] is not None]
    if not present:
        raise UnsupportedInputError("no 'text', 'html' or 'url' key", location)
    for key in present:
        if not isinstance(record[key], str):
            raise UnsupportedInputError(f"{key!r} is a {type(record[key]).__name__}, not a string", location)
    hints, extra = split_hints({k: v for k, v in record.items() if k not in ("html", "text")})
    for key in ("html", "text"):
        if key in present and record[key].strip():
            doc = new_document(
                record[key].removeprefix("\ufeff"),
                kind="jsonl",
                location=location,
                raw_format=key,  # type: ignore[arg-type]
                encoding="utf-8",
                hints=hints,
            )
            break
    else:
        if "url" not in present or not record["url"].strip():
            raise EmptyDocumentError(f"empty {present[0]!r}", location)
        url = record["url"].strip()
        try:
            doc = from_url(url, settings=settings, transport=transport, resolver=resolver)
        except InputError as exc:
            raise type(exc)(f"{url}: {exc.reason}", location) from exc
        fetched_url = doc.runtime["hints"].get("url", url)
        doc.source = doc.source.model_copy(update={"kind": "jsonl", "location": location})
        doc.runtime["hints"] = {**hints, "url": fetched_url}
    if extra:
        doc.runtime["input_extra"] = extra
    return doc
