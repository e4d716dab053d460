"""Flat segmentation of a text under overlapping spans, for highlighting.

Spans of several layers overlap and cross each other (a quote holding an
entity, a claim crossing a sentence boundary). Nesting one element per span
would break. Instead the text is cut at every span boundary (and at every
paragraph boundary): each :class:`Segment` is a run of characters covered by
exactly the same set of spans, so each can become one flat element carrying
all its layers. Zero-length spans become :class:`Point` markers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..document import Span

__all__ = ["SpanRef", "Segment", "Point", "Block", "segment_text"]


@dataclass(frozen=True)
class SpanRef:
    """One span of one layer, with its index in that layer."""

    layer: str
    index: int
    span: Span = field(compare=False, hash=False)
    start: int = 0
    end: int = 0
    part: int = 0  # a span may point at several places (a finding's ``spans``)

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.layer, self.index, self.part)


@dataclass(frozen=True)
class Segment:
    """``text[start:end]``, covered by ``covers``; ``opens`` are the spans starting here."""

    start: int
    end: int
    covers: tuple[SpanRef, ...]
    opens: tuple[SpanRef, ...]


@dataclass(frozen=True)
class Point:
    """A zero-length span, shown as a marker before the character at ``pos``."""

    pos: int
    ref: SpanRef


@dataclass
class Block:
    """One paragraph: its offsets and its pieces in text order."""

    start: int
    end: int
    pieces: list[Segment | Point] = field(default_factory=list)


def segment_text(
    length: int,
    refs: Iterable[tuple[str, int, Span] | tuple[str, int, Span, tuple[int, int], int]],
    blocks: list[tuple[int, int]],
) -> list[Block]:
    """Cut ``[0, length)`` at every span and paragraph boundary, paragraph by paragraph.

    ``refs`` are ``(layer, index, span)``, or ``(layer, index, span, (start, end),
    part)`` to place a span at other offsets too; offsets are clamped to the text.
    Characters between paragraphs (the blank lines) belong to no block. Every
    character of a block lies in exactly one segment, uncovered runs included
    (with empty ``covers``).
    """
    starts: dict[int, list[SpanRef]] = {}
    ends: dict[int, list[SpanRef]] = {}
    points: list[Point] = []
    bounds: set[int] = {0, length}
    for item in refs:
        layer, index, span = item[0], item[1], item[2]
        (start, end), part = (item[3], item[4]) if len(item) == 5 else ((span.start, span.end), 0)  # type: ignore[misc]
        start = min(max(start, 0), length)
        end = min(max(end, start), length)
        ref = SpanRef(layer, index, span, start, end, part)
        if start == end:
            points.append(Point(start, ref))
            bounds.add(start)  # the marker goes between two segments
            continue
        starts.setdefault(start, []).append(ref)
        ends.setdefault(end, []).append(ref)
        bounds.update((start, end))
    for start, end in blocks:
        bounds.update((start, end))

    out = [Block(start, end) for start, end in blocks]
    ordered = sorted(bounds)
    active: dict[tuple[str, int, int], SpanRef] = {}
    block_i = 0
    for a, b in zip(ordered, ordered[1:]):
        for ref in ends.get(a, ()):
            active.pop(ref.key, None)
        opening = starts.get(a, [])
        for ref in opening:
            active[ref.key] = ref
        while block_i < len(out) and out[block_i].end <= a:
            block_i += 1
        if block_i >= len(out) or a < out[block_i].start:
            continue  # between paragraphs
        out[block_i].pieces.append(Segment(a, b, tuple(active.values()), tuple(opening)))

    _place_points(out, points)
    return out


def _place_points(blocks: list[Block], points: list[Point]) -> None:
    """Insert markers before the first segment starting at or after their position."""
    if not blocks:
        return
    for point in sorted(points, key=lambda p: p.pos):
        target = blocks[-1]
        for block in blocks:
            if point.pos <= block.end:
                target = block
                break
        index = len(target.pieces)
        for i, piece in enumerate(target.pieces):
            if isinstance(piece, Segment) and piece.start >= point.pos:
                index = i
                break
        target.pieces.insert(index, point)
