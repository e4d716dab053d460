"""Target stance (rhetoric/stance.py): invented sentences, symmetry, input checks, GerNTSA floor.

Every sentence here is invented for these tests, except the floor tests,
which read GerNTSA from ../shared/data at run time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from quellenkritik.errors import ConfigError
from quellenkritik.rhetoric.linear import f1_per_label, macro_f1, predict_proba
from quellenkritik.rhetoric.stance import (
    LABELS,
    check_offsets,
    gerntsa_split,
    load_stance_model,
    read_gerntsa,
    stance,
    stance_features,
    stances,
)
from tests.conftest import REPO, need_shared

GERNTSA = REPO.parent / "shared" / "data" / "gerntsa" / "GerNTSA.json"

# Measured with `.venv/bin/python training/train_stance.py` (see data/stance/STANCE_CARD.md).
TEST_MACRO_F1 = 0.4979
DEV_MACRO_F1 = 0.4885
TOLERANCE = 0.02


def _at(sentence: str, target: str) -> tuple[str, int, int]:
    i = sentence.index(target)
    return sentence, i, i + len(target)


def _probs(sentence: str, target: str) -> dict[str, float]:
    model = load_stance_model()
    row = predict_proba(model, [stance_features(*_at(sentence, target))])[0]
    return dict(zip(model.labels, row.tolist()))


# --- behaviour on invented sentences -------------------------------------------------

def test_accusations_against_the_target_read_negative():
    label, p = stance(*_at("Die Opposition wirft dem Bürgermeister Versagen, Lügen und Korruption vor; "
                           "sein Vorgehen sei ein Skandal.", "Bürgermeister"))
    assert label == "negative" and p > 0.5


def test_praise_for_the_target_reads_positive():
    label, p = stance(*_at("Der Bürgermeister wurde für seinen großartigen Erfolg gelobt und von den Bürgern gefeiert.",
                           "Bürgermeister"))
    assert label == "positive" and p > 0.5


def test_a_plain_report_reads_neutral():
    assert stance(*_at("Der Bürgermeister reiste am Dienstag zu einem Treffen nach Hannover.", "Bürgermeister"))[0] == "neutral"
    assert stance(*_at("Das Treffen der Delegation findet am Donnerstag im Rathaus statt.", "Delegation"))[0] == "neutral"


def test_negation_turns_a_positive_word_negative():
    plain = _probs("Die Trainerin ist erfolgreich.", "Trainerin")
    negated = _probs("Die Trainerin war nicht erfolgreich.", "Trainerin")
    assert negated["negative"] > plain["negative"] and plain["positive"] > negated["positive"]
    assert stance(*_at("Die Trainerin war nicht erfolgreich.", "Trainerin"))[0] == "negative"


def test_labels_and_probabilities_are_well_formed():
    for label, p in stances([_at("Die Ministerin sprach am Montag in Bonn.", "Ministerin"),
                             _at("Die Ministerin hat schwer versagt und trägt die Schuld an der Krise.", "Ministerin")]):
        assert label in LABELS and 1 / 3 <= p <= 1.0
    row = predict_proba(load_stance_model(), [stance_features(*_at("Die Ministerin sprach in Bonn.", "Ministerin"))])[0]
    assert abs(row.sum() - 1.0) < 1e-9


# --- neutral by construction -------------------------------------------------------

@pytest.mark.parametrize("frame", [
    "Kritiker werfen {} schwere Fehler und gezielte Desinformation vor.",
    "Beobachter lobten {} für den großartigen Erfolg der Verhandlungen.",
    "{} kündigte am Mittwoch neue Gespräche an.",
])
def test_the_target_is_masked_so_every_side_gets_the_same_answer(frame):
    names = ["Russland", "die Ukraine", "die Regierung", "die Opposition", "Israel", "die Hamas"]
    results = {stance(*_at(frame.format(n), n)) for n in names}
    assert len(results) == 1  # identical label and probability, whoever stands at the target


def test_swapping_side_names_around_the_target_barely_moves_the_answer():
    a = stance(*_at("Nach Gesprächen mit Vertretern aus Moskau lobte der Minister den Fortschritt.", "Minister"))
    b = stance(*_at("Nach Gesprächen mit Vertretern aus Kiew lobte der Minister den Fortschritt.", "Minister"))
    assert a[0] == b[0] and abs(a[1] - b[1]) < 0.05


# --- determinism, batch form, input checks -----------------------------------------

def test_the_same_input_gives_the_same_output_in_another_process():
    item = _at("Die Polizei kritisierte die Veranstalter scharf für das Chaos beim Konzert.", "Veranstalter")
    here = stance(*item)
    code = ("import json,sys; from quellenkritik.rhetoric.stance import stance; "
            "print(json.dumps(stance(*json.loads(sys.argv[1]))))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}  # a different str hash salt must not matter
    out = subprocess.run([sys.executable, "-c", code, json.dumps(item)], capture_output=True, text=True,
                         env=env, check=True, cwd=REPO)
    label, p = json.loads(out.stdout)
    assert label == here[0] and abs(p - here[1]) < 1e-12


def test_batch_and_single_forms_agree():
    items = [
        _at("Der Verein feierte einen verdienten Sieg.", "Verein"),
        _at("Die Firma steht wegen Betrugs und Manipulation in der Kritik.", "Firma"),
        _at("Die Firma hat ihren Sitz in Köln.", "Firma"),
    ]
    assert stances(items) == [stance(*i) for i in items]
    assert stances([]) == []


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (6, 2), (0, 99), (40, 41)])
def test_offsets_out_of_range_raise_a_clear_value_error(start, end):
    sentence = "Die Ministerin sprach in Bonn."
    with pytest.raises(ValueError, match=r"^target offsets .* out of range for a sentence of 30 characters: need 0 <= start < end <= 30$"):
        stance(sentence, start, end)


def test_non_integer_offsets_and_non_string_sentences_are_refused():
    with pytest.raises(ValueError, match="must be an int"):
        check_offsets("Die Ministerin sprach.", True, 5)
    with pytest.raises(ValueError, match="must be an int"):
        stance("Die Ministerin sprach.", 0.0, 5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        stance(None, 0, 1)  # type: ignore[arg-type]


def test_a_bad_item_in_a_batch_is_named():
    with pytest.raises(ValueError, match=r"^item 1: target offsets \(3, 99\)"):
        stances([("Die Ministerin sprach.", 4, 14), ("Die Ministerin sprach.", 3, 99)])


def test_a_missing_model_file_names_the_training_command(tmp_path):
    with pytest.raises(ConfigError, match=r"training/train_stance\.py"):
        load_stance_model(tmp_path / "absent.npz")


def test_split_hashes_the_sentence_and_is_stable():
    # crc32 values are fixed by the algorithm, so this split never moves between runs or machines.
    assert gerntsa_split("Die Ministerin sprach in Bonn.") == gerntsa_split("Die Ministerin sprach in Bonn.")
    counts = {s: 0 for s in ("train", "dev", "test")}
    for i in range(2000):
        counts[gerntsa_split(f"Erfundener Satz Nummer {i}.")] += 1
    assert 1450 < counts["train"] < 1750 and 130 < counts["dev"] < 270 and 130 < counts["test"] < 270


# --- floors on GerNTSA (CC BY 4.0) -------------------------------------------------

@pytest.fixture(scope="module")
def gerntsa() -> list[dict]:
    return read_gerntsa(need_shared(GERNTSA))


def _score(records: list[dict]) -> tuple[float, dict[str, float]]:
    gold = [r["label"] for r in records]
    pred = [lab for lab, _ in stances([(r["sentence"], r["start"], r["end"]) for r in records])]
    return macro_f1(gold, pred, LABELS), f1_per_label(gold, pred, LABELS)


@pytest.mark.shared
def test_gerntsa_test_split_macro_f1_holds_its_floor(gerntsa):
    test = [r for r in gerntsa if r["split"] == "test"]
    assert len(test) == 358
    f, per = _score(test)
    assert f >= TEST_MACRO_F1 - TOLERANCE, (f, per)
    majority = macro_f1([r["label"] for r in test], ["neutral"] * len(test), LABELS)
    assert f > majority + 0.2 and min(per.values()) > 0.35


@pytest.mark.shared
def test_gerntsa_dev_split_macro_f1_holds_its_floor_and_matches_the_card(gerntsa):
    f, _ = _score([r for r in gerntsa if r["split"] == "dev"])
    assert f >= DEV_MACRO_F1 - TOLERANCE
    assert abs(f - load_stance_model().meta["dev"]["macro_f1"]) < 1e-3  # the file's own record agrees


@pytest.mark.shared
def test_gerntsa_offsets_all_select_their_targets_and_splits_keep_sentences_apart(gerntsa):
    assert len(gerntsa) == 3792
    split_of: dict[str, str] = {}
    for r in gerntsa:
        assert r["sentence"][r["start"]:r["end"]] == r["target"]
        assert split_of.setdefault(r["sentence"], r["split"]) == r["split"]
