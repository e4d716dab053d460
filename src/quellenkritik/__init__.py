"""quellenkritik: news articles in, auditable evidence records out.

    >>> import quellenkritik as qk
    >>> doc = qk.analyze("Laut Angaben des Ministeriums wurden 31 Raketen abgefangen.")
    >>> doc.language, [doc.span_text(s) for s in doc.layers["sentences"]]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from .config import Settings, load_settings
from .document import SCHEMA_ID, Document, Metadata, Removed, Source, Span
from .errors import (
    ComponentError,
    ConfigError,
    DecodeError,
    EmptyDocumentError,
    FetchError,
    InputError,
    PipelineError,
    PipelineValidationError,
    QuellenkritikError,
    RecordError,
    StoreError,
)
from .pipeline import Pipeline, component, registry

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "analyze",
    "Document",
    "Span",
    "Source",
    "Metadata",
    "Removed",
    "SCHEMA_ID",
    "Pipeline",
    "component",
    "registry",
    "Settings",
    "load_settings",
    "QuellenkritikError",
    "ConfigError",
    "PipelineError",
    "PipelineValidationError",
    "ComponentError",
    "InputError",
    "DecodeError",
    "EmptyDocumentError",
    "FetchError",
    "RecordError",
    "StoreError",
]

Kind = Literal["auto", "text", "html", "file", "url"]


def analyze(
    source: str | Path,
    *,
    kind: Kind = "auto",
    pipeline: Pipeline | None = None,
    settings: Settings | None = None,
    **hints: Any,
) -> Document:
    """Analyse one article and return its evidence record.

    ``source`` is article text, an HTML string, a :class:`~pathlib.Path` or an
    http(s) URL. With ``kind="auto"``: a ``Path`` is read as a file, a string
    starting with ``http://``/``https://`` is fetched, a string that starts
    like HTML is parsed as HTML, and anything else is plain text. Keyword
    ``hints`` (title, url, published, ...) seed the metadata.
    """
    from . import ingest

    settings = settings or load_settings()
    if kind == "auto":
        if isinstance(source, Path):
            kind = "file"
        elif source.strip().lower().startswith(("http://", "https://")) and not any(c.isspace() for c in source.strip()):
            kind = "url"
        elif ingest.looks_like_html(source):
            kind = "html"
        else:
            kind = "text"
    if kind == "file":
        doc = ingest.from_path(Path(source), settings=settings)
    elif kind == "url":
        doc = ingest.from_url(str(source), settings=settings)
    elif kind == "html":
        doc = ingest.from_html(str(source), hints=hints)
    else:
        doc = ingest.from_text(str(source), hints=hints)
    if hints and kind in ("file", "url"):
        doc.runtime["hints"].update(hints)
    pipeline = pipeline or Pipeline.from_settings(settings)
    return pipeline(doc)
