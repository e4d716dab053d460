"""Silver NER sentences: a teacher model labels unlabelled text (self-training; measure only).

    python training/ner_corpus.py --shared ../shared --news-only --out build/news.txt
    python training/ner_silver.py --text build/news.txt --out build/silver.tsv --sentences 8000
    python training/train_ner.py --shared ../shared --init-tok2vec build/ner-pretrain/tok2vec.bin \\
        --extra build/silver.tsv --output build/ner-silver

The text is one paragraph a line, tokens separated by spaces (what
``ner_corpus.py`` writes). Paragraphs are cut into sentences at ``.``/``!``/``?``
before a capitalised token; sentences of 5 to 60 tokens are sampled
(fixed seed) and tagged by ``--model`` (default: the shipped one). The output is
GermEval 2014 TSV, so ``--extra`` / ``qk train ner --data`` read it.
The news text in ../shared/data is NC or of unstated license: a model
trained on these silver labels is for measuring, never shipped.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from quellenkritik.evidence.entities.ner import load_ner, predict_tags  # noqa: E402

_ENDS = (".", "!", "?")


def sentences(lines, min_len: int = 5, max_len: int = 60) -> list[list[str]]:
    # The text is already tokenised (one paragraph a line); the pipeline's
    # sentence splitter works on Documents, and a rough cut is enough here.
    out: list[list[str]] = []
    for line in lines:
        toks = line.split()
        cur: list[str] = []
        for i, t in enumerate(toks):
            cur.append(t)
            if t in _ENDS and (i + 1 == len(toks) or toks[i + 1][:1].isupper()):
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
    return [s for s in out if min_len <= len(s) <= max_len]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--text", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--model", default=None, help="teacher model folder (default: the shipped model)")
    ap.add_argument("--sentences", type=int, default=8000)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    with open(a.text, encoding="utf-8") as f:
        sents = sentences(f)
    random.seed(a.seed)
    sample = random.sample(sents, min(a.sentences, len(sents)))
    tags = predict_tags(load_ner(a.model), sample)
    with open(a.out, "w", encoding="utf-8") as f:
        for k, (words, row) in enumerate(zip(sample, tags)):
            f.write(f"#\tsilver:{k}\n")
            f.writelines(f"{i}\t{w}\t{t}\tO\n" for i, (w, t) in enumerate(zip(words, row), 1))
            f.write("\n")
    n_ent = sum(t.startswith("B-") for row in tags for t in row)
    print(f"{len(sample)} of {len(sents)} sentences, {n_ent} entities -> {a.out}")


if __name__ == "__main__":
    main()
