"""Paragraph offsets: blank lines, single newlines, trimming."""

from quellenkritik.language.paragraphs import paragraph_offsets


def texts(text):
    return [text[a:b] for a, b in paragraph_offsets(text)]


def test_blank_lines_separate_paragraphs_and_single_newlines_stay_inside():
    text = "Erster Absatz.\nNoch im ersten.\n\nZweiter Absatz.\n\n\nDritter."
    assert texts(text) == ["Erster Absatz.\nNoch im ersten.", "Zweiter Absatz.", "Dritter."]


def test_single_newlines_separate_paragraphs_when_there_is_no_blank_line():
    text = "Erster Absatz.\nZweiter Absatz.\n  Dritter Absatz.  "
    assert texts(text) == ["Erster Absatz.", "Zweiter Absatz.", "Dritter Absatz."]


def test_spans_are_trimmed_and_exact():
    text = "  \n\n  Eins zwei.  \n \t \n\tDrei vier.\n\n   "
    spans = paragraph_offsets(text)
    assert [text[a:b] for a, b in spans] == ["Eins zwei.", "Drei vier."]
    assert spans[0] == (text.index("Eins"), text.index("zwei.") + len("zwei."))


def test_windows_line_breaks():
    assert texts("Eins.\r\n\r\nZwei.\r\nDrei.") == ["Eins.", "Zwei.\r\nDrei."]
    assert texts("Eins.\r\nZwei.") == ["Eins.", "Zwei."]


def test_empty_and_whitespace_only_text_has_no_paragraphs():
    assert paragraph_offsets("") == []
    assert paragraph_offsets(" \n\n \n") == []


def test_one_paragraph_without_newlines():
    assert paragraph_offsets(" Nur ein Satz. ") == [(1, 14)]
