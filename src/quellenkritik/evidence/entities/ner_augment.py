"""Mention replacement: more NER training sentences from the gold ones.

With 1,700 gold sentences the model meets each context with one or two
names and each name in one or two contexts. Mention replacement (Dai & Adel,
2020, "An Analysis of Simple Data Augmentation for Named Entity
Recognition") writes copies of a gold sentence in which entity mentions are
swapped for other names of the same label: from the training sentences
themselves and from name lists (the knowledge base, the gazetteers). The
tags follow the new tokens, so a copy is as well labelled as its original.

Only the plain outer labels (PER, ORG, LOC, OTH) are swapped; ``deriv`` and
``part`` chunks ("deutsche", "EU-Staaten") and the inner level stay as they
are (copies carry no inner tags). Deterministic for a given seed.
"""

from __future__ import annotations

import random
from typing import Iterable, Mapping, Sequence

from .conll import Sentence, chunks

__all__ = ["mention_pools", "augment_mentions", "list_names", "SWAPPABLE"]

SWAPPABLE = ("PER", "ORG", "LOC", "OTH")


def mention_pools(sentences: Iterable[Sentence]) -> dict[str, list[tuple[str, ...]]]:
    """The distinct outer mentions of each swappable label in ``sentences`` (first-seen order)."""
    pools: dict[str, dict[tuple[str, ...], None]] = {lab: {} for lab in SWAPPABLE}
    for s in sentences:
        for a, b, lab in chunks(s.tags):
            if lab in pools:
                pools[lab][tuple(s.tokens[a:b])] = None
    return {lab: list(p) for lab, p in pools.items()}


def _tags(label: str, n: int) -> list[str]:
    return [f"B-{label}"] + [f"I-{label}"] * (n - 1)


def augment_mentions(
    sentences: Sequence[Sentence],
    copies: int = 1,
    lists: Mapping[str, Sequence[tuple[str, ...]]] | None = None,
    p_swap: float = 0.8,
    p_list: float = 0.5,
    seed: int = 0,
) -> list[Sentence]:
    """``copies`` new sentences per gold sentence that has a swappable mention.

    Each swappable mention is replaced with probability ``p_swap``: with
    probability ``p_list`` by a name from ``lists[label]`` (when given and
    not empty), otherwise by another mention of that label from
    ``sentences``. A copy in which nothing was swapped is dropped.
    """
    rng = random.Random(seed)
    pools = mention_pools(sentences)
    lists = lists or {}
    out: list[Sentence] = []
    for s in sentences:
        spans = [(a, b, lab) for a, b, lab in chunks(s.tags) if lab in pools]
        if not spans:
            continue
        for k in range(copies):
            tokens: list[str] = []
            tags: list[str] = []
            pos = 0
            swapped = 0
            for a, b, lab in spans:
                tokens += s.tokens[pos:a]
                tags += s.tags[pos:a]
                name: Sequence[str] = s.tokens[a:b]
                if rng.random() < p_swap:
                    extra = lists.get(lab) or ()
                    pool = extra if extra and rng.random() < p_list else pools[lab]
                    new = pool[rng.randrange(len(pool))]
                    if tuple(new) != tuple(name):
                        name = new
                        swapped += 1
                tokens += list(name)
                tags += _tags(lab, len(name))
                pos = b
            tokens += s.tokens[pos:]
            tags += s.tags[pos:]
            if swapped:
                out.append(Sentence(tokens=tokens, tags=tags, source=f"{s.source}#aug{k}", corpus="augment"))
    return out


def list_names(tokenize, kb_entries: Iterable = (), lists_dir=None, max_per_label: int = 20000,  # noqa: ANN001
               seed: int = 0) -> dict[str, list[tuple[str, ...]]]:
    """Name lists for :func:`augment_mentions`: KB aliases and the gazetteer lists, by GermEval label.

    KB PER/ORG/LOC entries keep their label (weapons and MISC go to OTH);
    the gazetteer's countries and cities are LOC, its firms ORG, its
    surnames PER. ``tokenize(text) -> list[str]`` splits as the NER does.
    At most ``max_per_label`` names per label (a fixed random sample).
    """
    from .gazetteer import list_entries

    to_label = {"KB-PER": "PER", "KB-ORG": "ORG", "KB-LOC": "LOC", "KB-WEAPON": "OTH", "KB-MISC": "OTH",
                "G-COUNTRY": "LOC", "G-CITY": "LOC", "G-FIRM": "ORG", "G-SUR": "PER"}
    names: dict[str, dict[tuple[str, ...], None]] = {lab: {} for lab in SWAPPABLE}

    def add(text: str, cat: str) -> None:
        lab = to_label.get(cat)
        toks = tuple(tokenize(text))
        if lab and toks and toks[0][:1].isupper():
            names[lab][toks] = None

    for entry in kb_entries:
        # a city's alternate names are mostly foreign spellings: its canonical name only
        names_of = [entry.canonical] if entry.source == "geonames" else [entry.canonical, *entry.aliases]
        for alias in dict.fromkeys(names_of):
            if any(c.isascii() and c.isalpha() for c in alias):  # Latin script only: the text is German
                add(alias, "KB-" + entry.label)
    if lists_dir is not None:
        for name, cat in list_entries(lists_dir):
            add(name, cat)
    rng = random.Random(seed)
    out: dict[str, list[tuple[str, ...]]] = {}
    for lab, d in names.items():
        items = list(d)
        if len(items) > max_per_label:
            items = rng.sample(items, max_per_label)
        out[lab] = items
    return out
