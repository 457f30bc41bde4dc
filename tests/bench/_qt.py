"""Qt plumbing for the benchmarks: an offscreen app on a qasync loop, and signal waits."""

from __future__ import annotations

import asyncio
import atexit
import os
import resource
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from qasync import QEventLoop  # noqa: E402

_LOOP: QEventLoop | None = None


def qt_loop() -> tuple[QApplication, QEventLoop]:
    """One application and one loop per process (a second QEventLoop on one app misbehaves)."""
    global _LOOP
    app = QApplication.instance() or QApplication([])
    if _LOOP is None:
        _LOOP = QEventLoop(app)
        atexit.register(_close)
    asyncio.set_event_loop(_LOOP)
    return app, _LOOP  # type: ignore[return-value]


def _close() -> None:
    """At exit: stop the loop's worker threads before Qt is torn down (else Qt aborts)."""
    global _LOOP
    if _LOOP is not None:
        finish(_LOOP)
        _LOOP.close()
        _LOOP = None


def finish(loop: QEventLoop) -> None:
    """Cancel what the windows left running, and let the cancellations run."""
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for t in pending:
        t.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))


async def until(
    cond: Callable[[], Any], signal: Any = None, timeout: float = 60.0, step: float = 0.005
) -> float:
    """Wait (letting the loop run) until ``cond()`` holds; returns the seconds it took.

    With a Qt ``signal``, the condition is checked when it fires, so the waiting itself costs
    nothing: a busy poll would hold the GIL and slow the very worker threads being measured.
    """
    t0 = time.perf_counter()
    if cond():
        return 0.0
    if signal is not None:
        loop = asyncio.get_event_loop()
        fut: asyncio.Future[None] = loop.create_future()

        def check(*_a: Any) -> None:
            if not fut.done() and cond():
                fut.set_result(None)

        signal.connect(check)
        try:
            await asyncio.wait_for(fut, timeout)
        finally:
            signal.disconnect(check)
        return time.perf_counter() - t0
    while not cond():
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError("benchmark condition not reached")
        await asyncio.sleep(step)
    return time.perf_counter() - t0


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    if not s:
        return 0.0
    k = min(len(s) - 1, max(0, int(round(p / 100 * (len(s) - 1)))))
    return s[k]
