"""Place links the document contradicts (``entities/context_rules.py`` and ``link_entities``).

All texts are invented for these tests.
"""

from __future__ import annotations

import pytest

from quellenkritik import analyze
from quellenkritik.evidence.entities.context_rules import is_sports

SPORTS = (
    "Der Tabellenführer gewann am Samstag auswärts mit 3:1. Matchwinner für Wolfsburg war der Stürmer mit zwei Toren "
    "in der zweiten Halbzeit. Wolfsburgs Trainer lobte die Mannschaft. Köln-Trainer Peter Beispiel sprach von einer "
    "verdienten Niederlage. Mit der Austria wartet in der nächsten Runde ein härterer Gegner. Die Fans feierten im "
    "Stadion bis spät in die Nacht. Die Mannschaft reist am Montag nach Wolfsburg zurück."
)


def _links(doc, word: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(doc.text[s.start : s.end], s.label, s.attrs.get("id"), s.attrs.get("method"))
            for s in doc.layers["entities"] if word in doc.text[s.start : s.end]]


def test_sports_report_is_recognised_and_ordinary_news_is_not():
    assert is_sports(SPORTS)
    assert not is_sports("Der Bürgermeister von Wolfsburg eröffnete am Montag eine neue Schule. "
                         "Die Stadt investierte zwei Millionen Euro.")


@pytest.fixture(scope="module")
def sports_doc():
    return analyze(SPORTS)


@pytest.mark.parametrize("surface", ["Wolfsburg", "Wolfsburgs", "Köln", "Austria"])
def test_clubs_named_by_their_town_are_organisations_not_the_town(sports_doc, surface):
    found = [x for x in _links(sports_doc, surface) if x[0] == surface]
    assert found, surface
    club = found[0]
    assert club[1] == "ORG" and club[3] == "club-by-town" and club[2].startswith("qk:local:org:")


def test_club_link_is_weak_and_says_why(sports_doc):
    span = next(s for s in sports_doc.layers["entities"] if s.attrs.get("method") == "club-by-town")
    assert span.attrs["confidence"] < 0.8 and span.attrs["kb"] is False
    assert "named by its town" in span.attrs["note"]


def test_travel_to_the_town_stays_the_town(sports_doc):
    last = [x for x in _links(sports_doc, "Wolfsburg") if x[0] == "Wolfsburg"][-1]
    assert last[1] == "LOC" and last[2].startswith("qk:loc:")  # "nach Wolfsburg zurück"


def test_town_after_for_in_ordinary_news_stays_the_town():
    doc = analyze("Der Stadtrat beschloss am Dienstag ein neues Budget für Wolfsburg. "
                  "Die Opposition kritisierte die hohen Kosten für Straßen und Schulen.")
    assert [x[1] for x in _links(doc, "Wolfsburg")] == ["LOC"]


def test_results_line_extends_to_the_team_name():
    doc = analyze("NHL-Ergebnisse vom Dienstag: Philadelphia Flyers – Toronto Maple Leafs 2:3. "
                  "Die Mannschaft verlor damit das dritte Spiel der Saison; der Trainer sprach von Pech. "
                  "Der Torhüter hielt zwei Elfmeter im Training.")
    teams = [x for x in _links(doc, "Philadelphia")]
    assert teams and teams[0][0] == "Philadelphia Flyers" and teams[0][1] == "ORG"


def test_interview_surname_is_the_person_not_the_town():
    doc = analyze("Die Direktorin Sabine Haag zeigt die neue Ausstellung. STANDARD: Warum fehlt Ihre Maske, Frau Haag? "
                  "Haag: Ich bin in dem Kontext nicht gefragt worden. STANDARD: Und die Leihgaben? "
                  "Haag: Die kommen im Frühjahr.")
    labels = {(x[0], x[1]) for x in _links(doc, "Haag")}
    assert all(label == "PER" for _, label in labels), labels
    assert not any((x[2] or "").startswith("qk:loc:") for x in _links(doc, "Haag"))


def test_half_a_word_is_never_a_place():
    doc = analyze("Die Polizei durchsuchte Wohnungen in Europa, in Nord- und Mittelamerika. Fünf Verdächtige wurden "
                  "festgenommen.")
    assert not any(x[0].endswith("-") for x in _links(doc, "Nord"))


def test_country_after_gegen_in_a_match_report_is_its_national_team():
    doc = analyze("Die Mannschaft gewann das Spiel gegen Schweden mit 2:1. Der Trainer lobte die Abwehr, "
                  "der Torhüter hielt einen Elfmeter. Nach dem Turnier fliegt das Team nach Schweden zurück.")
    found = _links(doc, "Schweden")
    assert found[0][1] == "ORG" and found[0][3] == "team-by-country"
    assert found[-1][1] == "LOC" and found[-1][2] == "qk:loc:iso:SE"  # the trip goes to the country


def test_shared_acronym_takes_the_country_the_story_names():
    au = analyze("Laut ABC wurde der Mann in Sydney festgenommen. Die Regierung von Australien schwieg.")
    us = analyze("Wie der Sender ABC in New York berichtete, trat der Gouverneur von Texas zurück.")
    assert [x[2] for x in _links(au, "ABC")] == ["qk:org:outlet:abc-au"]
    assert [x[2] for x in _links(us, "ABC")] == ["qk:org:outlet:abc-us"]
    assert _links(au, "ABC")[0][3] == "kb-country"


def test_town_before_a_firms_head_word_is_the_firm():
    doc = analyze("Die Preise von Wien Energie steigen im Herbst. Auch die Agentur Vienna Digital erhöht ihre Tarife.")
    assert not any((x[2] or "").startswith("qk:loc:") for x in _links(doc, "Wien") + _links(doc, "Vienna"))


def test_results_lines_and_line_ups_name_clubs():
    doc = analyze("Ergebnisse der Liga vom Freitag – 17. Runde: LASK Linz – Kapfenberger SV 4:2 (4:1). Tore: Muster (25.). "
                  "Salzburg: C. Beispiel – Schmitz, Huber, Maier. Zum Jahresabschluss spielt die Austria noch gegen den "
                  "WAC. Der Trainer lobte die Mannschaft.")
    clubs = {x[0] for x in _links(doc, "") if x[3] == "club-by-town"}
    assert {"LASK Linz", "Salzburg", "Austria"} <= clubs


def test_surname_of_a_driver_is_not_the_town_and_nationality_is_no_acronym():
    doc = analyze("Lewis Hamilton (GBR) gewann das Rennen vor Nico Rosberg (GER). Hamilton führt nun die Wertung an. "
                  "In Hamilton, Kanada, feierten Fans.")
    found = _links(doc, "Hamilton")
    assert [x[1] for x in found] == ["PER", "PER", "LOC"]
    assert not any("hamilton" in (x[2] or "") for x in _links(doc, "GBR"))  # "(GBR)" after a person: no acronym


def test_team_titles_and_match_compounds():
    doc = analyze("Der Trainer lobte die Mannschaft nach dem 2:0 in der Bundesliga. Der Torhüter hielt einen Elfmeter. "
                  "Titelverteidiger Russland verlor gegen Gastgeber Tschechien. Vor der Georgien-Partie war die Stimmung "
                  "gut. Der Bürgermeister von Salzburg gratulierte.")
    got = {x[0]: x for x in _links(doc, "")}
    assert all(got[n][3] == "team-by-country" for n in ("Russland", "Tschechien", "Georgien"))
    assert got["Salzburg"][1] == "LOC"  # the mayor's town


def test_surname_without_its_accent_is_the_same_person():
    doc = analyze("Der serbische Präsident Tomislav Nikolić äußerte sich am Montag. Die Kanzlerin habe die Last "
                  "auf sich genommen, sagte Nikolic. (Erfunden für diesen Test.)")
    ids = {x[2] for x in _links(doc, "Nikoli")}
    assert len(ids) == 1
    who = [a.attrs.get("speaker") for a in doc.layers["attributions"] if "Nikolic" in doc.text[a.start:a.end]]
    assert who == ["Tomislav Nikolić"]


def test_sentence_initial_adverb_is_not_part_of_a_name():
    from quellenkritik.evidence.entities.components import _trim_initial_adverb

    text = "Die Lage ist ernst. Auch Serbien droht mit Grenzschließung. Sie gingen Unter den Linden spazieren."
    a = text.index("Auch")
    assert text[_trim_initial_adverb(text, a, a + len("Auch Serbien")):a + len("Auch Serbien")] == "Serbien"
    u = text.index("Unter")
    assert _trim_initial_adverb(text, u, u + len("Unter den Linden")) == u  # mid-sentence: a name's own word


def test_focus_particle_is_not_part_of_the_speaker():
    doc = analyze("Die Lage ist ernst. Auch Serbien droht mit Grenzschließung. Selbst die Regierung warnte vor Chaos.")
    assert [a.attrs.get("source_text") for a in doc.layers["attributions"]] == ["Serbien", "die Regierung"]


def test_town_after_a_bodys_or_clubs_first_word_is_that_body():
    doc = analyze("Laut Statistik Austria stiegen die Preise in Wien. Rapid Wien gewann gegen Sturm Graz. "
                  "Die Tirol Werbung wirbt in Deutschland. (Erfunden für diesen Test.)")
    got = {x[0]: x for x in _links(doc, "")}
    for name in ("Statistik Austria", "Rapid Wien", "Sturm Graz", "Tirol Werbung"):
        assert got[name][1] == "ORG" and not got[name][2].startswith("qk:loc:"), name
    assert got["Wien"][2] == "qk:loc:geonames:2761369"  # "in Wien": the town


def _town_ids(doc, word: str) -> list[str | None]:
    return [x[2] for x in _links(doc, word) if x[1] == "LOC" and x[0].startswith(word)]


def test_club_letters_and_ensembles_keep_their_town_out():
    doc = analyze("Den Weitsprung gewann Anna Beispiel (LG Olympia Dortmund) vor Maria Muster (SSC Hanau-Rodenbach). "
                  "Am Abend sang das Vokal Quartett Dresden im Rathaus, eingeladen von der Heinrich-Böll-Stiftung Sachsen.")
    for town in ("Dortmund", "Hanau", "Dresden", "Sachsen"):
        assert _town_ids(doc, town) == [], town
    doc = analyze("Die Delegation reiste am Montag von Dortmund nach Dresden.")
    assert _town_ids(doc, "Dortmund") and _town_ids(doc, "Dresden")


def test_a_canton_is_not_its_capital():
    doc = analyze("Im Kanton Bern beginnt die Schonzeit erst im März. In Bern selbst wurde darüber abgestimmt.")
    ids = {doc.text[s.start - 3:s.start]: s.attrs.get("id") for s in doc.layers["entities"]
           if doc.text[s.start:s.end] == "Bern"}
    assert "geonames" not in str(ids["on "]) and "geonames" in str(ids["In "])


def test_a_common_noun_after_an_article_is_the_noun():
    doc = analyze("Das Hotel war laut, und das Essen war sehr schlecht. Am nächsten Tag fuhren wir nach Essen.")
    towns = [s for s in doc.layers["entities"] if doc.text[s.start:s.end] == "Essen"]
    assert [doc.text[s.start - 5:s.start] for s in towns] == ["nach "]


def test_other_names_of_a_town_need_its_country_or_its_own_name():
    doc = analyze("Klar ist: Das Ergebnis kam überraschend. Im Landtag von Nordrhein-Westfalen stimmten alle zu.")
    assert not [x for x in _links(doc, "Klar") if x[2]], "'Klar' is a word, not a name of Kelar in Iraq"
    doc = analyze("Der Sultan empfing die Gäste in Maskat. Oman liegt am Indischen Ozean.")
    assert any(x[2] and "geonames" in x[2] for x in _links(doc, "Maskat"))  # the document names Oman


def test_a_league_table_and_a_team_at_play_name_clubs():
    doc = analyze("Tabelle nach dem 12. Spieltag der Bundesliga, Tore und Punkte:\n\n| 1. | Leverkusen (28 Pkt) |\n\n"
                  "| 2. | Augsburg (26 Pkt) |\n\nDer Trainer lobte nach dem Spiel die Abwehr. München überstand eine "
                  "heikle Phase in der zweiten Halbzeit, und die Mannschaft gewann das Spiel mit 2:1 gegen den Meister.")
    for club in ("Leverkusen", "Augsburg", "München"):
        found = [x for x in _links(doc, club) if x[0] == club]
        assert found and all(x[1] == "ORG" and x[3] == "club-by-town" for x in found), (club, found)


def test_an_ordinary_word_is_no_transliteration_of_a_name():
    from quellenkritik.evidence.entities.resolve import resolve

    assert not resolve("Gans", "PER").kb  # a goose, not "Gantz"
    assert resolve("Gantz", "PER").kb


def test_a_country_is_nobodys_surname():
    # the recogniser may read "Ikea Österreich" as a person; "Österreich" alone stays the country
    doc = analyze("Für den Auftraggeber Ikea Österreich gewinnt die Agentur. Nachdem Österreich im Vorjahr keine "
                  "Awards gewann, jubelt man.")
    alone = [x for x in _links(doc, "Österreich") if x[0] == "Österreich"]
    assert alone and all(x[1] == "LOC" and x[2] == "qk:loc:iso:AT" for x in alone)


def test_a_name_of_a_city_and_a_region_is_read_by_its_neighbours():
    doc = analyze("Es gab Fotos von Seeadlern aus Brandenburg, Steinadlern aus Salzburg und Störchen aus Bayern. "
                  "Der Bürgermeister von Salzburg kam am Montag nach Linz.")
    ids = [(doc.text[s.start:s.end], s.attrs.get("id")) for s in doc.layers["entities"] if s.label == "LOC"]
    assert ("Salzburg", "qk:loc:iso:AT-5") in ids and ("Brandenburg", "qk:loc:iso:DE-BB") in ids  # beside Bayern
    assert ids.count(("Salzburg", "qk:loc:geonames:2766824")) == 1  # beside Linz: the city


def test_a_postcode_makes_the_name_a_town_not_the_canton():
    doc = analyze("Die Firma Beispiel AG, Freier Platz 10, 8200 Schaffhausen, lädt ein. Der Kanton Schaffhausen zahlt.")
    ids = {doc.text[s.start - 5:s.start]: s.attrs.get("id") for s in doc.layers["entities"]
           if doc.text[s.start:s.end] == "Schaffhausen"}
    assert ids["8200 "] != "qk:loc:iso:CH-SH" and ids["nton "] == "qk:loc:iso:CH-SH"


def test_authorities_and_castles_named_after_a_town_and_countries_in_results():
    doc = analyze("Das Landeskriminalamt Niederösterreich ermittelt, das Finanzamt Essen prüft, und im Schloss "
                  "Bellevue wurde gefeiert. Die Delegation reiste danach nach Essen.")
    assert _town_ids(doc, "Niederösterreich") == [] and _town_ids(doc, "Bellevue") == []
    assert len([x for x in _links(doc, "Essen") if x[0] == "Essen" and x[1] == "LOC"]) == 1  # "nach Essen"
    doc = analyze("Eishockey-WM, Gruppe B, die Tabelle nach dem Spiel: Norwegen – Schweden 2:3. Der Trainer lobte die "
                  "Mannschaft und das Tor in der Verlängerung. In Norwegen regnet es.")
    kinds = [(x[1], x[3]) for x in _links(doc, "Norwegen") if x[0] == "Norwegen"]
    assert kinds == [("ORG", "team-by-country"), ("LOC", "kb")]


def test_a_span_without_letters_or_a_clause_is_no_name():
    from quellenkritik.evidence.entities.components import _clause_like

    assert _clause_like("Die Personalabteilungen der deutschen Unternehmen bereiten sich")
    for name in ("Der Herr der Ringe", "Organisation für wirtschaftliche Zusammenarbeit und Entwicklung",
                 "Vereinigte Staaten von Amerika", "Bündnis 90 / Die Grünen"):
        assert not _clause_like(name), name
    doc = analyze("[…] Dem Arbeitsmarkt droht nach Einschätzung der Forscher ein Einbruch. [...] Mehr dazu morgen.")
    assert all(any(ch.isalpha() for ch in doc.text[s.start:s.end]) for s in doc.layers["entities"])


def test_a_first_name_before_a_town_makes_it_a_surname_but_a_noun_or_compound_does_not():
    doc = analyze("Es droht Gefahr für das Team um Quarterback Cam Newton, sagte der Trainer am Montag.")
    assert _town_ids(doc, "Newton") == []
    doc = analyze("Die Hauptstadt Wien wächst. Im Problemviertel Duisburg-Marxloh wurde gedreht. Die Lage in Wien ist gut.")
    assert len(_town_ids(doc, "Wien")) == 2 and _town_ids(doc, "Duisburg")


def test_another_first_name_or_a_double_name_is_another_person():
    doc = analyze("Die Nichte von Marine Le Pen, Marion Maréchal-Le Pen, gewann. Melania Trump sprach mit Donald Trump. "
                  "Auch Karl-Heinz Merz kam. Den Ländern richtete Sobotka Schelling aus, man sehe sich wieder.")
    ids = {doc.text[s.start:s.end]: s.attrs.get("id") for s in doc.layers["entities"] if s.label == "PER"}
    assert not str(ids.get("Marion Maréchal-Le Pen", "")).startswith("qk:per:") and "Pen" not in ids
    assert ids.get("Melania Trump", "").startswith("qk:local:") and ids["Donald Trump"] == "qk:per:donald-trump"
    assert ids.get("Karl-Heinz Merz", "").startswith("qk:local:")
    assert ids["Sobotka"].startswith("qk:per:") and ids["Schelling"].startswith("qk:per:")  # two names side by side


def test_pronouns_particles_galleries_and_teams_with_a_score():
    doc = analyze("Apropos Tesla: Dessen Chef Elon Musk soll davon wissen. Es gibt eine Fassung von Lars von Triers "
                  "Film Dogville. Die Neue Galerie Linz zeigt Bilder.")
    found = {doc.text[s.start:s.end]: s.attrs.get("id") for s in doc.layers["entities"]}
    assert "Dessen" not in found and "geonames" not in str(found.get("Triers")) and _town_ids(doc, "Linz") == []
    doc = analyze("Der Stürmer traf zweimal, das Tor fiel spät, der Trainer jubelte mit den Fans im Stadion. Die Tore "
                  "brachten Ecuador mit 2:0 in Führung. In Ecuador regnet es.")
    kinds = [(x[1], x[3]) for x in _links(doc, "Ecuador") if x[0] == "Ecuador"]
    assert kinds == [("ORG", "team-by-country"), ("LOC", "kb")]


def test_a_city_is_not_another_countrys_region_of_that_name():
    doc = analyze("Jerusalem – Erneut wurde im Westjordanland eine Frau angegriffen. Ramallah und Gaza meldeten Proteste, "
                  "bei Hebron gab es Festnahmen.")
    ids = {doc.text[s.start:s.end]: s.attrs.get("id") for s in doc.layers["entities"] if s.label == "LOC"}
    assert ids["Jerusalem"].startswith("qk:loc:geonames:") and ids["Hebron"].startswith("qk:loc:geonames:")
    assert ids["Gaza"].startswith("qk:loc:geonames:")  # governorates are not federal states


def test_a_places_own_name_beats_a_towns_other_name():
    # GeoNames lists "Florida" among the other names of Floridablanca (Colombia)
    doc = analyze("Trump kommt wie ein Hurrikan über Florida. In Orlando jubelten die Anhänger.")
    assert {x[2] for x in _links(doc, "Florida")} == {"qk:loc:iso:US-FL"}


def test_a_first_name_is_no_towns_other_name_whatever_else_the_text_names():
    doc = analyze("Kommentar von Hilde: Der Impfstoff ist in Deutschland noch nicht zugelassen, sagt man in Berlin.")
    assert not [x for x in _links(doc, "Hilde") if x[2] and "geonames" in x[2]]
    assert any(x[2] == "qk:loc:geonames:2950159" for x in _links(doc, "Berlin"))


@pytest.mark.parametrize("text,word", [
    ("Das sagte die Kassenärztliche Vereinigung Berlin am Montag.", "Berlin"),
    ("Die Landesärztekammer Hessen widersprach.", "Hessen"),
    ("Der Unternehmerverband Sachsen fordert Hilfen.", "Sachsen"),
])
def test_a_town_after_a_bodys_word_is_part_of_its_name(text, word):
    assert not [x for x in _links(analyze(text), word) if x[1] == "LOC"]


@pytest.mark.parametrize("text", [
    "Viele Menschen haben einen zu niedrigen Vitamin-D-Spiegel.",
    "Die Präparate sorgen dafür, einen optimalen Spiegel zu halten.",
    "„Ich bin Patriot, kein Idiot“, stand auf dem Schild.",
])
def test_outlet_and_weapon_names_that_are_words_stay_words(text):
    doc = analyze(text)
    assert not [s for s in doc.layers["entities"] if s.attrs.get("kb")], doc.layers["entities"]


@pytest.mark.parametrize("text", [
    "Dem „Spiegel“ gegenüber betonte er, das sei falsch.",
    "Laut Spiegel war es anders.",
    "Dem Spiegel zufolge war es anders.",
])
def test_an_outlet_cited_as_a_source_is_the_outlet(text):
    assert [x[2] for x in _links(analyze(text), "Spiegel")] == ["qk:org:outlet:spiegel"]


def test_the_air_defence_system_with_its_context_is_still_linked():
    doc = analyze("Die Ukraine erhielt ein weiteres Flugabwehrsystem vom Typ Patriot aus Deutschland.")
    assert [x[2] for x in _links(doc, "Patriot")] == ["qk:weapon:patriot"]


@pytest.mark.parametrize("text,word", [
    ("Nehmt Euren Auftrag ernst! Eure Unterwerfung war umsonst, schreibt er aus Paris.", "Eure"),
    ("In Rio lässt es sich an der Praia gut gehen.", "Praia"),
    ("Die Autoren der Studie aus Arizona? Surprise, surprise.", "Surprise"),
    ("Ein Einsatzkommando der Kapo Aargau holte ihn ab.", "Aargau"),
    ("Das sagte er laut dem Redaktionsnetzwerk Deutschland.", "Deutschland"),
])
def test_words_and_names_that_hold_a_place_name_are_not_the_place(text, word):
    assert not [x for x in _links(analyze(text), word) if x[1] == "LOC" and not x[2].startswith("qk:local:")]


def test_hybrid_spellings_and_the_party_that_still_exists():
    doc = analyze("Zwischen Canberra und Mexiko City liegen Welten, sagte der Forza-Italia-Politiker.")
    assert [x[2] for x in _links(doc, "Mexiko")] == ["qk:loc:geonames:3530597"]
    assert [x[2] for x in _links(doc, "Forza")] == ["qk:org:party:pf8058"]  # 2013-, not 1994-2009


def test_a_town_written_small_elsewhere_is_a_word_abroad_but_not_at_home():
    from types import SimpleNamespace

    from quellenkritik.evidence.entities.context_rules import word_not_town

    text = "Die Sportfreunde aus Siegen wollen am Sonntag siegen."
    at = text.index("Siegen")
    home = SimpleNamespace(population=100_000, kind="city", country="DE")
    abroad = SimpleNamespace(population=100_000, kind="city", country="US")
    big = SimpleNamespace(population=600_000, kind="city", country="US")
    assert not word_not_town(text, at, at + 6, home)
    assert word_not_town(text, at, at + 6, abroad)
    assert not word_not_town(text, at, at + 6, big)
    text = "In Favoriten und der Donaustadt liegen beide knapp beieinander."
    at = text.index("Donaustadt")
    assert not word_not_town(text, at, at + 10, SimpleNamespace(population=150_000, kind="city", country="AT"))


@pytest.mark.parametrize("text,word", [
    ("Der russische Impfstoff Sputnik V wirkt, das Design der Sputnik V-Studie wurde kritisiert.", "Sputnik"),
    ("Täglich gibt es von 10 bis 13 Uhr Essen und Getränke für alle.", "Essen"),
    ("Die Siedler gründeten eine Allianz mit den Nachbarn. Die Allianz hielt nicht lange.", "Allianz"),
])
def test_product_names_and_common_nouns_are_not_the_namesake(text, word):
    assert not [x for x in _links(analyze(text), word) if not x[2].startswith("qk:local:")]


def test_a_town_beside_another_town_stays_a_town():
    doc = analyze("Die Städte Essen und Dortmund planen gemeinsam.")
    assert [x[2] for x in _links(doc, "Essen")] == ["qk:loc:geonames:2928810"]


def test_players_of_a_line_up_are_names_not_places():
    doc = analyze("Tore: 0:1 (12.) Beric. Ajax: Cillessen – Tete, Veltman (71. Sanogo), Riedewald – Bazoer. Rapid: "
                  "Novota – Auer. Der Trainer lobte die Mannschaft, das Spiel und die Tore der Saison.")
    assert not [x for x in _links(doc, "Tete") if not x[2].startswith("qk:local:")]


@pytest.mark.parametrize("text,word", [
    ("Kenny Tete traf zum 1:0.", "Tete"),                               # a first name opens the sentence
    ("Im Siebenkampf siegte Jessica Ennis-Hill vor allen anderen.", "Ennis"),  # a double surname
])
def test_a_first_name_of_the_lexicon_before_a_town_makes_it_a_surname(text, word):
    assert not [x for x in _links(analyze(text), word) if x[1] == "LOC"]


def test_a_chamber_before_a_first_name_is_a_members_title():
    doc = analyze("In Österreich sagte Bundesrat Gottfried Kneifel (ÖVP) am Montag, der Bundesrat tage morgen.")
    assert [x[0] for x in _links(doc, "Bundesrat")] == ["Bundesrat"]  # the second one only
    assert _links(doc, "Bundesrat")[0][2] == "qk:org:at-bundesrat"
    doc = analyze("Die Bundesregierung Angela Merkels plant neue Gesetze.")
    assert [x[2] for x in _links(doc, "Bundesregierung")] == ["qk:org:bundesregierung"]


@pytest.mark.parametrize("sentence,country", [
    ("Gegen Bolivien stand Vidal wieder auf dem Platz, fiel aber nicht auf.", "Bolivien"),
    ("Mit einem 6:0-Sieg bei Fußballzwerg San Marino qualifizierten sich die Briten.", "San Marino"),
    ("Österreichs EM-Gegner Portugal liegt auf Rang sieben.", "Portugal"),
])
def test_a_country_on_the_pitch_or_as_a_teams_title_is_its_national_team(sports_doc, sentence, country):
    doc = analyze(SPORTS + " " + sentence)
    assert [x[1:4:2] for x in _links(doc, country) if x[0] == country] == [("ORG", "team-by-country")]
    doc = analyze(SPORTS + " Vidal reiste danach nach Bolivien zurück.")
    assert [x[1] for x in _links(doc, "Bolivien")] == ["LOC"]


def test_an_outlet_before_a_newsroom_word_is_the_outlet():
    assert [x[2] for x in _links(analyze("Spiegel-Reporter berichten täglich aus dem Quartier."), "Spiegel")] == [
        "qk:org:outlet:spiegel"]
    assert not _links(analyze("Der Q10-Spiegel sinkt im Alter."), "Spiegel")
