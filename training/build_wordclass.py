"""Build the shipped word-class lexicon (data/lexicon/wordclass.txt.gz) from ../shared/data/german-pos-lexicon.

Source: LanguageTool's german-pos-dict (Morphy + korrekturen.de), CC BY-SA 4.0: the
derived file is therefore CC BY-SA 4.0 too (see data/lexicon/WORDCLASS_CARD.md).

Two word lists, one form a line, each under a header line:
* ``#N``: capitalised forms that are common nouns only (SUB, never a proper name EIG):
  "Konflikt", "Beispiel", "Raketen". A capitalised word here is not a name by itself.
* ``#F``: lower-case forms that are never nouns, names or verbs (adverbs, adjectives,
  conjunctions, prepositions; never pronouns or articles): "unterdessen", "plötzlich", "ähnlich".
  Capitalised at the start of a sentence they are still not a name or a speaker.
* ``#V``: first names (``EIG:VOR``) in every form the lexicon lists: "Hilde", "Rolf", "Hildes".
  A town's other name that is a first name ("Hilde" for Hilden) needs the document's support.

Usage: python training/build_wordclass.py [--shared ../shared] [--out src/quellenkritik/data/lexicon/wordclass.txt.gz]
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

NON_NOUN = {"ADV", "ADJ", "KON", "PRP", "NEG", "ZAL", "INJ", "ZUS"}


def build(source: Path) -> tuple[list[str], list[str], list[str]]:
    nouns, function, first = [], [], []
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            form, _, tags = line.rstrip("\n").partition("\t")
            classes = {t.split(":")[0] for t in tags.split(",")}
            if "EIG:VOR" in tags.split(","):
                first.append(form)
            if form[:1].isupper() and "SUB" in classes and "EIG" not in classes:
                nouns.append(form)
            elif form[:1].islower() and classes and classes <= NON_NOUN:
                function.append(form)
    return sorted(set(nouns)), sorted(set(function)), sorted(set(first))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("src/quellenkritik/data/lexicon/wordclass.txt.gz"))
    args = ap.parse_args()
    nouns, function, first = build(args.shared / "data" / "german-pos-lexicon" / "derived_form_pos.tsv.gz")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as gz:
        gz.write(("#N\n" + "\n".join(nouns) + "\n#F\n" + "\n".join(function) + "\n#V\n" + "\n".join(first)
                  + "\n").encode("utf-8"))
    print(f"{args.out}: {len(nouns)} common-noun forms, {len(function)} function-word forms, {len(first)} first-name forms")


if __name__ == "__main__":
    main()
