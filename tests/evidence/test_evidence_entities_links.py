"""Links that never mislead: ordinary words and names of people or groups never link to a place,
weak links say so, and the resolver's place rules hold for every label and method."""

from pathlib import Path

import pytest

from quellenkritik.evidence.entities.kb import Entry
from quellenkritik.evidence.entities.matcher import get_matcher
from quellenkritik.evidence.entities.resolve import is_weak, place_allowed, resolve

NOT_PLACES = [
    w for w in (Path(__file__).parent / "data" / "not_places.txt").read_text(encoding="utf-8").split("\n")
    if w and not w.startswith("#")
]


def test_the_list_is_long_enough():
    assert len(NOT_PLACES) >= 300


@pytest.mark.parametrize("label", [None, "LOC"])
def test_no_word_of_the_list_links_to_a_place(label):
    linked = [(w, r.canonical, r.method) for w in NOT_PLACES if (r := resolve(w, label)).kb and r.label == "LOC"]
    assert linked == []


def test_the_matcher_finds_no_place_in_the_list():
    text = " ".join(f"Davor stand {w} im Text." for w in NOT_PLACES)
    places = [text[m.start : m.end] for m in get_matcher().find(text) if m.label == "LOC"]
    assert places == []


def test_places_that_are_also_words_need_the_label_and_a_home_or_context_country():
    assert resolve("Essen", "LOC").kb  # a German city when the recogniser says LOC
    assert not resolve("Essen", None).kb
    corona = resolve("Corona", "LOC")
    assert not corona.kb  # Corona, California: nothing in the context says US


def test_big_places_still_link():
    for name, canonical in [("Moskau", "Moscow"), ("Kiew", "Kyiv"), ("Hamburg", "Hamburg"), ("Schweiz", "Switzerland"),
                            ("Danzig", "Gdańsk"), ("Charkiw", "Kharkiv"), ("Grodno", "Hrodna")]:
        r = resolve(name, "LOC")
        assert r.kb and r.canonical == canonical, name


def _city(canonical: str, country: str, aliases: list[str]) -> Entry:
    return Entry(id="qk:loc:geonames:1", label="LOC", canonical=canonical, aliases=aliases, source="geonames",
                 country=country, population=500_000)


def test_transliteration_to_a_town_needs_label_and_context():
    city = _city("Mykolayiv", "UA", ["Mykolayiv", "Nikolaev"])
    assert not place_allowed(city, "Mykolajiw", "translit", None)
    assert not place_allowed(city, "Mykolajiw", "translit", "LOC")
    assert place_allowed(city, "Mykolajiw", "translit", "LOC", frozenset({"UA"}))
    assert place_allowed(city, "Миколаїв", "translit", "LOC")  # Cyrillic: what transliteration is for
    assert not place_allowed(city, "Mykolajiw", "fuzzy", "LOC", frozenset({"UA"}))  # never fuzzy


def test_curated_entries_and_other_labels_are_not_restricted():
    person = Entry(id="qk:per:x", label="PER", canonical="Anna Beispiel", aliases=[], source="curated")
    assert place_allowed(person, "Beispiel", "fuzzy", "PER")


def test_foreign_exonyms_do_not_link():
    assert not resolve("Jarosław", "LOC").kb  # Polish for Yaroslavl, and a first name
    assert resolve("Łódź", "LOC").kb  # a Polish name of a Polish city


def test_weak_links_are_marked():
    assert is_weak(0.7) and not is_weak(0.9) and not is_weak(None)


def _doc(text: str):
    from quellenkritik.document import Document, Source

    return Document(source=Source(kind="text", location="test"), text=text, language="de")


def _spans(text: str, *items: tuple[str, str]) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for surface, label in items:
        i = text.index(surface, pos)
        out.append((i, i + len(surface), label))
        pos = i + len(surface)
    return out


def test_surname_genitive_and_full_name_are_one_entity_in_either_order():
    from quellenkritik.evidence.entities.components import link_entities

    text = "Invented. Sobotka sprach zuerst. Dann kam Wolfgang Sobotka. Sobotkas Wunsch blieb offen."
    doc = _doc(text)
    link_entities(doc, _spans(text, ("Sobotka", "PER"), ("Wolfgang Sobotka", "PER"), ("Sobotkas Wunsch", "PER")))
    spans = doc.layers["entities"]
    assert [text[s.start : s.end] for s in spans] == ["Sobotka", "Wolfgang Sobotka", "Sobotkas"]
    assert len({s.attrs["id"] for s in spans}) == 1


def test_two_full_names_leave_a_surname_alone():
    from quellenkritik.evidence.entities.components import link_entities

    text = "Invented. Anna Probst und Karl Probst stritten. Probst gab nach."
    doc = _doc(text)
    link_entities(doc, _spans(text, ("Anna Probst", "PER"), ("Karl Probst", "PER"), ("Probst", "PER")))
    ids = [s.attrs["id"] for s in doc.layers["entities"]]
    assert ids[2] not in ids[:2]


def test_ordinary_words_guessed_as_names_are_dropped_but_surnames_stay():
    from quellenkritik.evidence.entities.components import link_entities

    text = "Invented. Natürlich kamen Raketen. Eugen Weinberg sagte, Weinberg bleibe."
    doc = _doc(text)
    link_entities(doc, _spans(text, ("Natürlich", "PER"), ("Raketen", "LOC"), ("Eugen Weinberg", "PER"), ("Weinberg", "PER")))
    assert [text[s.start : s.end] for s in doc.layers["entities"]] == ["Eugen Weinberg", "Weinberg"]


def test_links_carry_their_confidence_and_reports_show_weak_ones():
    from quellenkritik.report.sections import entity_groups, kb_text

    text = "Invented. Selenskij und Moskau."
    doc = _doc(text)
    doc.add("entities", 10, 19, "PER", by="t", id="qk:per:volodymyr-zelensky", canonical="Volodymyr Zelensky", kb=True,
            method="translit", confidence=0.7)
    doc.add("entities", 24, 30, "LOC", by="t", id="qk:loc:geonames:524901", canonical="Moscow", kb=True,
            method="kb", confidence=1.0)
    texts = {g.canonical: kb_text(g) for g in entity_groups(doc)}
    assert texts == {"Volodymyr Zelensky": "weak (translit 0.70)", "Moscow": "yes"}


def test_addresses_are_never_names():
    from quellenkritik.evidence.entities.components import link_entities

    text = "Invented. Mehr unter https://t.co/AbCdEf und info@example.org heute."
    doc = _doc(text)
    link_entities(doc, _spans(text, ("https://t.co/AbCdEf", "ORG"), ("info@example.org", "ORG")))
    assert doc.layers["entities"] == []


def test_an_organisation_name_with_a_place_in_it_replaces_the_place_link():
    from quellenkritik.evidence.entities.components import link_entities
    from quellenkritik.evidence.entities.matcher import get_matcher

    text = "Invented. Der VfL Wolfsburg siegte in Hamburg."
    doc = _doc(text)
    for m in get_matcher().find(text):
        doc.add("entities", m.start, m.end, m.label, by="entities.kb", **m.span_attrs())
    link_entities(doc, _spans(text, ("VfL Wolfsburg", "ORG")))
    got = [(text[s.start : s.end], s.label) for s in doc.layers["entities"]]
    assert got == [("VfL Wolfsburg", "ORG"), ("Hamburg", "LOC")]


def test_no_town_for_a_person_or_a_district_of_its_name():
    text = "Invented. Frau Haag sprach im Landkreis Celle, dann in Rom und in Celle."
    got = [(text[m.start : m.end], m.canonical) for m in get_matcher().find(text) if m.label == "LOC"]
    assert got == [("Rom", "Rome"), ("Celle", "Celle")]


def test_a_recognised_place_after_landkreis_is_not_linked_to_the_town():
    from quellenkritik.evidence.entities.components import link_entities

    text = "Invented. Ein Mann aus dem Landkreis Celle fuhr nach Celle."
    doc = _doc(text)
    link_entities(doc, [(text.index("Celle"), text.index("Celle") + 5, "LOC"), (text.rindex("Celle"), text.rindex("Celle") + 5, "LOC")])
    assert [s.attrs["kb"] for s in doc.layers["entities"]] == [False, True]
