"""Build the shipped noun-gender table (data/lexicon/noun_gender.txt.gz) from ../shared/data/german-pos-lexicon.

Source: LanguageTool's german-pos-dict (Morphy + korrekturen.de), CC BY-SA 4.0: the derived
file is CC BY-SA 4.0 too (see data/lexicon/WORDCLASS_CARD.md). The shared folder's
``derived_form_pos.tsv.gz`` keeps only coarse word classes, so the gender comes from the
full tags in ``german.dict`` (``SUB:NOM:SIN:FEM``), read here with a small reader of
Morfologik's CFSA2 automaton format.

One line a capitalised common-noun form: ``form<TAB>code``, where code lists the
singular genders the form can have (``M``, ``F``, ``N``) and ``P`` when it can be plural:
"Verschwendung" -> ``F``, "Soldaten" -> ``MP`` (accusative singular of a weak noun, and
plural), "Mädchen" -> ``NP``. Forms that can be any gender and plural tell an agreement
check nothing and are left out; so are forms the lexicon also knows as a proper name
(EIG), since a name's gender is the bearer's, not the word's, and adjectival nouns
("der/die Deutsche", "die Reisenden"), whose gender is the person's, and infinitives used as
nouns ("das Hadern"), whose form is also the plural of nouns the lexicon lacks ("die Hadern").

Usage: python training/build_noun_gender.py [--shared ../shared] [--out src/quellenkritik/data/lexicon/noun_gender.txt.gz]
"""

from __future__ import annotations

import argparse
import gzip
from collections import defaultdict
from pathlib import Path
from typing import Iterator

# CFSA2 arc flags (Morfologik's compact automaton, version 0xC6).
_TARGET_NEXT = 0x80  # the arc's target is the node right after this node's last arc
_LAST_ARC = 0x40  # the last arc of its node
_FINAL_ARC = 0x20  # a word ends after this arc
_LABEL_INDEX = 0x1F  # index into the label table; 0: the label is the next byte
_ALL = "MFNP"


def cfsa2_entries(path: Path) -> Iterator[bytes]:
    """Every byte sequence accepted by a Morfologik CFSA2 automaton (flags without NUMBERS).

    Written here because no Python package in the project reads Morfologik's format;
    it is a depth-first walk over the arcs as the format describes them.
    """
    data = path.read_bytes()
    if data[:4] != b"\\fsa" or data[4] != 0xC6:
        raise ValueError(f"{path}: not a CFSA2 automaton")
    flags = (data[5] << 8) | data[6]
    if flags & 0x08:
        raise ValueError(f"{path}: automata with perfect-hash numbers are not supported")
    n_labels = data[7]
    labels = data[8:8 + n_labels]
    arcs = data[8 + n_labels:]

    def skip_arc(off: int) -> int:
        flag = arcs[off]
        off += 1 if flag & _LABEL_INDEX else 2
        if not flag & _TARGET_NEXT:
            while arcs[off] & 0x80:
                off += 1
            off += 1
        return off

    def target(arc: int) -> int:
        flag = arcs[arc]
        if flag & _TARGET_NEXT:
            while not arcs[arc] & _LAST_ARC:
                arc = skip_arc(arc)
            return skip_arc(arc)
        off = arc + (1 if flag & _LABEL_INDEX else 2)
        value, shift = 0, 0
        while True:
            b = arcs[off]
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                return value
            off += 1
            shift += 7

    stack: list[tuple[int, bytes]] = [(target(0), b"")]  # node 0 holds one arc to the root
    while stack:
        arc, prefix = stack.pop()
        while True:
            flag = arcs[arc]
            word = prefix + bytes((labels[flag & _LABEL_INDEX] if flag & _LABEL_INDEX else arcs[arc + 1],))
            if flag & _FINAL_ARC:
                yield word
            nxt = 0 if flag & _LAST_ARC else skip_arc(arc)
            dest = target(arc)
            if nxt:
                stack.append((nxt, prefix))
            if not dest:
                break
            arc, prefix = dest, word


def _code(tag: str) -> str:
    """The genders/number a SUB tag allows, as letters of "MFNP" (all of them when unclear)."""
    parts = tag.split(":")
    if len(parts) < 4:
        return _ALL
    if "ADJ" in parts[4:]:
        return _ALL  # "Deutsche", "Reisenden": adjectival nouns take the gender of the person meant
    if "INF" in parts[4:]:
        return _ALL  # "das Hadern": an infinitive as a noun shares its form with plurals the lexicon lacks
    number, gender = parts[2], parts[3]
    if number in ("PLU", "PLT"):
        return "P"
    if number in ("SIN", "SIG") and gender in ("MAS", "FEM", "NEU"):
        return gender[0] if gender != "NEU" else "N"
    return _ALL


def build(lexicon: Path) -> dict[str, str]:
    """form -> code for every capitalised common-noun form with a usable gender."""
    codes: dict[str, set[str]] = defaultdict(set)
    names: set[str] = set()
    for raw in cfsa2_entries(lexicon / "german.dict"):
        entry = raw.decode("utf-8", "replace")
        if entry.startswith("#"):
            continue
        parts = entry.split("_")
        if len(parts) < 3:
            continue
        form, tag = parts[0], parts[-1].split(" ")[0]
        if tag.startswith("EIG"):
            names.add(form)
        elif tag.startswith("SUB") and form[:1].isupper():
            codes[form].update(_code(tag))
    with (lexicon / "EIG.txt").open(encoding="utf-8") as fh:
        names.update(line.split("\t", 1)[0] for line in fh if "\t" in line)
    out = {}
    for form, letters in codes.items():
        if form in names or set(_ALL) <= letters:
            continue
        out[form] = "".join(c for c in _ALL if c in letters)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("src/quellenkritik/data/lexicon/noun_gender.txt.gz"))
    args = ap.parse_args()
    table = build(args.shared / "data" / "german-pos-lexicon")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{form}\t{table[form]}\n" for form in sorted(table))
    with gzip.GzipFile(args.out, "wb", mtime=0) as gz:
        gz.write(body.encode("utf-8"))
    print(f"{args.out}: {len(table)} noun forms")


if __name__ == "__main__":
    main()
