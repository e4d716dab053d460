"""Pipeline components of the clean stage: ``clean`` and ``repeats``."""

from __future__ import annotations

from pydantic import TypeAdapter, ValidationError

from ..document import Document, Metadata
from ..errors import EmptyDocumentError, InputError
from ..pipeline import component
from .html import clean_html
from .repeats import find_repeats
from .scraped import clean_text
from .structure import headline_text, mark_structure

__all__ = ["make_clean", "make_repeats"]

_META_FIELDS = set(Metadata.model_fields)
_FIELD_TYPES = {name: TypeAdapter(f.annotation) for name, f in Metadata.model_fields.items()}


def fitting_hints(hints: dict) -> dict:
    """The hints without metadata values of the wrong type for their field.

    Ingest keeps a value it cannot tidy as given (``title=["a"]``, ``authors=5``,
    ``reading_time_minutes=float("nan")``); such a value would break the text
    cleaning or the record, so it is left out here. Other keys pass unchanged.
    """
    out = {}
    for key, value in hints.items():
        if key in _FIELD_TYPES:
            try:
                value = _FIELD_TYPES[key].validate_python(value, strict=True)
            except ValidationError:
                continue
        out[key] = value
    return out


@component("clean", requires=["raw"], adds=["text", "metadata", "removed", "id", "layers.structure"], stage="clean")
def make_clean(find_title: bool = True):
    """Main text (the headline first), metadata, structure and removed page furniture."""

    def run(doc: Document) -> None:
        raw = doc.runtime.get("raw", "")
        html = doc.runtime.get("raw_format") == "html"
        from ..linguistic.components import MAX_CHARS

        # refused before any work: cleaning and language detection of a 50 MB text took a minute
        # only to fail at the tokens; HTML may carry four times as many characters of markup
        limit = MAX_CHARS * (4 if html else 1)
        if len(raw) > limit:
            raise InputError(f"input of {len(raw):,} characters is over the limit of {limit:,} "
                             "(quellenkritik.linguistic.components.MAX_CHARS): split the input", doc.source.location)
        hints = fitting_hints(doc.runtime.get("hints") or {})
        if html:
            cleaned = clean_html(raw, hints, location=doc.source.location, by="clean")
        else:
            cleaned = clean_text(raw, hints, find_title=find_title, by="clean")
        if not cleaned.text.strip():
            raise EmptyDocumentError("no article text left after cleaning", doc.source.location)
        known = {k: v for k, v in cleaned.metadata.items() if k in _META_FIELDS}
        if isinstance(known.get("authors"), str):
            known["authors"] = [known["authors"]]
        doc.metadata = doc.metadata.model_copy(update=known)
        # The headline is read like the body (DESIGN.md): it opens the text as its
        # own paragraph, and metadata.title keeps it for display.
        headline = headline_text(doc.metadata.title, cleaned.text)
        doc.text = f"{headline}\n\n{cleaned.text}" if headline else cleaned.text
        doc.removed.extend(r for r in cleaned.removed if not (headline and r.reason == "title"))
        mark_structure(doc, headline_end=len(headline) if headline else 0, by="clean")
        doc.assign_id()

    return run


@component("repeats", requires=["text"], adds=["layers.repeats", "layers.findings"], stage="clean")
def make_repeats(min_words: int = 12):
    """Passages repeated word for word inside the article (both places)."""

    def run(doc: Document) -> None:
        doc.layer("repeats")
        for group, rep in enumerate(find_repeats(doc.text, min_words=min_words)):
            places = [list(p) for p in rep.places]
            for occurrence, (start, end) in enumerate(places, 1):
                others = [p for k, p in enumerate(places, 1) if k != occurrence]
                doc.add("repeats", start, end, "REPEAT", by="repeats",
                        group=group, occurrence=occurrence, words=rep.words, others=others)
            doc.add(
                "findings", rep.first[0], rep.first[1], "repeated-passage", by="repeats",
                spans=places, words=rep.words,
                explanation=f"a passage of {rep.words} words stands {len(places)} times, word for word",
            )

    return run
