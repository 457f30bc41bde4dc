"""`social-console … | head`: the command line ends quietly when its reader goes away."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run_with_closed_pipe(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """Start the command with a stdout pipe whose reading end is closed before it writes."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line (as `head` after its lines)
    env = dict(os.environ, SOCIAL_CONSOLE_HOME=str(home))
    try:
        proc = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
    finally:
        os.close(write)
    return proc


@pytest.mark.parametrize("args", [["--help"], ["admin", "--help"]])
def test_help_into_a_closed_pipe_ends_quietly(tmp_path, args) -> None:
    proc = _run_with_closed_pipe(args, tmp_path)
    assert proc.stderr == ""
    # argparse itself swallows a failed write of the help text; either way: no traceback
    assert proc.returncode in (0, 141)


def test_an_admin_listing_into_a_closed_pipe_ends_quietly(tmp_path, sqlite_url) -> None:
    from app.demo import ensure_demo_workspace
    from app.session.console import Console

    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    console.close()
    for listing in ("employees",):  # each start costs seconds: one listing stands for all
        proc = _run_with_closed_pipe(["--db", sqlite_url, "admin", listing], tmp_path)
        assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
        assert proc.stderr == "" and proc.returncode == 141
