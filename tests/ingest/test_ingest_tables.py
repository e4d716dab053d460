"""CSV and TSV: one article per row, columns by option or header, bad rows reported and skipped.

Every table here is invented for these tests (made-up towns, outlets and people).
"""

from __future__ import annotations

import gzip

import pytest

from quellenkritik.document import Document, Metadata
from quellenkritik.errors import EmptyDocumentError, InputError, UnsupportedInputError
from quellenkritik.ingest import ColumnMap, count_inputs, from_path, iter_inputs
from quellenkritik.ingest.tables import sniff_delimiter

# An invented corpus: semicolon-separated, German headers, a quoted text cell over three lines.
KORPUS = (
    "id;Titel;Text;Datum;Link;Quelle;authors\n"
    '1;Brücke gesperrt;"Die Stadtverwaltung von Beispielhausen sperrt die Brücke.\n\n'
    'Die Reparatur koste rund 2,5 Mio. €, sagte die Bürgermeisterin.";27.01.2026;'
    "https://testblatt.example/bruecke;Testblatt;Anna Beispiel\n"
    "2;Haushalt beschlossen;Der Rat hat den Haushalt beschlossen.;2026-02-03;;Musterpost;\n"
)


def _items(path, settings, **columns):
    return list(iter_inputs([str(path)], settings=settings, columns=ColumnMap(**columns) if columns else None))


def _where(item: Document | InputError) -> str:
    return item.location if isinstance(item, InputError) else item.source.location  # type: ignore[return-value]


def test_csv_with_a_recognised_header_gives_one_document_per_row(tmp_path, settings):
    path = tmp_path / "korpus.csv"
    path.write_bytes(KORPUS.encode("cp1252"))
    first, second = _items(path, settings)
    assert first.source.kind == "file" and first.source.location == f"{path}:row 2"
    assert second.source.location == f"{path}:row 3"  # the multi-line cell is one row
    assert first.source.encoding == "cp1252"
    assert first.runtime["raw"].startswith("Die Stadtverwaltung von Beispielhausen")
    assert "\n\nDie Reparatur koste rund 2,5 Mio. €" in first.runtime["raw"]
    assert first.runtime["raw_format"] == "text"
    assert first.runtime["hints"] == {
        "title": "Brücke gesperrt", "published": "2026-01-27", "url": "https://testblatt.example/bruecke",
        "outlet": "Testblatt", "authors": ["Anna Beispiel"],
    }
    Metadata(**first.runtime["hints"])  # hint keys are Metadata fields
    assert first.runtime["input_extra"] == {"id": "1"}
    assert second.runtime["hints"] == {"title": "Haushalt beschlossen", "published": "2026-02-03", "outlet": "Musterpost"}


def test_options_override_the_header(tmp_path, settings):
    path = tmp_path / "zwei-texte.csv"
    path.write_text(
        "text,inhalt,title,headline\n"
        "Kurzfassung.,Der volle Artikel über den Hafen von Musterstadt.,Kurz,Hafen wächst\n",
        encoding="utf-8",
    )
    [plain] = _items(path, settings)
    assert plain.runtime["raw"] == "Kurzfassung." and plain.runtime["hints"]["title"] == "Kurz"
    [chosen] = _items(path, settings, text="INHALT", title="headline")
    assert chosen.runtime["raw"] == "Der volle Artikel über den Hafen von Musterstadt."
    assert chosen.runtime["hints"]["title"] == "Hafen wächst"
    # the columns not chosen are kept, not lost (a Metadata-named one under another key)
    assert chosen.runtime["input_extra"] == {"text": "Kurzfassung.", "title (3)": "Kurz"}


def test_headerless_tsv_needs_the_options(tmp_path, settings):
    path = tmp_path / "ohne-kopf.tsv"
    path.write_text(
        "Erster Artikel, mit einem Komma.\tTitel eins\t2026-03-01\n"
        "Zweiter Artikel.\tTitel zwei\t02.03.2026\n",
        encoding="utf-8",
    )
    [err] = _items(path, settings)
    assert isinstance(err, UnsupportedInputError) and err.location == str(path)
    for flag in ("--text-column", "--title-column", "--date-column", "--url-column", "--outlet-column"):
        assert flag in err.reason
    docs = _items(path, settings, text="1", title="2", date="3")
    assert [d.source.location for d in docs] == [f"{path}:row 1", f"{path}:row 2"]
    assert docs[0].runtime["raw"] == "Erster Artikel, mit einem Komma."
    assert [d.runtime["hints"] for d in docs] == [
        {"title": "Titel eins", "published": "2026-03-01"}, {"title": "Titel zwei", "published": "2026-03-02"}]


def test_a_column_that_is_not_there_is_a_clear_error(tmp_path, settings):
    path = tmp_path / "k.csv"
    path.write_text("id,body\n1,Ein Text.\n", encoding="utf-8")
    [err] = _items(path, settings, text="inhalt")
    assert "--text-column 'inhalt'" in err.reason and "'id', 'body'" in err.reason
    [err] = _items(path, settings, title="5")
    assert "--title-column 5" in err.reason and "2 column(s)" in err.reason
    path.write_text("id,titel\n1,Nur ein Titel\n", encoding="utf-8")
    [err] = _items(path, settings)
    assert "no text column" in err.reason and "--text-column" in err.reason


def test_bad_rows_are_reported_with_their_row_and_skipped(tmp_path, settings):
    path = tmp_path / "gemischt.csv"
    path.write_text(
        "title,text\n"
        "Gut,Der erste Artikel.\n"  # row 2
        "Leer,\n"  # row 3: no text
        "Zu viele,Zellen,in dieser Zeile\n"  # row 4
        '"Kaputt"x,Ein Text.\n'  # row 5: text after a closing quote
        "\n"  # row 6: blank, skipped
        "Auch gut,Der zweite Artikel.\n",  # row 7
        encoding="utf-8",
    )
    items = _items(path, settings)
    assert [type(i).__name__ for i in items] == [
        "Document", "EmptyDocumentError", "UnsupportedInputError", "UnsupportedInputError", "Document"]
    assert [_where(i) for i in items] == [f"{path}:row {n}" for n in (2, 3, 4, 5, 7)]
    assert str(items[1]) == f"{path}:row 3: no text (column 'text' is empty)"
    assert "3 cells where the header has 2" in items[2].reason
    assert items[3].reason.startswith("malformed row")
    assert items[4].runtime["raw"] == "Der zweite Artikel."
    assert count_inputs([str(path)]) == len(items)


def test_an_unclosed_quote_reports_the_lines_it_swallowed(tmp_path, settings):
    path = tmp_path / "offen.csv"
    path.write_text('text\nErster Artikel.\n"Zweiter Artikel ohne Ende\nnoch eine Zeile\n', encoding="utf-8")
    doc, err = _items(path, settings)
    assert isinstance(doc, Document) and doc.runtime["raw"] == "Erster Artikel."
    assert err.location == f"{path}:row 3" and "never closed" in err.reason and "lines 3-4" in err.reason


def test_html_cells_and_an_html_column(tmp_path, settings):
    path = tmp_path / "seiten.csv"
    path.write_text(
        'html,title\n"<p>Ein Absatz.</p>",A\n'
        'Nur Text in der HTML-Spalte.,B\n',
        encoding="utf-8",
    )
    docs = _items(path, settings)
    assert [d.runtime["raw_format"] for d in docs] == ["html", "html"]
    path2 = tmp_path / "gemischt.csv"
    path2.write_text('text\n"<html><body><p>Seite</p></body></html>"\nSchlichter Text.\n', encoding="utf-8")
    assert [d.runtime["raw_format"] for d in _items(path2, settings)] == ["html", "text"]


def test_utf16_tsv_as_spreadsheets_export_it(tmp_path, settings):
    path = tmp_path / "export.tsv"
    path.write_bytes("Headline\tBody\nGrüße aus Teststadt\t„Alles gut“, sagte er.\n".encode("utf-16"))
    [doc] = _items(path, settings)
    assert doc.runtime["raw"] == "„Alles gut“, sagte er." and doc.runtime["hints"] == {"title": "Grüße aus Teststadt"}
    assert doc.source.encoding == "utf-16"


def test_gzipped_csv_and_count(tmp_path, settings):
    path = tmp_path / "korpus.csv.gz"
    path.write_bytes(gzip.compress(KORPUS.encode("utf-8")))
    items = _items(path, settings)
    assert [type(i) for i in items] == [Document, Document]
    assert items[0].source.location == f"{path}:row 2"
    assert count_inputs([str(path)]) == 2


def test_a_table_without_rows_or_of_one_article_via_from_path(tmp_path, settings):
    empty = tmp_path / "leer.csv"
    empty.write_text("\n\n", encoding="utf-8")
    [err] = _items(empty, settings)
    assert isinstance(err, EmptyDocumentError)
    one = tmp_path / "eins.csv"
    one.write_text("content\nEin einziger Artikel.\n", encoding="utf-8")
    assert from_path(one, settings=settings).source.location == f"{one}:row 2"
    two = tmp_path / "zwei.csv"
    two.write_text("text\nEins.\nZwei.\n", encoding="utf-8")
    with pytest.raises(UnsupportedInputError, match="several articles"):
        from_path(two, settings=settings)


@pytest.mark.parametrize(
    ("sample", "suffix", "expected"),
    [
        ("text;title\nEin Satz, mit Komma.;T\nNoch einer, auch.;U\n", ".csv", ";"),
        ("text|title\nA, b|T\nC, d|U\n", ".csv", "|"),
        ("text\tdate\nA, b, c\t2026-01-01\n", ".csv", "\t"),
        ("text\nnur eine Spalte\n", ".tsv", "\t"),  # nothing to sniff: the name decides
        ("text\nnur eine Spalte\n", ".csv", ","),
    ],
)
def test_sniff_delimiter(sample, suffix, expected):
    assert sniff_delimiter(sample, suffix) == expected


def test_a_directory_walk_picks_up_tables(tmp_path, settings):
    d = tmp_path / "daten"
    d.mkdir()
    (d / "a.csv").write_text("text\nAus der CSV-Datei.\n", encoding="utf-8")
    (d / "b.tsv").write_text("body\tsource\nAus der TSV-Datei.\tTestblatt\n", encoding="utf-8")
    items = list(iter_inputs([str(d)], settings=settings))
    assert [i.source.location for i in items] == [f"{d / 'a.csv'}:row 2", f"{d / 'b.tsv'}:row 2"]
    assert items[1].runtime["hints"] == {"outlet": "Testblatt"}
    assert count_inputs([str(d)]) == 2
