"""Evaluation commands: ``qk eval speech|claims --data DIR [--limit N]``.

Each command scores one component on a public dataset read from ``--data``
(nothing is copied from it) and prints the figures as JSON on stdout; a
progress bar goes to stderr when it is a terminal. A missing or wrong
``--data`` is a one-line error with exit status 2.

To add a command (``qk eval ner``): write a library function
``evaluate_x(data: Path, limit: int, tick) -> dict`` next to the component,
and register it here with :func:`_run` like the two below.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import QuellenkritikError
from .app import app, err, fail, out

__all__ = ["eval_app", "speech_cmd", "claims_cmd"]

eval_app = typer.Typer(help="Evaluate components on public datasets; figures as JSON.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

DataOption = typer.Option(..., "--data", help="The dataset folder (see the command's help).")
LimitOption = typer.Option(0, "--limit", min=0, help="Only the first N items (0: all), for a quick run.")


def _run(label: str, total: int | None, fn: Callable[[Callable[[], None]], dict[str, Any]]) -> None:
    """Call ``fn(tick)`` under a progress bar on stderr; print its dict as JSON."""
    progress = Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    )
    task = progress.add_task(label, total=total)
    try:
        with progress:
            result = fn(lambda: progress.advance(task))
    except QuellenkritikError as exc:
        fail(str(exc))
        return
    out.file.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


def _check_dir(data: Path) -> None:
    if not data.exists():
        fail(f"--data {data}: no such directory")
    if not data.is_dir():
        fail(f"--data {data}: not a directory")


@eval_app.command("speech")
def speech_cmd(
    data: Path = DataOption,
    source: Optional[List[str]] = typer.Option(None, "--source", help="Only samples of these sub-corpora (digbib, grenz, mkhz); repeatable."),
    limit: int = LimitOption,
) -> None:
    """Score quotes and attributions on REDEWIEDERGABE (../shared/data/redewiedergabe).

    Token-level precision, recall and F1 per type (direct, indirect, reported).
    """
    from ..evidence.speech.evaluate import evaluate_speech, sample_files

    _check_dir(data)
    try:
        total = len(sample_files(data, source, limit))
    except QuellenkritikError as exc:
        fail(str(exc))
        return
    _run("speech", total, lambda tick: evaluate_speech(data, source, limit, tick))


@eval_app.command("claims")
def claims_cmd(data: Path = DataOption, limit: int = LimitOption) -> None:
    """Score claims on GermEval 2021 fact-claiming comments (../shared/data/germeval2021-toxic-factclaiming).

    On the test file: precision, recall, F1 and macro-F1 of the claims layer's own decision ("component"),
    of a score threshold chosen on the train file, and of the trivial baselines (every comment a claim;
    the majority class), side by side in "table"; base rates.
    """
    from ..evidence.claims.evaluate import evaluate_germeval, germeval_files, read_comments

    _check_dir(data)
    try:
        n = [len(read_comments(p)) for p in germeval_files(data)]
    except QuellenkritikError as exc:
        fail(str(exc))
        return
    total = sum(min(k, limit) if limit else k for k in n)
    _run("claims", total, lambda tick: evaluate_germeval(data, limit, tick))


@eval_app.command("ner")
def ner_cmd(
    data: str = typer.Option(..., "--data", help="A NER file: GermEval 2014 TSV, CoNLL 'token tag' (LER) or Europarl TSV. "
                             "PATH:heldout / PATH:train score one side of the split by source page used for training."),
    model: Optional[Path] = typer.Option(None, "--model", help="A model folder from 'qk train ner' (default: the shipped one)."),
) -> None:
    """Score the NER model with the GermEval 2014 metric (strict outer chunks; inner and per label too).

    Prints JSON with "precision", "recall", "f1" (strict outer chunks), "coarse" (PER/ORG/LOC/OTH without
    deriv/part), "inner", "per_label" and "words_per_second".
    """
    from ..evidence.entities.ner_train import evaluate_file

    path = data.rsplit(":", 1)[0] if data.endswith((":heldout", ":train")) else data
    if not Path(path).is_file():
        fail(f"--data {path}: no such file")
    _run("ner", None, lambda tick: evaluate_file(data, str(model) if model else None))


@eval_app.command("articles")
def articles_cmd(
    gold: Path = typer.Option(..., "--gold", help="A folder of annotations: DIR/gold/*.json (or DIR/*.json), e.g. ../shared/data/qk-dev-gold."),
    articles: Optional[Path] = typer.Option(None, "--articles", help="The folder of <key>.txt articles (default: DIR/articles)."),
    detail: bool = typer.Option(False, "--detail", help="Every miss, false positive and source-type error, per article."),
    fmt: str = typer.Option("json", "--format", help="json (default) or text: a readable table."),
) -> None:
    """Score whole evidence records against annotated articles (the qk-dev-gold rules).

    Recall per layer (entities with the right label, quantities with the right value, dates,
    attributions by speaker, anonymous sources, unattributed claims), entity and attribution
    precision, source-type accuracy on the attributions found; techniques and genre are
    "not available" until those layers exist.
    """
    from ..evaluation.articles import evaluate_articles
    from ..evaluation.gold import gold_files

    if fmt not in ("json", "text"):
        fail(f"--format {fmt}: expected json or text")
    if articles is not None and not articles.is_dir():
        fail(f"--articles {articles}: not a directory")
    try:
        total = len(gold_files(gold))
    except QuellenkritikError as exc:
        fail(str(exc))
        return

    def warn(key: str, exc: Exception) -> None:
        err.print(f"[yellow]skipped[/] {key}: {exc}", highlight=False)

    if fmt == "json":
        _run("articles", total, lambda tick: evaluate_articles(gold, articles, detail=detail, tick=tick, on_error=warn))
        return
    progress = Progress(TextColumn("articles"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, transient=True, disable=not err.is_terminal)
    task = progress.add_task("articles", total=total)
    try:
        with progress:
            result = evaluate_articles(gold, articles, detail=detail, tick=lambda: progress.advance(task), on_error=warn)
    except QuellenkritikError as exc:
        fail(str(exc))
        return
    from ..evaluation.text import render_text

    render_text(result, out)
