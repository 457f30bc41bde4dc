"""``declare_propagation_ms``: from the PR lead's click on "Declare crisis" to the crisis banner
on a second workstation, on PostgreSQL; and ``posts_sent_after_declare``: how many posts left
after the declaration committed (goal 0) while a publisher was sending a queue of approved
posts as fast as it could.

Two real main windows (Priya's and Alice's) on one PostgreSQL database, each with its own
connection pool and change listener, on one qasync loop; the publisher is a thread with its own
pool. The click is the Declare action with the dialog answered at once; the time runs until
Alice's banner is visible. The commit time is taken from the database connection's commit
event in the declaring thread.
"""

from __future__ import annotations

import asyncio
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event, insert, select

from tests.bench._qt import finish, pct, qt_loop, until

SAMPLES = 8


def declare_propagation(scale: float = 1.0) -> dict[str, object]:
    from tests.support.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        return _run(
            cluster.url(cluster.create_database()), max(3, int(SAMPLES * min(1, scale * 4)))
        )
    finally:
        cluster.stop()


def _run(url: str, samples: int) -> dict[str, object]:
    from accounts.demo import DemoConnector, DemoNetwork
    from app.crisis import mode
    from app.db.models import BrandAccount, OutboxItem, Workspace
    from app.demo import DEMO_BRANDS, ensure_demo_workspace
    from app.identity.auth import authenticate
    from app.session.console import Console
    from app.sync.publisher import Publisher
    from ui.crisis.crisis_ui import DeclareInput
    from ui.main.main_window import MainWindow
    from ui.widgets.tasks import MessageBridge

    app, loop = qt_loop()
    a = Console.open(url)
    with a.factory() as s, s.begin():
        ensure_demo_workspace(s)
    b = Console.open(url, migrate=False)
    p = Console.open(url, migrate=False)
    with a.session() as s:
        a.actor = authenticate(s, "priya", "demo")
        b.actor = authenticate(s, "alice", "demo")
        lena = authenticate(s, "lena", "demo")
        accounts = list(s.scalars(select(BrandAccount).order_by(BrandAccount.id)))
        ws_id = s.scalar(select(Workspace.id))
    net = DemoNetwork(DEMO_BRANDS, rate=0)
    conns = {acc.id: DemoConnector(net, acc.handle) for acc in accounts}
    publisher = Publisher(p.factory, conns, interval=0.01, sqlite_yield=0)

    def queue_posts(n: int) -> None:
        now = datetime.now(UTC)
        with p.factory() as s, s.begin():
            s.execute(
                insert(OutboxItem),
                [
                    {
                        "workspace_id": ws_id,
                        "brand_account_id": accounts[i % len(accounts)].id,
                        "kind": "post",
                        "text": f"scheduled post {uuid.uuid4().hex[:6]}",
                        "media": [],
                        "status": "approved",
                        "author_id": lena.employee_id,
                        "approver_id": lena.employee_id,
                        "approved_at": now,
                        "idempotency_key": uuid.uuid4().hex,
                        "attempts": 0,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for i in range(n)
                ],
            )

    # the commit of the declaration, seen on the declaring workstation's connections
    declaring = threading.local()
    commits: list[float] = []

    def on_commit(_conn: object) -> None:
        if getattr(declaring, "on", False):
            declaring.on = False  # the first commit after declare() is the declaration's
            commits.append(time.time())

    event.listen(a.engine, "commit", on_commit)
    real_declare = mode.declare

    def declare(*args: object, **kw: object) -> object:
        declaring.on = True
        return real_declare(*args, **kw)

    mode.declare = declare  # type: ignore[assignment]
    folder = Path(tempfile.mkdtemp(prefix="sc-bench-declare-"))
    wa = MainWindow(a, MessageBridge(), pending_dir=folder / "a")
    wb = MainWindow(b, MessageBridge(), pending_dir=folder / "b")
    wa.show()
    wb.show()
    wa.crisis.prompt_declare = lambda *_: DeclareInput("Bench crisis", "measuring", ["charger"])
    wa.crisis.open_room = lambda: None  # the room is measured elsewhere
    lat: list[float] = []
    violations = 0
    sent_before = 0

    async def main() -> None:
        nonlocal violations, sent_before
        await until(lambda: wa.listener.connected.is_set() and wb.listener.connected.is_set())
        for _ in range(samples):
            queue_posts(300)
            publisher.start()
            await asyncio.sleep(0.3)  # sending at full speed
            commits.clear()
            t0 = time.perf_counter()
            wa.crisis.declare_action.trigger()
            await until(lambda: wb.crisis.banner.isVisible(), timeout=30, step=0.001)
            lat.append((time.perf_counter() - t0) * 1000)
            await asyncio.sleep(0.3)
            publisher.stop()
            publisher._stop.clear()
            committed = commits[-1]
            for brand in net.brands:
                for sent in net.sent[brand]:
                    if sent.at.timestamp() > committed:
                        violations += 1
                    else:
                        sent_before += 1
                net.sent[brand].clear()
            with a.factory() as s, s.begin():
                mode.end(s, a.actor, reason="bench")
                s.execute(
                    OutboxItem.__table__.update()
                    .where(OutboxItem.__table__.c.status.in_(["approved", "sending"]))
                    .values(status="cancelled")
                )
            await until(lambda: not wb.crisis.banner.isVisible(), timeout=30)

    try:
        loop.run_until_complete(main())
    finally:
        mode.declare = real_declare  # type: ignore[assignment]
        publisher.stop()
        wa.close()
        wb.close()
        finish(loop)
        for c in (a, b, p):
            c.close()
    return {
        "declare_propagation_ms": round(max(lat), 1),
        "declare_propagation_p50_ms": round(pct(lat, 50), 1),
        "declare_samples": len(lat),
        "posts_sent_after_declare": violations,
        "posts_sent_before_declare": sent_before,
    }
