"""Persuasion techniques: lexicon cues, forms, voice, symmetry, the examples.

Every sentence here is invented for the tests."""

from __future__ import annotations

import re

import pytest

from quellenkritik import analyze
from quellenkritik.rhetoric.techniques import TAXONOMY, find_techniques
from quellenkritik.rhetoric.techniques.detect import is_interview
from quellenkritik.rhetoric.techniques.lexicon import CUES, FAMILIES, PAIRED_LABELS, stems
from tests.conftest import SHARED, need_shared


def _sents(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group().strip()]


def _found(text: str, **kw) -> list[tuple[str, str]]:
    return [(f.technique, text[f.start:f.end]) for f in find_techniques(text, _sents(text), **kw)]


def test_loaded_words_and_inflections():
    got = _found("Das war ein gnadenloser Angriff auf die Vernunft und eine dreiste Zumutung.")
    assert ("Loaded_Language", "gnadenloser") in got
    assert ("Loaded_Language", "dreiste") in got and ("Loaded_Language", "Zumutung") in got
    assert "gnadenlos" in stems("gnadenlosen")


def test_compound_heads_need_a_word_before_them():
    got = _found("Die Klimahysterie und die Corona-Hysterie beherrschen die Lügenpresse.")
    assert ("Loaded_Language", "Klimahysterie") in got and ("Loaded_Language", "Corona-Hysterie") in got
    assert ("Name_Calling-Labeling", "Lügenpresse") in got  # a label for the press: a word of lies + a body
    got = _found("Der Gender-Gaga-Vorstoß und der SPD-Panikpolitiker. Eine Panikattacke.")
    assert ("Loaded_Language", "Gender-Gaga-Vorstoß") in got  # an inner part of a compound
    assert ("Name_Calling-Labeling", "Panikpolitiker") in got and not any("attacke" in x for _, x in got)
    # "Frachtflügen" ends in "lügen", "Schlepperbanden" is a police word, "Megawatt" and
    # "Pseudonyme" start like "Mega-" and "Pseudo": none is a technique
    assert _found("Nach Frachtflügen fasste die Polizei Schlepperbanden. Der Preis pro Megawatt stieg. "
                  "Sie schrieb unter Pseudonymen.") == []


def test_so_called_casts_doubt_on_ordinary_words_only():
    got = _found("Die sogenannten Experten schweigen. Physiker erzeugten einen sogenannten Suprakristall.")
    assert ("Doubt", "sogenannten Experten") in got
    assert not any("Suprakristall" in t for _, t in got)


def test_regime_label_is_symmetric():
    for city in ("Kiewer", "Moskauer", "Washingtoner", "Teheraner"):
        got = _found(f"Das {city} Regime reagierte nicht.")
        assert ("Name_Calling-Labeling", f"{city} Regime") in got, city


def test_phrases_of_several_techniques():
    text = ("Mit anderen Worten: Die Regierung will die totale Kontrolle. Das erinnert an dunkle Zeiten. "
            "Namhafte Juristen warnen vor dem Dritten Weltkrieg. Es ist höchste Zeit. Und was ist mit den anderen?")
    got = {t for t, _ in _found(text)}
    assert {"Causal_Oversimplification", "Exaggeration-Minimisation", "Guilt_by_Association", "Appeal_to_Authority",
            "Appeal_to_Fear-Prejudice", "Appeal_to_Time", "Whataboutism"} <= got


def test_idioms_doubled_intensifiers_and_antitheses():
    got = _found("Damit ließ der Minister die Katze aus dem Sack. Die Bauern gingen auf die Barrikaden. "
                 "Das wird sehr, sehr teuer. Wir sind nicht das Problem, sondern die Lösung.")
    assert ("Loaded_Language", "die Katze aus dem Sack") in got and ("Loaded_Language", "auf die Barrikaden") in got
    assert ("Loaded_Language", "sehr, sehr teuer") in got
    assert any(t == "Slogans" and x.startswith("Wir sind nicht das Problem") for t, x in got)
    # the literal cat, a single "sehr" and a plain contrast are none
    assert _found("Die Katze schlief im Sack der Post. Das wird sehr teuer. Das ist nicht rot, sondern blau.") == []


def test_questions_slogans_and_interviews():
    text = "Die Stadt baut eine Brücke. Wer soll das bezahlen? Niemand weiß es.\nAber nein, das wird es nicht."
    got = _found(text)
    assert ("Rhetorical_Question", "Wer soll das bezahlen?") in got
    assert ("Slogans", "Aber nein, das wird es nicht.") in got
    interview = "ZEITUNG: Warum treten Sie an? Huber: Weil es nötig ist. ZEITUNG: Wann entscheiden Sie? Huber: Bald."
    assert is_interview(interview)
    assert not any(t == "Rhetorical_Question" for t, _ in _found(interview))
    # a question that is a paragraph of its own is a crosshead, not a device
    assert not any(t == "Rhetorical_Question" for t, _ in _found("Bericht.\nWas bleibt vom Sommer?\nViel Regen."))
    # a question inside a quotation is the speaker's
    text = "Der Bürgermeister fragte: „Wer soll das bezahlen?“"
    q = (text.index("„") + 1, text.index("“"))
    assert not any(t == "Rhetorical_Question" for t, _ in _found(text, quoted=[q]))


def test_english_cues():
    got = _found("This so-called reform is a disgraceful hoax by puppets.", lang="en")
    assert ("Loaded_Language", "disgraceful") in got and ("Name_Calling-Labeling", "puppets") in got


def test_lexicon_is_well_formed_and_symmetric():
    for cue in CUES:
        assert cue.technique in TAXONOMY, cue.technique
        assert cue.explanation and (cue.words or cue.heads or cue.firsts or cue.phrases or cue.label_firsts)
        for p in cue.phrases:
            re.compile(p)
    assert set(TAXONOMY) | {"Rhetorical_Question"} == set(FAMILIES)
    known = {w for c in CUES for w in c.words + c.heads}
    for a, b in PAIRED_LABELS:
        assert a in known and b in known, (a, b)


def test_voice_of_a_quoted_loaded_word_is_the_speaker():
    # invented article
    text = ("Streit um den Haushalt\n\n„Das ist eine dreiste Zumutung“, sagte Finanzminister Karl Huber am Montag. "
            "Der Plan ist unerträglich.")
    doc = analyze(text)
    spans = {doc.span_text(s): s.attrs for s in doc.layers["techniques"]}
    assert spans["Zumutung"]["voice"] != "author" and "Huber" in (spans["Zumutung"]["voice_name"] or "")
    assert spans["unerträglich"]["voice"] == "author"
    assert all(a["explanation"] and a["cue"] and 0 < a["confidence"] <= 1 for a in spans.values())


@pytest.mark.shared
def test_examples_rhetoric():
    folder = need_shared(SHARED / "examples")
    vz = analyze(folder / "vz-himars-belgorod.txt")
    got = {(s.label, vz.span_text(s)) for s in vz.layers["techniques"]}
    assert ("Slogans", "Aber nein, das wird es nicht.") in got
    assert any(label == "Name_Calling-Labeling" and "Kiewer Regime" in t for label, t in got)
    assert any(label == "Loaded_Language" and "Ausrede" in t for label, t in got)
    assert sum(label == "Rhetorical_Question" for label, _ in got) >= 1
    assert any("Verschwendung" in t for _, t in got)
    assert vz.document["genre"]["label"] == "opinion"
    gt = analyze(folder / "goldenten-atacms-kursk.txt")
    got = {(s.label, gt.span_text(s)) for s in gt.layers["techniques"]}
    assert ("Appeal_to_Fear-Prejudice", "Dritten Weltkrieg") in got
    assert ("Causal_Oversimplification", "Mit anderen Worten:") in got
    assert any(label == "Loaded_Language" and "Deep-State" in t for label, t in got)
    assert any(label == "Loaded_Language" and "verzweifelten" in t for label, t in got)


def test_every_report_format_has_the_rhetoric_section():
    from quellenkritik.report import render

    # invented article
    doc = analyze("Ein Kommentar\n\nDie sogenannten Experten betreiben Panikmache. Wer soll das glauben? "
                  "Unsere Truppen rücken vor.")
    for fmt in ("text", "md", "html"):
        out = render(doc, fmt)
        assert "Rhetoric" in out and "Panikmache" in out and "genre: opinion" in out, fmt
        assert "qk accuracy" in out, fmt  # every report says where the measured accuracy is
    assert "Loaded\\_Language" in render(doc, "md") and "a noun that judges" in render(doc, "html")


