"""Long subprocess jobs the suite needs, started when collection ends and awaited by their tests.

Building the installers (PyInstaller and dpkg-deb) and running every benchmark at a tiny scale
are a few minutes of subprocesses that wait on nothing the rest of the suite does. Started in
the background as soon as pytest knows they will be needed, they overlap the hundreds of
tests that spend their time waiting on servers, peers and event loops, instead of adding their
whole length to the run. A test that needs one waits for it and reads its output; a run that
does not select the test never starts the job.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

#: the jobs at once: two cores are shared with the suite itself
WORKERS = 2
#: set by the controller of a run split over processes (pytest-xdist, tests/conftest.py): a
#: folder every worker sees, where each job is claimed once and its outcome left for the others
SHARED_ENV = "SC_EARLY_SHARED"


@dataclass(frozen=True)
class Done:
    returncode: int
    stdout: str
    stderr: str


_pool: ThreadPoolExecutor | None = None
_jobs: dict[str, Future[Done]] = {}
_lock = threading.Lock()
_scratch: list[Path] = []


def _run(args: Sequence[str], cwd: Path, env: dict[str, str], timeout: float) -> Done:
    try:
        proc = subprocess.run(
            list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        return Done(-1, out, f"timed out after {timeout:.0f} s")
    return Done(proc.returncode, proc.stdout, proc.stderr)


def _shared() -> Path | None:
    """The run's shared folder when the suite is split over processes, else None."""
    folder = os.environ.get(SHARED_ENV)
    return Path(folder) if folder else None


def _outcome_file(shared: Path, key: str) -> Path:
    name = "".join(ch if ch.isalnum() else "_" for ch in key)
    return shared / "jobs" / f"{name}.json"


def _claim(shared: Path, key: str) -> bool:
    """Whether this process is the one to run ``key`` (the first to create its claim file)."""
    claim = _outcome_file(shared, key).with_suffix(".claim")
    claim.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def _run_and_leave(
    outcome: Path, args: Sequence[str], cwd: Path, env: dict[str, str], timeout: float
) -> Done:
    """Run the job and leave its outcome where the other processes of the run look for it."""
    done = _run(args, cwd, env, timeout)
    tmp = outcome.with_suffix(".tmp")
    tmp.write_text(json.dumps([done.returncode, done.stdout, done.stderr]), encoding="utf-8")
    tmp.replace(outcome)  # whole or absent, never half-written
    return done


def start(key: str, args: Sequence[str], *, cwd: Path, env: dict[str, str], timeout: float) -> None:
    """Start ``args`` in the background under ``key`` (once; a second start is ignored).

    In a run split over processes, the job is run once, by the first process to claim it: each
    worker would otherwise build the installers and run every benchmark again beside the tests.
    """
    global _pool
    with _lock:
        if key in _jobs:
            return
        shared = _shared()
        if shared is not None and not _claim(shared, key):
            return  # another process runs it; result() reads what it leaves
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="early-job")
        if shared is None:
            _jobs[key] = _pool.submit(_run, args, cwd, env, timeout)
        else:
            outcome = _outcome_file(shared, key)
            _jobs[key] = _pool.submit(_run_and_leave, outcome, args, cwd, env, timeout)


def result(
    key: str, args: Sequence[str], *, cwd: Path, env: dict[str, str], timeout: float
) -> Done:
    """The job's outcome, starting it now if collection did not (a test run on its own)."""
    start(key, args, cwd=cwd, env=env, timeout=timeout)
    with _lock:
        job = _jobs.get(key)
    if job is not None:
        return job.result()
    shared = _shared()
    assert shared is not None  # only a run split over processes leaves a job to another
    outcome = _outcome_file(shared, key)
    # the claimer may still have other jobs before this one: its whole queue, then this job
    deadline = time.monotonic() + 4 * timeout
    while not outcome.exists():
        if time.monotonic() > deadline:
            return Done(-1, "", f"{key}: no outcome from the process that claimed it")
        time.sleep(0.5)
    code, out, err = json.loads(outcome.read_text(encoding="utf-8"))
    return Done(int(code), str(out), str(err))


def shutdown() -> None:
    """At the end of the session: nothing is left running behind the suite.

    A worker of a split run lets the jobs it claimed finish, even those not yet begun: another
    worker's test may be waiting for their outcome.
    """
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=_shared() is None)
    while _scratch:
        shutil.rmtree(_scratch.pop(), ignore_errors=True)


def scratch(prefix: str) -> Path:
    """A folder for a job's output that outlives the test that started it.

    In a split run it is the same folder in every process (the job's claimer writes it, any
    worker's test reads it), removed with the run's shared folder by the controller.
    """
    shared = _shared()
    if shared is not None:
        path = shared / prefix.rstrip("-")
        path.mkdir(parents=True, exist_ok=True)
        return path
    path = Path(tempfile.mkdtemp(prefix=prefix))
    _scratch.append(path)  # removed when the session ends
    return path


def share_for_workers() -> Path:
    """Called by a split run's controller before its workers start: their common folder."""
    path = Path(tempfile.mkdtemp(prefix="sc-early-run-"))
    os.environ[SHARED_ENV] = str(path)
    return path
