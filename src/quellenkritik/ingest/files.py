"""Files and directories into documents.

A file is, by its name (``.gz`` stripped first) or else by sniffing its
bytes: an archive (``.zip``, ``.tar``, ``.tar.gz``, ``.tgz``, ``.tar.bz2``,
``.tar.xz``: see :mod:`.archives`), JSON Lines (``.jsonl``), a table
(``.csv``, ``.tsv``: see :mod:`.tables`), a feed (``.rss``, ``.atom``;
``.xml`` and unknown names when they start like one), HTML (``.html``,
``.htm``, ``.xhtml``), text (``.txt``, ``.text``, ``.md``) or, otherwise,
HTML or text as the content looks. gzip-compressed files are read
transparently. :func:`iter_data` does the same for bytes already in memory
(an archive member).
"""

from __future__ import annotations

import io
import os
import zlib
from pathlib import Path, PurePath
from typing import Any, Iterator

from ..document import Document
from ..errors import DecodeError, InputError, InputNotFoundError, UnsupportedInputError
from .documents import from_bytes, single_document
from .feeds import iter_feed
from .fetch import Resolver, Transport
from .jsonl import iter_jsonl, iter_jsonl_lines
from .sniff import archive_format, is_gzip, looks_like_feed
from .tables import TABLE_SUFFIXES, ColumnMap, iter_table

__all__ = [
    "from_path",
    "iter_file",
    "iter_directory",
    "iter_data",
    "read_bytes",
    "gunzip",
    "inner_suffix",
    "is_article_name",
    "ARTICLE_SUFFIXES",
    "HTML_SUFFIXES",
    "TEXT_SUFFIXES",
    "FEED_SUFFIXES",
    "TABLE_SUFFIXES",
    "ARCHIVE_SUFFIXES",
    "MAX_DECOMPRESSED_BYTES",
]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
#: Last suffixes of archives (``.tar.gz``, ``.tar.bz2`` and ``.tar.xz`` are recognised by :func:`is_article_name`).
ARCHIVE_SUFFIXES = frozenset({".zip", ".tar", ".tgz", ".tbz2", ".tbz", ".txz"})
#: The files a directory walk picks up (and, with ``.tar.bz2`` and ``.tar.xz``, the members read from an archive).
ARTICLE_SUFFIXES = (
    HTML_SUFFIXES | TEXT_SUFFIXES | FEED_SUFFIXES | TABLE_SUFFIXES | ARCHIVE_SUFFIXES | {".gz", ".jsonl"}
)
#: A gzip file or archive member that expands beyond this is refused (a guard against bombs).
MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024


def inner_suffix(path: PurePath) -> str:
    """The lower-case suffix that says what a file holds: ``a.html.gz`` -> ``.html``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def is_article_name(name: str) -> bool:
    """True for a file name a directory walk or archive picks up (not looking at hidden parts)."""
    return PurePath(name).suffix.lower() in ARTICLE_SUFFIXES or archive_format(name) is not None


def gunzip(data: bytes, location: str) -> bytes:
    """gzip ``data`` unpacked, at most :data:`MAX_DECOMPRESSED_BYTES`; DecodeError when broken."""
    d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, MAX_DECOMPRESSED_BYTES + 1)
    except zlib.error as exc:
        raise DecodeError(f"broken gzip data: {exc}", location) from exc
    if len(out) > MAX_DECOMPRESSED_BYTES:
        raise UnsupportedInputError(f"gzip content larger than {MAX_DECOMPRESSED_BYTES} bytes", location)
    if not d.eof:
        raise DecodeError("broken gzip data: truncated", location)
    return out


def read_bytes(path: Path, location: str) -> bytes:
    """The file's bytes, gunzipped when they are gzip data."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputNotFoundError("no such file or directory", location) from exc
    except IsADirectoryError as exc:
        raise UnsupportedInputError("is a directory", location) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", location) from exc
    return gunzip(data, location) if is_gzip(data) else data


def iter_file(
    path: Path,
    *,
    settings: Any,
    transport: Transport | None = None,
    resolver: Resolver | None = None,
    location: str | None = None,
    columns: ColumnMap | None = None,
) -> Iterator[Document | InputError]:
    """The documents of one file: one, or one per item of a feed, JSON Lines file,
    table row or archive member. ``columns`` maps a table's columns.

    Errors of the whole file are raised; errors of single items are yielded.
    """
    location = location if location is not None else str(path)
    if archive_format(path.name):
        from .archives import iter_archive  # archives read members with iter_data, below

        yield from iter_archive(
            path, location=location, settings=settings, transport=transport, resolver=resolver, columns=columns
        )
        return
    suffix = inner_suffix(path)
    if suffix == ".jsonl":
        compressed = path.suffix.lower() == ".gz"
        yield from iter_jsonl(
            path, location=location, settings=settings, transport=transport, resolver=resolver, compressed=compressed
        )
        return
    data = read_bytes(path, location)
    yield from iter_data(
        data, suffix=suffix, location=location, settings=settings, transport=transport, resolver=resolver,
        columns=columns,
    )


def iter_data(
    data: bytes,
    *,
    suffix: str,
    location: str,
    settings: Any,
    transport: Transport | None = None,
    resolver: Resolver | None = None,
    columns: ColumnMap | None = None,
) -> Iterator[Document | InputError]:
    """The documents of a file's (unpacked) bytes, by its ``suffix`` (as :func:`inner_suffix` gives it)."""
    if suffix == ".jsonl":
        yield from iter_jsonl_lines(
            io.BytesIO(data), location=location, settings=settings, transport=transport, resolver=resolver
        )
        return
    if suffix in TABLE_SUFFIXES:
        yield from iter_table(data, location=location, suffix=suffix, columns=columns)
        return
    if suffix in (".rss", ".atom") or (
        suffix not in HTML_SUFFIXES | TEXT_SUFFIXES and looks_like_feed(data)
    ):
        yield from iter_feed(data, location=location)
        return
    raw_format = "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else None
    yield from_bytes(data, kind="file", location=location, raw_format=raw_format)


def from_path(
    path: Path,
    *,
    settings: Any,
    transport: Transport | None = None,
    resolver: Resolver | None = None,
) -> Document:
    """One document from one file (source kind "file", location the path as given).

    Raises InputNotFoundError, UnsupportedInputError (binary, a directory, a
    feed or JSON Lines file with several articles), DecodeError,
    EmptyDocumentError.
    """
    path = Path(path)
    location = str(path)
    if not path.exists():
        raise InputNotFoundError("no such file or directory", location)
    if path.is_dir():
        raise UnsupportedInputError("is a directory; read it as a batch with iter_inputs", location)
    items = iter_file(path, settings=settings, transport=transport, resolver=resolver, location=location)
    return single_document(items, location=location)


def _hidden(name: str) -> bool:
    return name.startswith(".")


def iter_directory(root: Path) -> Iterator[Path]:
    """The article files under ``root``: recursive, sorted, hidden files and
    directories skipped, only :data:`ARTICLE_SUFFIXES` (and ``.tar.bz2``,
    ``.tar.xz``). Symbolic links to directories are not followed (no cycles)."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
        for name in filenames:
            if not _hidden(name) and is_article_name(name):
                found.append(Path(dirpath) / name)
    found.sort(key=lambda p: p.relative_to(root).parts)
    yield from found
