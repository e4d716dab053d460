"""The ``dates`` component: temporal expressions in the ``dates`` layer."""

from __future__ import annotations

from typing import Any, Callable

from ...document import Document
from ...pipeline import component
from .extract import find_hits
from .resolve import parse_anchor, resolve

__all__ = ["make_dates", "find_dates"]

NAME = "dates"


def find_dates(text: str, language: str | None = "de", anchor: str | None = None) -> list[dict[str, Any]]:
    """Plain-function form: ``[{"start", "end", "label", "attrs"}]`` for ``text``."""
    a = parse_anchor(anchor)
    return [
        {"start": h.start, "end": h.end, "label": h.label, "attrs": resolve(h, a)}
        for h in find_hits(text, language)
    ]


@component(NAME, requires=["tokens", "layers.sentences"], adds=["layers.dates"], stage="evidence", languages=("de", "en"))
def make_dates(anchor: str | None = None) -> Callable[[Document], None]:
    """Dates, periods and relative time expressions, normalised TIMEX3-style.

    Writes the ``dates`` layer: label DATE, DURATION or SET, attrs ``value``,
    ``granularity``, ``relative``, ``anchor``, ``mod``, ``year_known`` (and
    ``offset``, ``template``, ``bound``, ``year_from``, ``coordinated``,
    ``local_time``, ``tense``, ``ref``, ``reference``, ``part_of_day``,
    ``holiday``, ``quant`` where they apply; see ``dates.resolve`` and
    docs/evidence-dates.md). The anchor is the ``anchor`` option when given,
    else ``doc.metadata.published``, else none: years stay open and relative
    values null.
    """
    fixed = parse_anchor(anchor)

    def run(doc: Document) -> None:
        a = fixed or parse_anchor(doc.metadata.published)
        doc.layers["dates"] = []
        for span in find_dates(doc.text, doc.language, a.isoformat() if a else None):
            doc.add("dates", span["start"], span["end"], span["label"], by=NAME, **span["attrs"])

    return run
