"""A corpus run over many inputs, 1 % of them broken: every good one stored, every bad one named.

    python benchmarks/bench_broken.py [--n 10000] [--jobs 0] [--keep DIR]

Writes ``--n`` inputs into a temporary folder: invented short articles (.txt),
and one in a hundred broken in one of eight ways (binary bytes, an empty
file, a truncated gzip, undecodable UTF-16, a 50 MB file, HTML nested
100,000 deep, a JSON Lines file with a broken line, a CSV with a bad row).
Runs ``qk analyze FOLDER --db ... --format json`` as a user would (a
subprocess), then checks the store and the summary, and prints JSON:
inputs, broken, stored, failed as reported, seconds, articles/s. The articles
are invented here; nothing is read from ../shared.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOWNS = ["Linz", "Graz", "Wels", "Steyr", "Villach", "Bregenz", "Krems", "Leoben", "Dornbirn", "Baden", "Salzburg"]
WHAT = ["eine Brücke", "eine Schule", "ein Bad", "einen Radweg", "ein Museum", "eine Bibliothek", "einen Park"]
WHO = ["Bürgermeisterin Anna Berg", "Stadtrat Karl Huber", "ein Sprecher der Stadt", "die Landesregierung"]


def article(rng: random.Random, i: int) -> str:
    town, what, who = rng.choice(TOWNS), rng.choice(WHAT), rng.choice(WHO)
    return (f"{what.split()[1].capitalize()} für {town} ({i})\n\n"
            f"Die Stadt {town} eröffnet am {rng.randint(1, 28)}. März {what}. {who.capitalize()} sagte, der Bau habe "
            f"{rng.randint(2, 90)} Millionen Euro gekostet. Rund {rng.randint(100, 9000)} Menschen kamen zur Feier.")


BROKEN_KINDS = ("binary", "empty", "truncated-gzip", "bad-utf16", "huge", "nested-html", "jsonl-bad-line", "csv-bad-row")


def write_broken(folder: Path, kind: str, i: int, rng: random.Random) -> int:
    """Write one broken input; returns how many good articles it also holds (JSONL and CSV hold some)."""
    if kind == "binary":
        (folder / f"b{i}.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4000)) + b"\x00" * 100)
    elif kind == "empty":
        (folder / f"b{i}.txt").write_bytes(b"")
    elif kind == "truncated-gzip":
        data = gzip.compress(article(rng, i).encode("utf-8") * 20)
        (folder / f"b{i}.txt.gz").write_bytes(data[: len(data) // 2])
    elif kind == "bad-utf16":
        (folder / f"b{i}.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8" * 50 + b"a\x00")  # a BOM, then lone surrogates
    elif kind == "huge":
        (folder / f"b{i}.txt").write_text("Groß\n\n" + ("Die Stadt baut. " * 3_200_000), encoding="utf-8")  # ~51 MB
    elif kind == "nested-html":
        (folder / f"b{i}.html").write_text("<html><body>" + "<div>" * 100_000 + "Text" + "</div>" * 100_000
                                           + "</body></html>", encoding="utf-8")
    elif kind == "jsonl-bad-line":
        lines = [json.dumps({"text": article(rng, i * 10 + k)}, ensure_ascii=False) for k in range(2)]
        (folder / f"b{i}.jsonl").write_text(lines[0] + "\n{not json\n" + lines[1] + "\n", encoding="utf-8")
        return 2
    elif kind == "csv-bad-row":
        rows = [f'"{article(rng, i * 10 + k)}"' for k in range(2)]
        # a row with more cells than the header (an unclosed quote would swallow the rows after it,
        # as it does in every CSV reader)
        (folder / f"b{i}.csv").write_text("text\n" + rows[0] + "\n" + 'a,b,c\n' + rows[1] + "\n", encoding="utf-8")
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="inputs (files)")
    ap.add_argument("--jobs", type=int, default=0, help="qk analyze --jobs (0: one per core)")
    ap.add_argument("--keep", type=Path, default=None, help="write the inputs and the store here and keep them")
    args = ap.parse_args(argv)
    rng = random.Random(7)
    tmp = tempfile.TemporaryDirectory() if args.keep is None else None
    root = Path(tmp.name) if tmp else args.keep
    folder = root / "inputs"
    folder.mkdir(parents=True, exist_ok=True)
    db = root / "store.sqlite"
    n_broken = max(len(BROKEN_KINDS), args.n // 100)
    good = 0
    for i in range(args.n - n_broken):
        (folder / f"a{i:05d}.txt").write_text(article(rng, i), encoding="utf-8")
        good += 1
    for k in range(n_broken):
        good += write_broken(folder, BROKEN_KINDS[k % len(BROKEN_KINDS)], k, rng)
    cmd = [sys.executable, "-m", "quellenkritik.cli.main", "analyze", str(folder), "--db", str(db), "--format", "json",
           "--jobs", str(args.jobs)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - t0
    (root / "qk-stderr.txt").write_text(proc.stderr, encoding="utf-8")
    m = re.search(r"analysed ([\d,]+), failed ([\d,]+)", proc.stderr)
    # the failed inputs' table: one "│ input │ reason │" row each (a reason may wrap onto more rows)
    failed_inputs = re.findall(r"│ (\S*(?:b\d+|a\d+)\S*) +│ (.+?) *│", proc.stderr)
    analysed, failed = (int(m[1].replace(",", "")), int(m[2].replace(",", ""))) if m else (None, None)
    con = sqlite3.connect(db)
    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    print(json.dumps({
        "inputs": args.n, "broken_inputs": n_broken, "good_articles": good, "stored": stored,
        "analysed_reported": analysed, "failed_reported": failed, "exit_status": proc.returncode,
        "seconds": round(seconds, 1), "articles_per_s": round(stored / seconds, 1),
        "all_good_stored": stored >= good,
        "failed_inputs": sorted({Path(w).name for w, _ in failed_inputs}),
    }))
    if tmp:
        tmp.cleanup()
    return 0 if stored >= good else 1


if __name__ == "__main__":
    raise SystemExit(main())
