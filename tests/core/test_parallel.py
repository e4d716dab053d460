"""Worker processes give the same records as one process; failures and dead workers are reported.

Articles invented for the tests."""

from __future__ import annotations

import os

from quellenkritik.document import Document
from quellenkritik.errors import InputError
from quellenkritik.ingest.documents import from_text
from quellenkritik.parallel import analyse_one, default_jobs, run_parallel
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline, component

TEXTS = [
    "Neue Brücke in Linz\n\nDie Stadt Linz eröffnet am Montag eine Brücke. Bürgermeister Karl Huber sagte, sie habe 40 Millionen Euro gekostet.",
    "Streit um Schulden\n\nDie Opposition kritisierte am Dienstag den Haushalt. „Das ist eine Zumutung“, sagte Anna Berg.",
    "Wetter\n\nAm Wochenende wird es in Tirol bis zu 30 Grad warm, teilte die Zentralanstalt mit.",
    "Wahl in Graz\n\nRund 120.000 Menschen waren wahlberechtigt. Die Beteiligung lag bei 53 Prozent.",
]


def _docs() -> list[Document]:
    return [from_text(t, location=f"t{i}") for i, t in enumerate(TEXTS)]


@component("test.crash_on_graz", requires=["layers.sentences"], stage="evidence")
def _crash():
    """Kills the worker process on one article (a stand-in for an out-of-memory kill)."""

    def run(doc: Document) -> None:
        if "Graz" in doc.text and os.getpid() != PARENT:
            os._exit(9)

    return run


PARENT = os.getpid()


def test_same_records_as_one_process():
    pipe = Pipeline.from_names()
    one = [analyse_one(d, pipe)[0].to_json() for d in _docs()]
    outs = list(run_parallel(_docs(), list(DEFAULT_COMPONENTS), jobs=2, window=3))
    assert [d.to_json() for d, _ in outs] == one
    assert all(failure is None for _, failure in outs)
    assert default_jobs() >= 1


def test_input_errors_pass_through_in_order():
    items = [_docs()[0], InputError("empty file", location="bad.txt"), _docs()[2]]
    outs = list(run_parallel(items, ["clean", "language", "tokens", "sentences"], jobs=2))
    assert [d.source.location if d else f[0] for d, f in outs] == ["t0", "bad.txt", "t2"]
    assert outs[1] == (None, ("bad.txt", "empty file"))


def test_a_dead_worker_fails_its_input_and_the_run_goes_on():
    names = ["clean", "language", "tokens", "sentences", "test.crash_on_graz"]
    outs = list(run_parallel(_docs(), names, jobs=2, window=2))
    assert len(outs) == 4
    # the article that kills its worker fails, with the reason; the others are retried and analysed
    assert outs[3] == (None, ("t3", outs[3][1][1])) and "worker process died" in outs[3][1][1]
    assert [d.source.location for d, f in outs[:3] if f is None] == ["t0", "t1", "t2"]


def test_dask_local_cluster_gives_the_same_records():
    import pytest

    pytest.importorskip("dask.distributed")
    from quellenkritik.parallel import run_dask

    pipe = Pipeline.from_names()
    one = [analyse_one(d, pipe)[0].to_json() for d in _docs()]
    items = [*_docs(), InputError("empty file", location="bad.txt")]
    outs = list(run_dask(items, list(DEFAULT_COMPONENTS), address="local:2"))
    assert [d.to_json() for d, _ in outs[:4]] == one
    assert outs[4] == (None, ("bad.txt", "empty file"))


@component("test.slow_on_wetter", requires=["layers.sentences"], stage="evidence")
def _slow():
    """Hangs on one article (a stand-in for a pathological input)."""
    import time

    def run(doc: Document) -> None:
        if "Zentralanstalt" in doc.text and os.getpid() != PARENT:
            time.sleep(60)

    return run


def test_an_input_past_the_timeout_fails_and_the_others_go_on():
    names = ["clean", "language", "tokens", "sentences", "test.slow_on_wetter"]
    outs = list(run_parallel(_docs(), names, jobs=2, window=4, timeout=3))
    assert [f[0] if f else d.source.location for d, f in outs] == ["t0", "t1", "t2", "t3"]
    assert outs[2][0] is None and "took longer than 3 s" in outs[2][1][1]
    assert all(f is None for _, f in (outs[0], outs[1], outs[3]))
