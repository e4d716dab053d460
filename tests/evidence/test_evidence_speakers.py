"""Who said what: speakers found, trimmed, typed and resolved (invented sentences)."""

from __future__ import annotations

import pytest

import quellenkritik as qk
from quellenkritik.evidence.speech.speakers import anonymous_group, plausible, speaker_type


def said(text: str) -> list[tuple[str, str, str]]:
    doc = qk.analyze(text)
    return [
        (s.attrs["source_text"], doc.text[s.attrs["cue"][0] : s.attrs["cue"][1]] if s.attrs["cue"] else "", s.attrs["source_type"])
        for s in doc.layers["attributions"]
    ]


def test_speaker_is_the_speaker_and_the_newspaper_is_the_addressee():
    doc = qk.analyze("Die Lage sei ernst, sagte Innenminister Karl Huber der Zeitung „Nordkurier“.")
    (a,) = doc.layers["attributions"]
    assert a.attrs["source_text"] == "Innenminister Karl Huber"
    assert a.attrs["source_type"] == "official"
    assert "Nordkurier" in a.attrs["addressee_text"]


def test_example_phrase_is_not_the_speaker():
    rows = said("Als Beispiel nannte der ehemalige Ministerpräsident Otto Brenner die neue Brücke in Talheim.")
    assert rows and rows[0][0] == "der ehemalige Ministerpräsident Otto Brenner"


@pytest.mark.parametrize("adverb", ["Unterdessen", "Ähnlich", "Plötzlich"])
def test_adverbs_never_speak(adverb):
    rows = said(f"{adverb} erklärte Bürgermeisterin Petra Kessler, die Brücke bleibe gesperrt.")
    assert [r[0] for r in rows] == ["Bürgermeisterin Petra Kessler"]


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("Westliche Regierungen werfen dem Nachbarland vor, Waffen zu liefern.", "Westliche Regierungen", "werfen"),
        ("Der Bürgermeister gab am Montag zu bedenken, dass die Kosten steigen.", "Der Bürgermeister", "gab"),
        ("Die Stadträtin pflichtete ihm bei.", "Die Stadträtin", "pflichtete"),
        ("Die Ministerin wies die Vorwürfe am Abend zurück.", "Die Ministerin", "wies"),
    ],
)
def test_split_particle_verbs(text, source, cue):
    assert (source, cue) in [(r[0], r[1]) for r in said(text)]


def test_colon_headline_attribution_and_not_crossheads():
    doc = qk.analyze("Bürgermeisterin Petra Kessler: Die Brücke bleibt bis Mai gesperrt\n\nDie Stadt Talheim hat am Montag ihre Pläne vorgestellt. Das sagte die Verwaltung.\n\nTeure Sanierung: Was jetzt kommt\n\nDie Kosten liegen bei vier Millionen Euro, heißt es im Plan der Stadt.")
    sources = [s.attrs["source_text"] for s in doc.layers["attributions"]]
    assert "Bürgermeisterin Petra Kessler" in sources
    assert "Teure Sanierung" not in sources


def test_passive_agent_and_agentless_passive():
    rows = said("Der Unfall wurde von der Polizei in Talheim bestätigt. Die Listen wurden am Montag bestätigt.")
    assert [r[0] for r in rows] == ["der Polizei"]


def test_nominal_and_compound_cues():
    rows = said("Nach Kirchenangaben kamen 300 Menschen. Expertenschätzungen nach kostet der Bau 20 Millionen Euro.")
    assert ("Kirchenangaben", "other") in [(r[0], r[2]) for r in rows]
    assert ("Expertenschätzungen", "expert") in [(r[0], r[2]) for r in rows]
    assert anonymous_group("Expertenschätzungen") and not anonymous_group("Kirchenangaben")


def test_coreference_surname_description_pronoun():
    doc = qk.analyze(
        "Die Virologin Dr. Karin Albers erklärte, die Tests seien zuverlässig. "
        "Albers sagte außerdem, man brauche mehr Labore. "
        "Die Virologin betonte, die Zahlen seien vorläufig. Sie fügte hinzu, es gebe keinen Grund zur Sorge."
    )
    by_source = {s.attrs["source_text"]: s.attrs for s in doc.layers["attributions"] if not s.attrs.get("continued")}
    assert by_source["Albers"]["source_type"] == "expert"
    assert "Karin Albers" in by_source["Albers"]["resolved_from"]
    assert by_source["Die Virologin"]["source_type"] == "expert"
    assert by_source["Sie"]["source_type"] == "expert" and by_source["Sie"]["confidence"] <= 0.5
    assert by_source["Albers"]["confidence"] > by_source["Sie"]["confidence"]


def test_konjunktiv_run_on_is_credited_to_the_last_speaker():
    doc = qk.analyze("Der Landrat sagte, die Straße werde im Mai gesperrt. Die Arbeiten seien in drei Wochen fertig. Danach sei alles frei.")
    cont = [s for s in doc.layers["attributions"] if s.attrs.get("continued")]
    assert cont and all(s.attrs["source_text"] == "Der Landrat" for s in cont)
    assert all(s.attrs["confidence"] < 0.85 for s in cont)


@pytest.mark.parametrize(
    "mention, expected",
    [
        ("SPD-Gesundheitsexperte Karl Lauterbach", "politician"),
        ("Gesundheitsministerin Ida Roth (Grüne)", "official"),
        ("ÖVP-Chef Max Bauer", "politician"),
        ("Der Charité-Virologe", "expert"),
        ("ein polnischer Regierungsvertreter", "anonymous"),
        ("ein Sprecher des Kremls", "official"),
        ("ein Sprecher der Regierung in Kiew", "official"),
        ("Die Weltgesundheitsorganisation (WHO)", "international"),
        ("Moskau", "official"),
        ("Washington und Kiew", "official"),
        ("Diplomaten", "anonymous"),
        ("Hersteller Lockheed Martin", "other"),
        ("die Nachrichtenagentur TASS", "media"),
        ("die Nachrichtenagentur Ukrinform", "media"),
    ],
)
def test_guide_types(mention, expected):
    assert speaker_type(mention)[0] == expected


@pytest.mark.parametrize("mention", ["Februar", "Weltweit", "den Ausbruch des Coronavirus", "Beispiel", "man"])
def test_not_speakers(mention):
    assert not plausible(mention, has_entity=False)


def test_apposition_subject_and_description_coreference():
    # invented
    doc = qk.analyze("Anton Berger, Bürgermeister von Talheim, hat erklärt, es gebe keine Sperre. "
                     "Am Freitag berichteten die Behörden von 412 neuen Fällen. "
                     "Der Bürgermeister räumte ein, dass die Zahl wachse.")
    groups = {g["speaker"]: g for g in doc.document["speakers"]}
    mayor = groups["Anton Berger"]  # the person entity names the group
    assert mayor["type"] == "official" and "Der Bürgermeister" in mayor["mentions"]
    assert "Anton Berger, Bürgermeister von Talheim" in mayor["mentions"]
    assert "die Behörden" in groups  # not "die Behörden von 412 neuen Fällen"


def test_outlets_and_headings_in_quotation_marks_are_not_speech():
    # invented
    doc = qk.analyze("Die Lage sei ernst, sagte Innenminister Karl Huber der „Bild am Sonntag“. "
                     "Der Minister sagte dem »Spiegel« am Montag, es gebe keinen Plan.\n\n"
                     "»Neue Pläne für die Brücke«\n\nDie Stadt will neu bauen, sagte die Bürgermeisterin.")
    assert not [q for q in doc.layers["quotes"] if q.label == "DIRECT"]
    to = {a.attrs["source_text"]: a.attrs.get("addressee_text") for a in doc.layers["attributions"]}
    assert to["Innenminister Karl Huber"] == "der „Bild am Sonntag“"
    assert to["Der Minister"] == "dem »Spiegel«"


def test_a_person_of_an_outlet_is_not_the_outlet_said_before():
    doc = qk.analyze("Invented. Diese Woche kündigte der Sportsender Kanalzehn eine Partnerschaft mit der Liga an. "
                     "Drohnenrennen sind eine Möglichkeit, ein großes Publikum zu erreichen, sagt etwa Anna Beispiel "
                     "von Kanalzehn.")
    (att,) = [s.attrs for s in doc.layers["attributions"] if "Beispiel" in s.attrs["source_text"]]
    assert "kanal" not in (att.get("speaker_id") or "") and "Kanalzehn" not in (att.get("speaker") or "")
    assert att["source_type"] == "media"  # typed by the outlet the person speaks for
