"""AccountJobs: one account's jobs in order, accounts in parallel, failures contained."""

from __future__ import annotations

import threading
import time

import pytest

from accounts.jobs import AccountJobs, JobsShutDown

WAIT = 10.0


@pytest.fixture
def jobs():
    q = AccountJobs()
    yield q
    q.shutdown(cancel_pending=True, timeout=WAIT)


def test_jobs_of_one_account_run_in_submission_order_one_at_a_time(jobs: AccountJobs) -> None:
    gate = threading.Event()
    order: list[int] = []
    running = 0
    most = 0
    lock = threading.Lock()

    def job(n: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        if n == 0:
            assert gate.wait(WAIT)  # everything else queues up behind this one
        with lock:
            order.append(n)
            running -= 1
        return n

    futures = [jobs.submit("acct-a", job, n) for n in range(50)]
    gate.set()
    assert [f.result(WAIT) for f in futures] == list(range(50))
    assert order == list(range(50))
    assert most == 1


def test_different_accounts_run_in_parallel(jobs: AccountJobs) -> None:
    a_started = threading.Event()
    b_done = threading.Event()

    def on_a() -> bool:
        a_started.set()
        # only finishes if account b runs while this job is still running
        return b_done.wait(WAIT)

    def on_b() -> str:
        assert a_started.wait(WAIT)
        b_done.set()
        return "b"

    fa = jobs.submit("acct-a", on_a)
    fb = jobs.submit("acct-b", on_b)
    assert fb.result(WAIT) == "b"
    assert fa.result(WAIT) is True


def test_a_failing_job_does_not_kill_the_worker(jobs: AccountJobs) -> None:
    def boom() -> None:
        raise RuntimeError("network said no")

    failed = jobs.submit("acct-a", boom)
    after = jobs.submit("acct-a", lambda: "still here")
    assert after.result(WAIT) == "still here"
    assert isinstance(failed.exception(WAIT), RuntimeError)
    assert str(failed.exception()) == "network said no"


def test_shutdown_finishes_pending_jobs_by_default() -> None:
    q = AccountJobs()
    gate = threading.Event()
    first = q.submit("acct-a", gate.wait, WAIT)
    queued = [q.submit("acct-a", lambda n=n: n) for n in range(3)]
    q.shutdown(wait=False)  # closed for new jobs while the first is still running
    gate.set()
    assert q.shutdown(timeout=WAIT)
    assert first.result(0) is True
    assert [f.result(0) for f in queued] == [0, 1, 2]
    with pytest.raises(JobsShutDown, match="accepts no new jobs"):
        q.submit("acct-a", lambda: None)


def test_shutdown_can_fail_pending_jobs_with_a_reason() -> None:
    q = AccountJobs()
    started = threading.Event()
    gate = threading.Event()

    def running_job() -> str:
        started.set()
        assert gate.wait(WAIT)
        return "finished"

    current = q.submit("acct-a", running_job)
    assert started.wait(WAIT)
    pending = [q.submit("acct-a", lambda: "never") for _ in range(3)]
    q.shutdown(wait=False, cancel_pending=True)
    gate.set()
    assert q.shutdown(timeout=WAIT)
    assert current.result(WAIT) == "finished"  # a running job is never interrupted
    for f in pending:
        exc = f.exception(WAIT)
        assert isinstance(exc, JobsShutDown)
        assert "acct-a" in str(exc) and "shut down" in str(exc)


def test_cancelled_future_is_skipped(jobs: AccountJobs) -> None:
    gate = threading.Event()
    ran: list[str] = []
    jobs.submit("acct-a", gate.wait, WAIT)
    doomed = jobs.submit("acct-a", ran.append, "doomed")
    assert doomed.cancel()
    last = jobs.submit("acct-a", ran.append, "last")
    gate.set()
    last.result(WAIT)
    assert ran == ["last"]


def test_idle_workers_retire_and_come_back() -> None:
    q = AccountJobs(idle_timeout=0.05)
    try:
        assert q.submit("acct-a", lambda: 1).result(WAIT) == 1
        deadline = time.monotonic() + WAIT
        while q.active_accounts() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert q.active_accounts() == []
        assert q.submit("acct-a", lambda: 2).result(WAIT) == 2
    finally:
        q.shutdown(timeout=WAIT)
