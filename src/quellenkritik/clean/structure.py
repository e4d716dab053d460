"""The ``structure`` layer: where the headline, crossheads and dateline stand in the text.

Plain functions over the cleaned text, run by the ``clean`` component:

* ``title``: the headline, the text's first paragraph (see :func:`headline_text`);
* ``crosshead``: a short paragraph inside the body that reads as a heading
  (a few words, no sentence punctuation at its end, a longer paragraph after it);
* ``dateline``: the place/agency stamp that opens the body ("Wien – ",
  "Berlin, 3. März (dpa) – ") or closes it ("(APA, 11.9.2015)"), when
  :mod:`.dateline` finds one; its date becomes ``metadata.published`` when
  nothing else set it.
"""

from __future__ import annotations

import re

from ..document import Document

__all__ = ["headline_text", "mark_structure", "crossheads"]

_WS = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?:;…,][\"“”»«’)\]]*$")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
_MAX_CROSSHEAD_WORDS = 10


def headline_text(title: str | None, body: str) -> str | None:
    """The headline to put before ``body``: the title on one line, unless the body already opens with it."""
    if not title:
        return None
    head = _WS.sub(" ", title).strip()
    if not head:
        return None
    first = _WS.sub(" ", body.lstrip().split("\n", 1)[0]).strip()
    if first.lower() == head.lower():
        return None
    return head


def crossheads(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs from ``start`` on that read as crossheads."""
    paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text, start)]
    out = []
    for k, (s, e) in enumerate(paras[1:-1], 1):  # never the first paragraph of the body, never the last
        para = text[s:e].strip()
        words = para.split()
        nxt = text[paras[k + 1][0] : paras[k + 1][1]]
        if (
            1 <= len(words) <= _MAX_CROSSHEAD_WORDS
            and not _SENTENCE_END.search(para)
            and para[:1].isupper()
            and len(nxt.split()) > 2 * len(words)
        ):
            out.append((s, e))
    return out


def mark_structure(doc: Document, headline_end: int = 0, by: str = "clean") -> None:
    """Add the ``structure`` layer to ``doc`` (its text already holds the headline, if any)."""
    layer = doc.layer("structure")
    body = 0
    if headline_end:
        layer.append(_span(0, headline_end, "title", by))
        body = headline_end + 2
    for s, e in crossheads(doc.text, body):
        layer.append(_span(s, e, "crosshead", by))
    from .dateline import find_dateline, find_datelines

    body_text = doc.text[body:]
    for found in find_datelines(body_text):
        attrs = {k: v for k, v in (("place", found.place), ("agency", found.agency), ("date", found.date)) if v}
        layer.append(_span(body + found.start, body + found.end, "dateline", by, kind=found.kind, **attrs))
    best = find_dateline(body_text)
    if best is not None and best.date and not doc.metadata.published:
        doc.metadata.published = best.date  # an agency stamp "(APA, 11.9.2015)" dates the article
    layer.sort(key=lambda sp: sp.start)


def _span(start: int, end: int, label: str, by: str, **attrs: object):
    from ..document import Span

    return Span(start=start, end=end, label=label, attrs=dict(attrs), by=by)
