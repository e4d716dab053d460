"""The GermEval 2021 scoring of the claims layer: the component's own decisions
beside the trivial and majority baselines, and the floor on the real data
(skipped without ../shared). The comments in the fixture files are invented."""

from __future__ import annotations

import csv

from quellenkritik.evidence.claims.evaluate import binary_scores, evaluate_germeval
from tests.conftest import SHARED, need_shared

# invented comments: fact-claiming (1) or not (0)
TRAIN = [
    ("Im Jahr 2019 kamen 3.000 Menschen zur Demonstration in Lindenau.", 1),
    ("Die Stadt Lindenau zahlte 2 Millionen Euro für das neue Bad.", 1),
    ("Warum redet hier niemand über die Kosten?", 0),
    ("Ich finde das alles furchtbar.", 0),
    ("Toll gemacht!", 0),
]
TEST = [
    ("Am Montag wurde der Bahnhof von Lindenau geschlossen.", 1),
    ("Der Stadtrat verschärfte am 3. Mai die Regeln.", 1),
    ("Dieser Trottel hat keine Ahnung.", 0),
    ("Unterstützen Sie unsere Arbeit per PayPal!", 0),
    ("Wer soll das bezahlen?", 0),
    ("Lindenau als Vorbild", 0),
]


def _write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["comment_id", "comment_text", "Sub1_Toxic", "Sub2_Engaging", "Sub3_FactClaiming"])
        for i, (text, label) in enumerate(rows):
            w.writerow([i + 1, text, 0, 0, label])


def test_binary_scores_give_both_metrics():
    s = binary_scores([1, 1, 0, 0], [1, 0, 1, 0])
    assert (s["tp"], s["fp"], s["fn"], s["tn"]) == (1, 1, 1, 1)
    assert s["f1"] == 0.5 and s["macro_f1"] == 0.5
    # every item positive: F1 of the positive class 2p/(1+p), macro-F1 half of it
    s = binary_scores([1, 0, 0, 0], [1, 1, 1, 1])
    assert s["f1"] == 0.4 and s["macro_f1"] == 0.2


def test_report_puts_the_component_beside_both_baselines(tmp_path):
    _write(tmp_path / "GermEval21_TrainData.csv", TRAIN)
    _write(tmp_path / "GermEval21_TestData.csv", TEST)
    res = evaluate_germeval(tmp_path)
    systems = [row["system"] for row in res["table"]]
    assert len(systems) == 4
    assert systems[0].startswith("claims layer, default") and "chosen on the train file" in systems[1]
    assert systems[2].startswith("trivial") and systems[3].startswith("majority")
    for row in res["table"]:
        assert set(row) == {"system", "precision", "recall", "f1", "macro_f1"}
    # the component's own decisions: the two event sentences and nothing else
    comp = res["component"]
    assert (comp["tp"], comp["fp"], comp["fn"], comp["tn"]) == (2, 0, 0, 4)
    assert res["table"][0]["macro_f1"] == comp["macro_f1"] == 1.0
    # the trivial baseline (every comment a claim) and the majority class (none)
    assert res["baselines"]["all_claim"]["recall"] == 1.0
    assert res["baselines"]["all_claim"]["f1"] == round(2 * (2 / 6) / (1 + 2 / 6), 4)
    assert res["baselines"]["majority"]["tp"] == 0 and res["baselines"]["majority"]["tn"] == 4
    assert res["test"]["macro_f1"] == 1.0 and res["threshold_chosen_on"] == "GermEval21_TrainData.csv"
    assert res["train_component"]["tp"] == 2


def test_component_beats_the_baselines_on_germeval_2021():
    # measured with --limit 300 (first 300 comments of each file), the
    # component's default decisions: F1 0.606, macro-F1 0.680 (all-claim
    # baseline F1 0.522, majority macro-F1 0.393); floors: measured minus 0.03.
    # The full figures are in docs/evidence-claims.md.
    data = need_shared(SHARED / "data" / "germeval2021-toxic-factclaiming")
    res = evaluate_germeval(data, limit=300)
    comp, trivial, majority = res["component"], res["baselines"]["all_claim"], res["baselines"]["majority"]
    assert comp["f1"] >= 0.576 and comp["macro_f1"] >= 0.65
    assert comp["f1"] > trivial["f1"] + 0.05
    assert comp["macro_f1"] > majority["macro_f1"] + 0.2


def test_report_keeps_the_threshold_figures(tmp_path):
    _write(tmp_path / "GermEval21_TrainData.csv", TRAIN)
    _write(tmp_path / "GermEval21_TestData.csv", TEST)
    res = evaluate_germeval(tmp_path, limit=3)
    assert {"threshold", "test", "train", "base_rates", "component", "baselines", "table"} <= set(res)
    assert res["base_rates"]["test"]["comments"] == 3
