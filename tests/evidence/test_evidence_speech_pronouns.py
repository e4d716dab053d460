"""Pronoun speakers: "er"/"sie" is the last person named before it whose gender the text gives
as the pronoun's, else the last whose gender it leaves open (invented sentences)."""

from __future__ import annotations

import pytest

from quellenkritik.evidence.speech.speakers import SpeakerResolver, gender_word


def _resolve(text: str, names: list[str], pronoun: str):
    ents = []
    for k, name in enumerate(names):
        s = text.index(name)
        ents.append((s, s + len(name), "PER", {"id": f"qk:local:per:{k}", "canonical": name}))
    ents.sort()
    pos = text.index(f" {pronoun}") + 1
    return SpeakerResolver(ents, text=text).resolve(pos, pos, pos + len(pronoun), pronoun)


@pytest.mark.parametrize("text, pronoun, expected", [
    # the feminine role noun marks her; the man named after her leaves "sie" to her
    ("Die Rechtsterroristin Anna Beispiel und Uwe Muster lebten in Jena. Später berichtete sie vor Gericht.",
     "sie", "Anna Beispiel"),
    # the same for "er", with the sides swapped
    ("Der Minister Uwe Muster und Anna Beispiel lebten in Jena. Später berichtete er vor Gericht.",
     "er", "Uwe Muster"),
    ("Frau Anna Beispiel traf Uwe Muster in Jena. Danach sagte sie, es sei gut gelaufen.", "sie", "Anna Beispiel"),
    ("Herr Uwe Muster traf Anna Beispiel in Jena. Danach sagte er, es sei gut gelaufen.", "er", "Uwe Muster"),
    # nothing in the text gives a gender: the last person named, as before
    ("Anna Beispiel traf Uwe Muster in Jena. Danach sagte sie, es sei gut gelaufen.", "sie", "Uwe Muster"),
])
def test_the_pronoun_goes_to_the_person_of_its_gender(text, pronoun, expected):
    sp = _resolve(text, ["Anna Beispiel", "Uwe Muster"], pronoun)
    assert sp.name == expected
    assert sp.confidence == 0.4  # still a guess, and it says so


def test_a_mention_of_the_other_gender_is_skipped_even_when_it_is_the_last():
    text = "Die Ministerin Anna Beispiel kam mit Minister Uwe Muster. Am Abend sagte sie, es sei gut."
    assert _resolve(text, ["Anna Beispiel", "Uwe Muster"], "sie").name == "Anna Beispiel"


@pytest.mark.parametrize("word, gender", [
    ("Frau", "f"), ("Herr", "m"), ("Ministerin", "f"), ("Minister", "m"), ("NSU-Rechtsterroristin", "f"),
    ("SPD-Chef", "m"), ("Kanzlerin", "f"), ("Berlin", None), ("Medizin", None), ("Termin", None), ("Uwe", None),
])
def test_gender_words(word, gender):
    assert gender_word(word) == gender
