"""An assignment made on one workstation, seen in another's inbox (PostgreSQL).

Workstation B is a real main window (its change listener, its lazy model on a qasync loop).
Workstation A, another console on the same database, assigns conversations that are on B's
screen; the time runs from A's commit to B's model holding the new assignee. Side by side, in
the same run: the raw LISTEN/NOTIFY round trip between two plain psycopg connections.
"""

from __future__ import annotations

import asyncio
import tempfile
import threading
import time
from pathlib import Path

import psycopg

from app.identity.access import load_actor
from app.inbox import conversations as cs
from app.session.console import Console
from tests.bench._data import postgres_dataset
from tests.bench._qt import finish, pct, qt_loop, until

SAMPLES = 60


def _raw_notify_ms(conninfo: str, n: int) -> list[float]:
    listener = psycopg.connect(conninfo, autocommit=True)
    sender = psycopg.connect(conninfo, autocommit=True)
    listener.execute("LISTEN bench_raw")
    out = []
    try:
        for i in range(n):
            t0 = time.perf_counter()
            sender.execute("SELECT pg_notify('bench_raw', %s)", (str(i),))
            for _ in listener.notifies(timeout=5, stop_after=1):
                pass
            out.append((time.perf_counter() - t0) * 1000)
    finally:
        listener.close()
        sender.close()
    return out


def run(scale: float = 1.0) -> dict[str, object]:
    from tests.support.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        name = cluster.create_database()
        data = postgres_dataset(scale, cluster.url(name))
        return _run(data, cluster.conninfo(name), max(20, int(SAMPLES * min(1.0, scale * 10))))
    finally:
        cluster.stop()


def _run(data, conninfo: str, samples: int) -> dict[str, object]:
    from ui.main.main_window import MainWindow
    from ui.widgets.tasks import MessageBridge

    app, loop = qt_loop()
    a = Console.open(data.url, migrate=False)
    b = Console.open(data.url, migrate=False)
    with a.session() as s:
        a.actor = load_actor(s, 4)  # Priya (PR lead): reads all, assigns
        b.actor = load_actor(s, 4)
        target = 3  # Bob
    window = MainWindow(b, MessageBridge(), pending_dir=Path(tempfile.mkdtemp()))
    model = window.model
    raw = _raw_notify_ms(conninfo, samples)

    async def main() -> list[float]:
        await until(
            lambda: model.rowCount() >= samples and not model.loading, model.loading_changed
        )
        await until(lambda: window.listener.connected.is_set(), timeout=30)
        ids = [
            cid
            for cid in (model.conversation_id(i) for i in range(model.rowCount()))
            if cid is not None and model.row_data(cid).assignee_id is None
        ][:samples]
        lat: list[float] = []
        for cid in ids:
            done = asyncio.get_event_loop().create_future()
            committed: list[float] = []

            def seen(changed: list, cid: int = cid, done: asyncio.Future = done) -> None:
                row = model.row_data(cid)
                if cid in changed and row is not None and row.assignee_id == target:
                    if not done.done():
                        done.set_result(time.perf_counter())

            model.rows_updated.connect(seen)

            def assign(cid: int = cid, committed: list[float] = committed) -> None:
                with a.factory() as s, s.begin():
                    cs.assign(s, a.actor, cid, employee_id=target)
                    s.flush()
                    committed.append(time.perf_counter())  # just before COMMIT is sent

            worker = threading.Thread(target=assign)
            worker.start()
            t_seen = await asyncio.wait_for(done, 10)
            worker.join()
            model.rows_updated.disconnect(seen)
            lat.append((t_seen - committed[0]) * 1000)
            await asyncio.sleep(0.02)
        return lat

    try:
        lat = loop.run_until_complete(main())
    finally:
        window.close()
        a.close()
        b.close()
        finish(loop)
    return {
        "p95_ms": round(pct(lat, 95), 2),
        "p50_ms": round(pct(lat, 50), 2),
        "raw_notify_p95_ms": round(pct(raw, 95), 2),
        "raw_notify_p50_ms": round(pct(raw, 50), 2),
        "target_ms": round(pct(raw, 95) + 20, 2),
        "samples": len(lat),
        "dataset_messages": data.messages,
    }
