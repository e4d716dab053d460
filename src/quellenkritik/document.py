"""The document record: one typed object per article, the contract of DESIGN.md.

Spans are stand-off: character offsets into ``Document.text`` (end exclusive),
never copies of the text. Components only add to a document. The JSON form is
lossless: ``Document.from_json(doc.to_json()) == doc``.

Runtime state that is not part of the record (the raw input, the spaCy
``Doc`` with tokens) lives in ``Document.runtime`` and is never serialised.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from .errors import RecordError

__all__ = [
    "SCHEMA_ID",
    "OLDER_SCHEMAS",
    "upgrade_record",
    "headline_free_id",
    "Span",
    "Source",
    "Metadata",
    "Removed",
    "Document",
    "document_id",
    "normalise_for_id",
    "json_schema",
    "SCHEMA_PATH",
]

SCHEMA_ID = "quellenkritik.document/2"
#: Records of these schemas are upgraded when read (see :func:`upgrade_record`).
OLDER_SCHEMAS = ("quellenkritik.document/1",)
SCHEMA_PATH = Path(__file__).parent / "schema" / "document.schema.json"

SourceKind = Literal["file", "url", "html", "text", "feed", "jsonl", "stdin"]

_WS = re.compile(r"\s+")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A labelled region of ``Document.text``: ``text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str = ""
    attrs: dict[str, Any] = Field(default_factory=dict)
    by: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    @classmethod
    def checked(cls, start: int, end: int, label: str = "", attrs: dict[str, Any] | None = None, by: str = "") -> "Span":
        """A span from values the caller has checked to be ints with 0 <= start <= end
        (what the validators would check), without pydantic's validation: components
        make tens of thousands per corpus, and validation was a tenth of their time.
        Records read from JSON are still validated in full."""
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
            return cls(start=start, end=end, label=label, attrs=attrs or {}, by=by)  # raises with the reason
        # what ``model_construct`` sets, without its per-field loop (2.5x faster);
        # tests/test_document.py checks the result equals model_construct's
        span = _new(cls)
        _setattr(span, "__dict__", {"start": start, "end": end, "label": label,
                                    "attrs": {} if attrs is None else attrs, "by": by})
        _setattr(span, "__pydantic_fields_set__", set(_SPAN_FIELDS))
        _setattr(span, "__pydantic_extra__", None)
        _setattr(span, "__pydantic_private__", None)
        return span

    def text_of(self, doc: "Document") -> str:
        return doc.text[self.start : self.end]


_new = object.__new__
_setattr = object.__setattr__
_SPAN_FIELDS = frozenset(Span.model_fields)


class Source(_Model):
    """Where a document came from."""

    kind: SourceKind
    location: str = Field(description="path, URL, '<stdin>' or 'file.jsonl:LINE'")
    sha256: str | None = Field(default=None, description="hash of the raw input bytes")
    content_type: str | None = None
    encoding: str | None = Field(default=None, description="the text encoding detected or declared")


class Metadata(_Model):
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    outlet: str | None = None
    section: str | None = None
    published: str | None = Field(default=None, description="ISO date YYYY-MM-DD or null")
    reading_time_minutes: int | None = None
    forwarded_from: str | None = None
    url: str | None = None
    description: str | None = None
    entities: list[dict[str, Any]] = Field(
        default_factory=list,
        description="entities named in the metadata (authors, outlet, forwarded_from), resolved like the "
        "entities layer: {field, name, id, label, canonical, kb}",
    )


class Removed(_Model):
    """Page furniture taken out of the text, kept as a record with its reason."""

    text: str
    reason: str
    by: str = ""


class Document(_Model):
    """One article's evidence record."""

    schema_: str = Field(default=SCHEMA_ID, alias="schema")
    id: str = ""
    source: Source
    language: str | None = None
    metadata: Metadata = Field(default_factory=Metadata)
    text: str = ""
    removed: list[Removed] = Field(default_factory=list)
    layers: dict[str, list[Span]] = Field(default_factory=dict)
    document: dict[str, Any] = Field(
        default_factory=dict,
        description="document-level results: sourcing profile, genre, perspective, and coverage "
        "(layer -> why it could not run for this document, e.g. 'not available for ru')",
    )
    processed_by: list[str] = Field(
        default_factory=list, description="the components that ran, in order, with versions"
    )

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    # Never serialised: raw input, spaCy Doc, timings. See module docstring.
    _runtime: dict[str, Any] = PrivateAttr(default_factory=dict)

    @property
    def runtime(self) -> dict[str, Any]:
        return self._runtime

    # ---- layers -------------------------------------------------------
    def layer(self, name: str) -> list[Span]:
        """The spans of a layer, creating the layer when it is absent."""
        return self.layers.setdefault(name, [])

    def add(self, layer: str, start: int, end: int, label: str = "", by: str = "", **attrs: Any) -> Span:
        if not (0 <= start <= end <= len(self.text)):
            raise RecordError(f"span {start}:{end} is outside the text (length {len(self.text)})")
        span = Span.checked(start, end, label, attrs, by)
        self.layer(layer).append(span)
        return span

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def iter_spans(self, layers: Iterable[str] | None = None) -> Iterable[tuple[str, Span]]:
        for name, spans in self.layers.items():
            if layers is None or name in layers:
                for span in spans:
                    yield name, span

    # ---- identity -----------------------------------------------------
    def assign_id(self) -> str:
        self.id = document_id(self.text)
        return self.id

    # ---- JSON ---------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        return cls._load(cls.model_validate, data)

    @classmethod
    def from_json(cls, data: str | bytes) -> "Document":
        return cls._load(cls.model_validate_json, data)

    @classmethod
    def _load(cls, validate: Any, data: Any) -> "Document":
        if isinstance(data, (str, bytes)) and any((o.encode() if isinstance(data, bytes) else o) in data for o in OLDER_SCHEMAS):
            try:
                data, validate = json.loads(data), cls.model_validate
            except ValueError as exc:
                raise RecordError(f"not a valid document record: {exc}") from exc
        if isinstance(data, dict) and data.get("schema") in OLDER_SCHEMAS:
            data = upgrade_record(data)
        try:
            doc = validate(data)
        except ValidationError as exc:
            raise RecordError(f"not a valid document record: {exc}") from exc
        doc._check()
        return doc

    def _check(self) -> None:
        if self.schema_ != SCHEMA_ID:
            raise RecordError(f"unknown schema {self.schema_!r}, expected {SCHEMA_ID!r}")
        n = len(self.text)
        for name, span in self.iter_spans():
            if span.end > n:
                raise RecordError(f"layer {name!r}: span {span.start}:{span.end} beyond text length {n}")


def upgrade_record(data: dict[str, Any]) -> dict[str, Any]:
    """A record of an older schema in the current one, never silently mixed with new ones.

    Schema 1 kept the headline out of the text, so no layer read it. Its
    spans stay valid (the text is unchanged); the record says so in
    ``document.migrated`` and ``document.coverage["headline"]``. Analysing the
    article again replaces it in a store (see :func:`headline_free_id`).
    """
    if data.get("schema") not in OLDER_SCHEMAS:
        return data
    data = dict(data)
    summary = dict(data.get("document") or {})
    summary["migrated"] = {
        "from": data["schema"],
        "note": "made before the headline was part of the text: the headline was not analysed; "
        "analyse the article again to replace this record",
    }
    summary["coverage"] = {**(summary.get("coverage") or {}), "headline": "not analysed (record of an older schema)"}
    data["document"] = summary
    data["schema"] = SCHEMA_ID
    return data


def headline_free_id(doc: "Document") -> str | None:
    """The id the record had before the headline was part of its text (schema 1), if it has a headline."""
    for span in doc.layers.get("structure", ()):
        if span.label == "title" and span.start == 0:
            return document_id(doc.text[span.end :])
    return None


def normalise_for_id(text: str) -> str:
    """NFC, whitespace collapsed, case kept: what the document id hashes."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def document_id(text: str) -> str:
    """A stable id from the normalised text: the same article gives the same id."""
    digest = hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()
    return digest[:20]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the record (the file in ``schema/`` is generated from it)."""
    schema = Document.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "quellenkritik document record"
    return schema


def write_json_schema(path: Path = SCHEMA_PATH) -> None:
    path.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
