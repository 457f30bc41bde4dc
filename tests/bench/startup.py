"""Cold start to the signed-in window with the inbox shown, and the resident memory it takes.

Each run is a new process on a new embedded database with the demo (its first run creates the
workspace and hashes the demo passwords, as a first start on a new workstation does) and then a
second start on the same database (what an employee sees every morning).

``STARTUP_COMMAND=/usr/bin/social-console python -m tests.bench startup`` measures an installed
build (the .deb's PyInstaller bundle) instead of the source checkout, for the two side by side.
"""

from __future__ import annotations

import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _command() -> list[str]:
    """The source checkout, or the installed build named by STARTUP_COMMAND."""
    installed = os.environ.get("STARTUP_COMMAND")
    return shlex.split(installed) if installed else [sys.executable, str(ROOT / "main.py")]


def _start(home: str) -> tuple[float, float, float, float]:
    env = dict(os.environ, SOCIAL_CONSOLE_HOME=home, QT_QPA_PLATFORM="offscreen")
    env.pop("SOCIAL_CONSOLE_DB", None)
    t0 = time.perf_counter()
    epoch0 = time.time()
    proc = subprocess.Popen(
        [
            *_command(),
            "--smoke",
            "--demo-user",
            "alice",
            "--demo-rate",
            "50",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall_ms = (time.perf_counter() - t0) * 1000
    if status != 0 or "SMOKE ok" not in out:
        raise RuntimeError(f"smoke start failed: {out} {proc.stderr.read() if proc.stderr else ''}")
    ready_at = float(out.split("ready_at=")[1].split()[0])
    cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000
    return (ready_at - epoch0) * 1000, wall_ms, usage.ru_maxrss / 1024, cpu_ms


def run(scale: float = 1.0) -> dict[str, float | str]:
    runs = max(1, int(5 * scale))
    first, warm, walls, rss, cpu = [], [], [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            ms, _wall, _mem, _cpu = _start(home)
            first.append(ms)
            ms, wall, mem, cpu_ms = _start(home)
            warm.append(ms)
            walls.append(wall)
            rss.append(mem)
            cpu.append(cpu_ms)
    return {
        "startup_ms": round(statistics.median(warm), 1),
        "first_start_ms": round(statistics.median(first), 1),
        "process_wall_with_exit_ms": round(statistics.median(walls), 1),
        # CPU the start-up process used (user + system): a shared machine's load lengthens the
        # wall-clock figures above, far less this one
        "startup_cpu_ms": round(statistics.median(cpu), 1),
        "rss_mb": round(max(rss), 1),
        "runs": runs,
        "build": "installed: " + " ".join(_command())
        if "STARTUP_COMMAND" in os.environ
        else "source",
    }
