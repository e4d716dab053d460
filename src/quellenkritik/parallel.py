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
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator, Sequence

from .document import Document
from .errors import InputError, QuellenkritikError

__all__ = ["default_jobs", "analyse_one", "run_parallel", "run_dask", "dask_client", "Outcome"]

#: (document, None) when analysed, (None, (where, why)) when it failed
Outcome = tuple[Document | None, tuple[str, str] | None]

_PIPELINE: Any = None


def default_jobs() -> int:
    """The cores this process may use (``os.sched_getaffinity`` where it exists)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def one_blas_thread() -> None:
    """Limit numpy's BLAS (the NER's matrix products) to one thread in this process.

    A worker process is one of N, one per core: a BLAS pool of its own per
    worker would put N threads on each core.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _init(names: Sequence[str], options: dict[str, dict[str, Any]]) -> None:
    """Worker start: one BLAS thread, and the pipeline built once."""
    global _PIPELINE
    from .pipeline import Pipeline

    one_blas_thread()

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
    timeout: float = 600.0,
) -> Iterator[Outcome]:
    """Analyse ``items`` with the components ``names`` in ``jobs`` worker processes, in input order.

    An :class:`InputError` among the items is passed through as a failure in
    its place. At most ``window`` documents (default 16 per worker) are in
    flight, so memory stays flat over any number of inputs while the workers
    keep busy when this process writes the store. An input still running
    ``timeout`` seconds after it is next in line fails with that reason (its
    worker is stopped; the other inputs in flight are sent again).
    """
    window = window or 16 * jobs
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
                out, pool = _take(pending, pool, names, options, jobs, timeout)
                yield out
        while pending:
            out, pool = _take(pending, pool, names, options, jobs, timeout)
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
    timeout: float = 600.0,
) -> tuple[Outcome, ProcessPoolExecutor]:
    """The oldest pending outcome. When a worker died, the pool is replaced and every input that
    was in flight is sent again; one in flight for two deaths fails with the reason (the input
    that kills its worker does so each time; the others succeed on the next try). The oldest
    input past ``timeout`` fails; its pool is stopped and replaced the same way."""
    while True:
        p = pending[0]
        if p.future is None:
            pending.popleft()
            return (None, p.failure), pool
        try:
            out = p.future.result(timeout=timeout)
        except (BrokenProcessPool, FuturesTimeout) as exc:
            if isinstance(exc, FuturesTimeout):
                # a running task cannot be cancelled: its worker is stopped (the executor has no
                # public handle on its processes, hence the private one)
                for proc in list(getattr(pool, "_processes", {}).values()):
                    proc.kill()
                pending.popleft()
                p.future, p.failure, p.doc = None, (p.where, f"took longer than {timeout:g} s; stopped"), None
                pending.appendleft(p)
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


# ---- Dask ------------------------------------------------------------------------------------------------
_DASK_PIPELINES: dict[str, Any] = {}


def _dask_analyse(doc: Document, names: Sequence[str], options: dict[str, dict[str, Any]]) -> Outcome:
    """One document on a Dask worker; the pipeline is built once per worker process and reused."""
    import json

    key = json.dumps([list(names), options], sort_keys=True, default=str)
    pipe = _DASK_PIPELINES.get(key)
    if pipe is None:
        from .pipeline import Pipeline

        one_blas_thread()
        pipe = _DASK_PIPELINES[key] = Pipeline.from_names(list(names), options)
    return analyse_one(doc, pipe)


def dask_client(address: str) -> tuple[Any, Any]:
    """(client, cluster or None) for ``address``: "local:N" starts a LocalCluster of N worker
    processes (one thread each) on this machine, anything else is a scheduler address."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # an optional dependency
        from .errors import ConfigError

        raise ConfigError("--dask needs dask.distributed: pip install 'quellenkritik[dask]'") from exc
    if address.startswith("local:") or address == "local":
        n = address.partition(":")[2]
        workers = int(n) if n.strip() else default_jobs()
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    return Client(address), None


def _dask_analyse_many(docs: list[Document], names: Sequence[str], options: dict[str, dict[str, Any]]) -> list[Outcome]:
    return [_dask_analyse(d, names, options) for d in docs]


def _warm(names: Sequence[str], options: dict[str, dict[str, Any]]) -> bool:
    """Build the pipeline on a worker before the first task (models load once, up front)."""
    from .ingest.documents import from_text

    _dask_analyse(from_text("Aufwärmen\n\nDie Stadt baut eine Brücke."), names, options)
    return True


def run_dask(
    items: Iterable[Document | InputError],
    names: Sequence[str],
    options: dict[str, dict[str, Any]] | None = None,
    address: str = "local:2",
    window: int = 0,
    per_task: int = 8,
) -> Iterator[Outcome]:
    """As :func:`run_parallel`, on a Dask cluster: results in input order, failures reported the same
    way. Documents go ``per_task`` to a task (the scheduler's cost per task is milliseconds); a task
    whose worker dies is retried once by the scheduler, then its documents fail with the reason."""
    import dask

    options = options or {}
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        client, cluster = dask_client(address)
        try:
            client.run(_warm, list(names), options)
            n_workers = max(1, len(client.scheduler_info().get("workers", {})))
            window = window or 3 * n_workers
            pending: deque[tuple[list[str], Any, list[Outcome]]] = deque()
            batch: list[Document] = []

            def submit() -> None:
                if batch:
                    fut = client.submit(_dask_analyse_many, list(batch), list(names), options, pure=False)
                    pending.append(([d.source.location for d in batch], fut, []))
                    batch.clear()

            for item in items:
                if isinstance(item, InputError):
                    submit()  # keep the input order: what came before goes first
                    where = item.location or "<input>"
                    pending.append(([], None, [(None, (where, item.reason))]))
                else:
                    batch.append(item)
                    if len(batch) >= per_task:
                        submit()
                while len(pending) >= window:
                    yield from _dask_take(pending)
            submit()
            while pending:
                yield from _dask_take(pending)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _dask_take(pending: deque[tuple[list[str], Any, list[Outcome]]]) -> list[Outcome]:
    wheres, fut, done = pending.popleft()
    if fut is None:
        return done
    try:
        return list(fut.result())
    except Exception as exc:  # noqa: BLE001 - KilledWorker, a lost scheduler: these inputs fail, the run goes on
        return [(None, (w, f"the Dask task failed: {type(exc).__name__}: {exc}")) for w in wheres]
