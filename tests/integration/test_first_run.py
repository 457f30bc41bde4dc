"""`./run` on a stock Debian/Ubuntu python3 without python3-venv (no ensurepip): it does not
leave a broken .venv behind, and says which package to install, with the command.

The interpreter and apt are stand-ins on PATH that behave as Debian's do (its venv refuses with
"ensurepip is not available"); the real machine's are never touched. The whole path on a real
fresh system (packages removed, a stranger's clone, Xvfb) is the manual check in the report."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FAKE_PYTHON = """#!/bin/sh
# Debian's python3.11 without python3.11-venv (its version check passes: exit 0)
case "$*" in
  "-m venv"*) mkdir -p "$3/bin"; echo "The virtual environment was not created successfully because ensurepip is not available." >&2; exit 1 ;;
  *"version_info[:2]"*) echo 3.11 ;;
  *) exit 0 ;;
esac
"""
FAKE_APT = """#!/bin/sh
echo "E: Could not open lock file (a stand-in apt that installs nothing)" >&2
exit 100
"""


@pytest.mark.skipif(shutil.which("sh") is None, reason="POSIX sh")
def test_run_without_python_venv_names_the_package_and_leaves_no_broken_venv(tmp_path) -> None:
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    shutil.copy2(ROOT / "run", checkout / "run")
    (checkout / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    fake = tmp_path / "bin"
    fake.mkdir()
    stand_ins = {"python3": FAKE_PYTHON, "python3.11": FAKE_PYTHON, "apt-get": FAKE_APT}
    stand_ins["sudo"] = "#!/bin/sh\nexit 1\n"  # never the machine's own sudo or apt
    for name, text in stand_ins.items():
        (fake / name).write_text(text)
        (fake / name).chmod(0o755)
    env = {"PATH": f"{fake}:/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run(
        ["sh", str(checkout / "run")], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 1, proc.stderr
    assert "the package python3.11-venv is missing" in proc.stderr
    assert "sudo apt-get install python3.11-venv" in proc.stderr
    assert not (checkout / ".venv").exists()
    assert set(os.listdir(checkout)) == {"run", "pyproject.toml"}
