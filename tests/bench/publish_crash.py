"""Exactly once under SIGKILL: the publisher process killed at every step of its send path.

Three trials over ``1000 × scale`` items each, against the loopback network server:
SQLite with a network that ignores idempotency keys (``find_sent`` is the only protection),
SQLite with one that honours them, and PostgreSQL with two publishers running side by side
(``FOR UPDATE SKIP LOCKED``) on a network that ignores keys. Totals: items, lost, duplicated,
kills; per-trial figures under ``trials``.
"""

from __future__ import annotations

import tempfile
from typing import Any

from tests.support.crash_driver import crash_trial
from tests.support.pgcluster import start_cluster


def run(scale: float) -> dict[str, Any]:
    items = max(20, int(1000 * scale))
    max_n = max(3, items // 40)
    trials = []
    with tempfile.TemporaryDirectory() as d:
        trials.append(
            crash_trial(f"sqlite:///{d}/a.db", items, honour_keys=False, seed=1, max_n=max_n)
        )
        trials.append(
            crash_trial(f"sqlite:///{d}/b.db", items, honour_keys=True, seed=2, max_n=max_n)
        )
    cluster = start_cluster()
    try:
        name = cluster.create_database()
        trials.append(
            crash_trial(
                cluster.url(name), items, honour_keys=False, seed=3, max_n=max_n, parallel=2
            )
        )
    finally:
        cluster.stop()
    return {
        "items": sum(t["items"] for t in trials),
        "lost": sum(t["lost"] for t in trials),
        "duplicated": sum(t["duplicated"] for t in trials),
        "mismatched": sum(t["mismatched"] for t in trials),
        "kills": sum(t["kills"] for t in trials),
        "seconds": round(sum(t["seconds"] for t in trials), 1),
        "trials": trials,
    }
