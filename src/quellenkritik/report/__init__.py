"""Reports: one document record rendered as JSON, Markdown, HTML or terminal text.

    >>> from quellenkritik.report import render, extension
    >>> path.with_suffix("." + extension("html")).write_text(render(doc, "html"))

``render(doc, fmt)`` returns a string for every format in :data:`FORMATS`;
``text_renderable(doc)`` is the same terminal report as a rich renderable, for
printing with colours. See docs/report.md for the formats and their safety
measures (escaping everywhere; a strict Content-Security-Policy in HTML).
"""

from __future__ import annotations

from typing import Callable, Iterable

from ..document import Document
from .html import csp_policy, render_html
from .markdown import md_escape, render_markdown
from .text import render_text, text_renderable

__all__ = [
    "FORMATS",
    "render",
    "render_many",
    "extension",
    "text_renderable",
    "render_json",
    "render_markdown",
    "render_html",
    "render_text",
    "md_escape",
    "csp_policy",
]

#: The report formats, in the order the CLI offers them.
FORMATS: tuple[str, ...] = ("json", "md", "html", "text")

_EXTENSIONS = {"json": "json", "md": "md", "html": "html", "text": "txt"}


def render_json(doc: Document) -> str:
    """The record itself, indented (``Document.from_json`` reads it back)."""
    return doc.to_json(indent=2) + "\n"


_RENDERERS: dict[str, Callable[[Document], str]] = {
    "json": render_json,
    "md": render_markdown,
    "html": render_html,
    "text": render_text,
}


def _check(fmt: str) -> str:
    if fmt not in _RENDERERS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return fmt


def extension(fmt: str) -> str:
    """The file extension (without dot) for a format: ``"text"`` -> ``"txt"``."""
    return _EXTENSIONS[_check(fmt)]


def render(doc: Document, fmt: str) -> str:
    """Render one document in ``fmt`` (one of :data:`FORMATS`); ValueError otherwise."""
    return _RENDERERS[_check(fmt)](doc)


def render_many(docs: Iterable[Document], fmt: str) -> str:
    """Render several documents into one string.

    ``json`` gives JSON lines (one compact record per line); ``md`` and
    ``text`` give the reports one after another, separated by a rule. An HTML
    page holds one document: for ``html`` use :func:`render` per document.
    """
    _check(fmt)
    if fmt == "json":
        return "".join(doc.to_json() + "\n" for doc in docs)
    if fmt == "html":
        raise ValueError("an HTML report holds one document; call render(doc, 'html') per document")
    separator = "\n---\n\n" if fmt == "md" else "\n" + "─" * 100 + "\n\n"
    return separator.join(render(doc, fmt) for doc in docs)
