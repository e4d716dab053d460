"""``qk eval articles``: the matching rules on an invented article, the CLI, and
the floor on ../shared/data/qk-dev-gold (skipped without ../shared)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenkritik.cli.app import app
from quellenkritik.cli.main import _load
from quellenkritik.document import Document, Source
from quellenkritik.evaluation import evaluate_articles, load_gold, score_article
from quellenkritik.evaluation.score import head_word, source_matches
from tests.conftest import SHARED, need_shared

_load()
runner = CliRunner()

# Invented article.
TEXT = "Unwetter in Tirol\n\nInnenminister Karl Huber sagte am Montag, 17 Menschen seien gestorben. Die Polizei sprach von Tausenden Helfern."


def _gold(tmp_path, **fields):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "a1.txt").write_text(TEXT, encoding="utf-8")
    gold = {"key": "a1", "genre": "reporting", "entities": [], "quantities": [], "dates": [], "attributions": [],
            "anonymous_sources": [], "unattributed_claims": [], "techniques": [], **fields}
    (tmp_path / "gold" / "a1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _doc(spans):
    doc = Document(source=Source(kind="text", location="<t>"), text=TEXT)
    for layer, needle, label, attrs in spans:
        s = TEXT.index(needle)
        doc.add(layer, s, s + len(needle), label, by="test", **attrs)
    return doc


def test_head_word_and_source_rule():
    assert head_word("Außenminister Sergej Lawrow") == "Lawrow"
    assert head_word("einen erfahrenen Labor-Kollegen") == "Labor-Kollegen"
    assert head_word("er") == "er"
    assert source_matches("Karl Huber", "Innenminister Karl Huber")
    assert source_matches("Innenminister Karl Huber", "Karl Huber")
    assert not source_matches("Die Polizei", "Innenminister Karl Huber")
    assert not source_matches(None, "Huber")


def test_score_rules(tmp_path):
    folder = _gold(
        tmp_path,
        entities=[{"text": "Karl Huber", "label": "PER"}, {"text": "Tirol", "label": "LOC"}],
        quantities=[{"text": "17 Menschen", "value": 17, "bound": "exact"},
                    {"text": "Tausenden Helfern", "value": 1000, "bound": "at_least"}],
        dates=[{"text": "am Montag", "granularity": "day"}],
        attributions=[{"source": "Innenminister Karl Huber", "type": "official", "cue": "sagte", "kind": "indirect"},
                      {"source": "Die Polizei", "type": "official", "cue": "sprach", "kind": "reported"}],
    )
    art = load_gold(folder)[0]
    assert art.problems == []
    doc = _doc([
        ("entities", "Huber", "PER", {}),            # contained in the gold span: found
        ("entities", "Tirol", "ORG", {}),            # wrong label: missed, but precise
        ("entities", "Polizei", "ORG", {}),          # no gold entity: a false positive
        ("quantities", "17 Menschen", "CARDINAL", {"value": 17}),
        ("quantities", "Tausenden", "CARDINAL", {"value": 2000}),  # wrong value
        ("dates", "Montag", "DATE", {}),
        ("attributions", "Innenminister Karl Huber sagte", "REPORTED", {"source_text": "Innenminister Karl Huber", "source_type": "government", "cue": [TEXT.index("sagte"), TEXT.index("sagte") + 5]}),
        ("attributions", "Unwetter", "REPORTED", {"source_text": "Unwetter", "source_type": "other", "cue": None}),
    ])
    s = score_article(doc, art)
    assert (s.layers["entities"].found, s.layers["entities"].correct, s.layers["entities"].predicted) == (1, 2, 3)
    assert s.layers["entities"].misses[0]["text"] == "Tirol"
    assert s.layers["quantities"].found == 1
    assert s.layers["dates"].found == 1
    a = s.layers["attributions"]
    assert (a.found, a.correct, a.predicted) == (1, 1, 2)
    assert a.misses[0]["source"] == "Die Polizei"
    assert (s.type_total, s.type_right) == (1, 1)  # "government" is the guide's "official"


def test_strict_attribution_recall(tmp_path):
    g = {"source": "Huber", "type": "official", "cue": "sagte", "kind": "indirect"}
    art = load_gold(_gold(tmp_path, attributions=[g, dict(g)]))[0]
    doc = _doc([("attributions", "Karl Huber sagte", "REPORTED", {"source_text": "Karl Huber", "source_type": "official"})])
    a = score_article(doc, art).layers["attributions"]
    assert (a.found, a.found_strict) == (2, 1)


def test_gold_problems_and_errors(tmp_path):
    art = load_gold(_gold(tmp_path, dates=[{"text": "am Dienstag", "granularity": "day"}]))[0]
    assert art.problems == ["dates: 'am Dienstag' is not in the article"]
    (tmp_path / "articles" / "a1.txt").unlink()
    r = runner.invoke(app, ["eval", "articles", "--gold", str(tmp_path)])
    assert r.exit_code == 2 and "does not exist" in r.output


def test_cli_json_and_text(tmp_path):
    folder = _gold(tmp_path, dates=[{"text": "am Montag", "granularity": "day"}])
    r = runner.invoke(app, ["eval", "articles", "--gold", str(folder), "--detail"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["articles"] == 1 and data["figures"]["dates_recall"] == 1.0
    assert data["figures"]["techniques"] == "not available"
    assert data["detail"][0]["key"] == "a1"
    r = runner.invoke(app, ["eval", "articles", "--gold", str(folder), "--format", "text"])
    assert r.exit_code == 0 and "dates" in r.stdout and "1.000" in r.stdout


# Measured on the 20 dev articles (qk eval articles --gold ../shared/data/qk-dev-gold);
# the floor is the figure less a tolerance of 0.02, or of one item where a layer has under
# 50 gold items (anonymous sources: 11). The dev
# set was tuned on: these figures are higher than on unseen articles; the floor only keeps
# a later change from lowering them unseen.
FLOORS = {
    "entities_recall": 0.86, "entities_precision": 0.885, "quantities_recall": 1.0, "dates_recall": 1.0,
    "attributions_recall": 0.86, "attributions_recall_strict": 0.65, "attributions_precision": 0.903,
    "source_type_accuracy": 0.867, "anonymous_sources_recall": 0.818, "unattributed_claims_recall": 0.812,
    "genre_accuracy": 0.90, "techniques_recall": 0.655, "techniques_precision": 0.912, "techniques_recall_labelled": 0.598,
}
TOLERANCE = 0.02


@pytest.mark.shared
def test_dev_gold_floor():
    gold = need_shared(SHARED / "data" / "qk-dev-gold")
    result = evaluate_articles(gold)
    assert result["articles"] == 20 and "failed" not in result
    counts = result["counts"]

    def tolerance(figure: str) -> float:
        layer = figure.replace("_recall_strict", "").replace("_recall_labelled", "").replace("_recall", "").replace("_accuracy", "").replace("_precision", "")
        gold = counts.get(layer, {}).get("gold") or 100
        return max(TOLERANCE, 1 / gold + 1e-9)

    low = {k: (result["figures"][k], v) for k, v in FLOORS.items() if result["figures"][k] < v - tolerance(k)}
    assert not low, f"below the floor (measured, floor): {low}"
