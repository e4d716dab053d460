"""Paragraph boundaries from line breaks.

A paragraph is separated from the next by a blank line (a line break, then
only spaces or tabs, then a line break). Texts without any blank line use
single line breaks between paragraphs instead (many scraped texts do). Each
paragraph span covers its text exactly: surrounding whitespace is trimmed and
empty paragraphs are dropped.
"""

from __future__ import annotations

import re

__all__ = ["paragraph_offsets", "LINE_BREAK", "BLANK_LINE"]

_LB = r"(?:\r\n|\r(?!\n)|[\n\u2028\u2029\x0b\x0c\x85])"
#: One line break ("\r\n" counts once).
LINE_BREAK = re.compile(_LB)
#: A blank line: a line break followed by at least one more, with only
#: horizontal whitespace in between.
BLANK_LINE = re.compile(_LB + r"(?:[^\S\r\n\u2028\u2029\x0b\x0c\x85]*" + _LB + ")+")
_NON_SPACE = re.compile(r"\S")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    m = _NON_SPACE.search(text, start, end)
    if m is None:
        return None
    first = m.start()
    last = end
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last


def paragraph_offsets(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` character offsets of each paragraph of ``text``, in order."""
    sep = BLANK_LINE if BLANK_LINE.search(text) else LINE_BREAK
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in sep.finditer(text):
        span = _trimmed(text, pos, m.start())
        if span is not None:
            spans.append(span)
        pos = m.end()
    span = _trimmed(text, pos, len(text))
    if span is not None:
        spans.append(span)
    return spans
