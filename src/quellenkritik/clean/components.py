"""Pipeline components of the clean stage: ``clean`` and ``repeats``."""

from __future__ import annotations

from ..document import Document, Metadata
from ..errors import EmptyDocumentError
from ..pipeline import component
from .html import clean_html
from .repeats import find_repeats
from .scraped import clean_text

__all__ = ["make_clean", "make_repeats"]

_META_FIELDS = set(Metadata.model_fields)


@component("clean", requires=["raw"], adds=["text", "metadata", "removed", "id"], stage="clean")
def make_clean(find_title: bool = True):
    """Main text, metadata and removed page furniture from HTML or scraped text."""

    def run(doc: Document) -> None:
        raw = doc.runtime.get("raw", "")
        hints = doc.runtime.get("hints", {})
        if doc.runtime.get("raw_format") == "html":
            cleaned = clean_html(raw, hints, location=doc.source.location, by="clean")
        else:
            cleaned = clean_text(raw, hints, find_title=find_title, by="clean")
        if not cleaned.text.strip():
            raise EmptyDocumentError("no article text left after cleaning", doc.source.location)
        doc.text = cleaned.text
        known = {k: v for k, v in cleaned.metadata.items() if k in _META_FIELDS}
        if isinstance(known.get("authors"), str):
            known["authors"] = [known["authors"]]
        doc.metadata = doc.metadata.model_copy(update=known)
        doc.removed.extend(cleaned.removed)
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
