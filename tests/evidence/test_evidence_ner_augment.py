"""Mention replacement (entities/ner_augment.py): copies stay correctly tagged."""

from __future__ import annotations

from quellenkritik.evidence.entities.conll import Sentence, chunks
from quellenkritik.evidence.entities.kb import Entry
from quellenkritik.evidence.entities.ner_augment import augment_mentions, list_names, mention_pools


def _sent(pairs: str, source: str = "s") -> Sentence:
    toks, tags = zip(*((p.rsplit("/", 1) if "/" in p else (p, "O")) for p in pairs.split()))
    return Sentence(tokens=list(toks), tags=list(tags), source=source, corpus="germeval")


GOLD = [
    _sent("Angela/B-PER Merkel/I-PER besuchte Paris/B-LOC mit deutschen/B-LOCderiv Gästen", "a"),
    _sent("Die EU-Staaten/B-LOCpart und die UNO/B-ORG tagten in Wien/B-LOC", "b"),
    _sent("Heute regnet es", "c"),
    _sent("Olaf/B-PER Scholz/I-PER sprach mit der NATO/B-ORG über Kiew/B-LOC", "d"),
]


def _skeleton(s: Sentence) -> list:
    """The sentence with every plain-label chunk reduced to its label: what a copy must keep."""
    out, pos = [], 0
    for a, b, lab in chunks(s.tags):
        if lab in ("PER", "ORG", "LOC", "OTH"):
            out += list(zip(s.tokens[pos:a], s.tags[pos:a])) + [("<" + lab + ">", "")]
            pos = b
    return out + list(zip(s.tokens[pos:], s.tags[pos:]))


def test_pools_hold_distinct_plain_mentions_only():
    pools = mention_pools(GOLD)
    assert pools["PER"] == [("Angela", "Merkel"), ("Olaf", "Scholz")]
    assert set(pools["LOC"]) == {("Paris",), ("Wien",), ("Kiew",)}
    assert all("deutschen" not in m and "EU-Staaten" not in m for p in pools.values() for m in p)


def test_copies_swap_mentions_and_keep_context_and_tags_aligned():
    copies = augment_mentions(GOLD, copies=3, p_swap=1.0, seed=1)
    assert copies, "sentences with mentions must give copies"
    originals = {s.source: s for s in GOLD}
    for c in copies:
        orig = originals[c.source.split("#")[0]]
        assert c.corpus == "augment" and len(c.tokens) == len(c.tags)
        assert _skeleton(c) == _skeleton(orig)  # same words and deriv/part tags around the swapped names
        assert c.tokens != orig.tokens
    assert not any(c.source.startswith("c#") for c in copies)  # no mention, no copy


def test_lists_supply_names_with_their_label_and_seed_is_stable():
    lists = {"PER": [("Erika", "Musterfrau")], "LOC": [("Graz",)], "ORG": [], "OTH": []}
    a = augment_mentions(GOLD, copies=4, lists=lists, p_swap=1.0, p_list=1.0, seed=3)
    b = augment_mentions(GOLD, copies=4, lists=lists, p_swap=1.0, p_list=1.0, seed=3)
    assert [x.tokens for x in a] == [x.tokens for x in b]
    for c in a:
        for s, e, lab in chunks(c.tags):
            if lab == "PER":
                assert c.tokens[s:e] == ["Erika", "Musterfrau"]
            if lab == "LOC":
                assert c.tokens[s:e] == ["Graz"]
            if lab == "ORG":  # an empty list falls back to the training mentions
                assert tuple(c.tokens[s:e]) in {("UNO",), ("NATO",)}


def test_list_names_maps_kb_labels_and_skips_foreign_scripts():
    entries = [
        Entry(id="p1", label="PER", canonical="Wolodymyr Selenskyj", aliases=["Зеленський", "Selenskij"], source="curated"),
        Entry(id="c1", label="LOC", canonical="Charkiw", aliases=["Kharkiv", "Chzhunvehj"], source="geonames"),
        Entry(id="w1", label="WEAPON", canonical="HIMARS", aliases=[], source="oryx"),
    ]
    names = list_names(lambda t: t.split(), entries)
    assert set(names["PER"]) == {("Wolodymyr", "Selenskyj"), ("Selenskij",)}
    assert names["LOC"] == [("Charkiw",)]  # a city's alternate spellings are left out
    assert names["OTH"] == [("HIMARS",)]
