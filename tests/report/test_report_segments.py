"""Segmentation under overlapping spans, and grouping of repeated passages."""

from __future__ import annotations

from quellenkritik.document import Document, Source, Span
from quellenkritik.report.common import describe_repeat, paragraph_blocks, repeat_groups, shorten
from quellenkritik.report.segments import Point, Segment, segment_text


def spans(*items):
    return [(layer, i, Span(start=s, end=e)) for i, (layer, s, e) in enumerate(items)]


def test_crossing_spans_cut_into_flat_segments():
    # a: [2, 8), b: [5, 12): they cross; every boundary starts a new segment
    blocks = segment_text(15, spans(("a", 2, 8), ("b", 5, 12)), [(0, 15)])
    segs = [(p.start, p.end, sorted(r.layer for r in p.covers)) for p in blocks[0].pieces]
    assert segs == [(0, 2, []), (2, 5, ["a"]), (5, 8, ["a", "b"]), (8, 12, ["b"]), (12, 15, [])]


def test_segments_stop_at_paragraphs_and_skip_blank_lines():
    text = "Erster Absatz.\n\nZweiter Absatz."
    paras = paragraph_blocks(text)
    assert paras == [(0, 14), (16, 31)]
    blocks = segment_text(len(text), spans(("q", 7, 24)), paras)
    covered = [(p.start, p.end) for b in blocks for p in b.pieces if isinstance(p, Segment) and p.covers]
    assert covered == [(7, 14), (16, 24)]
    assert all(not (14 <= p.start < 16) for b in blocks for p in b.pieces)


def test_zero_length_and_out_of_range_spans():
    blocks = segment_text(10, spans(("f", 4, 4), ("g", 8, 99)), [(0, 10)])
    pieces = blocks[0].pieces
    points = [p for p in pieces if isinstance(p, Point)]
    assert [p.pos for p in points] == [4]
    after = pieces[pieces.index(points[0]) + 1]
    assert isinstance(after, Segment) and after.start == 4
    assert any(isinstance(p, Segment) and (p.start, p.end) == (8, 10) for p in pieces)


def test_repeat_groups_by_text_and_by_pointer():
    teaser = "Die Brücke bleibt gesperrt."
    text = f"{teaser}\n\nDazwischen steht etwas.\n\n{teaser}"
    doc = Document(source=Source(kind="text", location="t"), text=text)
    second = text.rindex(teaser)
    doc.add("repeats", 0, len(teaser), by="t")
    doc.add("repeats", second, second + len(teaser), by="t")
    groups = repeat_groups(doc)
    assert len(groups) == 1 and groups[0].positions == [(0, 27), (second, second + 27)]
    assert describe_repeat(doc, groups[0]) == f"passage repeated at ¶1 (0–27) and ¶3 ({second}–{second + 27})"

    doc.layers["repeats"] = [Span(start=second, end=second + 27, attrs={"first": {"start": 0, "end": 27}})]
    groups = repeat_groups(doc)
    assert groups[0].positions == [(0, 27), (second, second + 27)]


def test_shorten():
    assert shorten("kurz") == "kurz"
    long = "Wort " * 40
    cut = shorten(long, 80)
    assert len(cut) <= 80 and cut.endswith("…") and "\n" not in shorten("a\n\nb")
