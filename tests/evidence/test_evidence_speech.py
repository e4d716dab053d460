"""The ``speech`` component on invented sentences: quotes, indirect speech,
attribution markers, source types and states, the sourcing profile."""

from __future__ import annotations

import pytest

import quellenkritik.evidence.speech.components  # noqa: F401  (registers "speech")
from quellenkritik.document import Document, Source
from quellenkritik.evidence.speech import type_source
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline, registry


def run(text: str, lang: str = "de") -> Document:
    doc = Document(source=Source(kind="text", location="test"), text=text, language=lang)
    for name in ("tokens", "sentences", "speech"):
        registry.get(name).factory()(doc)
    return doc


def cut(doc: Document, pair):
    return None if pair is None else doc.text[pair[0] : pair[1]]


def quotes(doc: Document, label: str | None = None):
    return [q for q in doc.layers["quotes"] if label is None or q.label == label]


def test_spec_and_pipeline():
    spec = registry.get("speech")
    assert spec.requires == {"tokens", "layers.sentences"}
    assert {"layers.quotes", "layers.attributions", "layers.sources"} <= spec.adds
    assert spec.stage == "evidence"
    Pipeline.from_names(DEFAULT_COMPONENTS)  # validates


@pytest.mark.parametrize(
    "text, inner",
    [
        ("„Wir liefern pünktlich“, sagte Geschäftsführerin Anna Berger.", "Wir liefern pünktlich"),
        ("Berger sagte: »Wir liefern pünktlich.« Dann ging sie.", "Wir liefern pünktlich."),
        ("«Wir liefern pünktlich», sagte Berger.", "Wir liefern pünktlich"),
        ("‚Wir liefern pünktlich‘, sagte Berger.", "Wir liefern pünktlich"),
        ("“Wir liefern pünktlich”, sagte Berger.", "Wir liefern pünktlich"),
        ("”Wir liefern pünktlich”, sagte Berger.", "Wir liefern pünktlich"),
        ('"Wir liefern pünktlich", sagte Berger.', "Wir liefern pünktlich"),
        ("'Wir liefern pünktlich', sagte Berger.", "Wir liefern pünktlich"),
    ],
)
def test_each_quotation_style_is_direct_with_cue_and_source(text, inner):
    doc = run(text)
    (q,) = quotes(doc, "DIRECT")
    assert cut(doc, q.attrs["content"]) == inner
    assert doc.text[q.start] in "„»«‚“”\"'"  # the span keeps its marks
    assert cut(doc, q.attrs["cue"]) == "sagte"
    assert "Berger" in q.attrs["source_text"]


def test_english_quote_with_speaker_before_the_verb():
    doc = run("“We will not back down,” council chair Maria Delgado told reporters.", "en")
    (q,) = quotes(doc, "DIRECT")
    assert q.attrs["source_text"] == "council chair Maria Delgado"
    assert cut(doc, q.attrs["cue"]).startswith("told")
    assert q.attrs["source_type"] == "other"


def test_apostrophes_are_not_quotes():
    doc = run("We don't know the players' plans, he said.", "en")
    assert not quotes(doc, "DIRECT")


def test_multi_sentence_quote():
    doc = run("„Das Werk schließt im Mai. Wir bedauern das sehr. Alle bekommen ein Angebot“, sagte der Betriebsrat.")
    (q,) = quotes(doc, "DIRECT")
    assert cut(doc, q.attrs["content"]).count(".") == 2
    assert q.attrs["source_text"] == "der Betriebsrat"
    assert len(doc.layers["sentences"]) >= 2


@pytest.mark.parametrize(
    "text, scare",
    [
        ("Die Firma nannte das Projekt eine „Verschwendung“ von Geld.", "„Verschwendung“"),
        ("Die Regierungen sind „äußerst besorgt“ über die Lage.", "„äußerst besorgt“"),
        ("Sie wollen eine „entmilitarisierte“ Zone schaffen.", "„entmilitarisierte“"),
    ],
)
def test_scare_quotes_are_not_speech(text, scare):
    doc = run(text)
    (q,) = quotes(doc)
    assert q.label == "SCARE" and q.attrs["scare"] is True
    assert doc.text[q.start : q.end] == scare
    assert not any(a.attrs["of"] == "DIRECT" for a in doc.layers["attributions"])


def test_short_quote_with_cue_is_direct():
    doc = run("Der Minister sagte: „Nein.“")
    assert [q.label for q in quotes(doc)] == ["DIRECT"]


@pytest.mark.parametrize(
    "text, content, source",
    [
        ("Die Ministerin erklärte, dass die Brücke im Mai öffnet.", "dass die Brücke im Mai öffnet", "Die Ministerin"),
        ("Der Bürgermeister glaubt, dass der Plan scheitert.", "dass der Plan scheitert", "Der Bürgermeister"),
        ("So betonte Anna Berger am Montag, dass nichts entschieden sei.", "dass nichts entschieden sei", "Anna Berger"),
        ("Der Verband behauptet, dass die Zahlen falsch sind.", "dass die Zahlen falsch sind", "Der Verband"),
        ("Der Konzern habe die Teile rechtzeitig geliefert, sagten zwei Manager.", "Der Konzern habe die Teile rechtzeitig geliefert", "zwei Manager"),
        ("Der Sprecher sagte, man werde die Lage prüfen.", "man werde die Lage prüfen", "Der Sprecher"),
    ],
)
def test_indirect_speech_german(text, content, source):
    doc = run(text)
    (q,) = quotes(doc, "INDIRECT")
    assert doc.text[q.start : q.end] == content
    assert q.attrs["source_text"] == source


@pytest.mark.parametrize(
    "text, content, source",
    [
        ("The mayor said that the bridge would reopen in May.", "that the bridge would reopen in May", "The mayor"),
        ("The company said the plant would close.", "the plant would close", "The company"),
    ],
)
def test_indirect_speech_english(text, content, source):
    doc = run(text, "en")
    (q,) = quotes(doc, "INDIRECT")
    assert doc.text[q.start : q.end] == content
    assert q.attrs["source_text"] == source


def test_konjunktiv_continuation_keeps_the_source():
    doc = run("Der Minister sagte, die Brücke werde im Mai geöffnet. Man habe alles geprüft.")
    ind = quotes(doc, "INDIRECT")
    assert len(ind) == 2
    assert ind[1].attrs["continued"] is True
    assert ind[1].attrs["source_text"] == "Der Minister"


def attributions(doc: Document):
    return [(a.attrs["cue_type"], a.attrs["source_text"]) for a in doc.layers["attributions"]]


@pytest.mark.parametrize(
    "text, cue_type, source",
    [
        ("Laut dem Statistikamt stieg die Zahl um 3 Prozent.", "laut", "dem Statistikamt"),
        ("Dem Verband zufolge fehlen 400 Lehrer.", "zufolge", "Dem Verband"),
        ("Nach Angaben des Innenministeriums wurden 12 Personen festgenommen.", "nach_angaben", "des Innenministeriums"),
        ("Nach Angaben von Amnesty International starben 40 Menschen.", "nach_angaben", "Amnesty International"),
        ("Wie die Agentur Reuters berichtete, wurde der Hafen geschlossen.", "verb", "die Agentur Reuters"),
        ("Dort, so der frühere Kommandeur, wurden die Angriffe geplant.", "so", "der frühere Kommandeur"),
        ("According to the ministry, 30 people were arrested.", "according_to", "the ministry"),
        ("Ein Sprecher der Stadt lehnte eine Stellungnahme ab.", "declined", "Ein Sprecher der Stadt"),
        ("Die Zeitung berichtet, dass der Vertrag platzt.", "verb", "Die Zeitung"),
        ("Jeder könne die Spannung des Rennens selbst erleben, meint Dr. Anna Beispiel vom Verein.", "verb", "Dr. Anna Beispiel"),
    ],
)
def test_attribution_cues(text, cue_type, source):
    doc = run(text, "en" if text.startswith("According") else "de")
    assert (cue_type, source) in attributions(doc)
    att = doc.layers["attributions"][0]
    assert att.label == "REPORTED"
    c0, c1 = att.attrs["content"]
    assert c1 - c0 > len(doc.text) / 3  # the sentence or clause it covers


def test_berichten_zufolge_is_anonymous_media():
    doc = run("Berichten zufolge plant die Firma 200 Entlassungen.")
    (att,) = doc.layers["attributions"]
    assert att.attrs["source_type"] == "media" and att.attrs["anonymous"] is True


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Der Plan sei gescheitert, sagten mit der Angelegenheit vertraute Personen.", "de"),
        ("Der Plan sei gescheitert, sagte einer der Personen.", "de"),
        ("Insidern zufolge ist der Plan gescheitert.", "de"),
        ("Aus Regierungskreisen hieß es, der Plan sei gescheitert.", "de"),
        ("People familiar with the matter said the deal was dead.", "en"),
        ("Officials who asked not to be named said the plan was shelved.", "en"),
    ],
)
def test_anonymous_sources(text, lang):
    doc = run(text, lang)
    anon = [a for a in doc.layers["attributions"] if a.attrs["anonymous"]]
    assert anon, attributions(doc)
    assert doc.runtime["sourcing_profile"]["anonymous_sources"] >= 1 or any(a.attrs["source"] is None for a in anon)


@pytest.mark.parametrize(
    "mention, stype, states",
    [
        ("einer Mitteilung des russischen Verteidigungsministeriums", "official", ("RU",)),
        ("des ukrainischen Verteidigungsministeriums", "official", ("UA",)),
        ("US-amerikanische und südkoreanische Geheimdienstmitarbeiter", "official", ("US", "KR")),
        ("den Sprechern des Weißen Hauses", "official", ("US",)),
        ("ein Sprecher des Kremls", "official", ("RU",)),
        ("des ehemaligen Oberbefehlshabers der ukrainischen Streitkräfte", "official", ("UA",)),
        ("des Generalstabs der russischen Armee", "official", ("RU",)),
        ("russische Gesetzgeber", "politician", ("RU",)),
        ("ukrainische Abgeordnete", "politician", ("UA",)),
        ("US lawmakers", "politician", ("US",)),
        ("der Nachrichtenagentur TASS", "media", ("RU",)),
        ("der Nachrichtenagentur Ukrinform", "media", ("UA",)),
        ("Associated Press", "media", ("US",)),
        ("Schätzungen einiger G20-Mitglieder", "international", ()),
        ("der NATO", "international", ()),
        ("eines Analysten des Instituts", "expert", ()),
        ("mit der Angelegenheit vertraute Personen", "anonymous", ()),
        ("people familiar with the matter", "anonymous", ()),
        ("wir", "author", ()),
        ("Anna Berger", "other", ()),
        ("der USA, Südkoreas und der Ukraine", "official", ("US", "KR", "UA")),
    ],
)
def test_source_types_and_states(mention, stype, states):
    info = type_source(mention)
    assert info.source_type == stype
    assert info.states == states
    assert info.anonymous == (stype == "anonymous")


def test_sources_are_symmetric_across_sides():
    pairs = [("russischen", "ukrainischen"), ("amerikanischen", "chinesischen"), ("israelischen", "palästinensischen")]
    for a, b in pairs:
        ta = type_source(f"ein Sprecher des {a} Außenministeriums")
        tb = type_source(f"ein Sprecher des {b} Außenministeriums")
        assert ta.source_type == tb.source_type == "official"
        assert ta.states and tb.states and ta.states != tb.states


INVENTED = (
    "Am 3. Mai schloss die Stadt Lindenau das Hallenbad. "  # factual, unattributed
    "Laut dem Bürgermeister kostet die Sanierung 4 Millionen Euro. "  # attributed
    "„Wir haben keine Wahl“, sagte Kämmerin Petra Vogt. "  # quote
    "Warum wurde so lange gewartet? "  # question
    "Ich glaube, das ist ein Fehler. "  # first-person opinion
    "Der Verein Delfin Lindenau sammelte 2000 Unterschriften. "  # factual, unattributed
    "Die Stimmung ist schlecht."  # not factual by the heuristic
)


def test_profile_on_an_invented_article():
    doc = run(INVENTED)
    prof = doc.runtime["sourcing_profile"]
    assert prof["sentences"] == 7
    assert prof["factual_unattributed"] == 2
    assert prof["share_unattributed"] == round(2 / 7, 3)
    assert prof["by_type"] == {"official": 1, "other": 1}
    assert prof["anonymous_sources"] == 0
    un = [doc.text[s.start : s.end] for s in doc.layers["unattributed"]]
    assert un[0].startswith("Am 3. Mai") and un[1].startswith("Der Verein Delfin")
    assert all(s.label == "UNATTRIBUTED" and s.by == "speech" for s in doc.layers["unattributed"])
    (finding,) = [f for f in doc.layers["findings"] if f.label == "sourcing-profile"]
    assert (finding.start, finding.end) == (0, len(doc.text))
    assert finding.attrs == prof
    src = doc.layers["sources"]
    assert {s.attrs["name"] for s in src} >= {"Petra Vogt"}


def test_record_round_trips_as_json():
    doc = run(INVENTED)
    again = Document.from_json(doc.to_json())
    assert again.layers["quotes"] == doc.layers["quotes"]
    assert again.layers["attributions"] == doc.layers["attributions"]


def test_empty_text():
    doc = run("")
    assert doc.runtime["sourcing_profile"]["sentences"] in (0, 1)
    assert not doc.layers["quotes"]


def test_cue_scan_equals_two_scans():
    # one combined scan for verbs of saying and thinking gives what two
    # separate scans gave, duplicates and order included (invented text)
    from quellenkritik.evidence.speech import patterns as SP

    text = (
        "Die Ministerin sagte, sie glaube, dass der Plan scheitere. Er nahm an, sie meinte es ernst. "
        "gesagt sagte-x sagtesagte „sagte“ teilte mit, teilte   mit. She said she believed it, they thought so."
    )
    for lang in ("de", "en", "xx"):
        say, think = SP.verbs(lang)
        two = sorted([(m, False) for m in say.finditer(text)] + [(m, True) for m in think.finditer(text)], key=lambda x: x[0].start())
        one = SP.cue_matches(text, say, think)
        assert [(m.span(), k) for m, k in one] == [(m.span(), k) for m, k in two]
        assert any(k for _, k in one) and any(not k for _, k in one)


def test_decline_cues_anchored_scan_equals_plain_scan():
    from quellenkritik.evidence.speech import patterns as SP

    text = (
        "Die Ministerin lehnte eine Stellungnahme ab. Der Konzern wollte sich nicht äußern, "
        "wolltesich nicht äußern. The ministry declined to comment and did not respond to requests for comment."
    )
    plain = [m.span() for m in SP.DECLINE.finditer(text)]
    assert len(plain) == 4
    assert [m.span() for m in SP.finditer(SP.DECLINE, text)] == plain


def test_one_source_read_by_two_markers_is_one_attribution():
    # "nach Einschätzung des Instituts" is also "Einschätzung des Instituts": one attribution, not two
    doc = run("Dem Arbeitsmarkt droht nach Einschätzung des Ifo-Instituts ein Einbruch. Das sagte niemand sonst.")
    found = [a for a in doc.layers["attributions"] if "Ifo" in (a.attrs.get("source_text") or "")]
    assert len(found) == 1, [(a.attrs.get("cue_type"), a.attrs.get("source_text")) for a in found]


@pytest.mark.parametrize("text, speech", [
    ("Denn der Sender musste sich nie ernsthaft auf dem Fernsehmarkt behaupten. Das war klar.", False),
    ("Die Firma behauptet sich seit Jahren am Markt.", False),
    ("Der Minister behauptete, die Brücke sei sicher.", True),
    ("Er behauptete, sich nie geirrt zu haben.", True),
])
def test_sich_behaupten_is_holding_ground_not_claiming(text, speech):
    doc = run(text)
    assert bool(doc.layers["attributions"]) is speech


def test_the_austrian_exekutive_is_an_official_source():
    doc = run("Der Notarzt stellte schwere Verletzungen fest, berichtete die Exekutive. Er kam ins Spital.")
    ind = quotes(doc, "INDIRECT")
    assert ind and ind[0].attrs["source_text"] == "die Exekutive"
    assert type_source("die Exekutive").source_type == "official"


def test_dies_sagte_x_attributes_the_sentence_before_and_its_konjunktiv_continuation():
    # invented text
    from quellenkritik import analyze

    doc = analyze("Der Landeschef wünscht sich einen eigenen Kandidaten. Dies sagte Markus Abendroth am Mittwoch "
                  "in Innsbruck. Ein Parteikandidat könne die Standpunkte besser vertreten. Das Wetter war schön.")
    got = {doc.text[a.attrs["content"][0] : a.attrs["content"][1]]: a.attrs.get("source_text")
           for a in doc.layers["attributions"]}
    assert got == {"Der Landeschef wünscht sich einen eigenen Kandidaten": "Markus Abendroth",
                   "Ein Parteikandidat könne die Standpunkte besser vertreten": "Markus Abendroth"}


def test_das_as_an_article_or_after_a_quote_is_no_anaphor():
    from quellenkritik import analyze

    doc = analyze("Das Ministerium sagte, man prüfe den Fall.")
    assert [doc.text[a.attrs["content"][0] : a.attrs["content"][1]] for a in doc.layers["attributions"]] == [
        "man prüfe den Fall"]
    doc = analyze("„Wir bleiben“, sagte sie. Das sagte auch Markus Abendroth.")
    assert not [a for a in doc.layers["attributions"] if a.attrs.get("cue_type") == "anaphor"]


@pytest.mark.parametrize("text,source", [
    ("Der Lander ist wieder wach, teilte das Deutsche Zentrum für Luft- und Raumfahrt mit.",
     "das Deutsche Zentrum für Luft- und Raumfahrt"),
    ("Der Abschluss liegt bei 1,5 Prozent, teilten die Gewerkschaften Donnerstagabend mit.", "die Gewerkschaften"),
    ("Gestern Abend gab das Unternehmen Investoren gegenüber die jüngsten Zahlen bekannt.", "das Unternehmen"),
])
def test_the_speaker_after_the_verb_keeps_elided_compounds_and_stops_at_a_time(text, source):
    from quellenkritik import analyze

    doc = analyze(text)
    assert [a.attrs.get("source_text") for a in doc.layers["attributions"]] == [source]


def test_a_statement_quoted_over_several_paragraphs_after_a_colon_is_one_direct_quote():
    # invented text, in the form of a party's press statement
    from quellenkritik import analyze

    text = ("Die Zahl der Abschiebungen ist weiter gesunken.\n"
            "Dazu teilt der Vorsitzende der Fraktion im Landtag, Markus Abendroth, mit:\n"
            "„Es ist wie immer: Erst gibt es Versprechungen, dann passiert nichts.\n"
            "Dass diese Untätigkeit gefährlich ist, hat sich in dieser Woche gezeigt.\n"
            "Die Regierung muss endlich handeln.“\n"
            "Die Regierung wies die Kritik zurück.")
    doc = analyze(text)
    direct = [q for q in doc.layers["quotes"] if q.label == "DIRECT"]
    assert len(direct) == 1
    q = direct[0]
    assert doc.text[q.start : q.end].startswith("„Es ist wie immer") and doc.text[q.start : q.end].endswith("handeln.“")
    assert q.attrs["source_text"] == "der Vorsitzende der Fraktion im Landtag, Markus Abendroth"


def test_an_unclosed_quotation_mark_does_not_swallow_the_next_paragraphs():
    from quellenkritik import analyze

    doc = analyze("Er sagte:\n„Wir bleiben hier.\nDie Lage ist ruhig. Später nannte er es eine „Farce“ im Interview.")
    assert not [q for q in doc.layers["quotes"] if q.label == "DIRECT" and "\n" in doc.text[q.start : q.end]]


def test_a_name_right_after_a_prepositional_phrase_ends_the_speaker():
    from quellenkritik import analyze

    doc = analyze("Die Lage ist ernst.\nDazu erklärt die Vorsitzende der Fraktion im Landtag Alice Beispielhaft:\n"
                  "„Wir fordern Taten.\nDie Regierung muss handeln.“")
    q = [q for q in doc.layers["quotes"] if q.label == "DIRECT"]
    assert [x.attrs["source_text"] for x in q] == ["die Vorsitzende der Fraktion im Landtag Alice Beispielhaft"]



@pytest.mark.parametrize("text,content,source", [
    ("Hofer strahlte: Sechs Monate sei es her, dass er sich eine Pistole gekauft habe.",
     "Sechs Monate sei es her, dass er sich eine Pistole gekauft habe", "Hofer"),
    ("Kommissarin Malmström warb für Verständnis: Sie als Schwedin sei Offenheit gewohnt.",
     "Sie als Schwedin sei Offenheit gewohnt", "Kommissarin Malmström"),
    ("Hofer sagte: Sechs Monate sei es her.", "Sechs Monate sei es her", "Hofer"),
])
def test_a_colon_before_a_konjunktiv_clause_reports_the_subjects_words(text, content, source):
    from quellenkritik import analyze

    doc = analyze(text)
    got = [(doc.text[a.attrs["content"][0] : a.attrs["content"][1]], a.attrs.get("source_text"))
           for a in doc.layers["attributions"]]
    assert got == [(content, source)]


@pytest.mark.parametrize("text", [
    "Das Ergebnis: Die Zahl ist gestiegen.",
    "Betont wird aber von allen Seiten: Finalisieren müsse das Paket die Regierung.",
    "Spürbar wird die Inventur: Aber wie werde ich einmal vergessen.",
])
def test_no_speaker_before_the_colon_or_no_konjunktiv_after_it_is_no_attribution(text):
    from quellenkritik import analyze

    assert analyze(text).layers.get("attributions", []) == []


@pytest.mark.parametrize("text,source", [
    ("Wie der „Stern“ vergangene Woche berichtete, erheben 460 Institute Gebühren.", "der „Stern“"),
    ("Wie der Stern am Montag berichtete, erheben 460 Institute Gebühren.", "der Stern"),
])
def test_a_quoted_title_after_its_article_is_the_source_not_direct_speech(text, source):
    from quellenkritik import analyze

    doc = analyze(text)
    assert not [q for q in doc.layers["quotes"] if q.label == "DIRECT"]
    assert [a.attrs.get("source_text") for a in doc.layers["attributions"]] == [source]


@pytest.mark.parametrize("text,source", [
    ("Das sei falsch, sagte Martin E. Renner am Montag.", "Martin E. Renner"),
    ("Der Sprecher der Fraktion, Martin E. Renner, erklärt dazu: „Wir lehnen das ab.“",
     "Der Sprecher der Fraktion, Martin E. Renner"),
    ("Er kam aus Block E. Dann sagte er, es sei gut.", "er"),
])
def test_a_middle_initial_is_part_of_the_speakers_name_but_a_sentence_end_is_not(text, source):
    from quellenkritik import analyze

    doc = analyze(text)
    assert [a.attrs.get("source_text") for a in doc.layers["attributions"]] == [source]
