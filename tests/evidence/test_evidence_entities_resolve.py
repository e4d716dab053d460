"""Transliteration folding, resolution, local ids and the ``qk entity resolve`` CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenkritik.evidence.entities import fold, load_kb, local_id, resolve, to_latin

SAME_PERSON = {
    "qk:per:volodymyr-zelensky": ["Selenskij", "Selenskyj", "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski",
                                  "Зеленський", "Зеленский", "Wolodymyr Selenskyj", "Volodymyr Zelenskyi",
                                  "Wolodimir Selenski"],
    "qk:per:valerii-zaluzhnyi": ["Saluschnyj", "Zaluzhnyi", "Залужний", "Waleri Saluschnyj", "Valeriy Zaluzhny"],
    "qk:per:rodion-miroshnik": ["Miroshnik", "Miroschnik", "Мирошник", "Rodion Miroschnik"],
    "qk:per:leonid-slutsky": ["Slutsky", "Sluzki", "Слуцкий", "Leonid Sluzkij"],
    "qk:per:sergei-lavrov": ["Lawrow", "Lavrov", "Sergej Lawrow", "Сергей Лавров", "Sergey Lavrov"],
    "qk:per:kim-jong-un": ["Kim Jong-un", "Kim Jong Un", "Kim Jong-Un", "김정은"],
    "qk:per:kim-yo-jong": ["Kim Yo-jong", "Kim Yo Jong", "김여정"],
    "qk:per:vitali-klitschko": ["Vitali Klitschko", "Witali Klitschko", "Віталій Кличко"],
    "qk:per:wladimir-klitschko": ["Wladimir Klitschko", "Volodymyr Klitschko"],
}
SAME_PLACE = {
    "qk:loc:geonames:706483": ["Charkiw", "Kharkiv", "Charkow", "Харків", "Kharkov"],
    "qk:loc:geonames:703448": ["Kiew", "Kyiv", "Kiev", "Київ"],
    "qk:loc:geonames:524901": ["Moskau", "Moscow", "Москва"],
    "qk:loc:geonames:1871859": ["Pjöngjang", "Pyongyang"],
    "qk:loc:geonames:578072": ["Belgorod", "Белгород"],
    # the German spellings of the Ukrainian and the Russian name (build_kb: translit.to_latin)
    "qk:loc:geonames:700569": ["Mykolajiw", "Nikolajew", "Mykolaiv", "Миколаїв", "Николаев"],
    "qk:loc:geonames:687700": ["Saporischschja", "Saporoschje", "Zaporizhzhia", "Запоріжжя"],
    "qk:loc:geonames:627904": ["Hrodna", "Grodno", "Гродна"],
    "qk:loc:geonames:792680": ["Belgrad", "Belgrade", "Beograd"],
    "qk:loc:iso:AE": ["VAE", "UAE", "Vereinigte Arabische Emirate"],
    "qk:loc:donbas": ["Donbas", "Donbass", "Донбасс"],
}


def test_fold_merges_the_selenskij_family():
    keys = {fold(n) for n in ["Selenskij", "Selenskyj", "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski",
                              "Зеленський", "Зеленский"]}
    assert keys == {"selenski"}


@pytest.mark.parametrize("names", [["Saluschnyj", "Zaluzhnyi", "Залужний"], ["Miroshnik", "Miroschnik", "Мирошник"],
                                   ["Charkiw", "Kharkiv", "Харків"], ["Pjöngjang", "Pyongyang"]])
def test_fold_merges_spellings(names):
    assert len({fold(n) for n in names}) == 1


@pytest.mark.parametrize("a,b", [("Kim Jong-un", "Kim Yo-jong"), ("Witali Klitschko", "Wladimir Klitschko"),
                                 ("Belgorod", "Belgrad"), ("Charkiw", "Charkow")])
def test_fold_keeps_different_names_apart(a, b):
    assert fold(a) != fold(b)


def test_to_latin_german_and_english():
    assert to_latin("Мирошник", "de") == "Miroschnik"
    assert to_latin("Мирошник", "en") == "Miroshnik"
    assert to_latin("Валерій Залужний", "de") == "Walerij Saluschnyj"
    assert to_latin("Валерій Залужний", "en") == "Valerii Zaluzhnyi"
    assert to_latin("Харків", "de") == "Charkiw"


@pytest.mark.parametrize("eid,names", list(SAME_PERSON.items()) + list(SAME_PLACE.items()))
def test_spellings_resolve_to_one_id(eid, names):
    got = {n: resolve(n).id for n in names}
    assert set(got.values()) == {eid}, got


def test_resolver_accuracy_on_the_lists():
    pairs = [(n, eid) for d in (SAME_PERSON, SAME_PLACE) for eid, ns in d.items() for n in ns]
    correct = sum(resolve(n).id == eid for n, eid in pairs)
    assert correct == len(pairs)


@pytest.mark.parametrize("a,b", [("Kim Jong-un", "Kim Yo-jong"), ("Witali Klitschko", "Wladimir Klitschko"),
                                 ("Belgorod", "Belgrad"), ("Austria", "Australia"), ("Merz", "Metz")])
def test_no_over_merging(a, b):
    assert resolve(a).id != resolve(b).id


def test_shared_surname_is_ambiguous_unless_context_decides():
    r = resolve("Klitschko")
    assert r.method == "ambiguous" and not r.kb
    assert set(r.candidates) == {"qk:per:vitali-klitschko", "qk:per:wladimir-klitschko"}
    assert resolve("Klitschko", context={"qk:per:wladimir-klitschko"}).id == "qk:per:wladimir-klitschko"
    assert resolve("Klitschko", context="Bürgermeister Vitali Klitschko sagte").id == "qk:per:vitali-klitschko"


def test_label_constraint():
    assert resolve("Washington", "LOC").label == "LOC"
    assert resolve("Washington", "PER").id.startswith("qk:local:per:")
    assert resolve("HIMARS", "WEAPON").id == "qk:weapon:himars"


def test_fuzzy_only_close_same_label_and_several_words():
    assert resolve("Zelenskky", "PER").id == "qk:per:volodymyr-zelensky"
    assert resolve("Zelenskky", "PER").method == "translit"
    assert resolve("Wladimir Putn", "PER").method == "fuzzy"
    assert resolve("Wladimir Putn", "PER").score < 0.8  # a weak link
    assert not resolve("Putn", "PER").kb  # one word: never fuzzy ("Koller" is not Kogler)
    assert resolve("Belgorot", "LOC").id != "qk:loc:geonames:792680"  # never Belgrade


def test_local_ids_are_stable_and_spelling_independent():
    a = resolve("Boris Dscherelijewski", "PER")
    assert a.id == local_id("Boris Dscherelijewski", "PER") == "qk:local:per:boris-dserelevski"
    assert resolve("Boris Dzherelievsky", "PER").id == a.id
    assert resolve("Rubikon", "ORG").id == "qk:local:org:rubikon"
    assert not a.kb and a.method == "local"


def test_kb_entries_are_well_formed():
    kb = load_kb()
    assert len(kb) > 5000
    for e in kb.entries:
        assert e.id.startswith("qk:") and e.label in {"PER", "ORG", "LOC", "WEAPON", "MISC"} and e.canonical
    # no Wikidata ids written from memory: only those read from Party Facts or congress-legislators
    # (on their entries, or on the curated entry they were folded into: extra.merged names it)
    assert all(e.source in {"partyfacts", "us-congress-legislators"} or e.extra.get("merged")
               for e in kb.entries if "wikidata" in e.extra)
    assert kb.get("qk:loc:geonames:703448").extra["geonames"] == 703448


def test_cli_resolve_prints_one_json_line_per_name():
    import quellenkritik.cli.entity_cmds  # noqa: F401 - registers the command group
    from quellenkritik.cli.app import app

    res = CliRunner().invoke(app, ["entity", "resolve", "Selenskij", "Зеленський", "Kim Yo-jong", "--label", "PER"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines() if line.strip()]
    assert [r["name"] for r in rows] == ["Selenskij", "Зеленський", "Kim Yo-jong"]
    assert rows[0]["id"] == rows[1]["id"] == "qk:per:volodymyr-zelensky"
    assert rows[2]["id"] == "qk:per:kim-yo-jong"
    assert set(rows[0]) >= {"name", "id", "label", "canonical", "score", "method"}
    bad = CliRunner().invoke(app, ["entity", "resolve", "x", "--label", "FOO"])
    assert bad.exit_code != 0


@pytest.mark.parametrize("name,first_kind,first_country", [
    ("Florida", "state", "US"),    # not Floridablanca (CO), whose other names list "Florida"
    ("Napoli", "city", "IT"),      # Naples, not the metropolitan city named after it
    ("Saint Louis", "city", "US"),  # the larger town abroad keeps its rank
    ("Zürich", "city", "CH"),
])
def test_a_places_own_name_before_a_towns_other_name_abroad(name, first_kind, first_country):
    from quellenkritik.evidence.entities.kb import load_kb
    from quellenkritik.evidence.entities.resolve import own_name_first

    first = own_name_first(load_kb().by_norm(name), name)[0]
    assert (first.kind, first.country) == (first_kind, first_country)
