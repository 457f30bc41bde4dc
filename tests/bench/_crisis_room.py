"""``room_max_stall_ms``: the crisis room open while 1,000 messages a second arrive.

A real main window for the PR lead with the crisis room open (a crisis declared, so crisis
routing marks the surge's conversations and the room's lists have work), on a SQLite demo
database; another process ingests 100 messages every 100 ms, most of them matching the crisis,
through the real ingest and router. A 5 ms timer on the UI thread records every gap between its
ticks (as tests/bench/stall.py does); the room's own refreshes are counted too, and the chart's
repaints (at most one a second).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from sqlalchemy import select

from tests.bench._qt import finish, pct, qt_loop

RATE = 1000
TICK_MS = 5


def _writer(url: str, seconds: float, ready: Any, counter: Any) -> None:
    from accounts.base import InboundItem, ItemKind, RemoteAuthor
    from app.db.models import BrandAccount
    from app.routing.engine import RoutingEngine
    from app.session.console import Console
    from app.sync.ingest import ingest_items

    console = Console.open(url, migrate=False)
    route = RoutingEngine(auto_assign=False)
    with console.session() as s:
        accounts = list(s.scalars(select(BrandAccount.id).order_by(BrandAccount.id)))
    rng = random.Random(3)
    texts = (
        "my bolt charger burned my desk, recall it now",
        "charger overheated overnight, is there a recall",
        "where is my order, tracking has not moved",
        "the charger melted, dangerous",
    )
    ready.set()
    n = 0
    end = time.perf_counter() + seconds
    next_at = time.perf_counter()
    while time.perf_counter() < end:
        items = []
        for _ in range(RATE // 10):
            n += 1
            t = rng.randrange(5000)
            items.append(
                InboundItem(
                    remote_id=f"room-{n}",
                    kind=ItemKind.MENTION,
                    author=RemoteAuthor(f"room-c{t}", f"room{t}", f"Room {t}"),
                    text=rng.choice(texts),
                    created_at=datetime.now(UTC),
                    thread_key=f"room-t{n}",
                )
            )
        with console.factory() as s, s.begin():
            acc = s.get(BrandAccount, accounts[n % len(accounts)])
            ingest_items(
                s, acc, items, route=route, default_team_id=acc.settings.get("default_team_id")
            )
        counter.value += len(items)
        next_at += 0.1
        time.sleep(max(0.0, next_at - time.perf_counter()))
    console.close()


def room_stall(scale: float = 1.0) -> dict[str, object]:
    """The room over the main window (both shown), then the room with the main window hidden
    (what the room itself costs, without the inbox's own repaints)."""
    both = _room_stall(scale, main_window_shown=True)
    alone = _room_stall(scale, main_window_shown=False)
    quiet = _room_stall(scale, main_window_shown=True, surge=False)
    both["room_alone_max_stall_ms"] = alone["room_max_stall_ms"]
    both["room_alone_p99_stall_ms"] = alone["room_p99_stall_ms"]
    # no surge at all: what the machine itself adds (on a busy shared machine, not zero)
    both["room_baseline_max_stall_ms"] = quiet["room_max_stall_ms"]
    both["room_baseline_p99_stall_ms"] = quiet["room_p99_stall_ms"]
    return both


def _room_stall(scale: float, *, main_window_shown: bool, surge: bool = True) -> dict[str, object]:
    from app.crisis import mode
    from app.demo import ensure_demo_workspace
    from app.identity.auth import authenticate
    from app.session.console import Console
    from ui.main.main_window import MainWindow
    from ui.widgets.tasks import MessageBridge

    seconds = max(3.0, min(20.0, 20 * scale))
    folder = Path(tempfile.mkdtemp(prefix="sc-bench-room-"))
    url = f"sqlite:///{folder / 'console.db'}"
    app, loop = qt_loop()
    ui = Console.open(url)
    with ui.factory() as s, s.begin():
        ensure_demo_workspace(s)
    with ui.session() as s:
        ui.actor = authenticate(s, "priya", "demo")
    with ui.factory() as s, s.begin():
        mode.declare(s, ui.actor, name="Bolt charger", reason="bench", keywords=["charger"])
    window = MainWindow(ui, MessageBridge(), pending_dir=folder)
    if main_window_shown:
        window.show()
    window.crisis.open_room()
    room = window.crisis.room
    assert room is not None
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - TICK_MS)
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    counter = ctx.Value("i", 0)

    async def main() -> dict[str, float]:
        await asyncio.sleep(1.0)
        proc = ctx.Process(target=_writer, args=(url, seconds, ready, counter))
        if surge:
            proc.start()
            await asyncio.get_event_loop().run_in_executor(None, ready.wait, 60)
        paints0, refresh0 = room.chart.redraws, room.refreshes
        last[0] = time.perf_counter()
        t0 = time.perf_counter()
        timer.start()
        await asyncio.sleep(seconds)
        timer.stop()
        elapsed = time.perf_counter() - t0
        if surge:
            await asyncio.get_event_loop().run_in_executor(None, proc.join, 60)
        return {
            "paints": room.chart.redraws - paints0,
            "refreshes": room.refreshes - refresh0,
            "elapsed": elapsed,
            "related": room.related_model.rowCount(),
        }

    try:
        got = loop.run_until_complete(main())
    finally:
        window.close()
        finish(loop)
        ui.close()
    return {
        "room_max_stall_ms": round(max(gaps), 1),
        "room_p99_stall_ms": round(pct(gaps, 99), 1),
        "room_surge_msgs_per_s": round(counter.value / seconds, 1),
        "room_chart_redraws_per_s": round(got["paints"] / got["elapsed"], 2),
        "room_chart_min_redraw_interval_ms": round(room.chart.min_interval_ms, 1),
        "room_refreshes": got["refreshes"],
        "room_seconds": seconds,
    }
