"""Classification in a second process, beside the one that stores: ingest's other core.

Ingest on one core is storage, routing and classification one after the other, and the
classifiers (pure Python: language ID, sentiment, intent cues) cost about as much as storing
and routing together (``python -m tests.bench routing``). The sync worker's machine has more
than one core, and classification needs nothing from the database, so it runs in a child
process:

- `prefetch(items)` hands a page to the child as soon as it is in hand (the runner calls it
  for every page it fetches), so the child classifies while this process fetches or stores
  the page before;
- `many(items)` (ingest's page hook) takes what the child has classified; what was not sent
  ahead is shared out: the child takes the second half while this process classifies the first.

The verdicts are those of :class:`~app.sync.enrich.ItemClassifier` (the same function runs on
both sides). Nothing is lost when the child fails: a page it cannot classify (it died, it hung
past `TIMEOUT_S`, it raised) is classified here, a warning says so, and after
`MAX_FAILURES` failures the child is no longer used. A frozen build (PyInstaller), where a
spawned child would start the whole app again, classifies in process from the start.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from accounts.base import InboundItem
from app.classify.reasons import Verdict, verdicts
from app.sync.enrich import ItemClassifier, classified_text, from_verdict
from app.sync.ingest import Enrichment

log = logging.getLogger(__name__)

#: longest wait for the child's verdicts on one page; past it the page is classified here
TIMEOUT_S = 30.0
#: failures after which the child is given up for good (each one cost a page's wait)
MAX_FAILURES = 3
#: pages sent ahead and not yet taken (items deduplicated away are never asked for)
MAX_AHEAD_PAGES = 16
#: below this many items a page is classified here: a round trip costs more than it saves
MIN_SHARED = 16

_Key = tuple[str, str | None, str]


def _key(item: InboundItem) -> _Key:
    return (item.remote_id, item.language, item.text)


def _child_start() -> None:
    """Load the models in the child before its first page (≈0.5 s), not on it.

    Then the loaded models (lexicons, VADER, the cue tables: hundreds of thousands of objects
    that live as long as the child) are moved out of the garbage collector's sight: a full
    collection would otherwise walk them all, again and again, while pages are classified
    (≈6 % of the child's time)."""
    from app.classify import warm_up

    _exit_with_parent()
    warm_up()
    gc.collect()
    gc.freeze()


def _exit_with_parent() -> None:
    """End the child when the worker ends, however it ends.

    A worker killed outright (SIGKILL, the OOM killer, a failover test) never shuts its pool
    down, and the child would wait for pages forever, holding ≈180 MB; it watches the parent
    and leaves when the parent is gone."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=watch, name="classifier-parent-watch", daemon=True).start()


def _child_cpu() -> float:
    """CPU seconds the child has used (the benchmark adds them to this process's)."""
    return time.process_time()


class ClassifierProcess(ItemClassifier):
    """An enricher (see :class:`~app.sync.enrich.ItemClassifier`) that classifies in a child
    process where it can. Call `close` when done (the worker does at exit)."""

    def __init__(self, *, enabled: bool = True) -> None:
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._failures = 0
        self._enabled = enabled and not getattr(sys, "frozen", False)
        #: pages sent ahead: id → (future of the page's verdicts, the page's items)
        self._ahead: OrderedDict[
            int, tuple[Future[list[Verdict | None]], Sequence[InboundItem]]
        ] = OrderedDict()
        self._page_ids = 0

    @property
    def in_use(self) -> bool:
        """Whether a child process classifies (False: given up, disabled, or a frozen build)."""
        return self._enabled and self._failures < MAX_FAILURES

    def start(self) -> None:
        """Start the child now (the worker does at start-up) rather than on the first page."""
        self._pool()

    def close(self) -> None:
        """Stop the child: it finishes the page in hand, or is ended after `TIMEOUT_S`."""
        with self._lock:
            executor, self._executor = self._executor, None
            self._ahead.clear()
        if executor is None:
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join(TIMEOUT_S)
        _stop(executor)  # a child that hung is ended, not waited for

    def child_cpu_seconds(self) -> float:
        """CPU seconds the child has used so far (0 without a child)."""
        pool = self._pool()
        if pool is None:
            return 0.0
        return pool.submit(_child_cpu).result(timeout=TIMEOUT_S)

    def _pool(self) -> ProcessPoolExecutor | None:
        if not self.in_use:
            return None
        with self._lock:
            if self._executor is None:
                # spawn, not fork: the app's process has threads (Qt, the sync loop, database
                # pools) that a forked child would inherit half-way through what they do
                self._executor = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_child_start,
                )
            return self._executor

    def prefetch(self, items: Sequence[InboundItem]) -> None:
        """Send a page to the child now; `many` takes its verdicts later."""
        if not items:
            return
        future = self._submit([classified_text(it) for it in items], [it.language for it in items])
        if future is None:
            return
        with self._lock:
            self._page_ids += 1
            self._ahead[self._page_ids] = (future, list(items))
            while len(self._ahead) > MAX_AHEAD_PAGES:
                _, (old, _keys) = self._ahead.popitem(last=False)
                old.cancel()

    def many(self, items: Sequence[InboundItem]) -> list[Enrichment]:
        out: list[Enrichment | None] = [None] * len(items)
        self._take_ahead(items, out)
        missing = [i for i, e in enumerate(out) if e is None]
        if missing:
            here, there = missing, []
            if len(missing) >= MIN_SHARED and self.in_use:
                half = len(missing) // 2
                here, there = missing[:half], missing[half:]
            future = (
                self._submit(
                    [classified_text(items[i]) for i in there], [items[i].language for i in there]
                )
                if there
                else None
            )
            if future is None:
                here = missing
                there = []
            for i, e in zip(here, super().many([items[i] for i in here]), strict=True):
                out[i] = e
            if future is not None:
                got = self._result(future, [items[i] for i in there])
                if got is None:
                    got = super().many([items[i] for i in there])
                for i, e in zip(there, got, strict=True):
                    out[i] = e
        return out  # type: ignore[return-value] - every slot is filled above

    def _take_ahead(self, items: Sequence[InboundItem], out: list[Enrichment | None]) -> None:
        """Fill `out` with the verdicts the child was sent ahead for these items."""
        with self._lock:
            pages = list(self._ahead.items())
        if not pages:
            return
        wanted = {_key(it): i for i, it in enumerate(items)}
        for page_id, (future, sent) in pages:
            mine = [(wanted[k], j) for j, k in enumerate(map(_key, sent)) if k in wanted]
            if not mine:
                continue
            got = self._result(future, sent)
            with self._lock:
                self._ahead.pop(page_id, None)  # a page is asked for once
            if got is None:
                continue  # classified here below
            for i, j in mine:
                if out[i] is None:
                    out[i] = got[j]

    def _submit(
        self, texts: list[str], hints: list[str | None]
    ) -> Future[list[Verdict | None]] | None:
        pool = self._pool()
        if pool is None:
            return None
        try:
            return pool.submit(verdicts, texts, hints)
        except Exception as exc:  # noqa: BLE001 - a broken pool: classify here instead
            self._failed(exc)
            return None

    def _result(
        self, future: Future[list[Verdict | None]], items: Sequence[InboundItem]
    ) -> list[Enrichment] | None:
        try:
            got = future.result(timeout=TIMEOUT_S)
        except CancelledError:
            # evicted by a newer page (prefetch keeps MAX_AHEAD_PAGES), from another thread:
            # ours, not the child's failing. Counted as one, a worker that took over a stopped
            # worker's accounts (a burst of pages) gave its child up and then waited TIMEOUT_S
            # on every page it had sent the child it had just stopped
            return None
        except FutureTimeout as exc:
            self._failed(exc, hung=True)
            return None
        except Exception as exc:  # noqa: BLE001 - the child died or raised: classify here
            self._failed(exc)
            return None
        if len(got) != len(items):
            self._failed(ValueError(f"{len(got)} verdicts for {len(items)} messages"))
            return None
        return [from_verdict(v, it) for v, it in zip(got, items, strict=True)]

    def _failed(self, exc: BaseException, *, hung: bool = False) -> None:
        with self._lock:
            self._failures += 1
            executor, self._executor = self._executor, None
            self._ahead.clear()
            failures = self._failures
        what = "did not answer in time" if hung else f"failed ({type(exc).__name__})"
        after = (
            "classifying in this process from now on"
            if failures >= MAX_FAILURES
            else "classifying this page here and starting a new one"
        )
        log.warning("the classifier process %s; %s", what, after)
        if executor is not None:
            _stop(executor)


def _stop(executor: ProcessPoolExecutor) -> None:
    """Stop a pool whose child may hang: its processes are ended, not waited for."""
    processes: dict[Any, Any] = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()
    executor.shutdown(wait=False, cancel_futures=True)
