"""The ``claims`` component and its sentence test (shared with the speech
profile). All texts are invented for these tests; the two example articles
are used only where marked (skipped without ../shared)."""

from __future__ import annotations

import re

import pytest

import quellenkritik
from quellenkritik.evidence.claims import REASONS, claim_clauses, exclusion, is_claim
from quellenkritik.evidence.claims.detect import score
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline
from tests.conftest import EXAMPLES, need_shared

PIPE = Pipeline.from_names(DEFAULT_COMPONENTS)


def run(text: str):
    return quellenkritik.analyze(text, pipeline=PIPE)


def claims_of(doc):
    return [(doc.text[c.start : c.end], c.attrs) for c in doc.layers["claims"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Am 3. Mai schloss die Stadt Lindenau das Hallenbad.",
        "Der Verein Delfin Lindenau sammelte 2000 Unterschriften.",
        "Die Inflation stieg im März auf 7,3 Prozent.",
        "Die Feuerwehr evakuierte am Montag 40 Bewohner.",
        "On 3 May the council of Millbrook closed the public pool.",
        "The company paid $4 million in fines in 2021.",
    ],
)
def test_numbers_dates_events_are_claims(sentence):
    assert is_claim(sentence)
    (cl,) = claim_clauses(sentence)
    assert cl.reasons and set(cl.reasons) <= set(REASONS)
    assert 0 < cl.score <= 1


@pytest.mark.parametrize(
    "sentence, why",
    [
        ("Warum wurde das Hallenbad am 3. Mai geschlossen?", "question"),
        ("Hat die Stadt 2000 Unterschriften ignoriert?“", "question"),
        ("Ich glaube, dass die Sanierung 4 Millionen Euro kostet.", "opinion"),
        ("Meiner Meinung nach war der Beschluss vom 3. Mai falsch.", "opinion"),
        ("I think the council closed 3 pools.", "opinion"),
        ("Das ist eine schwache Ausrede.", "evaluation"),
        ("Die Stimmung ist schlecht.", "evaluation"),
        ("Es ist durchaus möglich, dass die Stadt 2 Millionen Euro geliefert hat.", "speculation"),
        ("Die Stadt könnte im Mai 3 Bäder schließen.", "speculation"),
        ("Perhaps the council closed 3 pools in May.", "speculation"),
        ("Lest endlich den Bericht vom 3. Mai!", "imperative"),
        ("Stop closing our 3 pools.", "imperative"),
        ("Nie wieder Krieg!", "slogan"),
    ],
)
def test_questions_opinions_and_the_like_are_not(sentence, why):
    assert exclusion(sentence) == why
    assert not is_claim(sentence)
    assert claim_clauses(sentence) == []


def test_a_sentence_without_anchor_is_no_claim():
    assert not is_claim("Aber nein, das wird es nicht.")
    assert not is_claim("Das sieht man doch überall.")


def test_score_ordering():
    specific = claim_clauses("Am 3. Mai 2024 tötete ein Angriff in der Stadt Lindenau 12 Menschen.")[0].score
    number_only = claim_clauses("Die Sanierung kostet 4 Millionen Euro.")[0].score
    hedged = claim_clauses("Angeblich wurden viele Menschen getötet.")[0].score
    assert specific > number_only > hedged
    en_specific = claim_clauses("On 3 May 2024 an attack in Millbrook killed 12 people.")[0].score
    en_hedged = claim_clauses("Allegedly, many people were killed.")[0].score
    assert en_specific > en_hedged
    assert score(["number", "hedge"]) < score(["number"]) < score(["number", "date"])


def test_a_sentence_with_two_claims_gives_two_clauses():
    s = "Die Stadt schloss am 3. Mai das Hallenbad; die Sanierung kostet 4 Millionen Euro."
    parts = [s[c.start : c.end] for c in claim_clauses(s)]
    assert len(parts) == 2 and parts[0].startswith("Die Stadt") and parts[1].startswith("die Sanierung")


def test_lexicons_are_symmetric_across_sides():
    pairs = [
        ("Russische Truppen beschossen am 3. Mai die Stadt Charkiw.", "Ukrainische Truppen beschossen am 3. Mai die Stadt Belgorod."),
        ("Die Regierung zahlte 5 Millionen Euro.", "Die Opposition zahlte 5 Millionen Euro."),
        ("Die AfD ist lächerlich.", "Die Grünen sind lächerlich."),
    ]
    for a, b in pairs:
        ca, cb = claim_clauses(a), claim_clauses(b)
        assert len(ca) == len(cb)
        assert [c.score for c in ca] == [c.score for c in cb]


INVENTED = (  # an invented article
    "Am 3. Mai schloss die Stadt Lindenau das Hallenbad. "
    "Laut dem Bürgermeister kostet die Sanierung 4 Millionen Euro. "
    "„Wir haben keine Wahl“, sagte Kämmerin Petra Vogt. "
    "Warum wurde so lange gewartet? "
    "Ich glaube, das ist ein Fehler. "
    "Der Verein Delfin Lindenau sammelte 2000 Unterschriften. "
    "Die Stimmung ist schlecht. "
    "Olaf Scholz sagte, die Bundesregierung habe im März 12 Bäder gefördert."
)


def test_claims_layer_links_attributions():
    doc = run(INVENTED)
    cl = claims_of(doc)
    texts = [t for t, _ in cl]
    assert texts[0].startswith("Am 3. Mai") and not cl[0][1]["attributed"]
    assert cl[0][1]["attribution"] is None and cl[0][1]["source"] is None
    laut = next(a for t, a in cl if t.startswith("Laut dem Bürgermeister"))
    assert laut["attributed"] and laut["attribution"]["layer"] == "attributions"
    assert "Bürgermeister" in laut["source"] and "attributed-statement" in laut["reasons"]
    span = laut["attribution"]
    assert any(a.start == span["start"] and a.end == span["end"] for a in doc.layers["attributions"])
    scholz = next(a for t, a in cl if "12 Bäder" in t)
    assert scholz["attributed"] and scholz["source"] == "Olaf Scholz"
    assert scholz["source_id"] == "qk:per:olaf-scholz"
    # the speaker's name does not make an anchorless quote a claim
    assert not any("keine Wahl" in t for t in texts)
    assert not any(t.startswith(("Warum", "Ich glaube", "Die Stimmung")) for t in texts)
    for sp in doc.layers["claims"]:
        assert sp.label == "claim" and sp.by == "claims"
        assert set(sp.attrs) == {"score", "reasons", "attributed", "attribution", "source", "source_id"}
        assert 0 <= sp.attrs["score"] <= 1


def test_claims_and_unattributed_layer_agree():
    doc = run(INVENTED)
    sents = [(s.start, s.end) for s in doc.layers["sentences"]]
    unattr = {(s.start, s.end) for s in doc.layers["unattributed"]}

    def sentence_of(sp):
        return next(se for se in sents if se[0] <= sp.start and sp.end <= se[1])

    free = {sentence_of(c) for c in doc.layers["claims"] if not c.attrs["attributed"]}
    bound = {sentence_of(c) for c in doc.layers["claims"] if c.attrs["attributed"]}
    assert unattr == free - bound
    assert len(unattr) == 2


def test_english_attribution():
    doc = run(
        "The mayor of Millbrook closed the public pool on 3 May. "
        "According to the city treasurer, the repairs will cost $4 million. "
        "Is this a good decision?"
    )
    cl = claims_of(doc)
    assert len(cl) == 2
    assert not cl[0][1]["attributed"] and cl[1][1]["attributed"]
    assert "treasurer" in cl[1][1]["source"]


def test_rerun_is_idempotent():
    doc = run(INVENTED)
    n = len(doc.layers["claims"])
    from quellenkritik.pipeline import registry

    registry.get("claims").factory()(doc)
    assert len(doc.layers["claims"]) == n


@pytest.fixture(scope="module")
def examples():
    need_shared(EXAMPLES)
    return {name: quellenkritik.analyze(EXAMPLES / name, pipeline=PIPE)
            for name in ("vz-himars-belgorod.txt", "goldenten-atacms-kursk.txt")}


def test_examples_produce_claims(examples):
    himars, atacms = examples["vz-himars-belgorod.txt"], examples["goldenten-atacms-kursk.txt"]
    for doc in (himars, atacms):
        assert len(doc.layers["claims"]) >= 15
    cl = claims_of(himars)
    h31 = next(a for t, a in cl if "31 HIMARS-Raketen" in t)
    assert h31["attributed"] and "Verteidigungsministeriums" in h31["source"] and "number" in h31["reasons"]
    assert any("amerikanische Soldaten" in t and not a["attributed"] for t, a in cl)
    # rhetorical questions and the closing slogan are not claims
    assert not any("Warum haben sie dann" in t for t, _ in cl)
    assert not any("Aber nein, das wird es nicht" in t for t, _ in cl)
    assert not any("durchaus möglich" in t for t, _ in cl)
    cl2 = claims_of(atacms)
    tass = next(a for t, a in cl2 if "12.000" in t)
    assert tass["attributed"] and tass["score"] >= 0.5


def test_score_does_not_depend_on_the_order_of_reasons():
    # a float product depends on its order; these sets scored 0.418 or 0.419
    # (0.316 or 0.317) depending on the hash seed of the process
    for reasons, expected in (
        (("date", "named-entity", "place", "hedge"), 0.419),
        (("named-entity", "place", "causal", "hedge"), 0.316),
    ):
        values = {score(list(reasons)), score(list(reversed(reasons))), score(set(reasons))}
        values |= {score(reasons[i:] + reasons[:i]) for i in range(len(reasons))}
        assert values == {expected}, (reasons, values)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt schloss das Bad; der Verein sammelte 2000 Unterschriften.",
        "Die Stadt schloss das Bad – der Verein sammelte 2000 Unterschriften.",
        "Die Stadt schloss das Bad\u00a0- der Verein sammelte 2000 Unterschriften.",
        "Die Stadt schloss das Bad, aber der Verein sammelte 2000 Unterschriften.",
        "Die Stadt schloss das Bad,\taber der Verein sammelte 2000 Unterschriften.",
        "Die Stadt-Verwaltung schloss das Bad, der Verein sammelte 2000 Unterschriften.",
        "Die Stadt schloss das Bad, Aber-Verein sammelte 2000 Unterschriften.",
        "The council closed the pool, but the club collected 2000 signatures.",
    ],
)
def test_clause_bounds_pre_check_agrees_with_the_split_regex(text):
    from quellenkritik.evidence.claims import cues, detect

    cuts = [(m.start(), m.end()) for m in re.finditer(cues.CLAUSE_SPLIT, text)]
    assert detect._may_split(text) == bool(cuts)


# Invented sentences that touch every word list (single words, multi-word entries,
# case variants, words joined by hyphens) for the word-list index of detect.
_LEXICON_SENTENCES = [
    "Angeblich heißt es, dass infolge dessen die Preise im letzten Monat um 3 Prozent höher als im Vorjahr lagen.",
    "Aufgrund von Problemen führte das zu Hunderten Ausfällen, so dass immer mehr Menschen betroffen waren.",
    "Reportedly, due to the strike, prices rose last month, which led to thousands of cancellations.",
    "Es ist durchaus möglich, dass die Stadt Lindenau im Mai 2 Millionen Euro zahlt.",
    "HEISST ES, die Kämmerin Petra Vogt habe am 3. Mai 2021 gelogen; das ist eine Ausrede.",
    "Die Folge-Kosten stiegen zum Rekordwert, mutmaßlich wegen der NATO-Übung in der Region.",
    "Wir glauben, dass viele Bürger der Gemeinde Nordheim das Hallenbad vermissen.",
    "Letzten Endes wurden etliche Häuser der Siedlung zerstört – die Feuerwehr evakuierte 40 Bewohner.",
]


def test_word_list_index_agrees_with_set_tests():
    from quellenkritik.evidence.claims import detect as D

    lexicons = [v for v in vars(D).values() if isinstance(v, D._Lex)]
    gated = [v for v in vars(D).values() if isinstance(v, D._Gated)]
    assert lexicons and gated
    for sentence in _LEXICON_SENTENCES:
        v = D._View(sentence)
        cased, lower = set(D._WORD.findall(sentence)), {w.lower() for w in D._WORD.findall(sentence)}
        assert (v.cased, v.lower) == (cased, lower)
        for lex in lexicons:
            words = cased if lex.cased else lower
            plain = not lex.singles.isdisjoint(words) or bool(
                lex.multi and any(p <= words for p in lex.parts) and lex.multi.search(sentence))
            assert lex.hit(v) == plain
        for g in gated:
            assert g.hit(v) == (not g.triggers.isdisjoint(lower) and bool(g.re.search(sentence)))


def test_text_reasons_skips_only_reasons_already_known():
    from quellenkritik.evidence.claims.detect import REASONS, text_reasons

    hits = set()
    for sentence in _LEXICON_SENTENCES:
        full = text_reasons(sentence)
        hits |= full
        for known in ({"named-actor"}, {"number", "date"}, {"date"}, {"number"}, set(REASONS)):
            assert text_reasons(sentence, known=known) | known == full | known
    assert hits >= {"number", "date", "event", "named-actor", "named-entity", "causal", "comparison", "hedge", "vague"}
