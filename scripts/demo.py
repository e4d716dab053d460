"""`make demo`: analyse the project's sample articles (and ../shared/examples when present),
write HTML reports, store the records, and show what a user sees in the terminal."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QK = [sys.executable, "-m", "quellenkritik.cli.main"]


def run(*args: str) -> None:
    print(f"\n$ qk {' '.join(args)}", flush=True)
    subprocess.run([*QK, *args], check=True, cwd=REPO)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--out", default=str(REPO / "demo-output"))
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    reports, db = out / "reports", out / "demo.sqlite"

    run("analyze", "samples", "--format", "html", "--out", str(reports), "--db", str(db))
    examples = Path(args.shared) / "examples"
    texts = sorted(examples.glob("*.txt")) if examples.is_dir() else []
    if texts:
        run("analyze", *map(str, texts), "--format", "html", "--out", str(reports), "--db", str(db))
        run("analyze", str(texts[-1]), "--format", "text", "--no-store")
        run("search", "Lieferung", "--db", str(db))
    else:
        print(f"\n({examples} not found: only the project's own samples were analysed)")
        run("analyze", "samples/de-stadtwerke-scraped.txt", "--format", "text", "--no-store")
        run("search", "Fernwärme", "--db", str(db))
    run("list", "--db", str(db))
    print(f"\nHTML reports ({len(list(reports.glob('*.html')))}): {reports}")
    for path in sorted(reports.glob("*.html")):
        print(f"  file://{path}")
    print(f"Database: {db}")


if __name__ == "__main__":
    main()
