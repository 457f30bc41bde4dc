"""Listening figures (issue 16 item 1): ``python -m tests.bench listening``.

- ``<network>_budget_ratio`` for Mastodon, Bluesky and X: the real listening pump
  (app/sync/listening.py) runs the default schedule for three simulated hours on a SQLite
  database, with ``WATCHES`` watches on one account of each network, every watch hearing
  something on every poll (a full page now and then, which asks to read on at once); the
  figure is the most calls counted in any one-hour window (after the first hour: the steady
  state) divided by that network's documented free-tier limit per hour. The limits and where
  they come from are in app/listening/budget.py (Mastodon 300 per 5 min per account; Bluesky
  3,000 per 5 min per IP; X recent search on the Free plan 1 per 15 min per user). Goal ≤ 1.0
  each. The network side of this part is simulated (only the scheduler is measured).
- ``watch_items_per_s``: real loopback HTTP to mastodon-mock: ``2,000 × scale`` statuses (at
  least 200) carrying a hashtag are posted, then one hashtag watch reads them through the real
  Mastodon connector, 40 a call (the API's page), each item classified (the sync's enricher),
  stored and handed to the crisis detector, as in the app. Steady state: the clock of the pump
  is moved past the schedule so the pipeline, not the budget, is measured; a warm-up poll of
  another tag first (connection, classifier). ``watch_items_per_s_budgeted`` is what the
  default schedule allows a single watch on Mastodon at most (40 items per call).
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

WATCHES = 5
SIM_HOURS = 3
STEP_S = 10.0


class _SimNetwork:
    """The network side of the budget simulation: every read hears one new post."""

    network = "simulated"

    def __init__(self, clock: Any) -> None:
        self.clock = clock
        self.calls: list[float] = []

    def listen(self, kind: str, query: str, cursor: str | None) -> Any:
        from accounts.base import InboundItem, ItemKind, RemoteAuthor
        from accounts.listening import SearchPage

        now = self.clock()
        self.calls.append(now)
        n = len(self.calls)
        item = InboundItem(
            remote_id=f"{query}-{n}",
            kind=ItemKind.MENTION,
            author=RemoteAuthor(f"a{n}", f"author{n}"),
            text=f"something about {query}",
            created_at=datetime.fromtimestamp(now, UTC),
            thread_key=f"{query}-{n}",
        )
        return SearchPage([item], cursor=str(n), more=n % 7 == 0)


def _console(path: Path) -> Any:
    from app.demo import ensure_demo_workspace
    from app.session.console import Console

    console = Console.open(f"sqlite:///{path}")
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    return console


def _account(console: Any, network: str, handle: str, base_url: str | None = None) -> int:
    import uuid

    from app.db.models import BrandAccount, Workspace

    with console.factory() as s, s.begin():
        ws = s.query(Workspace).first()
        acc = BrandAccount(
            workspace_id=ws.id,
            key=uuid.uuid4().hex,
            network=network,
            handle=handle,
            remote_id=uuid.uuid4().hex,
            base_url=base_url,
        )
        s.add(acc)
        s.flush()
        return acc.id


def _mia(console: Any) -> Any:
    from sqlalchemy import select

    from app.db.models import Employee
    from app.identity.access import load_actor

    with console.session() as s:
        return load_actor(s, s.scalar(select(Employee.id).where(Employee.username == "mia")))


def budget_ratios(tmp: Path) -> dict[str, Any]:
    from app.listening import budget, watches
    from app.sync.listening import ListeningPump

    console = _console(tmp / "budget.db")
    mia = _mia(console)
    now = [time.time()]
    start = now[0]

    def clock() -> float:
        return now[0]

    nets = {}
    for network in ("mastodon", "bluesky", "x"):
        aid = _account(console, network, f"brand_{network}")
        with console.factory() as s, s.begin():
            for i in range(WATCHES):
                watches.add_watch(s, mia, account_id=aid, kind="keyword", text=f"word{i}")
        nets[aid] = (network, _SimNetwork(clock))
    pump = ListeningPump(clock=clock)
    conns = {aid: sim for aid, (_n, sim) in nets.items()}
    while now[0] - start < SIM_HOURS * 3600:
        pump.run(console.factory, conns)
        now[0] += STEP_S
    out: dict[str, Any] = {"watches_per_account": WATCHES, "simulated_hours": SIM_HOURS}
    for network, sim in nets.values():
        steady = [t for t in sim.calls if t >= start + 3600]
        worst = 0
        for i, t0 in enumerate(steady):
            j = i
            while j < len(steady) and steady[j] < t0 + 3600:
                j += 1
            worst = max(worst, j - i)
        first_hour = sum(1 for t in sim.calls if t < start + 3600)
        lim = budget.limit_of(network)
        out[f"{network}_calls_per_hour"] = worst
        out[f"{network}_first_hour_calls"] = first_hour
        out[f"{network}_limit_per_hour"] = lim.per_hour
        out[f"{network}_budget_ratio"] = round(worst / lim.per_hour, 4)
        out[f"{network}_first_hour_ratio"] = round(first_hour / lim.per_hour, 4)
    console.close()
    return out


def items_per_s(tmp: Path, scale: float) -> dict[str, Any]:
    from sqlalchemy import func, select, update

    from app.crisis.observer import CrisisObserver
    from app.db.models import ListeningItem, ListeningWatch
    from app.listening import budget, watches
    from app.sync.enrich import classify_item, warm_up
    from app.sync.listening import ListeningPump
    from tests.support.listening import connector, post
    from tests.support.mastodon_mock_server import start_mastodon_mock

    n = max(200, int(2000 * scale))
    server = start_mastodon_mock(tmp / "mock", streaming=False)
    try:
        console = _console(tmp / "items.db")
        mia = _mia(console)
        aid = _account(console, "mastodon", "brand", server.base_url)
        warm_up()
        post(server.base_url, "warm-up #warmup")
        for i in range(n):
            post(server.base_url, f"Post {i} about the new #benchtag kettle, love it")
        now = [time.time()]
        pump = ListeningPump(clock=lambda: now[0])
        conns = {aid: connector(server.base_url)}
        obs = CrisisObserver(warm_up=False)
        with console.factory() as s, s.begin():
            warm = watches.add_watch(s, mia, account_id=aid, kind="hashtag", text="warmup").id
        pump.run(console.factory, conns, enrich=classify_item, observe=obs)
        with console.factory() as s, s.begin():
            s.execute(update(ListeningWatch).where(ListeningWatch.id == warm).values(enabled=False))
            wid = watches.add_watch(s, mia, account_id=aid, kind="hashtag", text="benchtag").id
            # from the start of the tag's history: what is measured is reading all of it
            s.execute(update(ListeningWatch).where(ListeningWatch.id == wid).values(cursor="0"))
        heard = polls = 0
        t0 = time.perf_counter()
        while heard < n and polls < n:
            now[0] += 3600  # past the schedule and the pace: the pipeline is measured
            out = pump.run(console.factory, conns, enrich=classify_item, observe=obs)
            heard += out.heard
            polls += out.polls
        seconds = time.perf_counter() - t0
        with console.session() as s:
            stored = s.scalar(select(func.count()).where(ListeningItem.watch_id == wid))
        console.close()
    finally:
        server.stop()
    lim = budget.limit_of("mastodon")
    return {
        "watch_items": n,
        "watch_items_stored": stored,
        "watch_polls": polls,
        "watch_seconds": round(seconds, 3),
        "watch_items_per_s": round(heard / seconds, 1) if seconds else 0.0,
        "watch_items_per_s_budgeted": round(40 * lim.listening_per_hour / 3600, 2),
        "crisis_observed": obs.observed,
    }


def run(scale: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-listening-") as d:
        tmp = Path(d)
        figures = budget_ratios(tmp)
        figures.update(items_per_s(tmp, scale))
    return figures
