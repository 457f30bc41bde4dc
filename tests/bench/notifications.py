"""The notification centre with a busy month behind it (SQLite): how long its view takes.

One agent holds 20,000 notifications at scale 1 (SLA breaches of 2,000 conversations of two
teams, a few hundred assignments and mentions, most read); the centre reads the newest 500 that
concern them, groups them and counts the unread ones. Figures: ``load_ms`` (entries + grouping,
median of 20) and ``unread_ms`` (the badge's count, median of 20), each at steady state.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from app.db.models import BrandAccount, Conversation, Customer, Employee, Notification, Team
from app.demo import ensure_demo_workspace
from app.identity.access import load_actor
from app.notify import centre
from app.session.console import Console

NOTIFICATIONS = 20_000
CONVERSATIONS = 2_000
ROUNDS = 20


def _median_ms(fn) -> float:  # noqa: ANN001 - a thunk
    fn()  # warm: caches and the page cache
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 2)


def run(scale: float) -> dict:
    n_notes = max(50, int(NOTIFICATIONS * scale))
    n_convs = max(10, int(CONVERSATIONS * scale))
    folder = Path(tempfile.mkdtemp(prefix="sc-bench-notify-"))
    console = Console.open(f"sqlite:///{folder / 'bench.db'}")
    try:
        with console.factory() as s, s.begin():
            ws = ensure_demo_workspace(s)
            acc = s.scalar(select(BrandAccount.id).order_by(BrandAccount.id))
            teams = list(s.scalars(select(Team.id).order_by(Team.id)))[:2]
            bob = s.scalar(select(Employee.id).where(Employee.username == "bob"))
            alice = s.scalar(select(Employee.id).where(Employee.username == "alice"))
            now = datetime.now(UTC)
            s.execute(
                insert(Customer),
                [
                    {
                        "workspace_id": ws.id,
                        "network": "demo",
                        "remote_id": f"c{i}",
                        "handle": f"cust{i}",
                        "display_name": f"Customer {i}",
                        "first_seen_at": now,
                    }
                    for i in range(n_convs)
                ],
            )
            custs = list(s.scalars(select(Customer.id).order_by(Customer.id)))
            s.execute(
                insert(Conversation),
                [
                    {
                        "workspace_id": ws.id,
                        "brand_account_id": acc,
                        "customer_id": custs[i],
                        "thread_key": f"t{i}",
                        "kind": "mention",
                        "team_id": teams[i % 2],
                        "assignee_id": (None, bob, alice)[i % 3],
                        "last_message_at": now,
                    }
                    for i in range(n_convs)
                ],
            )
            convs = list(s.scalars(select(Conversation.id).order_by(Conversation.id)))
            kinds = ["sla_breach"] * 8 + ["assigned", "mention"]
            s.execute(
                insert(Notification),
                [
                    {
                        "employee_id": bob,
                        "kind": kinds[i % len(kinds)],
                        "conversation_id": convs[i % len(convs)],
                        "text": f"notification {i}",
                        "at": now - timedelta(seconds=n_notes - i),
                        "read_at": None if i > n_notes * 0.9 else now,
                    }
                    for i in range(n_notes)
                ],
            )
        with console.session() as s:
            actor = load_actor(s, bob)

        def load() -> None:
            with console.session() as s:
                centre.group(centre.entries(s, actor))

        def unread() -> None:
            with console.session() as s:
                centre.unread_count(s, actor)

        return {
            "bench": "notifications",
            "notifications": n_notes,
            "load_ms": _median_ms(load),
            "unread_ms": _median_ms(unread),
        }
    finally:
        console.close()
