"""``qk analyze INPUT...``: run the pipeline over files, URLs, feeds, JSONL, CSV/TSV, archives, directories, stdin."""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..document import Document
from ..errors import InputError, QuellenkritikError
from ..pipeline import Pipeline
from .app import ConfigOption, DbOption, app, db_path, err, fail, out, settings_from
from .corpus_summary import CorpusSummary, plural

__all__ = ["analyze_command", "BatchResult", "run_batch", "metadata_hints", "parse_published"]


class Format(str, Enum):
    text = "text"
    json = "json"
    md = "md"
    html = "html"


@dataclass
class BatchResult:
    #: how many inputs were analysed (the records themselves go to ``on_result``, never kept here:
    #: a corpus run's memory stays flat)
    done: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (where, why)
    new_in_store: int = 0
    #: inputs left out by --resume: their record is stored, made by this pipeline
    skipped: int = 0


@dataclass
class Skipped:
    """An input whose record is already stored by the same pipeline (``--resume``)."""

    location: str


def _where(item: Document | InputError) -> str:
    if isinstance(item, InputError):
        return item.location or "<input>"
    return item.source.location


def run_batch(
    items: Iterator[Document | InputError],
    pipeline: Pipeline,
    on_result=None,
    progress: Progress | None = None,
    total: int | None = None,
    jobs: int = 1,
    options: dict | None = None,
    dask: str | None = None,
) -> BatchResult:
    """Run ``pipeline`` over ``items``; failures are collected, never raised.

    ``total``: the number of items, when known, for the progress bar. ``jobs`` > 1:
    in that many worker processes (:mod:`quellenkritik.parallel`), results in input
    order and identical to one process; ``options``: the components' settings.
    """
    result = BatchResult()
    task = progress.add_task("analysing", total=total) if progress else None

    def unskipped(items: Iterable[Document | InputError | Skipped]) -> Iterator[Document | InputError]:
        for item in items:
            if isinstance(item, Skipped):
                result.skipped += 1
                if progress is not None and task is not None:
                    progress.update(task, advance=1)
                continue
            yield item

    if dask:
        from ..parallel import run_dask

        outcomes = run_dask(unskipped(items), pipeline.names, options or {}, address=dask)
    elif jobs > 1:
        from ..parallel import run_parallel

        outcomes = run_parallel(unskipped(items), pipeline.names, options or {}, jobs=jobs)
    else:
        outcomes = (_one(item, pipeline) for item in unskipped(items))
    for doc, failure in outcomes:
        if failure is not None:
            result.failed.append(failure)
        elif doc is not None:
            result.done += 1
            if on_result:
                on_result(doc)
        if progress is not None and task is not None:
            progress.update(task, advance=1, description=f"analysing ({len(result.failed)} failed)")
    return result


def skip_stored(items: Iterable[Document | InputError], store: Any, pipeline: Pipeline,
                chunk: int = 100) -> Iterator[Document | InputError | Skipped]:
    """``items`` with those whose raw input (``source.sha256``) already has a stored record made by
    ``pipeline`` (the same components and versions, for the record's language) replaced by :class:`Skipped`."""
    buf: list[Document | InputError] = []

    def drain() -> Iterator[Document | InputError | Skipped]:
        hashes = [d.source.sha256 for d in buf if isinstance(d, Document) and d.source.sha256]
        found = store.stored_sources(hashes) if hashes else {}
        for d in buf:
            if isinstance(d, Document) and d.source.sha256 in found and _made_by(found[d.source.sha256], pipeline):
                yield Skipped(d.source.location)
            else:
                yield d
        buf.clear()

    for item in items:
        buf.append(item)
        if len(buf) >= chunk:
            yield from drain()
    yield from drain()


def _made_by(stored: tuple[str | None, list[str]], pipeline: Pipeline) -> bool:
    language, processed = stored
    wanted = [f"{s.spec.name}@{s.spec.version}" for s in pipeline.steps if s.spec.supports(language)]
    return list(processed) == wanted


def _one(item: Document | InputError, pipeline: Pipeline) -> tuple[Document | None, tuple[str, str] | None]:
    if isinstance(item, InputError):
        return None, (_where(item), item.reason)
    try:
        return pipeline(item), None
    except InputError as exc:
        return None, (_where(item), exc.reason)
    except QuellenkritikError as exc:
        return None, (_where(item), str(exc))


_SLUG = re.compile(r"[^\w.-]+")
#: Records per store transaction, and the most seconds between two (a killed run loses at most this).
STORE_BATCH = 50
FLUSH_SECONDS = 2.0
# Inputs that hold several articles: the output is a batch even for one of them.
_MANY = (".jsonl", ".xml", ".rss", ".atom", ".csv", ".tsv", ".zip", ".tar", ".tgz", ".tbz2", ".tbz", ".txz",
         ".tar.bz2", ".tar.xz")
_COLUMNS = "CSV and TSV columns"


def _out_name(doc: Document, used: set[str], ext: str) -> str:
    loc = doc.source.location
    stem = Path(loc.split("#")[0].split("?")[0].rstrip("/")).name if doc.source.kind in ("file", "jsonl", "feed") else ""
    stem = _SLUG.sub("-", re.sub(r"\.(html?|txt|text|md|gz|jsonl|xml|rss|atom)$", "", stem)).strip("-.")[:60]
    name = f"{stem or 'article'}-{doc.id[:8]}.{ext}"
    while name in used:
        name = f"{stem or 'article'}-{doc.id[:8]}-{len(used)}.{ext}"
    used.add(name)
    return name


def parse_published(value: str) -> str | None:
    """``YYYY-MM-DD`` for a publication date as a user writes it, or None.

    ISO 8601, RFC 822, "19.10.2019", "19. Oktober 2019", "October 19, 2019";
    then, when it is installed, ``dateparser`` for other absolute forms
    ("19 oct. 2019", "2019/10/19"). Relative words ("gestern") are refused:
    their date would depend on the day the command runs.
    """
    from ..clean.byline import parse_date
    from ..ingest.meta import iso_date

    found = iso_date(value) or parse_date(value)
    if found:
        return found
    try:
        import dateparser  # optional: not a dependency of the package
    except ImportError:
        return None
    try:
        parsed = dateparser.parse(value, languages=["de", "en"], settings={
            "PARSERS": ["timestamp", "absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
            "DATE_ORDER": "DMY", "STRICT_PARSING": True})
    except Exception:  # noqa: BLE001 - a third-party parser must not end the command
        return None
    return parsed.date().isoformat() if parsed is not None else None


def metadata_hints(published: str | None, outlet: str | None, url: str | None, title: str | None) -> dict[str, str]:
    """The metadata hints of ``qk analyze``'s options (empty values left out).

    A ``published`` value that is no readable date is not dropped: it is kept
    as ``published_raw`` (in ``doc.runtime["hints"]``, not in the record's
    metadata, whose ``published`` is an ISO date or null) and a warning says so.
    """
    hints = {k: v.strip() for k, v in (("outlet", outlet), ("url", url), ("title", title)) if v and v.strip()}
    if published and published.strip():
        date = parse_published(published.strip())
        if date:
            hints["published"] = date
        else:
            hints["published_raw"] = published.strip()
            err.print(
                f"[yellow]warning[/]: --published {published.strip()!r} is not a date qk can read "
                "(write it as 2019-10-19 or 19.10.2019); metadata.published is left to what the article says, "
                "and relative dates are not resolved against it",
                highlight=False,
            )
    return hints


def _with_hints(items: Iterator[Document | InputError], hints: dict[str, str]) -> Iterator[Document | InputError]:
    """The items, each document's runtime hints seeded with ``hints`` (an item's own metadata, as a
    feed or JSONL line gives it, wins)."""
    for item in items:
        if isinstance(item, Document):
            own = item.runtime.setdefault("hints", {})
            for key, value in hints.items():
                if key == "published_raw" and own.get("published"):
                    continue
                own.setdefault(key, value)
        yield item


@app.command("analyze")
def analyze_command(
    inputs: list[str] = typer.Argument(..., help="Files, directories, archives, http(s) URLs, feeds, .jsonl/.csv/.tsv files, or - for stdin."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    out_dir: Optional[Path] = typer.Option(None, "--out", "-o", help="Write one report file per article into this folder."),
    db: Optional[Path] = DbOption,
    no_store: bool = typer.Option(False, "--no-store", help="Do not save the records in the database."),
    config: Optional[Path] = ConfigOption,
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on loopback/private addresses."),
    timings: bool = typer.Option(False, "--timings", help="Print seconds per component at the end."),
    published: Optional[str] = typer.Option(
        None, "--published", help="Publication date (2019-10-19, 19.10.2019, 19. Oktober 2019): metadata.published, "
        "and the anchor of relative dates. An unreadable value is kept aside with a warning."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="The outlet that published the article (metadata.outlet)."),
    url: Optional[str] = typer.Option(None, "--url", help="Where the article was published (metadata.url); nothing is fetched."),
    title: Optional[str] = typer.Option(None, "--title", help="The headline (metadata.title), when the text does not open with it."),
    text_column: Optional[str] = typer.Option(
        None, "--text-column", metavar="NAME|N", rich_help_panel=_COLUMNS,
        help="The column with the article text: a header name (any case) or a number, 1 = first. Needed when "
        "no header names it (text, body, content, article, maintext, ...)."),
    title_column: Optional[str] = typer.Option(None, "--title-column", metavar="NAME|N", rich_help_panel=_COLUMNS,
                                               help="The headline column (default: a title or headline header)."),
    date_column: Optional[str] = typer.Option(None, "--date-column", metavar="NAME|N", rich_help_panel=_COLUMNS,
                                              help="The publication date column (default: date, published, ...)."),
    url_column: Optional[str] = typer.Option(None, "--url-column", metavar="NAME|N", rich_help_panel=_COLUMNS,
                                             help="The article URL column (default: url, link, ...); nothing is fetched."),
    outlet_column: Optional[str] = typer.Option(None, "--outlet-column", metavar="NAME|N", rich_help_panel=_COLUMNS,
                                                help="The outlet column (default: outlet, source, site, ...)."),
    resume: bool = typer.Option(
        False, "--resume", help="Skip inputs whose record is already stored, made by this pipeline (same raw "
        "input, same components): a killed run goes on where it stopped."),
    jobs: int = typer.Option(
        0, "--jobs", "-j", min=0, help="Worker processes for a batch (0: one per core; 1: this process only). "
        "Records are the same either way."),
    dask: Optional[str] = typer.Option(
        None, "--dask", metavar="ADDRESS|local:N", help="Run the batch on a Dask cluster: a scheduler address "
        "(tcp://host:8786) or local:N for N worker processes here. Needs quellenkritik[dask]; see docs/scale.md."),
) -> None:
    """Analyse articles and print, write or store their evidence records.

    Inputs: files (.txt .md .html .jsonl .csv .tsv .rss .atom .xml, any of them gzipped), ZIP and tar
    archives of them (.zip .tar .tar.gz .tgz .tar.bz2 .tar.xz), directories, URLs, - for stdin. A CSV
    or TSV file gives one article per row.

    --published, --outlet, --url and --title seed the metadata of every article read (from a
    file, standard input or a URL); what a feed item, JSONL line or table row says about itself wins.
    """
    from .. import ingest, report

    settings = settings_from(config)
    if allow_private:
        settings.fetch.allow_private = True
    try:
        pipeline = Pipeline.from_settings(settings)
    except QuellenkritikError as exc:
        fail(str(exc))

    store = None
    if not no_store:
        from ..store import open_store

        try:
            store = open_store(db_path(settings, db))
        except QuellenkritikError as exc:
            fail(str(exc))

    if out_dir is not None:
        if out_dir.exists() and not out_dir.is_dir():
            fail(f"-o {out_dir}: is a file; -o names a folder for the reports (one file per article)")
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(f"-o {out_dir}: cannot create the folder ({exc.strerror})")
    used: set[str] = set()
    written: list[Path] = []
    batch = (len(inputs) > 1 or any(Path(i).is_dir() for i in inputs if i != "-")
             or any(i.lower().removesuffix(".gz").endswith(_MANY) for i in inputs))
    columns = ingest.ColumnMap(text=text_column, title=title_column, date=date_column, url=url_column,
                               outlet=outlet_column)
    if batch and fmt is Format.html and out_dir is None:
        fail("--format html over several inputs needs --out FOLDER: one self-contained page per article "
             "(several pages in one stream would be no valid HTML)")
    if resume and store is None:
        fail("--resume needs the store: leave out --no-store")
    counter = {"new": 0, "n": 0}
    # stored in small transactions, by count and by time: a killed run loses seconds of work
    pending: list[Document] = []
    last_flush = [time.monotonic()]

    def flush() -> None:
        if store is not None and pending:
            counter["new"] += store.put_many(pending)
            pending.clear()
        last_flush[0] = time.monotonic()

    corpus = CorpusSummary()

    def emit(doc: Document) -> None:
        counter["n"] += 1
        corpus.add(doc)
        if store is not None:
            pending.append(doc)
            if len(pending) >= STORE_BATCH or time.monotonic() - last_flush[0] >= FLUSH_SECONDS:
                flush()
        ext = report.extension(fmt.value)
        if out_dir is not None:
            path = out_dir / _out_name(doc, used, ext)
            path.write_text(report.render(doc, fmt.value), encoding="utf-8")
            written.append(path)
        elif fmt is Format.text:
            out.print(report.text_renderable(doc))
        elif fmt is Format.json:
            out.file.write((doc.to_json() if batch else doc.to_json(indent=2)) + "\n")
        else:
            out.file.write(report.render(doc, fmt.value) + "\n")

    items = ingest.iter_inputs(inputs, settings=settings, stdin=sys.stdin, columns=columns)
    hints = metadata_hints(published, outlet, url, title)
    if hints:
        items = _with_hints(items, hints)
    if resume:
        items = skip_stored(items, store, pipeline)
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not (batch and err.is_terminal),
    )
    try:
        with progress:
            # counted for the progress bar, and to decide whether workers pay off
            total = ingest.count_inputs(inputs, columns) if batch and (not progress.disable or jobs != 1) else None
            n_jobs = _jobs(jobs, batch, total, timings)
            result = run_batch(items, pipeline, on_result=emit, progress=progress, total=total, jobs=n_jobs,
                               options=settings.components, dask=dask)
        flush()
        if store is not None and counter["n"]:
            _merge_surnames(store)
    finally:
        if store is not None:
            store.close()
    result.new_in_store = counter["new"]
    if batch and corpus.articles > 1:
        corpus.render(err, failed=len(result.failed))
    _summary(result, store is not None, db_path(settings, db) if store is not None else None, written, batch)
    if timings:
        _print_timings(pipeline)
    if result.failed:
        raise typer.Exit(1)


def _merge_surnames(store: Any) -> None:
    """After storing: read surnames alone as the one full name the store holds (qk entity merges)."""
    try:
        changed = store.merge_surnames()
    except QuellenkritikError as exc:  # the records are stored; the merges can be redone later
        err.print(f"entity merges not updated: {exc}", markup=False, highlight=False, soft_wrap=True)
        return
    if changed:
        made = sum(1 for m in changed if m.active)
        err.print(f"entity merges: {made} made, {len(changed) - made} undone (see 'qk entity merges')",
                  markup=False, highlight=False, soft_wrap=True)


#: Fewer inputs than this per worker are not worth starting workers for (each loads the models).
MIN_PER_JOB = 4


def _jobs(jobs: int, batch: bool, total: int | None, timings: bool) -> int:
    """The worker processes to use: 1 for a single article, with --timings (measured in this
    process), or for a batch too small to pay for starting workers; else --jobs or one per core."""
    from ..parallel import default_jobs

    if not batch or timings or jobs == 1:
        return 1
    n = jobs or default_jobs()
    if total is not None:
        n = min(n, max(1, total // MIN_PER_JOB))
    return max(1, n)


def _summary(result: BatchResult, stored: bool, db: Path | None, written: list[Path], batch: bool) -> None:
    if len(written) > 10:
        err.print(f"wrote {len(written)} reports to {written[0].parent}", highlight=False)
    else:
        for path in written:
            err.print(f"wrote {path}", highlight=False)
    n_ok, n_bad = result.done, len(result.failed)
    if result.failed:
        table = Table(title=f"{plural(n_bad, 'input')} failed", title_justify="left", show_header=True, header_style="bold red")
        table.add_column("input", overflow="fold")
        table.add_column("reason", overflow="fold")
        for where, why in result.failed:
            table.add_row(where, why)
        err.print(table)
    if batch or result.failed or stored:
        line = f"analysed {n_ok:,}, failed {n_bad:,}"
        if result.skipped:
            line += f", skipped {result.skipped} already stored"
        if stored:
            line += f"; stored {n_ok} in {db} ({result.new_in_store} new)"
        err.print(line, highlight=False)


def _print_timings(pipeline: Pipeline) -> None:
    table = Table(title="seconds per component", title_justify="left")
    table.add_column("component")
    table.add_column("docs", justify="right")
    table.add_column("seconds", justify="right")
    for name in pipeline.names:
        table.add_row(name, str(pipeline.counts.get(name, 0)), f"{pipeline.timings.get(name, 0.0):.3f}")
    err.print(table)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the document record."""
    from ..document import json_schema

    out.file.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
