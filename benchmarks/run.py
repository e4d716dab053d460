"""`make bench`: throughput of the whole pipeline on real corpora.

Corpora (read from ../shared/data, never copied into the repo):
- trafilatura-eval-de: 496 German HTML pages (gzipped). In the same run,
  trafilatura-only extraction of the same pages is timed as the reference.
- 10kgnad: 1,028 plain-text Austrian news articles (CSV: label;text, quote ').

Inputs are read and decompressed before timing starts, so the figures are
the pipeline's own (ingest's decoding included for HTML, since it is ours).
Prints a JSON summary, writes benchmarks/results/latest.json and, with
--write-docs, the table in docs/benchmarks.md.

    python benchmarks/run.py --shared ../shared [--limit 100] [--write-docs]
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import resource
import sys
import time
from pathlib import Path
from typing import Any, Callable

from gnad import read_texts

REPO = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\w+")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_html(shared: Path, limit: int | None) -> list[tuple[str, bytes]]:
    folder = shared / "data" / "trafilatura-eval-de" / "html"
    files = sorted(folder.glob("*.html.gz"))[:limit]
    return [(f.name, gzip.decompress(f.read_bytes())) for f in files]


def load_gnad(shared: Path, limit: int | None) -> list[tuple[str, str]]:
    texts = read_texts(shared / "data" / "10kgnad" / "test.csv", limit)
    return [(f"10kgnad:{i + 1}", text) for i, text in enumerate(texts)]


def run_pipeline(items: list[Any], make_doc: Callable[[str, Any], Any]) -> dict[str, Any]:
    from quellenkritik.errors import QuellenkritikError
    from quellenkritik.pipeline import Pipeline

    pipeline = Pipeline.from_names()
    recognition = _time_recognition()
    # warm-up: load lazy models outside the timed region
    pipeline(make_doc("warmup", items[0][1]))
    pipeline.timings.clear()
    pipeline.counts.clear()
    recognition[0] = 0.0
    words = chars = ok = failed = 0
    ingest_s = 0.0
    t0 = time.perf_counter()
    for name, payload in items:
        t1 = time.perf_counter()
        try:
            doc = make_doc(name, payload)
        except QuellenkritikError:
            failed += 1
            continue
        ingest_s += time.perf_counter() - t1
        try:
            pipeline(doc)
        except QuellenkritikError:
            failed += 1
            continue
        ok += 1
        words += len(_WORD.findall(doc.text))
        chars += len(doc.text)
    total = time.perf_counter() - t0
    stages = {"ingest": ingest_s, **pipeline.timings}
    if "entities.ner" in stages:
        # the statistical tagger alone, inside entities.ner (the rest of it is linking)
        stages[RECOGNITION] = recognition[0]
    return {
        "articles": len(items),
        "ok": ok,
        "failed": failed,
        "seconds": round(total, 3),
        "articles_per_s": round(ok / total, 2),
        "words": words,
        "words_per_s": round(words / total),
        "seconds_per_stage": {k: round(v, 3) for k, v in stages.items()},
        "share_per_stage": {k: round(v / total, 3) for k, v in stages.items()},
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


RECOGNITION = "entities.ner: recognition"


def _time_recognition() -> list[float]:
    """Sum the seconds of the NER model's tagging (``predict_spans``) into the returned cell.

    ``entities.ner`` is recognition (the linguistic layer of DESIGN.md) and
    linking (evidence); the pipeline times the component as a whole.
    """
    from quellenkritik.evidence.entities import ner

    cell = [0.0]
    inner = getattr(ner.predict_spans, "__wrapped__", ner.predict_spans)

    def timed(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            cell[0] += time.perf_counter() - t

    timed.__wrapped__ = inner  # type: ignore[attr-defined]
    ner.predict_spans = timed
    return cell


def bench_html(shared: Path, limit: int | None) -> dict[str, Any]:
    import trafilatura

    from quellenkritik.ingest.documents import from_bytes

    pages = load_html(shared, limit)
    result = run_pipeline(pages, lambda name, data: from_bytes(data, location=name, kind="file", raw_format="html"))
    # Reference: trafilatura alone, same pages, same options as our clean stage.
    t0 = time.perf_counter()
    for _, data in pages:
        trafilatura.bare_extraction(data.decode("utf-8", "replace"), with_metadata=True,
                                    include_comments=False, include_tables=True)
    ref = time.perf_counter() - t0
    result["trafilatura_only_seconds"] = round(ref, 3)
    result["ratio_to_trafilatura"] = round(result["seconds"] / ref, 2)
    return result


def bench_gnad(shared: Path, limit: int | None) -> dict[str, Any]:
    from quellenkritik.ingest.documents import from_text

    articles = load_gnad(shared, limit)
    return run_pipeline(articles, lambda name, text: from_text(text, location=name))


def bench_jobs(shared: Path, limit: int | None, jobs: int) -> dict[str, Any]:
    """The same 10kGNAD articles with 1 job, ``jobs`` worker processes and a Dask LocalCluster of
    ``jobs`` workers: wall seconds, articles/s, and the peak RSS of a worker (RUSAGE_CHILDREN)."""
    from quellenkritik.ingest.documents import from_text
    from quellenkritik.parallel import analyse_one, run_dask, run_parallel
    from quellenkritik.pipeline import Pipeline

    articles = load_gnad(shared, limit)
    pipeline = Pipeline.from_names()
    names = pipeline.names

    def docs():
        return (from_text(text, location=name) for name, text in articles)

    pipeline(next(iter(docs())))  # models loaded before timing, as the workers load theirs at start
    out: dict[str, Any] = {"articles": len(articles), "jobs": jobs}
    t0 = time.perf_counter()
    for d in docs():
        analyse_one(d, pipeline)
    one = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in run_parallel(docs(), names, jobs=jobs):
        pass
    par = time.perf_counter() - t0
    worker_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out["one_job"] = {"seconds": round(one, 2), "articles_per_s": round(len(articles) / one, 2)}
    out[f"{jobs}_jobs"] = {"seconds": round(par, 2), "articles_per_s": round(len(articles) / par, 2),
                           "speedup": round(one / par, 2), "peak_worker_rss_mb": round(worker_rss, 1)}
    try:
        t0 = time.perf_counter()
        for _ in run_dask(docs(), names, address=f"local:{jobs}"):
            pass
        dk = time.perf_counter() - t0
        out["dask_local"] = {"seconds": round(dk, 2), "articles_per_s": round(len(articles) / dk, 2),
                             "speedup": round(one / dk, 2), "note": "includes starting the cluster"}
    except ImportError:
        out["dask_local"] = "dask.distributed not installed"
    return out


LINGUISTIC = ("tokens", "sentences")
EVIDENCE = ("quantities", "dates", "speech", "claims")


def budgets(sec: dict[str, float]) -> dict[str, tuple[float, float]]:
    """(evidence seconds, linguistic seconds) under two readings of "the linguistic layer they sit on".

    ``components``: the four evidence components against tokens + sentences
    (the stricter reading, kept from earlier sessions). ``design``: DESIGN.md's
    stages: linguistic = tokens, sentences and entity recognition (the NER
    tagger); evidence = entity linking (``entities.kb`` and the linking part of
    ``entities.ner``), quantities, dates, speech and claims.
    """
    base = sum(sec.get(s, 0.0) for s in LINGUISTIC)
    evid = sum(sec.get(s, 0.0) for s in EVIDENCE)
    out = {"components": (evid, base)}
    if RECOGNITION in sec:
        rec = sec[RECOGNITION]
        linking = sec.get("entities.kb", 0.0) + sec.get("entities.ner", 0.0) - rec
        out["design"] = (evid + linking, base + rec)
    return out


def write_docs(summary: dict[str, Any], path: Path) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Produced by `make bench` (`python benchmarks/run.py --shared ../shared --write-docs`) on "
        f"{summary['machine']}, Python {summary['python']}, one process, {summary['date']}.",
        "Inputs are read into memory before timing; the time of each stage is summed over all articles.",
        "",
        "| corpus | articles | failed | seconds | articles/s | words/s | peak RSS MB |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in summary["corpora"].items():
        lines.append(f"| {name} | {r['articles']} | {r['failed']} | {r['seconds']} | {r['articles_per_s']} | "
                     f"{r['words_per_s']:,} | {r['peak_rss_mb']} |")
    html = summary["corpora"].get("trafilatura-eval-de")
    if html:
        lines += ["", f"trafilatura alone on the same {html['articles']} pages: {html['trafilatura_only_seconds']} s; "
                      f"the whole pipeline takes **{html['ratio_to_trafilatura']}x** that time."]
    lines += ["", "## Time per stage (seconds, share of the total)", ""]
    stages: list[str] = []  # ingest, then the components in pipeline order
    for r in summary["corpora"].values():
        stages += [s for s in r["seconds_per_stage"] if s not in stages]
    names = list(summary["corpora"])
    lines.append("| stage | " + " | ".join(names) + " |")
    lines.append("|---|" + "---|" * len(names))
    for s in stages:
        cells = []
        for n in names:
            r = summary["corpora"][n]
            sec = r["seconds_per_stage"].get(s)
            cells.append("" if sec is None else f"{sec} ({r['share_per_stage'][s]:.0%})")
        lines.append(f"| {s} | " + " | ".join(cells) + " |")
    lines += ["", "## Budgets", ""]
    for n in names:
        sec = summary["corpora"][n]["seconds_per_stage"]
        b = budgets(sec)
        evid, base = b["components"]
        if base:
            lines.append(f"- {n}: the evidence components ({', '.join(EVIDENCE)}) take {evid:.2f} s against "
                         f"{base:.2f} s for {' + '.join(LINGUISTIC)}: **{evid / base:.2f}x**.")
        if "design" in b and b["design"][1]:
            evid, base = b["design"]
            lines.append(f"- {n}: by DESIGN.md's stages, evidence (entity linking, quantities, dates, speech, "
                         f"claims) takes {evid:.2f} s against {base:.2f} s for the linguistic layer (tokens, "
                         f"sentences, entity recognition): **{evid / base:.2f}x**.")
        rhet = sum(v for k, v in sec.items() if k.startswith("rhetoric."))
        base = sum(sec.get(s, 0.0) for s in LINGUISTIC)
        if rhet and base:
            lines.append(f"- {n}: the rhetoric components take {rhet:.2f} s against {base:.2f} s for "
                         f"{' + '.join(LINGUISTIC)}: **{rhet / base:.2f}x**.")
        if sec.get("entities.ner"):
            words = summary["corpora"][n]["words"]
            lines.append(f"- {n}: `entities.ner` {words / sec['entities.ner']:,.0f} words/s, "
                         f"{summary['corpora'][n]['share_per_stage']['entities.ner']:.0%} of the time.")
    jb = summary.get("jobs")
    if jb:
        n = jb["jobs"]
        lines += ["", f"## Worker processes ({jb['articles']} 10kGNAD articles)", "",
                  "| run | seconds | articles/s | speedup | peak worker RSS MB |", "|---|---|---|---|---|",
                  f"| 1 job | {jb['one_job']['seconds']} | {jb['one_job']['articles_per_s']} | 1.0 | |",
                  f"| {n} jobs | {jb[f'{n}_jobs']['seconds']} | {jb[f'{n}_jobs']['articles_per_s']} | "
                  f"{jb[f'{n}_jobs']['speedup']} | {jb[f'{n}_jobs']['peak_worker_rss_mb']} |"]
        if isinstance(jb.get("dask_local"), dict):
            d = jb["dask_local"]
            lines.append(f"| Dask LocalCluster, {n} workers (cluster start included) | {d['seconds']} | "
                         f"{d['articles_per_s']} | {d['speedup']} | |")
    lines += ["", "For bulk runs where knowledge-base entities are enough, `disable = [\"entities.ner\"]` in the "
              "`[pipeline]` settings removes most of the time.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles of each corpus")
    ap.add_argument("--corpus", choices=["html", "gnad", "jobs", "all"], default="all")
    ap.add_argument("--jobs-limit", type=int, default=300, help="10kGNAD articles for the 1 / N jobs / Dask comparison")
    ap.add_argument("--write-docs", action="store_true", help="write docs/benchmarks.md")
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "data").is_dir():
        sys.exit(f"{shared / 'data'} not found: the benchmark corpora live in ../shared/data")
    summary: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores",
        "corpora": {},
    }
    if args.corpus in ("html", "all"):
        summary["corpora"]["trafilatura-eval-de"] = bench_html(shared, args.limit)
    if args.corpus in ("gnad", "all"):
        summary["corpora"]["10kgnad"] = bench_gnad(shared, args.limit)
    if args.corpus == "jobs":
        from quellenkritik.parallel import default_jobs

        summary["jobs"] = bench_jobs(shared, args.jobs_limit, max(2, default_jobs()))
    elif args.corpus == "all":
        # in a fresh process, as `qk analyze` starts its workers: workers forked from this one,
        # grown by the corpora above, would report its memory as theirs
        import subprocess

        proc = subprocess.run([sys.executable, __file__, "--shared", str(shared), "--corpus", "jobs",
                               "--jobs-limit", str(args.jobs_limit)], capture_output=True, text=True)
        if proc.returncode == 0:
            summary["jobs"] = json.loads(proc.stdout)["jobs"]
        else:
            print(proc.stderr[-2000:], file=sys.stderr)
    out = REPO / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(json.dumps(summary, indent=2))
    if args.write_docs:
        write_docs(summary, REPO / "docs" / "benchmarks.md")
        print(f"wrote {REPO / 'docs' / 'benchmarks.md'}", file=sys.stderr)


if __name__ == "__main__":
    main()
