"""The real window, as the README's command starts it: Qt's xcb platform on an X server (Xvfb).

The rest of the suite runs offscreen, which needs none of the system libraries the xcb plugin
links; this test is what notices when a new machine (or a new Qt) needs one more.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux"),
]


def start_xvfb(tmp_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    """An X server on a free display number (Xvfb picks it and writes it to the pipe)."""
    assert shutil.which("Xvfb"), "Xvfb is missing: tests/run.sh installs the package xvfb"
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "xvfb.log").open("wb"),
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    assert number, (tmp_path / "xvfb.log").read_text()
    return proc, f":{number}"


def window_titles(display: str) -> list[str]:
    """The titles of the top-level windows mapped on the display (xdotool asks the X server)."""
    proc = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "."],
        capture_output=True,
        text=True,
        env=dict(os.environ, DISPLAY=display),
        timeout=10,
    )
    titles = []
    for wid in proc.stdout.split():
        name = subprocess.run(
            ["xdotool", "getwindowname", wid],
            capture_output=True,
            text=True,
            env=dict(os.environ, DISPLAY=display),
            timeout=10,
        ).stdout.strip()
        titles.append(name)
    return titles


@pytest.mark.timeout(180)
def test_the_readme_command_opens_the_sign_in_window_on_xcb(tmp_path) -> None:
    xvfb, display = start_xvfb(tmp_path)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env["SOCIAL_CONSOLE_HOME"] = str(tmp_path / "home")
    env.pop("SOCIAL_CONSOLE_DB", None)
    err = (tmp_path / "stderr.txt").open("w")
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT, stderr=err, text=True
    )
    try:
        deadline = time.monotonic() + 120
        titles: list[str] = []
        while time.monotonic() < deadline and app.poll() is None:
            titles = window_titles(display)
            if "Sign in — Social Console" in titles:
                break
            time.sleep(0.5)
        assert app.poll() is None, (
            f"exit {app.returncode}: " + (tmp_path / "stderr.txt").read_text()[-2000:]
        )
        assert "Sign in — Social Console" in titles, titles
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(15)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        xvfb.terminate()
        xvfb.wait(10)
