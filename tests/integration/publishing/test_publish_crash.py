"""Exactly once under SIGKILL: the publisher process killed at each step of its send path.

The full-size run (≥ 1,000 items) is ``python -m tests.bench publish_crash``; here a small one
per backend keeps the guarantee in the suite.
"""

from __future__ import annotations

import pytest

from app.sync.publisher import STEPS
from tests.support.crash_driver import crash_trial


@pytest.mark.slow
def test_no_item_lost_or_sent_twice_when_keys_are_not_honoured(sqlite_url) -> None:
    """The network ignores idempotency keys: only find_sent stands between a crash and a
    duplicate."""
    r = crash_trial(sqlite_url, 50, honour_keys=False, seed=5, max_n=3, kill_rounds=2)
    assert r["errors"] == []
    assert (r["lost"], r["duplicated"], r["mismatched"]) == (0, 0, 0), r
    assert all(r["kills_by_step"][s] >= 1 for s in STEPS), r
    assert r["external_kills"] >= 1


@pytest.mark.slow
def test_two_publishers_killed_at_random_on_postgres(pg_url) -> None:
    r = crash_trial(pg_url, 24, honour_keys=True, seed=6, max_n=2, parallel=2)
    assert r["errors"] == []
    assert (r["lost"], r["duplicated"], r["mismatched"]) == (0, 0, 0), r
    assert r["kills"] >= 4
