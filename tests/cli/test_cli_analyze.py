import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quellenkritik.cli.main import _load
from quellenkritik.cli.app import app
from tests.conftest import EXAMPLES, REPO, need_shared

_load()
runner = CliRunner()
SAMPLES = REPO / "samples"


def qk(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_json_record_on_stdout(tmp_path):
    r = qk("analyze", str(SAMPLES / "de-stadtwerke-scraped.txt"), "--format", "json", "--no-store")
    assert r.exit_code == 0, r.output
    rec = json.loads(r.stdout)
    assert rec["schema"] == "quellenkritik.document/2"
    assert rec["metadata"]["title"] == "Stadtwerke erhöhen die Fernwärmepreise deutlich"
    assert rec["metadata"]["forwarded_from"] == "Musterpresse Agentur"
    assert "Spendier" not in rec["text"] and "ERFUNDENER" not in rec["text"]
    assert len(rec["layers"]["repeats"]) == 2


def test_same_article_twice_is_one_record_and_search_finds_stems(tmp_path):
    db = tmp_path / "qk.sqlite"
    src = str(SAMPLES / "de-stadtwerke-scraped.txt")
    assert qk("analyze", src, "--db", str(db), "--format", "json").exit_code == 0
    assert qk("analyze", src, "--db", str(db), "--format", "json").exit_code == 0
    listed = qk("list", "--db", str(db), "--json")
    assert len([line for line in listed.stdout.splitlines() if line.strip()]) == 1
    found = qk("search", "Fernwärmepreis", "--db", str(db), "--json")  # stored text has "Fernwärmepreise"
    assert found.exit_code == 0 and "Stadtwerke" in found.stdout


def test_batch_reports_bad_inputs_and_goes_on(tmp_path):
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    db = tmp_path / "qk.sqlite"
    r = qk("analyze", str(SAMPLES / "en-council-vote.txt"), str(tmp_path / "bad.bin"), str(tmp_path / "empty.txt"),
           str(tmp_path / "missing.txt"), "--db", str(db), "--format", "json")
    assert r.exit_code == 1
    assert "3 input(s) failed" in r.stderr
    assert "binary" in r.stderr and "empty" in r.stderr and "no such file" in r.stderr
    assert "analysed 1, failed 3" in r.stderr
    assert json.loads(r.stdout.splitlines()[0])["language"] == "en"


def test_out_dir_gets_one_html_report_per_article(tmp_path):
    r = qk("analyze", str(SAMPLES), "--format", "html", "--out", str(tmp_path / "rep"), "--no-store")
    assert r.exit_code == 0, r.stderr
    files = sorted((tmp_path / "rep").glob("*.html"))
    assert len(files) == 5  # three files and a JSONL with two articles
    page = next(f for f in files if f.name.startswith("de-hafen-bericht")).read_text(encoding="utf-8")
    assert "Hafen Beispielhausen" in page
    assert '<script>alert("xss")' not in page and "&lt;script&gt;" in page


def test_search_finds_the_himars_article(tmp_path):
    need_shared(EXAMPLES)
    db = tmp_path / "qk.sqlite"
    r = qk("analyze", str(EXAMPLES / "vz-himars-belgorod.txt"), str(EXAMPLES / "goldenten-atacms-kursk.txt"),
           "--db", str(db), "--format", "json")
    assert r.exit_code == 0, r.stderr
    found = qk("search", "Lieferung", "--db", str(db), "--json")
    hits = [json.loads(line) for line in found.stdout.splitlines() if line.strip()]
    assert [h["title"] for h in hits][:1] == ["Warum die USA die Lieferungen von HIMARS wieder aufgenommen haben"]


def test_out_dir_that_is_a_file_is_a_clear_error(tmp_path):
    existing = tmp_path / "x.html"
    existing.write_text("not a folder", encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(SAMPLES / "en-council-vote.txt"), "--format", "html", "--out", str(existing), "--no-store"])
    assert r.exit_code == 2
    assert "is a file" in r.stderr and "Traceback" not in r.output
    assert existing.read_text(encoding="utf-8") == "not a folder"
