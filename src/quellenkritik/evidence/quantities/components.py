"""The ``quantities`` component of the evidence stage."""

from __future__ import annotations

from typing import Callable

from ...document import Document
from ...linguistic import tokens_of
from ...pipeline import component
from .checks import run_checks
from .context import add_context
from .extract import find_quantities

__all__ = ["make_quantities", "BY"]

BY = "quantities"


@component(
    "quantities",
    requires=["tokens", "layers.sentences"],
    adds=["layers.quantities", "layers.findings"],
    stage="evidence",
    languages=("de", "en"),
)
def make_quantities(checks: bool = True) -> Callable[[Document], None]:
    """Mark quantities (layer ``quantities``) and check them against each other (``findings``).

    Spans: label CARDINAL | MONEY | PERCENT | QUANTITY; attrs ``value`` (always a
    number: a range's lower value, a vague count's lower bound, a fraction as 0.5),
    ``unit``, ``what``, ``per``, ``bound`` (exact | about | more_than | less_than |
    at_most | at_least | range), and where they apply ``value_min``/``value_max``
    (ranges; ``value_min`` also for vague counts), ``vague``, ``near`` ("knapp",
    "gut": close to the value), ``fraction``/``percent`` ("1/2", 50), ``part_of``.
    With ``checks`` each consistency check is a ``findings`` span labelled
    "quantity-check" (see ``quantities.checks``).
    """

    def run(doc: Document) -> None:
        lang = doc.runtime.get("spacy_lang") or doc.language or "de"
        text = doc.text
        starts = [s.start for s in doc.layers.get("sentences", [])]
        qs, sents = add_context(text, find_quantities(text, lang), tokens_of(doc), starts, lang)
        # idempotent: a second run replaces this component's spans, others' stay
        doc.layers["quantities"] = [s for s in doc.layer("quantities") if s.by != BY]
        doc.layers["findings"] = [s for s in doc.layer("findings") if s.by != BY]
        for q in qs:
            doc.add("quantities", q.start, q.end, q.label, by=BY, **q.attrs)
        if checks:
            for f in run_checks(qs, sents, text, starts):
                doc.add("findings", f["start"], f["end"], "quantity-check", by=BY, **f["attrs"])

    return run
