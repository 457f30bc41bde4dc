"""Helpers for Qt tests: one qasync loop, marked as running, shared by the whole session.

qasync's ``stop()`` on an already-running loop calls ``QApplication.exit()``, after which a
second loop never runs its callbacks inside pytest-qt's waits; so the loop is made once and only
its tasks are cleaned up between tests.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager

from qasync import QEventLoop

_LOOP: QEventLoop | None = None


def shared_loop(qapp) -> QEventLoop:
    global _LOOP
    if _LOOP is None:
        _LOOP = QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(_LOOP)
    asyncio.events._set_running_loop(_LOOP)
    return _LOOP


@contextmanager
def running_qasync_loop(qapp) -> Iterator[QEventLoop]:
    """The shared loop for @asyncSlot handlers driven by qtbot; tasks left over are cancelled."""
    loop = shared_loop(qapp)
    before = set(asyncio.all_tasks(loop))
    try:
        yield loop
    finally:
        for task in asyncio.all_tasks(loop) - before:
            task.cancel()


def close_shared_loop() -> None:
    """At the end of the session: stop the loop's worker threads so Qt exits cleanly."""
    global _LOOP
    if _LOOP is None:
        return
    loop, _LOOP = _LOOP, None
    for task in asyncio.all_tasks(loop):
        task.cancel()
    # stop() would call QApplication.exit(); mark it stopped by hand, then close normally
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)


def wait_or_explain(qtbot, condition, explain, timeout: int = 15_000) -> None:
    """``qtbot.waitUntil``, whose failure says what the window looked like when time ran out:
    a race lost once in many runs is found from that one failure's words, not a rerun."""
    try:
        qtbot.waitUntil(condition, timeout=timeout)
    except Exception as exc:  # pytest-qt's TimeoutError
        raise AssertionError(f"{exc}: {explain()}") from None


def active_window_name() -> str:
    """The active top-level window as class and object name, for failure messages."""
    from PySide6.QtWidgets import QApplication

    w = QApplication.activeWindow()
    if w is None:
        return "no active window"
    return f"{type(w).__name__}({w.objectName()!r}, title {w.windowTitle()!r})"
