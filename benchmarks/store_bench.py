"""Store benchmark: insert throughput, database size and search latency.

Builds Documents from the 10kGNAD test split (German news; semicolon
separated, quotechar ', columns label;text), puts them into a fresh SQLite
store and runs 20 queries. Run from the repository root::

    .venv/bin/python benchmarks/store_bench.py --csv ../shared/data/10kgnad/test.csv

Prints docs/s for put_many (one transaction), for put one by one and for a
re-put of the same documents (replacement), the file size, and the median and
slowest of 20 searches (limit 20, snippets included).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

from quellenkritik.document import Document, Metadata, Source
from quellenkritik.store import SQLiteStore
from quellenkritik.store import text as store_text

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CSV = REPO.parent / "shared" / "data" / "10kgnad" / "test.csv"

QUERIES = [
    "Flüchtlinge", "Regierung", "Lieferung", "Drohne", "Raketen", "Fußball",
    "Bundespräsident", "Wahl", "Gewerkschaft", "Klimawandel", '"Europäische Union"',
    "Polizei Wien", "Smartphone", "Aktien", "Bank", "Terror", "Start-up",
    "Schüler", "Krankenhaus", "Rapid",
]


def load(path: Path, limit: int | None) -> list[Document]:
    """One Document per CSV row; the first sentence stands in for the title."""
    docs: list[Document] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'"), start=1):
            if len(row) < 2:
                continue
            label, text = row[0], row[1]
            title = text.split(". ", 1)[0][:120]
            doc = Document(
                source=Source(kind="file", location=f"{path.name}:{n}"),
                language="de",
                metadata=Metadata(title=title, section=label),
                text=text,
            )
            doc.assign_id()
            docs.append(doc)
            if limit and len(docs) >= limit:
                break
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=None, help="use the first N rows only")
    args = ap.parse_args(argv)
    if not args.csv.exists():
        print(f"{args.csv}: not found", file=sys.stderr)
        return 1
    docs = load(args.csv, args.limit)
    chars = sum(len(d.text) for d in docs)
    print(f"documents: {len(docs)} ({chars / 1e6:.2f} M characters)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        store_text._cache.clear()
        with SQLiteStore(path) as s:
            t0 = time.perf_counter()
            new = s.put_many(docs)
            t_many = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6  # closed: the WAL is checkpointed
        with SQLiteStore(path) as s:
            t0 = time.perf_counter()
            s.put_many(docs)
            t_again = time.perf_counter() - t0
        print(f"put_many (cold stem cache): {len(docs) / t_many:,.0f} docs/s ({new} new, {t_many:.2f} s)")
        print(f"put_many again (replace, warm cache): {len(docs) / t_again:,.0f} docs/s ({t_again:.2f} s)")
        print(f"database size: {size_mb:.1f} MB ({size_mb * 1e6 / chars:.1f} bytes per text character)")

        path1 = Path(tmp) / "one.sqlite"
        store_text._cache.clear()
        with SQLiteStore(path1) as s:
            t0 = time.perf_counter()
            for d in docs:
                s.put(d)
            t_one = time.perf_counter() - t0
        print(f"put one by one (cold stem cache): {len(docs) / t_one:,.0f} docs/s ({t_one:.2f} s)")

        store_text._cache.clear()  # as in a fresh `qk search` process
        with SQLiteStore(path) as s:
            times: list[float] = []
            counts: list[int] = []
            for q in QUERIES:
                t0 = time.perf_counter()
                hits = s.search(q, limit=20)
                times.append((time.perf_counter() - t0) * 1000)
                counts.append(len(hits))
        print(
            f"search ({len(QUERIES)} queries, limit 20, snippets): median {statistics.median(times):.1f} ms, "
            f"max {max(times):.1f} ms, mean hits {statistics.mean(counts):.1f}"
        )
        for q, ms, c in zip(QUERIES, times, counts):
            print(f"  {q!r:24} {ms:7.1f} ms  {c:3d} hits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
