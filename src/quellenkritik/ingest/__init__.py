"""Ingest: text, HTML, files, directories, archives, URLs, RSS/Atom feeds, JSON Lines, CSV/TSV, stdin -> documents.

Every path ends in :func:`~quellenkritik.ingest.base.new_document`: a
:class:`~quellenkritik.document.Document` with its source (kind, location,
hash, content type, encoding) and the raw input in ``doc.runtime`` for the
``clean`` component. Single inputs raise an :class:`~quellenkritik.errors.InputError`
subclass; the batch entry point :func:`iter_inputs` yields them instead and
goes on. See docs/ingest.md.
"""

from __future__ import annotations

from .base import new_document, sha256_hex
from .batch import count_inputs, input_kind, iter_inputs, read_stdin
from .decode import decode_bytes
from .documents import from_bytes, from_html, from_text
from .feeds import iter_feed
from .fetch import FakeTransport, HttpxTransport, Resolver, Response, Transport, fetch, system_resolver
from .files import ARTICLE_SUFFIXES, from_path, iter_directory, iter_file
from .jsonl import iter_jsonl
from .archives import iter_archive
from .tables import ColumnMap, iter_table
from .remote import from_url, iter_url
from .sniff import looks_like_feed, looks_like_html

__all__ = [
    # single inputs
    "looks_like_html",
    "looks_like_feed",
    "from_text",
    "from_html",
    "from_bytes",
    "from_path",
    "from_url",
    # batches
    "iter_inputs",
    "count_inputs",
    "iter_file",
    "iter_directory",
    "iter_url",
    "iter_feed",
    "iter_jsonl",
    "iter_table",
    "iter_archive",
    "ColumnMap",
    "read_stdin",
    "input_kind",
    "ARTICLE_SUFFIXES",
    # fetching
    "Transport",
    "Response",
    "HttpxTransport",
    "FakeTransport",
    "Resolver",
    "system_resolver",
    "fetch",
    # building blocks
    "decode_bytes",
    "new_document",
    "sha256_hex",
]
