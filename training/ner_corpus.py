"""Write plain German text (one sentence or paragraph a line) for word vectors.

    python training/ner_corpus.py --shared ../shared --out corpus.txt [--all]

By default only redistributable text (what a shipped model may be derived
from): GermEval 2014 dev (train part only), LER, UD German GSD, German court
decisions (german-court-timex). ``--all`` adds 10kGNAD and FANG-COVID (NC /
license not stated: for measuring whether news text helps, never shipped);
``--news-only`` writes just those (the input of ``training/ner_silver.py``).
Tokens are separated by spaces with spaCy's German tokenizer, case kept
(spaCy's static vectors are keyed by the token text).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from quellenkritik.evidence.entities.conll import read_ner_file, split_heldout  # noqa: E402
from quellenkritik.linguistic.tokenizer import get_nlp  # noqa: E402

_TAG = re.compile(r"<[^>]+>")


def texts(shared: Path, everything: bool, news_only: bool = False):
    d = shared / "data"
    if news_only:
        yield from news_texts(d)
        return
    train, _ = split_heldout(read_ner_file(d / "germeval2014-ner/NER-de-dev.tsv"))
    for s in train:
        yield " ".join(s.tokens)
    for f in ("ler_dev.conll", "ler_test.conll"):
        for s in read_ner_file(d / "ler-legal-ner" / f):
            yield " ".join(s.tokens)
    for f in sorted((d / "ud-german-gsd").glob("*.conllu")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                yield line[9:]
    for f in sorted((d / "german-court-timex").glob("*.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                line = _TAG.sub("", line).strip()
                if len(line) > 20:
                    yield line
    if everything:
        yield from news_texts(d)


def news_texts(d: Path):
    """10kGNAD and FANG-COVID article lines (NC / license not stated: measure only)."""
    csv.field_size_limit(10**8)
    with open(d / "10kgnad/test.csv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter=";", quotechar="'"):
            if len(row) >= 2:
                yield from row[1].splitlines()
    for z in sorted((d / "fang-covid-partial").glob("*/*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if not name.endswith(".csv"):
                    continue
                with zf.open(name) as fh:
                    for row in csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")):
                        yield from (row.get("article") or "").splitlines()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", required=True)
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--news-only", action="store_true", help="only the NC news text (for ner_silver.py; measure only)")
    a = ap.parse_args()
    tok = get_nlp("de").tokenizer
    n = 0
    with open(a.out, "w", encoding="utf-8") as out:
        for t in texts(Path(a.shared), a.all, a.news_only):
            t = t.strip()
            if t:
                words = [w.text for w in tok(t) if not w.is_space]
                n += len(words)
                out.write(" ".join(words) + "\n")
    print(f"{n} words -> {a.out}")


if __name__ == "__main__":
    main()
