#!/usr/bin/env python3
"""Measure the language and linguistic stages; print the figures as JSON.

Three measurements (all by default, or pick with ``--task``):

* ``sentences``: sentence-boundary precision/recall/F1 on UD German GSD
  (dev and test, CoNLL-U ``# text =`` lines, running text rebuilt from
  chunks of consecutive sentences joined with one space; see
  ``quellenkritik.linguistic.evaluate``), for the ``sentences`` component and
  for spaCy's rule-based ``sentencizer`` as a baseline, in the same run.
* ``speed``: words per second of ``tokens`` + ``sentences`` (and of
  ``language``) over the 10kGNAD test articles, one process, one core;
  CPU seconds (``time.process_time``) and wall seconds.
* ``langid``: py3langid accuracy and speed on German news (10kGNAD test,
  first N articles) and the article-extraction-benchmark ground-truth bodies
  (161 English pages, 20 others labelled by hand in ``NOT_ENGLISH``), per
  document and per paragraph (>= 40 characters; German paragraphs: UD GSD
  test sentences of >= 40 characters), with all languages and restricted
  to ``["de", "en"]``; and the ``language`` component's paragraph labels
  (``doc_prior`` 1 and 3) on the benchmark pages and on German articles
  with one short English paragraph (40-199 characters) inserted.

Usage::

    .venv/bin/python training/eval_sentences.py [--shared ../shared] [--task all]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable

import spacy

from quellenkritik.document import Document, Source
from quellenkritik.language.identify import identify
from quellenkritik.language.paragraphs import paragraph_offsets
from quellenkritik.linguistic.components import rules_for
from quellenkritik.linguistic.evaluate import evaluate_splitter, read_conllu_texts
from quellenkritik.linguistic.sentences import sentence_offsets
from quellenkritik.linguistic.tokenizer import get_nlp
from quellenkritik.pipeline import registry

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _gsd(shared: Path, split: str) -> list[str]:
    return read_conllu_texts(shared / "data" / "ud-german-gsd" / f"de_gsd-ud-{split}.conllu")


def _gnad(shared: Path) -> list[str]:
    path = shared / "data" / "10kgnad" / "test.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        return [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]


#: Pages of the article-extraction-benchmark that are not in English, by the
#: first 12 hex digits of their key; labelled by reading them (the README
#: says "almost all English"). Every other page is English.
NOT_ENGLISH = {
    "0ec95c7261d1": "ko", "11ea381ad92b": "pt", "20b2b64916b0": "it", "21486419bb10": "id",
    "23aaecd14171": "pt", "3252222e61fe": "pt", "3c6d3381ef52": "ru", "57b4dafd18cf": "de",
    "7837c9d66c81": "id", "85439e26c41c": "ja", "9da36ae4714b": "ko", "b3c19dd5f061": "pt",
    "b6fb53e9fb04": "it", "ba07d1e64775": "de", "c4a3637c6696": "ru", "c82b3d1d540b": "ru",
    "cc03ddb5ef7d": "pt", "f105de6e63ca": "ja", "f6ac15a4d985": "pt", "ff0f958ade71": "ru",
}  # fmt: skip


def _benchmark(shared: Path) -> list[tuple[str, str]]:
    """``(gold_language, article_body)`` for every benchmark page."""
    path = shared / "data" / "article-extraction-benchmark" / "ground-truth.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        (NOT_ENGLISH.get(key[:12], "en"), v["articleBody"])
        for key, v in data.items()
        if v.get("articleBody", "").strip()
    ]


# ---- sentences ---------------------------------------------------------------
def ours_splitter() -> Callable[[str], list[tuple[int, int]]]:
    nlp, rules = get_nlp("de"), rules_for("de")
    return lambda text: sentence_offsets(nlp.make_doc(text), rules)


def sentencizer_splitter() -> Callable[[str], list[tuple[int, int]]]:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")

    def split(text: str) -> list[tuple[int, int]]:
        out = []
        for sent in nlp(text).sents:
            toks = [t for t in sent if not t.is_space]
            if toks:
                out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
        return out

    return split


def eval_sentences(shared: Path, chunk: int) -> dict[str, Any]:
    result: dict[str, Any] = {"dataset": "UD German GSD", "chunk_sentences": chunk}
    for split in ("dev", "test"):
        sents = _gsd(shared, split)
        result[split] = {
            "sentences": len(sents),
            "quellenkritik": evaluate_splitter(ours_splitter(), sents, chunk).as_dict(),
            "spacy_sentencizer": evaluate_splitter(sentencizer_splitter(), sents, chunk).as_dict(),
        }
    return result


# ---- speed -------------------------------------------------------------------
def eval_speed(shared: Path) -> dict[str, Any]:
    texts = _gnad(shared)
    steps = {n: registry.get(n).factory() for n in ("language", "tokens", "sentences")}
    warm = Document(source=Source(kind="text", location="warm-up"), text=texts[0])
    for fn in steps.values():
        fn(warm)
    cpu = dict.fromkeys(steps, 0.0)
    wall = dict.fromkeys(steps, 0.0)
    words = tokens = sentences = 0
    for i, text in enumerate(texts):
        doc = Document(source=Source(kind="text", location=f"10kgnad:{i}"), text=text)
        for name, fn in steps.items():
            c0, w0 = time.process_time(), time.perf_counter()
            fn(doc)
            cpu[name] += time.process_time() - c0
            wall[name] += time.perf_counter() - w0
        words += doc.runtime["n_words"]
        tokens += doc.runtime["n_tokens"]
        sentences += len(doc.layers["sentences"])
    ling_cpu = cpu["tokens"] + cpu["sentences"]
    ling_wall = wall["tokens"] + wall["sentences"]
    return {
        "dataset": "10kGNAD test",
        "documents": len(texts),
        "words": words,
        "tokens": tokens,
        "sentences": sentences,
        "cpu_seconds": {k: round(v, 3) for k, v in cpu.items()},
        "words_per_cpu_second": {
            "tokens+sentences": round(words / ling_cpu),
            "language": round(words / cpu["language"]),
            "language+tokens+sentences": round(words / sum(cpu.values())),
        },
        "words_per_wall_second": {"tokens+sentences": round(words / ling_wall)},
    }


# ---- language identification ------------------------------------------------
def _accuracy(items: list[tuple[str, str]], languages: tuple[str, ...] | None) -> dict[str, Any]:
    """Accuracy of :func:`identify` over ``(gold, text)`` pairs, and its speed."""
    wrong: dict[str, int] = {}
    identify("warm-up", languages)  # loads the (restricted) model outside the clock
    t0 = time.process_time()
    guesses = [identify(text, languages).lang for _, text in items]
    secs = time.process_time() - t0
    for (gold, _), guess in zip(items, guesses):
        if guess != gold:
            key = f"{gold}->{guess}"
            wrong[key] = wrong.get(key, 0) + 1
    chars = sum(len(t) for _, t in items)
    return {
        "n": len(items),
        "accuracy": round(1 - sum(wrong.values()) / len(items), 4),
        "errors": dict(sorted(wrong.items(), key=lambda kv: -kv[1])),
        "texts_per_cpu_second": round(len(items) / secs) if secs else None,
        "chars_per_cpu_second": round(chars / secs) if secs else None,
    }


def _component(
    bench: list[tuple[str, str]], german: list[str], english_paras: list[str], **options: Any
) -> dict[str, Any]:
    """The ``language`` component's paragraph labels, with ``options``.

    single-language: every identified paragraph (not ``inferred``) of each
    benchmark page should carry the page's language. mixed: German articles
    with one short English paragraph (40-199 characters) between two.
    """
    run = registry.get("language").factory(**options)
    ok = n = 0
    for i, (gold, text) in enumerate(bench):
        doc = Document(source=Source(kind="text", location=f"bench:{i}"), text=text)
        run(doc)
        for p in doc.layers["paragraphs"]:
            if not p.attrs.get("inferred"):
                n += 1
                ok += p.attrs["lang"] == gold
    en_ok = de_ok = m = 0
    for i in range(min(len(german) - 1, len(english_paras))):
        text = "\n\n".join([german[i], english_paras[i], german[i + 1]])
        doc = Document(source=Source(kind="text", location=f"mixed:{i}"), text=text)
        run(doc)
        paras = doc.layers["paragraphs"]
        m += 1
        en_ok += paras[1].attrs["lang"] == "en"
        de_ok += (paras[0].attrs["lang"] == "de") + (paras[2].attrs["lang"] == "de")
    return {
        "single_language_paragraphs": {"n": n, "accuracy": round(ok / n, 4)},
        "mixed_documents": {
            "n": m,
            "english_paragraph_recall": round(en_ok / m, 4),
            "german_paragraph_accuracy": round(de_ok / (2 * m), 4),
        },
    }


def eval_langid(shared: Path, n_docs: int, min_chars: int = 40) -> dict[str, Any]:
    german = [("de", t) for t in _gnad(shared)[:n_docs]]
    bench = _benchmark(shared)
    bench_paras = [
        (gold, t[a:b]) for gold, t in bench for a, b in paragraph_offsets(t) if b - a >= min_chars
    ]
    gsd_paras = [("de", s) for s in _gsd(shared, "test") if len(s) >= min_chars]
    out: dict[str, Any] = {"min_chars": min_chars}
    for name, langs in (("all_languages", None), ("restricted_de_en", ("de", "en"))):
        keep = (lambda g: True) if langs is None else (lambda g: g in langs)
        out[name] = {
            "documents": {
                "10kGNAD (de)": _accuracy(german, langs),
                "extraction benchmark (mostly en)": _accuracy(
                    [x for x in bench if keep(x[0])], langs
                ),
            },
            "paragraphs": {
                "UD GSD test sentences (de)": _accuracy(gsd_paras, langs),
                "extraction benchmark paragraphs": _accuracy(
                    [x for x in bench_paras if keep(x[0])], langs
                ),
            },
        }
    texts = [t for _, t in german]
    short_en = [t for gold, t in bench_paras if gold == "en" and len(t) < 200]
    out["component"] = {
        f"doc_prior={prior}": _component(bench, texts, short_en, doc_prior=prior)
        for prior in (1.0, 3.0)
    }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (data/)")
    ap.add_argument("--task", choices=["all", "sentences", "speed", "langid"], default="all")
    ap.add_argument("--chunk", type=int, default=20, help="UD sentences per running text")
    ap.add_argument("--langid-docs", type=int, default=300, help="German articles for langid")
    args = ap.parse_args(argv)
    if not (args.shared / "data").is_dir():
        print(f"no data under {args.shared}", file=sys.stderr)
        return 2
    result: dict[str, Any] = {}
    if args.task in ("all", "sentences"):
        result["sentences"] = eval_sentences(args.shared, args.chunk)
    if args.task in ("all", "speed"):
        result["speed"] = eval_speed(args.shared)
    if args.task in ("all", "langid"):
        result["langid"] = eval_langid(args.shared, args.langid_docs)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
