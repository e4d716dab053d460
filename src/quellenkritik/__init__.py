"""quellenkritik: news articles in, auditable evidence records out.

    >>> import quellenkritik as qk
    >>> doc = qk.analyze("Laut Angaben des Ministeriums wurden 31 Raketen abgefangen.")
    >>> doc.language, [doc.span_text(s) for s in doc.layers["sentences"]]
"""

from __future__ import annotations

import re
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

_FILE_NAME = re.compile(r"^[^\n]{1,255}\.(?:txt|text|md|html?|xhtml|xml|jsonl|json|csv|tsv|gz|zip|tar|tgz|rss|atom)$", re.I)


def _looks_like_file_name(s: str) -> bool:
    """A one-line string of a file name's shape ("a.txt", "data/x.html"), or an existing file's path."""
    t = s.strip()
    if not t or "\n" in t or len(t) > 255:
        return False
    if _FILE_NAME.match(t) and len(t.split()) <= 2:
        return True
    try:
        return len(t.split()) == 1 and Path(t).is_file()
    except OSError:
        return False


def analyze(
    source: str | Path | None = None,
    *,
    text: str | None = None,
    html: str | None = None,
    path: str | Path | None = None,
    url: str | None = None,
    kind: Kind = "auto",
    pipeline: Pipeline | None = None,
    settings: Settings | None = None,
    **hints: Any,
) -> Document:
    """Analyse one article and return its evidence record.

    Say what the input is with one keyword: ``text=``, ``html=``, ``path=`` (a
    file) or ``url=``. Or pass ``source``: a :class:`~pathlib.Path` is read as a
    file, a string starting with ``http://``/``https://`` is fetched, a string
    that starts like HTML is parsed as HTML, and other strings are plain text,
    except a short one-line string that looks like a file name ("a.txt"): that
    raises :class:`InputError` rather than analysing the name as an article.
    ``kind`` forces how ``source`` is read. Keyword ``hints`` (title, url,
    published, ...) seed the metadata.
    """
    from . import ingest

    given = {k: v for k, v in (("source", source), ("text", text), ("html", html), ("path", path), ("url", url))
             if v is not None}
    if len(given) != 1:
        raise InputError("give exactly one of source, text=, html=, path= or url= "
                         f"(got {', '.join(given) or 'none'})", location="<analyze>")
    (which, value), = given.items()
    if which != "source":
        source, kind = value, {"text": "text", "html": "html", "path": "file", "url": "url"}[which]  # type: ignore[assignment]
    assert source is not None
    settings = settings or load_settings()
    if kind == "auto":
        if isinstance(source, Path):
            kind = "file"
        elif source.strip().lower().startswith(("http://", "https://")) and not any(c.isspace() for c in source.strip()):
            kind = "url"
        elif ingest.looks_like_html(source):
            kind = "html"
        elif _looks_like_file_name(source):
            raise InputError(
                f"{source!r} looks like a file name, not an article: pass path={source!r} (or Path({source!r})) "
                "to read the file, or text= to analyse the string itself", location="<analyze>")
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
