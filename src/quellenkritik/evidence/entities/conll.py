"""Read NER training and evaluation files: GermEval 2014, CoNLL (LER), Europarl.

Every reader yields :class:`Sentence` objects with the tokens and BIO tags
(IOB2) of the outer level and, where the format has one, the inner level.
The format of a file is sniffed from its first token lines, so that
``qk train ner --data A B C`` takes any mix:

* GermEval 2014: ``#\\tURL\\t[date]`` comment line, then ``idx TAB token TAB
  outer TAB inner``;
* CoNLL-2002 (LER): ``token SPACE tag`` (IOB2); LER's fine labels are mapped
  to PER/LOC/ORG (:data:`LER_MAP`; the rest, norms and court decisions,
  become ``O``);
* Europarl (Faruqui & Padó): ``token TAB lemma TAB POS TAB chunk TAB tag``
  with IOB1 tags, converted to IOB2; ``MISC`` becomes ``OTH``;
* the GermEval 2014 train split as distributed in BIOES (``token SPACE tag``,
  ``S-PER``, ``B-``/``I-``/``E-``, upper-cased subtypes such as ``LOCDERIV``):
  converted to IOB2 with GermEval's own label spelling (``LOCderiv``).

Why not spaCy's ``spacy convert``: it does not read the GermEval comment
lines nor the nested column, and it writes ``.spacy`` files, while the
evaluation needs the tags themselves.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ...errors import InputError

__all__ = [
    "Sentence", "read_ner_file", "read_germeval", "read_conll", "read_europarl", "read_bioes", "sniff_format",
    "chunks", "iob1_to_iob2", "split_heldout", "LER_MAP",
]

# LER fine labels -> coarse (the mapping the LER authors give).
LER_MAP = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "ORG",
}


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]  # outer level, IOB2
    inner: list[str] | None = None  # nested level (GermEval only)
    source: str = ""  # GermEval: the URL of the comment line; else "file:sentence-number"
    corpus: str = ""
    extra: dict = field(default_factory=dict)


def sniff_format(path: Path) -> str:
    """``germeval``, ``bioes``, ``conll`` or ``europarl``, from the first lines.

    ``bioes`` and ``conll`` share the ``token SPACE tag`` layout; a file is
    ``bioes`` when an ``S-`` or ``E-`` tag occurs in its first 200 lines.
    """
    with _open(path) as f:
        head = [line.rstrip("\r\n") for _, line in zip(range(200), f)]
    for line in head:
        if not line.strip():
            continue
        if line.startswith("#\t") or line.startswith("# "):
            return "germeval"
        cols = line.split("\t")
        if len(cols) == 4 and cols[0].isdigit():
            return "germeval"
        if len(cols) == 5:
            return "europarl"
        if len(line.split(" ")) == 2:
            bioes = any(x.rsplit(" ", 1)[-1].startswith(("S-", "E-")) for x in head if x.count(" ") == 1)
            return "bioes" if bioes else "conll"
        break
    raise InputError(f"{path}: not a NER file this reader knows (GermEval 2014 TSV, BIOES or CoNLL 'token tag', Europarl TSV)")


def read_ner_file(path: str | Path, fmt: str | None = None) -> list[Sentence]:
    """All sentences of one file, in any of the formats :func:`sniff_format` knows."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    fmt = fmt or sniff_format(p)
    reader = {"germeval": read_germeval, "bioes": read_bioes, "conll": read_conll, "europarl": read_europarl}.get(fmt)
    if reader is None:
        raise InputError(f"unknown NER format {fmt!r} (germeval, bioes, conll, europarl)")
    return list(reader(p))


def _open(path: Path):
    if path.suffix == ".gz":
        import gzip

        return gzip.open(path, "rt", encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def _blocks(path: Path) -> Iterator[list[str]]:
    block: list[str] = []
    with _open(path) as f:
        for line in f:
            line = line.rstrip("\r\n")
            if line.strip():
                block.append(line)
            elif block:
                yield block
                block = []
    if block:
        yield block


def read_germeval(path: Path) -> Iterator[Sentence]:
    for n, block in enumerate(_blocks(path)):
        source = f"{path.name}:{n}"
        toks: list[str] = []
        outer: list[str] = []
        inner: list[str] = []
        for line in block:
            if line.startswith("#"):
                parts = line.split("\t")
                if len(parts) > 1 and parts[1].strip():
                    source = parts[1].strip()
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise InputError(f"{path}: sentence {n + 1}: expected 'idx TAB token TAB outer TAB inner', got {line!r}")
            toks.append(cols[1])
            outer.append(cols[2])
            inner.append(cols[3] if len(cols) > 3 else "O")
        if toks:
            yield Sentence(toks, outer, inner, source=source, corpus="germeval")


def _token_tag(path: Path, n: int, block: list[str]) -> tuple[list[str], list[str]]:
    """Tokens and tags of one ``token SPACE tag`` sentence (the token may hold spaces)."""
    toks, tags = [], []
    for line in block:
        parts = line.rsplit(" ", 1)
        if len(parts) != 2:
            raise InputError(f"{path}: sentence {n + 1}: expected 'token tag', got {line!r}")
        toks.append(parts[0])
        tags.append(parts[1])
    return toks, tags


def _mapped(tag: str, label_map: dict[str, str]) -> str:
    if tag == "O":
        return tag
    prefix, _, label = tag.partition("-")
    mapped = label_map.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def read_conll(path: Path, label_map: dict[str, str] | None = LER_MAP) -> Iterator[Sentence]:
    for n, block in enumerate(_blocks(path)):
        toks, tags = _token_tag(path, n, block)
        if label_map is not None:
            tags = [_mapped(tag, label_map) for tag in tags]
        yield Sentence(toks, _repair(tags), None, source=f"{path.name}:{n}", corpus="conll")


def germeval_label(label: str) -> str:
    """``LOCDERIV`` -> ``LOCderiv``, ``ORGPART`` -> ``ORGpart``; base labels unchanged."""
    up = label.upper()
    for suffix in ("DERIV", "PART"):
        if up.endswith(suffix) and len(up) > len(suffix):
            return up[: -len(suffix)] + suffix.lower()
    return up


def bioes_to_iob2(tags: list[str]) -> list[str]:
    """``S-X`` -> ``B-X``, ``E-X`` -> ``I-X``; labels in GermEval spelling."""
    out: list[str] = []
    for tag in tags:
        if tag == "O":
            out.append(tag)
            continue
        prefix, _, label = tag.partition("-")
        prefix = {"S": "B", "E": "I"}.get(prefix, prefix)
        out.append(f"{prefix}-{germeval_label(label)}")
    return iob1_to_iob2(out)  # an I- without its B- (none in the file) still opens a chunk


def read_bioes(path: Path) -> Iterator[Sentence]:
    """The GermEval train split in BIOES: outer level only, no source URLs.

    With no page URL, the sentence number is the source; ``:train`` /
    ``:heldout`` parts of this file split by sentence, not by page.
    """
    for n, block in enumerate(_blocks(path)):
        toks, tags = _token_tag(path, n, block)
        yield Sentence(toks, bioes_to_iob2(tags), None, source=f"{path.name}:{n}", corpus="germeval")


def iob1_to_iob2(tags: list[str]) -> list[str]:
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-"):
            label = tag[2:]
            if prev[2:] != label or prev == "O":
                tag = "B-" + label
        out.append(tag)
        prev = tag
    return out


def _repair(tags: list[str]) -> list[str]:
    """An ``I-X`` after ``O`` or another label (left by the label mapping) opens a chunk."""
    return iob1_to_iob2(tags)


def read_europarl(path: Path) -> Iterator[Sentence]:
    for n, block in enumerate(_blocks(path)):
        toks, tags = [], []
        for line in block:
            cols = line.split("\t")
            if len(cols) < 5:
                raise InputError(f"{path}: sentence {n + 1}: expected 5 tab-separated columns, got {line!r}")
            toks.append(cols[0])
            tags.append(cols[4].replace("MISC", "OTH"))
        yield Sentence(toks, iob1_to_iob2(tags), None, source=f"{path.name}:{n}", corpus="europarl")


def chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of each chunk in IOB2 tags, token indices, end exclusive.

    As conlleval: an ``I-X`` that does not continue an ``X`` chunk opens one.
    """
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, lab = tag.partition("-")
        if start >= 0 and (prefix != "I" or lab != label):
            out.append((start, i, label))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, label = i, lab
    return out


def split_heldout(sentences: Iterable[Sentence], percent: int = 20) -> tuple[list[Sentence], list[Sentence]]:
    """(train, held-out): a sentence is held out when the hash of its source is below ``percent``.

    GermEval's source is the URL of the page a sentence was taken from, so
    sentences of one page fall on one side: no page is in both.
    """
    train: list[Sentence] = []
    held: list[Sentence] = []
    for s in sentences:
        h = int(hashlib.sha1(s.source.encode("utf-8")).hexdigest()[:8], 16) % 100
        (held if h < percent else train).append(s)
    return train, held
