"""Every inbox benchmark still runs, with one command each, and prints its figures' keys.

At a tiny scale the figures mean nothing; what is checked is that each benchmark runs end to
end (data generator, real model, real PostgreSQL where it needs one) and reports the keys the
issue names, with the one figure that must hold at any size: no double assignment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
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
}
REPORT_KEYS = {
    "first_paint_ms",
    "raw_ms",
    "filter_ms",
    "export_msgs_per_s",
    "export_second_run_s",
    "catch_up_empty_ms",
    "fuzz": {"unhandled", "good_items_lost", "cases"},
    "backfill": {"stored", "expected", "items_per_s"},
}


@pytest.mark.slow
def test_benchmarks_run_at_a_tiny_scale(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SC_BENCH_CACHE=str(tmp_path / "cache"))
    procs = {
        name: subprocess.Popen(
            [sys.executable, "-m", "tests.bench", name, "--scale", "0.002"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # the SQLite ones share one cached dataset: build it once before the rest start
        for name in ("inbox",)
    }
    out, err = procs["inbox"].communicate(timeout=240)
    results = {"inbox": (procs["inbox"].returncode, out, err)}
    rest = {
        name: subprocess.Popen(
            [sys.executable, "-m", "tests.bench", name, "--scale", "0.002"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in (
            "ingest", "propagation", "claims", "stall", "reports", "crisis", "take_next",
            "notifications", "fuzz", "backfill",
        )
    }
    for name, proc in rest.items():
        out, err = proc.communicate(timeout=240)
        results[name] = (proc.returncode, out, err)
    for name, (code, out, err) in results.items():
        assert code == 0, f"{name}: {err[-2000:]}"
        figures = json.loads(out.strip().splitlines()[-1])
        assert KEYS[name] <= set(figures), (name, figures)
        assert figures["bench"] == name
    reports = json.loads(results["reports"][1].strip().splitlines()[-1])
    for backend in ("sqlite", "postgres"):
        assert REPORT_KEYS <= set(reports[backend]), (backend, reports)
        assert reports[backend]["export_second_run_s"] < 1.0
    claims = json.loads(results["claims"][1].strip().splitlines()[-1])
    assert claims["double_assignments"] == 0
    crisis = json.loads(results["crisis"][1].strip().splitlines()[-1])
    assert crisis["posts_sent_after_declare"] == 0
    took = json.loads(results["take_next"][1].strip().splitlines()[-1])
    assert took["double_assignments"] == 0 and took["errors"] == 0 and took["takes"] > 0
    fuzz = json.loads(results["fuzz"][1].strip().splitlines()[-1])
    assert fuzz["unhandled"] == 0 and fuzz["good_items_lost"] == 0
    backfill = json.loads(results["backfill"][1].strip().splitlines()[-1])
    assert backfill["stored"] == backfill["expected"] == backfill["distinct"]
    assert backfill["threaded"]
