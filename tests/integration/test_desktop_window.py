"""The real window, as the README's command starts it: Qt's xcb platform on an X server (Xvfb).

The rest of the suite runs offscreen, which needs none of the system libraries the xcb plugin
links; this test is what notices when a new machine (or a new Qt) needs one more.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
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


def xdotool(display: str, *args: str) -> None:
    subprocess.run(
        ["xdotool", *args], env=dict(os.environ, DISPLAY=display), check=True, timeout=30
    )


def _alice_holds_a_conversation(db: Path) -> tuple[int, int]:
    """(conversations Alice holds, ones waiting in her queues), read from the console's own file."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
        held = c.execute(
            "SELECT count(*) FROM conversation JOIN employee e ON e.id = assignee_id"
            " WHERE e.username = 'alice'"
        ).fetchone()[0]
        # in her teams' queues: Take next takes from those only
        waiting = c.execute(
            "SELECT count(*) FROM conversation WHERE assignee_id IS NULL AND status = 'open'"
            " AND team_id IN (SELECT team_id FROM employee_team JOIN employee e"
            " ON e.id = employee_id WHERE e.username = 'alice')"
        ).fetchone()[0]
    return held, waiting


@pytest.mark.timeout(240)
def test_typed_sign_in_then_t_takes_a_conversation_without_a_click(tmp_path) -> None:
    """A person types their name, Tab, password, Enter, then presses T: no click in between.

    The pointer is parked where no window is, so the keys reach a window only if the console
    gives it the keyboard itself (the window a sign-in opens must be the active one: with it
    inactive, T went nowhere until the person clicked into the list).
    """
    xvfb, display = start_xvfb(tmp_path)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    home = tmp_path / "home"
    env["SOCIAL_CONSOLE_HOME"] = str(home)
    env.pop("SOCIAL_CONSOLE_DB", None)
    err = (tmp_path / "stderr.txt").open("w")
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT, stderr=err, text=True
    )

    def wait_for(what: str, check, seconds: float = 90):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert app.poll() is None, (
                f"exit {app.returncode}: " + (tmp_path / "stderr.txt").read_text()[-2000:]
            )
            got = check()
            if got:
                return got
            time.sleep(0.3)
        raise AssertionError(
            f"{what}: not within {seconds:.0f} s; windows {window_titles(display)}"
        )

    try:
        wait_for("the sign-in window", lambda: "Sign in — Social Console" in window_titles(display))
        xdotool(display, "mousemove", "1365", "767")  # a corner no window covers
        time.sleep(0.5)
        xdotool(display, "type", "--delay", "40", "alice")
        xdotool(display, "key", "Tab")
        xdotool(display, "type", "--delay", "40", "demo")
        xdotool(display, "key", "Return")
        wait_for(
            "Alice's window after Enter",
            lambda: "Social Console — Alice Novak" in window_titles(display),
        )
        (db,) = wait_for("the console's database", lambda: list(home.rglob("console.db")))
        wait_for("a conversation waiting", lambda: _alice_holds_a_conversation(db)[1] > 0, 60)
        time.sleep(1.0)  # the window's first read
        assert _alice_holds_a_conversation(db)[0] == 0
        xdotool(display, "key", "t")
        wait_for("T to take a conversation", lambda: _alice_holds_a_conversation(db)[0] > 0, 20)
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(15)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        xvfb.terminate()
        xvfb.wait(10)
