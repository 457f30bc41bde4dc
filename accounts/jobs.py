"""One job queue per brand account: an account's calls run in order, accounts run in parallel.

Why per account and not one pool: a network sees one brand account as one client. Sending a
reply while the same account's sync is paging notifications, or two replies racing, leads to
out-of-order threads and to rate-limit windows spent twice. Different accounts share nothing,
so they need not wait for each other. (The shape follows Vorta's ``borg/jobs_manager.py``: a
lazily created worker per site.)

Each account gets one worker thread, created on its first job and retired after it has been
idle for ``idle_timeout`` seconds, so a workspace with hundreds of dormant accounts does not
hold hundreds of threads. Jobs return :class:`concurrent.futures.Future`; a job that raises
sets the exception on its future and the worker goes on with the next job.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class JobsShutDown(RuntimeError):
    """The queue was shut down: either no new job is accepted, or a pending job never ran."""


@dataclass(slots=True)
class _Job:
    future: Future[Any]
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


class _Worker:
    """The thread and the FIFO of one account."""

    def __init__(self, owner: AccountJobs, account_id: str) -> None:
        self.account_id = account_id
        self.jobs: queue.Queue[_Job | None] = queue.Queue()
        self.thread = threading.Thread(
            target=owner._run_worker,  # noqa: SLF001 - the owner drives its workers
            args=(self,),
            name=f"jobs-{account_id}",
            daemon=True,
        )


class AccountJobs:
    """Runs submitted callables strictly in order per account, accounts in parallel.

    ``shutdown()`` stops accepting jobs; by default it lets the pending ones finish, with
    ``cancel_pending=True`` it fails them with :class:`JobsShutDown` (a reason in words rather
    than a bare ``CancelledError``, so the caller can tell the person what did not happen).
    Worker threads are daemons: a process that exits without ``shutdown()`` is not held up by
    a job stuck on the network, but that job's outcome is lost, so the app calls ``shutdown``.
    """

    def __init__(self, *, idle_timeout: float = 60.0) -> None:
        self._idle_timeout = idle_timeout
        self._lock = threading.Lock()
        self._workers: dict[str, _Worker] = {}
        self._closed = False

    def submit(
        self, account_id: str, fn: Callable[..., T], /, *args: Any, **kwargs: Any
    ) -> Future[T]:
        """Queue ``fn(*args, **kwargs)`` behind the account's earlier jobs."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise JobsShutDown("the account job queue is shut down and accepts no new jobs")
            worker = self._workers.get(account_id)
            if worker is None:
                worker = _Worker(self, account_id)
                self._workers[account_id] = worker
                worker.thread.start()
            # put under the lock: an idle worker retires only under the same lock and only
            # when its queue is empty, so a job can never land in a queue nobody reads
            worker.jobs.put(_Job(future, fn, args, kwargs))
        return future

    def active_accounts(self) -> list[str]:
        """Accounts that currently have a worker thread (for diagnostics and tests)."""
        with self._lock:
            return sorted(self._workers)

    def shutdown(
        self, *, wait: bool = True, cancel_pending: bool = False, timeout: float | None = None
    ) -> bool:
        """Stop accepting jobs; finish (or fail) the pending ones; True if all workers ended.

        A job already running is never interrupted (threads cannot be), only waited for.
        """
        with self._lock:
            self._closed = True
            workers = list(self._workers.values())
            for worker in workers:
                if cancel_pending:
                    self._fail_pending(worker)
                worker.jobs.put(None)  # sentinel: ends the worker after what is queued
        if not wait:
            return False
        ended = True
        for worker in workers:
            worker.thread.join(timeout)
            ended = ended and not worker.thread.is_alive()
        return ended

    @staticmethod
    def _fail_pending(worker: _Worker) -> None:
        while True:
            try:
                job = worker.jobs.get_nowait()
            except queue.Empty:
                return
            if job is not None and job.future.set_running_or_notify_cancel():
                job.future.set_exception(
                    JobsShutDown(
                        f"not run: the job queue of account {worker.account_id} was shut down "
                        "before this job's turn"
                    )
                )

    def _run_worker(self, worker: _Worker) -> None:
        while True:
            try:
                job = worker.jobs.get(timeout=self._idle_timeout)
            except queue.Empty:
                with self._lock:
                    if worker.jobs.empty():
                        if self._workers.get(worker.account_id) is worker:
                            del self._workers[worker.account_id]
                        return
                continue
            if job is None:
                with self._lock:
                    if self._workers.get(worker.account_id) is worker:
                        del self._workers[worker.account_id]
                return
            if not job.future.set_running_or_notify_cancel():
                continue  # the caller cancelled it while it waited
            try:
                result = job.fn(*job.args, **job.kwargs)
            except BaseException as exc:  # noqa: BLE001 - the job's failure belongs to its future
                job.future.set_exception(exc)
                log.debug("job for account %s failed: %s", worker.account_id, type(exc).__name__)
            else:
                job.future.set_result(result)
