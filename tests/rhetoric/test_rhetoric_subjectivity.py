"""Sentence subjectivity (rhetoric/subjectivity.py) and the shared linear-model code (rhetoric/linear.py).

Every sentence here is invented for these tests, except the floor tests, which
read GerNTSA and CheckThat! German from ../shared/data at run time (CheckThat!
is CC BY-NC-SA: it is only measured, nothing trained on it ships).
"""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from quellenkritik.errors import ConfigError
from quellenkritik.rhetoric.linear import (
    LinearModel,
    bucket,
    char_ngrams,
    fit_temperature,
    lexicon_categories,
    load_model,
    macro_f1,
    parse_lexicon,
    predict_proba,
    save_model,
    tokens,
    vectorize,
    word_ngrams,
)
from quellenkritik.rhetoric.stance import read_gerntsa
from quellenkritik.rhetoric.subjectivity import (
    LABELS,
    lexicon,
    load_subjectivity_model,
    read_checkthat,
    subjectivities,
    subjectivity,
    subjectivity_cues,
    subjectivity_features,
)
from tests.conftest import REPO, need_shared

DATA = REPO.parent / "shared" / "data"
CHECKTHAT = DATA / "checkthat2025-subjectivity" / "german"

# Measured with `.venv/bin/python training/train_subjectivity.py --data ../shared/data`
# (see data/subjectivity/SUBJECTIVITY_CARD.md).
CHECKTHAT_DEV_TEST_MACRO_F1 = 0.5941
CHECKTHAT_DEV_MACRO_F1 = 0.5293
GERNTSA_TEST_MACRO_F1 = 0.5824
TOLERANCE = 0.02

SUBJECTIVE = [
    "Diese völlig absurde, peinliche und absolut verantwortungslose Politik ist ein einziges Desaster "
    "und eine schreckliche Katastrophe!",
    "Das ist wirklich eine großartige, wunderbare und äußerst beeindruckende Leistung des ganzen Teams.",
    "Ich finde diese Entscheidung ehrlich gesagt absolut lächerlich und völlig verantwortungslos!",
]
OBJECTIVE = [
    "Die Sitzung begann um 10 Uhr im Saal 3 des Landtags, teilte ein Sprecher mit.",
    "Der Zug nach Hamburg fährt ab dem 1. März um 7.15 Uhr von Gleis 4 ab, sagte eine Sprecherin der Bahn.",
    "Der Stadtrat beschloss am Dienstag mit 31 zu 12 Stimmen einen Haushalt von 4,2 Millionen Euro.",
]


# --- behaviour on invented sentences -------------------------------------------------

@pytest.mark.parametrize("sentence", SUBJECTIVE)
def test_openly_evaluative_sentences_are_subjective(sentence):
    label, p = subjectivity(sentence)
    assert label == "subjective" and p > 0.5


@pytest.mark.parametrize("sentence", OBJECTIVE)
def test_plain_reports_with_numbers_are_objective(sentence):
    label, p = subjectivity(sentence)
    assert label == "objective" and p > 0.5


def test_every_evaluative_sentence_scores_above_every_report():
    model = load_subjectivity_model()
    p = predict_proba(model, [subjectivity_features(s) for s in SUBJECTIVE + OBJECTIVE])[:, 1]
    assert p[: len(SUBJECTIVE)].min() > p[len(SUBJECTIVE):].max()


def test_cues_point_at_the_text():
    s = "Wir müssen doch endlich handeln, diese sogenannte Reform ist ein Desaster!"
    cues = {(s[a:b], cat) for a, b, cat in subjectivity_cues(s)}
    assert {("Wir", "first_person"), ("müssen", "obligation"), ("doch", "particle"),
            ("sogenannte", "stance_adverb"), ("Desaster", "neg"), ("!", "exclamation")} <= cues
    quoted = 'Die Behörde sprach von einer „Maßnahme“ und verwies auf das Gesetz.'
    assert any(cat == "scare_quote" and "Maßnahme" in quoted[a:b] for a, b, cat in subjectivity_cues(quoted))


def test_negation_is_read_before_a_polar_word():
    assert "x:negated_pos" in subjectivity_features("Das Ergebnis war nicht gut.")
    assert "x:pos" in subjectivity_features("Das Ergebnis war gut.")


# --- neutral by construction -------------------------------------------------------

def test_the_lexicon_names_no_side_of_any_conflict():
    names = ["russland", "ukraine", "putin", "selenskyj", "moskau", "kiew", "cdu", "spd", "afd", "grüne",
             "israel", "palästina", "hamas", "nato", "usa", "china", "trump", "biden", "eu", "kreml"]
    assert [n for n in names if lexicon_categories(n, lexicon())] == []


def test_the_same_wording_about_either_side_scores_the_same():
    frame = "Die Regierung in {} hat mit ihrer absurden und völlig verantwortungslosen Politik versagt."
    results = {subjectivity(frame.format(c)) for c in ("Moskau", "Kiew", "Washington", "Peking")}
    assert len(results) == 1


# --- determinism, batch form, input checks -----------------------------------------

def test_batch_and_single_forms_agree_and_repeat():
    sentences = SUBJECTIVE + OBJECTIVE + [""]
    batch = subjectivities(sentences)
    assert batch == [subjectivity(s) for s in sentences] == subjectivities(sentences)
    assert subjectivities([]) == []
    assert batch[-1][0] in LABELS  # an empty sentence gets the model's prior, not an error


def test_non_strings_are_refused():
    with pytest.raises(TypeError, match="must be a str"):
        subjectivities(["Ein Satz.", 42])  # type: ignore[list-item]


def test_a_missing_model_file_names_the_training_command(tmp_path):
    with pytest.raises(ConfigError, match=r"training/train_subjectivity\.py"):
        load_subjectivity_model(tmp_path / "absent.npz")


def test_the_shipped_model_was_trained_on_gerntsa_only():
    meta = load_subjectivity_model().meta
    assert meta["data"].startswith("GerNTSA") and "checkthat" not in meta["data"].lower()


def test_read_checkthat_refuses_a_file_of_another_format(tmp_path):
    f = tmp_path / "x.tsv"
    f.write_text("id\ttext\tlabel\n1\tEin Satz.\tOBJ\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a CheckThat"):
        read_checkthat(f)
    f.write_text("sentence_id\tsentence\tlabel\na1\tEin erfundener Satz.\tSUBJ\n", encoding="utf-8")
    assert read_checkthat(f) == [("Ein erfundener Satz.", "subjective")]


# --- linear.py: features, hashing, model files -------------------------------------

def test_tokens_fold_case_and_digits_and_keep_tone_punctuation():
    assert tokens("Die „Reform“ kostet 42 Mio. Euro?!") == ["die", "„", "reform", "“", "kostet", "00", "mio", "euro", "?", "!"]
    assert word_ngrams(["a", "b", "c"], 2) == ["w1:a", "w1:b", "w1:c", "w2:a b", "w2:b c"]
    assert char_ngrams(["ab"], 3, 4) == ["c:<ab", "c:ab>", "c:<ab>"]


def test_bucket_is_crc32_so_it_is_the_same_in_every_process():
    assert bucket("w1:gut", 18) == zlib.crc32(b"w1:gut") & ((1 << 18) - 1)


def test_each_feature_block_is_normalised_on_its_own():
    indptr, indices, data = vectorize([["w1:a", "w1:b", "w1:c", "w1:d", "x:one", "w1:a"], []], 20)
    assert list(indptr) == [0, 5, 5]
    values = sorted(np.round(data, 6).tolist())
    assert values == [0.5, 0.5, 0.5, 0.5, 1.0]  # four words share one unit norm; the lone x feature has its own


def test_a_model_survives_a_file_round_trip_and_loading_is_cached(tmp_path):
    w = np.zeros((1 << 8, 3), dtype=np.float32)
    w[bucket("w1:gut", 8)] = [-1.0, 0.0, 2.0]
    model = LinearModel(("negative", "neutral", "positive"), w, np.array([0.0, 0.5, 0.0]), 8, {"note": "erfunden"})
    path = tmp_path / "m.npz"
    save_model(model, path)
    loaded = load_model(path)
    assert loaded is load_model(path)
    assert loaded.labels == model.labels and loaded.meta == {"note": "erfunden"}
    feats = [["w1:gut"], ["w1:schlecht"], []]
    assert np.allclose(predict_proba(loaded, feats), predict_proba(model, feats))
    assert predict_proba(model, feats)[0].argmax() == 2 and predict_proba(model, feats)[2].argmax() == 1


def test_temperature_scaling_changes_no_decision():
    w = np.zeros((1 << 8, 1), dtype=np.float32)
    w[bucket("w1:ja", 8), 0], w[bucket("w1:nein", 8), 0] = 4.0, -4.0
    model = LinearModel(("objective", "subjective"), w, np.zeros(1), 8)
    feats = [["w1:ja"], ["w1:nein"], ["w1:ja"], ["w1:nein"]]
    gold = ["subjective", "objective", "objective", "subjective"]  # half wrong: the fit must soften
    scaled = fit_temperature(model, feats, gold)
    before, after = predict_proba(model, feats), predict_proba(scaled, feats)
    assert (before.argmax(1) == after.argmax(1)).all()
    assert after.max() < before.max() and scaled.meta["temperature"] > 1


def test_lexicon_parsing_stems_and_hyphenated_parts():
    lex = parse_lexicon("# erfunden\n[neg]\nkrieg*\nmies\n[pos]\nlob*\n")
    assert lexicon_categories("kriegsende", lex) == ["neg"]
    assert lexicon_categories("nachbar-krieg", lex) == ["neg"]
    assert lexicon_categories("mieser", lex) == [] and lexicon_categories("mies", lex) == ["neg"]
    assert lexicon_categories("gelobt", lex) == []  # stems match from the start of a word only
    with pytest.raises(ValueError, match="before any"):
        parse_lexicon("wort\n[pos]\n")


def test_macro_f1_by_hand():
    gold = ["a", "a", "b", "b"]
    pred = ["a", "b", "b", "b"]
    # F1(a) = 2/3, F1(b) = 4/5
    assert abs(macro_f1(gold, pred, ["a", "b"]) - (2 / 3 + 4 / 5) / 2) < 1e-12
    with pytest.raises(ValueError):
        macro_f1(["a"], [], ["a"])


# --- floors (GerNTSA CC BY 4.0; CheckThat! German CC BY-NC-SA, measure only) -------

def _score(rows: list[tuple[str, str]]) -> float:
    pred = [lab for lab, _ in subjectivities([s for s, _ in rows])]
    return macro_f1([lab for _, lab in rows], pred, LABELS)


@pytest.mark.shared
def test_checkthat_german_dev_test_macro_f1_holds_its_floor():
    rows = read_checkthat(need_shared(CHECKTHAT / "dev_test_de.tsv"))
    assert len(rows) == 337
    f = _score(rows)
    assert f >= CHECKTHAT_DEV_TEST_MACRO_F1 - TOLERANCE
    assert f > macro_f1([lab for _, lab in rows], ["objective"] * len(rows), LABELS) + 0.15  # majority: 0.40


@pytest.mark.shared
def test_checkthat_german_dev_macro_f1_holds_its_floor():
    assert _score(read_checkthat(need_shared(CHECKTHAT / "dev_de.tsv"))) >= CHECKTHAT_DEV_MACRO_F1 - TOLERANCE


@pytest.mark.shared
def test_gerntsa_test_sentences_macro_f1_holds_its_floor():
    subj: dict[str, bool] = {}
    for r in read_gerntsa(need_shared(DATA / "gerntsa" / "GerNTSA.json")):
        if r["split"] == "test":
            subj[r["sentence"]] = subj.get(r["sentence"], False) or r["label"] != "neutral"
    rows = [(s, LABELS[int(v)]) for s, v in subj.items()]
    assert len(rows) == 342
    assert _score(rows) >= GERNTSA_TEST_MACRO_F1 - TOLERANCE
