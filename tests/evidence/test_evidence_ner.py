"""The shipped NER model, its component, the quoted-name rule and the train/eval commands.

Sentences are invented for these tests unless they read ../shared.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenkritik import analyze
from quellenkritik.cli.app import app
from quellenkritik.cli.main import _load
from quellenkritik.evidence.entities.ner import load_ner, predict_tags
from quellenkritik.evidence.entities.quoted import quoted_names
from quellenkritik.pipeline import DEFAULT_COMPONENTS
from tests.conftest import EXAMPLES, REPO, need_shared

_load()
runner = CliRunner()
DATA = REPO.parent / "shared" / "data"

TINY = (
    "#\thttp://example.org/1\t[2021-01-01]\n"
    "1\tGestern\tO\tO\n2\tsprach\tO\tO\n3\tMaria\tB-PER\tO\n4\tLindqvist\tI-PER\tO\n5\tin\tO\tO\n6\tHamburg\tB-LOC\tO\n7\t.\tO\tO\n\n"
    "#\thttp://example.org/2\t[2021-01-02]\n"
    "1\tDie\tO\tO\n2\tStadtwerke\tB-ORG\tO\n3\tLindenau\tI-ORG\tB-LOC\n4\tmelden\tO\tO\n5\tGewinn\tO\tO\n6\t.\tO\tO\n\n"
)


def _entities(text: str):
    doc = analyze(text, kind="text")
    return [(s.label, doc.text[s.start:s.end], s.by) for s in doc.layers.get("entities", [])]


def test_ner_is_in_the_default_pipeline_after_the_kb():
    assert DEFAULT_COMPONENTS.index("entities.ner") == DEFAULT_COMPONENTS.index("entities.kb") + 1


def test_shipped_model_tags_an_unknown_person_and_the_kb_keeps_its_spans():
    nlp = load_ner()
    (tags,) = predict_tags(nlp, [["Die", "Ministerin", "Annegret", "Vollhardt", "besuchte", "gestern", "Paris", "."]])
    assert tags[2:4] == ["B-PER", "I-PER"]
    ents = _entities("Die Ministerin Annegret Vollhardt besuchte gestern Paris. Vollhardt traf dort Emmanuel Macron.")
    labels = {(label, text) for label, text, _ in ents}
    assert ("PER", "Annegret Vollhardt") in labels and ("PER", "Vollhardt") in labels
    assert ("LOC", "Paris", "entities.kb") in ents  # the KB match stands


def test_surname_after_a_full_name_shares_its_local_id():
    doc = analyze("Der Bürgermeister Thomas Baumgartner eröffnete die Brücke. Baumgartner sprach von einem Erfolg.", kind="text")
    ids = {doc.text[s.start:s.end]: s.attrs["id"] for s in doc.layers["entities"] if s.label == "PER"}
    assert ids.get("Baumgartner") == ids.get("Thomas Baumgartner") and ids["Baumgartner"].startswith("qk:local:per:")


def test_numpy_matrix_product_gives_the_same_tags_as_blis():
    """load_ner switches thinc from blis to numpy for speed; a fresh copy on blis must agree tag for tag."""
    import spacy
    from thinc.api import NumpyOps

    from quellenkritik.evidence.entities.ner import NER_DIR, _register_factory

    fast = load_ner()
    assert all(not getattr(node.ops, "use_blis", True) for node in fast.get_pipe("ner").model.walk())
    _register_factory()
    slow = spacy.load(NER_DIR)
    for node in slow.get_pipe("ner").model.walk():
        node.ops = NumpyOps(use_blis=True)
    sents = [s.split() for s in (
        "Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten .",
        "Die Firma Siemens Energy meldete laut Reuters einen Verlust .",
        "Der Verein SK Sturm Graz gewann gegen Rapid Wien mit 2 : 1 .",
        "Nach Angaben der UNO flohen Tausende aus der Region Darfur in den Tschad .",
    )]
    assert predict_tags(fast, sents) == predict_tags(slow, sents)
    assert any(t != "O" for tags in predict_tags(fast, sents) for t in tags)


def test_ner_leaves_english_documents_to_the_kb():
    ents = _entities("The mayor Jorik Baumgartner opened the new bridge in the city centre on Monday morning, officials said.")
    assert not [e for e in ents if e[2] == "entities.ner"]


@pytest.mark.parametrize("text,name,label", [
    ("Kämpfer des Zentrums für Drohnentechnologien „Rubikon“ zerstörten die Anlage.", "Rubikon", "ORG"),
    ("Die Gruppe \"Nordlicht\" bekannte sich zu dem Anschlag.", "Nordlicht", "ORG"),
    ("Die Operation «Sommerwind» begann im Juni.", "Sommerwind", "MISC"),
    ("Das Bataillon „Steppe“ und die Brigade „Graue Wölfe“ zogen ab.", "Graue Wölfe", "ORG"),
])
def test_quoted_names_after_a_naming_noun(text, name, label):
    found = {(text[a:b], lab) for a, b, lab in quoted_names(text)}
    assert (name, label) in found


def test_quoted_words_without_a_naming_noun_are_not_names():
    assert quoted_names("Er nannte das eine „schwache Ausrede“ und sprach von „Verschwendung“.") == []


def test_eval_ner_prints_the_metric_as_json(tmp_path):
    f = tmp_path / "tiny.tsv"
    f.write_text(TINY, encoding="utf-8")
    r = runner.invoke(app, ["eval", "ner", "--data", str(f)])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout)
    assert {"precision", "recall", "f1", "per_label", "inner", "coarse"} <= set(rep)
    assert rep["outer"]["gold"] == 3 and rep["inner"]["gold"] == 1


def test_eval_ner_missing_file_is_a_one_line_error(tmp_path):
    r = runner.invoke(app, ["eval", "ner", "--data", str(tmp_path / "nope.tsv")])
    assert r.exit_code == 2 and "no such file" in r.stderr


def test_train_ner_writes_a_model_that_loads_and_predicts(tmp_path):
    f = tmp_path / "tiny.tsv"
    f.write_text(TINY * 3, encoding="utf-8")
    out = tmp_path / "model"
    r = runner.invoke(app, ["train", "ner", "--data", str(f), "--eval", str(f), "--output", str(out),
                            "--max-steps", "30", "--eval-every", "10", "--no-kb"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["steps"] == 30 and 0.0 <= summary["eval_f1"] <= 1.0
    assert (out / "config.cfg").is_file() and (out / "qk_gazetteer" / "gazetteer.json.gz").is_file()
    tags = predict_tags(load_ner(out), [["Maria", "Lindqvist", "in", "Hamburg"]])
    assert len(tags[0]) == 4
    r2 = runner.invoke(app, ["eval", "ner", "--data", str(f), "--model", str(out)])
    assert r2.exit_code == 0 and "f1" in json.loads(r2.stdout)


@pytest.mark.shared
def test_heldout_germeval_floor():
    """Strict outer F1 on the held-out 20 % of GermEval dev pages: 0.698 measured (dev was the
    selection set of the shipped model, so this is optimistic); tolerance 0.02."""
    f = need_shared(DATA / "germeval2014-ner" / "NER-de-dev.tsv")
    r = runner.invoke(app, ["eval", "ner", "--data", f"{f}:heldout"])
    rep = json.loads(r.stdout)
    assert rep["sentences"] == 453
    assert rep["f1"] >= 0.678


@pytest.mark.shared
def test_europarl_floor():
    """Other text never trained on (Europarl test, measure only): coarse F1 0.554 measured; tolerance 0.02."""
    f = need_shared(DATA / "europarl-ner" / "test.tsv")
    r = runner.invoke(app, ["eval", "ner", "--data", str(f)])
    rep = json.loads(r.stdout)
    assert rep["sentences"] == 858
    assert rep["coarse"]["f1"] >= 0.534


@pytest.mark.shared
def test_examples_entities_with_labels():
    need_shared(EXAMPLES)
    himars = analyze(EXAMPLES / "vz-himars-belgorod.txt")
    found = {(s.label, himars.text[s.start:s.end]) for s in himars.layers["entities"]}
    for want in [("ORG", "Rubikon"), ("PER", "Rodion Miroshnik"), ("PER", "Waleri Saluschnyj"), ("LOC", "Rzeszów"),
                 ("ORG", "USAREUR-AF"), ("WEAPON", "HIMARS"), ("WEAPON", "M31"), ("LOC", "VAE")]:
        assert want in found, want
    authors = {e["name"]: e for e in himars.metadata.entities if e["field"] == "authors"}
    assert authors["Boris Dscherelijewski"]["label"] == "PER"
    atacms = analyze(EXAMPLES / "goldenten-atacms-kursk.txt")
    ids = {s.attrs["canonical"] for s in atacms.layers["entities"]}
    assert {"Kim Jong-un", "Leonid Slutsky", "TASS", "MGM-140 ATACMS"} <= ids
    assert any(e["name"] == "Golden Ten Data" and e["label"] == "ORG" for e in atacms.metadata.entities)
    zel = {s.attrs["id"] for d in (himars, atacms) for s in d.layers["entities"] if s.attrs.get("canonical") == "Volodymyr Zelensky"}
    assert len(zel) == 1


def test_pretrained_tok2vec_weights_load_into_training(tmp_path):
    """ner-pretrain changes the tok2vec; train ner --init-tok2vec starts from exactly those weights."""
    from quellenkritik.evidence.entities.ner_pretrain import pretrain_tok2vec
    from quellenkritik.evidence.entities.ner_train import TrainSettings, _build_nlp, inner_tok2vec

    f = tmp_path / "tiny.tsv"
    f.write_text(TINY, encoding="utf-8")
    text = tmp_path / "text.txt"  # invented sentences, words separated by spaces
    text.write_text("Gestern sprach Maria Lindqvist in Hamburg .\nDie Stadtwerke Lindenau melden Gewinn .\n" * 40, encoding="utf-8")
    out = tmp_path / "pre"
    r = runner.invoke(app, ["train", "ner-pretrain", "--text", str(text), "--output", str(out), "--data", str(f), "--no-kb"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["words"] == 80 * 7 - 40  # 40 lines of 7 words, 40 of 6
    weights = (out / "tok2vec.bin").read_bytes()
    s = TrainSettings(data=[str(f)], output=str(tmp_path / "m"), use_kb=False)
    nlp = _build_nlp(s)
    nlp.initialize()
    fresh = inner_tok2vec(nlp).to_bytes()
    assert fresh != weights  # pretraining moved the weights
    inner_tok2vec(nlp).from_bytes(weights)
    assert inner_tok2vec(nlp).to_bytes() == weights
    r2 = runner.invoke(app, ["train", "ner", "--data", str(f), "--eval", str(f), "--output", str(tmp_path / "m"),
                             "--max-steps", "5", "--eval-every", "5", "--no-kb", "--init-tok2vec", str(out / "tok2vec.bin")])
    assert r2.exit_code == 0, r2.output
    assert "tok2vec weights from" in r2.stderr


def test_pretrain_missing_text_is_a_one_line_error(tmp_path):
    r = runner.invoke(app, ["train", "ner-pretrain", "--text", str(tmp_path / "nope.txt"), "--output", str(tmp_path / "o")])
    assert r.exit_code == 2 and "no such file" in r.stderr


@pytest.mark.parametrize("word,compound", [
    ("Liquiditätssorgen", True), ("Baufirmen", True), ("Ministeriumsangaben", True),
    ("Schumacher", False),   # a surname the gazetteer lists
    ("Gaulands", False),     # a genitive: "Lands" is too short a part to tell
    ("Merkel", False), ("Firmen", False),
])
def test_a_compound_of_a_common_noun_is_no_person(word, compound):
    from quellenkritik.evidence.entities.ner import noun_compound

    gaz = load_ner().get_pipe("qk_gazetteer").gazetteer
    assert noun_compound(word, gaz) is compound


def test_a_noun_compound_the_ner_calls_a_person_is_dropped_but_a_surname_of_the_text_stays():
    # invented text
    doc = analyze("Die Signa hat Liquiditätssorgen. Jörg Raderbauer sagt, das sei bekannt. Das Wasser sei sauber, "
                  "sagt Raderbauer.")
    per = {doc.text[s.start : s.end] for s in doc.layers["entities"] if s.label == "PER"}
    assert "Liquiditätssorgen" not in per
    assert {"Jörg Raderbauer", "Raderbauer"} <= per  # "Erbauer" is a noun, but the text names him in full


@pytest.mark.parametrize("text,span,label", [
    ("Oh, das war knapp, sagte Anna Beispielhaft.", "Oh,", "MISC"),
    ("Jegliches Gespräch lehnte Merkel ab.", "Jegliches", "PER"),
    ("In Berlin fehlen 528 Kitas, sagt die Stadt.", "528 Kitas", "PER"),
])
def test_interjections_determiners_and_counts_the_recogniser_proposes_are_no_names(text, span, label):
    from quellenkritik.evidence.entities.components import link_entities

    doc = analyze(text)
    start = doc.text.index(span)
    assert link_entities(doc, [(start, start + len(span), label)], by="test") == []
