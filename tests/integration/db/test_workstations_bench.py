"""The workstations benchmark runs with one command and prints its figures (tiny scale).

The figures mean nothing at this size; what must hold at any size: every change reached every
workstation, and none holds more than two server connections.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_the_workstations_bench_prints_its_figures() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_SKIP_FAILOVER="1")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.bench", "workstations", "--scale", "0.01"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    for key in ("p95_ms", "p99_ms", "server_cpu_ms_per_change", "connections"):
        assert set(figures[key]) == {str(s) for s in figures["sizes"]}, (key, figures)
    assert all(v <= 2.0 for v in figures["connections"].values()), figures
    assert all(v == 1.0 for v in figures["delivered_ratio"].values()), figures
