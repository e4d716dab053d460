"""Direct speech and scare quotes: quotation marks, their cue and speaker."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from . import cues
from .patterns import N_QUOTE_GROUPS, QUOTE, SO_X, finditer
from .sources import before_phrase, find_source

__all__ = ["Event", "Sentences", "find_direct"]

_TERMINAL = re.compile(r"[.!?…,;:]\W*$")
#: an article or determiner right before a quotation mark: what follows is a name or title
_DETERMINER_END = re.compile(r"(?<!\w)(?:der|die|das|dem|den|des|ein|eine|einer|einem|eines|the)\s$", re.IGNORECASE)
_LEAD = re.compile(r"\s*[,–—-]?\s*")


@dataclass
class Event:
    """A quote or reported statement before it becomes spans."""

    label: str  # DIRECT, SCARE, INDIRECT, REPORTED
    start: int
    end: int
    content: tuple[int, int]
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    cue_type: str = "verb"
    extra: dict = field(default_factory=dict)


class Sentences:
    """Sentence offsets with a fast lookup of the sentence holding a position."""

    def __init__(self, spans: list[tuple[int, int]], n: int) -> None:
        self.spans = spans or [(0, n)]
        self.starts = [s for s, _ in self.spans]

    def index(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def at(self, pos: int) -> tuple[int, int]:
        return self.spans[self.index(pos)]


def _cue_in(regexes: tuple[re.Pattern[str], ...], text: str, lo: int, hi: int, last: bool) -> re.Match[str] | None:
    best = None
    for rx in regexes:
        for m in rx.finditer(text, lo, hi):
            if best is None or (m.start() > best.start() if last else m.start() < best.start()):
                best = m
            if not last:
                break
    return best


def find_direct(text: str, sents: Sentences, say: re.Pattern[str], think: re.Pattern[str]) -> list[Event]:
    """Quotations in every German and English style, as DIRECT or SCARE events.

    The cue is a verb of saying right after the quote (``“…“, sagte X``,
    ``“…,” X told reporters``, ``„…“, so X``) or before it in the same
    sentence (``X sagte: „…“``); a quote of at most three words with no
    cue and no sentence punctuation inside is a scare quote.
    """
    events: list[Event] = []
    verbs = (say, think)
    for m in finditer(QUOTE, text):
        g = next(i for i in range(N_QUOTE_GROUPS) if m.group(f"c{i}") is not None)
        cs, ce = m.span(f"c{g}")
        qs, qe = m.span()
        inner = text[cs:ce]
        s_lo, _ = sents.at(qs)
        _, s_hi = sents.at(max(qs, qe - 1))
        cue = source = None
        cue_type = "verb"
        # after the quote: ", sagte X" / ", so X" / " X said"
        lead = _LEAD.match(text, qe, s_hi)
        after_lo = lead.end() if lead else qe
        window_hi = min(s_hi, after_lo + 80)
        so = SO_X.match(text, qe, s_hi)
        c_after = _cue_in(verbs, text, after_lo, window_hi, last=False)
        if c_after and text[after_lo:c_after.start()].count(",") == 0 and len(text[after_lo:c_after.start()].split()) <= 6:
            cue = c_after.span()
            source = find_source(text, cue[0], cue[1], qe, s_hi, prefer_after=c_after.start() == after_lo)
        elif so:
            cue = so.span("so")
            cue_type = "so"
            source = find_source(text, cue[0], cue[1], qe, s_hi, prefer_after=True)
        else:
            before = text[s_lo:qs].rstrip()
            c_before = _cue_in(verbs, text, s_lo, qs, last=True)
            if c_before and (before.endswith((":", ",")) or len(text[c_before.end():qs].split()) <= 4):
                cue = c_before.span()
                source = find_source(text, cue[0], cue[1], s_lo, qs)
            elif before.endswith(":"):
                cue_type = "colon"
                end = s_lo + len(before) - 1
                source = before_phrase(text, s_lo, end)
        n_words = len(inner.split())
        # short, no sentence punctuation, not introduced by "...:" nor followed by ", sagte X": a
        # scare quote or a label ("nannte es eine „Verschwendung“"), not speech
        framed = cue_type in ("colon", "so") or text[s_lo:qs].rstrip().endswith(":") or (cue is not None and cue[0] >= qe)
        scare = not framed and n_words <= 3 and not _TERMINAL.search(inner)
        if n_words <= 3 and not _TERMINAL.search(inner) and _DETERMINER_END.search(text, max(0, qs - 12), qs):
            scare = True  # "Wie der „Stern“ berichtete": a title after its article, not speech
        line_lo = text.rfind("\n", 0, qs) + 1
        line_hi = text.find("\n", qe)
        if cue is None and not _TERMINAL.search(inner) and not text[line_lo:qs].strip() and not text[qe : len(text) if line_hi < 0 else line_hi].strip():
            scare = True  # a heading in quotation marks (»Neue Pläne für die Brücke«): not speech
        if scare:
            cue = None
        events.append(
            Event(
                label="SCARE" if scare else "DIRECT",
                start=qs,
                end=qe,
                content=(cs, ce),
                cue=cue,
                source=None if scare else source,
                cue_type=cue_type,
            )
        )
    if "\n" in text:
        events.extend(_across_paragraphs(text, sents, verbs, [(e.start, e.end) for e in events]))
        events.sort(key=lambda e: e.start)
    return events


def _split_cue(text: str, lo: int, colon: int) -> tuple[int, int] | None:
    """The finite verb of a separable verb of saying whose particle stands right before the colon,
    across an apposition ("Dazu teilt der Vorsitzende ..., Alexander Gauland, mit:")."""
    head = text[lo:colon].rstrip()
    for particle, forms in cues.SPLIT_VERBS_DE.items():
        if head.endswith(" " + particle):
            m = re.search(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(map(re.escape, forms)), text[lo : lo + len(head) - len(particle)])
            if m:
                return lo + m.start(), lo + m.end()
    return None


#: the longest quote read across paragraphs (a press statement of a few paragraphs)
_MAX_ACROSS = 4000
#: an opening mark after a colon ("mit:\n„Es ist ...")
_COLON_OPEN = re.compile(r":\s*([„»])")
#: the next closing mark, or the next opening mark of the same kind
_NEXT_MARK = {"„": re.compile("[“”„]"), "»": re.compile("[«»]")}


def _across_paragraphs(text: str, sents: Sentences, verbs: tuple[re.Pattern[str], ...],
                       taken: list[tuple[int, int]]) -> list[Event]:
    """A quotation introduced by a colon that runs over several paragraphs and closes at the end of
    one ("Dazu teilt X mit:\n„Es ist ... .\nDass ... .\n... preisgegeben.“"): the pattern of
    press statements. The quotation regex stops at a line break, so these are found here: the
    first closing mark after the opening one with no other opening mark of that kind between,
    at the end of a paragraph. The cue and speaker come from the colon's sentence."""
    out: list[Event] = []
    for m in _COLON_OPEN.finditer(text):
        qs, ch = m.start(1), m.group(1)
        if any(a <= qs < b for a, b in taken):
            continue
        close = _NEXT_MARK[ch].search(text, qs + 1, min(len(text), qs + _MAX_ACROSS))
        if close is None or close.group() == ch or "\n" not in text[qs : close.start()]:
            continue  # no closing mark, or another quote opens first: an unclosed mark
        qe = close.start()
        rest = text[qe + 1 : qe + 3]
        if rest and not (rest[0] == "\n" or rest[0] in " .,;" and (len(rest) < 2 or rest[1] in " \n")):
            continue  # not at a paragraph's end
        colon = m.start()
        lo = max(text.rfind("\n", 0, colon) + 1, sents.at(colon)[0])  # the colon's own sentence
        c_before = _cue_in(verbs, text, lo, colon, last=True)
        cue = c_before.span() if c_before else _split_cue(text, lo, colon)
        if cue is not None:
            source, cue_type = find_source(text, cue[0], cue[1], lo, colon), "verb"
        else:
            source, cue_type = before_phrase(text, lo, colon), "colon"
        out.append(Event("DIRECT", qs, qe + 1, (qs + 1, qe), cue, source, cue_type))
        taken.append((qs, qe + 1))
    return out
