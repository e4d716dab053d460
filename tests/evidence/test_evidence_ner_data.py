"""NER data readers, the GermEval metric, the held-out split and gazetteer tags.

All fixtures are invented sentences written for these tests.
"""

from __future__ import annotations

import pytest

from quellenkritik.errors import InputError
from quellenkritik.evidence.entities.conll import (
    chunks, iob1_to_iob2, read_ner_file, sniff_format, split_heldout, Sentence,
)
from quellenkritik.evidence.entities.gazetteer import Gazetteer
from quellenkritik.evidence.entities.ner_eval import evaluate_tags

GERMEVAL = (
    "#\thttp://example.org/a\t[2020-01-01]\n"
    "1\tAnna\tB-PER\tO\n2\tBerger\tI-PER\tO\n3\tbesucht\tO\tO\n4\tFC\tB-ORG\tO\n"
    "5\tKickers\tI-ORG\tO\n6\tDarmstadt\tI-ORG\tB-LOC\n7\t.\tO\tO\n\n"
    "#\thttp://example.org/b\t[2020-01-02]\n"
    "1\tdeutsche\tB-LOCderiv\tO\n2\tFirmen\tO\tO\n\n"
)
CONLL = "Das O\r\nLandgericht B-GRT\r\nKöln I-GRT\r\nund O\r\nHerr O\r\nMeier B-PER\r\n\r\nnach O\r\n§ B-GS\r\n3 I-GS\r\n"
EUROPARL = "Frau\tFrau\tNN\tI-NC\tO\nMerkel\tMerkel\tNE\tI-NC\tI-PER\nin\tin\tAPPR\tI-PC\tO\nBerlin\tBerlin\tNE\tI-NC\tI-LOC\n\n"


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8", newline="")
    return p


def test_reads_germeval_with_nested_column_and_source(tmp_path):
    p = _write(tmp_path, "g.tsv", GERMEVAL)
    assert sniff_format(p) == "germeval"
    s1, s2 = read_ner_file(p)
    assert s1.tokens[:2] == ["Anna", "Berger"] and s1.source == "http://example.org/a"
    assert chunks(s1.tags) == [(0, 2, "PER"), (3, 6, "ORG")]
    assert chunks(s1.inner) == [(5, 6, "LOC")]
    assert chunks(s2.tags) == [(0, 1, "LOCderiv")]


def test_reads_ler_and_maps_fine_labels(tmp_path):
    p = _write(tmp_path, "ler.conll", CONLL)
    assert sniff_format(p) == "conll"
    s1, s2 = read_ner_file(p)
    assert chunks(s1.tags) == [(1, 3, "ORG"), (5, 6, "PER")]  # GRT (court) -> ORG
    assert s2.tags == ["O", "O", "O"]  # GS (a law) is not an entity here


def test_reads_europarl_iob1(tmp_path):
    p = _write(tmp_path, "e.tsv", EUROPARL)
    assert sniff_format(p) == "europarl"
    (s,) = read_ner_file(p)
    assert s.tags == ["O", "B-PER", "O", "B-LOC"]


def test_unknown_format_is_a_clear_error(tmp_path):
    p = _write(tmp_path, "x.txt", "just some prose here\n")
    with pytest.raises(InputError, match="not a NER file"):
        read_ner_file(p)
    with pytest.raises(InputError, match="no such file"):
        read_ner_file(tmp_path / "missing.tsv")


def test_iob1_and_chunk_edge_cases():
    assert iob1_to_iob2(["I-PER", "I-PER", "B-PER", "I-LOC"]) == ["B-PER", "I-PER", "B-PER", "B-LOC"]
    # an I- that does not continue a chunk opens one (as conlleval)
    assert chunks(["O", "I-ORG", "I-ORG", "B-ORG"]) == [(1, 3, "ORG"), (3, 4, "ORG")]


def test_strict_metric_counts_boundaries_and_labels():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-LOC", "O"]]  # PER too short, ORG mislabelled
    rep = evaluate_tags(gold, pred)
    assert rep["outer"]["tp"] == 1 and rep["outer"]["predicted"] == 3 and rep["outer"]["gold"] == 3
    assert rep["precision"] == pytest.approx(1 / 3, abs=1e-3) and rep["f1"] == pytest.approx(1 / 3, abs=1e-3)
    assert rep["per_label"]["LOC"]["tp"] == 1 and rep["per_label"]["ORG"]["recall"] == 0.0


def test_coarse_score_ignores_deriv_and_part():
    gold = [["B-LOCderiv", "O", "B-PER"]]
    pred = [["O", "O", "B-PER"]]
    rep = evaluate_tags(gold, pred, [["O"] * 3], [["O"] * 3])
    assert rep["recall"] == 0.5 and rep["coarse"]["recall"] == 1.0
    assert rep["inner"]["gold"] == 0 and "outer_and_inner" in rep


def test_heldout_split_keeps_pages_together_and_is_stable():
    sents = [Sentence(["x"], ["O"], source=f"http://example.org/{i // 3}") for i in range(300)]
    train, held = split_heldout(sents, 20)
    assert 0 < len(held) < len(sents)
    assert not {s.source for s in train} & {s.source for s in held}
    assert [s.source for s in split_heldout(sents, 20)[1]] == [s.source for s in held]


def test_gazetteer_longest_match_and_lowercase_start():
    g = Gazetteer()
    g.add(["Bad", "Homburg"], "G-CITY")
    g.add(["Homburg"], "G-CITY")
    g.add(["Meier"], "G-SUR")
    g.add(["meier"], "G-SUR")  # lowercase phrases are not added
    assert g.tag(["in", "Bad", "Homburg", "wohnt", "Meier"]) == ["O", "B-G-CITY", "I-G-CITY", "O", "U-G-SUR"]
    assert g.tag(["meier"]) == ["O"]
    g.add(["Homburg"], "KB-LOC")  # the knowledge base outranks a list
    assert g.tag(["Homburg"]) == ["U-KB-LOC"]


def test_common_noun_feature_from_gold_outside_entities(tmp_path):
    from quellenkritik.evidence.entities.gazetteer import nouns_from

    sents = [
        Sentence(["Die", "Front", "hielt", "bei", "Fischer", "."], ["O", "O", "O", "O", "B-PER", "O"]),
        Sentence(["An", "der", "Front", "war", "Fischer", "Koch", "."], ["O", "O", "O", "O", "O", "O", "O"]),
        Sentence(["Der", "Bäcker", "kam", "."], ["O", "O", "O", "O"]),
    ]
    conllu = tmp_path / "x.conllu"
    conllu.write_text("1\tHaus\tHaus\tNOUN\t_\t_\t0\troot\t_\t_\n2\tBerlin\tBerlin\tPROPN\t_\t_\t1\tnmod\t_\t_\n", encoding="utf-8")
    nouns = nouns_from(sents, [conllu])
    assert "Front" in nouns and "Haus" in nouns  # seen twice outside entities; a NOUN in CoNLL-U
    assert "Fischer" not in nouns  # also inside an entity
    assert "Koch" not in nouns and "Berlin" not in nouns  # once only; a PROPN
    g = Gazetteer(nouns=nouns)
    g.add(["Fischer"], "G-SUR")
    assert g.tag(["Die", "Front", "und", "Fischer"]) == ["O", "O+N", "O", "U-G-SUR"]


def test_gazetteer_derived_forms_genitive_er_and_adjectives():
    from quellenkritik.evidence.entities.gazetteer import place_adjectives

    g = Gazetteer(adjectives=place_adjectives(["Argentinien", "Afrika", "Schweden", "Tibet", "Europa"]))
    g.add(["Portugal"], "KB-LOC")
    g.add(["Lindenau"], "G-CITY")
    g.add(["Computer"], "G-FIRM")
    words = ["Portugals", "Lindenauer", "Computers", "argentinischen", "afrikanische", "Schwedische", "europäischen", "praktischen"]
    assert g.tag(words) == ["U-KB-LOC", "U-G-DERIV", "O", "U-G-ADJ", "U-G-ADJ", "U-G-ADJ", "U-G-ADJ", "O"]
    # a listed phrase wins over a derived reading
    g.add(["Lindenauer"], "G-SUR")
    assert g.tag(["Lindenauer"]) == ["U-G-SUR"]


def test_place_adjectives_include_cldr_language_adjectives():
    from quellenkritik.evidence.entities.gazetteer import place_adjectives

    adj = place_adjectives([])
    assert {"deutsche", "französischen", "italienisch"} <= adj  # Babel's German language names
    assert "praktisch" not in adj and "politischen" not in adj


def test_gazetteer_round_trips_adjectives(tmp_path):
    g = Gazetteer(adjectives={"italienische"})
    g.add(["Rom"], "G-CITY")
    g.to_disk(tmp_path / "g.json.gz")
    back = Gazetteer.from_disk(tmp_path / "g.json.gz")
    assert back.tag(["italienische", "Rom"]) == ["U-G-ADJ", "U-G-CITY"]


def test_bioes_file_is_sniffed_and_read_as_iob2_with_germeval_labels(tmp_path):
    from quellenkritik.evidence.entities.conll import chunks, read_ner_file, sniff_format

    p = tmp_path / "train.bioes"
    p.write_text("Anna S-PER\nBeispiel O\naus O\nNeu B-LOC\nOrt E-LOC\nsah O\ndeutsche S-LOCDERIV\n"
                 "EU-Staaten S-ORGPART\n. O\n\nDie O\nVereinten B-ORG\nNeuen I-ORG\nOrte E-ORG\n", encoding="utf-8")
    assert sniff_format(p) == "bioes"
    first, second = read_ner_file(p)
    assert chunks(first.tags) == [(0, 1, "PER"), (3, 5, "LOC"), (6, 7, "LOCderiv"), (7, 8, "ORGpart")]
    assert first.tags[3:5] == ["B-LOC", "I-LOC"]
    assert chunks(second.tags) == [(1, 4, "ORG")]
    assert first.source != second.source  # sentence-level sources: :train/:heldout split by sentence
