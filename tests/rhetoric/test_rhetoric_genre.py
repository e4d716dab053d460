"""Genre from its signals. Texts invented for the tests."""

from __future__ import annotations

from quellenkritik import analyze
from quellenkritik.rhetoric.genre import classify_genre


def _sents(text):
    out, pos = [], 0
    for part in text.split(". "):
        out.append((pos, pos + len(part) + 1))
        pos += len(part) + 2
    return out


def test_a_printed_label_decides():
    text = "Ein Kommentar von Anna Berg. Die Stadt baut eine Brücke."
    r = classify_genre(text, _sents(text), [], 0, [])
    assert r.label == "opinion" and r.signals["label_in_text"] == "Ein Kommentar"
    r = classify_genre("Die Firma meldet Gewinne.", [(0, 25)], [], 0, [], title="Pressemitteilung: Gewinne")
    assert r.label == "other"


def test_signals_decide_without_a_label():
    text = "Wir haben genug. Unsere Stadt verfällt. Ich frage mich, warum. Das ist eine Zumutung."
    sents = _sents(text)
    techniques = [(0, 5, "Loaded_Language", True), (10, 15, "Loaded_Language", True), (20, 30, "Rhetorical_Question", True)]
    r = classify_genre(text, sents, [], 0, techniques)
    assert r.label == "opinion" and r.signals["first_person_per_100_words"] > 0
    report = "Die Polizei meldete am Montag drei Unfälle. Ein Sprecher sagte, niemand sei verletzt worden."
    r = classify_genre(report, _sents(report), [(50, 90)], 1, [])
    assert r.label == "reporting" and r.signals["attributed_share"] == 0.5
    # a loaded word quoted from a speaker is not the author's opinion
    r = classify_genre(report, _sents(report), [(50, 90)], 1, [(60, 70, "Loaded_Language", False)])
    assert r.label == "reporting"


def test_pipeline_sets_document_genre():
    # invented article
    doc = analyze("Streit um den Haushalt\n\nDas Land plant neue Schulden. Finanzminister Karl Huber sagte am Montag, "
                  "die Lage sei ernst. Die Opposition kündigte Widerstand an.")
    g = doc.document["genre"]
    assert g["label"] == "reporting" and 0.5 <= g["confidence"] <= 0.9 and "attributed_share" in g["signals"]
    assert doc.document["rhetoric"]["total"] == len(doc.layers["techniques"])


def test_optional_stance_and_subjectivity_components():
    from quellenkritik.config import PipelineSettings
    from quellenkritik.pipeline import Pipeline

    names = PipelineSettings(enable=["rhetoric.stance", "rhetoric.subjectivity"]).resolved_components()
    assert names[-2:] == ["rhetoric.stance", "rhetoric.subjectivity"]
    # invented article
    text = ("Streit um Huber\n\nFinanzminister Karl Huber hat den Haushalt vorgelegt. Die Opposition wirft Karl Huber "
            "Versagen und Lügen vor. Karl Huber sei gescheitert, heißt es. Ich finde das wirklich unerträglich!")
    doc = analyze(text=text, pipeline=Pipeline.from_names(names))
    actors = {a["actor"]: a for a in doc.document["stance"]}
    assert actors and all(a["positive"] + a["negative"] + a["neutral"] >= 2 for a in actors.values())
    sub = doc.document["subjectivity"]
    assert sub["sentences"] >= 4 and 0 <= sub["share"] <= 1
    assert all(s.label == "subjective" for s in doc.layers["subjective"])
