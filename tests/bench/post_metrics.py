"""Post metrics within each network's read budget, and the guardrails' cost per keystroke.

Steady state: an account that has posted ``posts_per_day`` a day for 30 days (so posts of
every age are measured), the sync worker's round every ``ROUND_S`` seconds for one simulated
day, through the real schedule (``app.performance.metrics.fetch_due``) on a real SQLite
database. A counting connector stands in for each network, with that network's batch size
(Mastodon 40 ids a call, Bluesky 25, X 100); the figures are calls (and, for X, posts read)
an hour against the documented limits: Mastodon 300 calls / 5 min, Bluesky's AppView 3,000
calls / 5 min, and the X connector's own read budget (600 posts read an hour by default).

``guardrail_check_ms``: the composer checks the text on every keystroke on the UI thread, so
the verdict for a 500-character post under 20 rules (phrases, a safe pattern, links and a
disclaimer) must take well under a frame.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from accounts.base import Amplifier, AmplifyTarget, PostMetrics, SendResult
from app.db.models import BrandAccount, OutboxItem, Workspace
from app.db.types import utcnow
from app.demo import ensure_demo_workspace
from app.performance import metrics
from app.publishing.guardrails import RuleView, evaluate
from app.session.console import Console

LIMITS_PER_HOUR = {"mastodon": 3600, "bluesky": 36000}
X_READS_PER_HOUR = 600


class Counting(Amplifier):
    """Answers every id with zero counts, and counts calls and ids."""

    def __init__(self, network: str, batch: int) -> None:
        self.network = network
        self.metrics_batch = batch
        self.calls = 0
        self.ids = 0

    def boost(self, target: AmplifyTarget, idempotency_key: str) -> SendResult:
        raise NotImplementedError

    def quote(self, target: AmplifyTarget, text: str, idempotency_key: str) -> SendResult:
        raise NotImplementedError

    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        self.calls += 1
        self.ids += len(remote_ids)
        return [PostMetrics(r) for r in remote_ids]


def _schedule(scale: float) -> dict[str, float]:
    posts_per_day = max(2, round(20 * scale))
    rounds = max(24, round(24 * 3600 / metrics.ROUND_S * min(1.0, scale * 10)))
    with tempfile.TemporaryDirectory() as tmp:
        console = Console.open(f"sqlite:///{Path(tmp) / 'bench.db'}")
        conns: dict[int, Counting] = {}
        start = utcnow()
        with console.factory() as s, s.begin():
            ensure_demo_workspace(s)
            ws = s.query(Workspace).first()
            assert ws is not None
            for network, batch in (("mastodon", 40), ("bluesky", 25), ("x", 100)):
                acc = BrandAccount(
                    workspace_id=ws.id,
                    key=uuid.uuid4().hex,
                    network=network,
                    handle=f"bench_{network}",
                    remote_id=uuid.uuid4().hex,
                )
                s.add(acc)
                s.flush()
                conns[acc.id] = Counting(network, batch)
                # 30 days of posts before the simulation, and the two days it covers
                for i in range(posts_per_day * 32):
                    sent = start - timedelta(days=30) + timedelta(days=i / posts_per_day)
                    s.add(
                        OutboxItem(
                            workspace_id=ws.id,
                            brand_account_id=acc.id,
                            kind="post",
                            text=f"post {i}",
                            status="sent",
                            idempotency_key=uuid.uuid4().hex,
                            remote_id=f"{network}-{i}",
                            sent_at=sent,
                        )
                    )
        # warm up: the first day of rounds reads everything once; measure the next
        for phase in ("warm", "measure"):
            for c in conns.values():
                c.calls = c.ids = 0
            t0 = time.perf_counter()
            for k in range(rounds):
                now = (
                    start
                    + timedelta(seconds=metrics.ROUND_S * k)
                    + (timedelta(days=1) if phase == "measure" else timedelta())
                )
                metrics.fetch_due(console.factory, conns, now=now)
            took = time.perf_counter() - t0
        console.close()
    hours = rounds * metrics.ROUND_S / 3600
    out: dict[str, float] = {
        "posts_per_day": posts_per_day,
        "simulated_hours": round(hours, 2),
        "round_ms": round(1000 * took / rounds, 2),
    }
    for c in conns.values():
        per_hour = c.calls / hours
        out[f"{c.network}_calls_per_hour"] = round(per_hour, 1)
        if c.network == "x":
            out["x_reads_per_hour"] = round(c.ids / hours, 1)
            out["x_budget_ratio"] = round(c.ids / hours / X_READS_PER_HOUR, 4)
        else:
            out[f"{c.network}_budget_ratio"] = round(per_hour / LIMITS_PER_HOUR[c.network], 4)
    return out


def _guardrail_ms() -> float:
    rules = [RuleView(i, "banned", f"phrase{i} here", "block", "", None, None) for i in range(16)]
    rules += [
        RuleView(90, "banned", "re:refund(s|ed)?", "warn", "", None, None),
        RuleView(91, "links", "acme.example", "block", "", None, None),
        RuleView(92, "disclaimer", "Terms: acme.example/terms", "block", "", None, None),
        RuleView(93, "guideline", "Be warm.", "block", "", None, None),
    ]
    text = ("We are sorry about the refund, see https://help.acme.example/x " * 9)[:500]
    n = 2000
    t0 = time.perf_counter()
    for _ in range(n):
        evaluate(rules, text, add_disclaimers=True)
    return 1000 * (time.perf_counter() - t0) / n


def run(scale: float) -> dict:
    out = _schedule(scale)
    out["guardrail_check_ms"] = round(_guardrail_ms(), 4)
    return out
