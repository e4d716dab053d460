"""Score the ``speech`` component on the REDEWIEDERGABE corpus (token level).

Library half of ``training/eval_speech.py`` and ``qk eval speech``. Reads
``main/tsv/*.tsv`` under the data folder (or the ``rwk_*.tsv`` files of the
folder itself), rebuilds each sample's text from its tokens, runs tokens +
sentences + speech, and compares per token:

* direct   <- ``quotes`` spans labelled DIRECT (quotation marks included,
  as in the corpus)
* indirect <- ``quotes`` spans labelled INDIRECT
* reported <- ``attributions`` spans of speech acts without content, and
  ``quotes`` spans labelled REPORTED (the same, speaker not found)
  (``cue_type == "speech_act"``)

against the corpus's ``stwr`` column (free indirect is not scored). The
corpus is read from the path given; nothing from it is copied.
"""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path
from typing import Any, Callable, Sequence

from ...document import Document, Source
from ...errors import QuellenkritikError

__all__ = ["TYPES", "read_sample", "detokenize", "predict", "sample_files", "evaluate_speech"]

TYPES = ("direct", "indirect", "reported")
_OPEN = set("„»‚›([{")
_CLOSE = set("“”«‘’‹)]}.,;:!?…")


def read_sample(path: Path) -> tuple[list[str], list[set[str]]]:
    """Tokens and the gold STWR types of each token."""
    toks: list[str] = []
    gold: list[set[str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, [])
        if "tok" not in header or "stwr" not in header:
            raise QuellenkritikError(f"{path}: not a REDEWIEDERGABE sample (needs columns tok and stwr)")
        i_tok, i_stwr = header.index("tok"), header.index("stwr")
        for row in reader:
            if len(row) <= i_stwr:
                continue
            toks.append(row[i_tok])
            types: set[str] = set()
            if row[i_stwr] != "-":
                for level in row[i_stwr].split("|"):
                    types.update(t for t in re.split(r"[ _]", level.split(".", 1)[0]) if t in TYPES)
            gold.append(types)
    return toks, gold


def detokenize(toks: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text with natural spacing around punctuation and quotes, and token offsets."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    prev = ""
    ascii_open = False
    for tok in toks:
        space = bool(parts)
        if tok in _CLOSE or prev in _OPEN or (prev == '"' and ascii_open):
            space = False
        if tok == '"':
            if ascii_open:
                space = False
            ascii_open = not ascii_open
        if space:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(parts), offsets


def predict(text: str, offsets: list[tuple[int, int]]) -> list[set[str]]:
    """The predicted STWR types of each token (offsets into ``text``)."""
    from ...pipeline import registry
    from .components import analyse_speech

    doc = Document(source=Source(kind="text", location="eval"), text=text, language="de")
    registry.get("tokens").factory()(doc)
    registry.get("sentences").factory()(doc)
    analyse_speech(doc)
    spans: list[tuple[int, int, str]] = []
    for sp in doc.layers.get("quotes", ()):
        if sp.label in ("DIRECT", "INDIRECT", "REPORTED"):  # REPORTED: a speech act whose speaker was not found
            spans.append((sp.start, sp.end, sp.label.lower()))
    for sp in doc.layers.get("attributions", ()):
        if sp.attrs.get("cue_type") == "speech_act":
            spans.append((sp.start, sp.end, "reported"))
    pred: list[set[str]] = [set() for _ in offsets]
    spans.sort()
    for s, e, typ in spans:
        for i, (a, b) in enumerate(offsets):
            if a >= s and b <= e:
                pred[i].add(typ)
    return pred


def sample_files(data: Path, sources: Sequence[str] | None = None, limit: int = 0) -> list[Path]:
    """The sample files under ``data`` (sorted by name); an error when there are none."""
    if not data.is_dir():
        raise QuellenkritikError(f"{data} is not a directory")
    folder = data / "main" / "tsv" if (data / "main" / "tsv").is_dir() else data
    files = sorted(p for p in folder.glob("*.tsv") if p.name.startswith("rwk_"))
    if sources:
        files = [p for p in files if any(f"_{s}_" in p.name for s in sources)]
    if limit:
        files = files[:limit]
    if not files:
        raise QuellenkritikError(f"no REDEWIEDERGABE samples (rwk_*.tsv) under {folder}")
    return files


def evaluate_speech(
    data: Path,
    sources: Sequence[str] | None = None,
    limit: int = 0,
    tick: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Token-level precision, recall and F1 per type (and counts) as a JSON-ready dict.

    ``sources``: only samples whose name has one of these (digbib, grenz,
    mkhz); ``limit``: at most this many samples; ``tick``: called per sample.
    """
    files = sample_files(data, sources, limit)
    counts = {t: {"tp": 0, "fp": 0, "fn": 0} for t in TYPES}
    n_tokens = 0
    t0 = time.perf_counter()
    for path in files:
        toks, gold = read_sample(path)
        text, offsets = detokenize(toks)
        pred = predict(text, offsets)
        n_tokens += len(toks)
        for g, p in zip(gold, pred):
            for t in TYPES:
                if t in p and t in g:
                    counts[t]["tp"] += 1
                elif t in p:
                    counts[t]["fp"] += 1
                elif t in g:
                    counts[t]["fn"] += 1
        if tick:
            tick()
    result: dict[str, Any] = {
        "samples": len(files),
        "tokens": n_tokens,
        "sources": list(sources) if sources else "all",
        "seconds": round(time.perf_counter() - t0, 2),
    }
    for t, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[t] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), **c}
    return result
