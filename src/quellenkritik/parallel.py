"""Run the pipeline over many documents in worker processes (``qk analyze --jobs N``).

Each worker builds the pipeline once (models load once per worker, not per
article) and analyses the documents it is sent; results come back in input
order, so a parallel run writes and stores the same records in the same
order as a one-process run. A document that fails is reported as
``(where, why)`` exactly as in a one-process run; a worker that dies (killed,
out of memory) fails the documents it held, with that reason, and the run
goes on with a new pool.

Built on :mod:`concurrent.futures` (the standard library's process pool); a
cluster runs the same function per document through Dask (see
:func:`analyse_one`).
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator, Sequence

from .document import Document
from .errors import InputError, QuellenkritikError

__all__ = ["default_jobs", "analyse_one", "run_parallel", "Outcome"]

#: (document, None) when analysed, (None, (where, why)) when it failed
Outcome = tuple[Document | None, tuple[str, str] | None]

_PIPELINE: Any = None


def default_jobs() -> int:
    """The cores this process may use (``os.sched_getaffinity`` where it exists)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init(names: Sequence[str], options: dict[str, dict[str, Any]]) -> None:
    """Worker start: build the pipeline once."""
    global _PIPELINE
    from .pipeline import Pipeline

    _PIPELINE = Pipeline.from_names(list(names), options)


def analyse_one(doc: Document, pipeline: Any = None) -> Outcome:
    """Analyse one document with ``pipeline`` (default: the worker's); failures are returned, not raised.

    The runtime state (raw bytes, the spaCy Doc) is dropped from the result: it
    never goes into a record and would be pickled back to the parent for nothing.
    """
    pipe = pipeline if pipeline is not None else _PIPELINE
    where = doc.source.location
    try:
        out = pipe(doc)
    except InputError as exc:
        return None, (where, exc.reason)
    except QuellenkritikError as exc:
        return None, (where, str(exc))
    out.runtime.clear()
    return out, None


def run_parallel(
    items: Iterable[Document | InputError],
    names: Sequence[str],
    options: dict[str, dict[str, Any]] | None = None,
    jobs: int = 2,
    window: int = 0,
    on_start: Callable[[], None] | None = None,
) -> Iterator[Outcome]:
    """Analyse ``items`` with the components ``names`` in ``jobs`` worker processes, in input order.

    An :class:`InputError` among the items is passed through as a failure in
    its place. At most ``window`` documents (default 4 per worker) are in
    flight, so memory stays flat over any number of inputs.
    """
    window = window or 4 * jobs
    options = options or {}
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(list(names), options))
    if on_start is not None:
        on_start()
    pending: deque[_Pending] = deque()
    try:
        for item in items:
            if isinstance(item, InputError):
                where = item.location or "<input>"
                pending.append(_Pending(where, None, None, (where, item.reason)))
            else:
                pending.append(_Pending(item.source.location, item, pool.submit(analyse_one, item), None))
            while len(pending) >= window:
                out, pool = _take(pending, pool, names, options, jobs)
                yield out
        while pending:
            out, pool = _take(pending, pool, names, options, jobs)
            yield out
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Pending:
    """One input in flight: its location, the document (kept to resubmit it), its future or its
    failure, and how many worker deaths it was in flight for."""

    __slots__ = ("where", "doc", "future", "failure", "strikes")

    def __init__(self, where: str, doc: Document | None, future: Future[Outcome] | None,
                 failure: tuple[str, str] | None) -> None:
        self.where, self.doc, self.future, self.failure = where, doc, future, failure
        self.strikes = 0


_DIED = "a worker process died while analysing this input, twice (killed or out of memory)"


def _take(
    pending: deque[_Pending],
    pool: ProcessPoolExecutor,
    names: Sequence[str],
    options: dict[str, dict[str, Any]],
    jobs: int,
) -> tuple[Outcome, ProcessPoolExecutor]:
    """The oldest pending outcome. When a worker died, the pool is replaced and every input that
    was in flight is sent again; one in flight for two deaths fails with the reason (the input
    that kills its worker does so each time; the others succeed on the next try)."""
    while True:
        p = pending[0]
        if p.future is None:
            pending.popleft()
            return (None, p.failure), pool
        try:
            out = p.future.result()
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(list(names), options))
            for q in pending:
                if q.doc is None or q.future is None:
                    continue
                if q.future.done() and not q.future.cancelled() and q.future.exception() is None:
                    continue  # finished before the worker died: its result stands
                q.strikes += 1
                if q.strikes >= 2:
                    q.future, q.failure, q.doc = None, (q.where, _DIED), None
                else:
                    q.future = pool.submit(analyse_one, q.doc)
            continue
        pending.popleft()
        return out, pool
