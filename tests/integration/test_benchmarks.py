"""Every benchmark still runs, with one command each, and prints its figures' keys.

At a tiny scale the figures mean nothing; what is checked is that each benchmark runs end to
end (data generator, real model, real PostgreSQL and protocol peers where it needs them) and
reports the keys its issue names, with the figures that must hold at any size (no double
assignment, nothing lost, no post after a crisis is declared).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.support import early

ROOT = Path(__file__).resolve().parents[2]
KEYS: dict[str, set[str]] = {
    "inbox": {"first_page_ms", "raw_first_page_ms", "filter_ms", "next_page_ms", "rss_mb"},
    "ingest": {"msgs_per_s", "raw_msgs_per_s"},
    "propagation": {"p95_ms", "raw_notify_p95_ms"},
    "claims": {"double_assignments", "claims_per_s"},
    "take_next": {"double_assignments", "takes_per_s"},
    "stall": {"max_stall_ms"},
    "reports": {"sqlite", "postgres", "span_days"},
    "crisis": {
        "detect_latency_s",
        "false_alarms",
        "slow_build_detected_min",
        "positive_detected",
        "detector_msgs_per_s",
        "declare_propagation_ms",
        "posts_sent_after_declare",
        "room_max_stall_ms",
    },
    "notifications": {"load_ms", "unread_ms"},
    "fuzz": {"unhandled", "good_items_lost", "cases"},
    "backfill": {"stored", "expected", "items_per_s"},
    "listening": {
        "mastodon_budget_ratio",
        "bluesky_budget_ratio",
        "x_budget_ratio",
        "watch_items_per_s",
    },
    "calendar": {"open_ms", "max_stall_ms", "ui_thread_busy_max_ms", "baseline_max_stall_ms"},
    "post_metrics": {
        "mastodon_budget_ratio",
        "bluesky_budget_ratio",
        "x_budget_ratio",
        "guardrail_check_ms",
    },
}
REPORT_KEYS = {
    "first_paint_ms",
    "raw_ms",
    "filter_ms",
    "export_msgs_per_s",
    "export_second_run_s",
    "catch_up_empty_ms",
    "complete_ms",
}


def _reports(f: dict[str, Any]) -> None:
    for backend in ("sqlite", "postgres"):
        assert REPORT_KEYS <= set(f[backend]), (backend, f)
        assert f[backend]["export_second_run_s"] < 1.0


def _backfill(f: dict[str, Any]) -> None:
    assert f["stored"] == f["expected"] == f["distinct"]
    assert f["threaded"]


def _listening(f: dict[str, Any]) -> None:
    for network in ("mastodon", "bluesky", "x"):
        assert 0 < f[f"{network}_budget_ratio"] <= 1.0, (network, f)
        assert f[f"{network}_first_hour_ratio"] <= 1.0, (network, f)
    assert f["watch_items_stored"] == f["watch_items"]
    assert f["crisis_observed"] >= f["watch_items"]


#: what must hold at any size, per benchmark
MUST: dict[str, Callable[[dict[str, Any]], None]] = {
    "claims": lambda f: assert_zero(f["double_assignments"]),
    "take_next": lambda f: (
        assert_zero(f["double_assignments"], f["errors"], f["left_unassigned"])
        or _positive(f["takes"])
    ),
    "crisis": lambda f: assert_zero(f["posts_sent_after_declare"]),
    "fuzz": lambda f: assert_zero(f["unhandled"], f["good_items_lost"]),
    "reports": _reports,
    "backfill": _backfill,
    "listening": _listening,
    # the month view holds posts (the week opened on them too)
    "calendar": lambda f: _positive(f["month_posts"] * f["week_posts"]),
    "post_metrics": lambda f: assert_zero(
        *(
            int(f[k] > 1.0)
            for k in ("mastodon_budget_ratio", "bluesky_budget_ratio", "x_budget_ratio")
        )
    ),
}


def assert_zero(*values: int) -> None:
    assert all(v == 0 for v in values), values


def _positive(value: int) -> None:
    assert value > 0


#: how long each benchmark took in a quiet run, so the longest start first in the background
LENGTH = {"crisis": 40, "take_next": 35, "backfill": 25, "listening": 22, "reports": 16}
_CACHE: list[Path] = []


def _bench(name: str) -> dict[str, Any]:
    """The benchmark's one command at a tiny scale (the SQLite ones share a cached dataset)."""
    if not _CACHE:
        _CACHE.append(early.scratch("sc-bench-cache-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SC_BENCH_CACHE=str(_CACHE[0]))
    return {
        "args": [sys.executable, "-m", "tests.bench", name, "--scale", "0.002"],
        "cwd": ROOT,
        "env": env,
        "timeout": 600,
        "priority": LENGTH.get(name, 10),
    }


def early_jobs(item: pytest.Item) -> dict[str, dict[str, Any]]:
    """Each selected benchmark runs in the background from the start of the run
    (tests/support/early.py); its test waits for it and checks what it printed."""
    callspec = getattr(item, "callspec", None)
    if callspec is not None and "name" in callspec.params:
        names = [callspec.params["name"]]
    elif item.name == "test_classify_and_routing_benchmarks_run_at_a_tiny_scale":
        names = ["classify", "routing"]
    else:
        return {}
    return {f"bench {n}": _bench(n) for n in names}


def _figures(name: str) -> tuple[dict[str, Any], str]:
    spec = _bench(name)
    spec.pop("priority")
    proc = early.result(f"bench {name}", **spec)
    assert proc.returncode == 0, f"{name}: {proc.stderr[-2000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr


@pytest.mark.slow
@pytest.mark.parametrize("name", list(KEYS))
def test_benchmark_runs_at_a_tiny_scale(name: str) -> None:
    figures, _ = _figures(name)
    assert KEYS[name] <= set(figures), (name, figures)
    assert figures["bench"] == name
    if name in MUST:
        MUST[name](figures)


@pytest.mark.slow
def test_classify_and_routing_benchmarks_run_at_a_tiny_scale() -> None:
    """Issue 17's two: the public-data table and learning curve on stderr, the figures on
    the last line (the classifier's numbers hold at any size: they are on fixed test splits)."""
    results = {name: _figures(name) for name in ("classify", "routing")}
    figures, table = results["classify"]
    assert "Public data, test split" in table and "Learning from corrections" in table
    assert figures["public_sentiment_en_macro_f1"] >= figures["public_sentiment_en_macro_f1_vader"]
    assert figures["public_complaint_recall"] >= 0.70
    assert figures["public_complaint_precision"] >= 0.80
    assert figures["public_language_short_accuracy"] >= 0.90
    # the stream holds enough wrong verdicts for every checkpoint (it once ran out at 352)
    curve = figures["learning_curve"]
    assert curve["stream"] > 10_000
    assert all(r["reached"] == r["corrections"] for r in curve["rows"]), curve
    routing, _ = results["routing"]
    assert {"ingest_routed_msgs_per_s", "ingest_routed_msgs_per_s_cpu",
            "ingest_routed_msgs_per_s_cpu_all", "ingest_routed_two_cores_msgs_per_s",
            "ingest_in_process_msgs_per_s",
            "ingest_in_process_msgs_per_s_cpu", "ingest_unclassified_msgs_per_s_cpu",
            "classify_us_per_msg"} <= set(routing)  # fmt: skip
    assert 0 < routing["classify_us_per_msg"] < 5_000, routing
    # the worker's path ran with its classifier process (the bench asserts the child stayed in
    # use), and the child's work is counted in the all-process figure
    assert 0 < routing["ingest_routed_msgs_per_s_cpu_all"] < routing["ingest_routed_msgs_per_s_cpu"]
