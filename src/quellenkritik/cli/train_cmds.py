"""Training commands: ``qk train ner --data FILE... --output DIR``.

Users with more labelled data train a stronger model with one command; the
shipped model (``make model``) is the default, not the ceiling. Use a model
of your own with ``model = "DIR"`` in the ``[components."entities.ner"]``
table of the settings (see docs/evidence-entities.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import QuellenkritikError
from .app import app, err, fail, out

__all__ = ["train_app", "train_ner_cmd", "pretrain_ner_cmd"]

train_app = typer.Typer(help="Train the project's models on your data.", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("ner")
def train_ner_cmd(
    data: List[str] = typer.Option(..., "--data", help="Training files (GermEval TSV, CoNLL 'token tag', Europarl TSV); "
                                   "PATH:train takes the part of a GermEval file not held out. Repeatable."),
    output: Path = typer.Option(..., "--output", "-o", help="The model folder to write."),
    eval_data: Optional[List[str]] = typer.Option(None, "--eval", help="Evaluation files (default: PATH:heldout of every PATH:train)."),
    gazetteers: Optional[Path] = typer.Option(None, "--gazetteers", help="Folder with German name lists (laendernamen.list, stadtnamen.list, ...)."),
    vectors: Optional[Path] = typer.Option(None, "--vectors", help="A spaCy vectors folder ('spacy init vectors')."),
    max_steps: int = typer.Option(6000, "--max-steps", min=1),
    eval_every: int = typer.Option(250, "--eval-every", min=1),
    no_kb: bool = typer.Option(False, "--no-kb", help="No knowledge-base features."),
    init_tok2vec: Optional[Path] = typer.Option(None, "--init-tok2vec", help="Pretrained tok2vec weights ('qk train ner-pretrain')."),
) -> None:
    """Train a German NER model (spaCy CNN with gazetteer features); keep the best evaluated step."""
    from ..evidence.entities.ner_train import TrainSettings, train_ner

    for spec in [*data, *(eval_data or [])]:
        path = spec.rsplit(":", 1)[0] if spec.endswith((":heldout", ":train")) else spec
        if not Path(path).is_file():
            fail(f"--data {path}: no such file")
    if gazetteers is not None and not gazetteers.is_dir():
        fail(f"--gazetteers {gazetteers}: not a directory")
    if init_tok2vec is not None and not init_tok2vec.is_file():
        fail(f"--init-tok2vec {init_tok2vec}: no such file")
    s = TrainSettings(
        data=list(data), output=str(output), eval=list(eval_data or []),
        gazetteers=str(gazetteers) if gazetteers else None, use_kb=not no_kb,
        vectors=str(vectors) if vectors else None, max_steps=max_steps, eval_every=eval_every,
        init_tok2vec=str(init_tok2vec) if init_tok2vec else None,
    )
    try:
        rep = train_ner(s, log=lambda m: err.print(m, highlight=False))
    except (QuellenkritikError, ValueError) as exc:
        fail(str(exc))
        return
    out.file.write(json.dumps({k: rep[k] for k in ("best_step", "eval_f1", "steps", "seconds")}) + "\n")


@train_app.command("ner-pretrain")
def pretrain_ner_cmd(
    text: Path = typer.Option(..., "--text", help="Unlabelled text, one sentence or paragraph a line, words separated by spaces."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder for tok2vec.bin (then: qk train ner --init-tok2vec)."),
    data: Optional[List[str]] = typer.Option(None, "--data", help="The training files you will fine-tune on (their words "
                                             "join the common-noun feature, as in 'qk train ner')."),
    gazetteers: Optional[Path] = typer.Option(None, "--gazetteers", help="The same name lists you will train with."),
    epochs: int = typer.Option(1, "--epochs", min=1),
    no_kb: bool = typer.Option(False, "--no-kb", help="No knowledge-base features."),
) -> None:
    """Pretrain the NER's token-to-vector layer on unlabelled text (spaCy's character objective)."""
    from ..evidence.entities.ner_pretrain import pretrain_tok2vec
    from ..evidence.entities.ner_train import TrainSettings

    if not text.is_file():
        fail(f"--text {text}: no such file")
    if gazetteers is not None and not gazetteers.is_dir():
        fail(f"--gazetteers {gazetteers}: not a directory")
    s = TrainSettings(data=list(data or []), output=str(output),
                      gazetteers=str(gazetteers) if gazetteers else None, use_kb=not no_kb)
    try:
        rep = pretrain_tok2vec(s, text, output, epochs=epochs, log=lambda m: err.print(m, highlight=False))
    except (QuellenkritikError, ValueError, OSError) as exc:
        fail(str(exc))
        return
    out.file.write(json.dumps({k: rep[k] for k in ("words", "epochs", "seconds")}) + "\n")
