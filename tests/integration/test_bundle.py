"""The PyInstaller one-folder bundle builds and starts (opens the main window, exits 0)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_bundle_builds_and_starts(tmp_path) -> None:
    env = dict(os.environ, PYTHON=sys.executable)
    proc = subprocess.run(
        ["bash", str(ROOT / "installer" / "build.sh"), str(tmp_path / "dist")],
        capture_output=True,
        text=True,
        timeout=580,
        env=env,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "SMOKE ok" in proc.stdout
