"""A killed corpus run loses at most seconds of work, and --resume finishes the rest without doubles.

Articles invented for the tests."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from typer.testing import CliRunner

from quellenkritik.cli import main as cli_main
from quellenkritik.cli.app import app
from quellenkritik.store import SQLiteStore

cli_main._load()
runner = CliRunner()

TOWNS = ["Linz", "Graz", "Wels", "Steyr", "Villach", "Bregenz", "Krems", "Leoben", "Dornbirn", "Baden"]


def _corpus(folder, n):
    folder.mkdir()
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        (folder / f"a{i:03d}.txt").write_text(
            f"Neue Brücke in {town} Nummer {i}\n\nDie Stadt {town} eröffnet am Montag ihre {i}. Brücke. "
            f"Bürgermeisterin Anna Berg sagte, sie habe {i + 3} Millionen Euro gekostet.", encoding="utf-8")


def _count(db):
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def test_resume_skips_what_is_stored(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "s.sqlite"
    _corpus(folder, 6)
    res = runner.invoke(app, ["analyze", str(folder), "--db", str(db), "--format", "json", "--jobs", "1"])
    assert res.exit_code == 0 and "analysed 6" in res.output
    (folder / "a999.txt").write_text("Neu\n\nDie Stadt Linz baut ein Bad für 9 Millionen Euro.", encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(folder), "--db", str(db), "--format", "json", "--resume", "--jobs", "1"])
    assert res.exit_code == 0 and "analysed 1, failed 0, skipped 6 already stored" in res.output
    res = runner.invoke(app, ["analyze", str(folder), "--no-store", "--resume"])
    assert res.exit_code != 0 and "--resume needs the store" in res.output


def test_the_same_text_keeps_its_richer_metadata(tmp_path):
    db = tmp_path / "s.sqlite"
    body = "Die Stadt Linz eröffnet am Montag eine Brücke für 40 Millionen Euro."
    rich = tmp_path / "rich.jsonl"
    rich.write_text('{"text": "%s", "title": "Brücke offen", "url": "https://example.org/a", "outlet": "Linzer Blatt"}\n'
                    % body, encoding="utf-8")
    poor = tmp_path / "poor.txt"
    poor.write_text("Brücke offen\n\n" + body, encoding="utf-8")
    for path in (rich, poor):
        assert runner.invoke(app, ["analyze", str(path), "--db", str(db), "--format", "json"]).exit_code == 0
    with SQLiteStore(db) as s:
        assert s.count() == 1
        doc = s.get(s.list()[0].id)
    assert doc.metadata.url == "https://example.org/a" and doc.metadata.outlet == "Linzer Blatt"
    assert [x["location"] for x in doc.document["seen"]][-1] == str(poor)
    assert len(doc.document["seen"]) == 2


def test_sigkill_loses_nothing_committed(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "s.sqlite"
    n = 40
    _corpus(folder, n)
    cmd = [sys.executable, "-m", "quellenkritik.cli.main", "analyze", str(folder), "--db", str(db),
           "--format", "json", "--jobs", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _count(db)
    assert 0 < stored, "nothing was committed before the kill"
    with SQLiteStore(db) as s:  # the store opens and reads after a kill
        ids_before = {h.id for h in s.list(limit=1000)}
    res = runner.invoke(app, ["analyze", str(folder), "--db", str(db), "--format", "json", "--resume", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert f"skipped {stored} already stored" in res.output or stored == n
    assert _count(db) == n
    with SQLiteStore(db) as s:
        assert ids_before <= {h.id for h in s.list(limit=1000)}
