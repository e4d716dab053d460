"""Write SmartData and MobIE (CC BY 4.0) as ``token TAG`` CoNLL files of PER/ORG/LOC, for ``train_ner.py --extra``.

    python training/ner_extra.py --shared ../shared --out build/ner-extra

Both corpora annotate German news and traffic reports with fine types
(person, organization, organization-company, location, location-city,
location-stop, location-street, location-route, ...). Their guidelines differ
from GermEval's: no OTH, no deriv/part. Mapped here: person -> PER,
organization* -> ORG, location* -> LOC; every other type is O. SmartData has no
tokens or sentences in its v1 files: the project's tokenizer splits them, a
sentence ends at ".", "!", "?" or a line break. Writes ``smartdata.conll``
(train and test files: the corpus is never evaluated here) and ``mobie.conll``
(its train split).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from quellenkritik.linguistic.tokenizer import get_nlp  # noqa: E402


def coarse(kind: str) -> str | None:
    """person -> PER, organization* -> ORG, location* -> LOC, the rest None."""
    if kind == "person":
        return "PER"
    if kind.startswith("organization"):
        return "ORG"
    if kind.startswith("location"):
        return "LOC"
    return None


def _json_docs(path: Path):
    raw = gzip.open(path, "rt", encoding="utf-8").read()
    dec = json.JSONDecoder()
    i = 0
    while True:
        while i < len(raw) and raw[i].isspace():
            i += 1
        if i >= len(raw):
            return
        obj, i = dec.raw_decode(raw, i)
        yield obj


def smartdata(paths: list[Path]) -> list[list[tuple[str, str]]]:
    nlp = get_nlp("de")
    out: list[list[tuple[str, str]]] = []
    for path in paths:
        for doc in _json_docs(path):
            text = doc["text"]["string"]
            spans = []
            for m in (doc.get("conceptMentions") or {}).get("array", []):
                lab = coarse(m.get("type", ""))
                if lab:
                    spans.append((m["span"]["start"], m["span"]["end"], lab))
            sent: list[tuple[str, str]] = []
            prev: tuple[int, int, str] | None = None
            for tok in nlp.make_doc(text):
                if tok.is_space:
                    if "\n" in tok.text and sent:
                        out.append(sent)
                        sent, prev = [], None
                    continue
                a = tok.idx
                hit = next((s for s in spans if s[0] <= a < s[1]), None)
                tag = "O" if hit is None else ("I-" if hit == prev else "B-") + hit[2]
                prev = hit
                sent.append((tok.text, tag))
                if tok.text in (".", "!", "?") and hit is None:
                    out.append(sent)
                    sent, prev = [], None
            if sent:
                out.append(sent)
    return out


def mobie(zip_path: Path) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    with zipfile.ZipFile(zip_path) as z:
        text = io.TextIOWrapper(z.open("train.conll2003"), encoding="utf-8").read()
    sent: list[tuple[str, str]] = []
    for line in text.splitlines() + [""]:
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if sent:
                out.append(sent)
            sent = []
            continue
        tag = cols[-1]
        if tag != "O":
            prefix, _, kind = tag.partition("-")
            lab = coarse(kind)
            tag = f"{prefix}-{lab}" if lab else "O"
        sent.append((cols[0], tag))
    return out


def write(sentences: list[list[tuple[str, str]]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for sent in sentences:
            if any(" " in w for w, _ in sent):
                sent = [(w.replace(" ", "_"), t) for w, t in sent]
            fh.write("".join(f"{w} {t}\n" for w, t in sent) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("build/ner-extra"))
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    d = a.shared / "data"
    sd = smartdata([d / "smartdata-ner" / "v1_20180119_train.json.gz", d / "smartdata-ner" / "v1_20180119_test.json.gz"])
    write(sd, a.out / "smartdata.conll")
    mb = mobie(d / "mobie-ner" / "ner_conll03_formatted.zip")
    write(mb, a.out / "mobie.conll")
    for name, sents in (("smartdata", sd), ("mobie", mb)):
        ents = sum(t.startswith("B-") for s in sents for _, t in s)
        print(f"{name}: {len(sents)} sentences, {sum(map(len, sents))} tokens, {ents} PER/ORG/LOC mentions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
