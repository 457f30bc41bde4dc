"""What one NOTIFY costs the server for each workstation listening, even on another channel.

Workstations LISTEN only to their scope's channels (app.db.changes, app.inbox.fanout.channels),
so a change's payload reaches only the workstations it concerns. PostgreSQL up to 17 still
signals every backend listening in the database at each commit that notifies; each wakes, reads
the queue and finds nothing for itself. That part of ``server_cpu_ms_per_change`` in the
workstations benchmark grows with the number of workstations whatever the channels; this
measures it alone: idle listening connections on channels nobody notifies, a writer sending
``RATE`` notifications a second, the server's CPU (its processes, from /proc) per notification.

The listeners run in a child process (a selector draining them, as the listener thread does),
so the figure is the server's, not the client's.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import selectors
import time
from typing import Any

SIZES = (0, 10, 100, 300)
RATE = 50
DURATION = 20.0


def _listeners(conninfo: str, n: int, ready: Any, stop: Any) -> None:
    import psycopg

    conns = []
    for i in range(n):
        c = psycopg.connect(conninfo, autocommit=True)
        c.execute(f'LISTEN "sc_changes_t{1000 + i % 3}"')  # teams the writer never names
        conns.append(c)
    ready.put(n)
    with selectors.DefaultSelector() as sel:
        for c in conns:
            sel.register(c.fileno(), selectors.EVENT_READ, c)
        while not stop.is_set():
            for key, _ in sel.select(0.2):
                key.data.pgconn.consume_input()
                while key.data.pgconn.notifies() is not None:
                    pass
    for c in conns:
        c.close()


def _one_size(cluster: Any, dbname: str, n: int, duration: float) -> float:
    import psycopg

    from tests.bench.workstations import _cpu_ticks, _postmaster

    conninfo = cluster.conninfo(dbname)
    ctx = mp.get_context("spawn")
    ready, stop = ctx.Queue(), ctx.Event()
    child = ctx.Process(target=_listeners, args=(conninfo, n, ready, stop), daemon=True)
    child.start()
    try:
        ready.get(timeout=300)
        pm = _postmaster(cluster)
        with psycopg.connect(conninfo, autocommit=True) as writer:
            time.sleep(1.0)
            cpu0 = _cpu_ticks(pm)
            start = time.monotonic()
            sent = int(RATE * duration)
            for i in range(sent):
                pause = start + i / RATE - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
                writer.execute("SELECT pg_notify('sc_changes_t1', %s)", (str(i),))
            cpu1 = _cpu_ticks(pm)
    finally:
        stop.set()
        child.join(30)
    return round((cpu1 - cpu0) * 1000 / os.sysconf("SC_CLK_TCK") / sent, 3)


def run(scale: float = 1.0) -> dict[str, Any]:
    from tests.support.pgcluster import start_cluster

    sizes = [s if scale >= 1 else max(0, int(s * scale)) for s in SIZES]
    duration = max(2.0, DURATION * scale)
    cluster = start_cluster(max_connections=max(200, max(sizes) + 50))
    try:
        db = cluster.create_database("wake")
        per = {str(n): _one_size(cluster, db, n, duration) for n in sizes}
    finally:
        cluster.stop()
    base = per[str(sizes[0])]
    top = sizes[-1]
    return {
        "sizes": sizes,
        "notifications_per_s": RATE,
        "duration_s": duration,
        "server_cpu_ms_per_notify": per,
        "us_per_listener": round((per[str(top)] - base) * 1000 / top, 1) if top else None,
    }
