"""``qk analyze`` end to end on CSV/TSV files and archives (typer's CliRunner).

The articles are invented for these tests (made-up towns, outlets and people).
"""

from __future__ import annotations

import json
import zipfile

from typer.testing import CliRunner

from quellenkritik.cli.app import app
from quellenkritik.cli.main import _load

_load()
runner = CliRunner()

ARTICLE_A = ("Die Gemeinde Beispielhausen hat am Dienstag eine neue Bibliothek eröffnet. "
             "„Wir haben lange darauf gewartet“, sagte Bürgermeisterin Anna Beispiel.")
ARTICLE_B = "Der Hafen von Musterstadt meldet für 2025 einen Umschlag von 3,2 Millionen Tonnen."


def qk(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def _records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_csv_rows_become_records_and_a_bad_row_is_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # short relative names keep the failure table on one line
    (tmp_path / "korpus.csv").write_text(
        "headline,maintext,publish_date,source_url,site\n"
        f'Neue Bibliothek,"{ARTICLE_A}",27.01.2026,https://testblatt.example/b,Testblatt\n'
        "Ohne Text,,2026-01-28,,Testblatt\n"
        f'Hafen,"{ARTICLE_B}",2026-02-01,,Musterpost\n',
        encoding="utf-8",
    )
    r = qk("analyze", "korpus.csv", "--format", "json", "--no-store")
    assert r.exit_code == 1, r.output
    recs = _records(r.stdout)
    assert [rec["source"]["location"] for rec in recs] == ["korpus.csv:row 2", "korpus.csv:row 4"]
    meta = recs[0]["metadata"]
    assert (meta["title"], meta["published"], meta["url"], meta["outlet"]) == (
        "Neue Bibliothek", "2026-01-27", "https://testblatt.example/b", "Testblatt")
    assert recs[1]["metadata"]["outlet"] == "Musterpost"
    assert "korpus.csv:row 3" in r.stderr and "no text" in r.stderr
    assert "analysed 2, failed 1" in r.stderr


def test_column_options_on_a_headerless_tsv(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "roh.tsv").write_text(f"Testblatt\t{ARTICLE_A}\n", encoding="utf-8")
    r = qk("analyze", "roh.tsv", "--format", "json", "--no-store")
    assert r.exit_code == 1 and "--text-column" in r.stderr and "Traceback" not in r.output
    db = tmp_path / "qk.sqlite"
    r = qk("analyze", "roh.tsv", "--format", "json", "--db", str(db), "--text-column", "2", "--outlet-column", "1")
    assert r.exit_code == 0, r.output
    [rec] = _records(r.stdout)
    assert rec["metadata"]["outlet"] == "Testblatt" and rec["source"]["location"] == "roh.tsv:row 1"
    assert "stored 1" in r.stderr


def test_zip_archive_end_to_end(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with zipfile.ZipFile(tmp_path / "paket.zip", "w") as zf:
        zf.writestr("a.txt", ARTICLE_A)
        zf.writestr("b.html", f"<html><body><h1>Hafen</h1><p>{ARTICLE_B}</p></body></html>")
        zf.writestr("../raus.txt", ARTICLE_B)
    r = qk("analyze", "paket.zip", "--format", "json", "--no-store")
    assert r.exit_code == 1
    assert [rec["source"]["location"] for rec in _records(r.stdout)] == ["paket.zip!a.txt", "paket.zip!b.html"]
    assert "paket.zip!../raus.txt" in r.stderr and "outside the archive" in r.stderr
    assert not (tmp_path.parent / "raus.txt").exists()


def test_help_lists_the_column_options():
    r = runner.invoke(app, ["analyze", "--help"], env={"COLUMNS": "120"})
    assert r.exit_code == 0
    for flag in ("--text-column", "--title-column", "--date-column", "--url-column", "--outlet-column"):
        assert flag in r.stdout
