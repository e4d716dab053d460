"""Train the shipped NER model (``make model``) or an experiment variant.

    python training/train_ner.py --shared ../shared --output src/quellenkritik/data/ner

Default recipe = what ships: the GermEval 2014 train split (23,999
sentences, BIOES) with gazetteer and knowledge-base features, optionally the
tok2vec first pretrained on ``--pretrain-text`` (``training/ner_corpus.py``
writes the redistributable German text) for ``--pretrain-epochs``; model
selection on the whole GermEval dev file (2,200 sentences). The official test
split is not here: it is measured independently. ``--dev-only`` is the old
recipe (80 % of dev's pages to train, 20 % held out). ``--ler`` adds LER (legal,
labels mapped; it did not help). Only redistributable data (CC BY / CC BY-SA / ASL / official works) goes
into the shipped model; ``--extra`` adds more files for experiments.
The same as ``qk train ner`` with the files spelled out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from quellenkritik.evidence.entities.ner_train import TrainSettings, train_ner  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--output", default="src/quellenkritik/data/ner")
    ap.add_argument("--ler", action="store_true", help="also train on LER (legal)")
    ap.add_argument("--dev-only", action="store_true", help="old recipe: train on 80 %% of dev, select on 20 %%")
    ap.add_argument("--pretrain-text", default=None, help="pretrain the tok2vec on this text first")
    ap.add_argument("--pretrain-epochs", type=int, default=2)
    ap.add_argument("--pretrain-dir", default="build/ner-pretrain", help="where the pretrained weights go")
    ap.add_argument("--no-gazetteers", action="store_true")
    ap.add_argument("--no-kb", action="store_true")
    ap.add_argument("--no-nouns", action="store_true", help="no common-noun feature")
    ap.add_argument("--noun-lexicon", action="store_true",
                    help="the common-noun feature also from the word-class lexicon (german-pos-lexicon)")
    ap.add_argument("--no-derived", action="store_true", help="no genitive/-er/adjective gazetteer forms")
    ap.add_argument("--first-names", action="store_true",
                    help="the word-class lexicon's first names as a gazetteer tag (G-FIRST)")
    ap.add_argument("--extra", nargs="*", default=[], help="more training files (experiments)")
    ap.add_argument("--vectors", default=None)
    ap.add_argument("--init-tok2vec", default=None, help="pretrained tok2vec weights (qk train ner-pretrain)")
    ap.add_argument("--max-steps", type=int, default=4000)
    ap.add_argument("--eval-every", type=int, default=250)
    ap.add_argument("--width", type=int, default=96)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--no-upper", action="store_true", help="no hidden layer before the action scores (faster)")
    ap.add_argument("--embed-rows", type=int, default=5000, help="hash-embedding rows (NORM gets twice as many)")
    ap.add_argument("--patience", type=int, default=8, help="evaluations without gain before stopping")
    ap.add_argument("--germeval-weight", type=float, default=1.0)
    ap.add_argument("--ler-weight", type=float, default=1.0)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--augment", type=int, default=0, help="mention-replacement copies per sentence")
    ap.add_argument("--augment-train-only", action="store_true", help="swap in training mentions only")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--report", default=None, help="write the final report JSON here")
    a = ap.parse_args()
    d = Path(a.shared) / "data"
    dev = d / "germeval2014-ner/NER-de-dev.tsv"
    data = [f"{dev}:train"] if a.dev_only else [str(d / "germeval2014-ner/NER-de-train.bioes")]
    evals = [f"{dev}:heldout"] if a.dev_only else [str(dev)]
    if a.ler:
        data += [str(d / "ler-legal-ner/ler_dev.conll"), str(d / "ler-legal-ner/ler_test.conll")]
    data += a.extra
    s = TrainSettings(
        data=data, output=a.output, eval=evals,
        gazetteers=None if a.no_gazetteers else str(d / "german-ner-gazetteers"), use_kb=not a.no_kb, derived=not a.no_derived,
        nouns=not a.no_nouns, noun_conllu=[str(f) for f in sorted((d / "ud-german-gsd").glob("*.conllu"))],
        vectors=a.vectors, init_tok2vec=a.init_tok2vec, max_steps=a.max_steps, eval_every=a.eval_every, width=a.width, depth=a.depth, embed_rows=a.embed_rows, upper=not a.no_upper, noun_lexicon=a.noun_lexicon, first_names=a.first_names, patience=a.patience,
        dropout=a.dropout, augment=a.augment, seed=a.seed, augment_lists=not a.augment_train_only, weights={"germeval": a.germeval_weight, "conll": a.ler_weight},
    )
    log = lambda m: print(m, flush=True)  # noqa: E731
    if a.pretrain_text:
        from quellenkritik.evidence.entities.ner_pretrain import pretrain_tok2vec

        pre_dir = Path(a.pretrain_dir)
        pre = pretrain_tok2vec(s, a.pretrain_text, pre_dir, epochs=a.pretrain_epochs, log=log)
        s.init_tok2vec = str(pre_dir / "tok2vec.bin")
    rep = train_ner(s, log=log)
    if a.pretrain_text:
        rep["pretraining"] = {k: pre[k] for k in ("words", "epochs", "seconds")}
    if a.report:
        Path(a.report).write_text(json.dumps(rep, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: rep[k] for k in ("best_step", "eval_f1", "steps", "seconds")}))


if __name__ == "__main__":
    main()
