"""Signals of translation (rhetoric.translation): invented German sentences for every kind,
the two example articles, and the false-alarm rate on native copy (10kGNAD).

Every sentence below is invented for these tests; the names in them are invented too.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest

from quellenkritik.rhetoric.translation import KINDS, NOUN_GENDER_PATH, Signal, find_signals, summarise
from tests.conftest import EXAMPLES, SHARED, need_shared


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans split after . ! ? and a space (enough for the invented sentences here)."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?](?=\s+|$)", text):
        spans.append((start, m.end()))
        start = m.end() + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _signals(text: str, kind: str | None = None, **kw) -> list[Signal]:
    found = find_signals(text, _sentences(text), **kw)
    return [s for s in found if kind is None or s.kind == kind]


# --------------------------------------------------------------------------- doubled_word

def test_noun_repeated_across_a_verb():
    text = "Der Konzern könnte im Frühjahr bis zu 300 Techniker schicken Techniker."
    (sig,) = _signals(text, "doubled_word")
    assert text[sig.start:sig.end] == "Techniker schicken Techniker"
    assert "Techniker" in sig.explanation and 0 < sig.confidence <= 1


def test_immediate_repetition():
    (sig,) = _signals("Die Sprecherin sagte, dass dass Abkommen gelte weiter.", "doubled_word")
    assert sig.cue == "dass dass"


@pytest.mark.parametrize("text", [
    "Die Parteien, die die Regierung tragen, stimmten zu.",  # relative pronoun + article
    "Er weiß, dass das das beste Angebot ist.",  # conjunction, pronoun, article
    "Schritt für Schritt wächst die neue Siedlung am Fluss.",  # a figure with a preposition
    "Krieg ist Krieg, sagte der Oberst.",  # a tautology with a copula
    "Wenn Lehrer Lehrer bewerten, entsteht oft Streit.",  # subject and object, verb last
    "Das Festival der Duran Duran Fans war voll.",  # a repeated name
    "Der Streit ging weiter Weiter unten im Tal blieb es ruhig.",  # differently capitalised: a heading
])
def test_ordinary_repetition_is_not_flagged(text):
    assert _signals(text, "doubled_word") == []


# --------------------------------------------------------------------------- run_on

def test_clause_runs_into_the_next_after_zu_infinitive():
    text = "Der Minister erlaubte der Armee, neue Raketen einzusetzen Tief im Landesinneren werde es Folgen geben."
    (sig,) = _signals(text, "run_on")
    assert text[sig.start:sig.end] == "einzusetzen Tief"


def test_clause_runs_into_the_next_after_finite_verb():
    (sig,) = _signals("Die Gespräche der Delegationen endeten Danach sprach der Bürgermeister.", "run_on")
    assert sig.cue.startswith("endeten Danach")


@pytest.mark.parametrize("text", [
    "Im Landtag hält Klein morgen die Rede.",  # a surname after a finite verb
    "Er sagte: Danach wird alles anders.",  # a colon before the capital
    "Die Karte zeigt ein Tief über der Nordsee.",  # "Tief" as a noun after an article
    "Es ist Kalter Krieg zwischen den beiden Nachbarn.",  # an adjective that starts a name
    "Sie wollen heute Abend nach Graz fahren.",  # "Abend" after an adverb
    "Den vorgezeichneten Weg zur Einigung hat niemand verlassen.",  # an inflected participle
])
def test_capitalised_words_inside_a_sentence_are_not_run_ons(text):
    assert _signals(text, "run_on") == []


# --------------------------------------------------------------------------- mixed_transliteration

@pytest.mark.parametrize("text, flagged, style", [
    # a Ukrainian name in English style beside Russian and Ukrainian names in German style ...
    ("Der Abgeordnete Schirokow sprach mit Schewtschuk und Kozhenko über die Lage.", "Kozhenko", "English"),
    # ... a Russian name in English style: the check does not depend on the side ...
    ("Der Abgeordnete Schewtschuk sprach mit Koschenko und Zhirkov über die Lage.", "Zhirkov", "English"),
    # ... and the one name in German style among English ones is the one marked
    ("Der Abgeordnete Shevchuk sprach mit Kozhenko und Schirokow über die Lage.", "Schirokow", "German"),
])
def test_mixed_transliteration_either_side(text, flagged, style):
    (sig,) = _signals(text, "mixed_transliteration")
    assert sig.cue == flagged and text[sig.start:sig.end] == flagged
    assert f"in {style} style" in sig.explanation


@pytest.mark.parametrize("text", [
    "Pawel Schirokow traf Mykola Schewtschuk in Kiew.",  # German style throughout
    "Pavel Shirokov traf Mykola Shevchuk in Kyjiw.",  # English style throughout
    "Jan Kowalski traf Pawel Schirokow in Warschau.",  # a Polish name is no transliteration
])
def test_one_convention_is_not_flagged(text):
    assert _signals(text, "mixed_transliteration") == []


def test_names_from_the_pipeline_are_used():
    text = "Laut Borys Kowaltschuk und Igor Shmelev ist die Lage ruhig."
    names = [(5, 22, "PER"), (27, 39, "PER")]
    assert [text[s:e] for s, e, _ in names] == ["Borys Kowaltschuk", "Igor Shmelev"]
    assert {s.cue for s in _signals(text, "mixed_transliteration", names=names)} == {"Shmelev"}
    # the same word inside an organisation's name is no person's name to compare
    org = [(5, 22, "PER"), (27, 39, "ORG")]
    assert _signals(text, "mixed_transliteration", names=org) == []


# --------------------------------------------------------------------------- formula and calque

def test_local_time_after_a_bare_date():
    (sig,) = _signals("Am 3. März Ortszeit erklärte der Sprecher des Hafens seinen Rücktritt.", "formula")
    assert sig.cue == "3. März Ortszeit"


@pytest.mark.parametrize("text", [
    "Am 3. März um 14 Uhr Ortszeit erklärte der Sprecher seinen Rücktritt.",
    "Das Team gewann am Sonntag (Ortszeit) in Denver.",
])
def test_local_time_with_clock_or_brackets_is_fine(text):
    assert _signals(text, "formula") == []


@pytest.mark.parametrize("text, cue", [
    ("Die Haubitzen-Berechnungen wurden bei dem Angriff getroffen.", "Haubitzen-Berechnungen"),
    ("Eine Drohnenberechnung meldete den Treffer.", "Drohnenberechnung"),
])
def test_weapon_crew_calque(text, cue):
    (sig,) = _signals(text, "calque")
    assert sig.cue == cue


def test_weapon_calque_from_entity_span():
    text = "Zwei Gvozdika-Berechnungen zogen sich zurück."
    assert _signals(text, "calque") == []  # not in the list of weapon words ...
    (sig,) = _signals(text, "calque", names=[(5, 13, "WEAPON")])  # ... but a WEAPON entity
    assert sig.cue == "Gvozdika-Berechnungen"


@pytest.mark.parametrize("text", [
    "Laut WIFO-Berechnungen wächst die Wirtschaft.",
    "Die Steuerberechnung ist kompliziert.",
])
def test_other_calculations_are_fine(text):
    assert _signals(text, "calque") == []


# --------------------------------------------------------------------------- agreement

@pytest.mark.parametrize("text, cue", [
    ("Damals erlaubte sich das Amt keinen solchen „Verschwendung“.", "keinen solchen „Verschwendung"),
    ("Der Sprecher verlas einen Erklärung des Vorstands.", "einen Erklärung"),
    ("Es war ein große Überraschung für alle.", "ein große Überraschung"),
])
def test_determiner_that_cannot_agree(text, cue):
    (sig,) = _signals(text, "agreement")
    assert sig.cue == cue and "feminine" in sig.explanation and sig.confidence <= 0.5


@pytest.mark.parametrize("text", [
    "Der Mann, den Frau Huber kennt, kam zu spät.",  # relative pronoun
    "Das Haus, in dem Frau Berger wohnt, ist alt.",  # relative pronoun after a preposition
    "Die einen Parteien stimmten zu, die anderen nicht.",  # "ein" as an adjective
    "Er hat den Soldaten geholfen.",  # plural or weak masculine
    "Die Staats- und Regierungschefs trafen sich.",  # a truncated compound
    "Die Wiener Polizei meldete keinen Vorfall.",  # an adjective from a place name
    "Zum einen gute Arbeit, zum anderen viel Glück.",  # an idiom
    "Die Burgenländer gewannen das Spiel.",  # a plural the same as the singular
    "Sie kam mit der Cola zurück.",  # a noun of more than one gender
    "Sie erklärte den Unterschied zwischen der Technik und dem Handwerk.",
])
def test_agreeing_or_unclear_phrases_are_not_flagged(text):
    assert _signals(text, "agreement") == []


# --------------------------------------------------------------------------- API

def test_other_languages_only_get_word_doubling():
    text = "The ministry announced announced the plan einzusetzen Tief im Land."
    found = find_signals(text, [(0, len(text))], lang="en")
    assert [s.kind for s in found] == ["doubled_word"]
    assert find_signals("the the plan", [(0, 12)], lang="en") == []  # too short to judge without word classes


def test_signals_sorted_within_text_and_of_known_kinds():
    text = ("Am 3. März Ortszeit sagte er, dass dass Abkommen gelte. Die Haubitzen-Berechnungen "
            "wurden getroffen. Es war ein große Überraschung.")
    found = find_signals(text, _sentences(text))
    assert [s.start for s in found] == sorted(s.start for s in found)
    assert {s.kind for s in found} == {"formula", "doubled_word", "calque", "agreement"}
    for s in found:
        assert s.kind in KINDS and 0 <= s.start < s.end <= len(text) and s.explanation


def test_words_in_different_sentences_are_not_read_together():
    text = "Der Konzern schickte Techniker. Techniker kamen an."
    assert _signals(text, "doubled_word") == []
    assert find_signals("", []) == []


def test_summarise_counts_only():
    sigs = [Signal(0, 3, "formula", "x", "y", 0.5), Signal(5, 9, "agreement", "x", "y", 0.5),
            Signal(9, 12, "agreement", "x", "y", 0.4)]
    out = summarise(sigs, 2000)
    assert out == {"per_1000_words": 1.5, "by_kind": {**{k: 0 for k in KINDS}, "formula": 1, "agreement": 2},
                   "signals": 3}
    assert summarise([], 0)["per_1000_words"] == 0.0


def test_noun_gender_table_is_shipped():
    assert NOUN_GENDER_PATH.exists() and NOUN_GENDER_PATH.stat().st_size < 3_000_000


def test_build_script_reads_tags():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
    from build_noun_gender import _code

    assert _code("SUB:NOM:SIN:FEM") == "F" and _code("SUB:DAT:PLU:MAS") == "P"
    assert _code("SUB:NOM:SIN:MAS:ADJ") == "MFNP"  # an adjectival noun: any gender
    assert _code("SUB:NOM:SIN:NOG") == "MFNP"


# --------------------------------------------------------------------------- shared data

def _pipeline_signals(text: str, names: bool = False) -> list[Signal]:
    from quellenkritik.document import Document, Source
    from quellenkritik.pipeline import registry

    doc = Document(source=Source(kind="text", location="test"), text=text, language="de")
    for step in ["tokens", "sentences"] + (["entities.kb"] if names else []):
        registry.get(step).factory()(doc)
    sents = [(s.start, s.end) for s in doc.layers["sentences"]]
    ents = [(s.start, s.end, s.label) for s in doc.layers.get("entities", [])]
    return find_signals(doc.text, sents, "de", ents)


@pytest.mark.shared
@pytest.mark.parametrize("names", [False, True])
def test_example_articles(names):
    need_shared(EXAMPLES)
    gold = _pipeline_signals((EXAMPLES / "goldenten-atacms-kursk.txt").read_text(encoding="utf-8"), names)
    cues = {(s.kind, s.cue) for s in gold}
    assert ("formula", "17. November Ortszeit") in cues
    assert ("doubled_word", "Soldaten entsenden Soldaten") in cues
    assert any(k == "run_on" and c.startswith("einzusetzen Tief") for k, c in cues)
    vz = _pipeline_signals((EXAMPLES / "vz-himars-belgorod.txt").read_text(encoding="utf-8"), names)
    cues = {(s.kind, s.cue) for s in vz}
    assert ("calque", "MLRS-Berechnungen") in cues
    assert any(k == "agreement" and c.startswith("keinen solchen") and c.endswith("Verschwendung") for k, c in cues)
    assert ("mixed_transliteration", "Miroshnik") in cues
    assert len(vz) <= 5 and len(gold) <= 7  # measured: 3 and 5


@pytest.mark.shared
def test_false_alarms_on_native_copy():
    """First 300 articles of 10kGNAD test (Der Standard): measured 0.108 signals per 1,000 words
    (12 signals, 110,992 \\w+ words); the ceiling allows +0.05 and stays under the 0.3 aim."""
    path = need_shared(SHARED / "data" / "10kgnad" / "test.csv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2][:300]
    found, words = [], 0
    for text in texts:
        found += _pipeline_signals(text)
        words += len(re.findall(r"\w+", text))
    rate = summarise(found, words)["per_1000_words"]
    assert rate <= 0.108 + 0.05 < 0.3
