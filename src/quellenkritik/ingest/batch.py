"""The batch entry point: many inputs in, documents and InputErrors out, never stopping.

``qk analyze INPUT...`` runs on :func:`iter_inputs`. A broken file, a bad
JSON line or table row, a broken archive member or an unreachable URL
becomes one yielded :class:`InputError` (with its location) and the batch
goes on with the next input or item.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from ..document import Document
from ..errors import InputError, InputNotFoundError, UnsupportedInputError
from .documents import from_bytes, from_html, from_text
from .fetch import HttpxTransport, Resolver, Transport
from .jsonl import count_jsonl
from .files import ARTICLE_SUFFIXES, HTML_SUFFIXES, TEXT_SUFFIXES, inner_suffix, iter_directory, iter_file, read_bytes
from .remote import iter_url
from .sniff import archive_format, looks_like_html
from .tables import TABLE_SUFFIXES, ColumnMap, count_table

__all__ = ["iter_inputs", "input_kind", "read_stdin", "count_inputs"]

STDIN_LOCATION = "<stdin>"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+://")
# Schemes written without "//" that must not be taken for file names.
_BARE_SCHEME = re.compile(r"^(?:file|ftp|ftps|sftp|data|javascript|mailto|gopher|about|blob|news|nntp):", re.I)


def input_kind(item: str) -> str:
    """``"stdin"``, ``"url"`` (any scheme; non-http(s) ones are refused later) or ``"path"``."""
    if item == "-":
        return "stdin"
    if _URL.match(item) or _BARE_SCHEME.match(item):
        return "url"
    return "path"


def read_stdin(stream: IO[Any] | None = None) -> Document:
    """One document from all of ``stream`` (default: standard input), HTML or text sniffed.

    A binary stream (or a text stream's ``buffer``) is decoded like a file; a
    text stream that gives ``str`` is taken as it is.
    """
    stream = stream if stream is not None else sys.stdin
    source = getattr(stream, "buffer", None) or stream
    data = source.read()
    if isinstance(data, bytes):
        return from_bytes(data, kind="stdin", location=STDIN_LOCATION)
    make = from_html if looks_like_html(data) else from_text
    return make(data, kind="stdin", location=STDIN_LOCATION)


class _LazyTransport:
    """The caller's transport, or one HttpxTransport made on first use and closed at the end."""

    def __init__(self, transport: Transport | None) -> None:
        self.given = transport
        self.own: HttpxTransport | None = None

    def get(self) -> Transport:
        if self.given is not None:
            return self.given
        if self.own is None:
            self.own = HttpxTransport()
        return self.own

    def close(self) -> None:
        if self.own is not None:
            self.own.close()


def _from_path(
    item: str, *, settings: Any, transport: _LazyTransport, resolver: Resolver | None, columns: ColumnMap | None
) -> Iterator[Document | InputError]:
    path = Path(item)
    if not path.exists():
        raise InputNotFoundError("no such file or directory", item)
    if not path.is_dir():
        yield from iter_file(
            path, settings=settings, transport=transport.get(), resolver=resolver, location=item, columns=columns
        )
        return
    any_file = False
    for file in iter_directory(path):
        any_file = True
        try:
            yield from iter_file(file, settings=settings, transport=transport.get(), resolver=resolver, columns=columns)
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one bad file must not end the batch
            yield InputError(f"unexpected error: {type(exc).__name__}: {exc}", str(file))
    if not any_file:
        kinds = " ".join(sorted(ARTICLE_SUFFIXES))
        yield InputNotFoundError(f"no article files ({kinds}) in directory", item)


def iter_inputs(
    inputs: Iterable[str],
    *,
    settings: Any,
    transport: Transport | None = None,
    stdin: IO[Any] | None = None,
    resolver: Resolver | None = None,
    columns: ColumnMap | None = None,
) -> Iterator[Document | InputError]:
    """Documents, and InputErrors for what cannot be read, for each input in order.

    An input is ``"-"`` (standard input, or ``stdin``), an http(s) URL (a feed
    gives one document per item), a directory (walked recursively, sorted,
    hidden entries skipped), a JSON Lines file (one document per line), a
    CSV or TSV file (one per row; ``columns`` says which column holds what),
    a ZIP or tar archive (its members, each as a file), a feed file, or
    another file. Errors are yielded, not raised, so a batch of thousands
    goes on past a broken input. ``transport`` and ``resolver`` are for
    fetching (tests inject fakes).
    """
    lazy = _LazyTransport(transport)
    stdin_read = False
    try:
        for item in inputs:
            try:
                kind = input_kind(item)
                if kind == "stdin":
                    if stdin_read:
                        raise UnsupportedInputError("standard input was already read", STDIN_LOCATION)
                    stdin_read = True
                    yield read_stdin(stdin)
                elif kind == "url":
                    yield from iter_url(item, settings=settings, transport=lazy.get(), resolver=resolver)
                else:
                    yield from _from_path(item, settings=settings, transport=lazy, resolver=resolver, columns=columns)
            except InputError as exc:
                if exc.location is None:
                    exc.location = item if item != "-" else STDIN_LOCATION
                yield exc
            except Exception as exc:  # noqa: BLE001 - one bad input must not end the batch
                yield InputError(f"unexpected error: {type(exc).__name__}: {exc}", item)
    finally:
        lazy.close()


def count_inputs(inputs: Iterable[str], columns: ColumnMap | None = None) -> int | None:
    """How many items :func:`iter_inputs` will yield, or None when that needs fetching or parsing.

    For the progress bar's total. Known without reading articles: standard
    input, files of article suffixes, directories of them, JSON Lines files
    (their non-blank lines) and CSV/TSV files (their rows, parsed with
    ``columns``); a missing or unreadable input is one error item. Unknown:
    URLs, feeds, archives and files whose kind is sniffed.
    """
    total = 0
    for item in inputs:
        kind = input_kind(item)
        if kind == "url":
            return None
        path = Path(item)
        if kind == "stdin" or not path.exists():
            n: int | None = 1
        elif path.is_dir():
            counts = [_count_file(f, columns) for f in iter_directory(path)]
            n = None if None in counts else sum(counts) or 1  # an empty directory is one error
        else:
            n = _count_file(path, columns)
        if n is None:
            return None
        total += n
    return total


def _count_file(path: Path, columns: ColumnMap | None) -> int | None:
    if archive_format(path.name):
        return None
    suffix = inner_suffix(path)
    if suffix == ".jsonl":
        return count_jsonl(path)
    if suffix in TABLE_SUFFIXES:
        try:
            data = read_bytes(path, str(path))
        except InputError:
            return 1
        return count_table(data, location=str(path), suffix=suffix, columns=columns)
    if suffix in HTML_SUFFIXES or suffix in TEXT_SUFFIXES:
        return 1
    return None  # a feed, or sniffed: known only when parsed
