"""The "sentences" component: German edge cases, quotes, paragraphs, offsets."""

import random

import pytest

from quellenkritik.document import Document, Source
from quellenkritik.linguistic import tokens_of
from quellenkritik.pipeline import registry


def split(text, language="de"):
    doc = Document(source=Source(kind="text", location="test"), text=text, language=language)
    registry.get("tokens").factory()(doc)
    registry.get("sentences").factory()(doc)
    return doc


def sents(text, language="de"):
    doc = split(text, language)
    return [doc.span_text(s) for s in doc.layers["sentences"]]


def test_spec_declares_requires_and_adds():
    spec = registry.get("sentences")
    assert spec.requires == {"tokens"}
    assert spec.adds == {"layers.sentences"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Am 24. und 25. Januar wurde die Brücke gesperrt.",
        "Die Firma wurde am 3. Oktober 2020 gegründet.",
        "Es kamen 170.000 Menschen.",
        "Der Schaden beträgt 5,27 Mio. Euro.",
        "Manche Tiere, z. B. Füchse, jagen nachts.",
        "Das sagte Dr. Müller am Abend.",
        "Es waren ca. 40 Gäste da.",
        "Der Zug bzw. der Bus fährt später.",
        "Es sprachen u. a. Bürgermeister und Landrat.",
        "Er wohnt in der Gartenstraße Nr. 5 im Erdgeschoss.",
        "Das steht auf S. 12 des Berichts.",
        "Sie wurde im 19. Jahrhundert gebaut.",
        "Es war das 2. Tor des 1. FC Beispielstadt.",
        "Das Stück wurde zum 1000. Mal gespielt.",
        "Die Sitzung ist am Do. 5. Mai um 17.30 Uhr.",
    ],
)
def test_never_splits_inside_ordinals_numbers_and_abbreviations(sentence):
    text = f"Erster Satz hier. {sentence} Letzter Satz dort."
    assert sents(text) == ["Erster Satz hier.", sentence, "Letzter Satz dort."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Das war im Jahr 2020. Dann kam die Wende.", ["Das war im Jahr 2020.", "Dann kam die Wende."]),
        ("Die Zahlen stammen von 2011. Neuere gibt es nicht.", ["Die Zahlen stammen von 2011.", "Neuere gibt es nicht."]),
        ("Er bleibt bis 2027. Im Mai folgt die Wahl.", ["Er bleibt bis 2027.", "Im Mai folgt die Wahl."]),
        ("Das Team landete auf Rang 14. Es war enttäuscht.", ["Das Team landete auf Rang 14.", "Es war enttäuscht."]),
        ("Es gab Äpfel, Birnen usw. Die Preise stiegen.", ["Es gab Äpfel, Birnen usw.", "Die Preise stiegen."]),
        ("Der Verlust lag bei 5 Mio. Die Bank schwieg.", ["Der Verlust lag bei 5 Mio.", "Die Bank schwieg."]),
    ],
)
def test_splits_after_ordinal_or_abbreviation_before_a_sentence_start(text, expected):
    assert sents(text) == expected


@pytest.mark.parametrize(
    "text", ["Am 3. Oktober 2020 war Feiertag.", "Bis zum 1. Mai 2021 Neues zu bauen, war das Ziel."]
)
def test_no_split_before_month_names(text):
    assert sents(text) == [text]


def test_quote_spanning_two_sentences_keeps_its_marks():
    text = "Er sagte: „Wir kommen. Wir bleiben.“ Dann ging er."
    assert sents(text) == ["Er sagte: „Wir kommen.", "Wir bleiben.“", "Dann ging er."]


@pytest.mark.parametrize(
    "quoted",
    ["„Ja.“", "»Ja.«", "«Ja.»", "‚Ja.‘", "›Ja.‹", '"Ja."', "(Ja.)", "„Wirklich?!“", "„Echt…“"],
)
def test_closing_quotes_and_brackets_join_the_sentence_they_close(quoted):
    assert sents(f"Er sagte {quoted} Sie nickte.") == [f"Er sagte {quoted}", "Sie nickte."]


def test_question_inside_quote_followed_by_comma_does_not_end_the_sentence():
    assert sents("„Warum?“, fragte sie. Er schwieg.") == ["„Warum?“, fragte sie.", "Er schwieg."]


def test_interrobang_and_ellipsis():
    assert sents("Wirklich?! Ja!? Nein… Doch... Gut.") == ["Wirklich?!", "Ja!?", "Nein…", "Doch...", "Gut."]


def test_omission_in_brackets_is_not_an_end():
    assert sents("Er sagte, [...] es sei vorbei. Dann ging er.") == [
        "Er sagte, [...] es sei vorbei.",
        "Dann ging er.",
    ]


def test_lowercase_continuation_after_ellipsis():
    assert sents("Er zögerte... und ging dann doch.") == ["Er zögerte... und ging dann doch."]


@pytest.mark.parametrize("sep", ["\n\n", "\n", "\r\n", "\n \n"])
def test_paragraph_breaks_always_end_a_sentence(sep):
    text = f"Eine Überschrift ohne Punkt{sep}Der Text beginnt hier. Er endet hier"
    assert sents(text) == ["Eine Überschrift ohne Punkt", "Der Text beginnt hier.", "Er endet hier"]


def test_english_abbreviations():
    text = "Mr. Smith arrived at 5 p.m. yesterday. He left."
    assert sents(text, "en") == ["Mr. Smith arrived at 5 p.m. yesterday.", "He left."]
    text = "They met in Washington, D.C. The talks failed. Dr. Jones said so."
    assert sents(text, "en") == ["They met in Washington, D.C.", "The talks failed.", "Dr. Jones said so."]


def test_offsets_are_exact():
    text = "  Der erste Satz.   Der „zweite“ Satz!\n\nDer dritte Satz?  "
    doc = split(text)
    spans = doc.layers["sentences"]
    expected = ["Der erste Satz.", "Der „zweite“ Satz!", "Der dritte Satz?"]
    assert [text[s.start : s.end] for s in spans] == expected
    assert spans[0].start == 2 and spans[1].start == text.index("Der „")
    assert all(s.label == "S" and s.by == "sentences" for s in spans)


def test_spacy_doc_sentences_agree_with_the_layer():
    doc = split("Am 3. Oktober 2020 kam er. Er blieb.\nDann ging er.")
    layer = [doc.span_text(s) for s in doc.layers["sentences"]]
    spacy_sents = [s.text.strip() for s in tokens_of(doc).sents]
    assert spacy_sents == layer == ["Am 3. Oktober 2020 kam er.", "Er blieb.", "Dann ging er."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "Ohne Punkt", "."])
def test_degenerate_texts(text):
    out = sents(text)
    assert out == ([text.strip()] if text.strip() else [])


def test_invariants_on_random_texts():
    """Non-empty, trimmed, ordered, non-overlapping sentences on shuffled fragments."""
    pieces = [
        "Der Rat tagte am 24. Mai.", "Es gab ca. 170.000 Stimmen.", "„Wir bleiben.“", "Warum?!",
        "Dr. Müller kam.", "Das war 2020.", "(So sagte er.)", "z. B. hier", "...", "»Nein«, rief sie.",
        "Ende", "5,27 Mio. Euro", "\n", "\n\n", " ", "Er ging… ", "usw.", "Nr. 5", "!", "„",
    ]
    rng = random.Random(7)
    for _ in range(200):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        doc = split(text)
        prev_end = 0
        for s in doc.layers["sentences"]:
            seg = text[s.start : s.end]
            assert seg and seg == seg.strip()
            assert s.start >= prev_end
            prev_end = s.end
        covered = "".join(text[s.start : s.end] for s in doc.layers["sentences"])
        assert covered.replace(" ", "") == "".join(text.split())  # no text lost


def test_quote_closing_after_an_ordinal_or_abbreviation():
    text = "Er sagte: „Das war 2020.“ Dann ging er. Sie rief: »Es kostet 5 Mio.« Die Bank schwieg."
    assert sents(text) == [
        "Er sagte: „Das war 2020.“",
        "Dann ging er.",
        "Sie rief: »Es kostet 5 Mio.«",
        "Die Bank schwieg.",
    ]


def test_opening_quote_before_a_sentence_start():
    assert sents("Die Zahl stieg bis 2020. „Niemand rechnete damit“, hieß es.") == [
        "Die Zahl stieg bis 2020.",
        "„Niemand rechnete damit“, hieß es.",
    ]
    assert sents("Es gab Äpfel usw. „Die Preise“ stiegen.") == ["Es gab Äpfel usw.", "„Die Preise“ stiegen."]


def test_stop_after_bracketed_ordinal():
    assert sents("Er traf zum 2:0 (62.). Danach war Ruhe.") == ["Er traf zum 2:0 (62.).", "Danach war Ruhe."]
    assert sents("Müller (45.) und Meier (56.) trafen.") == ["Müller (45.) und Meier (56.) trafen."]


# --- dashes (invented sentences) -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Wien – Eine Obergrenze soll auch im Wahlkampf eine Rolle spielen.",
        "Lindenau — Der Stadtrat hat am Montag getagt.",
        "Die Regierung – so heißt es – plant eine Reform.",
        "Der Vorsitzende - seit zwei Jahren im Amt - trat zurück.",
        "Das Bad – geschlossen. – bleibt ein Thema.",  # a stop inside the insertion, then lower case
    ],
)
def test_a_dash_never_ends_a_sentence(text):
    assert sents(text) == [text]


def test_a_stop_before_a_dash_and_a_lower_case_word_ends_no_sentence():
    text = "Er sagte: „Wir kommen.“ – und ging hinaus."
    assert sents(text) == [text]
    assert sents("„Wir haben gewonnen!“ – so der Trainer nach dem Spiel.") == [
        "„Wir haben gewonnen!“ – so der Trainer nach dem Spiel."
    ]
    # before a capitalised word the stop still ends the sentence
    assert sents("Er kam. – Dann ging er wieder.") == ["Er kam.", "– Dann ging er wieder."]


def test_a_name_with_a_number_ends_a_sentence_before_any_capital():
    assert sents("Es starben 12 Menschen an COVID-19. Allein am Montag kamen 3 hinzu.") == [
        "Es starben 12 Menschen an COVID-19.",
        "Allein am Montag kamen 3 hinzu.",
    ]
    # an ordinal after a word still needs a sentence starter
    assert len(sents("Sie wurde Weltranglisten-19. Platz eins blieb unerreicht.")) == 1
