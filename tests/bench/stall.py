"""The UI event loop while 100 messages a second arrive: the longest it ever stalls.

A real main window (Alice, on the SQLite database at the benchmark's size) is open on an
offscreen display with a conversation selected, while a sync worker ingests 10 messages every
100 ms. A 5 ms timer on the UI thread records every gap between its ticks; a stall is a gap
beyond the timer's own interval. Three runs, one after the other:

- ``max_stall_ms``: the worker is another process (the headless sync worker, or another
  workstation's) — messages arrive through the change feed, as in the shared deployment;
- ``max_stall_in_process_ms``: the worker is a thread of the UI's own process (a lone
  workstation that also syncs), so it competes with the UI thread for the interpreter;
- ``baseline_max_stall_ms``: no messages at all — what the machine itself adds (other programs,
  scheduling); on a busy shared machine this is not zero.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import random
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import BrandAccount
from app.identity.access import load_actor
from app.sync.ingest import ingest_items
from tests.bench._data import WORDS, sqlite_dataset
from tests.bench._qt import finish, pct, qt_loop, until

RATE = 100  # messages per second
TICK_MS = 5


def _writer_process(url: str, seconds: float, ready: Any) -> None:
    from app.session.console import Console

    console = Console.open(url, migrate=False)
    stop = threading.Event()
    threading.Timer(seconds, stop.set).start()
    ready.set()
    _sync(console, stop, [0], "p")
    console.close()


def _sync(writer: Any, stop: threading.Event, written: list[int], tag: str) -> None:
    with writer.session() as s:
        accounts = list(s.scalars(select(BrandAccount.id).order_by(BrandAccount.id)))
    rng = random.Random(9)
    n = 0
    next_at = time.perf_counter()
    while not stop.is_set():
        items = []
        for _ in range(RATE // 10):
            n += 1
            t = rng.randrange(500)
            items.append(
                InboundItem(
                    remote_id=f"stall-{tag}-{n}",
                    kind=ItemKind.MENTION,
                    author=RemoteAuthor(f"stall-c{t}", f"stall{t}", f"Stall {t}"),
                    text=" ".join(rng.choices(WORDS, k=12)),
                    created_at=datetime.now(UTC),
                    thread_key=f"stall-t{t}",
                )
            )
        with writer.factory() as s, s.begin():
            acc = s.get(BrandAccount, accounts[n % len(accounts)])
            ingest_items(s, acc, items, default_team_id=acc.settings.get("default_team_id"))
        written[0] += len(items)
        next_at += 0.1
        stop.wait(max(0.0, next_at - time.perf_counter()))


def run(scale: float = 1.0) -> dict[str, object]:
    data = sqlite_dataset(scale, Path(tempfile.mkdtemp(prefix="sc-bench-stall-")))
    seconds = max(1.0, min(15.0, 15 * scale))
    baseline = _run(data, seconds=min(seconds, 5.0), mode="none")
    other = _run(data, seconds=seconds, mode="process")
    inproc = _run(data, seconds=seconds, mode="thread")
    return {
        "max_stall_ms": other["max_stall_ms"],
        "p99_stall_ms": other["p99_stall_ms"],
        "max_stall_in_process_ms": inproc["max_stall_ms"],
        "p99_stall_in_process_ms": inproc["p99_stall_ms"],
        "baseline_max_stall_ms": baseline["max_stall_ms"],
        "baseline_p99_stall_ms": baseline["p99_stall_ms"],
        "msgs_per_s": inproc["msgs_per_s"],
        "seconds": seconds,
        "dataset_messages": data.messages,
    }


def _run(data: Any, seconds: float, mode: str) -> dict[str, float]:
    from ui.main.main_window import MainWindow
    from ui.widgets.tasks import MessageBridge

    app, loop = qt_loop()
    ui = data.open(migrate=False)
    writer = data.open(migrate=False)
    with ui.session() as s:
        ui.actor = load_actor(s, 2)
    window = MainWindow(ui, MessageBridge(), pending_dir=Path(tempfile.mkdtemp()))
    if not os.environ.get("STALL_HIDDEN"):
        window.show()
    stop = threading.Event()
    written = [0]

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - TICK_MS)
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)

    async def main() -> None:
        model = window.model
        await until(lambda: model.rowCount() > 0 and not model.loading, model.loading_changed)
        window.table.selectRow(0)
        await asyncio.sleep(0.5)
        thread = threading.Thread(target=_sync, args=(writer, stop, written, "t"), daemon=True)
        proc = None
        if mode == "process":
            ctx = multiprocessing.get_context("spawn")
            ready = ctx.Event()
            proc = ctx.Process(target=_writer_process, args=(data.url, seconds + 0.5, ready))
            proc.start()
            await asyncio.get_event_loop().run_in_executor(None, ready.wait, 30)
        last[0] = time.perf_counter()
        timer.start()
        if mode == "thread":
            thread.start()
        await asyncio.sleep(seconds)
        stop.set()
        timer.stop()
        if mode == "thread":
            thread.join(10)
        if proc is not None:
            await asyncio.get_event_loop().run_in_executor(None, proc.join, 30)
            written[0] = int(RATE * seconds)

    try:
        loop.run_until_complete(main())
    finally:
        window.close()
        finish(loop)
        ui.close()
        writer.close()
    return {
        "max_stall_ms": round(max(gaps), 1),
        "p99_stall_ms": round(pct(gaps, 99), 1),
        "msgs_per_s": round(written[0] / seconds, 1),
    }
