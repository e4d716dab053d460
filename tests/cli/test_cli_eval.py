"""``qk eval speech|claims`` on tiny fixture files written here (invented
texts in the datasets' formats), and one run on the real GermEval 2021 data
(skipped without ../shared)."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from quellenkritik.cli.app import app
from quellenkritik.cli.main import _load
from tests.conftest import SHARED, need_shared

_load()
runner = CliRunner()

HEADER = ["tok", "normtok", "lemma", "pos", "rfpos", "sentstart", "stwr", "frame", "speaker", "intexpr", "note"]


def qk(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def _rw_sample(path, rows: list[tuple[str, str]]) -> None:
    """A REDEWIEDERGABE-format sample: (token, stwr) per line."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(HEADER)
        for i, (tok, stwr) in enumerate(rows):
            w.writerow([tok, tok, tok, "X", "X", "yes" if i == 0 else "no", stwr, "-", "-", "-", "-"])


def test_eval_speech_on_invented_samples(tmp_path):
    q = "direct.speech.1"
    # invented: Der Bürgermeister sagte: „Wir schließen das Bad.“ Dann ging er.
    toks = [("Der", "-"), ("Bürgermeister", "-"), ("sagte", "-"), (":", "-"), ("„", q), ("Wir", q),
            ("schließen", q), ("das", q), ("Bad", q), (".", q), ("“", q), ("Dann", "-"), ("ging", "-"),
            ("er", "-"), (".", "-")]
    _rw_sample(tmp_path / "rwk_grenz_0001-0000.tsv", toks)
    _rw_sample(tmp_path / "rwk_mkhz_0002-0000.tsv", [("Es", "-"), ("regnete", "-"), (".", "-")])
    (tmp_path / "notes.tsv").write_text("ignored\n", encoding="utf-8")
    r = qk("eval", "speech", "--data", str(tmp_path))
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert res["samples"] == 2 and res["tokens"] == 18
    assert set(res) >= {"direct", "indirect", "reported"}
    d = res["direct"]
    assert d["tp"] == 7 and d["fn"] == 0 and d["recall"] == 1.0 and d["f1"] > 0.8
    assert res["indirect"]["tp"] == 0
    r = qk("eval", "speech", "--data", str(tmp_path), "--limit", "1")
    assert json.loads(r.stdout)["samples"] == 1
    r = qk("eval", "speech", "--data", str(tmp_path), "--source", "mkhz")
    assert json.loads(r.stdout)["samples"] == 1


def _germeval(path, rows: list[tuple[str, int]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["comment_id", "comment_text", "Sub1_Toxic", "Sub2_Engaging", "Sub3_FactClaiming"])
        for i, (text, label) in enumerate(rows):
            w.writerow([i + 1, text, 0, 0, label])


# invented comments: fact-claiming (1) or not (0)
COMMENTS = [
    ("Im Jahr 2019 kamen 3.000 Menschen zur Demonstration in Lindenau.", 1),
    ("Die Stadt Lindenau zahlte 2 Millionen Euro für das neue Bad.", 1),
    ("Warum redet hier niemand über die Kosten?", 0),
    ("Ich finde das alles furchtbar.", 0),
    ("Am Montag wurde der Bahnhof von Lindenau geschlossen.", 1),
    ("Toll gemacht!", 0),
]


def test_eval_claims_on_invented_comments(tmp_path):
    _germeval(tmp_path / "GermEval21_TrainData.csv", COMMENTS)
    _germeval(tmp_path / "GermEval21_TestData.csv", COMMENTS[::-1])
    r = qk("eval", "claims", "--data", str(tmp_path))
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert res["threshold_chosen_on"] == "GermEval21_TrainData.csv"
    t = res["test"]
    assert (t["tp"], t["fp"], t["fn"], t["tn"]) == (3, 0, 0, 3)
    assert t["f1"] == 1.0 and t["macro_f1"] == 1.0
    assert res["base_rates"]["test"]["fact_claiming"] == 3 and res["base_rates"]["test"]["share"] == 0.5
    r = qk("eval", "claims", "--data", str(tmp_path), "--limit", "2")
    assert json.loads(r.stdout)["base_rates"]["train"]["comments"] == 2


def test_eval_bad_data_path_is_a_one_line_error(tmp_path):
    for cmd in ("speech", "claims"):
        r = qk("eval", cmd, "--data", str(tmp_path / "missing"))
        assert r.exit_code == 2
        assert "no such directory" in r.stderr and len(r.stderr.strip().splitlines()) == 1
        assert r.stdout == ""
    f = tmp_path / "file.txt"
    f.write_text("x", encoding="utf-8")
    assert qk("eval", "claims", "--data", str(f)).exit_code == 2
    r = qk("eval", "claims", "--data", str(tmp_path))  # a folder without the GermEval files
    assert r.exit_code == 2 and "GermEval21_TrainData.csv" in r.stderr
    r = qk("eval", "speech", "--data", str(tmp_path))  # no rwk_*.tsv samples
    assert r.exit_code == 2 and "no REDEWIEDERGABE samples" in r.stderr
    (tmp_path / "GermEval21_TrainData.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "GermEval21_TestData.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    r = qk("eval", "claims", "--data", str(tmp_path))
    assert r.exit_code == 2 and "not a GermEval 2021 file" in r.stderr


def test_eval_claims_on_germeval_2021_floor():
    # measured with --limit 300 (first 300 comments of each file): test macro-F1
    # 0.663; floor: measured minus 0.03. The full figures are in docs/evidence-claims.md.
    data = need_shared(SHARED / "data" / "germeval2021-toxic-factclaiming")
    r = qk("eval", "claims", "--data", str(data), "--limit", "300")
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert res["base_rates"]["test"]["comments"] == 300
    assert res["test"]["macro_f1"] >= 0.63
    assert res["test"]["macro_f1"] > res["base_rates"]["test"]["all_negative"]["macro_f1"] + 0.2
