"""Sorted character spans with lookups by bisection, for the rhetoric components.

A scan of every quotation for every sentence or token made the stage quadratic
on long texts (an 800,000-character text took minutes); these lookups keep it
near linear.
"""

from __future__ import annotations

import bisect
from typing import Sequence

__all__ = ["SpanIndex"]


class SpanIndex:
    """(start, end) spans, sorted; ``contains``, ``covers`` and ``overlaps`` look only at the spans
    that can match (those starting at most the longest span's length before the position)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted((int(s), int(e)) for s, e in spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def _near(self, lo_pos: int, hi_pos: int) -> Sequence[tuple[int, int]]:
        lo = bisect.bisect_left(self.starts, lo_pos - self.longest)
        hi = bisect.bisect_right(self.starts, hi_pos)
        return self.spans[lo:hi]

    def contains(self, start: int, end: int, slack: int = 0) -> bool:
        """Whether one span holds [start, end) (give or take ``slack`` characters at each end)."""
        return any(s <= start + slack and end - slack <= e for s, e in self._near(start, start + slack))

    def covers(self, pos: int) -> bool:
        """Whether one span holds the position (end exclusive)."""
        return any(s <= pos < e for s, e in self._near(pos, pos))

    def covers_closed(self, pos: int) -> bool:
        """Whether one span holds the position, its end included."""
        return any(s <= pos <= e for s, e in self._near(pos, pos))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps [start, end)."""
        return any(s < end and e > start for s, e in self._near(start, end))
