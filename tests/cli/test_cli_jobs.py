"""qk analyze --jobs: worker processes store the same records as one process. Articles invented."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from quellenkritik.cli import main as cli_main
from quellenkritik.cli.app import app
from quellenkritik.cli.analyze import MIN_PER_JOB, _jobs

cli_main._load()
runner = CliRunner()

ARTICLES = [
    "Neue Brücke in Linz\n\nDie Stadt Linz eröffnet am Montag eine Brücke. Bürgermeister Karl Huber sagte, sie habe 40 Millionen Euro gekostet.",
    "Streit um Schulden\n\nDie Opposition kritisierte am Dienstag den Haushalt. „Das ist eine Zumutung“, sagte Anna Berg.",
    "Wetter\n\nAm Wochenende wird es in Tirol bis zu 30 Grad warm, teilte die Zentralanstalt mit.",
    "Wahl in Graz\n\nRund 120.000 Menschen waren wahlberechtigt. Die Beteiligung lag bei 53 Prozent.",
    "Zug verspätet\n\nDer Zug aus Wien kam am Freitag mit drei Stunden Verspätung an, sagte ein Sprecher der ÖBB.",
    "Neue Schule\n\nIn Salzburg öffnet im September eine Schule für 400 Kinder.",
    "Museum\n\nDas Museum zeigt ab Mai 120 Bilder aus dem 19. Jahrhundert.",
    "Hochwasser\n\nNach dem Regen stieg der Inn um zwei Meter, meldete die Feuerwehr am Sonntag.",
]


def _corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(ARTICLES):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def _records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_two_jobs_give_the_same_records(tmp_path):
    folder = _corpus(tmp_path)
    one = runner.invoke(app, ["analyze", str(folder), "--format", "json", "--no-store", "--jobs", "1"])
    two = runner.invoke(app, ["analyze", str(folder), "--format", "json", "--no-store", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1  # the empty file fails in both
    assert _records(one.stdout) == _records(two.stdout) and len(_records(two.stdout)) == len(ARTICLES)
    assert "empty.txt" in two.output and "analysed 8, failed 1" in two.output
    db = tmp_path / "s.sqlite"
    res = runner.invoke(app, ["analyze", str(folder), "--db", str(db), "--jobs", "2", "--format", "json"])
    assert f"stored {len(ARTICLES)} in" in res.output


def test_when_workers_are_used():
    assert _jobs(0, batch=False, total=None, timings=False) == 1
    assert _jobs(4, batch=True, total=None, timings=True) == 1  # --timings measures this process
    assert _jobs(4, batch=True, total=2 * MIN_PER_JOB, timings=False) == 2
    assert _jobs(3, batch=True, total=1000, timings=False) == 3


def test_dask_local_cluster_from_the_cli(tmp_path):
    import pytest

    pytest.importorskip("dask.distributed")
    folder = _corpus(tmp_path)
    one = runner.invoke(app, ["analyze", str(folder), "--format", "json", "--no-store", "--jobs", "1"])
    res = runner.invoke(app, ["analyze", str(folder), "--format", "json", "--no-store", "--dask", "local:2"])
    assert res.exit_code == 1 and "analysed 8, failed 1" in res.output
    assert _records(res.stdout) == _records(one.stdout)


def test_locations_print_as_written():
    from quellenkritik.cli.app import err, out

    for console in (out, err):
        with console.capture() as cap:
            console.print("NER-de-dev.tsv:train: 12 sentences")
        assert cap.get().strip() == "NER-de-dev.tsv:train: 12 sentences"  # no 🚆


def test_corpus_summary_after_a_batch(tmp_path):
    from quellenkritik.cli.corpus_summary import plural

    folder = _corpus(tmp_path)
    res = runner.invoke(app, ["analyze", str(folder), "--format", "json", "--no-store", "--jobs", "1"])
    assert "corpus: 8 articles" in res.output and "1 input failed" in res.output
    assert "languages" in res.output and "de 8" in res.output and "entities" in res.output
    assert plural(1, "paragraph") == "1 paragraph" and plural(2, "paragraph") == "2 paragraphs"


def test_accuracy_command():
    res = runner.invoke(app, ["accuracy"])
    assert res.exit_code == 0 and "How accurate each layer is" in res.stdout and "qk eval articles" in res.stdout


def test_html_over_many_inputs_needs_a_folder(tmp_path):
    folder = _corpus(tmp_path)
    res = runner.invoke(app, ["analyze", str(folder), "--format", "html", "--no-store"])
    assert res.exit_code != 0 and "needs --out FOLDER" in res.output
