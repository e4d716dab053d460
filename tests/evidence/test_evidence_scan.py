"""Anchored scanning (dates ``scan``, speech ``finditer``) finds exactly what ``finditer`` finds.

The anchors and ``back`` character sets are written by hand next to the
patterns; a pattern edit that adds a word before the anchor without adding
its characters would silently lose matches. These texts are invented.
"""

from __future__ import annotations

import itertools
import re

import pytest

from quellenkritik.evidence.dates import lexicon as DL
from quellenkritik.evidence.dates.patterns import ANCHORS, PATTERNS, scan
from quellenkritik.evidence.speech import cues
from quellenkritik.evidence.speech import patterns as SP

_DATES_TEXT = """Invented: Am 24. und 25. Januar 2026 sowie am   3.10.2020 und vom 3. 10. 2020 bis 2021-03-04.
Seit dem Ende des Monats Mai, Anfang März 2024, im Mai vergangenen Jahres und Mitte des Jahres 2019
sagte sie, in den letzten zwei Wochen, vor mehr als drei Jahren und in zwei Wochen sei gestern,
heute und übermorgen nichts passiert. Am vergangenen Montagabend, im kommenden Frühjahr 2025,
seit   dem Herbst, im ersten Quartal 2023, Q3/2024, in der zweiten Jahreshälfte, die 1990er-Jahre,
in den 80er Jahren, im Jahr 2014 und 2015, von 2005 bis 2007, 1990–1995, Müller 2019, 12.
On Monday, 5th and 6th of March 2024, on March 5, 2024, early June, the beginning of May last year,
late 2019, the end of this month, earlier this year, in the past three weeks, two days ago, in five
years, yesterday, the day before yesterday, last Friday morning, in the summer of 2020, the 1990s
and the '80s, in 2020 or 2021, 1999 to 2004. x24.10.2020 am24.10.2020 1.000.000 Einwohner.
"""


def _lexicon_soup() -> str:
    """Every cue and modifier word next to every kind of anchor, with odd spacing."""
    words = [*DL.DEICTIC, *DL.YEAR_CUES, *DL.ORDINAL_WORDS, *DL.NUMBER_WORDS, *DL.VAGUE_COUNTS,
             "im", "Im", "seit", "bis", "ab", "vom", "zum", "am", "Am", "des", "den", "dem", "in", "the", "In",
             "Anfang", "Ende", "Mitte", "vor", "Vor", "über", "mehr als", "etwa", "early", "late", "of"]
    cores = [*list(DL.MONTHS_DE)[:6], "May", "Sommer", "Winter", "summer", "Montag", "Friday", "Jahr",
             "Jahren", "Wochen", "Monats", "year", "weeks", "Quartal", "quarter", "Q2", "2019", "1990er", "80s",
             "3.10.", "24.", "2020,"]
    seps = [" ", "  ", "\t", " \n ", ", "]
    out = []
    for (w1, w2), core, sep in zip(itertools.product(words, repeat=2), itertools.cycle(cores), itertools.cycle(seps)):
        out.append(f"{w1}{sep}{w2} {core}")
    return " ".join(out)


@pytest.mark.parametrize("text", [_DATES_TEXT, _lexicon_soup()], ids=["sentences", "soup"])
def test_dates_scan_equals_finditer(text: str) -> None:
    rev = text[::-1]
    assert set(ANCHORS) == {name for name, *_ in PATTERNS}
    for name, _, regex, _ in PATTERNS:
        expected = [(m.span(), m.groupdict()) for m in regex.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scan(name, regex, text, rev)] == expected, name


_SPEECH_TEXT = """Invented: „Wir liefern“, sagte der Minister. Er sagte: »Nein.« Laut Angaben der Armee, nach
Angaben von Insidern und der Zeitung zufolge sei das falsch, so der Sprecher, wie die Agentur berichtete.
„Das“ ,  so Die Quelle. 'don't' and "quoted," she told  reporters; according to officials it was ‚gut‘.
Die Regierung lehnte eine Stellungnahme ab. He declined to comment. »Ja«, so Müller, ›klein‹ «x».
"""


@pytest.mark.parametrize("lang", ["de", "en", "xx"])
def test_speech_verb_trie_equals_alternation(lang: str) -> None:
    say_words = {"de": cues.SPEECH_VERBS_DE, "en": cues.SPEECH_VERBS_EN}.get(lang, cues.SPEECH_VERBS_DE + cues.SPEECH_VERBS_EN)
    say, _ = SP.verbs(lang)
    plain = re.compile(rf"(?<![\w-])(?:{SP._alt(say_words)})(?![\w-])")
    text = _SPEECH_TEXT + " ".join(f"{w}{sep}" for w, sep in zip(say_words, itertools.cycle([" ", ", ", "-x ", "  "])))
    assert [m.span() for m in say.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_speech_anchored_finditer_equals_finditer() -> None:
    for rx in (SP.QUOTE, SP.LAUT, SP.ZUFOLGE, SP.NACH_ANGABEN, SP.WIE_BERICHTET, SP.SO_X, SP.ACCORDING_TO):
        expected = [(m.span(), m.groups()) for m in rx.finditer(_SPEECH_TEXT)]
        assert expected, rx.pattern[:40]
        assert [(m.span(), m.groups()) for m in SP.finditer(rx, _SPEECH_TEXT)] == expected


@pytest.mark.parametrize("text", [_DATES_TEXT, _lexicon_soup(), "2019 " + _DATES_TEXT, "Mai 20192020 1990er 0er"],
                         ids=["sentences", "soup", "year-first", "overlaps"])
def test_dates_anchor_positions_are_every_match_of_each_anchor(text: str) -> None:
    from quellenkritik.evidence.dates.patterns import anchor_positions

    names = [name for name, *_ in PATTERNS]
    positions = anchor_positions(text, names)
    assert set(positions) == set(ANCHORS)
    for name, (anchor, _) in ANCHORS.items():
        assert positions[name] == [q for q in range(len(text)) if anchor.match(text, q)], name
    rev = text[::-1]
    for name, _, regex, _ in PATTERNS:
        expected = [(m.span(), m.groupdict()) for m in regex.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scan(name, regex, text, rev, positions)] == expected, name


def test_speech_cue_scan_at_the_text_start_and_after_any_separator() -> None:
    for lang in ("de", "en", "xx"):
        say, think = SP.verbs(lang)
        for text in ("sagte er, sie glaube es. said she", "glaubt-sagte (sagte) „meinte“ 3sagte _sagte\nsagte",
                     "thought, he said. Said—said'said"):
            two = sorted([(m.span(), False) for m in say.finditer(text)] + [(m.span(), True) for m in think.finditer(text)])
            assert sorted((m.span(), k) for m, k in SP.cue_matches(text, say, think)) == two


def test_speech_trim_end_is_the_trail_regex() -> None:
    from quellenkritik.evidence.speech.reported import _TRAIL, _trim_end

    text = "Er sagte das. \n Sie: ja!? ;  \n.x ... ?"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            m = _TRAIL.search(text, start, end)
            assert _trim_end(text, start, end) == (m.start() if m and m.start() > start else end)


def test_speech_source_type_trees_find_what_the_alternations_find() -> None:
    from quellenkritik.evidence.speech import cues as SC

    words = sorted({w for ws in SC.SOURCE_TYPES.values() for w in ws})
    mentions = [f"{a} {b}" for a, b in zip(words, reversed(words))] + [w[:-1] for w in words] + [w + "x" for w in words]
    for t, rx in SP.TYPE_RE.items():
        plain = re.compile("|".join(re.escape(w) for w in sorted(SC.SOURCE_TYPES[t], key=len, reverse=True)))
        for mention in mentions:
            assert bool(rx.search(mention)) == bool(plain.search(mention)), (t, mention)
