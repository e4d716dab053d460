"""Pretrain the NER's token-to-vector layer on unlabelled text (``qk train ner-pretrain``).

spaCy's ``spacy pretrain`` does this from a config file; a small loop here
instead, for the same reason as :mod:`.ner_train`: the gazetteer tags must be
on the docs the tok2vec sees, and the network must be exactly the one
:func:`.ner_train.train_ner` builds, so that its weights load into it
(``TrainSettings.init_tok2vec``). The objective is spaCy's own
``spacy.PretrainCharacters.v1``: a random 15 % of the words are masked and
the model predicts the first and last four characters of every word from its
context, which teaches the CNN German word shapes and contexts without labels.

Input: a text file, one sentence or paragraph a line, words separated by
spaces (``training/ner_corpus.py`` writes one). Output: the tok2vec weights
(``tok2vec.bin``) and a ``pretrain-log.jsonl`` with the loss per epoch.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Callable, Iterator

__all__ = ["pretrain_tok2vec"]


def _lines(path: Path, max_words: int) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            words = line.split()
            # long paragraphs are cut into pieces of ``max_words`` so that batches stay even
            for i in range(0, len(words), max_words):
                if words[i : i + max_words]:
                    yield words[i : i + max_words]


def pretrain_tok2vec(
    settings,  # noqa: ANN001 - a ner_train.TrainSettings (network shape and gazetteer)
    text: str | Path,
    output: str | Path,
    epochs: int = 1,
    batch_words: int = 3000,
    max_words: int = 60,
    learn_rate: float = 0.001,
    log: Callable[[str], None] = print,
) -> dict:
    """Pretrain on ``text``; write ``output/tok2vec.bin``; return a summary."""
    from spacy import registry
    from spacy.tokens import Doc
    from spacy.training.pretrain import make_update
    from thinc.api import Adam, fix_random_seed, set_dropout_rate

    from .ner_train import _build_nlp, _examples, inner_tok2vec, load_corpus

    text = Path(text)
    if not text.is_file():
        raise FileNotFoundError(f"pretraining text not found: {text}")
    random.seed(settings.seed)
    fix_random_seed(settings.seed)
    from thinc.api import set_current_ops

    from .ner import numpy_ops

    set_current_ops(numpy_ops())  # numpy's matrix product, not blis: see ner.numpy_gemm
    train = [x for spec in settings.data for x in load_corpus(spec, settings.heldout_percent)]
    nlp = _build_nlp(settings, train)
    nlp.initialize(lambda: _examples(nlp, train[:200]) if train else [])
    tok2vec = inner_tok2vec(nlp)
    create = registry.architectures.get("spacy.PretrainCharacters.v1")(maxout_pieces=3, hidden_size=300, n_characters=4)
    model = create(nlp.vocab, tok2vec)
    tagger = nlp.get_pipe("qk_gazetteer")
    model.initialize(X=[tagger(Doc(nlp.vocab, words=["Ein", "Beispiel", "."]))])
    set_dropout_rate(model, 0.2)
    optimizer = Adam(learn_rate)
    objective = model.attrs["loss"]
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    n_words = 0
    history = []
    for epoch in range(epochs):
        batch: list = []
        size = 0
        epoch_loss = 0.0
        for words in _lines(text, max_words):
            batch.append(tagger(Doc(nlp.vocab, words=words)))
            size += len(words)
            if size >= batch_words:
                epoch_loss += make_update(model, batch, optimizer, objective)
                n_words += size
                batch, size = [], 0
                if n_words % 500_000 < batch_words:
                    log(f"epoch {epoch}  {n_words:,} words  loss {epoch_loss:,.0f}  "
                        f"{n_words / (time.time() - t0):,.0f} words/s")
        if batch:
            epoch_loss += make_update(model, batch, optimizer, objective)
            n_words += size
        history.append({"epoch": epoch, "loss": epoch_loss, "words": n_words, "seconds": round(time.time() - t0)})
        with model.use_params(optimizer.averages):
            weights = tok2vec.to_bytes()
        (out / "tok2vec.bin").write_bytes(weights)
        if epochs > 1:  # every epoch's weights, to fine-tune from each and compare
            (out / f"tok2vec-epoch{epoch}.bin").write_bytes(weights)
        log(f"epoch {epoch} done: loss {epoch_loss:,.0f} ({time.time() - t0:.0f} s)")
    (out / "pretrain-log.jsonl").write_text("".join(json.dumps(h) + "\n" for h in history), encoding="utf-8")
    return {"text": str(text), "epochs": epochs, "words": n_words, "seconds": round(time.time() - t0), "history": history}
