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
    "stall": {"max_stall_ms"},
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
        for name in ("ingest", "propagation", "claims", "stall")
    }
    for name, proc in rest.items():
        out, err = proc.communicate(timeout=240)
        results[name] = (proc.returncode, out, err)
    for name, (code, out, err) in results.items():
        assert code == 0, f"{name}: {err[-2000:]}"
        figures = json.loads(out.strip().splitlines()[-1])
        assert KEYS[name] <= set(figures), (name, figures)
        assert figures["bench"] == name
    claims = json.loads(results["claims"][1].strip().splitlines()[-1])
    assert claims["double_assignments"] == 0


@pytest.mark.slow
def test_classify_and_routing_benchmarks_run_at_a_tiny_scale() -> None:
    """Issue 17's two: the public-data table and learning curve on stderr, the figures on
    the last line (the classifier's numbers hold at any size: they are on fixed test splits)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    results = {}
    for name in ("classify", "routing"):
        proc = subprocess.run(
            [sys.executable, "-m", "tests.bench", name, "--scale", "0.002"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert proc.returncode == 0, f"{name}: {proc.stderr[-2000:]}"
        results[name] = (json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr)
    figures, table = results["classify"]
    assert "Public data, test split" in table and "Learning from corrections" in table
    assert figures["public_sentiment_en_macro_f1"] >= figures["public_sentiment_en_macro_f1_vader"]
    assert figures["public_complaint_recall"] >= 0.70
    assert figures["public_complaint_precision"] >= 0.80
    assert figures["public_language_short_accuracy"] >= 0.90
    routing, _ = results["routing"]
    assert {"ingest_routed_msgs_per_s", "ingest_routed_msgs_per_s_cpu",
            "ingest_unclassified_msgs_per_s_cpu"} <= set(routing)  # fmt: skip
