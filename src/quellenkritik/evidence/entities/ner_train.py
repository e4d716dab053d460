"""Train and evaluate the NER model (``qk train ner``, ``qk eval ner``, ``make model``).

A plain training loop over spaCy's ``nlp.update`` rather than ``spacy train``
with a config file: the gazetteer tags must be on the *predicted* docs
before the tok2vec sees them, the corpora come in three file formats, and
one GermEval file is split by source page into train and held-out parts.
Model selection: the step with the best strict outer F1 on the evaluation
sentences is kept (early stopping after ``patience`` evaluations without a
gain).
"""

from __future__ import annotations

import json
import random
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from .conll import Sentence, read_ner_file, split_heldout
from .ner import LABELS, blank_nlp, load_ner, ner_model_config, numpy_ops, predict_tags
from .ner_eval import evaluate_tags

__all__ = ["TrainSettings", "train_ner", "evaluate_file", "load_corpus"]


@dataclass
class TrainSettings:
    data: list[str]  # files; "PATH" or "PATH:train" / "PATH:heldout" (split by source page)
    output: str
    eval: list[str] = field(default_factory=list)  # same syntax; default: the held-out part of GermEval files
    gazetteers: str | None = None  # folder with the German gazetteer lists
    nouns: bool = True  # the "+N" common-noun feature (see gazetteer.nouns_from)
    noun_conllu: list[str] = field(default_factory=list)  # CoNLL-U files whose NOUN tokens count as nouns
    noun_lexicon: bool = False  # also every form the word-class lexicon knows only as a common noun or function word
    use_kb: bool = True
    derived: bool = True  # genitives, "-er" forms and place adjectives in the gazetteer (see gazetteer.py)
    first_names: bool = False  # the word-class lexicon's first names as gazetteer tag G-FIRST
    vectors: str | None = None  # a spaCy vectors folder (``spacy init vectors``)
    init_tok2vec: str | None = None  # pretrained tok2vec weights (:mod:`.ner_pretrain`), same width/depth
    width: int = 96
    depth: int = 4
    embed_rows: int = 5000
    upper: bool = True  # the parser's hidden layer before the action scores (see ner_model_config)
    dropout: float = 0.2
    max_steps: int = 6000
    eval_every: int = 250
    patience: int = 8
    seed: int = 0
    weights: dict[str, float] = field(default_factory=dict)  # corpus -> sampling weight
    heldout_percent: int = 20
    augment: int = 0  # mention-replacement copies per training sentence (:mod:`.ner_augment`)
    augment_lists: bool = True  # swap in KB/gazetteer names too, not only the training mentions


def load_corpus(spec: str, heldout_percent: int = 20) -> list[Sentence]:
    """Sentences of ``PATH``, ``PATH:train`` or ``PATH:heldout``."""
    path, _, part = spec.partition(":") if spec.endswith((":train", ":heldout")) else (spec, "", "")
    sents = read_ner_file(path)
    if part:
        train, held = split_heldout(sents, heldout_percent)
        return train if part == "train" else held
    return sents


def _tokenize_for_gazetteer(nlp) -> Callable[[str], list[str]]:  # noqa: ANN001
    tok = nlp.tokenizer
    return lambda text: [t.text for t in tok(text)]


def _build_nlp(s: TrainSettings, train: Sequence[Sentence] = ()):
    from .gazetteer import build_gazetteer, nouns_from
    from .kb import load_kb
    from .ner import GazetteerTagger

    nlp = blank_nlp()
    if s.vectors:  # a pipeline folder written by ``spacy init vectors de PATH``
        import spacy

        nlp.vocab.vectors = spacy.load(s.vectors).vocab.vectors
    kb_entries = load_kb().entries if s.use_kb else ()
    nouns = nouns_from(train, [Path(f) for f in s.noun_conllu]) if s.nouns else set()
    if s.nouns and s.noun_lexicon:
        from ...linguistic.wordclass import _sets

        lex_nouns, function, _ = _sets()
        nouns |= lex_nouns | {w[:1].upper() + w[1:] for w in function}  # "Natürlich", "Zweitens": never names
    gaz = build_gazetteer(_tokenize_for_gazetteer(nlp), kb_entries, Path(s.gazetteers) if s.gazetteers else None, nouns,
                          derived=s.derived, first_names=_first_names() if s.first_names else ())
    tagger = nlp.add_pipe("qk_gazetteer")
    tagger.gazetteer = gaz
    ner = nlp.add_pipe("ner", config={"model": ner_model_config(s.width, s.depth, bool(s.vectors), s.embed_rows, s.upper)})
    for label in LABELS:
        ner.add_label(label)
    return nlp


def _first_names() -> frozenset[str]:
    from ...linguistic.wordclass import _sets

    return _sets()[2]


def inner_tok2vec(nlp):  # noqa: ANN001, ANN201 - spaCy Language in, thinc Model out
    """The NER's Tok2Vec (embed + encode; a list of arrays out): what pretraining trains and loads.

    The parser model's ``tok2vec`` ref is that layer chained with a projection
    (``list2array >> Linear``); the pretrained part is its first layer.
    """
    return nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]


def _examples(nlp, sentences: Sequence[Sentence]):  # noqa: ANN001
    from spacy.tokens import Doc
    from spacy.training import Example

    tagger = nlp.get_pipe("qk_gazetteer")
    out = []
    for s in sentences:
        words = s.tokens
        pred = tagger(Doc(nlp.vocab, words=words, spaces=[True] * len(words)))
        ref = Doc(nlp.vocab, words=words, spaces=[True] * len(words), ents=list(s.tags))
        out.append(Example(pred, ref))
    return out


def _score(nlp, sentences: Sequence[Sentence]) -> dict:  # noqa: ANN001
    pred = predict_tags(nlp, [s.tokens for s in sentences])
    inner = [s.inner for s in sentences] if all(s.inner is not None for s in sentences) else None
    return evaluate_tags([s.tags for s in sentences], pred, inner, None if inner is None else [["O"] * len(t) for t in pred])


def train_ner(s: TrainSettings, log: Callable[[str], None] = print) -> dict:
    """Train, keep the best step, write the model to ``s.output``; return the report."""
    from spacy.util import minibatch

    random.seed(s.seed)
    import numpy

    numpy.random.seed(s.seed)
    from thinc.api import fix_random_seed

    fix_random_seed(s.seed)
    from thinc.api import set_current_ops

    set_current_ops(numpy_ops())  # numpy's matrix product, not blis: see ner.numpy_gemm
    train: list[Sentence] = []
    for spec in s.data:
        part = load_corpus(spec, s.heldout_percent)
        log(f"train: {spec}: {len(part)} sentences")
        train.extend(part)
    evals: list[Sentence] = []
    for spec in s.eval or [d.rsplit(":", 1)[0] + ":heldout" for d in s.data if d.endswith(":train")]:
        part = load_corpus(spec, s.heldout_percent)
        log(f"eval: {spec}: {len(part)} sentences")
        evals.extend(part)
    if not train:
        raise ValueError("no training sentences")
    nlp = _build_nlp(s, train)
    if s.augment:
        copies = _augmented(nlp, s, train)
        log(f"train: + {len(copies)} mention-replacement copies")
        train = train + copies
    examples = _examples(nlp, train)
    optimizer = nlp.initialize(lambda: examples[:2000])
    if s.init_tok2vec:
        inner_tok2vec(nlp).from_bytes(Path(s.init_tok2vec).read_bytes())
        log(f"tok2vec weights from {s.init_tok2vec}")
    best = {"f1": -1.0, "step": 0}
    best_bytes = None
    step = 0
    bad = 0
    t0 = time.time()
    losses: dict[str, float] = {}
    pool = _weighted_pool(examples, train, s.weights)
    while step < s.max_steps:
        random.shuffle(pool)
        for batch in minibatch(pool, size=32):
            nlp.update(batch, drop=s.dropout, sgd=optimizer, losses=losses)
            step += 1
            if step % s.eval_every == 0 or step >= s.max_steps:
                # evaluated and kept with the optimizer's running averages of the
                # weights (as ``spacy train`` does): a smoother, better model than
                # the last step's weights
                with nlp.use_params(optimizer.averages):
                    rep = _score(nlp, evals) if evals else {"f1": 0.0}
                log(f"step {step:5d}  loss {losses.get('ner', 0):9.1f}  eval F1 {rep['f1']:.4f}  "
                    f"({time.time() - t0:.0f} s)")
                losses = {}
                if rep["f1"] > best["f1"]:
                    best = {"f1": rep["f1"], "step": step, "report": rep}
                    with nlp.use_params(optimizer.averages):
                        best_bytes = nlp.to_bytes()
                    bad = 0
                else:
                    bad += 1
                if bad >= s.patience:
                    break
            if step >= s.max_steps:
                break
        if bad >= s.patience:
            break
    if best_bytes is not None:
        nlp.from_bytes(best_bytes)
    out = Path(s.output)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    # The string store holds every token and gazetteer phrase seen in training
    # (8 MB); prediction needs none of them (features are hashes, labels come
    # with the NER's moves), so the shipped folder keeps an empty one.
    (out / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    meta = {
        "trained_on": s.data, "evaluated_on": s.eval or "held-out part of the GermEval files",
        "best_step": best["step"], "eval_f1": best["f1"], "steps": step, "seconds": round(time.time() - t0),
        "settings": {k: v for k, v in s.__dict__.items() if k not in ("data", "output", "eval")},
    }
    spacy_meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    spacy_meta.update({"name": "quellenkritik_ner_de", "qk_training": meta})
    (out / "meta.json").write_text(json.dumps(spacy_meta, indent=2, ensure_ascii=False), encoding="utf-8")
    return {**meta, "report": best.get("report")}


def _augmented(nlp, s: TrainSettings, train: list[Sentence]) -> list[Sentence]:  # noqa: ANN001
    from .kb import load_kb
    from .ner_augment import augment_mentions, list_names

    lists = None
    if s.augment_lists:
        lists = list_names(_tokenize_for_gazetteer(nlp), load_kb().entries if s.use_kb else (),
                           Path(s.gazetteers) if s.gazetteers else None, seed=s.seed)
    return augment_mentions(train, s.augment, lists, seed=s.seed)


def _weighted_pool(examples: list, train: list[Sentence], weights: dict[str, float]) -> list:
    """Examples repeated (weight > 1) or sampled down (weight < 1) by corpus, fixed per run."""
    pool = []
    for ex, sent in zip(examples, train):
        w = weights.get(sent.corpus, 1.0)
        n = int(w) + (1 if random.random() < w - int(w) else 0)
        pool.extend([ex] * n)
    return pool


def evaluate_file(spec: str, model: str | None = None, heldout_percent: int = 20) -> dict:
    """Score a model on a NER file (``PATH`` or ``PATH:heldout``): the ``qk eval ner`` report."""
    nlp = load_ner(model)
    sents = load_corpus(spec, heldout_percent)
    t0 = time.perf_counter()
    pred = predict_tags(nlp, [x.tokens for x in sents])
    secs = time.perf_counter() - t0
    inner = [x.inner for x in sents] if sents and all(x.inner is not None for x in sents) else None
    rep = evaluate_tags([x.tags for x in sents], pred, inner, None if inner is None else [["O"] * len(t) for t in pred])
    rep["data"] = spec
    rep["words_per_second"] = round(rep["tokens"] / secs) if secs else None
    return rep
