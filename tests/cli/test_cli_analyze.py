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
    assert "3 inputs failed" in r.stderr
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


# ---- --published, --outlet, --url, --title ------------------------------------------

_STDIN_TEXT = ("Der Plan, den die Ministerin bereits am Montag vorlegt, sieht Kürzungen vor. "
               "Am Montag sagte sie dazu noch nichts, gestern auch nicht.\n")


def _record(r) -> dict:
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_metadata_options_seed_stdin_and_anchor_the_dates():
    r = runner.invoke(app, ["analyze", "-", "--format", "json", "--no-store", "--published", "2019-10-19",
                            "--outlet", "Beispielblatt", "--url", "https://example.org/a/1", "--title", "Kürzungen geplant"],
                      input=_STDIN_TEXT, catch_exceptions=False)
    rec = _record(r)
    meta = rec["metadata"]
    assert (meta["published"], meta["outlet"], meta["url"], meta["title"]) == (
        "2019-10-19", "Beispielblatt", "https://example.org/a/1", "Kürzungen geplant")
    values = {(rec["text"][s["start"]:s["end"]], s["attrs"]["value"]) for s in rec["layers"]["dates"]}
    # 19 October 2019 is a Saturday: "vorlegt" (present) is the coming Monday, "sagte" (past) the last one
    assert {("Montag", "2019-10-21"), ("Montag", "2019-10-14"), ("gestern", "2019-10-18")} <= values
    assert "warning" not in r.stderr


@pytest.mark.parametrize("written", ["19.10.2019", "19. Oktober 2019", "Sat, 19 Oct 2019 08:00:00 +0200"])
def test_published_in_other_written_forms(written):
    r = runner.invoke(app, ["analyze", "-", "--format", "json", "--no-store", "--published", written],
                      input=_STDIN_TEXT, catch_exceptions=False)
    assert _record(r)["metadata"]["published"] == "2019-10-19"


@pytest.mark.parametrize("written", ["irgendwann im Herbst", "gestern", "2019-13-45"])
def test_unreadable_published_is_kept_aside_with_a_warning(written):
    r = runner.invoke(app, ["analyze", "-", "--format", "json", "--no-store", "--published", written],
                      input=_STDIN_TEXT, catch_exceptions=False)
    rec = _record(r)
    assert rec["metadata"]["published"] is None
    assert "warning" in r.stderr and written in r.stderr
    # without an anchor the relative dates stay open
    assert all(s["attrs"]["value"] is None for s in rec["layers"]["dates"] if s["attrs"]["relative"])


def test_metadata_options_apply_to_files_too(tmp_path):
    article = tmp_path / "artikel.txt"
    article.write_text(_STDIN_TEXT, encoding="utf-8")
    rec = _record(qk("analyze", str(article), "--format", "json", "--no-store", "--outlet", "Beispielblatt"))
    assert rec["metadata"]["outlet"] == "Beispielblatt"


def test_hints_keep_what_an_item_says_and_keep_the_raw_date_aside():
    from quellenkritik.cli.analyze import _with_hints, metadata_hints
    from quellenkritik.ingest import from_text

    own = from_text("Ein Text.", hints={"published": "2020-01-02", "title": "Eigener Titel"})
    bare = from_text("Ein anderer Text.")
    hints = metadata_hints("kein Datum", "Beispielblatt", None, "Titel von außen")
    assert hints == {"outlet": "Beispielblatt", "title": "Titel von außen", "published_raw": "kein Datum"}
    docs = list(_with_hints(iter([own, bare]), hints))
    assert docs[0].runtime["hints"]["published"] == "2020-01-02" and "published_raw" not in docs[0].runtime["hints"]
    assert docs[0].runtime["hints"]["title"] == "Eigener Titel" and docs[0].runtime["hints"]["outlet"] == "Beispielblatt"
    assert docs[1].runtime["hints"] == {"outlet": "Beispielblatt", "title": "Titel von außen", "published_raw": "kein Datum"}
