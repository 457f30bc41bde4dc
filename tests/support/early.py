"""Long subprocess jobs the suite needs, started when collection ends and awaited by their tests.

Building the installers (PyInstaller and dpkg-deb) and running every benchmark at a tiny scale
are a few minutes of subprocesses that wait on nothing the rest of the suite does. Started in
the background as soon as pytest knows they will be needed, they overlap the hundreds of
tests that spend their time waiting on servers, peers and event loops, instead of adding their
whole length to the run. A test that needs one waits for it and reads its output; a run that
does not select the test never starts the job.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

#: the jobs at once: two cores are shared with the suite itself
WORKERS = 2


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


def start(key: str, args: Sequence[str], *, cwd: Path, env: dict[str, str], timeout: float) -> None:
    """Start ``args`` in the background under ``key`` (once; a second start is ignored)."""
    global _pool
    with _lock:
        if key in _jobs:
            return
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="early-job")
        _jobs[key] = _pool.submit(_run, args, cwd, env, timeout)


def result(
    key: str, args: Sequence[str], *, cwd: Path, env: dict[str, str], timeout: float
) -> Done:
    """The job's outcome, starting it now if collection did not (a test run on its own)."""
    start(key, args, cwd=cwd, env=env, timeout=timeout)
    return _jobs[key].result()


def shutdown() -> None:
    """At the end of the session: nothing is left running behind the suite."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)
    while _scratch:
        shutil.rmtree(_scratch.pop(), ignore_errors=True)


def scratch(prefix: str) -> Path:
    """A folder for a job's output that outlives the test that started it."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    _scratch.append(path)  # removed when the session ends
    return path
